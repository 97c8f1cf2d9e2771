//! iCalendar (RFC 5545) events for invitation and cancellation mails:
//! written by hand because an event is a dozen lines, with the two rules
//! that matter, text escaping and line folding, tested here.

use jiff::Timestamp;

/// REQUEST adds or updates the event in the recipient's calendar; CANCEL
/// removes it (same UID, higher SEQUENCE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

#[derive(Debug)]
pub struct Event<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub summary: &'a str,
    pub description: &'a str,
    /// The consultation link, if the recipient has one.
    pub url: Option<&'a str>,
    pub organizer_name: &'a str,
    pub organizer_email: &'a str,
    /// The recipient (name, may be empty; address): iTIP (RFC 5546) wants
    /// every REQUEST and CANCEL to name its attendee, and some calendars
    /// ignore an event without one. No reply is asked for (RSVP=FALSE).
    pub attendee: (&'a str, &'a str),
    pub method: Method,
}

fn utc(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// A value that is not TEXT (a UID, a URI, a parameter): control characters
/// removed, so that no value can end its line and start a property of its
/// own. (Ours are ids and links; the names are checked on entry. This holds
/// whatever reaches it: the `templates` fuzz target found UID unguarded.)
fn plain(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// TEXT value escaping: backslash, semicolon, comma, newline.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (never inside a UTF-8
/// character), ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A VCALENDAR with one VEVENT.
pub fn calendar(event: &Event<'_>, now: Timestamp) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//anteroom//consultations//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("METHOD:{}", event.method.as_str()));
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:{}", plain(event.uid)));
    line(&mut out, &format!("SEQUENCE:{}", event.sequence));
    line(&mut out, &format!("DTSTAMP:{}", utc(now)));
    line(&mut out, &format!("DTSTART:{}", utc(event.starts_at)));
    line(&mut out, &format!("DTEND:{}", utc(event.ends_at)));
    line(&mut out, &format!("SUMMARY:{}", escape(event.summary)));
    line(
        &mut out,
        &format!("DESCRIPTION:{}", escape(event.description)),
    );
    if let Some(url) = event.url {
        line(&mut out, &format!("URL:{}", plain(url)));
        line(&mut out, &format!("LOCATION:{}", escape(url)));
    }
    line(
        &mut out,
        &format!(
            "ORGANIZER;CN=\"{}\":mailto:{}",
            plain(event.organizer_name).replace('"', "'"),
            plain(event.organizer_email)
        ),
    );
    let (name, address) = event.attendee;
    let name = plain(name).replace('"', "'");
    line(
        &mut out,
        &format!(
            "ATTENDEE;{}ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{}",
            if name.is_empty() {
                String::new()
            } else {
                format!("CN=\"{name}\";")
            },
            plain(address)
        ),
    );
    line(
        &mut out,
        &format!(
            "STATUS:{}",
            if event.method == Method::Cancel {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ),
    );
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_value_starts_a_line_of_its_own() {
        let at = Timestamp::from_second(1_800_000_000).unwrap_or(Timestamp::UNIX_EPOCH);
        let event = Event {
            uid: "a1\r\nATTACH:http://evil.example",
            sequence: 0,
            starts_at: at,
            ends_at: at,
            summary: "s\nX-INJECTED:1",
            description: "d",
            url: Some("https://x.example/c/t\nATTENDEE:mailto:evil@example.org"),
            organizer_name: "Clinic\n\"",
            organizer_email: "clinic@example.org\nX:1",
            attendee: ("Jan\"\r\nATTACH:x", "jan@example.org\nX:2"),
            method: Method::Request,
        };
        let ics = calendar(&event, at);
        let mut attendees = 0;
        for line in ics.split("\r\n") {
            assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
            attendees += usize::from(line.starts_with("ATTENDEE"));
            assert!(
                !line.starts_with("ATTACH")
                    && !line.starts_with("X-INJECTED")
                    && !line.starts_with("X:"),
                "{line:?}"
            );
        }
        assert_eq!(attendees, 1, "only the one we wrote:\n{ics}");
    }

    #[test]
    fn escapes_and_folds() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        line(&mut out, &long);
        for physical in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            long,
            "unfolding gives the line back"
        );
    }

    #[test]
    fn an_event() {
        let start: Timestamp = "2026-11-23T09:00:00Z".parse().expect("time");
        let ics = calendar(
            &Event {
                uid: "abc@anteroom",
                sequence: 2,
                starts_at: start,
                ends_at: start + jiff::SignedDuration::from_mins(20),
                summary: "Consultation, Kliniek",
                description: "Join: https://x/c/t",
                url: Some("https://x/c/t"),
                organizer_name: "Kliniek",
                organizer_email: "noreply@kliniek.example",
                attendee: ("J. de Vries", "jan@example.org"),
                method: Method::Cancel,
            },
            start,
        );
        assert!(
            ics.replace("\r\n ", "").contains("ATTENDEE;CN=\"J. de Vries\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:jan@example.org\r\n"),
            "{ics}"
        );
        assert!(ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("DTSTART:20261123T090000Z\r\n"));
        assert!(
            ics.contains("DTEND:20261123T092000Z\r\n")
                && ics.contains("SUMMARY:Consultation\\, Kliniek\r\n")
        );
    }
}
