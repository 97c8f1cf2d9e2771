//! Websocket text from a client: parsed into a `ClientMsg` or a typed
//! error, never a panic; whatever parses serialises back and parses again
//! to the same message.
#![no_main]

use anteroom_signalling::parse::parse_client_msg;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(msg) = parse_client_msg(text, 64 * 1024) {
        let again = serde_json::to_string(&msg).expect("a parsed message serialises");
        let back = parse_client_msg(&again, usize::MAX).expect("a serialised message parses");
        assert_eq!(format!("{msg:?}"), format!("{back:?}"));
    }
});
