//! Browser <-> signalling messages, carried as JSON text frames on `/ws`.
//!
//! Every message is an object with a `"type"` field. Requests carry a
//! client-chosen `request_id` that the reply or error echoes. See
//! `docs/protocol.md` for the reference with examples.

use serde::{Deserialize, Serialize};

use crate::ids::{
    DisplayName, FileId, FileName, LanguageCode, ParticipantId, RequestId, RoomName, TrackId,
};
use crate::join::{Grant, JoinRole, Marker};

/// The protocol version this server speaks. A client sends the version it was
/// written for in `join`; a different major version is refused.
pub const PROTOCOL_VERSION: u16 = 1;

/// What a client sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMsg {
    /// Enter a room. Must be the first message; answered by `joined`.
    Join {
        request_id: RequestId,
        protocol_version: u16,
        room: RoomName,
        display_name: DisplayName,
        /// A join token from the control plane. With one, `room` must be the
        /// token's room and the name shown is the token's; without one, only
        /// a server started with `--open-rooms` lets anyone in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        token: Option<String>,
        /// What this browser's pre-call check found about its network (the
        /// arrival page's), shown to the clinic beside a waiting person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        connection: Option<ConnectionCheck>,
    },
    /// An SDP offer from the client (to publish or change its own media).
    /// Answered by `answer`, or by error `negotiation_conflict` when the
    /// server's own offer is outstanding (the client then answers that first
    /// and offers again).
    Offer {
        request_id: RequestId,
        sdp: String,
        /// The mids of the offer's m-lines that share a screen (its video,
        /// and the audio of a shared tab), at most [`MAX_SCREEN_MIDS`]:
        /// others see these tracks with source `screen`. Needs the
        /// `screen_share` grant. Absent: no screen is shared.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        screen: Vec<String>,
    },
    /// The client's answer to a server `offer`. Acknowledged by `ack`.
    Answer { request_id: RequestId, sdp: String },
    /// A trickled ICE candidate: the `candidate:` attribute as the browser
    /// gives it in `RTCIceCandidate.candidate`. No reply.
    Candidate { candidate: String },
    /// The client has gathered all its candidates. No reply.
    EndOfCandidates,
    /// The client muted or unmuted its camera or microphone. Acknowledged by
    /// `ack`; everyone else in the room gets `mute_changed`.
    SetMute {
        request_id: RequestId,
        kind: MediaKind,
        muted: bool,
    },
    /// The size at which the client shows a remote video track, in device
    /// pixels; `0 x 0` when it is hidden, off-screen or in a background tab.
    /// The SFU forwards the smallest simulcast layer that fills that size
    /// (within the bandwidth it estimates), and nothing while it is `0 x 0`.
    /// No reply; sent whenever the size changes.
    SetVideoSize {
        track: TrackId,
        width: u32,
        height: u32,
    },
    /// Leave the room (or the waiting area). Acknowledged by `ack`; the
    /// socket may then be closed.
    Leave { request_id: RequestId },
    /// Staff: follow the waiting list of the queues in `token` (a watch
    /// token from the control plane). Answered by `waiting_list`, then
    /// `patient_waiting` and `patient_left_waiting` as people come and go.
    Watch {
        request_id: RequestId,
        token: String,
    },
    /// Let a waiting person into their room. Needs the `admit` grant and
    /// either a watch on one of the person's queues or a place in their
    /// room. Acknowledged by `ack`; the person gets `joined`.
    Admit {
        request_id: RequestId,
        participant: ParticipantId,
    },
    /// A chat message: in a room, to everyone in it (`chat` grant); while
    /// waiting, to the clinic staff watching one's queues (`waiting_chat`
    /// grant). At most [`MAX_CHAT_CHARS`] characters. Acknowledged by `ack`.
    Chat { request_id: RequestId, text: String },
    /// Staff watching the waiting list: a chat message to one waiting
    /// person (`chat` grant in the watch token). Acknowledged by `ack`.
    ChatToWaiting {
        request_id: RequestId,
        participant: ParticipantId,
        text: String,
    },
    /// End the consultation (`admit` grant): everyone in the room, and
    /// everyone still waiting for it, gets `disconnected` with reason
    /// `ended`, and the room closes. Acknowledged by `ack` first.
    End { request_id: RequestId },
    /// Force start (`force_start` grant, in the room): while `on`, whoever
    /// waits for this room comes straight in, now and on arrival (external
    /// participants once the patient is there). Acknowledged by `ack`.
    SetAutoAdmit { request_id: RequestId, on: bool },
    /// The pre-call check's media test (before `join`, on a connection that
    /// is not in a room, waiting or watching): an SDP offer for a throwaway
    /// session with the SFU that joins no room. Answered by `answer`
    /// (candidates trickle both ways as in a call), then `probe_result`.
    /// Once connected the client may send media through it for a few
    /// seconds to measure the path; nobody receives it. Once per
    /// connection; the session ends when the connection closes or joins,
    /// or 10 s after it connected.
    Probe { request_id: RequestId, sdp: String },
    /// The ICE servers to give a peer connection (any connection may ask,
    /// before it creates one and whenever it restarts ICE): answered by
    /// `ice_servers`. Without TURN configured the list is empty.
    GetIceServers { request_id: RequestId },
    /// On a new connection: carry on as `participant`, in the room and
    /// with the media session they have, after the connection they used
    /// stopped answering (their network changed). `key` is the
    /// `resume_key` of their `joined`. Answered by `resumed`; the old
    /// connection is closed. `cannot_resume` when the server no longer
    /// holds them (they left, or are on another node): join again.
    Resume {
        request_id: RequestId,
        participant: ParticipantId,
        key: String,
    },
    /// Captions on or off for this viewer (in a room). While anyone in a
    /// room has them on, everyone's speech in it is captioned and the
    /// viewers get `caption`s. `language`: the language to read them in
    /// (a two- or three-letter code, `nl`); absent, as spoken. Acknowledged
    /// by `ack`, then `captions_languages`; `captions_unavailable` when the
    /// server runs no captions, `translation_unavailable` when it cannot
    /// translate.
    SetCaptions {
        request_id: RequestId,
        on: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<LanguageCode>,
    },
    /// The language `participant` (anyone in the room, oneself included)
    /// speaks, for their captions: whisper is told it, and their segments
    /// carry it. Everyone in the room gets `spoken_language`; the choice
    /// holds for the whole room until someone changes it. Acknowledged by
    /// `ack`; `spoken_language_unavailable` when the captions service
    /// cannot hear that language (an English-only model),
    /// `unknown_participant` when they are not in the room.
    SetSpokenLanguage {
        request_id: RequestId,
        participant: ParticipantId,
        language: LanguageCode,
    },
}

