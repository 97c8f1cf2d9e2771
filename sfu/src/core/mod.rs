//! The sans-IO SFU core.
//!
//! Drive it like str0m's `Rtc`: feed an [`Input`] (every one carries the time),
//! then call [`Sfu::poll_output`] until it returns [`Output::Timeout`], and
//! feed [`Input::Timeout`] when that time comes. The core never reads the
//! clock, never touches a socket and takes no lock, which is what makes the
//! simulated-network tests in `sfu/tests` deterministic.
//!
//! Ownership: [`Sfu`] owns [`Room`]s, a `Room` owns `Participant`s, and a
//! `Participant` owns one `str0m::Rtc`. Forwarding decisions live in
//! [`forward`].

mod figures;
mod forward;
mod layers;
mod participant;
mod room;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{
    AudioTap, ErrorCode, LeaveReason, ParticipantId, RoomName, SfuCommand, SfuEvent,
};
use str0m::Candidate;
use str0m::net::{Protocol, Receive, TcpType};

pub use self::figures::{ConnectionFigures, Transport};
use self::participant::{Participant, TapLabel};
use self::room::{Room, VideoSize};

/// Settings of the SFU core. The defaults suit the embedded single-machine
/// setup.
#[derive(Debug, Clone)]
pub struct SfuConfig {
    /// Participants a room may hold.
    pub max_participants_per_room: usize,
    /// From join until ICE and DTLS are up; a participant that has not
    /// connected by then is removed.
    pub connect_timeout: Duration,
    /// After ICE reports the connection lost (consent checks failing), how
    /// long the participant may take to come back before being removed.
    pub disconnect_grace: Duration,
    /// At most one keyframe request per published layer in this interval
    /// for subscribers' PLIs; the SFU's own requests (a subscriber starting
    /// on a layer) go again as soon as the last one was answered.
    pub keyframe_request_interval: Duration,
    /// In a room with more microphones than this, only the microphones of
    /// the last this many people to speak are forwarded all the time; the
    /// others are held back while they stay quiet, and each of their packets
    /// with voice in it goes through at once. 0 forwards every microphone.
    pub audible_speakers: usize,
}

impl Default for SfuConfig {
    fn default() -> Self {
        SfuConfig {
            max_participants_per_room: 8,
            connect_timeout: Duration::from_secs(30),
            disconnect_grace: Duration::from_secs(5),
            keyframe_request_interval: Duration::from_millis(500),
            audible_speakers: 3,
        }
    }
}

/// One input to the core. Every variant carries the time it happened.
#[derive(Debug)]
pub enum Input<'a> {
    /// A UDP datagram received on one of the SFU's sockets, or one framed
    /// packet (RFC 4571) from a TCP connection a client opened to one of
    /// its TCP addresses (`proto` says which; `source` is the peer's
    /// address on that connection).
    Datagram {
        at: Instant,
        proto: Protocol,
        source: SocketAddr,
        destination: SocketAddr,
        bytes: &'a [u8],
    },
    /// A command from signalling.
    Command { at: Instant, cmd: SfuCommand },
    /// The time asked for by the last [`Output::Timeout`] has come.
    Timeout(Instant),
}

/// One output of the core.
#[derive(Debug)]
pub enum Output {
    /// A datagram to send.
    Transmit(Transmit),
    /// Something signalling needs to know.
    Event(SfuEvent),
    /// A microphone packet for the captions service.
    Tap(AudioTap),
    /// Nothing more to do until this time (or until the next input).
    Timeout(Instant),
}

/// A datagram to send from `source` (one of the SFU's socket addresses),
/// over UDP or on the TCP connection from `destination` (`proto`).
#[derive(Debug)]
pub struct Transmit {
    pub proto: Protocol,
    pub source: SocketAddr,
    pub destination: SocketAddr,
    pub contents: Vec<u8>,
}

