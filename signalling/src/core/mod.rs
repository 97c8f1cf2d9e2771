//! The signalling core: every session, room, waiting area and the
//! replica of other nodes, as a state machine without I/O. The driver
//! (`crate::driver`) feeds it [`Input`]s with the time, and carries out
//! the [`Output`]s it queues: messages and closes for connections,
//! commands for the SFU, announcements for other nodes, translations and
//! kept captions. Nothing here awaits, spawns or reads a clock, so tests
//! drive it directly on virtual time (`tests.rs`).
//!
//! One file per job: `session` (a connection's state, one `Stage` at a
//! time), `client` (what a connection's message means), `rooms` (join,
//! enter, leave, end), `media` (the SFU's events), `waiting` (waiting
//! areas, watchers, admission; the rule itself is `crate::admission`),
//! `chat`, `captions`, `probe` (the pre-call media test), `replication`
//! (other nodes), `sharing` (files).

mod captions;
mod chat;
mod client;
mod media;
mod probe;
mod replication;
mod resume;
mod rooms;
mod session;
mod sharing;
#[cfg(test)]
mod tests;
mod waiting;

use captions::Reading;
pub(crate) use captions::translated;
use session::{Session, Stage, Watcher};

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, Instant};

use anteroom_protocol::{
    CaptionsEvent, CaptionsState, ChatRecord, ClientMsg, ConnectionCheck, DisplayName, ErrorCode,
    FileId, Grant, JoinClaims, JoinRole, LanguageCode, LeaveReason, MAX_CHAT_CHARS,
    MAX_SCREEN_MIDS, MediaKind, PROTOCOL_VERSION, ParticipantId, ParticipantInfo, Queue, RequestId,
    RoomName, ServerMsg, SfuCommand, SfuEvent, SharedFile, WaitingEntry,
};
use rand::RngCore;

use crate::SignallingConfig;
use crate::admission::{self, Place, Viewer, Waited};
use crate::chat_store::KeptChat;
use crate::cluster::{ClusterMsg, Envelope, SharedViewer, SharedWaiter, Target};
use crate::estimate;
use crate::files::{FileRequest, RoomFiles};
use crate::recent::Recent;

/// One websocket connection, numbered by the driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct ConnId(pub u64);

/// What happens to the core.
#[derive(Debug)]
pub(crate) enum Input {
    /// A websocket connection opened.
    Connect { conn: ConnId },
    /// A client message; `claims` are those of a `join`'s or `watch`'s
    /// token, already verified.
    Message {
        conn: ConnId,
        msg: ClientMsg,
        claims: Option<Box<JoinClaims>>,
    },
    /// A connection closed.
    Disconnect { conn: ConnId },
    /// From the SFU.
    Sfu(SfuEvent),
    /// From another signalling node.
    Cluster(Envelope),
    /// From the captions service.
    Captions(CaptionsEvent),
    /// A message made outside the core (a translated caption) for these
    /// connections.
    Deliver { conns: Vec<ConnId>, msg: ServerMsg },
    /// Shared files over HTTP.
    File(FileRequest),
    /// Time passed (the driver ticks every [`crate::cluster::HEARTBEAT`]).
    Tick,
    /// The server is stopping: everyone is told and let go.
    Shutdown,
    /// The chat store answered `Output::KeepChat` `key`: kept (or nothing
    /// to keep it in), or not (the message is then not passed on).
    ChatKept { key: u64, kept: bool },
    /// The chat store read `room`'s conversation for `conns`
    /// (`Output::LoadChat`).
    ChatHistory {
        conns: Vec<ConnId>,
        participant: Option<ParticipantId>,
        chats: Vec<KeptChat>,
    },
}