/// The length the wait estimate assumes for a consultation whose booking
/// gives none, minutes.
pub const DEFAULT_CONSULTATION_MINUTES: u32 = 15;

/// At most this many m-lines of one offer may be marked as screen sharing.
pub const MAX_SCREEN_MIDS: usize = 2;

/// The longest chat message, in characters.
pub const MAX_CHAT_CHARS: usize = 2000;

/// The `type` of every [`ClientMsg`], so the server can tell an unknown
/// message type from a malformed known one.
pub const CLIENT_MSG_TYPES: &[&str] = &[
    "join",
    "offer",
    "answer",
    "candidate",
    "end_of_candidates",
    "set_mute",
    "set_video_size",
    "leave",
    "watch",
    "admit",
    "chat",
    "chat_to_waiting",
    "end",
    "set_auto_admit",
    "set_captions",
    "probe",
    "set_spoken_language",
    "get_ice_servers",
    "resume",
];

/// What the server sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMsg {
    /// The join succeeded. `participants` are the others already in the room,
    /// with the tracks they publish.
    Joined {
        request_id: RequestId,
        protocol_version: u16,
        room: RoomName,
        participant: ParticipantId,
        participants: Vec<ParticipantInfo>,
        /// What this participant's token allows (to show only the controls
        /// that work: screen sharing, admitting, ending...).
        #[serde(default)]
        grants: Vec<Grant>,
        /// With the `files` grant: the key that uploads and downloads this
        /// participant's room's files over HTTP (`Authorization: Bearer
        /// KEY` on `/files`). It works while this participant is in the
        /// room, and never again after.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        files_key: Option<String>,
        /// The key that lets a new connection carry on this session
        /// (`resume`) when this one stops answering. Keep it to yourself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resume_key: Option<String>,
        /// The language this participant is taken to speak, for captions
        /// (the organisation's, until someone in the room changes it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        spoken_language: Option<LanguageCode>,
    },
    /// The join's token puts this person in the waiting area: they see
    /// nobody and nobody in the room sees them until they are admitted;
    /// then `joined` follows, with the `join`'s request id.
    Waiting {
        request_id: RequestId,
        room: RoomName,
    },
    /// To a waiting patient, after `waiting` and whenever it changes: how
    /// many patients of the same practitioner (or, without one, the same
    /// department) come before them, and about how long until their turn.
    /// Counted from the booked times and durations of those ahead and of
    /// their own appointment; it cannot know how long a consultation that
    /// is already running will take. Nothing says who the others are.
    WaitEstimate {
        /// Patients to be seen first.
        ahead: u32,
        /// Milliseconds from now, 0 when they are next and their
        /// appointment's time has come.
        wait_ms: u64,
    },
    /// The answer to `watch`: everyone now waiting in the watched queues.
    WaitingList {
        request_id: RequestId,
        entries: Vec<WaitingEntry>,
    },
    /// To watchers: someone started waiting in one of their queues. Also to
    /// those in a room with the `admit` grant: someone waits for their room
    /// (sent for each such person right after `joined` too).
    PatientWaiting { entry: WaitingEntry },
    /// To watchers (and admitters in the room): someone stopped waiting,
    /// admitted or gone.
    PatientLeftWaiting {
        participant: ParticipantId,
        admitted: bool,
    },
    /// A chat message: from someone in your room (`from` is their id), or,
    /// while you wait, from the clinic (`from` absent).
    Chat {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<ParticipantId>,
        display_name: DisplayName,
        text: String,
        /// When the server passed it on, milliseconds since the Unix epoch.
        at_ms: u64,
    },
    /// To watchers: a chat message between the clinic and a waiting person
    /// (`participant`), written by them (`from_patient`) or by a watcher.
    WaitingChat {
        participant: ParticipantId,
        from_patient: bool,
        display_name: DisplayName,
        text: String,
        at_ms: u64,
    },
    /// The conversation so far, when the server keeps chat (the waiting
    /// room's and the call's are one): to someone who starts waiting or
    /// enters the room, after `waiting` or `joined`, oldest first. Live
    /// messages keep coming as `chat`.
    ChatHistory { messages: Vec<ChatRecord> },
    /// To watchers: what a waiting person (`participant`) and the clinic
    /// wrote before this watcher opened the list, oldest first; after
    /// `waiting_list` or `patient_waiting`.
    WaitingChatHistory {
        participant: ParticipantId,
        messages: Vec<ChatRecord>,
    },
    /// The answer to a client `offer`.
    Answer { request_id: RequestId, sdp: String },
    /// A server-initiated offer: tracks of other participants were added or
    /// removed. The client replies with `answer`.
    Offer { sdp: String },
    /// A trickled server ICE candidate.
    Candidate { candidate: String },
    /// Someone entered the room.
    ParticipantJoined { participant: ParticipantInfo },
    /// Someone left the room, or lost their connection.
    ParticipantLeft {
        participant: ParticipantId,
        reason: LeaveReason,
    },
    /// A participant started publishing a track. Its media arrives on the
    /// client's connection in an SDP m-line whose msid stream id is the
    /// publishing participant's id.
    TrackPublished {
        participant: ParticipantId,
        track: TrackInfo,
    },
    /// A track is gone; its m-line is stopped in the next server offer.
    TrackUnpublished {
        participant: ParticipantId,
        track: TrackId,
    },
    /// A participant muted or unmuted their camera or microphone.
    MuteChanged {
        participant: ParticipantId,
        kind: MediaKind,
        muted: bool,
    },
    /// To a publisher: the simulcast layers (rids) of its track that someone
    /// watches. It should stop encoding the others, and start them again
    /// when they appear here.
    PublishLayers { track: TrackId, layers: Vec<String> },
    /// To a subscriber: their connection cannot carry the video `track`
    /// beside the others they receive (its smallest layer does not fit the
    /// bandwidth estimated towards them), so nothing of it is sent
    /// (`paused: true`) until it fits again (`paused: false`, resuming at a
    /// keyframe). Audio is never paused. Sent when that changes.
    VideoPaused { track: TrackId, paused: bool },
    /// A file was shared in the room (also sent, one for each, to someone
    /// who joins while files are there, right after `joined`). Those with
    /// the `files` grant download it from `GET /files/{id}`.
    FileShared { file: SharedFile },
    /// To those who turned captions on: a segment of someone's speech in
    /// the room, growing while they speak (`is_final` false: `text` will
    /// not change, `tentative` may) and final at a pause. Updates of a
    /// segment share `participant` and `segment`.
    Caption {
        participant: ParticipantId,
        display_name: DisplayName,
        segment: u64,
        text: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        tentative: String,
        is_final: bool,
        /// The language of `text` (a two- or three-letter code, `en`).
        language: LanguageCode,
        /// For a translated segment: the language spoken. Only final
        /// segments are translated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        translated_from: Option<LanguageCode>,
        /// Milliseconds into the speaker's audio.
        start_ms: u64,
        end_ms: u64,
        /// Captions fell behind and some of the speaker's words just
        /// before this segment were not captioned.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        words_missed: bool,
    },
    /// The outcome of a `probe`: `connected` once ICE and DTLS with the SFU
    /// are up (the media path works), false when the SFU gave up waiting.
    ProbeResult {
        request_id: RequestId,
        connected: bool,
    },
    /// The answer to `resume`: this connection now carries the
    /// participant's session; `participants` are the others in the room
    /// now (some may have come or gone meanwhile).
    Resumed {
        request_id: RequestId,
        participants: Vec<ParticipantInfo>,
    },
    /// The answer to `get_ice_servers`: TURN servers with credentials of
    /// their own for this connection (coturn's `use-auth-secret` scheme),
    /// valid until `expires_at` (seconds since the Unix epoch); ask again
    /// before then for a peer connection made or restarted later. Empty
    /// (and no `expires_at`) when the server runs no TURN.
    IceServers {
        request_id: RequestId,
        servers: Vec<IceServer>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expires_at: Option<u64>,
    },
    /// To those who turned captions on: whether captions keep up
    /// (`on`), run behind (`delayed`), or stopped (`unavailable`: the
    /// captions service failed; the call goes on).
    CaptionsState { state: CaptionsState },
    /// To a viewer who turned captions on (after the `ack`), and to every
    /// viewer when it changes: the languages the captions service can
    /// hear, the choices for `set_spoken_language` (`["en"]` for an
    /// English-only model), and the languages captions can be read in
    /// besides as spoken, the choices for `set_captions`'s `language`
    /// (every translation target with a translation service; without one
    /// only English, from a multilingual model, if it hears more).
    CaptionsLanguages {
        spoken: Vec<LanguageCode>,
        #[serde(default)]
        read: Vec<LanguageCode>,
    },
    /// Someone set the language `participant` speaks (to everyone in the
    /// room).
    SpokenLanguage {
        participant: ParticipantId,
        language: LanguageCode,
    },
    /// The participant who is speaking now, or nobody.
    ActiveSpeaker {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participant: Option<ParticipantId>,
    },
    /// The request succeeded and has no other reply.
    Ack { request_id: RequestId },
    /// The request (or, without `request_id`, a message that had none) failed.
    /// The connection stays usable unless the code says otherwise.
    Error {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        request_id: Option<RequestId>,
        code: ErrorCode,
        message: String,
    },
    /// (Several signalling nodes) The room lives on another node: join
    /// there, at `url`, with the same token. Answers a `join` (its request
    /// id), or, for someone waiting, comes when they are admitted (with the
    /// waiting `join`'s request id); they are let in there without waiting
    /// again. The socket is closed after this message.
    Moved { request_id: RequestId, url: String },
    /// The server ended this participant's presence (connection lost, room
    /// closed). The socket is closed after this message.
    Disconnected { reason: LeaveReason },
}

