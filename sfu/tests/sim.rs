//! The SFU core on a simulated network with virtual time: str0m client peers
//! join, publish, receive each other, join late and leave.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use anteroom_protocol::{MediaKind, SfuEvent, TrackSource};
use anteroom_sfu::Transport;
use common::Sim;

const SECOND: Duration = Duration::from_secs(1);

#[test]
fn three_peers_late_joiner_and_leaver() {
    let wall = Instant::now();
    let mut sim = Sim::new(1);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(3 * SECOND);

    // A and B receive each other's audio and video (30 fps video, 50 fps audio).
    for (rx, tx) in [(a, b), (b, a)] {
        let (r, t) = (&sim.peers[rx], &sim.peers[tx]);
        assert!(r.connected, "peer {rx} connected");
        assert!(
            r.frames_from(t, MediaKind::Video) > 30,
            "video {tx}->{rx}: {:?}",
            r.received
        );
        assert!(
            r.frames_from(t, MediaKind::Audio) > 50,
            "audio {tx}->{rx}: {:?}",
            r.received
        );
    }

    // C joins late and receives the tracks that already exist; A and B receive C.
    let c = sim.join();
    sim.run_for(3 * SECOND);
    for (rx, tx) in [(c, a), (c, b), (a, c), (b, c)] {
        let (r, t) = (&sim.peers[rx], &sim.peers[tx]);
        assert!(
            r.frames_from(t, MediaKind::Video) > 30,
            "video {tx}->{rx}: {:?}",
            r.received
        );
        assert!(
            r.frames_from(t, MediaKind::Audio) > 50,
            "audio {tx}->{rx}: {:?}",
            r.received
        );
    }
    assert_eq!(
        sim.peers[a].active_recv_mids, 4,
        "A receives audio+video of B and C"
    );
    let published = sim
        .events
        .iter()
        .filter(|(_, e)| matches!(e, SfuEvent::TrackPublished { .. }))
        .count();
    assert_eq!(published, 6, "three peers published two tracks each");

    // C leaves: its tracks are unpublished and stopped in A's and B's sessions.
    sim.leave(c);
    let left_at = sim.elapsed();
    sim.run_for(SECOND);
    let unpublished: Vec<_> = sim
        .events
        .iter()
        .filter(|(t, e)| *t >= left_at && matches!(e, SfuEvent::TrackUnpublished { participant, .. } if *participant == sim.peers[c].id))
        .collect();
    assert_eq!(unpublished.len(), 2, "C's audio and video unpublished");
    assert_eq!(
        sim.peers[a].active_recv_mids, 2,
        "A's m-lines for C were stopped"
    );
    assert_eq!(
        sim.peers[b].active_recv_mids, 2,
        "B's m-lines for C were stopped"
    );

    let from_c: Vec<u64> = [a, b]
        .iter()
        .map(|&r| sim.peers[r].frames_from(&sim.peers[c], MediaKind::Video))
        .collect();
    let a_from_b = sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video);
    sim.run_for(3 * SECOND);
    assert_eq!(sim.elapsed(), 10 * SECOND);
    for (i, &r) in [a, b].iter().enumerate() {
        assert_eq!(
            sim.peers[r].frames_from(&sim.peers[c], MediaKind::Video),
            from_c[i],
            "nothing of C after leaving"
        );
    }
    assert!(
        sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video) > a_from_b + 60,
        "A and B carry on"
    );

    // Nobody ever receives their own media back.
    assert!(sim.peers.iter().all(|p| p.echoed == 0));
    assert_eq!(sim.sfu.participant_count(), 2);
    eprintln!(
        "10 simulated seconds, 3 peers, {} datagrams: {:?} of real time",
        sim.delivered,
        wall.elapsed()
    );
}

/// Until a late joiner's media path is up, nothing is forwarded to it:
/// str0m would queue those packets and send them, stale, once connected
/// (anteroom-bench found joiners seeing video a second old, catching up).
#[test]
fn a_late_joiner_gets_fresh_video_not_a_backlog() {
    let mut sim = Sim::new(11);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(2 * SECOND);
    let c = sim.join();
    sim.run_for(2 * SECOND);
    let (rx, tx) = (&sim.peers[c], &sim.peers[a]);
    let frames = rx.frames_since(tx, Duration::ZERO);
    assert!(frames.len() > 30, "C receives A's video: {}", frames.len());
    let ages: Vec<Duration> = frames
        .iter()
        .map(|f| (rx.joined_at + f.at).saturating_sub(tx.joined_at + f.sent_at))
        .collect();
    let oldest = ages.iter().max().unwrap();
    // 10 ms of link, and the first keyframe's pacing (32 ms here), not the
    // backlog of the time C took to connect (275 ms and growing without).
    assert!(
        *oldest < Duration::from_millis(100),
        "the oldest frame C got from A was {oldest:?} old: {:?}",
        &ages[..ages.len().min(10)]
    );
    assert!(sim.peers[b].frames_from(&sim.peers[c], MediaKind::Video) > 30);
}

