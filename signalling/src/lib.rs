//! anteroom's websocket signalling.
//!
//! The state of every session, room and waiting area lives in one
//! [`core`]: a state machine without I/O, clock or runtime, split by job
//! (rooms, waiting, chat, captions, probes, replication, files), tested on
//! virtual time. One [`driver`] task owns it: it feeds it each input with
//! the time and carries out what it asks (messages to connections,
//! commands to the SFU, announcements to other nodes, translations).
//! Each websocket connection is a task that parses client messages and
//! passes them to the driver, and writes what comes back. Signalling
//! talks to the SFU only through `SfuCommand` / `SfuEvent` channels, so
//! this crate does not depend on the SFU.

mod admission;
pub mod chat_store;
mod cluster;
mod connection;
mod core;
mod driver;
mod estimate;
mod figures;
mod files;
pub mod kept;
pub mod kept_chat;
pub mod parse;
mod recent;
mod token;
pub mod translate;
pub mod turn;

use std::sync::Arc;

use anteroom_protocol::{SfuCommand, SfuEvent};
use axum::Router;
use axum::extract::State;
use axum::extract::ws::WebSocketUpgrade;
use axum::response::Response;
use axum::routing::get;
use tokio::sync::mpsc;

pub use crate::cluster::{Envelope, LocalPresence, Presence, PresenceError, RedisPresence};
pub use crate::connection::ClientRates;
pub use crate::driver::HubHandle;
pub use crate::figures::{CaptionLags, RoomLagFigure};
pub use crate::parse::{ParseError, parse_client_msg};
pub use crate::token::JoinVerifier;

/// Settings of the signalling service.
#[derive(Debug, Clone)]
pub struct SignallingConfig {
    /// Any room can be entered by name alone, without a join token. A
    /// development setting.
    pub open_rooms: bool,
    /// Checks join tokens; without it, every token is refused.
    pub join_verifier: Option<JoinVerifier>,
    /// A participant who drops and comes back (with a token for the same
    /// person) within this time gets their place back: their position in
    /// the waiting list, or their room without a new admission.
    pub rejoin_grace: std::time::Duration,
    /// Participants a room may hold (the SFU is given the same number).
    pub max_participants_per_room: usize,
    /// Largest client message accepted; larger ones get `message_too_large`
    /// and the connection stays open.
    pub max_message_bytes: usize,
    /// Larger websocket frames close the connection (code 1009).
    pub max_frame_bytes: usize,
    /// This node's websocket URL, which other signalling nodes send people
    /// to when this node holds their room (several nodes on one Redis).
    pub ws_url: Option<String>,
    /// Bytes of shared files one room may hold.
    pub max_room_file_bytes: usize,
    /// Bytes of shared files all rooms together may hold (they are kept in
    /// memory).
    pub max_file_bytes: usize,
    /// A captions service runs (its events come through
    /// [`Signalling::captions_event`]); without one, `set_captions` gets
    /// `captions_unavailable`.
    pub captions: bool,
    /// The language a participant is taken to speak when their token names
    /// none the captions service hears (the captions service's own).
    pub captions_language: anteroom_protocol::LanguageCode,
    /// The spoken languages the captions service hears, until it says
    /// otherwise ([`CaptionsEvent::Languages`](anteroom_protocol::CaptionsEvent)).
    pub captions_languages: Vec<anteroom_protocol::LanguageCode>,
    /// Translates final caption segments for viewers who read another
    /// language; without it, asking for one gets `translation_unavailable`.
    pub translator: Option<Arc<dyn translate::Translator>>,
    /// Where the final caption segments of rooms whose members hold
    /// `keep_transcript` go; without it, nothing is kept.
    pub transcripts: Option<Arc<dyn TranscriptSink>>,
    /// How many messages one websocket client may send.
    pub client_rates: ClientRates,
    /// How long a websocket may stay open without joining a room, watching
    /// a waiting list or testing media (then it is closed, code 1008).
    pub unjoined_idle: std::time::Duration,
    /// TURN servers for clients on the hardest networks; without them,
    /// `get_ice_servers` answers an empty list.
    pub turn: Option<turn::TurnConfig>,
    /// Where chat is kept; without it, chat is passed on and never kept.
    pub chat_store: Option<Arc<dyn chat_store::ChatStore>>,
    /// Where the caption lag of each room is written, for the metrics.
    pub caption_lags: CaptionLags,
}

