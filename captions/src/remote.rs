//! Captions in their own process: the scaled setup's link between a
//! signalling node (whose SFU taps the microphones) and an `anteroom
//! captions worker`, over QUIC.
//!
//! A crash inside whisper.cpp takes its process with it; in a worker of its
//! own it takes only the captions. The signalling side ([`RemoteCaptioner`])
//! offers the SFU the same tap as the in-process [`Captioner`], keeps one
//! connection to the worker, and reconnects every second while it is down:
//! viewers are told captions are `unavailable` when the link drops and `on`
//! when it is back, and the call never waits on it.
//!
//! One bidirectional stream per connection, each message a frame of a
//! 4-byte big-endian length and a body of at most [`MAX_FRAME`] bytes:
//! - client -> worker: a JSON hello (`{"version":3}`), then tapped packets,
//!   binary: the 8-byte sequence number, the participant id's length (2
//!   bytes) and UTF-8 bytes, the spoken language's length (1 byte) and
//!   ASCII letters (none: the worker's own), a flags byte (bit 0: final
//!   segments in English too; bit 1: the language is assumed, detect it;
//!   the others zero), and the Opus payload;
//! - worker -> client: a JSON hello (`{"language":"en","spoken":["en"]}`:
//!   its default language and those it can hear), then [`CaptionsEvent`]s
//!   as JSON.
//!
//! The worker proves itself with a self-signed certificate it makes on
//! first start ([`worker_identity`]); clients trust exactly that
//! certificate (the file is copied to them), nothing else.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::time::Duration;

use anteroom_protocol::{AudioTap, CaptionsEvent, CaptionsState, ParticipantId, is_language_code};
use quinn::crypto::rustls::{QuicClientConfig, QuicServerConfig};
use quinn::rustls;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use serde::{Deserialize, Serialize};

use crate::CaptionError;
use crate::live::{Captioner, EventSink, LiveConfig, Models};

/// The name in the worker's certificate, which clients ask for.
pub const SERVER_NAME: &str = "anteroom-captions";
const ALPN: &[u8] = b"anteroom-captions/1";
const VERSION: u32 = 3;
/// The longest frame either side accepts.
pub const MAX_FRAME: usize = 64 * 1024;
const MAX_ID: usize = 256;
/// A worker that stops answering is noticed within this long.
const IDLE_TIMEOUT: Duration = Duration::from_secs(3);
const KEEP_ALIVE: Duration = Duration::from_secs(1);
/// How long a node has, once connected, to say hello.
const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// While the worker is unreachable, a connection is tried this often.
pub const RECONNECT: Duration = Duration::from_secs(1);
/// Tapped packets held for the link before new ones are dropped.
const TAP_QUEUE: usize = 2_048;

fn link_error(e: impl std::fmt::Display) -> CaptionError {
    CaptionError::Link(e.to_string())
}

#[derive(Debug, Serialize, Deserialize)]
struct ClientHello {
    version: u32,
}

#[derive(Debug, Serialize, Deserialize)]
struct WorkerHello {
    language: String,
    spoken: Vec<String>,
}

/// The worker's certificate and key (PEM files), made on first use: the
/// key readable by its owner only. Both exist or neither: a lone one is an
/// error rather than silently replaced, which would lock out the clients
/// that trust the old certificate.
pub fn worker_identity(
    cert: &Path,
    key: &Path,
) -> Result<(CertificateDer<'static>, PrivateKeyDer<'static>), CaptionError> {
    match (cert.exists(), key.exists()) {
        (false, false) => {
            let made = rcgen::generate_simple_self_signed(vec![SERVER_NAME.to_owned()])
                .map_err(link_error)?;
            write_private(key, made.signing_key.serialize_pem().as_bytes())?;
            std::fs::write(cert, made.cert.pem())
                .map_err(|e| CaptionError::Link(format!("{}: {e}", cert.display())))?;
            tracing::info!(cert = %cert.display(), "made the captions worker's certificate; give it to the signalling nodes");
        }
        (true, true) => {}
        _ => {
            return Err(CaptionError::Link(format!(
                "{} and {} must both exist or neither (then both are made)",
                cert.display(),
                key.display()
            )));
        }
    }
    let certificate = CertificateDer::from_pem_file(cert)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", cert.display())))?;
    let private = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", key.display())))?;
    Ok((certificate, private))
}

fn write_private(path: &Path, contents: &[u8]) -> Result<(), CaptionError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", path.display())))?;
    file.write_all(contents)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", path.display())))
}

