//! `anteroom`: the composition root. It parses the command line, builds each
//! service's config, and wires the services together in one process.

mod admin;
mod captions;
mod control_plane;
mod metrics;
mod serve;
mod web;

use std::net::{IpAddr, SocketAddr};
use std::ops::RangeInclusive;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Where `serve` and `control-plane` listen unless told otherwise, and so
/// the address in links the admin command prints.
pub const DEFAULT_HTTP: &str = "127.0.0.1:8080";

#[derive(Debug, Parser)]
#[command(name = "anteroom", version, about = "Telehealth video consultations")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run every service in one process: web pages, the control plane's
    /// REST API, signalling and the SFU.
    Serve(ServeArgs),
    /// Run the control plane (REST API) alone.
    ControlPlane(ControlPlaneArgs),
    /// Run signalling (with its SFU) as one node of several sharing
    /// presence through Redis.
    Signalling(SignallingArgs),
    /// Administration: create the first organisation and its admin.
    Admin(admin::AdminArgs),
    /// Captions tools: run the live captioning pipeline over a file.
    Captions(captions::CaptionsArgs),
}

/// Where the control plane keeps its data and how it is reached.
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// `sqlite:PATH` (created if missing) or `postgres://USER@HOST/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = anteroom_control_plane::db::DEFAULT_URL)]
    pub database_url: String,
    /// The address people reach anteroom at, for links in emails and the
    /// admin command's output. Defaults to http:// and the --http address.
    #[arg(long)]
    pub public_url: Option<String>,
    /// Mark session cookies Secure: required when serving over HTTPS.
    #[arg(long)]
    pub secure_cookies: bool,
    /// Behind a reverse proxy that sets `X-Forwarded-For`: take the
    /// client's address from it, for the limits on logins, public bookings
    /// and walk-ins (docs/limits.md). Behind a proxy, turn it on: otherwise
    /// every client counts as the proxy, and a guesser's failures slow
    /// everyone's logins. Without a proxy, leave it off: clients could
    /// claim any address.
    #[arg(long)]
    pub trust_forwarded_for: bool,
    /// SMTP server for invitations, reminders, cancellations and password
    /// links: `smtp://HOST:PORT` (plain), `smtp://HOST:PORT?tls=required`
    /// (STARTTLS) or `smtps://USER:PASSWORD@HOST`. Without it no email is
    /// sent; the API responses carry the links.
    #[arg(long, env = "SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of the emails.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "anteroom <noreply@localhost>"
    )]
    pub mail_from: String,
    /// Ed25519 private key (PKCS#8 PEM) that signs join tokens; created
    /// (mode 0600) if missing. Without it a new key is made at every start,
    /// so join tokens from before a restart stop working.
    #[arg(long, env = "JOIN_KEY_FILE")]
    pub join_key_file: Option<std::path::PathBuf>,
    /// A secret of at least 32 characters that the signalling nodes of a
    /// scaled setup present (their --node-key) to hand over kept chat and
    /// captions.
    /// Only its SHA-256 is held. Without it no node can.
    #[arg(long, env = "ANTEROOM_NODE_KEY", hide_env_values = true)]
    pub node_key: Option<String>,
    /// The key that wraps each organisation's key for questionnaire answers
    /// (64 hex digits in a file; docs/decisions/0078). Made (mode 0600) on
    /// the first start of a database that has none; keep it apart from the
    /// database's backups. `$ANTEROOM_ANSWERS_KEY` (the 64 hex digits) takes
    /// its place. A database started with another key refuses to start.
    #[arg(
        long,
        env = "ANTEROOM_ANSWERS_KEY_FILE",
        default_value = "./data/answers.key"
    )]
    pub answers_key_file: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct ControlPlaneArgs {
    /// Address for HTTP (/api/v1, /healthz).
    #[arg(long, default_value = DEFAULT_HTTP)]
    pub http: SocketAddr,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address for HTTP (pages, /ws, /healthz).
    #[arg(long, default_value = DEFAULT_HTTP)]
    pub http: SocketAddr,
    /// Let anyone enter any room by name. For development only: without it,
    /// rooms are entered with join tokens from the control plane.
    #[arg(long)]
    pub open_rooms: bool,
    #[command(flatten)]
    pub calls: CallArgs,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

/// `anteroom signalling`: one of several signalling nodes (each with its
/// SFU) sharing presence through Redis; the control plane runs apart.
#[derive(Debug, Args)]
pub struct SignallingArgs {
    /// Address for HTTP (/ws, /files, pages, /healthz).
    #[arg(long, default_value = "127.0.0.1:8081")]
    pub http: SocketAddr,
    /// The control plane's join-token public key (64 hex digits, from
    /// `anteroom admin join-public-key`). This node can check tokens but
    /// never make one.
    #[arg(long, env = "JOIN_PUBLIC_KEY")]
    pub join_public_key: String,
    /// Redis shared by the signalling nodes (`redis://HOST:PORT`): waiting
    /// areas and rooms are seen and admitted across them. Without it the
    /// node is alone.
    #[arg(long, env = "REDIS_URL")]
    pub redis_url: Option<String>,
    /// The address browsers reach this node at (default http:// and the
    /// --http address); other nodes send people here when this node holds
    /// their room.
    #[arg(long)]
    pub public_url: Option<String>,
    /// The control plane (`http://HOST:PORT`), to keep chat (before it is
    /// passed on) and the captions of organisations that keep them; with
    /// --node-key, the secret it was started with. Without them this node
    /// keeps no chat and no captions.
    #[arg(long, env = "CONTROL_PLANE_URL", requires = "node_key")]
    pub control_plane_url: Option<String>,
    /// The control plane's --node-key.
    #[arg(
        long,
        env = "ANTEROOM_NODE_KEY",
        hide_env_values = true,
        requires = "control_plane_url"
    )]
    pub node_key: Option<String>,
    #[command(flatten)]
    pub calls: CallArgs,
}