/// Keeps final caption segments (the control plane, in `anteroom serve`).
pub trait TranscriptSink: Send + Sync + std::fmt::Debug {
    /// A final segment said in `room`. Must not block: called by the hub.
    fn keep(
        &self,
        room: &anteroom_protocol::RoomName,
        speaker: &anteroom_protocol::DisplayName,
        text: &str,
        language: &str,
    );
}

impl Default for SignallingConfig {
    fn default() -> Self {
        SignallingConfig {
            open_rooms: false,
            join_verifier: None,
            rejoin_grace: std::time::Duration::from_secs(30),
            max_participants_per_room: 8,
            max_message_bytes: 64 * 1024,
            max_frame_bytes: 1024 * 1024,
            ws_url: None,
            max_room_file_bytes: 100 * 1024 * 1024,
            max_file_bytes: 1024 * 1024 * 1024,
            captions: false,
            captions_language: anteroom_protocol::LanguageCode::english(),
            captions_languages: vec![anteroom_protocol::LanguageCode::english()],
            translator: None,
            transcripts: None,
            client_rates: ClientRates::default(),
            unjoined_idle: std::time::Duration::from_secs(30),
            turn: None,
            chat_store: None,
            caption_lags: CaptionLags::default(),
        }
    }
}

/// The running signalling service.
#[derive(Debug, Clone)]
pub struct Signalling {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: SignallingConfig,
    hub: HubHandle,
}

impl Signalling {
    /// Starts the hub. `sfu` takes commands to the SFU; `sfu_events` brings
    /// its events back.
    pub fn start(
        config: SignallingConfig,
        sfu: mpsc::Sender<SfuCommand>,
        sfu_events: mpsc::UnboundedReceiver<SfuEvent>,
    ) -> Signalling {
        let (_, nothing) = mpsc::unbounded_channel();
        Self::start_with_presence(config, sfu, sfu_events, Arc::new(LocalPresence), nothing)
    }

    /// Starts the hub as one of several nodes: `presence` tells the others
    /// what happens here, and `from_others` brings what happens there (for
    /// example [`RedisPresence::connect`]'s two halves).
    pub fn start_with_presence(
        config: SignallingConfig,
        sfu: mpsc::Sender<SfuCommand>,
        sfu_events: mpsc::UnboundedReceiver<SfuEvent>,
        presence: Arc<dyn Presence>,
        from_others: mpsc::UnboundedReceiver<Envelope>,
    ) -> Signalling {
        let hub = driver::spawn(config.clone(), sfu, sfu_events, presence, from_others);
        Signalling {
            inner: Arc::new(Inner { config, hub }),
        }
    }

    /// Routes served by signalling: `GET /ws`, and file sharing under
    /// `/files`.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/ws", get(ws_upgrade))
            .merge(files::routes())
            .with_state(self.clone())
    }

    /// Passes an event of the captions service to the hub. Blocking: call
    /// it from the service's own threads, not from async code. False once
    /// signalling has stopped.
    pub fn captions_event(&self, event: anteroom_protocol::CaptionsEvent) -> bool {
        self.hub().captions_event(event)
    }

    /// The caption lag of each room, as the hub records it.
    pub fn caption_lags(&self) -> CaptionLags {
        self.inner.config.caption_lags.clone()
    }

    fn hub(&self) -> &HubHandle {
        &self.inner.hub
    }

    /// Tells every connected client the server is going away, closes their
    /// sockets, and waits until the hub has done so.
    pub async fn shutdown(&self) {
        self.inner.hub.shutdown().await;
    }
}

async fn ws_upgrade(State(signalling): State<Signalling>, upgrade: WebSocketUpgrade) -> Response {
    let config = &signalling.inner.config;
    // Small buffers: most messages are a few hundred bytes, and thousands
    // of patients may sit in waiting rooms, each with a socket. (The
    // defaults, 128 KiB each way, cost about 150 KiB per connection.)
    // Larger messages (SDP) are read in several steps.
    upgrade
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_message_size(config.max_frame_bytes)
        .max_frame_size(config.max_frame_bytes)
        .on_upgrade(move |socket| {
            let (sink, stream) = futures_util::StreamExt::split(socket);
            let config = &signalling.inner.config;
            connection::run(
                sink,
                stream,
                signalling.inner.hub.clone(),
                config.max_message_bytes,
                config.join_verifier.clone(),
                config.client_rates,
                config.unjoined_idle,
            )
        })
}