/// What the core asks of the world, in order.
#[derive(Debug)]
pub(crate) enum Output {
    /// A message to a connection (one that does not read is dropped by the
    /// driver rather than allowed to slow everyone else).
    Send(ConnId, ServerMsg),
    /// Close a connection after what was sent to it.
    Close(ConnId),
    Sfu(SfuCommand),
    /// An announcement or request for other signalling nodes.
    Cluster(Target, ClusterMsg),
    /// Translate a final caption into `target` and deliver it to `conns`
    /// (as spoken if that fails): `Input::Deliver`.
    Translate {
        msg: ServerMsg,
        target: LanguageCode,
        conns: Vec<ConnId>,
    },
    /// A caption update in `room` came `lag_ms` after its audio (for the
    /// metrics).
    CaptionLag {
        room: RoomName,
        lag_ms: u64,
    },
    /// Keep a final caption with its appointment (the organisation keeps
    /// transcripts).
    Keep {
        room: RoomName,
        speaker: DisplayName,
        text: String,
        language: LanguageCode,
    },
    /// Keep a chat message in `room`'s conversation, then answer
    /// `Input::ChatKept` with `key`. (Only with a chat store.)
    KeepChat {
        key: u64,
        room: RoomName,
        chat: KeptChat,
    },
    /// Read `room`'s conversation for `conns` (who started waiting,
    /// entered the room, or watch `participant` wait), then answer
    /// `Input::ChatHistory`. (Only with a chat store.)
    LoadChat {
        conns: Vec<ConnId>,
        room: RoomName,
        participant: Option<ParticipantId>,
    },
}

/// Media tests (`probe`) running at once, at most.
const MAX_PROBES: usize = 64;

/// How long a connected media test may carry the client's measuring
/// traffic before the server ends it.
const PROBE_MEASURE: Duration = Duration::from_secs(10);

#[derive(Debug)]
struct Member {
    conn: ConnId,
    info: ParticipantInfo,
    /// Someone in the call said which language they speak
    /// (`set_spoken_language`): it is no longer detected from their speech.
    language_chosen: bool,
}

#[derive(Debug, Default)]
struct Room {
    members: BTreeMap<ParticipantId, Member>,
    /// Force start: people waiting for the room come straight in.
    auto_admit: bool,
    files: RoomFiles,
    /// Those here who turned captions on, with the language they read
    /// (none: as spoken): while there are any, everyone's microphone goes
    /// to the captions tap.
    caption_viewers: BTreeMap<ConnId, Option<LanguageCode>>,
    /// A member's token holds `keep_transcript`: final caption segments
    /// are kept with the appointment.
    keep_transcript: bool,
}

impl Room {
    /// Someone here reads captions in English.
    fn reads_english(&self) -> bool {
        self.caption_viewers
            .values()
            .any(|l| l.as_ref().is_some_and(LanguageCode::is_english))
    }
}

/// The state machine. See the module documentation.
#[derive(Debug)]
pub(crate) struct Core {
    /// Whether the captions service runs and keeps up.
    captions_state: CaptionsState,
    /// The spoken languages the captions service hears.
    captions_languages: Vec<LanguageCode>,
    config: SignallingConfig,
    sessions: HashMap<ConnId, Session>,
    rooms: HashMap<RoomName, Room>,
    conn_of: HashMap<ParticipantId, ConnId>,
    /// Everyone in a waiting area, by the participant id they will have.
    waiting: HashMap<ParticipantId, Waiter>,
    /// People who dropped out of a waiting list: when they started waiting.
    recently_waiting: Recent<String, u64>,
    /// The last arrival time given out: two patients arriving within one
    /// millisecond get distinct times, so the first stays first in line
    /// (a tie was broken by their random ids).
    last_arrival_ms: u64,
    /// People who dropped out of a room they were in.
    recently_in: Recent<(RoomName, String), ()>,
    /// Files keys of people in rooms.
    file_keys: HashMap<String, ConnId>,
    /// Bytes of shared files in all rooms.
    file_bytes: usize,
    /// People waiting on other nodes, by participant id, with their node.
    remote_waiting: HashMap<ParticipantId, (String, SharedWaiter)>,
    /// Rooms held by other nodes: the node, and its websocket URL.
    remote_rooms: HashMap<RoomName, (String, String)>,
    /// Who is in a room on another node (room, `sub`), and the node.
    remote_members: HashMap<(RoomName, String), String>,
    /// When each other node was last heard from.
    last_heard: HashMap<String, Instant>,
    /// Nodes taken for dead, with when the people who waited on them and
    /// have not reconnected here or elsewhere leave the lists.
    dead_nodes: HashMap<String, Instant>,
    /// The time of the input being handled, monotonic and wall (ms since
    /// the Unix epoch, for arrival times and chat stamps).
    now: Instant,
    wall_ms: u64,
    outputs: VecDeque<Output>,
    /// Chat messages waiting for the store: what to do once kept (the
    /// sender's `ack` and the deliveries), by key.
    pending_chats: HashMap<u64, PendingChat>,
    next_chat_key: u64,
}

