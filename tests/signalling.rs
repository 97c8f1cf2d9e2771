//! Signalling against the real `anteroom serve` binary over a real websocket:
//! bad input gets typed errors and the connection stays usable; room rules.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_protocol::{ErrorCode, LanguageCode, ServerMsg};
use common::Server;
use common::ws::{
    Ws, claims, connect, expect_error, hub_drain, join, join_with_token, recv, send, until_closed,
};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn bad_messages_get_typed_errors_and_the_connection_stays_usable() {
    let server = Server::start(&["--open-rooms"]);
    let mut ws = connect(&server).await;

    send(&mut ws, "this is not json").await;
    assert_eq!(
        expect_error(&mut ws).await,
        (None, ErrorCode::MalformedMessage)
    );

    send(&mut ws, r#"{"type":"teleport","request_id":7}"#).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(7), ErrorCode::UnknownMessageType)
    );

    send(&mut ws, r#"{"type":"offer","request_id":8}"#).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(8), ErrorCode::MalformedMessage)
    );

    ws.send(Message::binary(vec![1u8, 2, 3])).await.unwrap();
    assert_eq!(
        expect_error(&mut ws).await,
        (None, ErrorCode::MalformedMessage)
    );

    let huge = format!(
        r#"{{"type":"offer","request_id":9,"sdp":"{}"}}"#,
        "a".repeat(100 * 1024)
    );
    send(&mut ws, &huge).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (None, ErrorCode::MessageTooLarge)
    );

    send(&mut ws, r#"{"type":"leave","request_id":10}"#).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(10), ErrorCode::NotJoined)
    );

    send(&mut ws, &join(11, "bad room!", "Ann")).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(11), ErrorCode::MalformedMessage)
    );

    send(
        &mut ws,
        r#"{"type":"join","request_id":12,"protocol_version":99,"room":"r","display_name":"Ann"}"#,
    )
    .await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(12), ErrorCode::UnsupportedProtocolVersion)
    );

    // After all that, the same connection joins normally.
    send(&mut ws, &join(13, "r1", "Ann")).await;
    let ServerMsg::Joined {
        request_id,
        participants,
        ..
    } = recv(&mut ws).await
    else {
        panic!("joined")
    };
    assert_eq!(request_id.0, 13);
    assert!(participants.is_empty());

    send(&mut ws, &join(14, "r1", "Ann")).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(14), ErrorCode::AlreadyJoined)
    );

    // Hostile SDP and candidates are refused with typed errors by the SFU.
    send(&mut ws, r#"{"type":"offer","request_id":15,"sdp":"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\nm=video 9 RTP/AVP 96 96 96\r\n"}"#).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(15), ErrorCode::InvalidSdp)
    );
    send(
        &mut ws,
        r#"{"type":"offer","request_id":16,"sdp":"\u0000\u0001garbage"}"#,
    )
    .await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(16), ErrorCode::InvalidSdp)
    );
    send(&mut ws, r#"{"type":"answer","request_id":17,"sdp":"v=0"}"#).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(17), ErrorCode::NoPendingOffer)
    );
    send(
        &mut ws,
        r#"{"type":"candidate","candidate":"candidate:x y z"}"#,
    )
    .await;
    assert_eq!(
        expect_error(&mut ws).await,
        (None, ErrorCode::InvalidCandidate)
    );
    // An mDNS host candidate is not an error: it is skipped.
    send(&mut ws, r#"{"type":"candidate","candidate":"candidate:1 1 udp 2122260223 3f1c2b7e-8d.local 54321 typ host"}"#).await;
    send(
        &mut ws,
        r#"{"type":"set_mute","request_id":18,"kind":"audio","muted":true}"#,
    )
    .await;
    assert_eq!(
        recv(&mut ws).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(18)
        }
    );

    // A frame over the transport limit closes the connection.
    let enormous = "x".repeat(2 * 1024 * 1024);
    let _ = ws.send(Message::text(enormous)).await;
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await
    .unwrap();
    assert!(closed);

    // The server is unaffected.
    assert_eq!(server.get("/healthz"), (200, "ok".into()));
    assert!(server.stop().success(), "clean shutdown on SIGTERM");
}

#[tokio::test]
async fn room_events_mute_leave_and_capacity() {
    let server = Server::start(&["--open-rooms", "--max-participants", "2"]);
    let mut ann = connect(&server).await;
    send(&mut ann, &join(1, "consult", "Ann")).await;
    let ServerMsg::Joined {
        participant: ann_id,
        ..
    } = recv(&mut ann).await
    else {
        panic!()
    };

    let mut bob = connect(&server).await;
    send(&mut bob, &join(1, "consult", "Bob")).await;
    let ServerMsg::Joined {
        participant: bob_id,
        participants,
        ..
    } = recv(&mut bob).await
    else {
        panic!()
    };
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0].id, ann_id);
    assert_eq!(participants[0].display_name.as_str(), "Ann");

    let ServerMsg::ParticipantJoined { participant } = recv(&mut ann).await else {
        panic!()
    };
    assert_eq!(participant.id, bob_id);

    // A third person does not fit.
    let mut cat = connect(&server).await;
    send(&mut cat, &join(1, "consult", "Cat")).await;
    assert_eq!(expect_error(&mut cat).await, (Some(1), ErrorCode::RoomFull));

    send(
        &mut bob,
        r#"{"type":"set_mute","request_id":2,"kind":"video","muted":true}"#,
    )
    .await;
    assert!(matches!(recv(&mut bob).await, ServerMsg::Ack { .. }));
    let ServerMsg::MuteChanged {
        participant, muted, ..
    } = recv(&mut ann).await
    else {
        panic!()
    };
    assert_eq!((participant, muted), (bob_id.clone(), true));

    // Bob closes his socket without a word: Ann is told.
    drop(bob);
    let ServerMsg::ParticipantLeft {
        participant,
        reason,
    } = recv(&mut ann).await
    else {
        panic!()
    };
    assert_eq!(participant, bob_id);
    assert_eq!(reason, anteroom_protocol::LeaveReason::Left);

    // Now Cat fits.
    send(&mut cat, &join(2, "consult", "Cat")).await;
    assert!(matches!(recv(&mut cat).await, ServerMsg::Joined { .. }));
}

#[tokio::test]
async fn without_open_rooms_unknown_rooms_are_refused() {
    let server = Server::start(&[]);
    let mut ws = connect(&server).await;
    send(&mut ws, &join(1, "anything", "Ann")).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(1), ErrorCode::RoomNotFound)
    );
    let (status, body) = server.get("/call/anything?name=Ann");
    assert_eq!(status, 200);
    assert!(body.contains("/call.js"));
    assert_eq!(server.get("/sdk/anteroom.js").0, 200);
    assert_eq!(server.get("/no-such-file").0, 404);
}

#[tokio::test]
async fn a_client_that_never_reads_is_disconnected_without_stalling_the_room() {
    // The flood below is one client's mute toggles, far over the per-client
    // limits (tested on their own below): lifted here.
    let server = Server::start(&[
        "--open-rooms",
        "--client-messages-per-second",
        "1000000",
        "--client-chat-per-second",
        "1000000",
    ]);
    let mut slow = connect(&server).await;
    send(&mut slow, &join(1, "busy", "Slow")).await;
    let ServerMsg::Joined {
        participant: slow_id,
        ..
    } = recv(&mut slow).await
    else {
        panic!()
    };
    // From here on `slow` never reads again.

    let ws = connect(&server).await;
    let (mut tx, mut rx) = ws.split();
    tx.send(Message::text(join(1, "busy", "Busy")))
        .await
        .unwrap();

    // Busy toggles its microphone until the server gives up on Slow; each
    // toggle queues a mute_changed for Slow. Busy reads all its own replies.
    let sender = tokio::spawn(async move {
        for i in 0..400_000u64 {
            let msg = format!(
                r#"{{"type":"set_mute","request_id":{},"kind":"audio","muted":{}}}"#,
                i + 2,
                i % 2 == 0
            );
            if tx.send(Message::text(msg)).await.is_err() {
                break;
            }
        }
        tx
    });
    let left = tokio::time::timeout(Duration::from_secs(120), async {
        while let Some(frame) = rx.next().await {
            let frame = match frame {
                Ok(f) => f,
                Err(e) => panic!("busy read error: {e}"),
            };
            if let Message::Text(text) = frame
                && let Ok(ServerMsg::ParticipantLeft { participant, .. }) =
                    serde_json::from_str(&text)
            {
                return participant;
            }
        }
        panic!("busy's connection ended");
    })
    .await
    .expect("the slow client is dropped");
    assert_eq!(left, slow_id);
    sender.abort();
    assert_eq!(server.get("/healthz"), (200, "ok".into()));
    // Slow, reading at last, finds a close frame that says why, not a
    // reset connection.
    let (code, reason, _) = until_closed(&mut slow, Duration::from_secs(30)).await;
    assert_eq!(
        (code, reason.as_str()),
        (Some(1008), "too slow: messages were not read")
    );
}