/// A participant as others see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantInfo {
    pub id: ParticipantId,
    pub display_name: DisplayName,
    pub tracks: Vec<TrackInfo>,
    pub audio_muted: bool,
    pub video_muted: bool,
    /// The language they are taken to speak, for captions (a two- or
    /// three-letter code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken_language: Option<LanguageCode>,
}

/// A TURN server as `RTCPeerConnection` takes it (`iceServers`): its URLs
/// (`turn:` or `turns:`), and credentials that expire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceServer {
    pub urls: Vec<String>,
    pub username: String,
    pub credential: String,
}

/// A person in the waiting area, as their clinic's staff see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaitingEntry {
    pub participant: ParticipantId,
    pub display_name: DisplayName,
    pub role: JoinRole,
    /// The room they wait to enter.
    pub room: RoomName,
    pub marker: Marker,
    /// The appointment's start, milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at_ms: Option<u64>,
    /// The appointment's booked length, minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// When they started waiting, milliseconds since the Unix epoch (the
    /// server's clock).
    pub since_ms: u64,
    /// What their pre-call check found about their network, if it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<ConnectionCheck>,
}

/// What a browser's pre-call check found about its network: media gets
/// through over UDP (`good`), only over TCP to the SFU (`tcp_only`), only
/// through a TURN relay (`relayed`), slowly (`poor`: a round trip over
/// 300 ms), or not at all (`failed`: the clinic should call them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionCheck {
    Good,
    TcpOnly,
    Relayed,
    Poor,
    Failed,
}

