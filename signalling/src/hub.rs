//! The hub: one task that owns every session and room. Connections and the
//! SFU send it messages; it never waits on a client (a client whose queue is
//! full is disconnected).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use anteroom_protocol::{
    is_language_code, CaptionsEvent, CaptionsState, ClientMsg, DisplayName, ErrorCode, FileId, Grant, JoinClaims, JoinRole, LeaveReason, MediaKind, ParticipantId, ParticipantInfo,
    Queue, RequestId, RoomName, ServerMsg, SfuCommand, SfuEvent, SharedFile, WaitingEntry, MAX_CHAT_CHARS, MAX_SCREEN_MIDS, PROTOCOL_VERSION,
};
use rand::RngCore;
use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit};

use crate::admission::{self, Viewer, Waited};
use crate::cluster::{ClusterMsg, Envelope, Presence, SharedViewer, SharedWaiter, Target};
use crate::files::{FileRequest, RoomFiles};
use crate::estimate;
use crate::recent::Recent;

use crate::SignallingConfig;

/// One websocket connection, numbered by the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct ConnId(pub u64);

/// What the hub sends down a connection.
#[derive(Debug)]
pub(crate) enum Outbound {
    Msg(ServerMsg),
    /// Close the socket after what is queued.
    Close,
    /// Close the socket after what is queued, with this close code and
    /// reason (a client that broke a rule).
    CloseWith(u16, &'static str),
}

#[derive(Debug)]
enum HubInput {
    Connect { tx: mpsc::Sender<Outbound>, kill: oneshot::Sender<()>, reply: oneshot::Sender<ConnId> },
    /// A client message; `in_flight` is released once the hub has handled
    /// it. `claims` are those of a `join`'s token, already verified.
    Message { conn: ConnId, msg: ClientMsg, claims: Option<Box<JoinClaims>>, in_flight: OwnedSemaphorePermit },
    Disconnect { conn: ConnId },
    File(FileRequest),
    /// From the captions service.
    Captions(CaptionsEvent),
    /// A message made outside the hub (a translated caption) for these
    /// connections.
    Deliver { conns: Vec<ConnId>, msg: ServerMsg },
    Shutdown { done: oneshot::Sender<()> },
}

/// A cheap handle to the hub task.
#[derive(Debug, Clone)]
pub struct HubHandle {
    tx: mpsc::Sender<HubInput>,
}

impl HubHandle {
    /// Registers a connection. The hub fires `kill` to end a connection it
    /// gives up on (a client that does not read).
    pub(crate) async fn connect(&self, tx: mpsc::Sender<Outbound>, kill: oneshot::Sender<()>) -> Option<ConnId> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(HubInput::Connect { tx, kill, reply }).await.ok()?;
        rx.await.ok()
    }

    /// Passes a client message; false once the hub is gone.
    pub(crate) async fn message(&self, conn: ConnId, msg: ClientMsg, claims: Option<Box<JoinClaims>>, in_flight: OwnedSemaphorePermit) -> bool {
        self.tx.send(HubInput::Message { conn, msg, claims, in_flight }).await.is_ok()
    }

    /// Asks the hub about shared files; `Internal` if the hub is gone.
    pub(crate) async fn files<T>(
        &self,
        request: impl FnOnce(oneshot::Sender<Result<T, ErrorCode>>) -> FileRequest,
    ) -> Result<T, ErrorCode> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(HubInput::File(request(reply))).await.map_err(|_| ErrorCode::Internal)?;
        rx.await.unwrap_or(Err(ErrorCode::Internal))
    }

    /// Passes an event of the captions service, from its own (non-async)
    /// threads; false once the hub is gone.
    pub(crate) fn captions_event(&self, event: CaptionsEvent) -> bool {
        self.tx.blocking_send(HubInput::Captions(event)).is_ok()
    }

    pub(crate) async fn disconnect(&self, conn: ConnId) {
        let _ = self.tx.send(HubInput::Disconnect { conn }).await;
    }

    pub(crate) async fn shutdown(&self) {
        let (done, rx) = oneshot::channel();
        if self.tx.send(HubInput::Shutdown { done }).await.is_ok() {
            let _ = rx.await;
        }
    }
}

pub(crate) fn spawn(
    config: SignallingConfig,
    sfu: mpsc::Sender<SfuCommand>,
    mut sfu_events: mpsc::UnboundedReceiver<SfuEvent>,
    presence: Arc<dyn Presence>,
    mut cluster: mpsc::UnboundedReceiver<Envelope>,
) -> HubHandle {
    let (tx, mut rx) = mpsc::channel(1024);
    let me = tx.downgrade();
    let grace = config.rejoin_grace;
    let captions_state = if config.captions { CaptionsState::On } else { CaptionsState::Unavailable };
    let mut hub = Hub {
        me,
        captions_state,
        captions_languages: config.captions_languages.clone(),
        config,
        sfu,
        next_conn: 0,
        sessions: HashMap::new(),
        rooms: HashMap::new(),
        conn_of: HashMap::new(),
        waiting: HashMap::new(),
        watchers: HashMap::new(),
        recently_waiting: Recent::new(grace),
        last_arrival_ms: 0,
        recently_in: Recent::new(grace),
        file_keys: HashMap::new(),
        file_bytes: 0,
        presence,
        remote_waiting: HashMap::new(),
        remote_rooms: HashMap::new(),
        remote_members: HashMap::new(),
        last_heard: HashMap::new(),
        dead_nodes: HashMap::new(),
    };
    let mut liveness = tokio::time::interval(crate::cluster::HEARTBEAT);
    liveness.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::spawn(async move {
        loop {
            tokio::select! {
                input = rx.recv() => match input {
                    Some(HubInput::Shutdown { done }) => {
                        hub.shutdown().await;
                        let _ = done.send(());
                        return;
                    }
                    Some(input) => hub.handle(input).await,
                    None => return,
                },
                Some(event) = sfu_events.recv() => hub.handle_sfu_event(event).await,
                Some(envelope) = cluster.recv() => hub.handle_cluster(envelope).await,
                _ = liveness.tick() => hub.check_nodes(std::time::Instant::now()),
            }
        }
    });
    HubHandle { tx }
}

#[derive(Debug)]
struct Session {
    tx: mpsc::Sender<Outbound>,
    kill: Option<oneshot::Sender<()>>,
    joined: Option<(RoomName, ParticipantId)>,
    /// What the join token granted; everything in an open room.
    grants: Vec<Grant>,
    /// In the waiting area, not yet admitted.
    waiting: Option<ParticipantId>,
    /// The token's `sub`: the same person across reconnects.
    sub: Option<String>,
    /// The token's role.
    role: Option<JoinRole>,
    /// In a room with the `files` grant: the key for `/files`.
    files_key: Option<String>,
    /// The token's language (the organisation's).
    language: Option<String>,
    /// The pre-call media test: none yet, running (its SFU session and the
    /// request to answer), or done.
    probe: Probe,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum Probe {
    #[default]
    None,
    Running(ParticipantId, RequestId),
    Done,
}

/// Media tests (`probe`) running at once, at most.
const MAX_PROBES: usize = 64;

#[derive(Debug)]
struct Member {
    conn: ConnId,
    info: ParticipantInfo,
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
    caption_viewers: BTreeMap<ConnId, Option<String>>,
    /// A member's token holds `keep_transcript`: final caption segments
    /// are kept with the appointment.
    keep_transcript: bool,
}

impl Room {
    /// Someone here reads captions in English.
    fn reads_english(&self) -> bool {
        self.caption_viewers.values().any(|l| l.as_deref() == Some("en"))
    }
}

#[derive(Debug)]
struct Hub {
    /// The hub's own input, for tasks it starts (translations).
    me: mpsc::WeakSender<HubInput>,
    /// Whether the captions service runs and keeps up.
    captions_state: CaptionsState,
    /// The spoken languages the captions service hears.
    captions_languages: Vec<String>,
    config: SignallingConfig,
    sfu: mpsc::Sender<SfuCommand>,
    next_conn: u64,
    sessions: HashMap<ConnId, Session>,
    rooms: HashMap<RoomName, Room>,
    conn_of: HashMap<ParticipantId, ConnId>,
    /// Everyone in a waiting area, by the participant id they will have.
    waiting: HashMap<ParticipantId, Waiter>,
    /// Staff connections following waiting lists.
    watchers: HashMap<ConnId, Watcher>,
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
    /// How this node shares presence with other signalling nodes.
    presence: Arc<dyn Presence>,
    /// People waiting on other nodes, by participant id, with their node.
    remote_waiting: HashMap<ParticipantId, (String, SharedWaiter)>,
    /// Rooms held by other nodes: the node, and its websocket URL.
    remote_rooms: HashMap<RoomName, (String, String)>,
    /// Who is in a room on another node (room, `sub`), and the node.
    remote_members: HashMap<(RoomName, String), String>,
    /// When each other node was last heard from.
    last_heard: HashMap<String, std::time::Instant>,
    /// Nodes taken for dead, with when the people who waited on them and
    /// have not reconnected here or elsewhere leave the lists.
    dead_nodes: HashMap<String, std::time::Instant>,
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

#[derive(Debug)]
struct Watcher {
    queues: Vec<Queue>,
    /// Strict client segregation: see [`admission::Watch`].
    own_clients_only: bool,
    grants: Vec<Grant>,
    name: DisplayName,
}

impl Watcher {
    fn viewer(&self) -> Viewer<'_> {
        Viewer::watcher(&self.queues, self.own_clients_only, &self.grants)
    }
}

impl Hub {
    async fn handle(&mut self, input: HubInput) {
        match input {
            HubInput::Connect { tx, kill, reply } => {
                let conn = ConnId(self.next_conn);
                self.next_conn += 1;
                self.sessions.insert(conn, Session {
                    tx,
                    kill: Some(kill),
                    joined: None,
                    grants: Vec::new(),
                    waiting: None,
                    sub: None,
                    role: None,
                    files_key: None,
                    language: None,
                    probe: Probe::None,
                });
                let _ = reply.send(conn);
            }
            HubInput::Message { conn, msg, claims, in_flight } => {
                self.handle_client(conn, msg, claims).await;
                drop(in_flight);
            }
            HubInput::Disconnect { conn } => {
                self.end_probe(conn, None).await;
                self.leave(conn, LeaveReason::Left, true).await;
                if let Some(waiter) = self.stop_waiting(conn, false) {
                    self.recently_waiting.remember(waiter.sub, waiter.entry.since_ms, std::time::Instant::now());
                }
                self.watchers.remove(&conn);
                self.sessions.remove(&conn);
            }
            HubInput::File(request) => self.handle_file(request),
            HubInput::Captions(event) => self.handle_captions(event).await,
            HubInput::Deliver { conns, msg } => {
                for conn in conns {
                    self.send(conn, msg.clone());
                }
            }
            HubInput::Shutdown { .. } => {}
        }
    }

    async fn shutdown(&mut self) {
        let conns: Vec<ConnId> = self.sessions.keys().copied().collect();
        for conn in conns {
            self.send(conn, ServerMsg::Disconnected { reason: LeaveReason::ServerShutdown });
            self.leave(conn, LeaveReason::ServerShutdown, true).await;
            if let Some(s) = self.sessions.remove(&conn) {
                let _ = s.tx.try_send(Outbound::Close);
            }
        }
    }

