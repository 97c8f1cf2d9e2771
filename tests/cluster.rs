//! Several `anteroom signalling` nodes sharing presence through a real
//! Redis: a patient waiting on one node is seen, written to and admitted by
//! staff on another, and ends up in the room with the practitioner; a node
//! that starts later sees who already waits; departures and the end of a
//! consultation reach every node.
#![allow(clippy::unwrap_used)]

mod common;

use anteroom_control_plane::join::JoinSigner;
use anteroom_protocol::{DisplayName, Grant, JoinClaims, JoinRole, Queue, ServerMsg};
use common::ws::{Ws, claims, connect, connect_url, join_with_token, recv, send};
use common::{Redis, Server};

fn node(redis: &Redis, key: &str, ports: &str) -> Server {
    Server::spawn(&[
        "signalling",
        "--http",
        "127.0.0.1:0",
        "--redis-url",
        &redis.url,
        "--join-public-key",
        key,
        "--media-ports",
        ports,
        "--sfu-workers",
        "1",
    ])
}

/// The next message that is not one of those `skip` accepts.
async fn next(ws: &mut Ws, skip: impl Fn(&ServerMsg) -> bool) -> ServerMsg {
    loop {
        let msg = recv(ws).await;
        if !skip(&msg) {
            return msg;
        }
    }
}