/// A client that has its ICE answer starts DTLS at once, and its first
/// flight can reach the SFU before the SFU's own check of that path has
/// succeeded. The SFU must take it (the address was learned from the
/// client's authenticated check), not drop it and wait a second for the
/// retransmission (anteroom-bench saw viewers connect in about a second).
#[test]
fn everyone_connects_within_a_few_round_trips() {
    let mut sim = Sim::new(5);
    // The peers' answers to the SFU's checks arrive after their DTLS hellos.
    sim.stun_response_delay = Duration::from_millis(30);
    let peers: Vec<usize> = (0..4).map(|_| sim.join()).collect();
    sim.run_for(2 * SECOND);
    for &p in &peers {
        let after = sim.peers[p].connected_after.expect("connected");
        // 10 ms each way: ICE and DTLS take a handful of round trips.
        assert!(
            after < Duration::from_millis(200),
            "peer {p} connected after {after:?}"
        );
    }
}

#[test]
fn a_peer_that_never_connects_is_removed_after_the_connect_timeout() {
    let mut sim = Sim::new(2);
    let a = sim.join();
    // Cut A off: nothing it sends reaches the SFU, so ICE never completes.
    sim.loss = 1.0;
    sim.run_for(Duration::from_secs(29));
    assert!(
        !sim.events
            .iter()
            .any(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { .. }))
    );
    sim.run_for(Duration::from_secs(2));
    let removed: Vec<_> = sim
        .events
        .iter()
        .filter(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { .. }))
        .collect();
    assert_eq!(removed.len(), 1, "{removed:?}");
    assert_eq!(removed[0].1.participant(), &sim.peers[a].id);
    assert_eq!(sim.sfu.participant_count(), 0);
}

#[test]
fn a_peer_that_goes_silent_is_removed_and_the_others_are_told() {
    let mut sim = Sim::new(3);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(3 * SECOND);
    assert!(sim.peers[a].connected && sim.peers[b].connected);
    // B's machine vanishes: no more packets from or to it.
    let gone = sim.peers.remove(b);
    let cut_at = sim.elapsed();
    sim.run_for(Duration::from_secs(40));
    let removed: Vec<_> = sim
        .events
        .iter()
        .filter(|(t, e)| *t > cut_at && matches!(e, SfuEvent::ParticipantRemoved { participant, .. } if *participant == gone.id))
        .collect();
    assert_eq!(
        removed.len(),
        1,
        "B removed once ICE consent failed and the grace passed"
    );
    let unpublished = sim
        .events
        .iter()
        .filter(|(t, e)| *t > cut_at && matches!(e, SfuEvent::TrackUnpublished { participant, .. } if *participant == gone.id))
        .count();
    assert_eq!(unpublished, 2);
    assert_eq!(
        sim.peers[a].active_recv_mids, 0,
        "A's m-lines for B were stopped"
    );
    eprintln!("silent peer removed after {:?}", removed[0].0 - cut_at);
}

#[test]
fn a_candidate_naming_someone_elses_address_cannot_hijack_their_media() {
    let mut sim = Sim::new(4);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(2 * SECOND);
    // B trickles a candidate that claims A's address.
    let candidate = str0m::Candidate::host(sim.peers[a].addr, "udp")
        .unwrap()
        .to_sdp_string();
    let b_id = sim.peers[b].id.clone();
    sim.sfu
        .handle_input(anteroom_sfu::Input::Command {
            at: sim.now,
            cmd: anteroom_protocol::SfuCommand::Candidate {
                participant: b_id,
                candidate,
            },
        })
        .unwrap();
    let before = sim.peers[b].frames_from(&sim.peers[a], MediaKind::Video);
    sim.run_for(2 * SECOND);
    let after = sim.peers[b].frames_from(&sim.peers[a], MediaKind::Video);
    assert!(
        after >= before + 50,
        "A's video still reaches B: {before} -> {after}"
    );
    assert!(
        !sim.events
            .iter()
            .any(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { .. }))
    );
}

