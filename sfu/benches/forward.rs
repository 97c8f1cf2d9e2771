//! Forwarding cost of the SFU core alone, on the in-memory network of the
//! simulated-network tests: str0m client peers publish and receive real
//! DTLS-SRTP media; only the time spent inside the SFU's own calls
//! (`handle_input` and draining `poll_output`) is counted, so the figures
//! include the SFU's SRTP decryption and encryption but not the peers' work.
//!
//! Run: `cargo bench -p anteroom-sfu --bench forward`. Prints, per scenario,
//! the datagrams the SFU sent, its busy time, the datagrams it forwards per
//! second of one core, and the CPU time per forwarded datagram.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::Sim;

struct Scenario {
    name: &'static str,
    rooms: usize,
    publishers_per_room: usize,
    subscribers_per_room: usize,
}

struct Figures {
    sent: u64,
    received: u64,
    busy: Duration,
    timer_busy: Duration,
    wakes: u64,
    wall: Duration,
}

fn run(s: &Scenario, seconds: u64) -> Figures {
    let wall = Instant::now();
    let config = anteroom_sfu::SfuConfig {
        max_participants_per_room: 64,
        ..Default::default()
    };
    let mut sim = Sim::with_config(7, config);
    let mut publishers = Vec::new();
    let mut subscribers = Vec::new();
    for room in 0..s.rooms {
        sim.use_room(&format!("room{room}"));
        for _ in 0..s.publishers_per_room {
            publishers.push((room, sim.join_simulcast()));
        }
        for _ in 0..s.subscribers_per_room {
            subscribers.push((room, sim.join_receive_only()));
        }
    }
    // Everyone watches every publisher of their room at 640x360 (layer h).
    sim.run_for(Duration::from_secs(2));
    for &(room, sub) in &subscribers {
        for &(proom, publisher) in &publishers {
            if room == proom {
                sim.set_video_size(sub, publisher, 640, 360);
            }
        }
    }
    sim.run_for(Duration::from_secs(1));
    // Measure a steady state.
    let (busy0, sent0, received0) = (sim.sfu_busy, sim.sfu_transmits, sim.sfu_received);
    let (timer0, wakes0) = (sim.sfu_timer_busy, sim.sfu_wakes);
    sim.run_for(Duration::from_secs(seconds));
    Figures {
        sent: sim.sfu_transmits - sent0,
        received: sim.sfu_received - received0,
        busy: sim.sfu_busy - busy0,
        timer_busy: sim.sfu_timer_busy - timer0,
        wakes: sim.sfu_wakes - wakes0,
        wall: wall.elapsed(),
    }
}

fn main() {
    let scenarios = [
        Scenario {
            name: "1 publisher x 50 subscribers",
            rooms: 1,
            publishers_per_room: 1,
            subscribers_per_room: 50,
        },
        Scenario {
            name: "6 rooms x 6 participants",
            rooms: 6,
            publishers_per_room: 6,
            subscribers_per_room: 0,
        },
    ];
    let seconds = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let only = std::env::var("BENCH_SCENARIO").ok();
    println!(
        "SFU core forwarding, {seconds} simulated seconds of steady state per scenario (SRTP included)"
    );
    println!(
        "{:<30} {:>10} {:>10} {:>10} {:>16} {:>13} {:>11} {:>11} {:>8}",
        "scenario",
        "received",
        "sent",
        "SFU busy",
        "datagrams/s/core",
        "CPU/datagram",
        "timer share",
        "wakes/s",
        "wall"
    );
    for s in scenarios
        .iter()
        .filter(|s| only.as_deref().is_none_or(|o| s.name.contains(o)))
    {
        let f = run(s, seconds);
        let per_second = f.sent as f64 / f.busy.as_secs_f64();
        let per_datagram = f.busy.as_nanos() as f64 / f.sent.max(1) as f64;
        println!(
            "{:<30} {:>10} {:>10} {:>8.3} s {:>16.0} {:>10.2} us {:>10.0}% {:>11.0} {:>6.1} s",
            s.name,
            f.received,
            f.sent,
            f.busy.as_secs_f64(),
            per_second,
            per_datagram / 1000.0,
            100.0 * f.timer_busy.as_secs_f64() / f.busy.as_secs_f64(),
            f.wakes as f64 / seconds as f64,
            f.wall.as_secs_f64()
        );
    }
}