/// Open rooms (a development setting) never open a consultation's room, a
/// meeting room or a waiting list by name: those need a join token, so a
/// patient who knows their room's name cannot walk past the waiting room.
#[tokio::test]
async fn open_rooms_do_not_reach_the_control_planes_rooms() {
    let server = Server::start(&["--open-rooms"]);
    let mut ws = connect(&server).await;
    for (i, room) in [
        "a-0123456789abcdef0123456789abcdef",
        "m-0123456789abcdef0123456789abcdef",
        "w-someone",
        "probe-x",
    ]
    .iter()
    .enumerate()
    {
        send(&mut ws, &join(i as u64 + 1, room, "Ann")).await;
        assert_eq!(
            expect_error(&mut ws).await,
            (Some(i as u64 + 1), ErrorCode::RoomNotFound),
            "{room}"
        );
    }
    send(&mut ws, &join(9, "demo", "Ann")).await;
    assert!(matches!(recv(&mut ws).await, ServerMsg::Joined { .. }));
}

/// Per-client limits (the security review's defect 3): a waiting patient
/// who sends 60 chat messages in a burst gets a burst of them through and
/// `rate_limited` for the rest, the practitioner receives only what was
/// acknowledged, and a client that keeps going is closed with 1008.
#[tokio::test]
async fn a_chat_flood_is_refused_then_closed() {
    use anteroom_protocol::{Grant, JoinRole, RequestId};

    let (server, signer) = server_with_key();
    let mut desk = connect(&server).await;
    let watch = anteroom_protocol::JoinClaims {
        watch: vec![anteroom_protocol::Queue::staff("d")],
        ..claims(
            "Desk",
            "w-1",
            JoinRole::Practitioner,
            &[Grant::Admit, Grant::Chat],
            None,
        )
    };
    send(&mut desk, &serde_json::json!({ "type": "watch", "request_id": 1, "token": signer.sign(&watch).unwrap() }).to_string()).await;
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingList { .. }
    ));
    let mut pat = connect(&server).await;
    send(
        &mut pat,
        &join_with_token(
            1,
            "a-1",
            "x",
            &signer
                .sign(&claims(
                    "Pat",
                    "a-1",
                    JoinRole::Patient,
                    &[Grant::WaitingChat],
                    Some("staff:d"),
                ))
                .unwrap(),
        ),
    )
    .await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Waiting { .. }));
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::PatientWaiting { .. }
    ));

    // 60 at once: the join took one of the burst of 20, so 19 go through
    // (and 2 a second after them); the 41 others are refused, fewer than
    // the 50 refusals that close a connection.
    let started = std::time::Instant::now();
    for i in 0..60u64 {
        send(&mut pat, &serde_json::json!({ "type": "chat", "request_id": 100 + i, "text": format!("message {i}") }).to_string()).await;
    }
    let (mut acked, mut limited) = (0, 0);
    while acked + limited < 60 {
        match recv(&mut pat).await {
            ServerMsg::Ack {
                request_id: RequestId(r),
            } if r >= 100 => acked += 1,
            ServerMsg::Error {
                code: ErrorCode::RateLimited,
                request_id: Some(RequestId(r)),
                ..
            } if r >= 100 => limited += 1,
            ServerMsg::WaitEstimate { .. } => {}
            other => panic!("{other:?}"),
        }
    }
    let allowed = 19 + 2 * (started.elapsed().as_secs() as usize + 1);
    assert!((19..=allowed).contains(&acked), "{acked} acknowledged");
    assert_eq!(acked + limited, 60);
    let delivered = hub_drain(&mut desk, 90)
        .await
        .iter()
        .filter(|m| matches!(m, ServerMsg::WaitingChat { .. }))
        .count();
    assert_eq!(
        delivered, acked,
        "exactly what was acknowledged reached the clinic"
    );

    // Going on regardless: the connection is closed with 1008.
    for i in 0..500u64 {
        if pat
            .send(Message::text(
                serde_json::json!({ "type": "chat", "request_id": 1000 + i, "text": "spam" })
                    .to_string(),
            ))
            .await
            .is_err()
        {
            break;
        }
    }
    let (code, reason, _) = until_closed(&mut pat, Duration::from_secs(10)).await;
    assert_eq!((code, reason.as_str()), (Some(1008), "too many messages"));
    // The patient left the clinic's list (after what was acknowledged of the
    // second burst, if any of it was).
    loop {
        match recv(&mut desk).await {
            ServerMsg::PatientLeftWaiting { .. } => break,
            ServerMsg::WaitingChat { .. } => {}
            other => panic!("{other:?}"),
        }
    }
}

/// A websocket that never joins is closed after the idle time (1008); a
/// frame over the transport limit is closed with 1009, not a reset.
#[tokio::test]
async fn idle_and_oversized_connections_are_closed_with_a_code() {
    let server = Server::start(&["--open-rooms", "--unjoined-idle-seconds", "3"]);
    let mut idle = connect(&server).await;
    // Asking is not joining: a refused join leaves the clock running.
    send(
        &mut idle,
        &join(1, "a-0123456789abcdef0123456789abcdef", "Ann"),
    )
    .await;
    assert_eq!(
        expect_error(&mut idle).await,
        (Some(1), ErrorCode::RoomNotFound)
    );
    let (code, reason, _) = until_closed(&mut idle, Duration::from_secs(20)).await;
    assert_eq!(
        (code, reason.as_str()),
        (Some(1008), "idle without joining")
    );
    // A joined one stays: still there after the idle time.
    let mut joined = connect(&server).await;
    send(&mut joined, &join(1, "stay", "Ann")).await;
    assert!(matches!(recv(&mut joined).await, ServerMsg::Joined { .. }));
    // (Sleeping is the point here: nothing happens, and the server must
    // not close the socket when the idle time has passed.)
    tokio::time::sleep(Duration::from_secs(4)).await;
    send(
        &mut joined,
        &serde_json::json!({ "type": "leave", "request_id": 2 }).to_string(),
    )
    .await;
    assert!(matches!(recv(&mut joined).await, ServerMsg::Ack { .. }));

    let mut big = connect(&server).await;
    let huge = format!(
        r#"{{"type":"chat","request_id":1,"text":"{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let _ = big.send(Message::text(huge)).await;
    let (code, reason, _) = until_closed(&mut big, Duration::from_secs(10)).await;
    assert_eq!((code, reason.as_str()), (Some(1009), "message too large"));
}

/// `anteroom serve` with a join key the test holds, to sign tokens with.
fn server_with_key() -> (Server, anteroom_control_plane::join::JoinSigner) {
    server_with_key_and(&[])
}

/// The same, with more command-line arguments.
fn server_with_key_and(args: &[&str]) -> (Server, anteroom_control_plane::join::JoinSigner) {
    let key_file = common::scratch_file("join-key.pem");
    let signer = anteroom_control_plane::join::JoinSigner::load_or_create(&key_file).unwrap();
    let key_arg = format!("--join-key-file={}", key_file.display());
    let args: Vec<&str> = std::iter::once(key_arg.as_str())
        .chain(args.iter().copied())
        .collect();
    (Server::start(&args), signer)
}

/// Join tokens signed with the server's key (`--join-key-file`, made by
/// the test): the token decides the room, the name others see, the room's
/// capacity and whether one may publish. Wrong signatures, expired tokens
/// and tokens for another room are refused with typed errors.
#[tokio::test]
async fn join_tokens_decide_who_enters_with_which_name_and_rights() {
    use anteroom_control_plane::join::JoinSigner;
    use anteroom_protocol::{DisplayName, Grant, JoinClaims, JoinRole, RoomName};

    let key_file = common::scratch_file("join-key.pem");
    let signer = JoinSigner::load_or_create(&key_file).unwrap();
    let stranger = JoinSigner::generate().unwrap();
    let server = Server::start(&[&format!("--join-key-file={}", key_file.display())]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = |name: &str, room: &str, grants: &[Grant]| JoinClaims {
        sub: format!("staff:{name}"),
        org: anteroom_protocol::OrgId::new("org").unwrap(),
        room: RoomName::new(room).unwrap(),
        name: DisplayName::new(name).unwrap(),
        role: JoinRole::Practitioner,
        grants: grants.to_vec(),
        max_participants: 2,
        iat: now,
        exp: now + 600,
        waiting: None,
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    };
    let all = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];

    // Refused: another key's signature, an expired token, another room's
    // token, garbage; the connection stays usable after each.
    let mut ws = connect(&server).await;
    let forged = stranger.sign(&claims("Mallory", "a-1", &all)).unwrap();
    send(&mut ws, &join_with_token(1, "a-1", "Mallory", &forged)).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(1), ErrorCode::InvalidToken)
    );
    let expired = signer
        .sign(&JoinClaims {
            iat: now - 700,
            exp: now - 100,
            ..claims("Old", "a-1", &all)
        })
        .unwrap();
    send(&mut ws, &join_with_token(2, "a-1", "Old", &expired)).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(2), ErrorCode::TokenExpired)
    );
    let other_room = signer.sign(&claims("Ann", "a-2", &all)).unwrap();
    send(&mut ws, &join_with_token(3, "a-1", "Ann", &other_room)).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(3), ErrorCode::InvalidToken)
    );
    send(&mut ws, &join_with_token(4, "a-1", "Ann", "not.a.token")).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(4), ErrorCode::InvalidToken)
    );
    // A tampered payload with the original signature.
    let good = signer.sign(&claims("Ann", "a-1", &all)).unwrap();
    let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
    parts[1] = other_room.split('.').nth(1).unwrap().to_owned();
    send(&mut ws, &join_with_token(5, "a-2", "Ann", &parts.join("."))).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(5), ErrorCode::InvalidToken)
    );
    // Without a token the room is unknown (no --open-rooms).
    send(&mut ws, &join(6, "a-1", "Ann")).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(6), ErrorCode::RoomNotFound)
    );

    // A good token: in, under the token's name whatever the client says.
    send(&mut ws, &join_with_token(7, "a-1", "Somebody Else", &good)).await;
    assert!(matches!(recv(&mut ws).await, ServerMsg::Joined { .. }));
    // Ann publishes but has no screen_share grant: an offer marking a screen
    // is refused; a malformed screen list is refused as such.
    let screen_offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:0\r\na=sendonly\r\n";
    let offer_marking = |id: u64, screen: serde_json::Value| {
        serde_json::json!({ "type": "offer", "request_id": id, "sdp": screen_offer, "screen": screen }).to_string()
    };
    send(&mut ws, &offer_marking(8, serde_json::json!(["0"]))).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(8), ErrorCode::NotAllowed)
    );
    send(
        &mut ws,
        &offer_marking(9, serde_json::json!(["0", "1", "2"])),
    )
    .await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(9), ErrorCode::MalformedMessage)
    );
    send(&mut ws, &offer_marking(10, serde_json::json!(["0\r\na=x"]))).await;
    assert_eq!(
        expect_error(&mut ws).await,
        (Some(10), ErrorCode::MalformedMessage)
    );
    // Bob may watch but not publish: his media offer is refused.
    let mut bob = connect(&server).await;
    let viewer = signer
        .sign(&claims("Bob", "a-1", &[Grant::Subscribe]))
        .unwrap();
    send(&mut bob, &join_with_token(1, "a-1", "Bob", &viewer)).await;
    match recv(&mut bob).await {
        ServerMsg::Joined { participants, .. } => {
            let names: Vec<String> = participants
                .iter()
                .map(|p| {
                    serde_json::to_value(&p.display_name)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_owned()
                })
                .collect();
            assert_eq!(names, ["Ann"]);
        }
        other => panic!("expected joined, got {other:?}"),
    }
    let offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=sendrecv\r\n";
    send(
        &mut bob,
        &serde_json::json!({ "type": "offer", "request_id": 2, "sdp": offer }).to_string(),
    )
    .await;
    assert_eq!(
        expect_error(&mut bob).await,
        (Some(2), ErrorCode::NotAllowed)
    );
    // The token's capacity (the organisation's maximum, 2) holds.
    let mut cat = connect(&server).await;
    send(
        &mut cat,
        &join_with_token(
            1,
            "a-1",
            "Cat",
            &signer.sign(&claims("Cat", "a-1", &all)).unwrap(),
        ),
    )
    .await;
    assert_eq!(expect_error(&mut cat).await, (Some(1), ErrorCode::RoomFull));
}

