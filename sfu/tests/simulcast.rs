//! Simulcast on the simulated network: the layer each subscriber gets follows
//! the size it shows the video at, switches happen only at keyframes with no
//! gap the receiver could see, hidden video costs nothing, publishers are
//! told which layers are watched, and keyframe requests are throttled.

mod common;

use std::time::Duration;

use anteroom_protocol::SfuEvent;
use common::{Frame, Sim, SINGLE_LAYER};

const Q: u8 = 0;
const H: u8 = 1;
const F: u8 = 2;

/// Layers of the frames B received from A since `since`.
fn layers(sim: &Sim, rx: usize, tx: usize, since: Duration) -> Vec<u8> {
    sim.peers[rx].frames_since(&sim.peers[tx], since).iter().map(|f| f.layer).collect()
}

/// The receiver never saw a gap: every frame contiguous, sequence numbers
/// following on from frame to frame, and each change of layer at a keyframe.
fn assert_seamless(frames: &[&Frame]) {
    for pair in frames.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(b.contiguous, "gap before {b:?}");
        assert_eq!(b.first_seq, a.last_seq + 1, "sequence numbers jump between {a:?} and {b:?}");
        if a.layer != b.layer {
            assert!(b.keyframe, "switched from layer {} to {} on a delta frame: {b:?}", a.layer, b.layer);
        }
    }
}

#[test]
fn the_layer_follows_the_size_the_video_is_shown_at() {
    let mut sim = Sim::new(11);
    let a = sim.join_simulcast();
    let b = sim.join();
    sim.run_for(Duration::from_secs(2));
    // Nothing said about the size yet: the largest layer.
    let t = sim.elapsed() - Duration::from_millis(500);
    assert!(layers(&sim, b, a, t).iter().all(|&l| l == F), "{:?}", layers(&sim, b, a, t));

    for (w, h, want) in [(320, 180, Q), (1280, 720, F), (640, 360, H), (300, 160, Q)] {
        sim.set_video_size(b, a, w, h);
        let asked = sim.elapsed();
        sim.run_for(Duration::from_secs(1));
        let got = layers(&sim, b, a, asked + Duration::from_millis(500));
        assert!(!got.is_empty() && got.iter().all(|&l| l == want), "shown at {w}x{h}: layers {got:?}");
    }
    let all = sim.peers[b].frames_since(&sim.peers[a], Duration::ZERO);
    assert_seamless(&all[1..]);
    assert!(all.iter().filter(|f| f.keyframe).count() < 20, "switching needs a few keyframes, not a stream of them");
}

#[test]
fn hidden_video_gets_no_packets_and_resumes_at_a_keyframe() {
    let mut sim = Sim::new(12);
    let a = sim.join_simulcast();
    let b = sim.join();
    sim.run_for(Duration::from_secs(2));
    sim.set_video_size(b, a, 640, 360);
    sim.run_for(Duration::from_secs(1));

    let hidden_at = sim.elapsed();
    sim.set_video_size(b, a, 0, 0);
    sim.run_for(Duration::from_millis(100));
    let frozen = sim.peers[b].frames.len();
    sim.run_for(Duration::from_secs(3));
    assert_eq!(sim.peers[b].frames.len(), frozen, "no video while hidden");
    // A told to stop every layer; audio still flows.
    let told: Vec<&Vec<String>> = sim
        .events
        .iter()
        .filter(|(t, _)| *t >= hidden_at)
        .filter_map(|(_, e)| match e {
            SfuEvent::PublishLayers { layers, .. } => Some(layers),
            _ => None,
        })
        .collect();
    assert_eq!(told, vec![&Vec::<String>::new()]);
    let audio_before = sim.peers[b].frames_from(&sim.peers[a], anteroom_protocol::MediaKind::Audio);
    sim.run_for(Duration::from_millis(500));
    assert!(sim.peers[b].frames_from(&sim.peers[a], anteroom_protocol::MediaKind::Audio) > audio_before + 20);

    sim.set_video_size(b, a, 640, 360);
    let shown_at = sim.elapsed();
    sim.run_for(Duration::from_secs(1));
    let resumed = sim.peers[b].frames_since(&sim.peers[a], shown_at);
    assert!(resumed.len() > 20, "video resumed: {} frames", resumed.len());
    assert!(resumed[0].keyframe && resumed[0].layer == H, "resumes with an h keyframe: {:?}", resumed[0]);
    assert!(resumed.iter().all(|f| f.layer == H));
    // Resuming within 100 ms: the SFU asked for the keyframe instead of waiting for one.
    assert!(resumed[0].at < shown_at + Duration::from_millis(150), "resumed after {:?}", resumed[0].at - shown_at);
}