    async fn handle_client(&mut self, conn: ConnId, msg: ClientMsg, claims: Option<Box<JoinClaims>>) {
        // A media test still running is over once the real call begins.
        if matches!(msg, ClientMsg::Join { .. } | ClientMsg::Watch { .. }) && self.sessions.get(&conn).is_some_and(|s| matches!(s.probe, Probe::Running(..))) {
            self.end_probe(conn, None).await;
        }
        let Some(session) = self.sessions.get(&conn) else { return };
        let joined = session.joined.clone();
        let busy = session.waiting.is_some() || self.watchers.contains_key(&conn);
        let may_publish = session.grants.contains(&Grant::Publish);
        let probing = match &session.probe {
            Probe::Running(p, _) => Some(p.clone()),
            _ => None,
        };
        match (msg, joined) {
            (ClientMsg::Probe { request_id, sdp }, None) if !busy => self.probe(conn, request_id, sdp).await,
            (ClientMsg::Probe { request_id, .. }, _) => self.error(conn, Some(request_id), ErrorCode::AlreadyJoined),
            (ClientMsg::Candidate { candidate }, None) if probing.is_some() => {
                if let Some(participant) = probing {
                    self.to_sfu(SfuCommand::Candidate { participant, candidate }).await;
                }
            }
            (ClientMsg::Join { request_id, .. } | ClientMsg::Watch { request_id, .. }, None) if busy => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined);
            }
            (ClientMsg::Join { request_id, protocol_version, room, display_name, .. }, None) => {
                self.join(conn, request_id, protocol_version, room, display_name, claims).await;
            }
            (ClientMsg::Watch { request_id, .. }, None) => self.watch(conn, request_id, claims),
            (ClientMsg::Watch { request_id, .. }, Some(_)) => self.error(conn, Some(request_id), ErrorCode::AlreadyJoined),
            (ClientMsg::Admit { request_id, participant }, joined) => {
                self.admit(conn, request_id, &participant, joined.as_ref().map(|(room, _)| room)).await;
            }
            (ClientMsg::Chat { request_id, text }, Some((room, participant))) => self.chat_in_room(conn, request_id, &room, participant, text),
            (ClientMsg::Chat { request_id, text }, None) if busy => self.chat_from_waiting(conn, request_id, text),
            (ClientMsg::ChatToWaiting { request_id, participant, text }, None) if busy => {
                self.chat_to_waiting(conn, request_id, &participant, text);
            }
            (ClientMsg::ChatToWaiting { request_id, .. }, Some(_)) => self.error(conn, Some(request_id), ErrorCode::NotAllowed),
            (ClientMsg::End { request_id }, Some((room, _))) => self.end(conn, request_id, room).await,
            (ClientMsg::SetAutoAdmit { request_id, on }, Some((room, _))) => {
                if !self.granted(conn, Grant::ForceStart) {
                    self.error(conn, Some(request_id), ErrorCode::NotAllowed);
                    return;
                }
                if let Some(r) = self.rooms.get_mut(&room) {
                    r.auto_admit = on;
                }
                self.send(conn, ServerMsg::Ack { request_id });
                self.auto_admit_waiting(&room).await;
            }
            (ClientMsg::SetCaptions { request_id, on, language }, Some((room, _))) => {
                if on && self.captions_state == CaptionsState::Unavailable {
                    self.error(conn, Some(request_id), ErrorCode::CaptionsUnavailable);
                    return;
                }
                // A multilingual model translates into English itself.
                // Otherwise, without a translator, reading the service's
                // language is reading captions as spoken.
                let whisper_english = self.captions_languages.len() > 1 && language.as_deref() == Some("en");
                let language = language.filter(|l| self.config.translator.is_some() || whisper_english || *l != self.config.captions_language);
                if language.as_deref().is_some_and(|l| !is_language_code(l)) {
                    self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
                    return;
                }
                if language.is_some() && self.config.translator.is_none() && !whisper_english {
                    self.error(conn, Some(request_id), ErrorCode::TranslationUnavailable);
                    return;
                }
                self.set_captions(conn, &room, on.then_some(language)).await;
                self.send(conn, ServerMsg::Ack { request_id });
                if on {
                    self.send(conn, ServerMsg::CaptionsLanguages { spoken: self.captions_languages.clone() });
                }
                if on && self.captions_state == CaptionsState::Delayed {
                    self.send(conn, ServerMsg::CaptionsState { state: CaptionsState::Delayed });
                }
            }
            (ClientMsg::SetSpokenLanguage { request_id, participant, language }, Some((room, _))) => {
                self.set_spoken_language(conn, request_id, &room, participant, language).await;
            }
            (ClientMsg::Leave { request_id }, None) if busy => {
                self.stop_waiting(conn, false);
                self.watchers.remove(&conn);
                self.send(conn, ServerMsg::Ack { request_id });
            }
            (ClientMsg::Offer { request_id, sdp, .. }, Some(_)) if !may_publish && sdp_sends(&sdp) => {
                self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            }
            (ClientMsg::Offer { request_id, screen, .. }, Some(_)) if !screen_mids_valid(&screen) => {
                self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
            }
            (ClientMsg::Offer { request_id, screen, .. }, Some(_)) if !screen.is_empty() && !self.granted(conn, Grant::ScreenShare) => {
                self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            }
            (ClientMsg::Join { request_id, .. }, Some(_)) => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined);
            }
            (ClientMsg::Offer { request_id, sdp, screen }, Some((_, participant))) => {
                self.to_sfu(SfuCommand::Offer { participant, request_id, sdp, screen }).await;
            }
            (ClientMsg::Answer { request_id, sdp }, Some((_, participant))) => {
                self.to_sfu(SfuCommand::Answer { participant, request_id, sdp }).await;
            }
            (ClientMsg::Candidate { candidate }, Some((_, participant))) => {
                self.to_sfu(SfuCommand::Candidate { participant, candidate }).await;
            }
            (ClientMsg::EndOfCandidates, Some(_)) => {}
            (ClientMsg::SetVideoSize { track, width, height }, Some((_, participant))) => {
                self.to_sfu(SfuCommand::SetVideoSize { participant, track, width, height }).await;
            }
            (ClientMsg::SetMute { request_id, kind, muted }, Some((room, participant))) => {
                if let Some(member) = self.rooms.get_mut(&room).and_then(|r| r.members.get_mut(&participant)) {
                    match kind {
                        MediaKind::Audio => member.info.audio_muted = muted,
                        MediaKind::Video => member.info.video_muted = muted,
                    }
                }
                self.send(conn, ServerMsg::Ack { request_id });
                self.broadcast(&room, Some(&participant), ServerMsg::MuteChanged { participant: participant.clone(), kind, muted });
            }
            (ClientMsg::Leave { request_id }, Some(_)) => {
                self.leave(conn, LeaveReason::Left, true).await;
                self.send(conn, ServerMsg::Ack { request_id });
            }
            (msg, None) => {
                let request_id = request_id_of(&msg);
                self.error(conn, request_id, ErrorCode::NotJoined);
            }
        }
    }

    async fn join(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        protocol_version: u16,
        room: RoomName,
        display_name: DisplayName,
        claims: Option<Box<JoinClaims>>,
    ) {
        if protocol_version != PROTOCOL_VERSION {
            self.error(conn, Some(request_id), ErrorCode::UnsupportedProtocolVersion);
            return;
        }
        // A room is entered with a join token for it, or by name alone only
        // when the server runs with open rooms (development).
        let (display_name, grants, capacity) = match claims {
            Some(claims) if claims.room != room => {
                self.error(conn, Some(request_id), ErrorCode::InvalidToken);
                return;
            }
            Some(claims) => {
                let claims = *claims;
                let capacity = usize::try_from(claims.max_participants).unwrap_or(usize::MAX).min(self.config.max_participants_per_room);
                let now = std::time::Instant::now();
                if let Some(s) = self.sessions.get_mut(&conn) {
                    s.sub = Some(claims.sub.clone());
                    s.role = Some(claims.role);
                    s.language.clone_from(&claims.language);
                }
                // Back within the grace after being in this room: no new
                // admission.
                let mut was_in = self.recently_in.take(&(room.clone(), claims.sub.clone()), now).is_some();
                // Still in the room on an older connection (a reload or a
                // network switch the server has not noticed yet): the new
                // connection takes over.
                let older: Vec<ConnId> = self
                    .sessions
                    .iter()
                    .filter(|(c, s)| **c != conn && s.sub.as_deref() == Some(claims.sub.as_str()) && s.joined.as_ref().is_some_and(|(r, _)| *r == room))
                    .map(|(c, _)| *c)
                    .collect();
                for old in older {
                    self.send(old, ServerMsg::Disconnected { reason: LeaveReason::Left });
                    self.leave(old, LeaveReason::Left, true).await;
                    self.close(old);
                    was_in = true;
                }
                // In this room on another node: sent over there (below),
                // where they are let back in; if that node died, they come
                // back in here (the room is re-homed) within the grace.
                was_in |= self.remote_members.contains_key(&(room.clone(), claims.sub.clone()));
                if let Some(waiting) = claims.waiting.filter(|_| !was_in) {
                    // Waiting on another node a moment ago (it died, or the
                    // network moved them here): the same entry, taken over.
                    let adopted = self
                        .remote_waiting
                        .iter()
                        .find(|(_, (_, w))| w.sub == claims.sub && w.entry.room == room)
                        .map(|(p, _)| p.clone())
                        .and_then(|p| self.remote_waiting.remove(&p))
                        .map(|(_, w)| (w.entry.participant, w.entry.since_ms));
                    // Back within the grace after waiting: the same place in
                    // the list.
                    let since_ms = match adopted.as_ref().map(|(_, since)| *since).or_else(|| self.recently_waiting.take(&claims.sub, now)) {
                        Some(since) => since,
                        None => {
                            self.last_arrival_ms = now_ms().max(self.last_arrival_ms + 1);
                            self.last_arrival_ms
                        }
                    };
                    let entry = WaitingEntry {
                        participant: adopted.map_or_else(new_participant_id, |(p, _)| p),
                        display_name: claims.name,
                        role: claims.role,
                        room,
                        marker: waiting.marker,
                        starts_at_ms: waiting.starts_at.map(|s| s.saturating_mul(1000)),
                        duration_minutes: waiting.duration_minutes,
                        since_ms,
                    };
                    let waiter = Waiter { conn, request_id, entry, queues: waiting.queues, grants: claims.grants, capacity, sub: claims.sub, told: None };
                    if self.may_auto_admit(&waiter) {
                        let Waiter { conn, request_id, entry, grants, .. } = waiter;
                        let room = entry.room.clone();
                        tracing::info!(room = %room, participant = %entry.participant, "admitted on arrival (force start)");
                        self.enter(conn, request_id, entry.room, entry.participant, entry.display_name, grants).await;
                        // A patient's arrival may let waiting external
                        // participants in.
                        self.auto_admit_waiting(&room).await;
                    } else {
                        self.start_waiting(waiter);
                    }
                    return;
                }
                (claims.name, claims.grants, capacity)
            }
            None if self.config.open_rooms && admission::may_enter_open(&room) => (display_name, OPEN_ROOM_GRANTS.to_vec(), self.config.max_participants_per_room),
            None => {
                self.error(conn, Some(request_id), ErrorCode::RoomNotFound);
                return;
            }
        };
        // Another node holds the room: over there.
        if !self.rooms.contains_key(&room) {
            if let Some((_, url)) = self.remote_rooms.get(&room).cloned() {
                self.send(conn, ServerMsg::Moved { request_id, url });
                self.close(conn);
                return;
            }
        }
        let members = self.rooms.get(&room).map_or(0, |r| r.members.len());
        if members >= capacity {
            self.error(conn, Some(request_id), ErrorCode::RoomFull);
            return;
        }
        self.enter(conn, request_id, room, new_participant_id(), display_name, grants).await;
    }

    /// Puts a connection's participant into a room: they get `joined`, the
    /// others `participant_joined`, and the SFU a new participant.
    async fn enter(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        room: RoomName,
        participant: ParticipantId,
        display_name: DisplayName,
        grants: Vec<Grant>,
    ) {
        // They speak the organisation's language, if captions can hear it.
        let org_language = self.sessions.get(&conn).and_then(|s| s.language.clone());
        let spoken_language = org_language.filter(|l| self.captions_languages.contains(l)).unwrap_or_else(|| self.config.captions_language.clone());
        let info = ParticipantInfo {
            id: participant.clone(),
            display_name,
            tracks: Vec::new(),
            audio_muted: false,
            video_muted: false,
            spoken_language: spoken_language.clone(),
        };
        let others: Vec<ParticipantInfo> =
            self.rooms.get(&room).map(|r| r.members.values().map(|m| m.info.clone()).collect()).unwrap_or_default();
        self.broadcast(&room, None, ServerMsg::ParticipantJoined { participant: info.clone() });
        if !self.rooms.contains_key(&room) {
            let url = self.config.ws_url.clone().unwrap_or_default();
            self.presence.publish(Target::All, ClusterMsg::RoomOpened { room: room.clone(), url });
        }
        self.rooms.entry(room.clone()).or_default().members.insert(participant.clone(), Member { conn, info });
        if let Some(sub) = self.sessions.get(&conn).and_then(|s| s.sub.clone()) {
            self.presence.publish(Target::All, ClusterMsg::Entered { room: room.clone(), sub });
        }
        self.conn_of.insert(participant.clone(), conn);
        let files_key = grants.contains(&Grant::Files).then(|| new_secret("fk"));
        if let Some(key) = &files_key {
            self.file_keys.insert(key.clone(), conn);
        }
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.joined = Some((room.clone(), participant.clone()));
            s.grants.clone_from(&grants);
            s.files_key.clone_from(&files_key);
        }
        tracing::info!(room = %room, participant = %participant, "participant joined");
        let files: Vec<SharedFile> = self.rooms.get(&room).map(|r| r.files.list().cloned().collect()).unwrap_or_default();
        self.send(
            conn,
            ServerMsg::Joined {
                request_id,
                protocol_version: PROTOCOL_VERSION,
                room: room.clone(),
                participant: participant.clone(),
                participants: others,
                grants,
                files_key,
                spoken_language: spoken_language.clone(),
            },
        );
        for file in files {
            self.send(conn, ServerMsg::FileShared { file });
        }
        if self.granted(conn, Grant::Admit) {
            let viewer = Viewer::in_room(&room, self.grants_of(conn));
            let sees = |queues: &[Queue], entry: &WaitingEntry| admission::may_see(&viewer, &Waited { queues, room: Some(&entry.room) });
            let local = self.waiting.values().filter(|w| sees(&w.queues, &w.entry)).map(|w| w.entry.clone());
            let remote = self.remote_waiting.values().filter(|(_, w)| sees(&w.queues, &w.entry)).map(|(_, w)| w.entry.clone());
            let waiting: Vec<WaitingEntry> = local.chain(remote).collect();
            for entry in waiting {
                self.send(conn, ServerMsg::PatientWaiting { entry });
            }
        }
        if self.granted(conn, Grant::KeepTranscript) {
            if let Some(r) = self.rooms.get_mut(&room) {
                r.keep_transcript = true;
            }
        }
        let tapped = self.rooms.get(&room).filter(|r| !r.caption_viewers.is_empty()).map(Room::reads_english);
        self.to_sfu(SfuCommand::Join { room, participant: participant.clone() }).await;
        if let Some(english) = tapped {
            self.to_sfu(SfuCommand::Tap { participant, on: true, language: spoken_language, english }).await;
        }
    }

    /// Starts the pre-call media test: a throwaway SFU session, alone in a
    /// room whose name nobody can guess, answered like a call's offer.
    async fn probe(&mut self, conn: ConnId, request_id: RequestId, sdp: String) {
        if self.sessions.get(&conn).is_some_and(|s| s.probe != Probe::None) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        if self.sessions.values().filter(|s| matches!(s.probe, Probe::Running(..))).count() >= MAX_PROBES {
            self.error(conn, Some(request_id), ErrorCode::ServerBusy);
            return;
        }
        let participant = new_participant_id();
        let Ok(room) = RoomName::new(format!("probe-{participant}")) else { return };
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.probe = Probe::Running(participant.clone(), request_id);
        }
        self.conn_of.insert(participant.clone(), conn);
        self.to_sfu(SfuCommand::Join { room, participant: participant.clone() }).await;
        self.to_sfu(SfuCommand::Offer { participant, request_id, sdp, screen: Vec::new() }).await;
    }

    /// Ends a running media test; with `connected`, tells the client how
    /// it went.
    async fn end_probe(&mut self, conn: ConnId, connected: Option<bool>) {
        let Some(session) = self.sessions.get_mut(&conn) else { return };
        let Probe::Running(participant, request_id) = std::mem::replace(&mut session.probe, Probe::Done) else { return };
        self.conn_of.remove(&participant);
        self.to_sfu(SfuCommand::Leave { participant }).await;
        if let Some(connected) = connected {
            self.send(conn, ServerMsg::ProbeResult { request_id, connected });
        }
    }

    /// An SFU event about a media test.
    async fn handle_probe_event(&mut self, conn: ConnId, event: SfuEvent) {
        match event {
            SfuEvent::Answer { request_id, sdp, .. } => self.send(conn, ServerMsg::Answer { request_id, sdp }),
            SfuEvent::Candidate { candidate, .. } => self.send(conn, ServerMsg::Candidate { candidate }),
            SfuEvent::Connected { .. } => self.end_probe(conn, Some(true)).await,
            SfuEvent::ParticipantRemoved { .. } => {
                // The SFU gave up (never connected): its session is gone.
                if let Some(Probe::Running(participant, request_id)) = self.sessions.get_mut(&conn).map(|s| std::mem::replace(&mut s.probe, Probe::Done)) {
                    self.conn_of.remove(&participant);
                    self.send(conn, ServerMsg::ProbeResult { request_id, connected: false });
                }
            }
            SfuEvent::Error { request_id, code, .. } => {
                self.error(conn, request_id, code);
                self.end_probe(conn, None).await;
            }
            _ => {}
        }
    }

    /// Captions on or off for a viewer in `room`. The first viewer taps
    /// every microphone in the room; when the last stops (or leaves), the
    /// taps stop. The taps are labelled again when someone starts or stops
    /// reading English (a multilingual model then gives final segments in
    /// English too).
    async fn set_captions(&mut self, conn: ConnId, room: &RoomName, reading: Option<Option<String>>) {
        let Some(r) = self.rooms.get_mut(room) else { return };
        let before = (!r.caption_viewers.is_empty(), r.reads_english());
        match reading {
            Some(language) => {
                r.caption_viewers.insert(conn, language);
            }
            None => {
                r.caption_viewers.remove(&conn);
            }
        }
        let (on, english) = (!r.caption_viewers.is_empty(), r.reads_english());
        if before != (on, english) {
            let members: Vec<(ParticipantId, String)> = r.members.iter().map(|(id, m)| (id.clone(), m.info.spoken_language.clone())).collect();
            if before.0 != on {
                tracing::info!(room = %room, on, "captions");
            }
            for (participant, language) in members {
                self.to_sfu(SfuCommand::Tap { participant, on, language, english }).await;
            }
        }
    }

    /// Someone in `room` says which language `participant` speaks: it holds
    /// for the room (there is one recogniser per speaker), so everyone is
    /// told, and a tapped microphone is relabelled at once.
    async fn set_spoken_language(&mut self, conn: ConnId, request_id: RequestId, room: &RoomName, participant: ParticipantId, language: String) {
        if !is_language_code(&language) {
            self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
            return;
        }
        if !self.config.captions {
            self.error(conn, Some(request_id), ErrorCode::CaptionsUnavailable);
            return;
        }
        if !self.captions_languages.contains(&language) {
            self.error(conn, Some(request_id), ErrorCode::SpokenLanguageUnavailable);
            return;
        }
        let Some(r) = self.rooms.get_mut(room) else { return };
        let Some(member) = r.members.get_mut(&participant) else {
            self.error(conn, Some(request_id), ErrorCode::UnknownParticipant);
            return;
        };
        let changed = member.info.spoken_language != language;
        member.info.spoken_language.clone_from(&language);
        let (tapped, english) = (!r.caption_viewers.is_empty(), r.reads_english());
        self.send(conn, ServerMsg::Ack { request_id });
        if changed {
            tracing::info!(room = %room, participant = %participant, %language, "spoken language");
            self.broadcast(room, None, ServerMsg::SpokenLanguage { participant: participant.clone(), language: language.clone() });
            if tapped {
                self.to_sfu(SfuCommand::Tap { participant, on: true, language, english }).await;
            }
        }
    }

    /// A caption segment goes to the viewers in its speaker's room, with
    /// the speaker's name; a state change to every viewer.
    async fn handle_captions(&mut self, event: CaptionsEvent) {
        match event {
            CaptionsEvent::Segment { participant, segment, text, tentative, is_final, language, start_ms, end_ms, english } => {
                let Some(room) = self.conn_of.get(&participant).and_then(|c| self.sessions.get(c)).and_then(|s| s.joined.as_ref()).map(|(r, _)| r.clone()) else { return };
                let Some(r) = self.rooms.get(&room) else { return };
                let Some(display_name) = r.members.get(&participant).map(|m| m.info.display_name.clone()) else { return };
                // Those who read the spoken language get every update; the
                // others, per language, each final segment translated.
                let mut as_spoken = Vec::new();
                let mut to_translate: BTreeMap<String, Vec<ConnId>> = BTreeMap::new();
                for (conn, reads) in &r.caption_viewers {
                    match reads {
                        Some(l) if *l != language => to_translate.entry(l.clone()).or_default().push(*conn),
                        _ => as_spoken.push(*conn),
                    }
                }
                // A final segment with words in it is kept and translated.
                let said = is_final && !text.trim().is_empty();
                if said && r.keep_transcript {
                    if let Some(sink) = &self.config.transcripts {
                        sink.keep(&room, &display_name, &text, &language);
                    }
                }
                let msg = ServerMsg::Caption {
                    participant,
                    display_name,
                    segment,
                    text,
                    tentative,
                    is_final,
                    language,
                    translated_from: None,
                    start_ms,
                    end_ms,
                };
                for conn in as_spoken {
                    self.send(conn, msg.clone());
                }
                if said {
                    // Whisper's own English, where it made one.
                    let english = english.filter(|e| !e.trim().is_empty());
                    let english_readers = if english.is_some() { to_translate.remove("en") } else { None };
                    if let (Some(english), Some(conns)) = (english, english_readers) {
                        let translated = translated(msg.clone(), english, "en".into());
                        for conn in conns {
                            self.send(conn, translated.clone());
                        }
                    }
                    for (target, conns) in to_translate {
                        match self.config.translator {
                            Some(_) => self.translate(msg.clone(), target, conns),
                            // Nothing can translate it: as spoken.
                            None => conns.into_iter().for_each(|conn| self.send(conn, msg.clone())),
                        }
                    }
                }
            }
            CaptionsEvent::State { state } => {
                if state == self.captions_state || (!self.config.captions && state != CaptionsState::Unavailable) {
                    return;
                }
                self.captions_state = state;
                tracing::info!(?state, "captions service");
                for conn in self.caption_viewers() {
                    self.send(conn, ServerMsg::CaptionsState { state });
                }
            }
            CaptionsEvent::Languages { spoken } => {
                let spoken: Vec<String> = spoken.into_iter().filter(|l| is_language_code(l)).collect();
                if spoken.is_empty() || spoken == self.captions_languages {
                    return;
                }
                tracing::info!(languages = spoken.len(), "captions service languages");
                self.captions_languages.clone_from(&spoken);
                for conn in self.caption_viewers() {
                    self.send(conn, ServerMsg::CaptionsLanguages { spoken: spoken.clone() });
                }
            }
        }
    }

    /// Translates a final caption in a task of its own (the hub goes on)
    /// and delivers it to `conns`; if translation fails, they get it as
    /// spoken.
    fn translate(&self, msg: ServerMsg, target: String, conns: Vec<ConnId>) {
        let (Some(translator), Some(me)) = (self.config.translator.clone(), self.me.upgrade()) else { return };
        tokio::spawn(async move {
            let ServerMsg::Caption { text, language, .. } = &msg else { return };
            let msg = match translator.translate(text, language, &target).await {
                Ok(text) => translated(msg, text, target),
                Err(e) => {
                    tracing::warn!(error = %e, "caption not translated");
                    msg
                }
            };
            let _ = me.send(HubInput::Deliver { conns, msg }).await;
        });
    }

    /// Everyone who has captions on, in any room.
    fn caption_viewers(&self) -> Vec<ConnId> {
        self.rooms.values().flat_map(|r| r.caption_viewers.keys().copied()).collect()
    }

    /// Whether the connection's token (or an open room) grants `grant`.
    fn granted(&self, conn: ConnId, grant: Grant) -> bool {
        self.grants_of(conn).contains(&grant)
    }

    /// What the connection's token (or an open room) grants.
    fn grants_of(&self, conn: ConnId) -> &[Grant] {
        self.sessions.get(&conn).map_or(&[], |s| s.grants.as_slice())
    }

    /// Whether a new arrival goes straight in: the room is force-started,
    /// has space, and (for an external participant) has the patient.
    fn may_auto_admit(&self, waiter: &Waiter) -> bool {
        let Some(room) = self.rooms.get(&waiter.entry.room).filter(|r| r.auto_admit) else { return false };
        room.members.len() < waiter.capacity && (waiter.entry.role != JoinRole::Participant || self.patient_in(&waiter.entry.room))
    }

    /// Lets in everyone waiting for a force-started room who may come in
    /// now: patients first, then (with the patient there) the others.
    async fn auto_admit_waiting(&mut self, room: &RoomName) {
        if !self.rooms.get(room).is_some_and(|r| r.auto_admit) {
            return;
        }
        loop {
            let mut ready: Vec<(bool, u64, ConnId)> = self
                .waiting
                .values()
                .filter(|w| w.entry.room == *room && self.may_auto_admit(w))
                .map(|w| (w.entry.role != JoinRole::Patient, w.entry.since_ms, w.conn))
                .collect();
            ready.sort();
            let Some(&(_, _, conn)) = ready.first() else { return };
            let Some(waiter) = self.stop_waiting(conn, true) else { return };
            let Waiter { conn, request_id, entry, grants, .. } = waiter;
            tracing::info!(room = %entry.room, participant = %entry.participant, "admitted on arrival (force start)");
            self.enter(conn, request_id, entry.room, entry.participant, entry.display_name, grants).await;
        }
    }

    fn patient_in(&self, room: &RoomName) -> bool {
        self.rooms.get(room).is_some_and(|r| r.members.values().any(|m| self.sessions.get(&m.conn).is_some_and(|s| s.role == Some(JoinRole::Patient))))
    }

    fn start_waiting(&mut self, waiter: Waiter) {
        let (conn, participant) = (waiter.conn, waiter.entry.participant.clone());
        self.send(conn, ServerMsg::Waiting { request_id: waiter.request_id, room: waiter.entry.room.clone() });
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.waiting = Some(participant.clone());
        }
        tracing::info!(room = %waiter.entry.room, participant = %participant, "waiting for admission");
        self.tell_followers(&waiter.queues, &waiter.entry.room, ServerMsg::PatientWaiting { entry: waiter.entry.clone() });
        let shared = SharedWaiter { entry: waiter.entry.clone(), queues: waiter.queues.clone(), sub: waiter.sub.clone() };
        self.presence.publish(Target::All, ClusterMsg::Waiting { waiter: shared });
        let line = estimate::line(&waiter.queues).cloned();
        self.waiting.insert(participant, waiter);
        self.tell_estimates(line.as_ref());
    }

    /// Tells each patient here who waits in `line` where they stand, when
    /// that has changed (another place in the line, or a turn a minute or
    /// more away from the last one told).
    fn tell_estimates(&mut self, line: Option<&Queue>) {
        let Some(line) = line else { return };
        let in_line = |queues: &[Queue], entry: &WaitingEntry| estimate::line(queues) == Some(line) && estimate::takes_a_place(entry);
        let everyone: Vec<&WaitingEntry> = self
            .waiting
            .values()
            .filter(|w| in_line(&w.queues, &w.entry))
            .map(|w| &w.entry)
            .chain(self.remote_waiting.values().filter(|(_, w)| in_line(&w.queues, &w.entry)).map(|(_, w)| &w.entry))
            .collect();
        let now = now_ms();
        let news: Vec<(ParticipantId, u32, u64)> = self
            .waiting
            .values()
            .filter(|w| in_line(&w.queues, &w.entry))
            .filter_map(|w| {
                let (ahead, wait_ms) = estimate::estimate(&w.entry, everyone.iter().copied(), now);
                let turn = now + wait_ms;
                let same = w.told.is_some_and(|(a, t)| a == ahead && t.abs_diff(turn) < 60_000);
                (!same).then(|| (w.entry.participant.clone(), ahead, wait_ms))
            })
            .collect();
        for (participant, ahead, wait_ms) in news {
            if let Some(w) = self.waiting.get_mut(&participant) {
                w.told = Some((ahead, now + wait_ms));
                let conn = w.conn;
                self.send(conn, ServerMsg::WaitEstimate { ahead, wait_ms });
            }
        }
    }

    /// Takes the connection's waiting person out of the waiting area, and
    /// tells the watchers; returns them.
    fn stop_waiting(&mut self, conn: ConnId, admitted: bool) -> Option<Waiter> {
        let participant = self.sessions.get_mut(&conn).and_then(|s| s.waiting.take())?;
        let waiter = self.waiting.remove(&participant)?;
        self.tell_followers(&waiter.queues, &waiter.entry.room, ServerMsg::PatientLeftWaiting { participant: participant.clone(), admitted });
        self.presence.publish(Target::All, ClusterMsg::LeftWaiting { participant, admitted });
        self.tell_estimates(estimate::line(&waiter.queues));
        Some(waiter)
    }

    /// Tells everyone here who follows a waiting person about them: the
    /// watchers of their `queues`, and those in the `room` they wait for
    /// who may admit (staff in the consultation).
    fn tell_followers(&mut self, queues: &[Queue], room: &RoomName, msg: ServerMsg) {
        let waited = Waited { queues, room: Some(room) };
        let admitters: Vec<ConnId> = self
            .rooms
            .get(room)
            .map(|r| r.members.values().map(|m| m.conn).filter(|c| admission::may_see(&Viewer::in_room(room, self.grants_of(*c)), &waited)).collect())
            .unwrap_or_default();
        for conn in admitters {
            self.send(conn, msg.clone());
        }
        self.tell_watchers(&waited, msg);
    }

    /// Tells the watchers here who may see `waited`.
    fn tell_watchers(&mut self, waited: &Waited<'_>, msg: ServerMsg) {
        let conns: Vec<ConnId> = self.watchers.iter().filter(|(_, w)| admission::may_see(&w.viewer(), waited)).map(|(c, _)| *c).collect();
        for conn in conns {
            self.send(conn, msg.clone());
        }
    }

    fn watch(&mut self, conn: ConnId, request_id: RequestId, claims: Option<Box<JoinClaims>>) {
        let Some(claims) = claims.filter(|c| !c.watch.is_empty()) else {
            self.error(conn, Some(request_id), ErrorCode::InvalidToken);
            return;
        };
        let claims = *claims;
        let watcher = Watcher { queues: claims.watch, own_clients_only: claims.own_clients_only, grants: claims.grants, name: claims.name };
        let viewer = watcher.viewer();
        let sees = |queues: &[Queue], entry: &WaitingEntry| admission::may_see(&viewer, &Waited { queues, room: Some(&entry.room) });
        let local = self.waiting.values().filter(|w| sees(&w.queues, &w.entry)).map(|w| w.entry.clone());
        let remote = self.remote_waiting.values().filter(|(_, w)| sees(&w.queues, &w.entry)).map(|(_, w)| w.entry.clone());
        let mut entries: Vec<WaitingEntry> = local.chain(remote).collect();
        entries.sort_by_key(|e| e.since_ms);
        self.watchers.insert(conn, watcher);
        self.send(conn, ServerMsg::WaitingList { request_id, entries });
    }

    /// Checks a chat text: trimmed, not empty, within the limit.
    fn chat_text(&mut self, conn: ConnId, request_id: RequestId, text: &str) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
            return None;
        }
        if text.chars().count() > MAX_CHAT_CHARS {
            self.error(conn, Some(request_id), ErrorCode::ChatTooLong);
            return None;
        }
        Some(text.to_owned())
    }

    fn chat_in_room(&mut self, conn: ConnId, request_id: RequestId, room: &RoomName, from: ParticipantId, text: String) {
        if !self.granted(conn, Grant::Chat) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        let Some(text) = self.chat_text(conn, request_id, &text) else { return };
        let Some(display_name) = self.rooms.get(room).and_then(|r| r.members.get(&from)).map(|m| m.info.display_name.clone()) else { return };
        self.send(conn, ServerMsg::Ack { request_id });
        self.broadcast(room, None, ServerMsg::Chat { from: Some(from), display_name, text, at_ms: now_ms() });
    }

    /// A waiting person writes to the clinic: every watcher of their queues
    /// reads it.
    fn chat_from_waiting(&mut self, conn: ConnId, request_id: RequestId, text: String) {
        let waiter = self.sessions.get(&conn).and_then(|s| s.waiting.as_ref()).and_then(|p| self.waiting.get(p));
        let Some(waiter) = waiter.filter(|w| w.grants.contains(&Grant::WaitingChat)) else {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        };
        let (participant, display_name, queues) = (waiter.entry.participant.clone(), waiter.entry.display_name.clone(), waiter.queues.clone());
        let Some(text) = self.chat_text(conn, request_id, &text) else { return };
        self.send(conn, ServerMsg::Ack { request_id });
        self.tell_all_watchers(&queues, participant, true, display_name, text, now_ms());
    }

    /// A watcher writes to one waiting person; the other watchers of their
    /// queues see the reply too.
    fn chat_to_waiting(&mut self, conn: ConnId, request_id: RequestId, participant: &ParticipantId, text: String) {
        let Some(watcher) = self.watchers.get(&conn).filter(|w| w.grants.contains(&Grant::Chat)) else {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        };
        let (viewer, display_name) = (watcher.viewer(), watcher.name.clone());
        let by = SharedViewer::of(&viewer);
        let may_chat = |queues: &[Queue], entry: &WaitingEntry| admission::may_chat(&viewer, &Waited { queues, room: Some(&entry.room) });
        // Waiting here, or on another node (which passes it on). Someone
        // the caller may not write to is, to them, not waiting.
        let (to, their_queues) = match self.waiting.get(participant).filter(|w| may_chat(&w.queues, &w.entry)) {
            Some(waiter) => (Ok(waiter.conn), waiter.queues.clone()),
            None => match self.remote_waiting.get(participant).filter(|(_, w)| may_chat(&w.queues, &w.entry)) {
                Some((node, waiter)) => (Err(node.clone()), waiter.queues.clone()),
                None => {
                    self.error(conn, Some(request_id), ErrorCode::NotWaiting);
                    return;
                }
            },
        };
        let Some(text) = self.chat_text(conn, request_id, &text) else { return };
        let at_ms = now_ms();
        self.send(conn, ServerMsg::Ack { request_id });
        match to {
            Ok(to) => self.send(to, ServerMsg::Chat { from: None, display_name: display_name.clone(), text: text.clone(), at_ms }),
            Err(node) => self.presence.publish(
                Target::Node(node),
                ClusterMsg::ChatToWaiting { participant: participant.clone(), display_name: display_name.clone(), text: text.clone(), at_ms, by },
            ),
        }
        self.tell_all_watchers(&their_queues, participant.clone(), false, display_name, text, at_ms);
    }

    /// A chat message between the clinic and a waiting person, to the
    /// watchers of their queues on every node.
    fn tell_all_watchers(&mut self, queues: &[Queue], participant: ParticipantId, from_patient: bool, display_name: DisplayName, text: String, at_ms: u64) {
        let msg = ServerMsg::WaitingChat { participant: participant.clone(), from_patient, display_name: display_name.clone(), text: text.clone(), at_ms };
        self.tell_watchers(&Waited { queues, room: None }, msg);
        self.presence.publish(Target::All, ClusterMsg::WaitingChat { queues: queues.to_vec(), participant, from_patient, display_name, text, at_ms });
    }

    /// Ends the consultation in `room`: everyone in it and everyone waiting
    /// for it is told and let go, and nobody comes back by the grace.
    async fn end(&mut self, conn: ConnId, request_id: RequestId, room: RoomName) {
        if !self.granted(conn, Grant::Admit) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        self.send(conn, ServerMsg::Ack { request_id });
        let members: Vec<ConnId> = self.rooms.get(&room).map(|r| r.members.values().map(|m| m.conn).collect()).unwrap_or_default();
        for member in members {
            self.send(member, ServerMsg::Disconnected { reason: LeaveReason::Ended });
            self.leave(member, LeaveReason::Ended, true).await;
            self.close(member);
        }
        self.end_waiting(&room);
        self.presence.publish(Target::All, ClusterMsg::RoomEnded { room: room.clone() });
        tracing::info!(room = %room, "consultation ended");
    }

    /// Sends everyone waiting here for `room` home (the consultation has
    /// ended), and forgets who may come back to it.
    fn end_waiting(&mut self, room: &RoomName) {
        let waiting: Vec<ConnId> = self.waiting.values().filter(|w| w.entry.room == *room).map(|w| w.conn).collect();
        for waiter in waiting {
            self.send(waiter, ServerMsg::Disconnected { reason: LeaveReason::Ended });
            self.stop_waiting(waiter, false);
            self.close(waiter);
        }
        self.recently_in.forget(|(r, _)| r == room);
    }

    /// `admit` from `conn`, who is in `room` (if any): allowed with the
    /// admit grant, to a watcher of one of the person's queues or to
    /// someone in the room they wait for.
    async fn admit(&mut self, conn: ConnId, request_id: RequestId, participant: &ParticipantId, room: Option<&RoomName>) {
        let viewer = match self.watchers.get(&conn) {
            Some(w) => Viewer { room, ..w.viewer() },
            None => Viewer { watch: None, room, grants: self.grants_of(conn) },
        };
        if !viewer.grants.contains(&Grant::Admit) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        let may_admit = |queues: &[Queue], entry: &WaitingEntry| admission::may_admit(&viewer, &Waited { queues, room: Some(&entry.room) });
        // Someone waiting on another node: the checks this node can make,
        // then the request goes to their node.
        if let Some((node, shared)) = self.remote_waiting.get(participant) {
            // Someone the caller may not admit is, to them, not waiting.
            if !may_admit(&shared.queues, &shared.entry) {
                self.error(conn, Some(request_id), ErrorCode::NotWaiting);
                return;
            }
            if shared.entry.role == JoinRole::Participant && self.rooms.contains_key(&shared.entry.room) && !self.patient_in(&shared.entry.room) {
                self.error(conn, Some(request_id), ErrorCode::PatientNotPresent);
                return;
            }
            let node = node.clone();
            self.presence.publish(Target::Node(node), ClusterMsg::Admit { participant: participant.clone(), by: SharedViewer::of(&viewer) });
            self.send(conn, ServerMsg::Ack { request_id });
            return;
        }
        // Someone the caller may not see is, to them, not waiting.
        let Some(waiter) = self.waiting.get(participant) else {
            self.error(conn, Some(request_id), ErrorCode::NotWaiting);
            return;
        };
        if !may_admit(&waiter.queues, &waiter.entry) {
            self.error(conn, Some(request_id), ErrorCode::NotWaiting);
            return;
        }
        if let Err(code) = self.may_enter(waiter) {
            self.error(conn, Some(request_id), code);
            return;
        }
        let waiter_conn = waiter.conn;
        self.send(conn, ServerMsg::Ack { request_id });
        self.let_in(waiter_conn).await;
    }

    /// Whether a waiting person may come in now: the room (if this node
    /// holds it) has space, and an external participant needs the patient
    /// there.
    fn may_enter(&self, waiter: &Waiter) -> Result<(), ErrorCode> {
        let members = self.rooms.get(&waiter.entry.room).map_or(0, |r| r.members.len());
        if members >= waiter.capacity {
            return Err(ErrorCode::RoomFull);
        }
        // Family, interpreters and other external participants come in
        // only while the patient is there.
        let elsewhere = !self.rooms.contains_key(&waiter.entry.room) && self.remote_rooms.contains_key(&waiter.entry.room);
        if waiter.entry.role == JoinRole::Participant && !elsewhere && !self.patient_in(&waiter.entry.room) {
            return Err(ErrorCode::PatientNotPresent);
        }
        Ok(())
    }

    /// Lets a person waiting on this node in: into the room here, or, when
    /// another node holds the room, over there: that node is told to
    /// expect them, and they are sent its address.
    async fn let_in(&mut self, waiter_conn: ConnId) {
        let Some(waiter) = self.stop_waiting(waiter_conn, true) else { return };
        let room = waiter.entry.room.clone();
        tracing::info!(room = %room, participant = %waiter.entry.participant, "admitted");
        if !self.rooms.contains_key(&room) {
            if let Some((node, url)) = self.remote_rooms.get(&room).cloned() {
                self.presence.publish(Target::Node(node), ClusterMsg::Pass { room, sub: waiter.sub });
                self.send(waiter.conn, ServerMsg::Moved { request_id: waiter.request_id, url });
                self.close(waiter.conn);
                return;
            }
        }
        let Waiter { conn: patient, request_id: join_request, entry, grants, .. } = waiter;
        self.enter(patient, join_request, entry.room, entry.participant, entry.display_name, grants).await;
        self.auto_admit_waiting(&room).await;
    }

    /// A message from another signalling node.
    async fn handle_cluster(&mut self, Envelope { from, msg }: Envelope) {
        let now = std::time::Instant::now();
        self.last_heard.insert(from.clone(), now);
        if self.dead_nodes.remove(&from).is_some() {
            tracing::warn!(node = %from, "a node taken for dead speaks again");
        }
        match msg {
            ClusterMsg::Alive => {}
            ClusterMsg::Waiting { waiter } => {
                // Someone waiting here reconnected there: their old
                // connection here is done, and their entry is that node's.
                if let Some(old) = self.waiting.remove(&waiter.entry.participant) {
                    if let Some(s) = self.sessions.get_mut(&old.conn) {
                        s.waiting = None;
                    }
                    self.send(old.conn, ServerMsg::Disconnected { reason: LeaveReason::Left });
                    self.close(old.conn);
                }
                let (queues, room, entry) = (waiter.queues.clone(), waiter.entry.room.clone(), waiter.entry.clone());
                self.remote_waiting.insert(entry.participant.clone(), (from, waiter));
                self.tell_followers(&queues, &room, ServerMsg::PatientWaiting { entry });
                self.tell_estimates(estimate::line(&queues));
            }
            ClusterMsg::LeftWaiting { participant, admitted } => {
                // Only the node that holds the entry now removes it.
                if self.remote_waiting.get(&participant).is_some_and(|(node, _)| *node == from) {
                    if let Some((_, waiter)) = self.remote_waiting.remove(&participant) {
                        self.tell_followers(&waiter.queues, &waiter.entry.room, ServerMsg::PatientLeftWaiting { participant, admitted });
                        self.tell_estimates(estimate::line(&waiter.queues));
                    }
                }
            }
            ClusterMsg::Entered { room, sub } => {
                self.remote_members.insert((room, sub), from);
            }
            ClusterMsg::Exited { room, sub } => {
                let key = (room, sub);
                if self.remote_members.get(&key).is_some_and(|node| *node == from) {
                    self.remote_members.remove(&key);
                }
            }
            ClusterMsg::WaitingChat { queues, participant, from_patient, display_name, text, at_ms } => {
                self.tell_watchers(&Waited { queues: &queues, room: None }, ServerMsg::WaitingChat { participant, from_patient, display_name, text, at_ms });
            }
            ClusterMsg::RoomOpened { room, url } => {
                self.remote_rooms.insert(room, (from, url));
            }
            ClusterMsg::RoomClosed { room } => {
                if self.remote_rooms.get(&room).is_some_and(|(node, _)| *node == from) {
                    self.remote_rooms.remove(&room);
                }
                self.remote_members.retain(|(r, _), node| !(*r == room && *node == from));
            }
            ClusterMsg::RoomEnded { room } => self.end_waiting(&room),
            ClusterMsg::Admit { participant, by } => {
                let Some(waiter) = self.waiting.get(&participant) else { return };
                // The rule, asked again here: another node's word is not
                // taken for it.
                if !admission::may_admit(&by.viewer(), &Waited { queues: &waiter.queues, room: Some(&waiter.entry.room) }) {
                    tracing::warn!(participant = %participant, node = %from, "admission from another node refused: the rule does not let them admit this person");
                    return;
                }
                match self.may_enter(waiter) {
                    Ok(()) => {
                        let conn = waiter.conn;
                        self.let_in(conn).await;
                    }
                    Err(code) => tracing::info!(participant = %participant, ?code, "admission from another node refused"),
                }
            }
            ClusterMsg::Pass { room, sub } => {
                let waiting_here = self.waiting.values().find(|w| w.sub == sub && w.entry.room == room).map(|w| w.conn);
                match waiting_here {
                    // They arrived before the pass: in they come.
                    Some(conn) => self.let_in(conn).await,
                    None => self.recently_in.remember((room, sub), (), std::time::Instant::now()),
                }
            }
            ClusterMsg::ChatToWaiting { participant, display_name, text, at_ms, by } => {
                let allowed = |w: &&Waiter| admission::may_chat(&by.viewer(), &Waited { queues: &w.queues, room: Some(&w.entry.room) });
                if let Some(conn) = self.waiting.get(&participant).filter(allowed).map(|w| w.conn) {
                    self.send(conn, ServerMsg::Chat { from: None, display_name, text, at_ms });
                }
            }
        }
    }

    /// Takes nodes not heard for [`crate::cluster::DEAD_AFTER`] for dead:
    /// their rooms are re-homed at once (whoever joins one next, here or
    /// on another node, opens it there), the people in them may come back
    /// without a new admission within the rejoin grace, and the people
    /// who waited on them stay in the lists, in their place, for that
    /// grace (reconnecting anywhere, they take their entry over); then
    /// those who have not come back leave the lists.
    fn check_nodes(&mut self, now: std::time::Instant) {
        let silent: Vec<String> = self
            .last_heard
            .iter()
            .filter(|(node, at)| now.saturating_duration_since(**at) >= crate::cluster::DEAD_AFTER && !self.dead_nodes.contains_key(*node))
            .map(|(node, _)| node.clone())
            .collect();
        for node in silent {
            tracing::warn!(node = %node, "a signalling node went silent: taken for dead, its rooms re-homed");
            self.remote_rooms.retain(|_, (n, _)| *n != node);
            let members: Vec<(RoomName, String)> = self.remote_members.iter().filter(|(_, n)| **n == node).map(|(k, _)| k.clone()).collect();
            for key in members {
                self.remote_members.remove(&key);
                self.recently_in.remember(key, (), now);
            }
            self.dead_nodes.insert(node, now + self.config.rejoin_grace);
        }
        let gone: Vec<String> = self.dead_nodes.iter().filter(|(_, until)| now >= **until).map(|(n, _)| n.clone()).collect();
        for node in gone {
            self.dead_nodes.remove(&node);
            self.last_heard.remove(&node);
            let orphans: Vec<ParticipantId> = self.remote_waiting.iter().filter(|(_, (n, _))| *n == node).map(|(p, _)| p.clone()).collect();
            for participant in orphans {
                if let Some((_, waiter)) = self.remote_waiting.remove(&participant) {
                    self.tell_followers(&waiter.queues, &waiter.entry.room, ServerMsg::PatientLeftWaiting { participant, admitted: false });
                    self.tell_estimates(estimate::line(&waiter.queues));
                }
            }
        }
    }

    /// Takes the connection's participant out of its room and tells the
    /// others. `tell_sfu` is false when the SFU itself removed them.
    async fn leave(&mut self, conn: ConnId, reason: LeaveReason, tell_sfu: bool) {
        let Some((room, participant)) = self.sessions.get_mut(&conn).and_then(|s| s.joined.take()) else { return };
        // Whoever leaves (or drops) may come back within the grace without
        // a new admission.
        if let Some(sub) = self.sessions.get(&conn).and_then(|s| s.sub.clone()) {
            self.recently_in.remember((room.clone(), sub.clone()), (), std::time::Instant::now());
            self.presence.publish(Target::All, ClusterMsg::Exited { room: room.clone(), sub });
        }
        if let Some(key) = self.sessions.get_mut(&conn).and_then(|s| s.files_key.take()) {
            self.file_keys.remove(&key);
        }
        self.conn_of.remove(&participant);
        let was_viewing = self.rooms.get(&room).is_some_and(|r| r.caption_viewers.contains_key(&conn));
        if was_viewing {
            self.set_captions(conn, &room, None).await;
        }
        if let Some(r) = self.rooms.get_mut(&room) {
            r.members.remove(&participant);
            if r.members.is_empty() {
                // The consultation is over for everyone: its files go with it.
                if let Some(r) = self.rooms.remove(&room) {
                    self.file_bytes -= r.files.bytes();
                }
                self.presence.publish(Target::All, ClusterMsg::RoomClosed { room: room.clone() });
            }
        }
        tracing::info!(room = %room, participant = %participant, ?reason, "participant left");
        self.broadcast(&room, None, ServerMsg::ParticipantLeft { participant: participant.clone(), reason });
        if tell_sfu {
            self.to_sfu(SfuCommand::Leave { participant }).await;
        }
    }

    async fn handle_sfu_event(&mut self, event: SfuEvent) {
        // Events about a participant who has already left are stale.
        let Some(&conn) = self.conn_of.get(event.participant()) else { return };
        if self.sessions.get(&conn).is_some_and(|s| matches!(&s.probe, Probe::Running(p, _) if p == event.participant())) {
            self.handle_probe_event(conn, event).await;
            return;
        }
        let Some((room, _)) = self.sessions.get(&conn).and_then(|s| s.joined.clone()) else { return };
        match event {
            SfuEvent::Answer { request_id, sdp, .. } => self.send(conn, ServerMsg::Answer { request_id, sdp }),
            SfuEvent::Offer { sdp, .. } => self.send(conn, ServerMsg::Offer { sdp }),
            SfuEvent::AnswerAccepted { request_id, .. } => self.send(conn, ServerMsg::Ack { request_id }),
            SfuEvent::Candidate { candidate, .. } => self.send(conn, ServerMsg::Candidate { candidate }),
            SfuEvent::Connected { participant } => {
                tracing::debug!(participant = %participant, "media connected");
            }
            SfuEvent::TrackPublished { participant, track } => {
                if let Some(m) = self.rooms.get_mut(&room).and_then(|r| r.members.get_mut(&participant)) {
                    m.info.tracks.push(track.clone());
                }
                self.broadcast(&room, None, ServerMsg::TrackPublished { participant, track });
            }
            SfuEvent::TrackUnpublished { participant, track } => {
                if let Some(m) = self.rooms.get_mut(&room).and_then(|r| r.members.get_mut(&participant)) {
                    m.info.tracks.retain(|t| t.id != track);
                }
                self.broadcast(&room, None, ServerMsg::TrackUnpublished { participant, track });
            }
            SfuEvent::PublishLayers { track, layers, .. } => self.send(conn, ServerMsg::PublishLayers { track, layers }),
            SfuEvent::VideoPaused { track, paused, .. } => self.send(conn, ServerMsg::VideoPaused { track, paused }),
            SfuEvent::ActiveSpeaker { participant, speaking } => {
                let participant = speaking.then_some(participant);
                self.broadcast(&room, None, ServerMsg::ActiveSpeaker { participant });
            }
            SfuEvent::ParticipantRemoved { reason, .. } => {
                self.send(conn, ServerMsg::Disconnected { reason });
                self.leave(conn, reason, false).await;
                self.close(conn);
            }
            SfuEvent::Error { participant, request_id, code, detail } => {
                tracing::debug!(participant = %participant, ?code, detail, "SFU refused a request");
                self.error(conn, request_id, code);
                if matches!(code, ErrorCode::RoomFull | ErrorCode::AlreadyJoined) {
                    // The SFU did not take the participant: undo the join.
                    self.leave(conn, LeaveReason::Left, false).await;
                }
            }
        }
    }

    /// Shared files: the key names a session in a room with the `files`
    /// grant, or the request is refused.
    fn handle_file(&mut self, request: FileRequest) {
        let key = match &request {
            FileRequest::Check { key, .. } | FileRequest::Store { key, .. } | FileRequest::Fetch { key, .. } => key,
        };
        let holder = self.file_keys.get(key).and_then(|conn| {
            let session = self.sessions.get(conn)?;
            let (room, participant) = session.joined.clone()?;
            session.grants.contains(&Grant::Files).then_some((room, participant))
        });
        let space = |hub: &Hub, room: &RoomName, size: usize| -> Result<(), ErrorCode> {
            let in_room = hub.rooms.get(room).map_or(0, |r| r.files.bytes());
            if in_room + size > hub.config.max_room_file_bytes || hub.file_bytes + size > hub.config.max_file_bytes {
                return Err(ErrorCode::FileStorageFull);
            }
            Ok(())
        };
        match request {
            FileRequest::Check { size, reply, .. } => {
                let result = holder.ok_or(ErrorCode::SessionEnded).and_then(|(room, _)| space(self, &room, size.unwrap_or(0)));
                let _ = reply.send(result);
            }
            FileRequest::Fetch { id, reply, .. } => {
                let result = holder
                    .ok_or(ErrorCode::SessionEnded)
                    .and_then(|(room, _)| self.rooms.get(&room).and_then(|r| r.files.get(&id)).ok_or(ErrorCode::UnknownFile));
                let _ = reply.send(result);
            }
            FileRequest::Store { name, content_type, data, reply, .. } => {
                let Some((room, participant)) = holder else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                if let Err(code) = space(self, &room, data.len()) {
                    let _ = reply.send(Err(code));
                    return;
                }
                let Some(r) = self.rooms.get_mut(&room) else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                let display_name = r.members.get(&participant).map(|m| m.info.display_name.clone());
                let Some(display_name) = display_name else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                let file = SharedFile {
                    id: FileId::new(new_secret("f")),
                    name,
                    size: u64::try_from(data.len()).unwrap_or(u64::MAX),
                    content_type,
                    from: participant,
                    display_name,
                    at_ms: now_ms(),
                };
                self.file_bytes += data.len();
                r.files.add(file.clone(), data);
                tracing::info!(room = %room, file = %file.id, bytes = file.size, "file shared");
                let _ = reply.send(Ok(file.clone()));
                self.broadcast(&room, None, ServerMsg::FileShared { file });
            }
        }
    }

    async fn to_sfu(&self, cmd: SfuCommand) {
        if self.sfu.send(cmd).await.is_err() {
            tracing::error!("SFU is gone; media commands are dropped");
        }
    }

    fn send(&mut self, conn: ConnId, msg: ServerMsg) {
        let Some(session) = self.sessions.get_mut(&conn) else { return };
        if let Err(mpsc::error::TrySendError::Full(_)) = session.tx.try_send(Outbound::Msg(msg)) {
            // A client that does not read is dropped rather than allowed to
            // slow everyone else: its connection task ends and reports the
            // disconnect, which takes it out of its room.
            tracing::debug!(conn = conn.0, "client queue full; disconnecting");
            if let Some(kill) = session.kill.take() {
                let _ = kill.send(());
            }
        }
    }

    fn close(&mut self, conn: ConnId) {
        if let Some(session) = self.sessions.get(&conn) {
            let _ = session.tx.try_send(Outbound::Close);
        }
    }

    fn error(&mut self, conn: ConnId, request_id: Option<RequestId>, code: ErrorCode) {
        self.send(conn, ServerMsg::Error { request_id, code, message: describe(code).into() });
    }

    /// Sends to every member of `room` except `except`.
    fn broadcast(&mut self, room: &RoomName, except: Option<&ParticipantId>, msg: ServerMsg) {
        let Some(r) = self.rooms.get(room) else { return };
        let conns: Vec<ConnId> = r.members.iter().filter(|(id, _)| Some(*id) != except).map(|(_, m)| m.conn).collect();
        for conn in conns {
            self.send(conn, msg.clone());
        }
    }
}