fn transport() -> Arc<quinn::TransportConfig> {
    let mut transport = quinn::TransportConfig::default();
    transport.keep_alive_interval(Some(KEEP_ALIVE));
    transport.max_idle_timeout(quinn::IdleTimeout::try_from(IDLE_TIMEOUT).ok());
    Arc::new(transport)
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

/// The worker's QUIC endpoint, listening on `listen`.
pub fn worker_endpoint(
    listen: SocketAddr,
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
) -> Result<quinn::Endpoint, CaptionError> {
    let mut crypto = rustls::ServerConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(link_error)?
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .map_err(link_error)?;
    crypto.alpn_protocols = vec![ALPN.to_vec()];
    let mut config = quinn::ServerConfig::with_crypto(Arc::new(
        QuicServerConfig::try_from(crypto).map_err(link_error)?,
    ));
    config.transport_config(transport());
    quinn::Endpoint::server(config, listen)
        .map_err(|e| CaptionError::Link(format!("cannot listen on {listen}: {e}")))
}

/// What a worker runs for each signalling node.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Loaded once; every node's service shares the Whisper model.
    pub models: Models,
    pub live: LiveConfig,
    /// Signalling nodes served at once; more are refused. Each holds a
    /// captions service (its recogniser states and voice detectors) in
    /// memory.
    pub max_nodes: usize,
}

/// Serves signalling nodes until the endpoint is closed: each connection
/// gets a captions service of its own (its own whisper.cpp states), which
/// ends with it.
pub async fn serve_worker(endpoint: quinn::Endpoint, config: WorkerConfig) {
    let slots = Arc::new(tokio::sync::Semaphore::new(config.max_nodes.max(1)));
    while let Some(incoming) = endpoint.accept().await {
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::warn!(peer = %incoming.remote_address(), max = config.max_nodes, "refused a signalling node: serving the most allowed");
            incoming.refuse();
            continue;
        };
        let config = config.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let peer = incoming.remote_address();
            match incoming.await {
                Ok(conn) => match serve_connection(&conn, config).await {
                    Ok(()) => tracing::info!(%peer, "signalling node left"),
                    Err(e) => {
                        tracing::warn!(%peer, error = %e, "captions link closed");
                        conn.close(1u32.into(), b"error");
                    }
                },
                Err(e) => tracing::debug!(%peer, error = %e, "connection attempt failed"),
            }
        });
    }
}

async fn serve_connection(
    conn: &quinn::Connection,
    config: WorkerConfig,
) -> Result<(), CaptionError> {
    // A node says hello at once; one that does not gives its slot back.
    let opening = async {
        let (send, mut recv) = conn.accept_bi().await.map_err(link_error)?;
        let hello = read_frame(&mut recv)
            .await?
            .ok_or_else(|| link_error("closed before its hello"))?;
        Ok::<_, CaptionError>((send, recv, hello))
    };
    let (mut send, mut recv, hello) = tokio::time::timeout(HELLO_TIMEOUT, opening)
        .await
        .map_err(|_| link_error("no hello in time"))??;
    let hello: ClientHello =
        serde_json::from_slice(&hello).map_err(|e| link_error(format!("bad hello: {e}")))?;
    if hello.version != VERSION {
        return Err(link_error(format!(
            "protocol version {} (this worker speaks {VERSION})",
            hello.version
        )));
    }
    // The service's threads hand their events to this connection's writer.
    let (events_tx, mut events_rx) = tokio::sync::mpsc::unbounded_channel::<CaptionsEvent>();
    let sink: EventSink = Arc::new(move |event| events_tx.send(event).is_ok());
    let WorkerConfig { models, live, .. } = config;
    let captioner = tokio::task::spawn_blocking(move || Captioner::start_with(&models, live, sink))
        .await
        .map_err(link_error)??;
    tracing::info!(peer = %conn.remote_address(), "signalling node connected");
    let hello = WorkerHello {
        language: captioner.language().to_owned(),
        spoken: captioner.languages().to_vec(),
    };
    write_frame(&mut send, &serde_json::to_vec(&hello).map_err(link_error)?).await?;
    let tap = captioner.tap();
    let writer = async move {
        while let Some(event) = events_rx.recv().await {
            write_frame(&mut send, &serde_json::to_vec(&event).map_err(link_error)?).await?;
        }
        Ok::<(), CaptionError>(())
    };
    let reader = async move {
        while let Some(frame) = read_frame(&mut recv).await? {
            // A full queue drops the packet: the service is behind and says so.
            if let Err(std::sync::mpsc::TrySendError::Disconnected(_)) =
                tap.try_send(decode_tap(&frame)?)
            {
                return Err(link_error("the captions service stopped"));
            }
        }
        Ok(())
    };
    let result = tokio::select! {
        r = writer => r,
        r = reader => r,
    };
    // Dropping the service's tap ends its threads.
    drop(captioner);
    result
}

