//! The captions link to a worker process (QUIC), at its edges: a client
//! that speaks nonsense is disconnected without harm to the worker, a
//! worker with another certificate is refused, and a worker that is not
//! there is reported as unavailable. (The whole round trip, with real
//! speech, real models and a worker killed and restarted under a running
//! call, is the browser test `captions.test.mjs`.)

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use anteroom_captions::live::{LiveConfig, Models};
use anteroom_captions::remote::{self, MAX_FRAME, RemoteCaptioner, SERVER_NAME, WorkerConfig};
use anteroom_protocol::{AudioTap, CaptionsEvent, CaptionsState, ParticipantId};

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("anteroom-link-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A worker on a free loopback port, with the real tiny.en and Silero
/// models from ../shared/models.
fn worker(dir: &std::path::Path) -> (quinn::Endpoint, SocketAddr, PathBuf) {
    let cert_path = dir.join("worker.pem");
    let (cert, key) =
        remote::worker_identity(&cert_path, &dir.join("worker.key")).expect("an identity");
    let endpoint =
        remote::worker_endpoint(([127, 0, 0, 1], 0).into(), cert, key).expect("listening");
    let addr = endpoint.local_addr().expect("its address");
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/models/ggml-tiny.en.bin");
    let models = Models::load(&model, None).expect("the shared models");
    let config = WorkerConfig {
        models,
        live: LiveConfig::default(),
        max_nodes: 2,
    };
    tokio::spawn(remote::serve_worker(endpoint.clone(), config));
    (endpoint, addr, cert_path)
}

/// A bare client speaking to the worker as a signalling node would.
fn client(cert: &std::path::Path) -> quinn::Endpoint {
    let mut endpoint =
        quinn::Endpoint::client(([127, 0, 0, 1], 0).into()).expect("a client socket");
    endpoint.set_default_client_config(remote::client_config(cert).expect("the certificate"));
    endpoint
}

/// Sends `bytes` on a new stream and returns how the worker ended the
/// connection (it must, within a few seconds).
async fn worker_ends_it(
    endpoint: &quinn::Endpoint,
    addr: SocketAddr,
    bytes: &[u8],
) -> quinn::ConnectionError {
    let conn = endpoint
        .connect(addr, SERVER_NAME)
        .expect("connect")
        .await
        .expect("the handshake");
    let (mut send, _recv) = conn.open_bi().await.expect("a stream");
    send.write_all(bytes).await.expect("sent");
    tokio::time::timeout(Duration::from_secs(10), conn.closed())
        .await
        .expect("the worker closes the connection")
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut f = (body.len() as u32).to_be_bytes().to_vec();
    f.extend_from_slice(body);
    f
}

#[tokio::test]
async fn a_client_speaking_nonsense_is_disconnected_and_the_worker_serves_on() {
    let dir = Scratch::new("nonsense");
    let (_worker, addr, cert) = worker(&dir.0);
    let endpoint = client(&cert);
    let oversized = ((MAX_FRAME + 1) as u32).to_be_bytes();
    let cases: [(&str, Vec<u8>); 6] = [
        ("a frame longer than allowed", oversized.to_vec()),
        ("a hello that is not JSON", frame(b"\xff\xfe garbage")),
        ("another protocol version", frame(br#"{"version":99}"#)),
        (
            "the first version (packets without a spoken language)",
            frame(br#"{"version":1}"#),
        ),
        (
            "the second version (no language detection, which it would not expect)",
            frame(br#"{"version":2}"#),
        ),
        ("a hello of the wrong shape", frame(br#"{"language":"en"}"#)),
    ];
    for (what, bytes) in cases {
        let ended = worker_ends_it(&endpoint, addr, &bytes).await;
        assert!(
            matches!(ended, quinn::ConnectionError::ApplicationClosed(_)),
            "{what}: {ended:?}"
        );
    }
    // The worker still serves: a proper hello gets the worker's own.
    let conn = endpoint
        .connect(addr, SERVER_NAME)
        .expect("connect")
        .await
        .expect("the handshake");
    let (mut send, mut recv) = conn.open_bi().await.expect("a stream");
    send.write_all(&frame(br#"{"version":3}"#))
        .await
        .expect("sent");
    let mut len = [0u8; 4];
    recv.read_exact(&mut len).await.expect("the worker's hello");
    let mut hello = vec![0; u32::from_be_bytes(len) as usize];
    recv.read_exact(&mut hello)
        .await
        .expect("the worker's hello");
    assert_eq!(
        String::from_utf8_lossy(&hello),
        r#"{"language":"en","spoken":["en"]}"#,
        "tiny.en hears English only"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_learns_which_languages_the_worker_hears_each_time_it_connects() {
    let dir = Scratch::new("languages");
    let (_worker, addr, cert) = worker(&dir.0);
    let (tx, rx) = mpsc::channel();
    let sink: anteroom_captions::live::EventSink = Arc::new(move |event| tx.send(event).is_ok());
    let _captioner = RemoteCaptioner::start(addr, &cert, sink).expect("started");
    let events = tokio::task::spawn_blocking(move || {
        [(); 2].map(|()| rx.recv_timeout(Duration::from_secs(15)).expect("an event"))
    })
    .await
    .expect("joined");
    assert_eq!(
        events,
        [
            CaptionsEvent::Languages {
                spoken: vec!["en".into()]
            },
            CaptionsEvent::State {
                state: CaptionsState::On
            }
        ]
    );
}

#[tokio::test]
async fn a_worker_with_another_certificate_is_refused() {
    let (ours, theirs) = (Scratch::new("ours"), Scratch::new("theirs"));
    let (_worker, addr, _) = worker(&theirs.0);
    let (_, _, our_cert) = worker(&ours.0);
    let endpoint = client(&our_cert);
    let refused = endpoint.connect(addr, SERVER_NAME).expect("connect").await;
    assert!(refused.is_err(), "a worker we do not trust was accepted");
}

#[test]
fn a_worker_that_is_not_there_is_reported_unavailable_and_taps_never_block() {
    let dir = Scratch::new("absent");
    // A certificate, but nobody listening on the port.
    remote::worker_identity(&dir.0.join("w.pem"), &dir.0.join("w.key")).expect("an identity");
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .expect("a port")
        .local_addr()
        .expect("its address");
    let (tx, rx) = mpsc::channel();
    let sink: anteroom_captions::live::EventSink = Arc::new(move |event| tx.send(event).is_ok());
    let captioner = RemoteCaptioner::start(port, &dir.0.join("w.pem"), sink).expect("started");
    // The SFU's side never waits: a second's worth of packets go at once.
    let tap = captioner.tap();
    for seq in 0..50 {
        let packet = AudioTap {
            participant: ParticipantId::new("p1"),
            seq,
            language: "en".into(),
            english: false,
            detect: false,
            payload: vec![0xf8, 0xff, 0xfe],
        };
        assert!(tap.try_send(packet).is_ok(), "the tap refused packet {seq}");
    }
    let event = rx
        .recv_timeout(Duration::from_secs(15))
        .expect("told within the connect timeout");
    assert_eq!(
        event,
        CaptionsEvent::State {
            state: CaptionsState::Unavailable
        }
    );
    // Told once, not at every retry.
    assert!(
        rx.recv_timeout(Duration::from_secs(5)).is_err(),
        "a second report while still down"
    );
    // A certificate file that is not one is an error at start.
    std::fs::write(dir.0.join("bad.pem"), "not a certificate").expect("written");
    let (tx, _rx) = mpsc::channel();
    let sink: anteroom_captions::live::EventSink = Arc::new(move |event| tx.send(event).is_ok());
    assert!(RemoteCaptioner::start(port, &dir.0.join("bad.pem"), sink).is_err());
}

#[tokio::test]
async fn nodes_beyond_the_limit_are_refused_until_one_leaves() {
    let dir = Scratch::new("limit");
    let (_worker, addr, cert) = worker(&dir.0);
    let endpoint = client(&cert);
    let connect = || async { endpoint.connect(addr, SERVER_NAME).expect("connect").await };
    let first = connect().await.expect("the first node");
    let second = connect().await.expect("the second node");
    assert!(
        connect().await.is_err(),
        "a third node while two are served"
    );
    first.close(0u32.into(), b"leaving");
    // The slot is free once the worker has seen the first one go.
    let mut third = None;
    for _ in 0..50 {
        if let Ok(conn) = connect().await {
            third = Some(conn);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(third.is_some(), "a node is served again once one has left");
    // A node that never says hello does not keep its slot.
    let ended = tokio::time::timeout(Duration::from_secs(15), second.closed())
        .await
        .expect("the silent node is let go");
    assert!(
        matches!(ended, quinn::ConnectionError::ApplicationClosed(_)),
        "{ended:?}"
    );
}