/// A chat message being kept: its sender, and the outputs held back.
#[derive(Debug)]
struct PendingChat {
    conn: ConnId,
    request_id: RequestId,
    outputs: Vec<Output>,
}

/// Someone waiting to be admitted.
#[derive(Debug)]
struct Waiter {
    conn: ConnId,
    /// The `join`'s request id, answered with `joined` on admission.
    request_id: RequestId,
    entry: WaitingEntry,
    queues: Vec<Queue>,
    grants: Vec<Grant>,
    capacity: usize,
    sub: String,
    /// The last estimate told: patients ahead, and the turn's time.
    told: Option<(u32, u64)>,
}

impl Core {
    pub(crate) fn new(config: SignallingConfig, now: Instant, wall_ms: u64) -> Core {
        let grace = config.rejoin_grace;
        Core {
            captions_state: if config.captions {
                CaptionsState::On
            } else {
                CaptionsState::Unavailable
            },
            captions_languages: config.captions_languages.clone(),
            config,
            sessions: HashMap::new(),
            rooms: HashMap::new(),
            conn_of: HashMap::new(),
            waiting: HashMap::new(),
            recently_waiting: Recent::new(grace),
            last_arrival_ms: 0,
            recently_in: Recent::new(grace),
            file_keys: HashMap::new(),
            file_bytes: 0,
            remote_waiting: HashMap::new(),
            remote_rooms: HashMap::new(),
            remote_members: HashMap::new(),
            last_heard: HashMap::new(),
            dead_nodes: HashMap::new(),
            now,
            wall_ms,
            outputs: VecDeque::new(),
            pending_chats: HashMap::new(),
            next_chat_key: 0,
        }
    }

    /// Handles one input at `now` (`wall_ms`: the same moment on the wall
    /// clock); what it leads to waits in [`Core::poll_output`].
    pub(crate) fn handle(&mut self, input: Input, now: Instant, wall_ms: u64) {
        self.now = now.max(self.now);
        self.wall_ms = wall_ms;
        match input {
            Input::Connect { conn } => {
                self.sessions.insert(conn, Session::new());
            }
            Input::Message { conn, msg, claims } => self.handle_client(conn, msg, claims),
            Input::Disconnect { conn } => {
                self.end_probe(conn, None);
                self.leave(conn, LeaveReason::Left, true);
                if let Some(waiter) = self.stop_waiting(conn, false) {
                    self.recently_waiting
                        .remember(waiter.sub, waiter.entry.since_ms, self.now);
                }
                self.sessions.remove(&conn);
            }
            Input::Sfu(event) => self.handle_sfu_event(event),
            Input::ChatKept { key, kept } => self.chat_kept(key, kept),
            Input::ChatHistory {
                conns,
                participant,
                chats,
            } => self.chat_history(conns, participant, chats),
            Input::Cluster(envelope) => self.handle_cluster(envelope),
            Input::Captions(event) => self.handle_captions(event),
            Input::Deliver { conns, msg } => {
                for conn in conns {
                    self.send(conn, msg.clone());
                }
            }
            Input::File(request) => self.handle_file(request),
            Input::Tick => {
                self.check_nodes();
                self.end_measured_probes();
            }
            Input::Shutdown => self.shutdown(),
        }
    }