/// The largest file that can be shared: 20 MiB.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// A file shared in a room. Files live in the signalling server's memory
/// only, and are deleted when the room closes (the consultation ends or
/// everyone has left).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedFile {
    pub id: FileId,
    pub name: FileName,
    /// Bytes.
    pub size: u64,
    /// The media type the sender's browser gave (`application/pdf`), or
    /// `application/octet-stream`. For display only: downloads are always
    /// served as `application/octet-stream`.
    pub content_type: String,
    /// Who shared it.
    pub from: ParticipantId,
    pub display_name: DisplayName,
    /// When, milliseconds since the Unix epoch (the server's clock).
    pub at_ms: u64,
}

/// The body of an HTTP error from `/files`: the same stable codes as the
/// websocket's errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileError {
    pub code: ErrorCode,
    pub message: String,
}

/// A published track.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackInfo {
    pub id: TrackId,
    pub kind: MediaKind,
    pub source: TrackSource,
}

/// What a published track carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackSource {
    /// The publisher's camera (video tracks not marked as screen).
    Camera,
    /// The publisher's microphone (audio tracks not marked as screen).
    Microphone,
    /// A shared screen, window or tab (and the tab's audio).
    Screen,
}

impl TrackSource {
    /// The source of a track of `kind`, shared as a screen or not.
    pub fn of(kind: MediaKind, screen: bool) -> Self {
        match (screen, kind) {
            (true, _) => TrackSource::Screen,
            (false, MediaKind::Video) => TrackSource::Camera,
            (false, MediaKind::Audio) => TrackSource::Microphone,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Audio,
    Video,
}

/// One message of a kept conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatRecord {
    /// Written by the person it is sent to (in any window of theirs).
    pub mine: bool,
    /// Written by the clinic's staff (not the patient or someone they
    /// invited).
    pub from_clinic: bool,
    pub display_name: DisplayName,
    pub text: String,
    /// When the server received it, milliseconds since the Unix epoch.
    pub at_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveReason {
    /// The participant left, or closed their socket.
    Left,
    /// The media connection failed or timed out (ICE consent, DTLS).
    ConnectionLost,
    /// The server is shutting down.
    ServerShutdown,
    /// The practitioner ended the consultation.
    Ended,
    /// The same person opened the consultation in another window or on
    /// another device, which took their place (in the room or in the
    /// waiting area); joining again here takes it back.
    OpenedElsewhere,
}

/// Stable error codes. Clients branch on these, never on `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Not JSON, or a known message type with missing or invalid fields.
    MalformedMessage,
    /// A JSON object whose `type` is not a client message type.
    UnknownMessageType,
    /// The message is larger than the server accepts.
    MessageTooLarge,
    /// `join` named a protocol version this server does not speak.
    UnsupportedProtocolVersion,
    /// The message needs a joined session.
    NotJoined,
    /// `join` on a session that has joined already.
    AlreadyJoined,
    /// The room does not exist (rooms open by name only with `--open-rooms`).
    RoomNotFound,
    /// The join token's signature, form or room is wrong.
    InvalidToken,
    /// The join token has expired; ask the control plane for a new one.
    TokenExpired,
    /// The join token does not grant this (for example publishing media).
    NotAllowed,
    /// `admit` named nobody who is waiting (any more).
    NotWaiting,
    /// A chat message longer than the limit (2000 characters).
    ChatTooLong,
    /// The server keeps chat and could not keep this message (its
    /// database is unavailable): it was not sent. Try again.
    ChatNotKept,
    /// An external participant can be let in only while the patient is in
    /// the room.
    PatientNotPresent,
    /// The room has as many participants as it allows.
    RoomFull,
    /// A shared file over the limit ([`MAX_FILE_BYTES`]).
    FileTooLarge,
    /// A shared file's name is empty, too long, or has a character that is
    /// not allowed (path separators, control or text-direction characters).
    InvalidFileName,
    /// The room's file space (or the server's) is used up.
    FileStorageFull,
    /// No such file in your room (or not any more).
    UnknownFile,
    /// The files key belongs to no one in a room: the consultation has
    /// ended, or its holder has left.
    SessionEnded,
    /// The SDP could not be parsed or applied.
    InvalidSdp,
    /// The ICE candidate could not be parsed.
    InvalidCandidate,
    /// The message names a track that does not exist (or not any more).
    UnknownTrack,
    /// The client offered while the server's own offer was outstanding.
    /// Answer the server's offer, then offer again.
    NegotiationConflict,
    /// An `answer` arrived, but no server offer was outstanding.
    NoPendingOffer,
    /// Something went wrong on the server. Details are in the server's logs.
    Internal,
    /// This server runs no captions (no model configured, or the captions
    /// service failed).
    CaptionsUnavailable,
    /// The server has as many media tests (`probe`) running as it allows;
    /// try again shortly.
    ServerBusy,
    /// This server cannot translate captions (no translation service), or
    /// the language is not a two- or three-letter code.
    TranslationUnavailable,
    /// The captions service cannot hear that spoken language (its model
    /// knows English only, or not that language); `captions_languages`
    /// lists those it can.
    SpokenLanguageUnavailable,
    /// The message names a participant who is not in your room.
    UnknownParticipant,
    /// `resume` named someone this server does not hold (any more), or
    /// with the wrong key: join again.
    CannotResume,
    /// This connection sent more messages than the server takes from one
    /// client (chat and other messages that reach other people: 2 a second
    /// after a burst of 20; all messages: 50 a second after a burst of 200,
    /// by default). The message was dropped; slow down. A client that
    /// keeps going is closed with code 1008.
    RateLimited,
}

/// Whether `code` looks like a language code: two or three ASCII
/// lowercase letters (`en`, `nl`, `fil`).
pub fn is_language_code(code: &str) -> bool {
    crate::LanguageCode::new(code).is_ok()
}

/// How captions are doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaptionsState {
    On,
    Delayed,
    Unavailable,
}
