//! Garbage on the media port: random, truncated and corrupted datagrams, from
//! strangers and from the participants' own addresses, during a running call.
//! The SFU must not panic and the call must not notice.
#![allow(clippy::unwrap_used)]

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use anteroom_protocol::{MediaKind, SfuEvent};
use common::{Sim, TICK};

#[test]
fn thousands_of_bad_datagrams_neither_panic_nor_disturb_a_call() {
    let mut sim = Sim::new(0x5eed);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(Duration::from_secs(2));
    assert!(sim.peers[a].connected && sim.peers[b].connected);

    let mut injected = 0u32;
    let peer_addrs: Vec<SocketAddr> = sim.peers.iter().map(|p| p.addr).collect();
    let fuzz_for = Duration::from_secs(2);
    let end = sim.elapsed() + fuzz_for;
    while sim.elapsed() < end {
        for _ in 0..15 {
            let (from, bytes) = garbage(&mut sim, &peer_addrs);
            sim.inject(from, &bytes);
            injected += 1;
        }
        sim.run_for(TICK);
    }
    assert!(injected >= 5000, "{injected} datagrams injected");

    // After the storm, a clean second: both directions keep flowing.
    let before: Vec<u64> = [(a, b), (b, a)]
        .iter()
        .map(|&(r, t)| sim.peers[r].frames_from(&sim.peers[t], MediaKind::Video))
        .collect();
    sim.run_for(Duration::from_secs(1));
    for (i, &(r, t)) in [(a, b), (b, a)].iter().enumerate() {
        let now = sim.peers[r].frames_from(&sim.peers[t], MediaKind::Video);
        assert!(
            now >= before[i] + 25,
            "video {t}->{r} kept flowing: {} -> {now}",
            before[i]
        );
    }
    assert!(
        !sim.events
            .iter()
            .any(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { .. }))
    );
    assert_eq!(sim.sfu.participant_count(), 2);
}

/// One bad datagram: the kind and content come from the seeded generator.
fn garbage(sim: &mut Sim, peers: &[SocketAddr]) -> (SocketAddr, Vec<u8>) {
    let stranger: SocketAddr = {
        let rng = sim.rng();
        format!(
            "127.0.{}.{}:{}",
            rng.u8(1..255),
            rng.u8(1..255),
            rng.u16(1024..)
        )
        .parse()
        .unwrap_or(peers[0])
    };
    let kind = sim.rng().u8(0..6);
    let real = sim.sample_in_flight();
    let rng = sim.rng();
    let random = |rng: &mut fastrand::Rng, max: usize| -> Vec<u8> {
        let len = rng.usize(0..max);
        std::iter::repeat_with(|| rng.u8(..)).take(len).collect()
    };
    match (kind, real) {
        // Random bytes from a stranger.
        (0, _) => (stranger, random(rng, 1500)),
        // Random bytes from a participant's own address.
        (1, _) => (peers[rng.usize(..peers.len())], random(rng, 1500)),
        // A real datagram, truncated.
        (2, Some((from, mut bytes))) => {
            bytes.truncate(rng.usize(0..bytes.len().max(1)));
            (from, bytes)
        }
        // A real datagram with bits flipped.
        (3, Some((from, mut bytes))) => {
            for _ in 0..rng.usize(1..8) {
                if !bytes.is_empty() {
                    let i = rng.usize(..bytes.len());
                    bytes[i] ^= 1 << rng.u8(0..8);
                }
            }
            (from, bytes)
        }
        // Looks like RTP/RTCP (version 2) but is not.
        (4, _) => {
            let mut bytes = random(rng, 300);
            if bytes.len() >= 2 {
                bytes[0] = 0x80 | (bytes[0] & 0x3f);
            }
            (peers[rng.usize(..peers.len())], bytes)
        }
        // Looks like STUN (or DTLS) but is not.
        _ => {
            let mut bytes = random(rng, 200);
            if bytes.len() >= 20 {
                bytes[0] = if rng.bool() { 0x00 } else { 22 };
                bytes[1] = 0x01;
            }
            (if rng.bool() { stranger } else { peers[0] }, bytes)
        }
    }
}