    /// The next thing to do, in order.
    pub(crate) fn poll_output(&mut self) -> Option<Output> {
        self.outputs.pop_front()
    }

    fn shutdown(&mut self) {
        let conns: Vec<ConnId> = self.sessions.keys().copied().collect();
        for conn in conns {
            self.send(
                conn,
                ServerMsg::Disconnected {
                    reason: LeaveReason::ServerShutdown,
                },
            );
            self.leave(conn, LeaveReason::ServerShutdown, true);
            self.close(conn);
            self.sessions.remove(&conn);
        }
    }

    /// Whether the connection's token (or an open room) grants `grant`.
    fn granted(&self, conn: ConnId, grant: Grant) -> bool {
        self.grants_of(conn).contains(&grant)
    }

    /// What the connection's token (or an open room) grants.
    fn grants_of(&self, conn: ConnId) -> &[Grant] {
        self.sessions
            .get(&conn)
            .map_or(&[], |s| s.grants.as_slice())
    }

    fn command_sfu(&mut self, cmd: SfuCommand) {
        self.outputs.push_back(Output::Sfu(cmd));
    }

    fn publish(&mut self, to: Target, msg: ClusterMsg) {
        self.outputs.push_back(Output::Cluster(to, msg));
    }

    fn send(&mut self, conn: ConnId, msg: ServerMsg) {
        if self.sessions.contains_key(&conn) {
            self.outputs.push_back(Output::Send(conn, msg));
        }
    }

    fn close(&mut self, conn: ConnId) {
        if self.sessions.contains_key(&conn) {
            self.outputs.push_back(Output::Close(conn));
        }
    }

    fn error(&mut self, conn: ConnId, request_id: Option<RequestId>, code: ErrorCode) {
        self.send(
            conn,
            ServerMsg::Error {
                request_id,
                code,
                message: describe(code).into(),
            },
        );
    }

    /// Sends to every member of `room` except `except`.
    fn broadcast(&mut self, room: &RoomName, except: Option<&ParticipantId>, msg: ServerMsg) {
        let Some(r) = self.rooms.get(room) else {
            return;
        };
        let conns: Vec<ConnId> = r
            .members
            .iter()
            .filter(|(id, _)| Some(*id) != except)
            .map(|(_, m)| m.conn)
            .collect();
        for conn in conns {
            self.send(conn, msg.clone());
        }
    }
}

/// Everyone in an open room (development) may do everything.
const OPEN_ROOM_GRANTS: &[Grant] = &[
    Grant::Publish,
    Grant::Subscribe,
    Grant::Admit,
    Grant::ScreenShare,
    Grant::Chat,
    Grant::Files,
    Grant::ForceStart,
];

/// Whether an SDP offer asks to send media: an audio or video section that
/// is `sendrecv` or `sendonly`, or states no direction (which means
/// `sendrecv`).
fn sdp_sends(sdp: &str) -> bool {
    // (audio or video, the section's direction attribute)
    let mut sections: Vec<(bool, Option<&str>)> = Vec::new();
    for line in sdp.lines().map(str::trim) {
        if line.starts_with("m=") {
            sections.push((
                line.starts_with("m=audio") || line.starts_with("m=video"),
                None,
            ));
        } else if let Some(section) = sections.last_mut() {
            if matches!(
                line,
                "a=sendrecv" | "a=sendonly" | "a=recvonly" | "a=inactive"
            ) {
                section.1 = Some(line);
            }
        }
    }
    sections.iter().any(|(media, direction)| {
        *media && matches!(direction, None | Some("a=sendrecv" | "a=sendonly"))
    })
}