/// Why an input was refused. None of these affects running calls: the input
/// is dropped and the caller may log it.
#[derive(Debug, thiserror::Error)]
pub enum SfuError {
    #[error("datagram is not STUN, DTLS, RTP or RTCP")]
    MalformedDatagram,
    #[error("datagram from a source that belongs to no participant")]
    UnknownSource,
    #[error("datagram refused by the participant's WebRTC session: {0}")]
    Rejected(String),
    #[error("no participant {0}")]
    UnknownParticipant(ParticipantId),
    #[error("host candidate {0} is not usable: {1}")]
    BadHostAddress(SocketAddr, String),
}

/// The SFU: every room and participant of one worker.
#[derive(Debug)]
pub struct Sfu {
    config: SfuConfig,
    /// The candidates every participant is offered: the driver's UDP
    /// sockets and TCP listeners.
    host_candidates: Vec<Candidate>,
    rooms: HashMap<RoomName, Room>,
    room_of: HashMap<ParticipantId, RoomName>,
    /// Demultiplexing: the transport and remote address of every
    /// validated ICE path.
    by_source: HashMap<(Protocol, SocketAddr), ParticipantId>,
    /// Demultiplexing of a first STUN request: our local ICE ufrag.
    by_ufrag: HashMap<String, ParticipantId>,
    outputs: VecDeque<Output>,
    now: Instant,
}