/// The waiting area: a patient's token puts them in it; they see nobody
/// and nobody sees them but the staff watching their queue, who admit
/// them; then they are in the room. Patients and staff without the admit
/// grant cannot admit; nobody can admit someone outside their queues.
#[tokio::test]
async fn patients_wait_until_admitted_and_never_see_each_other() {
    use anteroom_protocol::{DisplayName, Grant, JoinClaims, JoinRole, Marker, WaitingClaims};

    let (server, signer) = server_with_key();
    let token = |name: &str,
                 room: &str,
                 role: JoinRole,
                 grants: &[Grant],
                 waiting: Option<(&str, Marker)>,
                 watch: &[&str]| {
        let base = claims(name, room, role, grants, None);
        let waiting = waiting.map(|(queue, marker)| WaitingClaims {
            queues: vec![
                anteroom_protocol::Queue::parse(queue).unwrap(),
                anteroom_protocol::Queue::org(anteroom_protocol::OrgId::new("org").unwrap()),
            ],
            marker,
            starts_at: Some(base.iat),
            duration_minutes: None,
        });
        signer
            .sign(&JoinClaims {
                waiting,
                watch: watch
                    .iter()
                    .map(|q| anteroom_protocol::Queue::parse(q).unwrap())
                    .collect(),
                ..base
            })
            .unwrap()
    };
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    let patient_grants = [Grant::Publish, Grant::Subscribe, Grant::Chat];
    let name_of = |n: &DisplayName| {
        serde_json::to_value(n)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    };
    let drain = hub_drain;

    // The doctor is in room a-1 and watches their own queue.
    let mut doctor = connect(&server).await;
    send(
        &mut doctor,
        &join_with_token(
            1,
            "a-1",
            "x",
            &token("Dr Who", "a-1", JoinRole::Practitioner, &staff, None, &[]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doctor).await, ServerMsg::Joined { .. }));
    let mut desk = connect(&server).await;
    let watch = |id: u64, t: &str| {
        serde_json::json!({ "type": "watch", "request_id": id, "token": t }).to_string()
    };
    send(
        &mut desk,
        &watch(
            1,
            &token(
                "Dr Who",
                "w-1",
                JoinRole::Practitioner,
                &staff,
                None,
                &["staff:who"],
            ),
        ),
    )
    .await;
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingList { entries, .. } if entries.is_empty())
    );

    // Two patients of the doctor and one of another practitioner arrive.
    let mut ann = connect(&server).await;
    send(
        &mut ann,
        &join_with_token(
            7,
            "a-1",
            "x",
            &token(
                "Ann",
                "a-1",
                JoinRole::Patient,
                &patient_grants,
                Some(("staff:who", Marker::OnTime)),
                &[],
            ),
        ),
    )
    .await;
    assert!(
        matches!(recv(&mut ann).await, ServerMsg::Waiting { request_id, .. } if request_id.0 == 7)
    );
    // Each learns where they stand in their practitioner's line: Ann, due
    // now, is next; Ben (due at the same time, but after Ann) waits for her
    // consultation (no booked length: the default 15 minutes); Cy, alone in
    // Dr No's line, is next.
    let fifteen = u64::from(anteroom_protocol::DEFAULT_CONSULTATION_MINUTES) * 60_000;
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    let mut ben = connect(&server).await;
    send(
        &mut ben,
        &join_with_token(
            1,
            "a-2",
            "x",
            &token(
                "Ben",
                "a-2",
                JoinRole::Patient,
                &patient_grants,
                Some(("staff:who", Marker::Late)),
                &[],
            ),
        ),
    )
    .await;
    assert!(matches!(recv(&mut ben).await, ServerMsg::Waiting { .. }));
    assert_eq!(
        recv(&mut ben).await,
        ServerMsg::WaitEstimate {
            ahead: 1,
            wait_ms: fifteen
        }
    );
    let mut cy = connect(&server).await;
    send(
        &mut cy,
        &join_with_token(
            1,
            "a-3",
            "x",
            &token(
                "Cy",
                "a-3",
                JoinRole::Patient,
                &patient_grants,
                Some(("staff:other", Marker::WalkIn)),
                &[],
            ),
        ),
    )
    .await;
    assert!(matches!(recv(&mut cy).await, ServerMsg::Waiting { .. }));
    assert_eq!(
        recv(&mut cy).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );

    // The desk sees Ann and Ben arrive (with their markers), not Cy; the
    // doctor, in the room Ann waits for, sees Ann only.
    let seen = drain(&mut desk, 90).await;
    let arrivals: Vec<(String, Marker)> = seen
        .iter()
        .filter_map(|m| match m {
            ServerMsg::PatientWaiting { entry } => {
                Some((name_of(&entry.display_name), entry.marker))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        arrivals,
        [
            ("Ann".to_owned(), Marker::OnTime),
            ("Ben".to_owned(), Marker::Late)
        ]
    );
    let ann_id = match &seen[0] {
        ServerMsg::PatientWaiting { entry } => entry.participant.clone(),
        other => panic!("{other:?}"),
    };
    let in_room = drain(&mut doctor, 91).await;
    assert!(
        matches!(&in_room[..], [ServerMsg::PatientWaiting { entry }] if entry.participant == ann_id),
        "{in_room:?}"
    );

    // A patient cannot admit (not even themselves), nor reach the room.
    let admit = |id: u64, p: &anteroom_protocol::ParticipantId| {
        serde_json::json!({ "type": "admit", "request_id": id, "participant": p }).to_string()
    };
    send(&mut ben, &admit(2, &ann_id)).await;
    assert_eq!(
        expect_error(&mut ben).await,
        (Some(2), ErrorCode::NotAllowed)
    );
    send(
        &mut ann,
        &serde_json::json!({ "type": "offer", "request_id": 8, "sdp": "v=0\r\n" }).to_string(),
    )
    .await;
    assert_eq!(
        expect_error(&mut ann).await,
        (Some(8), ErrorCode::NotJoined)
    );
    // A watcher without the admit grant cannot either; one of another
    // queue does not even see Ann.
    let mut viewer = connect(&server).await;
    send(
        &mut viewer,
        &watch(
            1,
            &token(
                "Clerk",
                "w-2",
                JoinRole::Practitioner,
                &[Grant::Chat],
                None,
                &["staff:who"],
            ),
        ),
    )
    .await;
    assert!(
        matches!(recv(&mut viewer).await, ServerMsg::WaitingList { entries, .. } if entries.len() == 2)
    );
    send(&mut viewer, &admit(2, &ann_id)).await;
    assert_eq!(
        expect_error(&mut viewer).await,
        (Some(2), ErrorCode::NotAllowed)
    );
    let mut other_desk = connect(&server).await;
    send(
        &mut other_desk,
        &watch(
            1,
            &token(
                "Dr No",
                "w-3",
                JoinRole::Practitioner,
                &staff,
                None,
                &["staff:other"],
            ),
        ),
    )
    .await;
    let cy_id = match recv(&mut other_desk).await {
        ServerMsg::WaitingList { entries, .. } => {
            assert_eq!(
                entries
                    .iter()
                    .map(|e| name_of(&e.display_name))
                    .collect::<Vec<_>>(),
                ["Cy"]
            );
            entries[0].participant.clone()
        }
        other => panic!("{other:?}"),
    };
    send(&mut other_desk, &admit(2, &ann_id)).await;
    assert_eq!(
        expect_error(&mut other_desk).await,
        (Some(2), ErrorCode::NotWaiting)
    );

    // The desk admits Ann: she is in the room under the join's request id,
    // the doctor sees her join, the watchers see her leave the list.
    send(&mut desk, &admit(2, &ann_id)).await;
    let desk_seen = drain(&mut desk, 92).await;
    assert!(
        desk_seen.contains(&ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }),
        "{desk_seen:?}"
    );
    assert!(
        desk_seen.contains(&ServerMsg::PatientLeftWaiting {
            participant: ann_id.clone(),
            admitted: true
        }),
        "{desk_seen:?}"
    );
    match recv(&mut ann).await {
        ServerMsg::Joined {
            request_id,
            participant,
            participants,
            ..
        } => {
            assert_eq!((request_id.0, &participant), (7, &ann_id));
            assert_eq!(
                participants
                    .iter()
                    .map(|p| name_of(&p.display_name))
                    .collect::<Vec<_>>(),
                ["Dr Who"]
            );
        }
        other => panic!("expected joined, got {other:?}"),
    }
    let in_room = drain(&mut doctor, 93).await;
    assert!(
        matches!(&in_room[..], [ServerMsg::PatientLeftWaiting { participant: left, admitted: true }, ServerMsg::ParticipantJoined { participant }] if participant.id == ann_id && *left == ann_id),
        "{in_room:?}"
    );
    send(&mut desk, &admit(3, &ann_id)).await;
    assert_eq!(
        expect_error(&mut desk).await,
        (Some(3), ErrorCode::NotWaiting)
    );

    // Ben and Cy never heard of anyone else: Ben only learns that he is
    // next now (Ann's admission did not change Ann's own estimate, nor
    // Ben's arrival hers).
    assert_eq!(
        drain(&mut ben, 94).await,
        [ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }]
    );
    assert!(drain(&mut cy, 95).await.is_empty());

    // Someone in the room a person waits for may admit them: Dr No joins
    // a-3 and lets Cy in without watching. Ben leaves: the desk sees it.
    let mut dr_no = connect(&server).await;
    send(
        &mut dr_no,
        &join_with_token(
            1,
            "a-3",
            "x",
            &token("Dr No", "a-3", JoinRole::Practitioner, &staff, None, &[]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut dr_no).await, ServerMsg::Joined { .. }));
    assert!(
        matches!(recv(&mut dr_no).await, ServerMsg::PatientWaiting { entry } if entry.participant == cy_id),
        "told who waits for the room"
    );
    send(&mut dr_no, &admit(2, &cy_id)).await;
    assert_eq!(
        recv(&mut dr_no).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }
    );
    assert!(matches!(
        recv(&mut dr_no).await,
        ServerMsg::PatientLeftWaiting { admitted: true, .. }
    ));
    assert!(
        matches!(recv(&mut cy).await, ServerMsg::Joined { participant, .. } if participant == cy_id)
    );
    drop(ben);
    let gone = loop {
        match recv(&mut desk).await {
            ServerMsg::PatientLeftWaiting {
                participant,
                admitted,
            } => break (participant, admitted),
            _ => continue,
        }
    };
    assert!(!gone.1, "Ben left without admission");
}

