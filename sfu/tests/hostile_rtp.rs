//! A participant that got through ICE, DTLS and SRTP like anyone else and
//! then sends hostile RTP, all of it authenticated: SSRCs it never
//! announced, rids beyond any simulcast it offered, payloads of garbage
//! (some dressed as VP8 keyframes), sequence numbers and timestamps that
//! jump anywhere, payload types it never negotiated, absurd header extension
//! values, and header extension ids that disagree with its SDP (the SFU reads
//! its audio-level byte as a rid and its rids as audio levels). The SFU must
//! not panic, the honest participants' call must go on, and nothing may be
//! amplified: no more than one forwarded packet per subscriber for each
//! packet sent, and keyframe requests to the honest publishers still at most
//! one per layer per 500 ms.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_protocol::{MediaKind, SfuEvent};
use common::{Sim, TICK};
use str0m::format::Codec;
use str0m::media::{Mid, Pt, Rid};
use str0m::rtp::{ExtensionValues, RtpWrite, Ssrc, VideoOrientation};

/// Hostile packets written per millisecond.
const PER_TICK: usize = 3;
const STORM: Duration = Duration::from_secs(3);

#[test]
fn a_participant_sending_hostile_rtp_cannot_crash_the_sfu_or_flood_the_room() {
    let mut sim = Sim::new(0xbad_f00d);
    let a = sim.join();
    let b = sim.join();
    let m = sim.join_hostile();
    sim.run_for(Duration::from_secs(2));
    assert!(sim.peers.iter().all(|p| p.connected), "everyone connected");
    let (audio_mid, video_mid) = (
        sim.peers[m].audio_mid.unwrap(),
        sim.peers[m].video_mid.unwrap(),
    );
    let pt_of = |sim: &Sim, codec: Codec| {
        sim.peers[m]
            .rtc
            .codec_config()
            .find(|p| p.spec().codec == codec)
            .map(|p| p.pt())
            .unwrap()
    };
    let (opus, vp8) = (pt_of(&sim, Codec::Opus), pt_of(&sim, Codec::Vp8));

    // A calm stretch as long as the storm, for comparison.
    let baseline = Counts::take(&sim, a, b);
    sim.run_for(STORM);
    let calm = Counts::take(&sim, a, b).since(&baseline);
    assert!(
        calm.video_ab >= 80 && calm.video_ba >= 80,
        "video flows when calm: {calm:?}"
    );

    let start = Counts::take(&sim, a, b);
    let hostile_addr = sim.peers[m].addr;
    let received_before = sim.datagrams_from.get(&hostile_addr).copied().unwrap_or(0);
    let requests_before = sim.peers[m].keyframe_requests.len();
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    // A pool of streams under SSRCs the hostile peer never announced, each
    // on a random m-line. Each counts its sequence numbers up (so that they
    // pass str0m's probation of a new source and reach the SFU's own code)
    // but jumps anywhere now and then, timestamps too. str0m sends one
    // stream per m-line and rid, so each has a rid of its own; the SFU reads
    // those bytes as audio levels, and the audio-level byte as the rid.
    let mut streams: Vec<Stream> = (0..200)
        .map(|i| Stream {
            ssrc: Ssrc::from(rng.u32(..)),
            mid: if rng.bool() { video_mid } else { audio_mid },
            rid: Rid::from(format!("r{i}").as_str()),
            seq: u64::from(rng.u16(..)),
            ts: rng.u32(..),
        })
        .collect();
    let mut written = 0u64;
    let end = sim.elapsed() + STORM;
    while sim.elapsed() < end {
        for _ in 0..PER_TICK {
            let pick = rng.usize(..streams.len());
            let s = &mut streams[pick];
            if rng.u8(0..20) == 0 {
                (s.seq, s.ts) = (u64::from(rng.u16(..)), rng.u32(..));
            }
            s.seq += 1;
            s.ts = s.ts.wrapping_add(rng.u32(0..6000));
            let pt = match rng.u8(0..4) {
                0 => Pt::from(rng.u8(0..128)),
                _ if s.mid == video_mid => vp8,
                _ => opus,
            };
            let ext = ExtensionValues {
                audio_level: rng.bool().then(|| rng.i8(..)),
                voice_activity: rng.bool().then(|| rng.bool()),
                video_orientation: rng.bool().then(|| {
                    [
                        VideoOrientation::Deg0,
                        VideoOrientation::Deg90,
                        VideoOrientation::Deg180,
                        VideoOrientation::Deg270,
                    ][rng.usize(..4)]
                }),
                video_content_type: rng.bool().then(|| rng.u8(..)),
                ..ExtensionValues::default()
            };
            let write = RtpWrite::new(pt, s.seq.into(), s.ts, sim.now, garbage_payload(&mut rng))
                .marker(rng.bool())
                .ext_vals(ext);
            let (ssrc, mid, rid) = (s.ssrc, s.mid, s.rid);
            let mut api = sim.peers[m].rtc.direct_api();
            if api.stream_tx(&ssrc).is_none() {
                api.declare_stream_tx(ssrc, None, mid, Some(rid));
            }
            if let Some(tx) = api.stream_tx(&ssrc) {
                tx.write_rtp(write);
                written += 1;
            }
        }
        sim.run_for(TICK);
    }
    let storm = Counts::take(&sim, a, b).since(&start);
    let received = sim.datagrams_from.get(&hostile_addr).copied().unwrap_or(0) - received_before;
    let requests = sim.peers[m].keyframe_requests.len() - requests_before;
    eprintln!(
        "hostile packets written: {written}, received by the SFU: {received}; keyframe requests to the hostile peer: {requests}; calm: {calm:?}; storm: {storm:?}"
    );
    assert!(
        received >= 5000,
        "{received} hostile datagrams reached the SFU"
    );

    // The honest call went on.
    assert!(
        storm.video_ab >= 80 && storm.video_ba >= 80,
        "video flowed through the storm: {storm:?}"
    );
    assert!(
        storm.audio_ab >= 140 && storm.audio_ba >= 140,
        "audio flowed through the storm: {storm:?}"
    );
    assert!(!sim.events.iter().any(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { participant, .. } if *participant != sim.peers[m].id)));

    // The hostile media did reach the SFU's routing (the honest peers
    // subscribe to the hostile peer's tracks, so some of it is forwarded to
    // them), but nothing was amplified: each honest participant got at most
    // what it gets when calm plus one datagram per hostile datagram the SFU
    // received; the honest publishers were asked for keyframes at most once
    // per 500 ms, and the hostile one at most once per 500 ms for each of the
    // (at most three) layers the SFU keeps per track.
    for (who, calm_sent, storm_sent) in [(a, calm.to_a, storm.to_a), (b, calm.to_b, storm.to_b)] {
        assert!(
            storm_sent >= calm_sent + 100,
            "hostile media reached peer {who}'s subscriptions: calm {calm_sent}, storm {storm_sent}"
        );
        assert!(
            storm_sent <= calm_sent + received + calm_sent / 10,
            "to peer {who}: calm {calm_sent}, storm {storm_sent}, hostile {received}"
        );
    }
    let max_requests = (STORM.as_millis() / 500) as usize + 1;
    assert!(
        storm.keyframe_requests_a <= max_requests && storm.keyframe_requests_b <= max_requests,
        "{storm:?}"
    );
    assert!(
        requests <= 3 * max_requests,
        "{requests} keyframe requests to the hostile peer"
    );

    // After the storm, a clean second: still flowing both ways.
    let after = Counts::take(&sim, a, b);
    sim.run_for(Duration::from_secs(1));
    let calm_again = Counts::take(&sim, a, b).since(&after);
    assert!(
        calm_again.video_ab >= 25 && calm_again.video_ba >= 25,
        "{calm_again:?}"
    );
}