#[test]
fn publishers_learn_which_layers_anyone_watches() {
    let mut sim = Sim::new(13);
    let a = sim.join_simulcast();
    sim.run_for(Duration::from_secs(1));
    let b = sim.join();
    let c = sim.join();
    sim.run_for(Duration::from_secs(2));
    sim.set_video_size(b, a, 320, 180);
    sim.run_for(Duration::from_millis(200));
    sim.set_video_size(c, a, 320, 180);
    sim.run_for(Duration::from_millis(200));
    sim.set_video_size(c, a, 1280, 720);
    sim.run_for(Duration::from_millis(200));
    sim.set_video_size(b, a, 0, 0);
    sim.run_for(Duration::from_millis(200));
    sim.leave(c);
    sim.run_for(Duration::from_millis(200));
    let a_id = sim.peers[a].id.clone();
    let told: Vec<Vec<String>> = sim
        .events
        .iter()
        .filter_map(|(_, e)| match e {
            SfuEvent::PublishLayers { participant, layers, .. } if *participant == a_id => Some(layers.clone()),
            _ => None,
        })
        .collect();
    let expected: Vec<Vec<String>> = vec![
        vec![],                       // alone in the room
        vec!["f".into()],             // B and C joined, sizes not yet known
        vec!["q".into(), "f".into()], // B shows it small, C has not said
        vec!["q".into()],             // both show it small
        vec!["q".into(), "f".into()], // C enlarged it
        vec!["f".into()],             // B hid it
        vec![],                       // C left
    ];
    assert_eq!(told, expected);
}

#[test]
fn a_flood_of_keyframe_requests_is_throttled_per_layer() {
    let mut sim = Sim::new(14);
    let a = sim.join_simulcast();
    let b = sim.join();
    sim.run_for(Duration::from_secs(2));
    sim.set_video_size(b, a, 640, 360);
    sim.run_for(Duration::from_secs(1));
    let start = sim.elapsed();
    let before = sim.peers[a].keyframe_requests.len();
    // B asks for a keyframe every 5 ms for 2 s: 400 requests.
    for _ in 0..400 {
        sim.send_pli(b, a);
        sim.run_for(common::TICK);
    }
    let upstream: Vec<_> = sim.peers[a].keyframe_requests[before..].to_vec();
    let seconds = (sim.elapsed() - start).as_secs_f64();
    assert!(!upstream.is_empty(), "requests do reach the publisher");
    assert!(upstream.iter().all(|(_, rid)| rid.as_deref() == Some("h")), "only the layer B receives: {upstream:?}");
    assert!(
        upstream.len() as f64 <= seconds / 0.5 + 1.0,
        "{} upstream requests in {seconds} s: at most one per 500 ms",
        upstream.len()
    );
}

#[test]
fn a_single_layer_publisher_is_forwarded_whatever_the_size() {
    let mut sim = Sim::new(15);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(Duration::from_secs(1));
    sim.set_video_size(b, a, 160, 90);
    sim.run_for(Duration::from_secs(1));
    let got = layers(&sim, b, a, Duration::from_millis(1500));
    assert!(got.len() > 10 && got.iter().all(|&l| l == SINGLE_LAYER), "{got:?}");
}