/// The signalling side: a tap for the SFU whose packets go to the worker.
#[derive(Debug)]
pub struct RemoteCaptioner {
    tap: SyncSender<AudioTap>,
}

impl RemoteCaptioner {
    /// Starts the link to the worker at `worker`, trusting only the
    /// certificate in `cert` (PEM). Fails only on a bad certificate file:
    /// a worker that is down is retried, and reported as `unavailable`.
    pub fn start(
        worker: SocketAddr,
        cert: &Path,
        events: EventSink,
    ) -> Result<RemoteCaptioner, CaptionError> {
        let client = client_config(cert)?;
        let spawn = |name: &str, f: Box<dyn FnOnce() + Send>| {
            std::thread::Builder::new()
                .name(name.into())
                .spawn(f)
                .map(drop)
                .map_err(link_error)
        };
        // Signalling's sink blocks: it is called from a thread of its own.
        let (events_tx, events_rx) = std::sync::mpsc::channel::<CaptionsEvent>();
        spawn(
            "captions-events",
            Box::new(move || {
                for event in events_rx {
                    if !events(event) {
                        return;
                    }
                }
            }),
        )?;
        // The SFU's blocking tap, bridged to the link's async side.
        let (tap, taps) = sync_channel::<AudioTap>(TAP_QUEUE);
        let (link_tx, link_rx) = tokio::sync::mpsc::channel::<AudioTap>(TAP_QUEUE);
        spawn(
            "captions-tap",
            Box::new(move || {
                while let Ok(packet) = taps.recv() {
                    if let Err(tokio::sync::mpsc::error::TrySendError::Closed(_)) =
                        link_tx.try_send(packet)
                    {
                        return;
                    }
                }
            }),
        )?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(link_error)?;
        spawn(
            "captions-link",
            Box::new(move || runtime.block_on(link(worker, client, link_rx, events_tx))),
        )?;
        Ok(RemoteCaptioner { tap })
    }

    /// The sender the SFU's tap writes to.
    pub fn tap(&self) -> SyncSender<AudioTap> {
        self.tap.clone()
    }
}

/// A client's QUIC configuration, trusting only the worker certificate in
/// `cert` (PEM).
pub fn client_config(cert: &Path) -> Result<quinn::ClientConfig, CaptionError> {
    let certificate = CertificateDer::from_pem_file(cert)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", cert.display())))?;
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(certificate)
        .map_err(|e| CaptionError::Link(format!("{}: {e}", cert.display())))?;
    let mut crypto = rustls::ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(link_error)?
        .with_root_certificates(roots)
        .with_no_client_auth();
    crypto.alpn_protocols = vec![ALPN.to_vec()];
    let mut client = quinn::ClientConfig::new(Arc::new(
        QuicClientConfig::try_from(crypto).map_err(link_error)?,
    ));
    client.transport_config(transport());
    Ok(client)
}

/// Keeps a connection to the worker until the tap closes.
async fn link(
    worker: SocketAddr,
    client: quinn::ClientConfig,
    mut taps: tokio::sync::mpsc::Receiver<AudioTap>,
    events: std::sync::mpsc::Sender<CaptionsEvent>,
) {
    let bind: SocketAddr = if worker.is_ipv4() {
        ([0, 0, 0, 0], 0).into()
    } else {
        ([0u16; 8], 0).into()
    };
    let mut endpoint = match quinn::Endpoint::client(bind) {
        Ok(endpoint) => endpoint,
        Err(e) => {
            tracing::error!(error = %e, "captions are off: no socket for the captions worker");
            let _ = events.send(CaptionsEvent::State {
                state: CaptionsState::Unavailable,
            });
            return;
        }
    };
    endpoint.set_default_client_config(client);
    // Signalling starts with captions on; the first failure says otherwise.
    let mut up = true;
    loop {
        match session(&endpoint, worker, &mut taps, &events, &mut up).await {
            Ok(()) => return,
            Err(e) => tracing::warn!(%worker, error = %e, "captions worker unreachable; retrying"),
        }
        if up {
            up = false;
            if events
                .send(CaptionsEvent::State {
                    state: CaptionsState::Unavailable,
                })
                .is_err()
            {
                return;
            }
        }
        // What is tapped meanwhile is dropped: captions resume from now.
        let retry = tokio::time::sleep(RECONNECT);
        tokio::pin!(retry);
        loop {
            tokio::select! {
                () = &mut retry => break,
                packet = taps.recv() => if packet.is_none() { return },
            }
        }
    }
}