#[test]
fn the_loudest_participant_is_the_active_speaker() {
    let speakers = |sim: &Sim, since: Duration| -> Vec<(String, bool)> {
        sim.events
            .iter()
            .filter(|(t, _)| *t >= since)
            .filter_map(|(_, e)| match e {
                SfuEvent::ActiveSpeaker {
                    participant,
                    speaking,
                } => Some((participant.to_string(), *speaking)),
                _ => None,
            })
            .collect()
    };
    let mut sim = Sim::new(5);
    let a = sim.join();
    let b = sim.join();
    // Levels are -dBov: 20 is speech, 90 near silence.
    sim.peers[a].audio_level = Some(20);
    sim.peers[b].audio_level = Some(90);
    sim.run_for(3 * SECOND);
    assert_eq!(speakers(&sim, Duration::ZERO), vec![("peer0".into(), true)]);

    // B talks a little louder than A: not enough to take over (3 dB).
    sim.peers[b].audio_level = Some(19);
    let t = sim.elapsed();
    sim.run_for(2 * SECOND);
    assert!(speakers(&sim, t).is_empty(), "{:?}", speakers(&sim, t));

    // A stops, B talks: B takes over within a second.
    sim.peers[a].audio_level = Some(90);
    sim.peers[b].audio_level = Some(25);
    let t = sim.elapsed();
    sim.run_for(SECOND);
    assert_eq!(speakers(&sim, t), vec![("peer1".into(), true)]);

    // Everyone quiet: nobody speaks.
    sim.peers[b].audio_level = Some(100);
    let t = sim.elapsed();
    sim.run_for(2 * SECOND);
    assert_eq!(speakers(&sim, t), vec![("peer1".into(), false)]);
}

#[test]
fn in_a_large_room_only_the_last_speakers_microphones_flow_while_quiet() {
    // Five microphones, three audible speakers (the default): two talk.
    let mut sim = Sim::new(11);
    let peers: Vec<usize> = (0..5).map(|_| sim.join()).collect();
    let [a, b, c, d, e] = peers[..] else {
        unreachable!()
    };
    for &p in &peers {
        sim.peers[p].audio_level = Some(90);
    }
    sim.peers[a].audio_level = Some(20);
    sim.peers[b].audio_level = Some(20);
    sim.run_for(3 * SECOND);
    let audio = |sim: &Sim, to: usize, from: usize| {
        sim.peers[to].frames_from(&sim.peers[from], MediaKind::Audio)
    };
    let before: Vec<u64> = peers.iter().map(|&p| audio(&sim, c, p)).collect();
    sim.run_for(SECOND);
    let got = |sim: &Sim, before: &[u64], from: usize| audio(sim, c, from) - before[from];
    assert!(
        got(&sim, &before, a) >= 45 && got(&sim, &before, b) >= 45,
        "the speakers flow: {} {}",
        got(&sim, &before, a),
        got(&sim, &before, b)
    );
    assert_eq!(
        got(&sim, &before, d),
        0,
        "a quiet microphone nobody heard is held back"
    );
    assert_eq!(got(&sim, &before, e), 0);
    assert!(
        audio(&sim, d, e) == 0 && audio(&sim, e, d) == 0,
        "for everyone"
    );

    // D speaks: its first packet goes through at once.
    sim.peers[d].audio_level = Some(20);
    let before: Vec<u64> = peers.iter().map(|&p| audio(&sim, c, p)).collect();
    sim.run_for(SECOND / 10);
    assert!(
        got(&sim, &before, d) >= 3,
        "D heard within 100 ms: {}",
        got(&sim, &before, d)
    );
    // D falls quiet but stays among the last three to speak: its quiet
    // audio keeps flowing, as between the words of a sentence.
    sim.run_for(SECOND);
    sim.peers[d].audio_level = Some(90);
    let before: Vec<u64> = peers.iter().map(|&p| audio(&sim, c, p)).collect();
    sim.run_for(SECOND);
    assert!(
        got(&sim, &before, d) >= 45,
        "D's pause flows: {}",
        got(&sim, &before, d)
    );

    // E speaks too: four have spoken, D spoke longest ago and is quiet.
    sim.peers[e].audio_level = Some(20);
    sim.run_for(SECOND / 2);
    let before: Vec<u64> = peers.iter().map(|&p| audio(&sim, c, p)).collect();
    sim.run_for(SECOND);
    assert!(
        got(&sim, &before, e) >= 45,
        "E flows: {}",
        got(&sim, &before, e)
    );
    assert_eq!(got(&sim, &before, d), 0, "D is held back again");
    assert!(got(&sim, &before, a) >= 45 && got(&sim, &before, b) >= 45);

    // D speaks again: its stream resumes where it stopped.
    sim.peers[d].audio_level = Some(20);
    let before: Vec<u64> = peers.iter().map(|&p| audio(&sim, c, p)).collect();
    sim.run_for(SECOND);
    assert!(
        got(&sim, &before, d) >= 45,
        "D flows again: {}",
        got(&sim, &before, d)
    );

    // Holding back and resuming leave no gap in anyone's audio streams.
    for &p in &peers {
        assert_eq!(sim.peers[p].audio_gaps, 0, "peer {p}");
    }
}