/// A final caption segment in another language: `text` in `to`, marked as
/// translated from the language it was spoken in.
fn translated(msg: ServerMsg, text: String, to: String) -> ServerMsg {
    match msg {
        ServerMsg::Caption { participant, display_name, segment, is_final, language, start_ms, end_ms, .. } => {
            ServerMsg::Caption { participant, display_name, segment, text, tentative: String::new(), is_final, language: to, translated_from: Some(language), start_ms, end_ms }
        }
        other => other,
    }
}

/// Everyone in an open room (development) may do everything.
const OPEN_ROOM_GRANTS: &[Grant] =
    &[Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::ScreenShare, Grant::Chat, Grant::Files, Grant::ForceStart];

/// Whether an SDP offer asks to send media: an audio or video section that
/// is `sendrecv` or `sendonly`, or states no direction (which means
/// `sendrecv`).
fn sdp_sends(sdp: &str) -> bool {
    // (audio or video, the section's direction attribute)
    let mut sections: Vec<(bool, Option<&str>)> = Vec::new();
    for line in sdp.lines().map(str::trim) {
        if line.starts_with("m=") {
            sections.push((line.starts_with("m=audio") || line.starts_with("m=video"), None));
        } else if let Some(section) = sections.last_mut() {
            if matches!(line, "a=sendrecv" | "a=sendonly" | "a=recvonly" | "a=inactive") {
                section.1 = Some(line);
            }
        }
    }
    sections.iter().any(|(media, direction)| *media && matches!(direction, None | Some("a=sendrecv" | "a=sendonly")))
}

