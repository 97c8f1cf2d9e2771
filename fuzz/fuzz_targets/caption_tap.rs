//! The QUIC caption link's framing: a frame body from a signalling node
//! (or anyone who reaches the worker's port) decodes into an audio tap or
//! a typed error, never a panic; a decoded tap encodes back to a frame that
//! decodes to the same tap.
#![no_main]

use anteroom_captions::remote::{decode_tap, encode_tap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(tap) = decode_tap(data) {
        let frame = encode_tap(&tap).expect("a decoded tap encodes");
        let again = decode_tap(&frame).expect("an encoded tap decodes");
        assert_eq!(format!("{tap:?}"), format!("{again:?}"));
    }
});