#[test]
fn with_every_microphone_audible_quiet_ones_flow_too() {
    let config = anteroom_sfu::SfuConfig {
        audible_speakers: 0,
        ..Default::default()
    };
    let mut sim = Sim::with_config(12, config);
    let peers: Vec<usize> = (0..5).map(|_| sim.join()).collect();
    for &p in &peers {
        sim.peers[p].audio_level = Some(90);
    }
    sim.run_for(3 * SECOND);
    let before = sim.peers[peers[0]].frames_from(&sim.peers[peers[4]], MediaKind::Audio);
    sim.run_for(SECOND);
    let after = sim.peers[peers[0]].frames_from(&sim.peers[peers[4]], MediaKind::Audio);
    assert!(after - before >= 45, "{before} -> {after}");
}

#[test]
fn a_shared_screen_is_published_as_screen_and_reaches_the_others() {
    let mut sim = Sim::new(7);
    let a = sim.join();
    let b = sim.join_sharing_screen();
    sim.run_for(3 * SECOND);

    let sources = |peer: usize| -> Vec<(MediaKind, TrackSource)> {
        let mut s: Vec<_> = sim
            .events
            .iter()
            .filter_map(|(_, e)| match e {
                SfuEvent::TrackPublished { participant, track }
                    if *participant == sim.peers[peer].id =>
                {
                    Some((track.kind, track.source))
                }
                _ => None,
            })
            .collect();
        s.sort_by_key(|(k, _)| *k);
        s
    };
    assert_eq!(
        sources(a),
        [
            (MediaKind::Audio, TrackSource::Microphone),
            (MediaKind::Video, TrackSource::Camera)
        ]
    );
    assert_eq!(
        sources(b),
        [
            (MediaKind::Audio, TrackSource::Microphone),
            (MediaKind::Video, TrackSource::Screen)
        ]
    );
    // A screen reaches the others in a stream of its own, a camera in the
    // publisher's stream.
    // (Each peer's own sending m-line is in the list too, under the random
    // stream id str0m gave it.)
    let from = |rx: usize, tx: usize| -> Vec<String> {
        let prefix = sim.peers[tx].id.to_string();
        sim.peers[rx]
            .recv_video
            .iter()
            .map(|(s, _)| s.clone())
            .filter(|s| s.starts_with(&prefix))
            .collect()
    };
    assert_eq!(from(a, b), [format!("{}.screen", sim.peers[b].id)]);
    assert_eq!(from(b, a), [sim.peers[a].id.to_string()]);
    // The screen is forwarded like any video.
    assert!(
        sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video) > 30,
        "{:?}",
        sim.peers[a].received
    );
}

#[test]
fn a_peer_that_changes_network_restarts_ice_and_its_media_goes_on() {
    let mut sim = Sim::new(8);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(3 * SECOND);
    assert!(sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video) > 30);

    // B moves to a new address and restarts ICE: the SFU answers with new
    // credentials, finds B's new path by its new ufrag, and both directions
    // carry on.
    sim.switch_network(b);
    sim.run_for(SECOND);
    let (a_from_b, b_from_a) = (
        sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video),
        sim.peers[b].frames_from(&sim.peers[a], MediaKind::Video),
    );
    sim.run_for(3 * SECOND);
    assert!(
        sim.peers[a].frames_from(&sim.peers[b], MediaKind::Video) > a_from_b + 60,
        "{:?}",
        sim.peers[a].received
    );
    assert!(
        sim.peers[b].frames_from(&sim.peers[a], MediaKind::Video) > b_from_a + 60,
        "{:?}",
        sim.peers[b].received
    );
    assert!(
        !sim.events
            .iter()
            .any(|(_, e)| matches!(e, SfuEvent::ParticipantRemoved { .. })),
        "nobody was dropped"
    );
}