/// One connection: hello both ways, then taps out and events in until
/// either side fails. `Ok` when the tap closed (the server is stopping).
async fn session(
    endpoint: &quinn::Endpoint,
    worker: SocketAddr,
    taps: &mut tokio::sync::mpsc::Receiver<AudioTap>,
    events: &std::sync::mpsc::Sender<CaptionsEvent>,
    up: &mut bool,
) -> Result<(), CaptionError> {
    let conn = endpoint
        .connect(worker, SERVER_NAME)
        .map_err(link_error)?
        .await
        .map_err(link_error)?;
    let (mut send, mut recv) = conn.open_bi().await.map_err(link_error)?;
    write_frame(
        &mut send,
        &serde_json::to_vec(&ClientHello { version: VERSION }).map_err(link_error)?,
    )
    .await?;
    let hello = read_frame(&mut recv)
        .await?
        .ok_or_else(|| link_error("the worker closed before its hello"))?;
    let hello: WorkerHello =
        serde_json::from_slice(&hello).map_err(|e| link_error(format!("bad hello: {e}")))?;
    tracing::info!(%worker, language = %hello.language, spoken = hello.spoken.len(), "captions worker connected");
    if events
        .send(CaptionsEvent::Languages {
            spoken: hello.spoken,
        })
        .is_err()
    {
        return Ok(());
    }
    if !*up {
        *up = true;
        if events
            .send(CaptionsEvent::State {
                state: CaptionsState::On,
            })
            .is_err()
        {
            return Ok(());
        }
    }
    // Reading runs in a task of its own: a frame half read must not be
    // abandoned when a tap comes in.
    let forward = events.clone();
    let mut reader = tokio::spawn(async move {
        while let Some(frame) = read_frame(&mut recv).await? {
            let event: CaptionsEvent = serde_json::from_slice(&frame)
                .map_err(|e| link_error(format!("bad event: {e}")))?;
            if forward.send(event).is_err() {
                return Ok(());
            }
        }
        Err(link_error("the worker closed the link"))
    });
    let result = loop {
        tokio::select! {
            read = &mut reader => break read.map_err(link_error).and_then(|r| r.and(Err(link_error("signalling stopped")))),
            packet = taps.recv() => match packet {
                Some(packet) => {
                    if let Err(e) = write_frame(&mut send, &encode_tap(&packet)?).await {
                        break Err(e);
                    }
                }
                None => {
                    conn.close(0u32.into(), b"done");
                    return Ok(());
                }
            },
        }
    };
    reader.abort();
    result
}

async fn write_frame(send: &mut quinn::SendStream, body: &[u8]) -> Result<(), CaptionError> {
    if body.len() > MAX_FRAME {
        return Err(link_error(format!(
            "a frame of {} bytes (at most {MAX_FRAME})",
            body.len()
        )));
    }
    let mut frame = Vec::with_capacity(4 + body.len());
    frame.extend_from_slice(&(body.len() as u32).to_be_bytes());
    frame.extend_from_slice(body);
    send.write_all(&frame).await.map_err(link_error)
}

/// The next frame, or `None` when the stream ended cleanly between frames.
async fn read_frame(recv: &mut quinn::RecvStream) -> Result<Option<Vec<u8>>, CaptionError> {
    let mut len = [0u8; 4];
    match recv.read_exact(&mut len).await {
        Ok(()) => {}
        Err(quinn::ReadExactError::FinishedEarly(0)) => return Ok(None),
        Err(e) => return Err(link_error(e)),
    }
    let len = u32::from_be_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(link_error(format!(
            "a frame of {len} bytes (at most {MAX_FRAME})"
        )));
    }
    let mut body = vec![0; len];
    recv.read_exact(&mut body).await.map_err(link_error)?;
    Ok(Some(body))
}

/// A tapped packet as a frame body.
pub fn encode_tap(tap: &AudioTap) -> Result<Vec<u8>, CaptionError> {
    let id = tap.participant.as_str().as_bytes();
    if id.len() > MAX_ID {
        return Err(link_error("a participant id too long to send"));
    }
    let language = tap.language.as_bytes();
    if !(language.is_empty() || is_language_code(&tap.language)) {
        return Err(link_error("a spoken language that is not a language code"));
    }
    let mut body = Vec::with_capacity(12 + id.len() + language.len() + tap.payload.len());
    body.extend_from_slice(&tap.seq.to_be_bytes());
    body.extend_from_slice(&(id.len() as u16).to_be_bytes());
    body.extend_from_slice(id);
    body.push(language.len() as u8);
    body.extend_from_slice(language);
    body.push(u8::from(tap.english) | (u8::from(tap.detect) << 1));
    body.extend_from_slice(&tap.payload);
    Ok(body)
}

