//! Waiting-room scale, measured on the real binary: `anteroom serve` with
//! a join key, 100 clinics each with a watching receptionist, and 5,000
//! patients waiting on their own websockets (50 per clinic). Reports the
//! server's resident memory per waiting connection (from /proc, by pid)
//! and the admission latency: from a receptionist's `admit` leaving the
//! bench to the patient's `joined` arriving, over real loopback sockets.
//!
//! `cargo bench --bench waiting` (builds the release binary);
//! `WAITING_PATIENTS=N` and `WAITING_CLINICS=N` change the load.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anteroom_control_plane::join::JoinSigner;
use anteroom_protocol::{
    DisplayName, Grant, JoinClaims, JoinRole, Marker, ParticipantId, Queue, RoomName, ServerMsg,
    WaitingClaims,
};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// CPU time (user + system) a process has used, in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    anteroom_bench::server::read_proc(pid)
        .expect("the server's /proc entry")
        .0
}

/// Resident memory of a process, in KiB.
fn rss_kib(pid: u32) -> u64 {
    (anteroom_bench::server::read_proc(pid)
        .expect("the server's /proc entry")
        .1
        * 1024.0)
        .round() as u64
}

async fn next_msg(ws: &mut Ws) -> ServerMsg {
    loop {
        match tokio::time::timeout(Duration::from_secs(30), ws.next())
            .await
            .expect("a message in time")
            .unwrap()
            .unwrap()
        {
            Message::Text(text) => return serde_json::from_str(&text).unwrap(),
            _ => continue,
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let patients = env_or("WAITING_PATIENTS", 5000);
    let clinics = env_or("WAITING_CLINICS", 100);
    let key = common::scratch_file("bench-join-key.pem");
    let signer = JoinSigner::load_or_create(&key).unwrap();
    let server = common::Server::start(&[
        &format!("--join-key-file={}", key.display()),
        "--sfu-workers=1",
    ]);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let token = |sub: String, room: String, waiting: Option<Queue>, watch: Option<Queue>| {
        signer
            .sign(&JoinClaims {
                name: DisplayName::new(&sub).unwrap(),
                sub,
                org: anteroom_protocol::OrgId::new("bench").unwrap(),
                room: RoomName::new(room).unwrap(),
                role: if waiting.is_some() {
                    JoinRole::Patient
                } else {
                    JoinRole::Practitioner
                },
                grants: vec![Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat],
                max_participants: 6,
                iat: now,
                exp: now + 3600,
                waiting: waiting.map(|q| WaitingClaims {
                    queues: vec![q],
                    marker: Marker::OnTime,
                    starts_at: Some(now),
                    duration_minutes: None,
                }),
                watch: watch.into_iter().collect(),
                own_clients_only: false,
                language: None,
            })
            .unwrap()
    };

    // Receptionists first; their socket readers count arrivals.
    let mut desks = Vec::new();
    for c in 0..clinics {
        let (mut ws, _) = tokio_tungstenite::connect_async(server.ws_url())
            .await
            .unwrap();
        let t = token(
            format!("staff:{c}"),
            format!("w-{c}"),
            None,
            Some(Queue::staff(format!("c{c}"))),
        );
        ws.send(Message::text(
            serde_json::json!({ "type": "watch", "request_id": 1, "token": t }).to_string(),
        ))
        .await
        .unwrap();
        assert!(matches!(
            next_msg(&mut ws).await,
            ServerMsg::WaitingList { .. }
        ));
        desks.push(ws);
    }
    let baseline = rss_kib(server.pid());

    // Patients arrive, 200 at a time; each reader task reports its
    // participant id once waiting and the instant its `joined` arrives.
    let (waiting_tx, mut waiting_rx) = mpsc::unbounded_channel::<(usize, ParticipantId)>();
    let (joined_tx, mut joined_rx) = mpsc::unbounded_channel::<(usize, Instant)>();
    let started = Instant::now();
    for batch in (0..patients).collect::<Vec<_>>().chunks(200) {
        let mut joins = Vec::new();
        for &i in batch {
            let url = server.ws_url();
            let t = token(
                format!("client:{i}"),
                format!("a-{i}"),
                Some(Queue::staff(format!("c{}", i % clinics))),
                None,
            );
            let joined_tx = joined_tx.clone();
            joins.push(tokio::spawn(async move {
                let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
                let join = serde_json::json!({ "type": "join", "request_id": 1, "protocol_version": 1, "room": format!("a-{i}"), "display_name": "x", "token": t });
                ws.send(Message::text(join.to_string())).await.unwrap();
                assert!(matches!(next_msg(&mut ws).await, ServerMsg::Waiting { .. }));
                // The socket's reader lives on, detached, until the server
                // closes it at the end.
                drop(tokio::spawn(async move {
                    loop {
                        match ws.next().await {
                            Some(Ok(Message::Text(text))) => {
                                if let Ok(ServerMsg::Joined { .. }) = serde_json::from_str(&text) {
                                    let _ = joined_tx.send((i, Instant::now()));
                                }
                            }
                            Some(Ok(_)) => {}
                            _ => return,
                        }
                    }
                }));
            }));
        }
        for j in joins {
            j.await.unwrap();
        }
    }
    let arrival_time = started.elapsed();
    let server_cpu = cpu_seconds(server.pid());
    // Each desk has been told of each of its patients: read their ids.
    for (c, desk) in desks.iter_mut().enumerate() {
        let expected = (0..patients).filter(|i| i % clinics == c).count();
        let mut seen = 0;
        while seen < expected {
            if let ServerMsg::PatientWaiting { entry } = next_msg(desk).await {
                let i: usize = entry
                    .room
                    .as_str()
                    .trim_start_matches("a-")
                    .parse()
                    .unwrap();
                waiting_tx.send((i, entry.participant)).unwrap();
                seen += 1;
            }
        }
    }
    drop(waiting_tx);
    let loaded = rss_kib(server.pid());
    let mut ids = vec![None; patients];
    while let Some((i, id)) = waiting_rx.recv().await {
        ids[i] = Some(id);
    }

    // Admissions, one at a time, from each patient's own desk.
    let sample = patients.min(1000);
    let mut latencies = Vec::with_capacity(sample);
    for i in 0..sample {
        let desk = &mut desks[i % clinics];
        let participant = ids[i].clone().expect("every patient seen by their desk");
        let sent = Instant::now();
        desk.send(Message::text(
            serde_json::json!({ "type": "admit", "request_id": 2 + i, "participant": participant })
                .to_string(),
        ))
        .await
        .unwrap();
        let (who, at) = joined_rx.recv().await.unwrap();
        assert_eq!(who, i);
        latencies.push(at - sent);
        // The desk's ack and the patient_left_waiting.
        loop {
            if let ServerMsg::Ack { .. } = next_msg(desk).await {
                break;
            }
        }
    }
    latencies.sort();
    let per_conn = (loaded.saturating_sub(baseline) as f64) * 1024.0 / patients as f64;
    let build = if cfg!(debug_assertions) {
        "debug build"
    } else {
        "release build"
    };
    println!(
        "waiting room: {patients} patients in {clinics} clinics on one `anteroom serve` ({build}), loopback websockets"
    );
    println!(
        "  arrivals:            {:.1} s for all ({:.0}/s, connect + join + waiting; server CPU {:.1} s)",
        arrival_time.as_secs_f64(),
        patients as f64 / arrival_time.as_secs_f64(),
        server_cpu
    );
    println!(
        "  server RSS:          {:.1} MiB with {clinics} desks, {:.1} MiB with all waiting",
        baseline as f64 / 1024.0,
        loaded as f64 / 1024.0
    );
    println!(
        "  per waiting patient: {:.1} KiB of server memory",
        per_conn / 1024.0
    );
    println!(
        "  admission ({sample}, one at a time): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        latencies.last().unwrap().as_secs_f64() * 1000.0
    );
    let _ = server.stop();
}
