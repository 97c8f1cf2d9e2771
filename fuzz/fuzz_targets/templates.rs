//! Email templates and calendar attachments with text from staff and
//! patients: placeholder checks and rendering never panic, and a calendar
//! event stays within RFC 5545's rules (lines of at most 75 octets, CRLF,
//! no bare newline in a value).
#![no_main]

use anteroom_control_plane::email::ics::{calendar, Event, Method};
use anteroom_control_plane::template::{only_known, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\u{1}');
    let body = parts.next().unwrap_or_default();
    let value = parts.next().unwrap_or_default();
    let other = parts.next().unwrap_or_default();
    let known = ["clinic", "client_name", "date", "time", "practitioner"];
    let _ = only_known(body, &known);
    let rendered = render(body, &[("clinic", value), ("client_name", other), ("date", "2026-12-06")]);
    assert!(rendered.len() <= body.len() + 64 * (value.len() + other.len() + 16) + 16);
    let at = jiff::Timestamp::from_second(1_800_000_000).expect("a time");
    let event = Event {
        uid: value,
        sequence: i64::from(data.first().copied().unwrap_or(0)),
        starts_at: at,
        ends_at: at,
        summary: body,
        description: other,
        url: Some(value),
        organizer_name: other,
        organizer_email: "clinic@example.org",
        attendee: (other, value),
        method: if data.len() % 2 == 0 { Method::Request } else { Method::Cancel },
    };
    let ics = calendar(&event, at);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line:?}");
        assert!(!line.contains('\n') && !line.contains('\r'), "a bare line break: {line:?}");
    }
});