/// One of the hostile peer's unannounced streams.
struct Stream {
    ssrc: Ssrc,
    mid: Mid,
    rid: Rid,
    seq: u64,
    ts: u32,
}

/// Random bytes, a third of them starting like a VP8 keyframe (a payload
/// descriptor with the start bit, then a keyframe tag and start code), so
/// that they pass the SFU's keyframe detection as switch points.
fn garbage_payload(rng: &mut fastrand::Rng) -> Vec<u8> {
    let len = rng.usize(0..1200);
    let mut payload: Vec<u8> = std::iter::repeat_with(|| rng.u8(..)).take(len).collect();
    if rng.u8(0..3) == 0 && payload.len() >= 10 {
        payload[..7].copy_from_slice(&[0x10, 0x00, 0x00, 0x00, 0x9d, 0x01, 0x2a]);
    }
    payload
}

/// What the two honest peers `a` and `b` have received and been asked for.
#[derive(Debug, Clone, Copy)]
struct Counts {
    video_ab: u64,
    video_ba: u64,
    audio_ab: u64,
    audio_ba: u64,
    to_a: u64,
    to_b: u64,
    keyframe_requests_a: usize,
    keyframe_requests_b: usize,
}

impl Counts {
    fn take(sim: &Sim, a: usize, b: usize) -> Counts {
        let (pa, pb) = (&sim.peers[a], &sim.peers[b]);
        Counts {
            video_ab: pb.frames_from(pa, MediaKind::Video),
            video_ba: pa.frames_from(pb, MediaKind::Video),
            audio_ab: pb.frames_from(pa, MediaKind::Audio),
            audio_ba: pa.frames_from(pb, MediaKind::Audio),
            to_a: sim.datagrams_to.get(&pa.addr).copied().unwrap_or(0),
            to_b: sim.datagrams_to.get(&pb.addr).copied().unwrap_or(0),
            keyframe_requests_a: pa.keyframe_requests.len(),
            keyframe_requests_b: pb.keyframe_requests.len(),
        }
    }

    fn since(&self, earlier: &Counts) -> Counts {
        Counts {
            video_ab: self.video_ab - earlier.video_ab,
            video_ba: self.video_ba - earlier.video_ba,
            audio_ab: self.audio_ab - earlier.audio_ab,
            audio_ba: self.audio_ba - earlier.audio_ba,
            to_a: self.to_a - earlier.to_a,
            to_b: self.to_b - earlier.to_b,
            keyframe_requests_a: self.keyframe_requests_a - earlier.keyframe_requests_a,
            keyframe_requests_b: self.keyframe_requests_b - earlier.keyframe_requests_b,
        }
    }
}