#[test]
fn a_tapped_microphone_goes_to_the_captions_tap_only_while_tapped() {
    let mut sim = Sim::new(11);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(2 * SECOND);
    assert!(sim.taps.is_empty(), "nothing is tapped unless asked");
    sim.tap(a, Some(("en", false, true)));
    sim.run_for(SECOND);
    let (a_id, b_id) = (sim.peers[a].id.clone(), sim.peers[b].id.clone());
    let from_a: Vec<u64> = sim
        .taps
        .iter()
        .filter(|t| t.participant == a_id)
        .map(|t| t.seq)
        .collect();
    assert!(
        from_a.len() >= 40,
        "about 50 packets a second: {}",
        from_a.len()
    );
    assert!(sim.taps.iter().all(|t| t.participant != b_id
        && !t.payload.is_empty()
        && t.language == "en"
        && !t.english
        && t.detect));
    assert!(
        from_a.windows(2).all(|w| w[1] == w[0] + 1),
        "in order, none lost: {from_a:?}"
    );
    // Someone says A speaks Dutch (so it is no longer to be detected), and
    // someone reads English: the packets say so from then on.
    let n = sim.taps.len();
    sim.tap(a, Some(("nl", true, false)));
    sim.run_for(SECOND);
    assert!(sim.taps.len() >= n + 40);
    assert!(
        sim.taps[n..]
            .iter()
            .all(|t| t.language == "nl" && t.english && !t.detect)
    );
    sim.tap(a, None);
    let n = sim.taps.len();
    sim.run_for(SECOND);
    assert_eq!(sim.taps.len(), n, "off means off");
    // Media went on to B all along.
    assert!(sim.peers[b].frames_from(&sim.peers[a], MediaKind::Audio) > 100);
}

/// A large room where everyone speaks: each subscriber session has a
/// backlog of audio packets to send at once, and str0m's pacer lets out
/// one queued packet per timeout. The SFU handles the timeouts str0m asks
/// for "now" within the same drain; before, a backlog went out one packet
/// per wake-up of the whole SFU (one per millisecond tick here), and in a
/// room of 30 less than half of everyone's audio arrived, ever later.
/// (With the real server, a room of 17 had frame latencies of 1.8 s at
/// the median, measured with anteroom-bench; 9 ms with this.)
#[test]
fn in_a_large_room_everyone_hears_everyone_in_full() {
    let mut sim = Sim::with_config(
        3,
        anteroom_sfu::SfuConfig {
            max_participants_per_room: 64,
            ..Default::default()
        },
    );
    let peers: Vec<usize> = (0..26).map(|_| sim.join()).collect();
    sim.run_for(Duration::from_secs(3));
    let listener = peers[0];
    let heard = |sim: &Sim| -> Vec<u64> {
        peers[1..]
            .iter()
            .map(|&t| sim.peers[listener].frames_from(&sim.peers[t], MediaKind::Audio))
            .collect()
    };
    let before = heard(&sim);
    sim.run_for(Duration::from_secs(2));
    let after = heard(&sim);
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        // 50 packets a second from each speaker.
        assert!(
            a - b >= 98,
            "speaker {}: {} of 100 audio packets in 2 s",
            i + 1,
            a - b
        );
    }
}

