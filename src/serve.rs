//! `anteroom serve`: web pages, signalling and the SFU in one process.

use anteroom_protocol::{LanguageCode, RoomName};
use anteroom_sfu::{DriverConfig, DriverError, MediaTcp, SfuConfig, SfuHandle};
use std::sync::Arc;

use anteroom_signalling::chat_store::{ChatStore, ChatStoreError, KeptChat};
use anteroom_signalling::translate::{LibreTranslate, Translator};
use anteroom_signalling::turn::{TurnConfig, TurnError};
use anteroom_signalling::{
    JoinVerifier, Presence, PresenceError, RedisPresence, Signalling, SignallingConfig,
    TranscriptSink,
};
use axum::Router;
use axum::routing::get;
use tokio::sync::mpsc;

use anteroom_captions::live::{Captioner, LiveConfig};
use anteroom_captions::remote::RemoteCaptioner;

use crate::{CallArgs, ServeArgs, SignallingArgs};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("SFU: {0}")]
    Sfu(#[from] DriverError),
    #[error("cannot listen for HTTP on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("HTTP server: {0}")]
    Http(std::io::Error),
    #[error("database: {0}")]
    Database(#[from] anteroom_control_plane::DbError),
    #[error("email: {0}")]
    Mail(#[from] anteroom_control_plane::email::MailConfigError),
    #[error("join key: {0}")]
    JoinKey(#[from] anteroom_control_plane::join::JoinKeyError),
    #[error("{0}")]
    Admin(String),
    #[error("captions: {0}")]
    Captions(String),
    #[error("TURN: {0}")]
    Turn(#[from] TurnError),
    #[error("presence: {0}")]
    Presence(#[from] PresenceError),
    #[error("--node-key must be at least 32 characters")]
    NodeKey,
    #[error("questionnaire answers: {0}")]
    AnswersKey(#[from] anteroom_control_plane::answer_keys::KeyError),
    #[error("kept captions: {0}")]
    Kept(#[from] anteroom_signalling::kept::KeptError),
    #[error("--join-public-key must be 64 hex digits (see `anteroom admin join-public-key`)")]
    JoinPublicKey,
}

pub async fn run(args: ServeArgs) -> Result<(), ServeError> {
    // Bound first, so that links name the real port (with `--http
    // 127.0.0.1:0`, the one the system chose).
    let listener = tokio::net::TcpListener::bind(args.http)
        .await
        .map_err(|source| ServeError::Listen {
            addr: args.http,
            source,
        })?;
    let http = listener.local_addr().map_err(ServeError::Http)?;
    let control_plane = crate::control_plane::open(&args.database, http).await?;
    let jobs = crate::control_plane::start_jobs(&control_plane);
    let verifier = JoinVerifier::new(control_plane.config().join_signer.public_key());
    let transcripts: Arc<dyn TranscriptSink> = Arc::new(KeptCaptions {
        control_plane: control_plane.clone(),
    });
    let chat: Arc<dyn ChatStore> = Arc::new(KeptChats {
        control_plane: control_plane.clone(),
    });
    let (sfu, signalling) = start_calls(
        &args.calls,
        verifier,
        args.open_rooms,
        None,
        None,
        Some(transcripts),
        Some(chat),
    )
    .await?;
    let app = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(signalling.router())
        .merge(crate::metrics::router(
            args.calls.metrics,
            sfu.figures(),
            signalling.caption_lags(),
        ))
        .merge(control_plane.router())
        .merge(crate::web::router(Some(control_plane.clone())));
    let app = crate::web::with_security_headers(app, args.database.secure_cookies);

    let shutdown = shutdown_signal();
    tracing::info!(http = %http, media = ?sfu.media_addrs(), open_rooms = args.open_rooms, "anteroom serving");
    if args.open_rooms {
        println!(
            "anteroom is running: open http://{http}/call/demo?name=YourName in two browser tabs"
        );
    } else {
        println!(
            "anteroom is running on http://{http} (rooms are closed; start with --open-rooms to try a call)"
        );
    }
    // After the address line, which tools read first.
    crate::control_plane::hint_first_organisation(&control_plane, &args.database).await?;

    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(ServeError::Http)?;
    tracing::info!("shutting down");
    signalling.shutdown().await;
    sfu.shutdown().await;
    for job in jobs {
        job.abort();
    }
    control_plane.db().close().await;
    Ok(())
}

/// Starts the SFU and signalling over it; with `presence`, as one of
/// several signalling nodes.
async fn start_calls(
    calls: &CallArgs,
    verifier: JoinVerifier,
    open_rooms: bool,
    ws_url: Option<String>,
    presence: Option<(
        Arc<dyn Presence>,
        mpsc::UnboundedReceiver<anteroom_signalling::Envelope>,
    )>,
    transcripts: Option<Arc<dyn TranscriptSink>>,
    chat_store: Option<Arc<dyn ChatStore>>,
) -> Result<(SfuHandle, Signalling), ServeError> {
    let max_participants = usize::from(calls.max_participants);
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    // Captions' events reach signalling once it runs (it starts after the
    // SFU, which needs the captions' tap first).
    let signalling_cell: Arc<std::sync::OnceLock<Signalling>> =
        Arc::new(std::sync::OnceLock::new());
    let captioner = start_captions(calls, signalling_cell.clone());
    let sfu = SfuHandle::start(
        DriverConfig {
            bind_ip: calls.media_ip,
            ports: calls.media_ports.clone(),
            announce_ip: calls.media_announce_ip,
            workers: usize::from(calls.sfu_workers),
            tcp: match (calls.no_media_tcp, calls.media_tcp_port) {
                (true, _) => MediaTcp::Off,
                (false, Some(port)) => MediaTcp::From(port),
                (false, None) => MediaTcp::SamePorts,
            },
            sfu: SfuConfig {
                max_participants_per_room: max_participants,
                audible_speakers: usize::from(calls.audible_speakers),
                ..SfuConfig::default()
            },
            audio_tap: captioner.as_ref().map(|c| c.tap.clone()),
        },
        events_tx,
    )
    .await?;
    let config = SignallingConfig {
        open_rooms,
        join_verifier: Some(verifier),
        max_participants_per_room: max_participants,
        // An offer or answer carries m-lines for everyone else in the room:
        // about 64 KiB at 17 participants. 8 KiB a participant, and never
        // under the default 64 KiB.
        max_message_bytes: (8 * 1024 * max_participants)
            .max(SignallingConfig::default().max_message_bytes),
        max_room_file_bytes: mib(calls.room_files_mib),
        max_file_bytes: mib(calls.files_mib),
        ws_url,
        captions: captioner.is_some(),
        captions_language: captioner
            .as_ref()
            .map_or_else(|| calls.captions_language.clone(), |c| c.language.clone()),
        captions_languages: captioner.as_ref().map_or_else(
            || vec![calls.captions_language.clone()],
            |c| c.languages.clone(),
        ),
        translator: translator(calls)?,
        transcripts,
        chat_store,
        client_rates: anteroom_signalling::ClientRates {
            to_others_per_second: f64::from(calls.client_chat_per_second),
            to_others_burst: calls.client_chat_per_second.saturating_mul(10),
            all_per_second: f64::from(calls.client_messages_per_second),
            all_burst: calls.client_messages_per_second.saturating_mul(4),
        },
        unjoined_idle: std::time::Duration::from_secs(calls.unjoined_idle_seconds),
        turn: turn(calls)?,
        ..SignallingConfig::default()
    };
    let signalling = match presence {
        Some((presence, from_others)) => Signalling::start_with_presence(
            config,
            sfu.commands(),
            events_rx,
            presence,
            from_others,
        ),
        None => Signalling::start(config, sfu.commands(), events_rx),
    };
    let _ = signalling_cell.set(signalling.clone());
    Ok((sfu, signalling))
}

/// Kept captions go to the control plane's database (for organisations
/// that keep transcripts), written in a task of their own.
#[derive(Debug)]
struct KeptCaptions {
    control_plane: anteroom_control_plane::ControlPlane,
}

impl TranscriptSink for KeptCaptions {
    fn keep(
        &self,
        room: &anteroom_protocol::RoomName,
        speaker: &anteroom_protocol::DisplayName,
        text: &str,
        language: &str,
    ) {
        let (cp, room) = (self.control_plane.clone(), room.to_string());
        let line = anteroom_control_plane::transcripts::NewLine {
            speaker: speaker.as_str().to_owned(),
            text: text.to_owned(),
            language: language.to_owned(),
        };
        tokio::spawn(async move {
            if let Err(e) = anteroom_control_plane::transcripts::keep(&cp, &room, line).await {
                // The code only: the words are patient data.
                tracing::warn!(code = ?e.code, room = %room, "a caption line was not kept");
            }
        });
    }
}

/// Chat is kept in the control plane's database (issue 26), before it is
/// passed on.
#[derive(Debug)]
struct KeptChats {
    control_plane: anteroom_control_plane::ControlPlane,
}

type ChatAnswer<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, ChatStoreError>> + Send + 'a>>;

impl ChatStore for KeptChats {
    fn keep<'a>(&'a self, room: &'a RoomName, chat: &'a KeptChat) -> ChatAnswer<'a, ()> {
        Box::pin(async move {
            let message = anteroom_control_plane::chat::ChatMessage {
                sender: chat.sender.clone(),
                from_clinic: chat.from_clinic,
                display_name: chat.display_name.as_str().to_owned(),
                text: chat.text.clone(),
                at_ms: i64::try_from(chat.at_ms).unwrap_or(i64::MAX),
            };
            anteroom_control_plane::chat::keep(&self.control_plane, room.as_str(), &message)
                .await
                .map(|_| ())
                .map_err(|e| ChatStoreError(format!("{:?}", e.code)))
        })
    }

    fn history<'a>(&'a self, room: &'a RoomName) -> ChatAnswer<'a, Vec<KeptChat>> {
        Box::pin(async move {
            let messages =
                anteroom_control_plane::chat::history(&self.control_plane, room.as_str())
                    .await
                    .map_err(|e| ChatStoreError(format!("{:?}", e.code)))?;
            Ok(messages
                .into_iter()
                .filter_map(|m| {
                    Some(KeptChat {
                        sender: m.sender,
                        from_clinic: m.from_clinic,
                        display_name: anteroom_protocol::DisplayName::new(&m.display_name).ok()?,
                        text: m.text,
                        at_ms: u64::try_from(m.at_ms).unwrap_or(0),
                    })
                })
                .collect())
        })
    }
}

/// The translation service for captions, when one is configured.
fn turn(calls: &CallArgs) -> Result<Option<TurnConfig>, ServeError> {
    match (calls.turn_urls.is_empty(), &calls.turn_secret) {
        (true, _) => Ok(None),
        (false, None) => Err(ServeError::Turn(TurnError::NoSecret)),
        (false, Some(secret)) => {
            let ttl = std::time::Duration::from_secs(u64::from(calls.turn_ttl_minutes) * 60);
            Ok(Some(TurnConfig::new(
                calls.turn_urls.clone(),
                secret.clone(),
                ttl,
            )?))
        }
    }
}

fn translator(calls: &CallArgs) -> Result<Option<Arc<dyn Translator>>, ServeError> {
    let Some(url) = &calls.translate_url else {
        return Ok(None);
    };
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(ServeError::Captions(
            "--translate-url must start with http:// or https://".into(),
        ));
    }
    let service = LibreTranslate::new(url, calls.translate_api_key.clone())
        .map_err(|e| ServeError::Captions(e.to_string()))?;
    Ok(Some(Arc::new(service)))
}

/// Where the SFU's tapped microphones go, the language a speaker is taken
/// to speak by default, and the languages it hears (a worker's are known
/// once it connects, and it says so then).
struct CaptionsService {
    tap: std::sync::mpsc::SyncSender<anteroom_protocol::AudioTap>,
    language: LanguageCode,
    languages: Vec<LanguageCode>,
}

/// The captions service: a worker process's (--captions-worker), or this
/// process's own when a model is configured and loads; otherwise calls run
/// without captions (and say so when someone asks for them).
fn start_captions(
    calls: &CallArgs,
    signalling: Arc<std::sync::OnceLock<Signalling>>,
) -> Option<CaptionsService> {
    // An event that comes before signalling runs (a worker's languages, as
    // it connects) waits for it, on the service's own thread.
    let sink: anteroom_captions::live::EventSink =
        Arc::new(move |event| signalling.wait().captions_event(event));
    let started = match (
        calls.captions_worker,
        &calls.captions_worker_cert,
        &calls.captions_model,
    ) {
        (Some(worker), Some(cert), _) => {
            RemoteCaptioner::start(worker, cert, sink).map(|remote| CaptionsService {
                tap: remote.tap(),
                language: calls.captions_language.clone(),
                languages: vec![calls.captions_language.clone()],
            })
        }
        (_, _, Some(model)) => {
            let config = LiveConfig {
                workers: usize::from(calls.captions_workers),
                language: calls.captions_language.to_string(),
                ..LiveConfig::default()
            };
            Captioner::start(
                model.clone(),
                calls.captions_vad_model.clone(),
                config,
                sink,
            )
            .map(|local| CaptionsService {
                tap: local.tap(),
                // The service's own names, read as codes here, once.
                language: LanguageCode::new(local.language())
                    .unwrap_or_else(|_| calls.captions_language.clone()),
                languages: local
                    .languages()
                    .iter()
                    .filter_map(|l| LanguageCode::new(l.as_str()).ok())
                    .collect(),
            })
        }
        _ => return None,
    };
    match started {
        Ok(service) => Some(service),
        Err(e) => {
            tracing::error!(error = %e, "captions are off: the calls run without them");
            eprintln!("anteroom: captions are off: {e}");
            None
        }
    }
}

/// `anteroom signalling`: one signalling node (with its SFU), sharing
/// presence with the others through Redis.
pub async fn run_signalling(args: SignallingArgs) -> Result<(), ServeError> {
    let key = hex::decode(args.join_public_key.trim())
        .ok()
        .filter(|k| k.len() == 32)
        .ok_or(ServeError::JoinPublicKey)?;
    let listener = tokio::net::TcpListener::bind(args.http)
        .await
        .map_err(|source| ServeError::Listen {
            addr: args.http,
            source,
        })?;
    let http = listener.local_addr().map_err(ServeError::Http)?;
    let public = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{http}"));
    let ws_url = format!(
        "{}/ws",
        public.trim_end_matches('/').replacen("http", "ws", 1)
    );
    let presence = match &args.redis_url {
        Some(url) => {
            let (presence, from_others) = RedisPresence::connect(url).await?;
            tracing::info!(node = presence.node_id(), "sharing presence through Redis");
            Some((Arc::new(presence) as Arc<dyn Presence>, from_others))
        }
        None => None,
    };
    // Kept captions and chat go to the control plane, when this node may
    // reach it; without it, chat is passed on and not kept.
    let (transcripts, chat) = match (&args.control_plane_url, &args.node_key) {
        (Some(url), Some(node_key)) => (
            Some(
                Arc::new(anteroom_signalling::kept::ControlPlaneTranscripts::start(
                    url,
                    node_key.clone(),
                )?) as Arc<dyn TranscriptSink>,
            ),
            Some(
                Arc::new(anteroom_signalling::kept_chat::ControlPlaneChats::new(
                    url,
                    node_key.clone(),
                )?) as Arc<dyn ChatStore>,
            ),
        ),
        _ => (None, None),
    };
    let (sfu, signalling) = start_calls(
        &args.calls,
        JoinVerifier::new(&key),
        false,
        Some(ws_url.clone()),
        presence,
        transcripts,
        chat,
    )
    .await?;
    let app = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(signalling.router())
        .merge(crate::metrics::router(
            args.calls.metrics,
            sfu.figures(),
            signalling.caption_lags(),
        ))
        .merge(crate::web::router(None));
    let app = crate::web::with_security_headers(app, false);
    let shutdown = shutdown_signal();
    tracing::info!(http = %http, media = ?sfu.media_addrs(), "signalling node serving");
    println!("anteroom signalling node is running on http://{http}/ (websocket {ws_url})");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(ServeError::Http)?;
    signalling.shutdown().await;
    sfu.shutdown().await;
    Ok(())
}

fn mib(n: u32) -> usize {
    usize::try_from(n)
        .unwrap_or(usize::MAX)
        .saturating_mul(1024 * 1024)
}

/// Resolves on Ctrl-C or SIGTERM: a graceful stop.
///
/// The SIGTERM handler is installed when this is called, not when the
/// future is first polled: call it before announcing the address, so that
/// a supervisor (or a test) that stops the server as soon as it has seen
/// the address stops it gracefully instead of killing it.
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        if let Some(mut term) = term {
            tokio::select! {
                _ = ctrl_c => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = ctrl_c.await;
    }
}