/// Media and call limits, shared by `serve` and `signalling`.
#[derive(Debug, Args)]
pub struct CallArgs {
    /// IP address the SFU binds for media. The default keeps media on this
    /// machine; use the machine's LAN or public address (or 0.0.0.0 together
    /// with --media-announce-ip) to take calls from elsewhere.
    #[arg(long, default_value = "127.0.0.1")]
    pub media_ip: IpAddr,
    /// UDP port range for media, as FIRST-LAST; each SFU worker takes the
    /// next free port in it.
    #[arg(long, default_value = "40000-40099", value_parser = parse_port_range)]
    pub media_ports: RangeInclusive<u16>,
    /// Address announced to browsers as the media address, when it differs
    /// from --media-ip (binding 0.0.0.0, or behind a 1:1 NAT).
    #[arg(long)]
    pub media_announce_ip: Option<IpAddr>,
    /// TCP port for media from browsers whose network blocks UDP (ICE over
    /// TCP); worker i listens on PORT+i. By default each worker listens on
    /// TCP on the same port number as its UDP socket. 443 works where
    /// nothing else listens on it (with --sfu-workers 1).
    #[arg(long, conflicts_with = "no_media_tcp")]
    pub media_tcp_port: Option<u16>,
    /// UDP only: no media over TCP (a patient whose network blocks UDP then
    /// needs TURN).
    #[arg(long)]
    pub no_media_tcp: bool,
    /// SFU worker threads, each with its own media port; a room lives on
    /// one worker. 0: one per CPU core.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u16).range(0..=256))]
    pub sfu_workers: u16,
    /// Serve GET /metrics (Prometheus text: runtime tasks and workers, and
    /// each media connection's path, round trip, loss, bandwidth estimate
    /// and bytes, labelled by opaque participant id). No names; still,
    /// keep it behind your proxy.
    #[arg(long)]
    pub metrics: bool,
    /// Participants per room.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(2..=64))]
    pub max_participants: u16,
    /// In a room with more microphones than this, the microphones of the
    /// last this many people to speak flow all the time; the others are
    /// forwarded only while they carry voice. 0: every microphone always.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(0..=64))]
    pub audible_speakers: u16,
    /// MiB of shared files one consultation may hold. Shared files are kept
    /// in memory and deleted when the consultation ends.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=65536))]
    pub room_files_mib: u32,
    /// MiB of shared files all consultations together may hold.
    #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..=1048576))]
    pub files_mib: u32,
    /// Live captions: a Whisper model in whisper.cpp's ggml format
    /// (ggml-tiny.en.bin...). Without it, calls run without captions; a
    /// model that cannot be loaded is reported at start and calls run
    /// without captions too.
    #[arg(long, env = "ANTEROOM_CAPTIONS_MODEL")]
    pub captions_model: Option<std::path::PathBuf>,
    /// The Silero voice-activity model for captions; defaults to the
    /// ggml-silero-vad*.bin beside --captions-model.
    #[arg(long, env = "ANTEROOM_CAPTIONS_VAD_MODEL")]
    pub captions_vad_model: Option<std::path::PathBuf>,
    /// Live captions from an `anteroom captions worker` process at
    /// HOST:PORT (QUIC) instead of in this process: a crash in the
    /// recogniser then takes only the captions. While it is unreachable,
    /// viewers are told captions are unavailable; it is retried every
    /// second. Needs --captions-worker-cert.
    #[arg(
        long,
        env = "ANTEROOM_CAPTIONS_WORKER",
        conflicts_with = "captions_model",
        requires = "captions_worker_cert"
    )]
    pub captions_worker: Option<SocketAddr>,
    /// The worker's certificate (the PEM file it made at its first start):
    /// the only one trusted for the captions link.
    #[arg(long, env = "ANTEROOM_CAPTIONS_WORKER_CERT")]
    pub captions_worker_cert: Option<std::path::PathBuf>,
    /// Captions worker threads, each with its own recogniser state.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub captions_workers: u16,
    /// Messages one websocket client may send a second, of any kind, in
    /// bursts of four times as many; more are refused (`rate_limited`), and
    /// a client that keeps going is closed (code 1008).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub client_messages_per_second: u32,
    /// Of those, messages that reach other people (chat, mute changes,
    /// captions settings, admissions) a second, in bursts of ten times as
    /// many.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub client_chat_per_second: u32,
    /// Seconds a websocket may stay open without joining a room, watching a
    /// waiting list or testing media; then it is closed (code 1008).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub unjoined_idle_seconds: u64,
    /// The language people speak in calls (a two- or three-letter code);
    /// English-only models (*.en) always hear English.
    #[arg(long, default_value = "en", value_parser = parse_language)]
    pub captions_language: anteroom_protocol::LanguageCode,
    /// A LibreTranslate-compatible service the clinic runs, for captions
    /// in other languages than the one spoken (`http://HOST:PORT`). Final
    /// segments are sent to it; without it, nothing is translated.
    #[arg(long, env = "ANTEROOM_TRANSLATE_URL")]
    pub translate_url: Option<String>,
    /// The translation service's API key, if it wants one.
    #[arg(long, env = "ANTEROOM_TRANSLATE_API_KEY", hide_env_values = true)]
    pub translate_api_key: Option<String>,
    /// A TURN server for patients whose network allows neither UDP nor a
    /// TCP connection to the media port (`turn:HOST:PORT?transport=tcp`,
    /// `turns:HOST:443`); repeat for several. Needs --turn-secret. See
    /// docs/turn.md for a coturn configuration.
    #[arg(long = "turn-url", env = "ANTEROOM_TURN_URLS", value_delimiter = ',')]
    pub turn_urls: Vec<String>,
    /// coturn's static-auth-secret (use-auth-secret): each connection gets
    /// credentials of its own made with it; the secret never leaves here.
    #[arg(long, env = "ANTEROOM_TURN_SECRET", hide_env_values = true)]
    pub turn_secret: Option<String>,
    /// How long TURN credentials last (a consultation and a margin).
    #[arg(long, default_value_t = 240, value_parser = clap::value_parser!(u32).range(1..=1440))]
    pub turn_ttl_minutes: u32,
}