/// An offer's screen mids: at most `MAX_SCREEN_MIDS`, each a plausible mid
/// (1 to 16 letters, digits, `-` or `_`, as browsers write them).
fn screen_mids_valid(mids: &[String]) -> bool {
    mids.len() <= MAX_SCREEN_MIDS
        && mids.iter().all(|m| (1..=16).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
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
        | ClientMsg::Leave { request_id } => Some(*request_id),
        ClientMsg::Candidate { .. } | ClientMsg::EndOfCandidates | ClientMsg::SetVideoSize { .. } => None,
    }
}

fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
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
        ErrorCode::PatientNotPresent => "external participants join only while the patient is present",
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
        ErrorCode::SpokenLanguageUnavailable => "the captions service cannot hear that language",
        ErrorCode::UnknownParticipant => "nobody by that id is in your room",
    }
}

#[cfg(test)]
mod tests {
    use super::sdp_sends;

    #[test]
    fn an_offer_sends_when_a_media_section_sends() {
        let head = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
        let data = "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:2\r\n";
        let audio = |dir: &str| format!("m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n{dir}");
        assert!(sdp_sends(&format!("{head}{}", audio("a=sendrecv\r\n"))));
        assert!(sdp_sends(&format!("{head}{}{data}", audio("a=sendonly\r\n"))));
        assert!(sdp_sends(&format!("{head}{}", audio(""))), "no direction means sendrecv");
        assert!(!sdp_sends(&format!("{head}{}{data}", audio("a=recvonly\r\n"))));
        assert!(!sdp_sends(&format!("{head}{}{}", audio("a=inactive\r\n"), "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly\r\n")));
        assert!(!sdp_sends(&format!("{head}{data}")), "a data channel alone sends no media");
        assert!(!sdp_sends("garbage"));
    }
}

