//! The SFU core fed signalling commands with hostile SDP and candidates:
//! a participant joins, then offers, answers and trickles whatever the
//! fuzzer writes, with time moving on; the core answers with events and
//! errors, never a panic.
#![no_main]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{ParticipantId, RequestId, RoomName, SfuCommand, TrackId};
use anteroom_sfu::{Input, Output, Sfu, SfuConfig};
use libfuzzer_sys::fuzz_target;

fn drain(sfu: &mut Sfu) {
    for _ in 0..10_000 {
        if let Output::Timeout(_) = sfu.poll_output() {
            return;
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let host: SocketAddr = "127.0.0.1:40000".parse().expect("an address");
    let mut now = Instant::now();
    let Ok(mut sfu) = Sfu::new(SfuConfig::default(), vec![host], now) else { return };
    let room = RoomName::new("fuzz").expect("a room name");
    let who = ParticipantId::new("p0000000000000000000000000000000a");
    let _ = sfu.handle_input(Input::Command { at: now, cmd: SfuCommand::Join { room, participant: who.clone() } });
    drain(&mut sfu);
    // Each chunk (split at 0xff) is one command, chosen by its first byte.
    for (i, chunk) in data.split(|b| *b == 0xff).enumerate() {
        let Some((&kind, rest)) = chunk.split_first() else { continue };
        let text = String::from_utf8_lossy(rest).into_owned();
        let request_id = RequestId(i as u64);
        let cmd = match kind % 5 {
            0 => SfuCommand::Offer { participant: who.clone(), request_id, sdp: text, screen: Vec::new() },
            1 => SfuCommand::Answer { participant: who.clone(), request_id, sdp: text },
            2 => SfuCommand::Candidate { participant: who.clone(), candidate: text },
            3 => SfuCommand::SetVideoSize { participant: who.clone(), track: TrackId::new(text), width: u32::from(kind), height: u32::from(kind) * 3 },
            _ => SfuCommand::Offer { participant: who.clone(), request_id, sdp: text, screen: vec!["0".into(), "1".into()] },
        };
        let _ = sfu.handle_input(Input::Command { at: now, cmd });
        drain(&mut sfu);
        now += Duration::from_millis(20);
        let _ = sfu.handle_input(Input::Timeout(now));
        drain(&mut sfu);
    }
});