impl Sfu {
    /// A new SFU whose media arrives on `host_addrs` (the addresses
    /// announced to clients as host candidates; the driver's sockets).
    pub fn new(
        config: SfuConfig,
        host_addrs: Vec<SocketAddr>,
        now: Instant,
    ) -> Result<Sfu, SfuError> {
        let host_candidates = host_addrs
            .iter()
            .map(|addr| {
                Candidate::host(*addr, "udp")
                    .map_err(|e| SfuError::BadHostAddress(*addr, e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Sfu {
            config,
            host_candidates,
            rooms: HashMap::new(),
            room_of: HashMap::new(),
            by_source: HashMap::new(),
            by_ufrag: HashMap::new(),
            outputs: VecDeque::new(),
            now,
        })
    }

    /// Also takes media over TCP on `tcp_addrs` (RFC 6544 passive
    /// candidates: clients connect, the driver frames packets as RFC 4571
    /// says), for clients whose network lets no UDP through. Their
    /// candidates rank below the UDP ones, so UDP is used when it works.
    pub fn with_tcp(mut self, tcp_addrs: &[SocketAddr]) -> Result<Sfu, SfuError> {
        for addr in tcp_addrs {
            let candidate = Candidate::builder()
                .tcp()
                .host(*addr)
                .tcptype(TcpType::Passive)
                .build()
                .map_err(|e| SfuError::BadHostAddress(*addr, e.to_string()))?;
            self.host_candidates.push(candidate);
        }
        Ok(self)
    }

    pub fn config(&self) -> &SfuConfig {
        &self.config
    }

    /// Number of participants across all rooms.
    pub fn participant_count(&self) -> usize {
        self.room_of.len()
    }

    /// The latest estimate (bits/s) of the bandwidth towards a participant.
    pub fn bandwidth_estimate(&self, participant: &ParticipantId) -> Option<u64> {
        let room = self.rooms.get(self.room_of.get(participant)?)?;
        room.participant(participant)?.estimate_bps
    }

    /// The latest figures of every participant's connection, by room and
    /// id.
    pub fn figures(&self) -> Vec<ConnectionFigures> {
        let mut rooms: Vec<_> = self.rooms.iter().collect();
        rooms.sort_by(|a, b| a.0.cmp(b.0));
        rooms
            .into_iter()
            .flat_map(|(_, room)| room.members())
            .map(|p| p.figures.of(&p.id, p.estimate_bps))
            .collect()
    }

    pub fn handle_input(&mut self, input: Input<'_>) -> Result<(), SfuError> {
        match input {
            Input::Timeout(at) => {
                self.advance(at);
                self.handle_timeout();
                Ok(())
            }
            Input::Command { at, cmd } => {
                self.advance(at);
                self.handle_command(cmd)
            }
            Input::Datagram {
                at,
                proto,
                source,
                destination,
                bytes,
            } => {
                self.advance(at);
                self.handle_datagram(proto, source, destination, bytes)
            }
        }
    }

    /// The next output. Call until it returns [`Output::Timeout`].
    pub fn poll_output(&mut self) -> Output {
        if let Some(out) = self.outputs.pop_front() {
            return out;
        }
        let idle = self.now + Duration::from_secs(1);
        let next = self
            .rooms
            .values()
            .filter_map(Room::next_timeout)
            .min()
            .unwrap_or(idle);
        Output::Timeout(next.min(idle))
    }

    fn advance(&mut self, at: Instant) {
        // Inputs may arrive slightly out of order from several sources; time
        // never goes backwards inside the core.
        if at > self.now {
            self.now = at;
        }
    }

    fn handle_timeout(&mut self) {
        let now = self.now;
        let work: Vec<_> = self
            .rooms
            .iter()
            .filter_map(|(name, room)| {
                let (due, expired) = room.due_participants(now);
                (!due.is_empty() || !expired.is_empty()).then(|| (name.clone(), due, expired))
            })
            .collect();
        for room in self.rooms.values_mut() {
            room.check_speaker(now, &mut self.outputs);
        }
        for (name, due, expired) in work {
            for (id, reason) in expired {
                self.remove_participant(&id, reason, true);
            }
            for id in due {
                let Some(p) = self
                    .rooms
                    .get_mut(&name)
                    .and_then(|r| r.participant_mut(&id))
                else {
                    continue;
                };
                p.handle_timeout(now);
                self.process(&name, id);
            }
        }
    }

    fn handle_command(&mut self, cmd: SfuCommand) -> Result<(), SfuError> {
        match cmd {
            SfuCommand::Join { room, participant } => {
                self.join(room, participant);
                Ok(())
            }
            SfuCommand::Leave { participant } => {
                if !self.room_of.contains_key(&participant) {
                    return Err(SfuError::UnknownParticipant(participant));
                }
                self.remove_participant(&participant, LeaveReason::Left, false);
                Ok(())
            }
            SfuCommand::Offer {
                participant,
                request_id,
                sdp,
                screen,
            } => {
                let name = self.room_name_of(&participant)?;
                let restarted = self.rooms.get_mut(&name).and_then(|room| {
                    room.handle_offer(
                        &participant,
                        request_id,
                        &sdp,
                        &screen,
                        self.now,
                        &mut self.outputs,
                    )
                });
                if let Some((old, new)) = restarted {
                    // ICE restarted: new paths introduce themselves with the new ufrag.
                    self.by_ufrag.remove(&old);
                    self.by_ufrag.insert(new, participant.clone());
                    tracing::debug!(room = %name, participant = %participant, "ICE restarted");
                }
                self.process(&name, participant);
                Ok(())
            }
            SfuCommand::Answer {
                participant,
                request_id,
                sdp,
            } => {
                let name = self.room_name_of(&participant)?;
                if let Some(room) = self.rooms.get_mut(&name) {
                    room.handle_answer(&participant, request_id, &sdp, &mut self.outputs);
                }
                self.process_room(&name);
                Ok(())
            }
            SfuCommand::SetVideoSize {
                participant,
                track,
                width,
                height,
            } => {
                let name = self.room_name_of(&participant)?;
                let Some(room) = self.rooms.get_mut(&name) else {
                    return Ok(());
                };
                match room.set_video_size(&participant, &track, width, height) {
                    VideoSize::Set => room.allocate(&participant, self.now, &mut self.outputs),
                    // Sized in the moment before the subscriber heard the
                    // track ended (its publisher left): nothing to do.
                    VideoSize::Ended => {}
                    VideoSize::Unknown => self.refuse(
                        participant.clone(),
                        ErrorCode::UnknownTrack,
                        "set_video_size for a video track not received",
                    ),
                }
                self.process(&name, participant);
                Ok(())
            }
            SfuCommand::Tap {
                participant,
                on,
                language,
                english,
                detect,
            } => {
                let name = self.room_name_of(&participant)?;
                let Some(p) = self
                    .rooms
                    .get_mut(&name)
                    .and_then(|r| r.participant_mut(&participant))
                else {
                    return Err(SfuError::UnknownParticipant(participant));
                };
                p.tapped = on.then_some(TapLabel {
                    language,
                    english,
                    detect,
                });
                Ok(())
            }
            SfuCommand::Candidate {
                participant,
                candidate,
            } => {
                let name = self.room_name_of(&participant)?;
                let Some(p) = self
                    .rooms
                    .get_mut(&name)
                    .and_then(|r| r.participant_mut(&participant))
                else {
                    return Err(SfuError::UnknownParticipant(participant));
                };
                // The candidate's address is not trusted for routing: only a
                // STUN exchange that the participant's ICE agent validates
                // teaches the SFU where a participant is.
                if let Err(detail) = p.add_remote_candidate(&candidate) {
                    self.refuse(participant.clone(), ErrorCode::InvalidCandidate, detail);
                }
                self.process(&name, participant);
                Ok(())
            }
        }
    }

    /// Tells signalling a command from `participant` failed.
    fn refuse(&mut self, participant: ParticipantId, code: ErrorCode, detail: impl Into<String>) {
        let detail = detail.into();
        self.outputs.push_back(Output::Event(SfuEvent::Error {
            participant,
            request_id: None,
            code,
            detail,
        }));
    }

    fn room_name_of(&self, participant: &ParticipantId) -> Result<RoomName, SfuError> {
        self.room_of
            .get(participant)
            .cloned()
            .ok_or_else(|| SfuError::UnknownParticipant(participant.clone()))
    }

    fn join(&mut self, room_name: RoomName, id: ParticipantId) {
        if self.room_of.contains_key(&id) {
            self.refuse(
                id,
                ErrorCode::AlreadyJoined,
                "participant id already in use",
            );
            return;
        }
        let members = self.rooms.get(&room_name).map_or(0, Room::len);
        if members >= self.config.max_participants_per_room {
            self.refuse(
                id,
                ErrorCode::RoomFull,
                format!("room holds {members} participants"),
            );
            return;
        }
        let room = self
            .rooms
            .entry(room_name.clone())
            .or_insert_with(|| Room::new(room_name.clone()));
        let participant =
            Participant::new(id.clone(), &self.host_candidates, self.now, &self.config);
        self.by_ufrag
            .insert(participant.local_ufrag().to_owned(), id.clone());
        room.insert(participant);
        self.room_of.insert(id.clone(), room_name.clone());
        tracing::debug!(room = %room_name, participant = %id, "joined");
        self.process(&room_name, id);
    }

    fn handle_datagram(
        &mut self,
        proto: Protocol,
        source: SocketAddr,
        destination: SocketAddr,
        bytes: &[u8],
    ) -> Result<(), SfuError> {
        let receive = Receive::new(proto, source, destination, bytes)
            .map_err(|_| SfuError::MalformedDatagram)?;
        let input = str0m::Input::Receive(self.now, receive);

        // The common case: a known path whose session takes the datagram.
        // Otherwise (a new path, or an address now used by someone else after
        // a NAT rebinding) only STUN can say whose it is. Either way the
        // session found has accepted the datagram.
        // While a session is still connecting, the path its client proved
        // with an authenticated STUN check is its own even before our check
        // of that path has come back: the client may already be sending
        // its DTLS hello, and dropping it costs a retransmission (a second).
        let known = self
            .by_source
            .get(&(proto, source))
            .filter(|id| self.accepts(id, &input) || self.connecting(id))
            .cloned();
        let (id, learned) = match known {
            Some(id) => (id, false),
            None => (
                self.demux_unknown_source(bytes, &input)
                    .ok_or(SfuError::UnknownSource)?,
                true,
            ),
        };
        let name = self.room_name_of(&id)?;
        let Some(p) = self
            .rooms
            .get_mut(&name)
            .and_then(|r| r.participant_mut(&id))
        else {
            return Err(SfuError::UnknownParticipant(id));
        };
        let result = p.handle_receive(input);
        if learned && result.is_ok() {
            p.remember_source((proto, source));
            self.by_source.insert((proto, source), id.clone());
        }
        self.process(&name, id);
        result
    }

    fn connecting(&self, id: &ParticipantId) -> bool {
        let room = self.room_of.get(id).and_then(|name| self.rooms.get(name));
        room.and_then(|r| r.participant(id))
            .is_some_and(|p| p.is_connecting())
    }

    fn accepts(&self, id: &ParticipantId, input: &str0m::Input<'_>) -> bool {
        let room = self.room_of.get(id).and_then(|name| self.rooms.get(name));
        room.and_then(|r| r.participant(id))
            .is_some_and(|p| p.accepts(input))
    }

    /// A datagram from an address we have not seen: only STUN can introduce
    /// a new path. Returns a participant whose session accepts the datagram. A binding request names our ICE ufrag; a response to one
    /// of our own checks does not, and then the session that sent the check
    /// is found by asking each candidate session (a rare, bounded path).
    fn demux_unknown_source(
        &self,
        bytes: &[u8],
        input: &str0m::Input<'_>,
    ) -> Option<ParticipantId> {
        let stun = str0m::ice::StunMessage::parse(bytes).ok()?;
        if let Some((a, b)) = stun.split_username() {
            let id = self.by_ufrag.get(a).or_else(|| self.by_ufrag.get(b))?;
            return self.accepts(id, input).then(|| id.clone());
        }
        self.rooms
            .values()
            .find_map(|room| room.find_accepting(input))
    }

    /// Drains a participant, applies what happened to its room, and drains
    /// everyone that work touched, until nothing is left to do.
    fn process(&mut self, room_name: &RoomName, first: ParticipantId) {
        let Some(room) = self.rooms.get_mut(room_name) else {
            return;
        };
        let dead = room.process(Some(&first), self.now, &self.config, &mut self.outputs);
        for (id, reason) in dead {
            self.remove_participant(&id, reason, true);
        }
    }

    fn process_room(&mut self, room_name: &RoomName) {
        let Some(room) = self.rooms.get_mut(room_name) else {
            return;
        };
        let dead = room.process(None, self.now, &self.config, &mut self.outputs);
        for (id, reason) in dead {
            self.remove_participant(&id, reason, true);
        }
    }

    /// Removes a participant and unpublishes its tracks. `notify` says
    /// whether signalling must be told (it asked for the removal otherwise).
    fn remove_participant(&mut self, id: &ParticipantId, reason: LeaveReason, notify: bool) {
        let Some(name) = self.room_of.remove(id) else {
            return;
        };
        let Some(room) = self.rooms.get_mut(&name) else {
            return;
        };
        let Some(participant) = room.remove(id, &mut self.outputs) else {
            return;
        };
        for source in participant.sources() {
            if self.by_source.get(source) == Some(id) {
                self.by_source.remove(source);
            }
        }
        self.by_ufrag.remove(participant.local_ufrag());
        tracing::debug!(room = %name, participant = %id, ?reason, "removed");
        if notify {
            self.outputs
                .push_back(Output::Event(SfuEvent::ParticipantRemoved {
                    participant: id.clone(),
                    reason,
                }));
        }
        if room.len() == 0 {
            self.rooms.remove(&name);
        } else {
            self.process_room(&name);
        }
    }
}