/// A frame body back into a tapped packet; anything malformed is an error
/// (the connection is closed), never a panic.
pub fn decode_tap(body: &[u8]) -> Result<AudioTap, CaptionError> {
    let bad = |what: &str| link_error(format!("bad audio frame: {what}"));
    let (seq, rest) = body
        .split_first_chunk::<8>()
        .ok_or_else(|| bad("too short"))?;
    let (id_len, rest) = rest
        .split_first_chunk::<2>()
        .ok_or_else(|| bad("too short"))?;
    let id_len = usize::from(u16::from_be_bytes(*id_len));
    if id_len == 0 || id_len > MAX_ID || id_len > rest.len() {
        return Err(bad("participant id length"));
    }
    let (id, rest) = rest.split_at(id_len);
    let id = std::str::from_utf8(id).map_err(|_| bad("participant id is not UTF-8"))?;
    let (language_len, rest) = rest
        .split_first()
        .ok_or_else(|| bad("no spoken language"))?;
    let language_len = usize::from(*language_len);
    if language_len > rest.len() {
        return Err(bad("spoken language length"));
    }
    let (language, rest) = rest.split_at(language_len);
    let language = std::str::from_utf8(language)
        .ok()
        .filter(|l| l.is_empty() || is_language_code(l))
        .ok_or_else(|| bad("spoken language"))?;
    let (flags, payload) = rest.split_first().ok_or_else(|| bad("no flags"))?;
    if flags & !0b11 != 0 {
        return Err(bad("unknown flags"));
    }
    Ok(AudioTap {
        participant: ParticipantId::new(id),
        seq: u64::from_be_bytes(*seq),
        language: language.to_owned(),
        english: flags & 1 == 1,
        detect: flags & 2 == 2,
        payload: payload.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tapped_packet_survives_the_wire_and_garbage_is_refused() {
        let tap = AudioTap {
            participant: ParticipantId::new("p1f2"),
            seq: 70_000,
            language: "nl".into(),
            english: true,
            detect: true,
            payload: vec![0xfc, 1, 2, 3],
        };
        let body = encode_tap(&tap).expect("encodes");
        assert_eq!(decode_tap(&body).expect("decodes"), tap);
        // An empty payload is a packet still (the service skips it); no
        // language is the worker's own.
        let empty = AudioTap {
            payload: Vec::new(),
            language: String::new(),
            english: false,
            detect: false,
            ..tap.clone()
        };
        assert_eq!(
            decode_tap(&encode_tap(&empty).expect("encodes")).expect("decodes"),
            empty
        );
        let garbage: [&[u8]; 10] = [
            &[],
            &[0; 7],
            &[0; 10],
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 9, b'a'],
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0xff, 0xfe, 0, 0],
            // The id, then no language length; then one longer than the rest.
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b'p'],
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b'p', 3, b'n', b'l'],
            // A language that is not a code (a NUL would reach whisper.cpp).
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b'p', 2, b'n', 0, 0, 0xfc],
            // No flags; flags nobody knows.
            &[0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b'p', 2, b'n', b'l'],
            &[
                0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b'p', 2, b'n', b'l', 0x80, 0xfc,
            ],
        ];
        for garbage in garbage {
            assert!(
                matches!(decode_tap(garbage), Err(CaptionError::Link(_))),
                "{garbage:?}"
            );
        }
        let long = AudioTap {
            participant: ParticipantId::new("x".repeat(MAX_ID + 1)),
            ..tap.clone()
        };
        assert!(encode_tap(&long).is_err());
        assert!(
            encode_tap(&AudioTap {
                language: "N\0".into(),
                ..tap
            })
            .is_err()
        );
    }

    #[test]
    fn the_identity_is_made_once_and_a_lone_half_is_refused() {
        let dir =
            std::env::temp_dir().join(format!("anteroom-captions-identity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let (cert, key) = (dir.join("worker.pem"), dir.join("worker.key"));
        let (first, _) = worker_identity(&cert, &key).expect("made");
        let (again, _) = worker_identity(&cert, &key).expect("loaded");
        assert_eq!(first, again, "the second start uses the same certificate");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).expect("key").permissions().mode() & 0o777,
            0o600
        );
        std::fs::remove_file(&key).expect("removed");
        assert!(matches!(
            worker_identity(&cert, &key),
            Err(CaptionError::Link(_))
        ));
        std::fs::remove_dir_all(&dir).expect("cleaned up");
    }
}