/// Dropping and coming back within the grace (30 s) keeps one's place: a
/// waiting patient returns to the same position in the list, an admitted
/// one goes straight back into the room, and a second connection of a
/// person in the room takes over from the first. (That the grace runs out
/// is tested on the hub's memory with explicit instants.)
#[tokio::test]
async fn reconnecting_within_the_grace_keeps_the_place() {
    use anteroom_control_plane::join::JoinSigner;
    use anteroom_protocol::{
        DisplayName, Grant, JoinClaims, JoinRole, LeaveReason, Marker, RoomName, WaitingClaims,
    };

    let key_file = common::scratch_file("join-key-rejoin.pem");
    let signer = JoinSigner::load_or_create(&key_file).unwrap();
    let server = Server::start(&[&format!("--join-key-file={}", key_file.display())]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = |sub: &str, waiting: bool, watch: bool| JoinClaims {
        sub: sub.into(),
        org: anteroom_protocol::OrgId::new("org").unwrap(),
        room: RoomName::new("a-9").unwrap(),
        name: DisplayName::new(sub).unwrap(),
        role: if waiting {
            JoinRole::Patient
        } else {
            JoinRole::Practitioner
        },
        grants: vec![Grant::Publish, Grant::Subscribe, Grant::Admit],
        max_participants: 6,
        iat: now,
        exp: now + 600,
        waiting: waiting.then(|| WaitingClaims {
            queues: vec![anteroom_protocol::Queue::staff("d")],
            marker: Marker::OnTime,
            starts_at: None,
            duration_minutes: None,
        }),
        watch: if watch {
            vec![anteroom_protocol::Queue::staff("d")]
        } else {
            Vec::new()
        },
        own_clients_only: false,
        language: None,
    };
    let patient = signer.sign(&claims("client:ann", true, false)).unwrap();
    let mut desk = connect(&server).await;
    send(&mut desk, &serde_json::json!({ "type": "watch", "request_id": 1, "token": signer.sign(&claims("staff:d", false, true)).unwrap() }).to_string()).await;
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingList { .. }
    ));
    let arrival = |msg: ServerMsg| match msg {
        ServerMsg::PatientWaiting { entry } => entry,
        other => panic!("expected patient_waiting, got {other:?}"),
    };

    // Ann waits, drops, comes back: the same arrival time (her place).
    let mut ann = connect(&server).await;
    send(&mut ann, &join_with_token(1, "a-9", "x", &patient)).await;
    assert!(matches!(recv(&mut ann).await, ServerMsg::Waiting { .. }));
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    let first = arrival(recv(&mut desk).await);
    ann.close(None).await.unwrap();
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::PatientLeftWaiting {
            admitted: false,
            ..
        }
    ));
    // Let the clock move on, so that a fresh arrival time would differ.
    tokio::time::sleep(Duration::from_millis(20)).await;
    let mut ann = connect(&server).await;
    send(&mut ann, &join_with_token(1, "a-9", "x", &patient)).await;
    assert!(matches!(recv(&mut ann).await, ServerMsg::Waiting { .. }));
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    let again = arrival(recv(&mut desk).await);
    assert_eq!(again.since_ms, first.since_ms, "back in the same place");
    assert_ne!(again.participant, first.participant);

    // Admitted, she drops and comes back with the same waiting token:
    // straight into the room, no second admission.
    send(
        &mut desk,
        &serde_json::json!({ "type": "admit", "request_id": 2, "participant": again.participant })
            .to_string(),
    )
    .await;
    loop {
        if let ServerMsg::Ack { .. } = recv(&mut desk).await {
            break;
        }
    }
    assert!(matches!(recv(&mut ann).await, ServerMsg::Joined { .. }));
    ann.close(None).await.unwrap();
    let mut ann = connect(&server).await;
    send(&mut ann, &join_with_token(1, "a-9", "x", &patient)).await;
    assert!(
        matches!(recv(&mut ann).await, ServerMsg::Joined { .. }),
        "no waiting after a drop within the grace"
    );

    // A second connection of the same person takes over from the first.
    let mut ann2 = connect(&server).await;
    send(&mut ann2, &join_with_token(1, "a-9", "x", &patient)).await;
    assert!(
        matches!(recv(&mut ann2).await, ServerMsg::Joined { participants, .. } if participants.is_empty())
    );
    loop {
        match recv(&mut ann).await {
            ServerMsg::Disconnected { reason } => {
                assert_eq!(reason, LeaveReason::OpenedElsewhere);
                break;
            }
            _ => continue,
        }
    }
}

