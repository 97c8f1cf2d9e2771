//! `anteroom serve`: web pages, signalling and the SFU in one process.

use anteroom_sfu::{DriverConfig, DriverError, SfuConfig, SfuHandle};
use anteroom_signalling::{JoinVerifier, Signalling, SignallingConfig};
use axum::routing::get;
use axum::Router;
use tokio::sync::mpsc;

use crate::ServeArgs;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("SFU: {0}")]
    Sfu(#[from] DriverError),
    #[error("cannot listen for HTTP on {addr}: {source}")]
    Listen { addr: std::net::SocketAddr, source: std::io::Error },
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
}

pub async fn run(args: ServeArgs) -> Result<(), ServeError> {
    // Bound first, so that links name the real port (with `--http
    // 127.0.0.1:0`, the one the system chose).
    let listener = tokio::net::TcpListener::bind(args.http)
        .await
        .map_err(|source| ServeError::Listen { addr: args.http, source })?;
    let http = listener.local_addr().map_err(ServeError::Http)?;
    let control_plane = crate::control_plane::open(&args.database, http).await?;
    let jobs = crate::control_plane::start_jobs(&control_plane);
    let max_participants = usize::from(args.max_participants);
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    let sfu = SfuHandle::start(
        DriverConfig {
            bind_ip: args.media_ip,
            ports: args.media_ports.clone(),
            announce_ip: args.media_announce_ip,
            workers: usize::from(args.sfu_workers),
            sfu: SfuConfig { max_participants_per_room: max_participants, ..SfuConfig::default() },
        },
        events_tx,
    )
    .await?;

    let signalling = Signalling::start(
        SignallingConfig {
            open_rooms: args.open_rooms,
            join_verifier: Some(JoinVerifier::new(control_plane.config().join_signer.public_key())),
            max_participants_per_room: max_participants,
            max_room_file_bytes: mib(args.room_files_mib),
            max_file_bytes: mib(args.files_mib),
            ..SignallingConfig::default()
        },
        sfu.commands(),
        events_rx,
    );

    let app = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(signalling.router())
        .merge(control_plane.router())
        .merge(crate::web::router());

    tracing::info!(http = %http, media = ?sfu.media_addrs(), open_rooms = args.open_rooms, "anteroom serving");
    if args.open_rooms {
        println!("anteroom is running: open http://{http}/call/demo?name=YourName in two browser tabs");
    } else {
        println!("anteroom is running on http://{http} (rooms are closed; start with --open-rooms to try a call)");
    }

    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await.map_err(ServeError::Http)?;
    tracing::info!("shutting down");
    signalling.shutdown().await;
    sfu.shutdown().await;
    for job in jobs {
        job.abort();
    }
    control_plane.db().close().await;
    Ok(())
}

fn mib(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX).saturating_mul(1024 * 1024)
}

pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
