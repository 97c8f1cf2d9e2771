//! The SFU core fed datagrams from the network: STUN, DTLS, RTP and RTCP
//! look-alikes and garbage, over UDP and as framed packets from TCP
//! connections, from a joined participant's address and from strangers.
//! Nothing panics; the core keeps answering.
#![no_main]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{ParticipantId, RoomName, SfuCommand};
use anteroom_sfu::{Input, Output, Protocol, Sfu, SfuConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let host: SocketAddr = "127.0.0.1:40000".parse().expect("an address");
    let mut now = Instant::now();
    let Ok(sfu) = Sfu::new(SfuConfig::default(), vec![host], now) else { return };
    let Ok(mut sfu) = sfu.with_tcp(&[host]) else { return };
    let room = RoomName::new("fuzz").expect("a room name");
    let who = ParticipantId::new("p0000000000000000000000000000000a");
    let _ = sfu.handle_input(Input::Command { at: now, cmd: SfuCommand::Join { room, participant: who } });
    for (i, datagram) in data.split(|b| *b == 0xfe).enumerate() {
        let source: SocketAddr = if i % 2 == 0 { "127.0.0.1:50000".parse() } else { "10.0.0.9:50001".parse() }.expect("an address");
        let proto = if i % 3 == 2 { Protocol::Tcp } else { Protocol::Udp };
        let _ = sfu.handle_input(Input::Datagram { at: now, proto, source, destination: host, bytes: datagram });
        for _ in 0..10_000 {
            if let Output::Timeout(_) = sfu.poll_output() {
                break;
            }
        }
        now += Duration::from_millis(5);
        let _ = sfu.handle_input(Input::Timeout(now));
    }
});
