//! Join tokens as signalling checks them: anything a client sends as a
//! token is refused with a typed error (or, if it is a real token, read),
//! never a panic.
#![no_main]

use std::sync::OnceLock;

use anteroom_signalling::JoinVerifier;
use libfuzzer_sys::fuzz_target;

fn verifier() -> &'static JoinVerifier {
    static V: OnceLock<JoinVerifier> = OnceLock::new();
    // Any 32 bytes make a key; nothing the fuzzer writes is signed by it.
    V.get_or_init(|| JoinVerifier::new(&[7u8; 32]))
}

fuzz_target!(|data: &[u8]| {
    let Ok(token) = std::str::from_utf8(data) else { return };
    let _ = verifier().verify(token);
});