/// Captions through the hub, in process: the captions service's events are
/// injected and a test double stands in for the translation service (none
/// can run on these machines).
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod caption_tests {
    use std::future::Future;
    use std::pin::Pin;

    use super::*;
    use crate::cluster::LocalPresence;
    use crate::translate::{TranslateError, Translator};

    /// "Translates" by tagging the text with the target language; fails
    /// for `xx`.
    #[derive(Debug)]
    struct Tagging;
    impl Translator for Tagging {
        fn translate<'a>(&'a self, text: &'a str, from: &'a str, to: &'a str) -> Pin<Box<dyn Future<Output = Result<String, TranslateError>> + Send + 'a>> {
            Box::pin(async move {
                if to == "xx" {
                    return Err(TranslateError::Service("no such language".into()));
                }
                Ok(format!("[{from}->{to}] {text}"))
            })
        }
    }

    struct Client {
        conn: ConnId,
        rx: mpsc::Receiver<Outbound>,
        _kill: oneshot::Receiver<()>,
    }

    async fn client(hub: &HubHandle) -> Client {
        let (tx, rx) = mpsc::channel(64);
        let (kill, kill_rx) = oneshot::channel();
        let conn = hub.connect(tx, kill).await.unwrap();
        Client { conn, rx, _kill: kill_rx }
    }

    async fn send(hub: &HubHandle, c: &Client, msg: ClientMsg) {
        let permit = Arc::new(tokio::sync::Semaphore::new(1)).acquire_owned().await.unwrap();
        assert!(hub.message(c.conn, msg, None, permit).await);
    }

    /// The next message, past the room's comings and goings.
    async fn next(c: &mut Client) -> ServerMsg {
        loop {
            match tokio::time::timeout(std::time::Duration::from_secs(5), c.rx.recv()).await.unwrap().unwrap() {
                Outbound::Msg(ServerMsg::ParticipantJoined { .. }) => continue,
                Outbound::Msg(m) => return m,
                Outbound::Close | Outbound::CloseWith(..) => panic!("closed"),
            }
        }
    }

    /// A hub with `config`, and what it tells the SFU.
    fn test_hub(config: SignallingConfig) -> (HubHandle, mpsc::Receiver<SfuCommand>) {
        let (sfu_tx, sfu_rx) = mpsc::channel(256);
        let (_events_tx, events_rx) = mpsc::unbounded_channel();
        let (_cluster_tx, cluster_rx) = mpsc::unbounded_channel();
        (spawn(config, sfu_tx, events_rx, Arc::new(LocalPresence), cluster_rx), sfu_rx)
    }

    /// The participants the hub has tapped (`on`) or untapped since last
    /// asked, sorted.
    fn taps(sfu: &mut mpsc::Receiver<SfuCommand>, on: bool) -> Vec<ParticipantId> {
        let mut got = Vec::new();
        while let Ok(cmd) = sfu.try_recv() {
            if let SfuCommand::Tap { participant, on: o, .. } = cmd {
                if o == on {
                    got.push(participant);
                }
            }
        }
        got.sort();
        got
    }

    /// Waits for each client's next `ack`.
    async fn acked(clients: &mut [Client]) {
        for c in clients {
            while !matches!(next(c).await, ServerMsg::Ack { .. }) {}
        }
    }

    /// Each turned captions on: the ack, then the languages they can
    /// choose for speakers.
    async fn captions_on(clients: &mut [Client], spoken: &[&str]) {
        for c in clients {
            while !matches!(next(c).await, ServerMsg::Ack { .. }) {}
            assert_eq!(next(c).await, ServerMsg::CaptionsLanguages { spoken: spoken.iter().map(|l| (*l).to_owned()).collect() });
        }
    }

    /// Each of `names` joins with `join(name)`: their ids and connections.
    async fn joined(hub: &HubHandle, names: &[&str], join: impl Fn(&str) -> ClientMsg) -> (Vec<ParticipantId>, Vec<Client>) {
        let mut ids = Vec::new();
        let mut clients = Vec::new();
        for name in names {
            let mut c = client(hub).await;
            send(hub, &c, join(name)).await;
            loop {
                if let ServerMsg::Joined { participant, .. } = next(&mut c).await {
                    ids.push(participant);
                    break;
                }
            }
            clients.push(c);
        }
        (ids, clients)
    }

    /// A practitioner's claims for `name` in `room`, as a verified token
    /// gives them (no organisation language).
    fn claims(name: &str, room: &str, grants: Vec<Grant>) -> JoinClaims {
        JoinClaims {
            sub: format!("x:{name}"),
            org: "org".into(),
            room: RoomName::new(room).unwrap(),
            name: DisplayName::new(name).unwrap(),
            role: JoinRole::Practitioner,
            grants,
            max_participants: 6,
            iat: 0,
            exp: u64::MAX,
            waiting: None,
            watch: Vec::new(),
            own_clients_only: false,
            language: None,
        }
    }

    /// `c` joins their claims' room with them: the `joined` they get.
    async fn join_with(hub: &HubHandle, c: &mut Client, claims: JoinClaims) -> ServerMsg {
        let join = ClientMsg::Join { request_id: RequestId(1), protocol_version: PROTOCOL_VERSION, room: claims.room.clone(), display_name: DisplayName::new("x").unwrap(), token: None };
        let permit = Arc::new(tokio::sync::Semaphore::new(1)).acquire_owned().await.unwrap();
        assert!(hub.message(c.conn, join, Some(Box::new(claims)), permit).await);
        loop {
            let msg = next(c).await;
            if matches!(msg, ServerMsg::Joined { .. }) {
                return msg;
            }
        }
    }

    fn set_captions(id: u64, on: bool, language: Option<&str>) -> ClientMsg {
        ClientMsg::SetCaptions { request_id: RequestId(id), on, language: language.map(str::to_owned) }
    }

    fn segment(participant: &ParticipantId, text: &str, is_final: bool) -> CaptionsEvent {
        CaptionsEvent::Segment {
            participant: participant.clone(),
            segment: 0,
            text: text.into(),
            tentative: if is_final { String::new() } else { "pain".into() },
            is_final,
            language: "en".into(),
            start_ms: 0,
            end_ms: 900,
            english: None,
        }
    }

    #[tokio::test]
    async fn viewers_get_captions_as_spoken_or_translated_and_others_get_none() {
        let (hub, mut sfu_rx) = test_hub(SignallingConfig { open_rooms: true, captions: true, translator: Some(Arc::new(Tagging)), ..SignallingConfig::default() });
        let room = RoomName::new("consult").unwrap();
        let join = |name: &str| ClientMsg::Join {
            request_id: RequestId(1),
            protocol_version: PROTOCOL_VERSION,
            room: room.clone(),
            display_name: DisplayName::new(name).unwrap(),
            token: None,
        };
        let (ids, mut clients) = joined(&hub, &["Pat", "Ada", "Nel", "Xan"], join).await;
        let set = set_captions;
        // A language that is not a code, and one the service cannot do.
        send(&hub, &clients[1], set(2, true, Some("Dutch"))).await;
        assert!(matches!(next(&mut clients[1]).await, ServerMsg::Error { code: ErrorCode::MalformedMessage, .. }));
        // Ada reads as spoken ("en" is the spoken language, so the same),
        // Nel in Dutch, Xan in a language the service fails on.
        send(&hub, &clients[1], set(3, true, Some("en"))).await;
        send(&hub, &clients[2], set(3, true, Some("nl"))).await;
        send(&hub, &clients[3], set(3, true, Some("xx"))).await;
        captions_on(&mut clients[1..], &["en"]).await;
        // The first viewer tapped every microphone in the room.
        let mut everyone = ids.clone();
        everyone.sort();
        assert_eq!(taps(&mut sfu_rx, true), everyone);

        assert!(hub.tx.send(HubInput::Captions(segment(&ids[0], "My chest", false))).await.is_ok());
        assert!(hub.tx.send(HubInput::Captions(segment(&ids[0], "My chest hurts.", true))).await.is_ok());
        let caption = |m: ServerMsg| match m {
            ServerMsg::Caption { display_name, text, tentative, is_final, language, translated_from, .. } => (display_name.as_str().to_owned(), text, tentative, is_final, language, translated_from),
            other => panic!("expected a caption, got {other:?}"),
        };
        let en = || Some("en".to_owned());
        assert_eq!(caption(next(&mut clients[1]).await), ("Pat".into(), "My chest".into(), "pain".into(), false, "en".into(), None));
        assert_eq!(caption(next(&mut clients[1]).await), ("Pat".into(), "My chest hurts.".into(), String::new(), true, "en".into(), None));
        // Only the final segment, translated.
        assert_eq!(caption(next(&mut clients[2]).await), ("Pat".into(), "[en->nl] My chest hurts.".into(), String::new(), true, "nl".into(), en()));
        // Translation failed: as spoken, not marked translated.
        assert_eq!(caption(next(&mut clients[3]).await), ("Pat".into(), "My chest hurts.".into(), String::new(), true, "en".into(), None));
        // Pat did not turn captions on: nothing.
        // (A request the hub refuses without side effects marks the end
        // of what it sent before.)
        send(&hub, &clients[0], ClientMsg::Admit { request_id: RequestId(9), participant: ParticipantId::new("pnobody") }).await;
        assert!(matches!(next(&mut clients[0]).await, ServerMsg::Error { request_id: Some(RequestId(9)), .. }));

        // The service falls behind: viewers are told.
        assert!(hub.tx.send(HubInput::Captions(CaptionsEvent::State { state: CaptionsState::Delayed })).await.is_ok());
        assert_eq!(next(&mut clients[1]).await, ServerMsg::CaptionsState { state: CaptionsState::Delayed });

        // The last viewers turning captions off stops the taps.
        for c in &clients[1..] {
            send(&hub, c, set(4, false, None)).await;
        }
        acked(&mut clients[1..]).await;
        assert_eq!(taps(&mut sfu_rx, false), everyone);
    }

    #[derive(Debug, Default)]
    struct Kept(std::sync::Mutex<Vec<(String, String, String)>>);
    impl crate::TranscriptSink for Kept {
        fn keep(&self, room: &RoomName, speaker: &DisplayName, text: &str, _language: &str) {
            self.0.lock().unwrap().push((room.to_string(), speaker.as_str().to_owned(), text.to_owned()));
        }
    }

    #[tokio::test]
    async fn final_segments_are_kept_only_where_a_member_holds_keep_transcript() {
        let kept = Arc::new(Kept::default());
        let (hub, _sfu_rx) = test_hub(SignallingConfig { captions: true, transcripts: Some(kept.clone()), ..SignallingConfig::default() });
        let mut speakers = Vec::new();
        let mut clients = Vec::new();
        for (name, room, keeps) in [("Doc", "a-1", true), ("Pat", "a-1", false), ("Ann", "a-2", false), ("Bob", "a-2", false)] {
            let mut c = client(&hub).await;
            let grants = if keeps { vec![Grant::Subscribe, Grant::KeepTranscript] } else { vec![Grant::Subscribe] };
            if let ServerMsg::Joined { participant, .. } = join_with(&hub, &mut c, claims(name, room, grants)).await {
                speakers.push(participant);
            }
            clients.push(c);
        }
        // Doc and Ann turn captions on; Pat and Bob speak.
        for i in [0, 2] {
            send(&hub, &clients[i], ClientMsg::SetCaptions { request_id: RequestId(2), on: true, language: None }).await;
            captions_on(&mut clients[i..=i], &["en"]).await;
        }
        for (speaker, text) in [(&speakers[1], "My chest"), (&speakers[3], "Hello")] {
            assert!(hub.tx.send(HubInput::Captions(segment(speaker, text, false))).await.is_ok());
            assert!(hub.tx.send(HubInput::Captions(segment(speaker, &format!("{text} hurts."), true))).await.is_ok());
        }
        // Both viewers got both updates of their room's speaker...
        for i in [0, 2] {
            assert!(matches!(next(&mut clients[i]).await, ServerMsg::Caption { is_final: false, .. }));
            assert!(matches!(next(&mut clients[i]).await, ServerMsg::Caption { is_final: true, .. }));
        }
        // ...and only a-1's final line was kept.
        assert_eq!(*kept.0.lock().unwrap(), [("a-1".to_owned(), "Pat".to_owned(), "My chest hurts.".to_owned())]);
    }

    #[tokio::test]
    async fn without_a_translator_another_language_is_refused() {
        let (hub, _sfu_rx) = test_hub(SignallingConfig { open_rooms: true, captions: true, ..SignallingConfig::default() });
        let mut c = client(&hub).await;
        let join = ClientMsg::Join { request_id: RequestId(1), protocol_version: PROTOCOL_VERSION, room: RoomName::new("r").unwrap(), display_name: DisplayName::new("A").unwrap(), token: None };
        send(&hub, &c, join).await;
        while !matches!(next(&mut c).await, ServerMsg::Joined { .. }) {}
        send(&hub, &c, ClientMsg::SetCaptions { request_id: RequestId(2), on: true, language: Some("nl".into()) }).await;
        assert!(matches!(next(&mut c).await, ServerMsg::Error { code: ErrorCode::TranslationUnavailable, .. }));
        send(&hub, &c, ClientMsg::SetCaptions { request_id: RequestId(3), on: true, language: None }).await;
        assert_eq!(next(&mut c).await, ServerMsg::Ack { request_id: RequestId(3) });
        // Reading English, the service's own language, is reading as spoken.
        send(&hub, &c, ClientMsg::SetCaptions { request_id: RequestId(4), on: true, language: Some("en".into()) }).await;
        captions_on(std::slice::from_mut(&mut c), &["en"]).await;
    }

    #[tokio::test]
    async fn a_speakers_language_holds_for_the_room_and_relabels_their_tapped_microphone() {
        let config = SignallingConfig { captions: true, captions_languages: vec!["en".into(), "nl".into()], ..SignallingConfig::default() };
        let (hub, mut sfu_rx) = test_hub(config);
        let mut clients = Vec::new();
        let mut ids = Vec::new();
        let mut told = Vec::new();
        // Pat's organisation speaks Dutch, which captions hear; Ada's French,
        // which they do not: she is taken to speak English, the service's.
        for (name, org_language) in [("Pat", "nl"), ("Ada", "fr")] {
            let mut c = client(&hub).await;
            let claims = JoinClaims { language: Some(org_language.into()), ..claims(name, "a-1", vec![Grant::Subscribe, Grant::Publish]) };
            if let ServerMsg::Joined { participant, participants, spoken_language, .. } = join_with(&hub, &mut c, claims).await {
                told.push((spoken_language, participants.iter().map(|p| p.spoken_language.clone()).collect::<Vec<_>>()));
                ids.push(participant);
            }
            clients.push(c);
        }
        assert_eq!(told, [("nl".to_owned(), vec![]), ("en".to_owned(), vec!["nl".to_owned()])]);
        // Ada turns captions on: the microphones are tapped, each in its language.
        send(&hub, &clients[1], ClientMsg::SetCaptions { request_id: RequestId(2), on: true, language: None }).await;
        captions_on(&mut clients[1..], &["en", "nl"]).await;
        let mut tapped = Vec::new();
        while let Ok(cmd) = sfu_rx.try_recv() {
            if let SfuCommand::Tap { participant, on: true, language, english: false } = cmd {
                tapped.push((participant, language));
            }
        }
        tapped.sort();
        let mut expected = vec![(ids[0].clone(), "nl".to_owned()), (ids[1].clone(), "en".to_owned())];
        expected.sort();
        assert_eq!(tapped, expected);

        let set = |id: u64, who: &ParticipantId, language: &str| ClientMsg::SetSpokenLanguage { request_id: RequestId(id), participant: who.clone(), language: language.into() };
        // A language the service cannot hear, one that is not a code, and
        // somebody not in the room: refused, and nothing changes.
        for (msg, code) in [
            (set(3, &ids[0], "de"), ErrorCode::SpokenLanguageUnavailable),
            (set(4, &ids[0], "Dutch"), ErrorCode::MalformedMessage),
            (set(5, &ParticipantId::new("pnobody"), "nl"), ErrorCode::UnknownParticipant),
        ] {
            send(&hub, &clients[1], msg).await;
            assert!(matches!(next(&mut clients[1]).await, ServerMsg::Error { code: c, .. } if c == code), "{code:?}");
        }
        assert!(sfu_rx.try_recv().is_err());
        // Ada speaks Dutch after all: everyone is told, her tap is relabelled.
        send(&hub, &clients[1], set(6, &ids[1], "nl")).await;
        assert_eq!(next(&mut clients[1]).await, ServerMsg::Ack { request_id: RequestId(6) });
        let said = ServerMsg::SpokenLanguage { participant: ids[1].clone(), language: "nl".into() };
        assert_eq!(next(&mut clients[1]).await, said);
        assert_eq!(next(&mut clients[0]).await, said);
        assert_eq!(sfu_rx.try_recv().ok(), Some(SfuCommand::Tap { participant: ids[1].clone(), on: true, language: "nl".into(), english: false }));
        // The same again changes nothing: an ack, no news.
        send(&hub, &clients[1], set(7, &ids[1], "nl")).await;
        assert_eq!(next(&mut clients[1]).await, ServerMsg::Ack { request_id: RequestId(7) });
        assert!(sfu_rx.try_recv().is_err());
        // A worker with a multilingual model connects: viewers (only Ada)
        // learn the new choices, and German can be chosen.
        let spoken = vec!["de".to_owned(), "en".to_owned(), "nl".to_owned()];
        assert!(hub.tx.send(HubInput::Captions(CaptionsEvent::Languages { spoken: spoken.clone() })).await.is_ok());
        assert_eq!(next(&mut clients[1]).await, ServerMsg::CaptionsLanguages { spoken });
        send(&hub, &clients[0], set(8, &ids[0], "de")).await;
        assert_eq!(next(&mut clients[0]).await, ServerMsg::Ack { request_id: RequestId(8) });
        let said = ServerMsg::SpokenLanguage { participant: ids[0].clone(), language: "de".into() };
        assert_eq!(next(&mut clients[0]).await, said, "Pat got no captions_languages: her captions are off");
        assert_eq!(next(&mut clients[1]).await, said);
        // Someone joining later sees it.
        let mut late = client(&hub).await;
        let ServerMsg::Joined { participants, spoken_language, .. } = join_with(&hub, &mut late, claims("Nel", "a-1", vec![Grant::Subscribe])).await else { panic!("joined") };
        assert_eq!(spoken_language, "en", "no organisation language: the service's");
        let mut heard: Vec<(String, String)> = participants.into_iter().map(|p| (p.display_name.as_str().to_owned(), p.spoken_language)).collect();
        heard.sort();
        assert_eq!(heard, [("Ada".to_owned(), "nl".to_owned()), ("Pat".to_owned(), "de".to_owned())]);
    }

    #[tokio::test]
    async fn a_multilingual_model_gives_english_readers_whispers_own_translation() {
        // No translation service: English comes from the model itself.
        let config = SignallingConfig { open_rooms: true, captions: true, captions_languages: vec!["en".into(), "nl".into()], ..SignallingConfig::default() };
        let (hub, mut sfu_rx) = test_hub(config);
        let room = RoomName::new("consult").unwrap();
        let join = |name: &str| ClientMsg::Join { request_id: RequestId(1), protocol_version: PROTOCOL_VERSION, room: room.clone(), display_name: DisplayName::new(name).unwrap(), token: None };
        let (ids, mut clients) = joined(&hub, &["Pat", "Ada", "Nel"], join).await;
        let set = set_captions;
        // German needs a translation service; English does not.
        send(&hub, &clients[1], set(2, true, Some("de"))).await;
        assert!(matches!(next(&mut clients[1]).await, ServerMsg::Error { code: ErrorCode::TranslationUnavailable, .. }));
        send(&hub, &clients[2], set(2, true, None)).await;
        captions_on(&mut clients[2..], &["en", "nl"]).await;
        let taps_now = |sfu: &mut mpsc::Receiver<SfuCommand>| {
            let mut got = Vec::new();
            while let Ok(cmd) = sfu.try_recv() {
                if let SfuCommand::Tap { on, english, .. } = cmd {
                    got.push((on, english));
                }
            }
            got
        };
        assert_eq!(taps_now(&mut sfu_rx), [(true, false); 3], "nobody reads English yet");
        send(&hub, &clients[1], set(3, true, Some("en"))).await;
        captions_on(&mut clients[1..2], &["en", "nl"]).await;
        assert_eq!(taps_now(&mut sfu_rx), [(true, true); 3], "the taps now ask for English");
        send(&hub, &clients[0], ClientMsg::SetSpokenLanguage { request_id: RequestId(2), participant: ids[0].clone(), language: "nl".into() }).await;
        for c in &mut clients {
            while !matches!(next(c).await, ServerMsg::SpokenLanguage { .. }) {}
        }
        assert_eq!(taps_now(&mut sfu_rx), [(true, true)]);

        // Pat speaks Dutch: a partial (as spoken only), then the final
        // segment with Whisper's English.
        let dutch = |text: &str, is_final: bool, english: Option<&str>| CaptionsEvent::Segment {
            participant: ids[0].clone(),
            segment: 0,
            text: text.into(),
            tentative: String::new(),
            is_final,
            language: "nl".into(),
            start_ms: 0,
            end_ms: 900,
            english: english.map(str::to_owned),
        };
        assert!(hub.tx.send(HubInput::Captions(dutch("Mijn borst", false, None))).await.is_ok());
        assert!(hub.tx.send(HubInput::Captions(dutch("Mijn borst doet pijn.", true, Some("My chest hurts.")))).await.is_ok());
        let caption = |m: ServerMsg| match m {
            ServerMsg::Caption { text, is_final, language, translated_from, .. } => (text, is_final, language, translated_from),
            other => panic!("expected a caption, got {other:?}"),
        };
        let nl = || Some("nl".to_owned());
        assert_eq!(caption(next(&mut clients[2]).await), ("Mijn borst".into(), false, "nl".into(), None));
        assert_eq!(caption(next(&mut clients[2]).await), ("Mijn borst doet pijn.".into(), true, "nl".into(), None));
        assert_eq!(caption(next(&mut clients[1]).await), ("My chest hurts.".into(), true, "en".into(), nl()));
        // A final segment the model gave no English for: as spoken.
        assert!(hub.tx.send(HubInput::Captions(dutch("Ja.", true, None))).await.is_ok());
        assert_eq!(caption(next(&mut clients[1]).await), ("Ja.".into(), true, "nl".into(), None));
        // Ada stops reading English: the taps stop asking for it.
        send(&hub, &clients[1], set(4, false, None)).await;
        acked(&mut clients[1..2]).await;
        assert_eq!(taps_now(&mut sfu_rx), [(true, false); 3]);
    }
}