fn name(n: &DisplayName) -> String {
    serde_json::to_value(n)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn patients_waiting_on_one_node_are_admitted_from_another() {
    let redis = Redis::start();
    let signer = JoinSigner::generate().unwrap();
    let key = hex::encode(signer.public_key());
    let a = node(&redis, &key, "42000-42049");
    let b = node(&redis, &key, "42050-42099");
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    let patient = [
        Grant::Publish,
        Grant::Subscribe,
        Grant::Chat,
        Grant::WaitingChat,
    ];
    let sign = |c: &JoinClaims| signer.sign(c).unwrap();

    // The desk watches the doctor's queue on node B.
    let mut desk = connect(&b).await;
    let watch = JoinClaims {
        watch: vec![Queue::staff("doc")],
        ..claims("Desk", "w-1", JoinRole::Practitioner, &staff, None)
    };
    send(
        &mut desk,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingList { entries, .. } if entries.is_empty())
    );

    // A patient arrives on node A: the desk on B sees them.
    let pat_token = sign(&claims(
        "Pat",
        "a-1",
        JoinRole::Patient,
        &patient,
        Some("staff:doc"),
    ));
    let mut pat = connect(&a).await;
    send(&mut pat, &join_with_token(7, "a-1", "x", &pat_token)).await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Waiting { .. }));
    assert_eq!(
        recv(&mut pat).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    let pat_id = match recv(&mut desk).await {
        ServerMsg::PatientWaiting { entry } => {
            assert_eq!(name(&entry.display_name), "Pat");
            entry.participant
        }
        other => panic!("expected patient_waiting, got {other:?}"),
    };

    // They write to each other across the nodes.
    send(
        &mut pat,
        r#"{"type":"chat","request_id":8,"text":"I am here."}"#,
    )
    .await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Ack { .. }));
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingChat { from_patient: true, text, .. } if text == "I am here.")
    );
    let reply = serde_json::json!({ "type": "chat_to_waiting", "request_id": 2, "participant": pat_id, "text": "Welcome." });
    send(&mut desk, &reply.to_string()).await;
    assert!(matches!(recv(&mut desk).await, ServerMsg::Ack { .. }));
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingChat { from_patient: false, text, .. } if text == "Welcome."),
        "the thread, as every watcher sees it"
    );
    assert!(
        matches!(recv(&mut pat).await, ServerMsg::Chat { from: None, text, .. } if text == "Welcome.")
    );

    // A node started now learns who already waits.
    let c = node(&redis, &key, "42100-42149");
    let mut desk_c = connect(&c).await;
    send(
        &mut desk_c,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    match recv(&mut desk_c).await {
        ServerMsg::WaitingList { entries, .. } => {
            assert!(matches!(&entries[..], [e] if e.participant == pat_id))
        }
        other => panic!("expected waiting_list, got {other:?}"),
    }

    // The doctor opens the consultation on node B and sees Pat waiting for
    // it; an interpreter waits for it on node A too.
    let mut doc = connect(&b).await;
    send(
        &mut doc,
        &join_with_token(
            1,
            "a-1",
            "x",
            &sign(&claims("Doc", "a-1", JoinRole::Practitioner, &staff, None)),
        ),
    )
    .await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    assert!(
        matches!(recv(&mut doc).await, ServerMsg::PatientWaiting { entry } if entry.participant == pat_id)
    );
    let mut ivo = connect(&a).await;
    send(
        &mut ivo,
        &join_with_token(
            1,
            "a-1",
            "x",
            &sign(&claims(
                "Ivo",
                "a-1",
                JoinRole::Participant,
                &patient,
                Some("staff:doc"),
            )),
        ),
    )
    .await;
    assert!(matches!(recv(&mut ivo).await, ServerMsg::Waiting { .. }));
    assert!(
        matches!(recv(&mut doc).await, ServerMsg::PatientWaiting { entry } if name(&entry.display_name) == "Ivo")
    );

    // The desk (on B) admits Pat (on A): A sends Pat to B, where the room
    // is, and B lets them straight in.
    send(
        &mut desk,
        &serde_json::json!({ "type": "admit", "request_id": 3, "participant": pat_id }).to_string(),
    )
    .await;
    assert!(matches!(
        next(&mut desk, |m| matches!(m, ServerMsg::PatientWaiting { .. })).await,
        ServerMsg::Ack { .. }
    ));
    let url = match recv(&mut pat).await {
        ServerMsg::Moved { request_id, url } => {
            assert_eq!(request_id.0, 7, "answers the waiting join");
            url
        }
        other => panic!("expected moved, got {other:?}"),
    };
    assert_eq!(url, b.ws_url());
    let mut pat = connect_url(&url).await;
    send(&mut pat, &join_with_token(9, "a-1", "x", &pat_token)).await;
    // (If the patient is faster than A's word to B, they wait on B until
    // it arrives: a `waiting` and its estimate, then the `joined`.)
    match next(&mut pat, |m| {
        matches!(
            m,
            ServerMsg::Waiting { .. } | ServerMsg::WaitEstimate { .. }
        )
    })
    .await
    {
        ServerMsg::Joined {
            request_id,
            participants,
            ..
        } => {
            assert_eq!(request_id.0, 9);
            assert_eq!(
                participants
                    .iter()
                    .map(|p| name(&p.display_name))
                    .collect::<Vec<_>>(),
                ["Doc"]
            );
        }
        other => panic!("expected joined, got {other:?}"),
    }
    let waiting_msgs = |m: &ServerMsg| {
        matches!(
            m,
            ServerMsg::PatientLeftWaiting { .. } | ServerMsg::PatientWaiting { .. }
        )
    };
    assert!(
        matches!(next(&mut doc, waiting_msgs).await, ServerMsg::ParticipantJoined { participant } if name(&participant.display_name) == "Pat")
    );
    assert!(matches!(
        next(&mut desk, |m| matches!(m, ServerMsg::PatientWaiting { .. })).await,
        ServerMsg::PatientLeftWaiting { admitted: true, .. }
    ));

    // Staff joining the room on node A are sent to B as well.
    let mut nurse = connect(&a).await;
    send(
        &mut nurse,
        &join_with_token(
            1,
            "a-1",
            "x",
            &sign(&claims(
                "Nurse",
                "a-1",
                JoinRole::Practitioner,
                &staff,
                None,
            )),
        ),
    )
    .await;
    assert!(matches!(recv(&mut nurse).await, ServerMsg::Moved { url, .. } if url == b.ws_url()));

    // Someone who gives up waiting on A leaves every node's list.
    let mut quitter = connect(&a).await;
    send(
        &mut quitter,
        &join_with_token(
            1,
            "a-2",
            "x",
            &sign(&claims(
                "Quin",
                "a-2",
                JoinRole::Patient,
                &patient,
                Some("staff:doc"),
            )),
        ),
    )
    .await;
    assert!(matches!(
        recv(&mut quitter).await,
        ServerMsg::Waiting { .. }
    ));
    assert_eq!(
        recv(&mut quitter).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    let quin = match next(&mut desk_c, |m| !matches!(m, ServerMsg::PatientWaiting { entry } if name(&entry.display_name) == "Quin")).await {
        ServerMsg::PatientWaiting { entry } => entry.participant,
        other => panic!("{other:?}"),
    };
    // A patient of the same practitioner arriving on B stands behind Quin
    // (waiting on A), and moves up when Quin gives up. (The desk on B
    // seeing Quin shows that B knows of them.)
    next(&mut desk, |m| !matches!(m, ServerMsg::PatientWaiting { entry } if name(&entry.display_name) == "Quin")).await;
    let mut rae = connect(&b).await;
    send(
        &mut rae,
        &join_with_token(
            1,
            "a-3",
            "x",
            &sign(&claims(
                "Rae",
                "a-3",
                JoinRole::Patient,
                &patient,
                Some("staff:doc"),
            )),
        ),
    )
    .await;
    assert!(matches!(recv(&mut rae).await, ServerMsg::Waiting { .. }));
    let fifteen = u64::from(anteroom_protocol::DEFAULT_CONSULTATION_MINUTES) * 60_000;
    assert_eq!(
        recv(&mut rae).await,
        ServerMsg::WaitEstimate {
            ahead: 1,
            wait_ms: fifteen
        }
    );
    drop(quitter);
    assert!(matches!(next(&mut desk_c, |m| !matches!(m, ServerMsg::PatientLeftWaiting { participant, .. } if *participant == quin)).await,
        ServerMsg::PatientLeftWaiting { admitted: false, .. }));
    assert_eq!(
        recv(&mut rae).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );

    // The doctor ends the consultation on B: the interpreter still waiting
    // for it on A is sent home.
    send(&mut doc, r#"{"type":"end","request_id":5}"#).await;
    assert!(matches!(
        next(&mut ivo, |m| !matches!(m, ServerMsg::Disconnected { .. })).await,
        ServerMsg::Disconnected {
            reason: anteroom_protocol::LeaveReason::Ended
        }
    ));
}

/// Joins `room` on `node` with `token`, as the SDK does after its socket
/// dropped: while the cluster still places the room on the dead node (for
/// up to `DEAD_AFTER`), the `moved` there fails to connect and the client
/// tries its own node again after a pause.
async fn rejoin(node: &Server, room: &str, token: &str) -> (Ws, ServerMsg) {
    for attempt in 0..40 {
        let mut ws = connect(node).await;
        send(&mut ws, &join_with_token(1, room, "x", token)).await;
        match recv(&mut ws).await {
            ServerMsg::Moved { url, .. } => {
                assert!(
                    tokio_tungstenite::connect_async(url.as_str())
                        .await
                        .is_err(),
                    "attempt {attempt}: moved to a live node"
                );
                tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            }
            other => return (ws, other),
        }
    }
    panic!("still moved to the dead node after 10 s");
}

#[tokio::test]
async fn a_node_killed_mid_wait_and_mid_call_loses_nobody() {
    let redis = Redis::start();
    let signer = JoinSigner::generate().unwrap();
    let key = hex::encode(signer.public_key());
    let mut a = node(&redis, &key, "42150-42199");
    let b = node(&redis, &key, "42200-42249");
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    let patient = [
        Grant::Publish,
        Grant::Subscribe,
        Grant::Chat,
        Grant::WaitingChat,
    ];
    let sign = |c: &JoinClaims| signer.sign(c).unwrap();
    let queue = Some("staff:kay");

    // The desk follows Dr Kay's waiting list on node B.
    let watch = JoinClaims {
        watch: vec![Queue::staff("kay")],
        ..claims("Desk", "w-2", JoinRole::Practitioner, &staff, None)
    };
    let mut desk = connect(&b).await;
    send(
        &mut desk,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    assert!(
        matches!(recv(&mut desk).await, ServerMsg::WaitingList { entries, .. } if entries.is_empty())
    );

    // On node A: Dr Kay is in a consultation with Quinn, whom she admitted.
    let doc_token = sign(&claims("Kay", "a-7", JoinRole::Practitioner, &staff, None));
    let mut doc = connect(&a).await;
    send(&mut doc, &join_with_token(1, "a-7", "x", &doc_token)).await;
    assert!(matches!(recv(&mut doc).await, ServerMsg::Joined { .. }));
    let quinn_token = sign(&claims("Quinn", "a-7", JoinRole::Patient, &patient, queue));
    let mut quinn = connect(&a).await;
    send(&mut quinn, &join_with_token(1, "a-7", "x", &quinn_token)).await;
    assert!(matches!(recv(&mut quinn).await, ServerMsg::Waiting { .. }));
    let quinn_id = match recv(&mut doc).await {
        ServerMsg::PatientWaiting { entry } => entry.participant,
        other => panic!("expected patient_waiting, got {other:?}"),
    };
    send(
        &mut doc,
        &serde_json::json!({ "type": "admit", "request_id": 2, "participant": quinn_id })
            .to_string(),
    )
    .await;
    assert!(matches!(
        next(&mut quinn, |m| matches!(m, ServerMsg::WaitEstimate { .. })).await,
        ServerMsg::Joined { .. }
    ));

    // Pia waits on node A for her own appointment, Rob after her on B.
    let pia_token = sign(&claims("Pia", "a-8", JoinRole::Patient, &patient, queue));
    let mut pia = connect(&a).await;
    send(&mut pia, &join_with_token(1, "a-8", "x", &pia_token)).await;
    assert!(matches!(recv(&mut pia).await, ServerMsg::Waiting { .. }));
    let listed = |m: &ServerMsg, who: &str| matches!(m, ServerMsg::PatientWaiting { entry } if name(&entry.display_name) == who);
    let pia_entry = match next(&mut desk, |m| !listed(m, "Pia")).await {
        ServerMsg::PatientWaiting { entry } => entry,
        other => panic!("{other:?}"),
    };
    let mut rob = connect(&b).await;
    send(
        &mut rob,
        &join_with_token(
            1,
            "a-9",
            "x",
            &sign(&claims("Rob", "a-9", JoinRole::Patient, &patient, queue)),
        ),
    )
    .await;
    assert!(matches!(recv(&mut rob).await, ServerMsg::Waiting { .. }));
    let fifteen = u64::from(anteroom_protocol::DEFAULT_CONSULTATION_MINUTES) * 60_000;
    assert_eq!(
        recv(&mut rob).await,
        ServerMsg::WaitEstimate {
            ahead: 1,
            wait_ms: fifteen
        },
        "Rob stands behind Pia"
    );
    assert!(listed(&next(&mut desk, |m| !listed(m, "Rob")).await, "Rob"));

    // Node A crashes.
    a.kill();
    let crashed = std::time::Instant::now();

    // Pia's page reconnects to B with the same link: she takes her entry
    // over (the same id, the same arrival), still ahead of Rob.
    let (mut pia, reply) = rejoin(&b, "a-8", &pia_token).await;
    assert!(matches!(reply, ServerMsg::Waiting { .. }), "{reply:?}");
    assert_eq!(
        recv(&mut pia).await,
        ServerMsg::WaitEstimate {
            ahead: 0,
            wait_ms: 0
        }
    );
    match recv(&mut desk).await {
        ServerMsg::PatientWaiting { entry } => {
            assert_eq!(entry, pia_entry, "the same entry, in the same place")
        }
        other => panic!("expected Pia's entry again, got {other:?}"),
    }
    let pia_back = crashed.elapsed();

    // Dr Kay and Quinn reconnect: the consultation is re-homed on B, and
    // Quinn comes straight in, with no new admission.
    let (mut doc, reply) = rejoin(&b, "a-7", &doc_token).await;
    assert!(matches!(reply, ServerMsg::Joined { .. }), "{reply:?}");
    let (_quinn, reply) = rejoin(&b, "a-7", &quinn_token).await;
    match reply {
        ServerMsg::Joined { participants, .. } => assert_eq!(
            participants
                .iter()
                .map(|p| name(&p.display_name))
                .collect::<Vec<_>>(),
            ["Kay"]
        ),
        other => panic!("Quinn should be let straight back in, got {other:?}"),
    }
    assert!(matches!(
        next(&mut doc, |m| matches!(m, ServerMsg::PatientWaiting { .. })).await,
        ServerMsg::ParticipantJoined { .. }
    ));
    let call_back = crashed.elapsed();

    // A fresh look at the list: Pia and Rob once each, Pia first.
    let mut look = connect(&b).await;
    send(
        &mut look,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    match recv(&mut look).await {
        ServerMsg::WaitingList { mut entries, .. } => {
            entries.sort_by_key(|e| e.since_ms);
            assert_eq!(
                entries
                    .iter()
                    .map(|e| name(&e.display_name))
                    .collect::<Vec<_>>(),
                ["Pia", "Rob"]
            );
            assert_eq!(entries[0], pia_entry);
        }
        other => panic!("{other:?}"),
    }
    eprintln!(
        "after SIGKILL of node A: Pia waiting again on B after {pia_back:?}, the consultation back on B after {call_back:?}"
    );
}

/// A node does not take another's word for an admission or a message to
/// someone waiting on it: it asks the one rule again with who asked
/// (here, forged messages on its channel, as a buggy or compromised node
/// would send them).
#[tokio::test]
async fn a_node_checks_admissions_and_messages_from_other_nodes_against_the_rule() {
    let redis = Redis::start();
    let signer = JoinSigner::generate().unwrap();
    let key = hex::encode(signer.public_key());
    let a = node(&redis, &key, "42250-42299");
    let patient = [
        Grant::Publish,
        Grant::Subscribe,
        Grant::Chat,
        Grant::WaitingChat,
    ];
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    let sign = |c: &JoinClaims| signer.sign(c).unwrap();

    let mut desk = connect(&a).await;
    let watch = JoinClaims {
        watch: vec![Queue::staff("doc")],
        ..claims("Desk", "w-1", JoinRole::Practitioner, &staff, None)
    };
    send(
        &mut desk,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    assert!(matches!(
        recv(&mut desk).await,
        ServerMsg::WaitingList { .. }
    ));
    let mut pat = connect(&a).await;
    send(
        &mut pat,
        &join_with_token(
            1,
            "a-1",
            "x",
            &sign(&claims(
                "Pat",
                "a-1",
                JoinRole::Patient,
                &patient,
                Some("staff:doc"),
            )),
        ),
    )
    .await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Waiting { .. }));
    assert!(matches!(
        recv(&mut pat).await,
        ServerMsg::WaitEstimate { .. }
    ));
    let ServerMsg::PatientWaiting { entry } = recv(&mut desk).await else {
        panic!("Pat is listed")
    };

    let node_id = redis
        .cli(&["KEYS", "anteroom:alive:*"])
        .first()
        .expect("node A is alive")
        .trim_start_matches("anteroom:alive:")
        .to_owned();
    let to_a = |msg: serde_json::Value| {
        let envelope = serde_json::json!({ "from": "n-elsewhere", "msg": msg }).to_string();
        redis.cli(&["PUBLISH", &format!("anteroom:node:{node_id}"), &envelope]);
    };
    let someone_else =
        serde_json::json!({ "watch": [["staff:other"], false], "grants": ["admit", "chat"] });
    let the_desk =
        serde_json::json!({ "watch": [["staff:doc"], false], "grants": ["admit", "chat"] });
    let chat = |text: &str, by: &serde_json::Value| serde_json::json!({ "type": "chat_to_waiting", "participant": entry.participant, "display_name": "Desk", "text": text, "at_ms": 1, "by": by });
    // From someone who does not watch Pat's queue: neither reaches her.
    to_a(chat("forged", &someone_else));
    to_a(
        serde_json::json!({ "type": "admit", "participant": entry.participant, "by": someone_else }),
    );
    // From the desk that follows her: both do (in the order sent).
    to_a(chat("hello", &the_desk));
    assert!(
        matches!(recv(&mut pat).await, ServerMsg::Chat { text, .. } if text == "hello"),
        "the forged message and admission were refused"
    );
    to_a(serde_json::json!({ "type": "admit", "participant": entry.participant, "by": the_desk }));
    assert!(matches!(recv(&mut pat).await, ServerMsg::Joined { .. }));
}