/// An offer's screen mids: at most `MAX_SCREEN_MIDS`, each a plausible mid
/// (1 to 16 letters, digits, `-` or `_`, as browsers write them).
fn screen_mids_valid(mids: &[String]) -> bool {
    mids.len() <= MAX_SCREEN_MIDS
        && mids.iter().all(|m| {
            (1..=16).contains(&m.len())
                && m.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

fn request_id_of(msg: &ClientMsg) -> Option<RequestId> {
    match msg {
        ClientMsg::Join { request_id, .. }
        | ClientMsg::Offer { request_id, .. }
        | ClientMsg::Answer { request_id, .. }
        | ClientMsg::SetMute { request_id, .. }
        | ClientMsg::Watch { request_id, .. }
        | ClientMsg::Admit { request_id, .. }
        | ClientMsg::Chat { request_id, .. }
        | ClientMsg::ChatToWaiting { request_id, .. }
        | ClientMsg::End { request_id }
        | ClientMsg::SetAutoAdmit { request_id, .. }
        | ClientMsg::SetCaptions { request_id, .. }
        | ClientMsg::SetSpokenLanguage { request_id, .. }
        | ClientMsg::Probe { request_id, .. }
        | ClientMsg::GetIceServers { request_id }
        | ClientMsg::Resume { request_id, .. }
        | ClientMsg::Leave { request_id } => Some(*request_id),
        ClientMsg::Candidate { .. }
        | ClientMsg::EndOfCandidates
        | ClientMsg::SetVideoSize { .. } => None,
    }
}

/// 128 random bits: participant ids are unguessable.
fn new_participant_id() -> ParticipantId {
    ParticipantId::new(new_secret("p"))
}

/// `prefix` and 128 random bits in hex.
pub(crate) fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", hex::encode(bytes))
}

/// The text sent with each error code. Fixed text: internal details stay in
/// the server's logs.
fn describe(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::RateLimited => "too many messages: slow down",
        ErrorCode::MalformedMessage => "the message is not valid",
        ErrorCode::UnknownMessageType => "unknown message type",
        ErrorCode::MessageTooLarge => "the message is too large",
        ErrorCode::UnsupportedProtocolVersion => "unsupported protocol version",
        ErrorCode::NotJoined => "join a room first",
        ErrorCode::AlreadyJoined => "already joined",
        ErrorCode::RoomNotFound => "no such room",
        ErrorCode::InvalidToken => "the join token is not valid for this room",
        ErrorCode::TokenExpired => "the join token has expired",
        ErrorCode::NotAllowed => "your join token does not allow this",
        ErrorCode::NotWaiting => "nobody by that id is waiting",
        ErrorCode::ChatTooLong => "chat messages are limited to 2000 characters",
        ErrorCode::ChatNotKept => "the message could not be kept, so it was not sent: try again",
        ErrorCode::PatientNotPresent => {
            "external participants join only while the patient is present"
        }
        ErrorCode::RoomFull => "the room is full",
        ErrorCode::FileTooLarge => "files are limited to 20 MiB",
        ErrorCode::InvalidFileName => "the file name is not allowed",
        ErrorCode::FileStorageFull => "no space is left for files",
        ErrorCode::UnknownFile => "no such file",
        ErrorCode::SessionEnded => "the consultation has ended",
        ErrorCode::InvalidSdp => "the session description was refused",
        ErrorCode::InvalidCandidate => "the ICE candidate was refused",
        ErrorCode::UnknownTrack => "no such track",
        ErrorCode::NegotiationConflict => "answer the server's offer first, then offer again",
        ErrorCode::NoPendingOffer => "there is no offer to answer",
        ErrorCode::Internal => "internal error",
        ErrorCode::CaptionsUnavailable => "captions are not available on this server",
        ErrorCode::ServerBusy => "the server is busy; try again shortly",
        ErrorCode::TranslationUnavailable => "captions cannot be translated on this server",
        ErrorCode::CannotResume => "this session cannot be resumed here: join again",
        ErrorCode::SpokenLanguageUnavailable => "the captions service cannot hear that language",
        ErrorCode::UnknownParticipant => "nobody by that id is in your room",
    }
}