/// Chat: in a room everyone (the writer too) gets each message with the
/// writer's name; while waiting, a patient writes to the clinic (the
/// watchers of their queues) and a watcher answers them. Limits and grants
/// give typed errors.
#[tokio::test]
async fn chat_in_the_room_and_between_the_waiting_room_and_the_clinic() {
    use anteroom_protocol::{Grant, JoinClaims, JoinRole};

    let (server, signer) = server_with_key();
    let token =
        |name: &str, room: &str, grants: &[Grant], waiting: Option<&str>, watch: Option<&str>| {
            let role = if waiting.is_some() {
                JoinRole::Patient
            } else {
                JoinRole::Practitioner
            };
            signer
                .sign(&JoinClaims {
                    watch: watch
                        .map(|q| vec![anteroom_protocol::Queue::parse(q).unwrap()])
                        .unwrap_or_default(),
                    ..claims(name, room, role, grants, waiting)
                })
                .unwrap()
        };
    let chat = |id: u64, text: &str| {
        serde_json::json!({ "type": "chat", "request_id": id, "text": text }).to_string()
    };
    let text_of = |m: &ServerMsg| match m {
        ServerMsg::Chat {
            display_name, text, ..
        } => (
            serde_json::to_value(display_name)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
            text.clone(),
        ),
        other => panic!("expected chat, got {other:?}"),
    };

    // In a room.
    let mut doc = connect(&server).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-1",
            "x",
            &token("Dr Who", "a-1", &[Grant::Chat], None, None),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    let mut pat = connect(&server).await;
    send(
        &mut pat,
        &join_with_token(
            1,
            "a-1",
            "x",
            &token("Pat", "a-1", &[Grant::Subscribe], None, None),
        ),
    )
    .await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Joined { .. }));
    assert!(matches!(
        recv(&mut doc).await,
        ServerMsg::ParticipantJoined { .. }
    ));
    send(&mut doc, &chat(2, "  Good morning, how are you?  ")).await;
    assert_eq!(
        recv(&mut doc).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }
    );
    assert_eq!(
        text_of(&recv(&mut doc).await),
        ("Dr Who".to_owned(), "Good morning, how are you?".to_owned())
    );
    assert_eq!(
        text_of(&recv(&mut pat).await),
        ("Dr Who".to_owned(), "Good morning, how are you?".to_owned())
    );
    send(&mut pat, &chat(2, "fine")).await;
    assert_eq!(
        expect_error(&mut pat).await,
        (Some(2), ErrorCode::NotAllowed),
        "no chat grant"
    );
    send(&mut doc, &chat(3, &"x".repeat(2001))).await;
    assert_eq!(
        expect_error(&mut doc).await,
        (Some(3), ErrorCode::ChatTooLong)
    );
    send(&mut doc, &chat(4, " \n ")).await;
    assert_eq!(
        expect_error(&mut doc).await,
        (Some(4), ErrorCode::MalformedMessage)
    );
    send(&mut doc, &chat(5, &"é".repeat(2000))).await;
    assert_eq!(
        recv(&mut doc).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(5)
        },
        "2000 characters fit, whatever their bytes"
    );
    assert!(
        matches!(recv(&mut doc).await, ServerMsg::Chat { text, .. } if text.chars().count() == 2000)
    );

    // While waiting, with the clinic.
    let mut desk = connect(&server).await;
    let watch =
        |t: &str| serde_json::json!({ "type": "watch", "request_id": 1, "token": t }).to_string();
    send(
        &mut desk,
        &watch(&token(
            "Reception",
            "w-1",
            &[Grant::Admit, Grant::Chat],
            None,
            Some("staff:who"),
        )),
    )
    .await;
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingList { .. }
    ));
    let mut other = connect(&server).await;
    send(
        &mut other,
        &watch(&token(
            "Elsewhere",
            "w-2",
            &[Grant::Admit, Grant::Chat],
            None,
            Some("staff:other"),
        )),
    )
    .await;
    assert!(matches!(
        recv(&mut other).await,
        ServerMsg::WaitingList { .. }
    ));
    let mut ann = connect(&server).await;
    send(
        &mut ann,
        &join_with_token(
            1,
            "a-2",
            "x",
            &token("Ann", "a-2", &[Grant::WaitingChat], Some("staff:who"), None),
        ),
    )
    .await;
    assert!(matches!(recv(&mut ann).await, ServerMsg::Waiting { .. }));
    assert!(matches!(
        recv(&mut ann).await,
        ServerMsg::WaitEstimate { ahead: 0, .. }
    ));
    let ann_id = match recv(&mut desk).await {
        ServerMsg::PatientWaiting { entry } => entry.participant,
        other => panic!("{other:?}"),
    };
    send(&mut ann, &chat(2, "I will be 5 minutes late")).await;
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }
    );
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingChat { participant, from_patient: true, text, .. } if participant == ann_id && text == "I will be 5 minutes late")
    );
    let reply = |id: u64, p: &anteroom_protocol::ParticipantId, text: &str| {
        serde_json::json!({ "type": "chat_to_waiting", "request_id": id, "participant": p, "text": text }).to_string()
    };
    send(&mut other, &reply(2, &ann_id, "hello")).await;
    assert_eq!(
        expect_error(&mut other).await,
        (Some(2), ErrorCode::NotWaiting),
        "not their queue"
    );
    send(&mut desk, &reply(2, &ann_id, "No problem, see you soon")).await;
    assert_eq!(
        recv(&mut desk).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }
    );
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingChat {
            from_patient: false,
            ..
        }
    ));
    let got = recv(&mut ann).await;
    assert!(
        matches!(&got, ServerMsg::Chat { from: None, .. }),
        "{got:?}"
    );
    assert_eq!(
        text_of(&got),
        (
            "Reception".to_owned(),
            "No problem, see you soon".to_owned()
        )
    );
    // A patient without the waiting chat grant (the organisation turned it
    // off) cannot write; a room member cannot write to the waiting room.
    let mut ben = connect(&server).await;
    send(
        &mut ben,
        &join_with_token(
            1,
            "a-3",
            "x",
            &token("Ben", "a-3", &[Grant::Chat], Some("staff:who"), None),
        ),
    )
    .await;
    assert!(matches!(recv(&mut ben).await, ServerMsg::Waiting { .. }));
    assert!(matches!(
        recv(&mut ben).await,
        ServerMsg::WaitEstimate { ahead: 1, .. }
    ));
    send(&mut ben, &chat(2, "hello?")).await;
    assert_eq!(
        expect_error(&mut ben).await,
        (Some(2), ErrorCode::NotAllowed)
    );
    send(&mut doc, &reply(9, &ann_id, "hi")).await;
    assert_eq!(
        expect_error(&mut doc).await,
        (Some(9), ErrorCode::NotAllowed)
    );
    // Nothing of this reached the other watcher.
    assert_eq!(
        hub_drain(&mut other, 77).await,
        [],
        "the other queue saw nothing"
    );
}