fn parse_language(s: &str) -> Result<anteroom_protocol::LanguageCode, String> {
    anteroom_protocol::LanguageCode::new(s)
        .map_err(|_| "expected a two- or three-letter lowercase language code, e.g. en".into())
}

fn parse_port_range(s: &str) -> Result<RangeInclusive<u16>, String> {
    let (first, last) = s
        .split_once('-')
        .ok_or("expected FIRST-LAST, e.g. 40000-40099")?;
    let first: u16 = first
        .trim()
        .parse()
        .map_err(|_| "FIRST is not a port number")?;
    let last: u16 = last
        .trim()
        .parse()
        .map_err(|_| "LAST is not a port number")?;
    if first == 0 || first > last {
        return Err("expected 1 <= FIRST <= LAST".into());
    }
    Ok(first..=last)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("anteroom: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Command::Serve(args) => runtime.block_on(serve::run(args)),
        Command::ControlPlane(args) => runtime.block_on(control_plane::run(args)),
        Command::Signalling(args) => runtime.block_on(serve::run_signalling(args)),
        Command::Admin(args) => runtime.block_on(admin::run(args)),
        Command::Captions(args) => captions::run(args, &runtime),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "anteroom stopped");
            eprintln!("anteroom: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("ANTEROOM_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,str0m=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .init();
}