/// In churn, a subscriber sized its partner's video in the moment the
/// partner left: the SFU answered `unknown_track`, and the bench (like any
/// strict client) took the error for a failed session that never received
/// media. A size for a track that just ended is nothing to refuse; a size
/// for a track that never existed still is.
#[test]
fn sizing_a_video_whose_publisher_just_left_is_not_an_error() {
    let mut sim = Sim::new(7);
    let a = sim.join();
    let b = sim.join();
    sim.run_for(2 * SECOND);
    let track = sim.video_track(a);
    let b_id = sim.peers[b].id.clone();
    let errors_for_b = |sim: &Sim| {
        sim.events
            .iter()
            .filter(
                |(_, e)| matches!(e, SfuEvent::Error { participant, .. } if *participant == b_id),
            )
            .count()
    };
    sim.set_video_size(b, a, 640, 360);
    sim.run_for(SECOND / 10);
    assert_eq!(errors_for_b(&sim), 0, "sizing a live track is fine");

    // A leaves; B's size for A's video crosses the news.
    sim.leave(a);
    sim.command(anteroom_protocol::SfuCommand::SetVideoSize {
        participant: b_id.clone(),
        track: track.clone(),
        width: 320,
        height: 180,
    });
    sim.run_for(SECOND);
    assert_eq!(
        errors_for_b(&sim),
        0,
        "a track that just ended is no error: {:?}",
        sim.events
            .iter()
            .filter(|(_, e)| matches!(e, SfuEvent::Error { .. }))
            .collect::<Vec<_>>()
    );

    // A track that never existed is still refused.
    let bogus = anteroom_protocol::TrackId::new(format!("{track}-no-such"));
    sim.command(anteroom_protocol::SfuCommand::SetVideoSize {
        participant: b_id.clone(),
        track: bogus,
        width: 320,
        height: 180,
    });
    let refused = sim.events.iter().filter(|(_, e)| matches!(e, SfuEvent::Error { participant, code: anteroom_protocol::ErrorCode::UnknownTrack, .. } if *participant == b_id)).count();
    assert_eq!(refused, 1);

    // And B receives the next partner as usual.
    let c = sim.join();
    sim.run_for(3 * SECOND);
    assert!(
        sim.peers[b].frames_from(&sim.peers[c], MediaKind::Video) > 30,
        "B receives C: {:?}",
        sim.peers[b].received
    );
}

#[test]
fn a_patient_whose_network_drops_udp_gets_media_both_ways_over_tcp() {
    let mut sim = Sim::with_tcp(21);
    let clinic = sim.join();
    let patient = sim.join_behind_udp_firewall();
    sim.run_for(3 * SECOND);
    for (rx, tx) in [(clinic, patient), (patient, clinic)] {
        let (r, t) = (&sim.peers[rx], &sim.peers[tx]);
        assert!(r.connected, "peer {rx} connected");
        assert!(
            r.frames_from(t, MediaKind::Video) > 30,
            "video {tx}->{rx}: {:?}",
            r.received
        );
        assert!(
            r.frames_from(t, MediaKind::Audio) > 50,
            "audio {tx}->{rx}: {:?}",
            r.received
        );
    }
    // The patient's media came over TCP, and nothing reached it over UDP;
    // the clinic, whose UDP works, still uses UDP.
    assert!(sim.tcp_datagrams_from(sim.peers[patient].addr) > 100);
    assert_eq!(sim.udp_datagrams_from(sim.peers[patient].addr), 0);
    assert_eq!(sim.tcp_datagrams_from(sim.peers[clinic].addr), 0);
}

/// What `/metrics` shows of each connection: the transport ICE selected
/// (TCP for the patient behind the firewall, UDP for the clinic), a round
/// trip near the simulated one, the bytes both ways and the estimate.
#[test]
fn each_connection_has_figures_with_its_transport() {
    let mut sim = Sim::with_tcp(22);
    let clinic = sim.join();
    let patient = sim.join_behind_udp_firewall();
    sim.run_for(5 * SECOND);
    let figures = sim.sfu.figures();
    assert_eq!(figures.len(), 2, "{figures:?}");
    for (peer, transport) in [(clinic, Transport::Udp), (patient, Transport::Tcp)] {
        let f = figures
            .iter()
            .find(|f| f.participant == sim.peers[peer].id)
            .expect("figures of every participant");
        assert_eq!(f.transport, Some(transport), "{f:?}");
        // 10 ms each way on the simulated link.
        let rtt = f.round_trip.expect("a round trip");
        assert!(
            (Duration::from_millis(15)..Duration::from_millis(100)).contains(&rtt),
            "{f:?}"
        );
        assert!(f.bytes_received > 50_000 && f.bytes_sent > 50_000, "{f:?}");
        assert!(f.estimate_bps.is_some(), "{f:?}");
        assert!(f.loss_from.unwrap_or(0.0) < 0.05, "{f:?}");
    }
    // Those who leave leave no figures behind.
    sim.leave(patient);
    sim.run_for(SECOND);
    let left: Vec<_> = sim
        .sfu
        .figures()
        .into_iter()
        .map(|f| f.participant)
        .collect();
    assert_eq!(left, vec![sim.peers[clinic].id.clone()]);
}