/// Strict client segregation reaches the live waiting list (defect 1 of
/// the security review): a practitioner whose watch token says "own
/// clients only" does not see, read, write to or admit a colleague's
/// patient who waits in their shared department's queue, while the
/// colleague does, and a department-only patient is seen by both.
#[tokio::test]
async fn strict_client_segregation_holds_in_the_waiting_list() {
    use anteroom_protocol::{Grant, JoinClaims, JoinRole, Marker, RequestId, WaitingClaims};

    let (server, signer) = server_with_key();
    let watcher = |name: &str, queues: &[&str], own_clients_only: bool| {
        let watch = queues
            .iter()
            .map(|q| anteroom_protocol::Queue::parse(q).unwrap())
            .collect();
        let base = claims(
            name,
            &format!("w-{name}"),
            JoinRole::Practitioner,
            &[Grant::Admit, Grant::Chat],
            None,
        );
        signer
            .sign(&JoinClaims {
                watch,
                own_clients_only,
                ..base
            })
            .unwrap()
    };
    let patient = |name: &str, room: &str, queues: &[&str]| {
        let waiting = WaitingClaims {
            queues: queues
                .iter()
                .map(|q| anteroom_protocol::Queue::parse(q).unwrap())
                .collect(),
            marker: Marker::OnTime,
            starts_at: None,
            duration_minutes: None,
        };
        let base = claims(
            name,
            room,
            JoinRole::Patient,
            &[Grant::WaitingChat, Grant::Publish, Grant::Subscribe],
            None,
        );
        signer
            .sign(&JoinClaims {
                waiting: Some(waiting),
                ..base
            })
            .unwrap()
    };
    let watch =
        |t: &str| serde_json::json!({ "type": "watch", "request_id": 1, "token": t }).to_string();
    let names = |m: &ServerMsg| match m {
        ServerMsg::WaitingList { entries, .. } => entries
            .iter()
            .map(|e| e.display_name.as_str().to_owned())
            .collect::<Vec<_>>(),
        other => panic!("expected the waiting list, got {other:?}"),
    };

    // Ann already waits for p1 (department d); Dee waits for the
    // department, without a practitioner.
    let mut ann = connect(&server).await;
    send(
        &mut ann,
        &join_with_token(
            1,
            "a-ann",
            "x",
            &patient("Ann", "a-ann", &["org:o", "staff:p1", "department:d"]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut ann).await, ServerMsg::Waiting { .. }));
    let mut dee = connect(&server).await;
    send(
        &mut dee,
        &join_with_token(
            1,
            "a-dee",
            "x",
            &patient("Dee", "a-dee", &["org:o", "department:d"]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut dee).await, ServerMsg::Waiting { .. }));

    let mut p1 = connect(&server).await;
    send(
        &mut p1,
        &watch(&watcher("P1", &["staff:p1", "department:d"], true)),
    )
    .await;
    let list = recv(&mut p1).await;
    assert_eq!(names(&list), ["Ann", "Dee"]);
    let ann_id = match &list {
        ServerMsg::WaitingList { entries, .. } => entries[0].participant.clone(),
        _ => unreachable!(),
    };
    let mut p2 = connect(&server).await;
    send(
        &mut p2,
        &watch(&watcher("P2", &["staff:p2", "department:d"], true)),
    )
    .await;
    assert_eq!(
        names(&recv(&mut p2).await),
        ["Dee"],
        "a colleague's patient is not in the list"
    );
    // Eve arrives for p1 while both watch: P1 is told, P2 is not.
    let mut eve = connect(&server).await;
    send(
        &mut eve,
        &join_with_token(
            1,
            "a-eve",
            "x",
            &patient("Eve", "a-eve", &["org:o", "staff:p1", "department:d"]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut eve).await, ServerMsg::Waiting { .. }));
    assert!(
        matches!(recv(&mut p1).await, ServerMsg::PatientWaiting { entry } if entry.display_name.as_str() == "Eve")
    );

    // Ann writes; P1 reads it, P2 does not.
    send(
        &mut ann,
        &serde_json::json!({ "type": "chat", "request_id": 2, "text": "My camera does not work" })
            .to_string(),
    )
    .await;
    loop {
        match recv(&mut ann).await {
            ServerMsg::Ack {
                request_id: RequestId(2),
            } => break,
            ServerMsg::WaitEstimate { .. } => {}
            other => panic!("{other:?}"),
        }
    }
    assert!(
        matches!(recv(&mut p1).await, ServerMsg::WaitingChat { participant, from_patient: true, .. } if participant == ann_id)
    );
    // P2 may not write to Ann, nor admit her: to P2 she is not waiting.
    let reply = serde_json::json!({ "type": "chat_to_waiting", "request_id": 3, "participant": ann_id, "text": "hello" }).to_string();
    send(&mut p2, &reply).await;
    assert_eq!(
        expect_error(&mut p2).await,
        (Some(3), ErrorCode::NotWaiting)
    );
    let admit =
        serde_json::json!({ "type": "admit", "request_id": 4, "participant": ann_id }).to_string();
    send(&mut p2, &admit).await;
    assert_eq!(
        expect_error(&mut p2).await,
        (Some(4), ErrorCode::NotWaiting)
    );
    // Nothing of Ann reached P2: no arrival, no message.
    assert_eq!(hub_drain(&mut p2, 77).await, [], "P2 saw nothing of Ann");

    // Without the restriction (no strict segregation) a colleague does
    // see her, as before.
    let mut colleague = connect(&server).await;
    send(
        &mut colleague,
        &watch(&watcher("P3", &["staff:p3", "department:d"], false)),
    )
    .await;
    assert_eq!(names(&recv(&mut colleague).await), ["Ann", "Dee", "Eve"]);

    // P1 admits Ann: she is let in, and P2 hears nothing of it.
    let admit =
        serde_json::json!({ "type": "admit", "request_id": 5, "participant": ann_id }).to_string();
    send(&mut p1, &admit).await;
    assert_eq!(
        recv(&mut p1).await,
        ServerMsg::Ack {
            request_id: RequestId(5)
        }
    );
    loop {
        match recv(&mut ann).await {
            ServerMsg::Joined { .. } => break,
            ServerMsg::WaitEstimate { .. } | ServerMsg::Chat { .. } => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        hub_drain(&mut p2, 78).await,
        [],
        "P2 saw nothing of Ann's admission"
    );
}

/// External participants come in only while the patient is there; ending
/// the consultation lets everyone go, those still waiting for it too, and
/// nobody walks back in by the reconnect grace.
#[tokio::test]
async fn external_participants_follow_the_patient_and_ending_closes_the_consultation() {
    use anteroom_protocol::{Grant, JoinClaims, JoinRole, LeaveReason};

    let (server, signer) = server_with_key();
    let token = |name: &str, role: JoinRole, grants: &[Grant]| {
        let queue = (role != JoinRole::Practitioner).then_some("staff:d");
        signer
            .sign(&claims(name, "a-7", role, grants, queue))
            .unwrap()
    };
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit];
    let waiting_id = |msg: ServerMsg| match msg {
        ServerMsg::Waiting { .. } => (),
        other => panic!("expected waiting, got {other:?}"),
    };
    let admit = |id: u64, p: &anteroom_protocol::ParticipantId| {
        serde_json::json!({ "type": "admit", "request_id": id, "participant": p }).to_string()
    };

    let mut doc = connect(&server).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-7",
            "x",
            &token("Dr Who", JoinRole::Practitioner, &staff),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    let mut desk = connect(&server).await;
    let watch = signer
        .sign(&JoinClaims {
            watch: vec![anteroom_protocol::Queue::staff("d")],
            ..claims("Desk", "w-1", JoinRole::Practitioner, &[Grant::Admit], None)
        })
        .unwrap();
    send(
        &mut desk,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": watch }).to_string(),
    )
    .await;
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingList { .. }
    ));
    let next_arrival = |msg: ServerMsg| match msg {
        ServerMsg::PatientWaiting { entry } => entry.participant,
        other => panic!("expected patient_waiting, got {other:?}"),
    };

    // The interpreter arrives first: they cannot be let in before the patient.
    let mut ivo = connect(&server).await;
    send(
        &mut ivo,
        &join_with_token(
            1,
            "a-7",
            "x",
            &token("Ivo", JoinRole::Participant, &[Grant::Publish]),
        ),
    )
    .await;
    waiting_id(recv(&mut ivo).await);
    let ivo_id = next_arrival(recv(&mut desk).await);
    assert_eq!(
        next_arrival(recv(&mut doc).await),
        ivo_id,
        "the practitioner in the room sees who waits for it"
    );
    send(&mut doc, &admit(2, &ivo_id)).await;
    assert_eq!(
        expect_error(&mut doc).await,
        (Some(2), ErrorCode::PatientNotPresent)
    );
    let mut pat = connect(&server).await;
    let patient = token("Pat", JoinRole::Patient, &[Grant::Publish]);
    send(&mut pat, &join_with_token(1, "a-7", "x", &patient)).await;
    waiting_id(recv(&mut pat).await);
    // The interpreter takes no place in the line (and gets no estimate:
    // their next message is `joined`, below).
    assert!(matches!(
        recv(&mut pat).await,
        ServerMsg::WaitEstimate { ahead: 0, .. }
    ));
    let pat_id = next_arrival(recv(&mut desk).await);
    assert_eq!(next_arrival(recv(&mut doc).await), pat_id);
    send(&mut doc, &admit(3, &pat_id)).await;
    assert_eq!(
        recv(&mut doc).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(3)
        }
    );
    assert!(
        matches!(recv(&mut doc).await, ServerMsg::PatientLeftWaiting { participant, admitted: true } if participant == pat_id)
    );
    assert!(matches!(recv(&mut pat).await, ServerMsg::Joined { .. }));
    send(&mut doc, &admit(4, &ivo_id)).await;
    loop {
        match recv(&mut doc).await {
            ServerMsg::Ack { request_id } => {
                assert_eq!(request_id.0, 4);
                break;
            }
            ServerMsg::ParticipantJoined { .. } | ServerMsg::PatientLeftWaiting { .. } => continue,
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(recv(&mut ivo).await, ServerMsg::Joined { .. }));

    // Someone else waits for the same room; the patient may not end it.
    let mut late = connect(&server).await;
    send(
        &mut late,
        &join_with_token(1, "a-7", "x", &token("Late", JoinRole::Participant, &[])),
    )
    .await;
    waiting_id(recv(&mut late).await);
    send(&mut pat, r#"{"type":"end","request_id":9}"#).await;
    loop {
        match recv(&mut pat).await {
            ServerMsg::Error {
                request_id, code, ..
            } => {
                assert_eq!(
                    (request_id.map(|r| r.0), code),
                    (Some(9), ErrorCode::NotAllowed)
                );
                break;
            }
            _ => continue,
        }
    }

    // The practitioner ends it: everyone is let go with the reason.
    send(&mut doc, r#"{"type":"end","request_id":5}"#).await;
    for ws in [&mut doc, &mut pat, &mut ivo, &mut late] {
        loop {
            match recv(ws).await {
                ServerMsg::Disconnected { reason } => {
                    assert_eq!(reason, LeaveReason::Ended);
                    break;
                }
                _ => continue,
            }
        }
    }
    // Back with the same token within the grace: waiting again, not in.
    let mut pat = connect(&server).await;
    send(&mut pat, &join_with_token(1, "a-7", "x", &patient)).await;
    waiting_id(recv(&mut pat).await);
}

/// Force start: a practitioner with the grant starts without the patient;
/// whoever waits for the room comes straight in, now and on arrival, and
/// the patient's arrival lets a waiting interpreter in after them.
#[tokio::test]
async fn force_start_lets_people_straight_in() {
    use anteroom_protocol::{Grant, JoinRole};

    let (server, signer) = server_with_key();
    let token = |name: &str, role: JoinRole, grants: &[Grant]| {
        let queue = (role != JoinRole::Practitioner).then_some("staff:d");
        signer
            .sign(&claims(name, "a-8", role, grants, queue))
            .unwrap()
    };
    let auto = |id: u64, on: bool| {
        serde_json::json!({ "type": "set_auto_admit", "request_id": id, "on": on }).to_string()
    };

    // Without the grant (the organisation does not allow it): refused.
    let mut doc = connect(&server).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-8",
            "x",
            &token("Dr Who", JoinRole::Practitioner, &[Grant::Admit]),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    send(&mut doc, &auto(2, true)).await;
    assert_eq!(
        expect_error(&mut doc).await,
        (Some(2), ErrorCode::NotAllowed)
    );
    doc.close(None).await.unwrap();

    // The interpreter waits; the practitioner force-starts; the interpreter
    // still waits (no patient yet); the patient arrives and comes straight
    // in, and the interpreter after them.
    let mut ivo = connect(&server).await;
    send(
        &mut ivo,
        &join_with_token(1, "a-8", "x", &token("Ivo", JoinRole::Participant, &[])),
    )
    .await;
    assert!(matches!(recv(&mut ivo).await, ServerMsg::Waiting { .. }));
    let mut doc = connect(&server).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-8",
            "x",
            &token(
                "Dr No",
                JoinRole::Practitioner,
                &[Grant::Admit, Grant::ForceStart],
            ),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    assert!(
        matches!(recv(&mut doc).await, ServerMsg::PatientWaiting { .. }),
        "the interpreter waits for the room"
    );
    send(&mut doc, &auto(2, true)).await;
    assert_eq!(
        recv(&mut doc).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(2)
        }
    );
    let mut pat = connect(&server).await;
    send(
        &mut pat,
        &join_with_token(4, "a-8", "x", &token("Pat", JoinRole::Patient, &[])),
    )
    .await;
    assert!(
        matches!(recv(&mut pat).await, ServerMsg::Joined { request_id, .. } if request_id.0 == 4),
        "straight in, no waiting"
    );
    assert!(
        matches!(recv(&mut ivo).await, ServerMsg::Joined { .. }),
        "the interpreter follows the patient in"
    );
    // (The first practitioner's departure may reach the room late: the
    // close of their socket races with the second one's join.)
    let mut names = Vec::new();
    while names.len() < 2 {
        match recv(&mut doc).await {
            ServerMsg::ParticipantJoined { participant } => names.push(
                serde_json::to_value(&participant.display_name)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
            ),
            ServerMsg::ParticipantLeft { .. } | ServerMsg::PatientLeftWaiting { .. } => continue,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(names, ["Pat", "Ivo"]);

    // Turned off, arrivals wait again.
    send(&mut doc, &auto(3, false)).await;
    loop {
        match recv(&mut doc).await {
            ServerMsg::Ack { request_id } => {
                assert_eq!(request_id.0, 3);
                break;
            }
            ServerMsg::ParticipantLeft { .. } => continue,
            other => panic!("{other:?}"),
        }
    }
    let mut late = connect(&server).await;
    send(
        &mut late,
        &join_with_token(1, "a-8", "x", &token("Late", JoinRole::Participant, &[])),
    )
    .await;
    assert!(matches!(recv(&mut late).await, ServerMsg::Waiting { .. }));
}

/// The files key a `joined` carries, and the files shared so far that
/// follow it.
async fn joined_with_files(
    ws: &mut Ws,
    marker: u64,
) -> (Option<String>, Vec<anteroom_protocol::SharedFile>) {
    let ServerMsg::Joined { files_key, .. } = recv(ws).await else {
        panic!("joined")
    };
    let files = hub_drain(ws, marker)
        .await
        .into_iter()
        .filter_map(|m| match m {
            ServerMsg::FileShared { file } => Some(file),
            _ => None,
        })
        .collect();
    (files_key, files)
}

/// The error code of a `/files` response, with its HTTP status.
#[track_caller]
fn file_error(response: (u16, String, Vec<u8>)) -> (u16, ErrorCode) {
    let (status, _, body) = response;
    match serde_json::from_slice::<anteroom_protocol::FileError>(&body) {
        Ok(error) => (status, error.code),
        Err(_) => panic!("a typed error, got {status}"),
    }
}

/// File sharing: people in the room with the `files` grant upload and
/// download with the key their `joined` gave them; everybody in the room
/// (and whoever comes later) is told; hostile names, oversized files,
/// strangers and full rooms get typed errors; when the consultation ends
/// the files are gone and the keys stop working.
#[tokio::test]
async fn files_are_shared_in_the_consultation_and_gone_when_it_ends() {
    use anteroom_protocol::{Grant, JoinRole, MAX_FILE_BYTES};

    let (server, signer) = server_with_key_and(&["--room-files-mib=25"]);
    let with_files = [Grant::Publish, Grant::Subscribe, Grant::Chat, Grant::Files];
    let token = |name: &str, role, grants: &[Grant]| {
        signer
            .sign(&claims(name, "a-9", role, grants, None))
            .unwrap()
    };
    let mut doc = connect(&server).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-9",
            "Dr No",
            &token(
                "Dr No",
                JoinRole::Practitioner,
                &[&with_files[..], &[Grant::Admit]].concat(),
            ),
        ),
    )
    .await;
    let (doc_key, files) = joined_with_files(&mut doc, 90).await;
    let doc_key = doc_key.expect("a files key with the files grant");
    assert!(files.is_empty());
    let mut pat = connect(&server).await;
    send(
        &mut pat,
        &join_with_token(
            1,
            "a-9",
            "Pat",
            &token("Pat", JoinRole::Patient, &with_files),
        ),
    )
    .await;
    let (pat_key, _) = joined_with_files(&mut pat, 90).await;
    let pat_key = pat_key.unwrap();
    hub_drain(&mut doc, 91).await;

    let upload = |key: &str, name: &str, body: &[u8]| {
        let auth = format!("Bearer {key}");
        server.request_bytes(
            "POST",
            &format!("/files?name={name}"),
            &[
                ("Authorization", &auth),
                ("Content-Type", "application/pdf"),
            ],
            body,
        )
    };
    let download = |key: &str, id: &str| {
        server.request_bytes(
            "GET",
            &format!("/files/{id}"),
            &[("Authorization", &format!("Bearer {key}"))],
            b"",
        )
    };

    // Refused, each with its code: no key, a made-up key, hostile names,
    // no name, a declared size over the limit.
    let pdf: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    assert_eq!(
        file_error(server.request_bytes("POST", "/files?name=a.pdf", &[], &pdf)),
        (401, ErrorCode::NotAllowed)
    );
    assert_eq!(
        file_error(upload("fk0123456789abcdef0123456789abcdef", "a.pdf", &pdf)),
        (410, ErrorCode::SessionEnded)
    );
    for hostile in [
        "..%2F..%2Fetc%2Fpasswd",
        "..",
        "invoice%E2%80%AEfdp.exe",
        "a%0D%0AX-Evil%3A%201",
        "C%3A%5Cboot.ini",
        "%20",
        &"x".repeat(256),
    ] {
        assert_eq!(
            file_error(upload(&pat_key, hostile, &pdf)),
            (400, ErrorCode::InvalidFileName),
            "{hostile}"
        );
    }
    assert_eq!(
        file_error(server.request_bytes(
            "POST",
            "/files",
            &[("Authorization", &format!("Bearer {pat_key}"))],
            &pdf
        )),
        (400, ErrorCode::InvalidFileName)
    );
    let too_big = (MAX_FILE_BYTES + 1).to_string();
    assert_eq!(
        file_error(server.request_bytes(
            "POST",
            "/files?name=scan.tiff",
            &[
                ("Authorization", &format!("Bearer {pat_key}")),
                ("Content-Length", &too_big)
            ],
            b""
        )),
        (413, ErrorCode::FileTooLarge)
    );

    // The patient shares a PDF: both are told, with the sender's name.
    let (status, _, body) = upload(&pat_key, "Blood%20test%20%C3%9Cbersicht.pdf", &pdf);
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let shared: anteroom_protocol::SharedFile = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        (
            shared.name.as_str(),
            shared.size,
            shared.content_type.as_str()
        ),
        ("Blood test Übersicht.pdf", 300_000, "application/pdf")
    );
    assert_eq!(serde_json::to_value(&shared.display_name).unwrap(), "Pat");
    for ws in [&mut doc, &mut pat] {
        let told: Vec<_> = hub_drain(ws, 92)
            .await
            .into_iter()
            .filter(|m| matches!(m, ServerMsg::FileShared { file } if *file == shared))
            .collect();
        assert_eq!(told.len(), 1);
    }

    // The practitioner downloads it: the same bytes, as an attachment that
    // no browser will render.
    let (status, head, bytes) = download(&doc_key, shared.id.as_str());
    assert_eq!(status, 200);
    assert!(bytes == pdf, "the downloaded file differs");
    let head = head.to_ascii_lowercase();
    assert!(
        head.contains("content-type: application/octet-stream"),
        "{head}"
    );
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    assert!(head.contains("content-disposition: attachment; filename=\"blood test _bersicht.pdf\"; filename*=utf-8''blood%20test%20%c3%9cbersicht.pdf"), "{head}");
    assert_eq!(
        file_error(download(&doc_key, "f0000")),
        (404, ErrorCode::UnknownFile)
    );

    // A file of exactly the limit is accepted; the room's 25 MiB are then
    // used up.
    let (status, _, body) = upload(&doc_key, "scan.tiff", &vec![7u8; MAX_FILE_BYTES]);
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    // (Refused on the declared length, before the body is read: the test
    // sends none.)
    let more = [
        ("Authorization", format!("Bearer {doc_key}")),
        ("Content-Length", "6000000".into()),
    ];
    let more: Vec<(&str, &str)> = more.iter().map(|(n, v)| (*n, v.as_str())).collect();
    assert_eq!(
        file_error(server.request_bytes("POST", "/files?name=more.pdf", &more, b"")),
        (507, ErrorCode::FileStorageFull)
    );

    // Someone without the files grant has no key; a latecomer with it is
    // told of both files.
    let mut viewer = connect(&server).await;
    send(
        &mut viewer,
        &join_with_token(
            1,
            "a-9",
            "Viewer",
            &token("Viewer", JoinRole::Participant, &[Grant::Subscribe]),
        ),
    )
    .await;
    assert_eq!(joined_with_files(&mut viewer, 93).await.0, None);
    let mut ivo = connect(&server).await;
    send(
        &mut ivo,
        &join_with_token(
            1,
            "a-9",
            "Ivo",
            &token("Ivo", JoinRole::Participant, &with_files),
        ),
    )
    .await;
    let (ivo_key, files) = joined_with_files(&mut ivo, 93).await;
    assert_eq!(files.len(), 2);
    assert_eq!(files[0], shared);

    // Someone who leaves loses access at once.
    send(&mut ivo, r#"{"type":"leave","request_id":94}"#).await;
    hub_drain(&mut ivo, 95).await;
    assert_eq!(
        file_error(download(&ivo_key.unwrap(), shared.id.as_str())),
        (410, ErrorCode::SessionEnded)
    );

    // The practitioner ends the consultation: the file is gone for all.
    hub_drain(&mut doc, 95).await;
    send(&mut doc, r#"{"type":"end","request_id":96}"#).await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Ack { .. }));
    loop {
        if let ServerMsg::Disconnected { .. } = recv(&mut pat).await {
            break;
        }
    }
    assert_eq!(
        file_error(download(&pat_key, shared.id.as_str())),
        (410, ErrorCode::SessionEnded)
    );
    assert_eq!(
        file_error(download(&doc_key, shared.id.as_str())),
        (410, ErrorCode::SessionEnded)
    );
    assert_eq!(
        file_error(upload(&doc_key, "late.pdf", &pdf)),
        (410, ErrorCode::SessionEnded)
    );
}

/// Captions: `set_captions` needs a room and a server with a captions
/// model; a model that cannot be loaded leaves calls running without them.
#[tokio::test]
async fn captions_need_a_room_and_a_model_and_a_bad_model_leaves_calls_running() {
    let set = |id: u64, on: bool| {
        serde_json::json!({ "type": "set_captions", "request_id": id, "on": on }).to_string()
    };
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/models");
    let model = models.join("ggml-tiny.en.bin");
    let server = Server::start(&["--open-rooms", "--captions-model", model.to_str().unwrap()]);
    let mut ann = connect(&server).await;
    send(&mut ann, &set(1, true)).await;
    assert_eq!(
        expect_error(&mut ann).await,
        (Some(1), ErrorCode::NotJoined)
    );
    send(&mut ann, &join(2, "consult", "Ann")).await;
    let ServerMsg::Joined {
        participant: ann_id,
        spoken_language,
        ..
    } = recv(&mut ann).await
    else {
        panic!("joined")
    };
    assert_eq!(
        spoken_language.as_ref().map(LanguageCode::as_str),
        Some("en"),
        "no organisation here: the service's language"
    );
    send(&mut ann, &set(3, true)).await;
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(3)
        }
    );
    // tiny.en hears English only: that is all Ann may say anyone speaks.
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::CaptionsLanguages {
            spoken: vec![LanguageCode::english()],
            // An English-only model and no translation service: captions
            // can be read only as spoken.
            read: vec![]
        }
    );
    let speaks = |id: u64, language: &str| {
        serde_json::json!({ "type": "set_spoken_language", "request_id": id, "participant": ann_id, "language": language }).to_string()
    };
    send(&mut ann, &speaks(5, "nl")).await;
    assert_eq!(
        expect_error(&mut ann).await,
        (Some(5), ErrorCode::SpokenLanguageUnavailable)
    );
    send(&mut ann, &speaks(6, "en")).await;
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(6)
        }
    );
    send(&mut ann, &set(4, false)).await;
    assert_eq!(
        recv(&mut ann).await,
        ServerMsg::Ack {
            request_id: anteroom_protocol::RequestId(4)
        }
    );
    drop(server);

    // Not a model: the server starts, calls work, captions say so.
    let bogus = common::scratch_file("not-a-model.bin");
    std::fs::write(&bogus, b"not a model").unwrap();
    let vad = models.join("ggml-silero-vad-v6.2.0.bin");
    let server = Server::start(&[
        "--open-rooms",
        "--captions-model",
        bogus.to_str().unwrap(),
        "--captions-vad-model",
        vad.to_str().unwrap(),
    ]);
    let mut bob = connect(&server).await;
    send(&mut bob, &join(1, "consult", "Bob")).await;
    assert!(matches!(recv(&mut bob).await, ServerMsg::Joined { .. }));
    send(&mut bob, &set(2, true)).await;
    assert_eq!(
        expect_error(&mut bob).await,
        (Some(2), ErrorCode::CaptionsUnavailable)
    );
    // Without any model, the same.
    let server = Server::start(&["--open-rooms"]);
    let mut cy = connect(&server).await;
    send(&mut cy, &join(1, "consult", "Cy")).await;
    assert!(matches!(recv(&mut cy).await, ServerMsg::Joined { .. }));
    send(&mut cy, &set(2, true)).await;
    assert_eq!(
        expect_error(&mut cy).await,
        (Some(2), ErrorCode::CaptionsUnavailable)
    );
}

/// The pre-call media test: a receive-only offer before joining gets the
/// SFU's answer (and its candidates); once per connection; not once in a
/// room; a bad offer gets a typed error.
#[tokio::test]
async fn a_probe_before_joining_is_answered_once() {
    use str0m::media::{Direction, MediaKind};

    let offer = || {
        let mut rtc = str0m::Rtc::builder().build(std::time::Instant::now());
        let mut api = rtc.sdp_api();
        api.add_media(MediaKind::Audio, Direction::RecvOnly, None, None, None);
        let (offer, _pending) = api.apply().unwrap();
        offer.to_sdp_string()
    };
    let probe = |id: u64, sdp: &str| {
        serde_json::json!({ "type": "probe", "request_id": id, "sdp": sdp }).to_string()
    };
    let server = Server::start(&["--open-rooms"]);

    let mut ann = connect(&server).await;
    send(&mut ann, &probe(1, &offer())).await;
    let mut answered = false;
    let mut candidates = Vec::new();
    // The media test tries the real paths: UDP, and TCP beside it.
    while !(answered && candidates.len() == 2) {
        match recv(&mut ann).await {
            ServerMsg::Answer { request_id, sdp } => {
                assert_eq!(request_id.0, 1);
                assert!(sdp.contains("a=setup:") && sdp.contains("m=audio"), "{sdp}");
                answered = true;
            }
            ServerMsg::Candidate { candidate } => candidates.push(candidate),
            other => panic!("expected the answer and candidates, got {other:?}"),
        }
    }
    assert!(candidates[0].contains(" udp "), "{candidates:?}");
    assert!(
        candidates[1].contains(" tcp ") && candidates[1].contains("tcptype passive"),
        "{candidates:?}"
    );
    send(&mut ann, &probe(2, &offer())).await;
    assert_eq!(
        expect_error(&mut ann).await,
        (Some(2), ErrorCode::NotAllowed),
        "once per connection"
    );
    // Joining ends the test; a probe in a room is refused.
    send(&mut ann, &join(3, "consult", "Ann")).await;
    loop {
        match recv(&mut ann).await {
            ServerMsg::Joined { .. } => break,
            ServerMsg::Candidate { .. } => continue,
            other => panic!("{other:?}"),
        }
    }
    send(&mut ann, &probe(4, &offer())).await;
    assert_eq!(
        expect_error(&mut ann).await,
        (Some(4), ErrorCode::AlreadyJoined)
    );

    // A bad offer.
    let mut bob = connect(&server).await;
    send(&mut bob, &probe(1, "v=0\r\nnot sdp")).await;
    assert_eq!(
        expect_error(&mut bob).await,
        (Some(1), ErrorCode::InvalidSdp)
    );
}
