//! Signalling <-> SFU messages. In `anteroom serve` they travel over
//! in-process channels; they are serde types so that the same enums can cross
//! the network when the roles run as separate processes.

use serde::{Deserialize, Serialize};

use crate::ids::{ParticipantId, RequestId, RoomName, TrackId};
use crate::signalling::{ErrorCode, LeaveReason, TrackInfo};

/// What signalling asks of the SFU.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SfuCommand {
    /// Create a media session for a participant in a room. The room is
    /// created on first use.
    Join {
        room: RoomName,
        participant: ParticipantId,
    },
    /// Remove the participant and every track they publish.
    Leave { participant: ParticipantId },
    /// The participant's SDP offer. Answered by [`SfuEvent::Answer`] or
    /// [`SfuEvent::Error`]. `screen`: the mids that share a screen (the
    /// signalling `offer`'s field, checked against the grant).
    Offer {
        participant: ParticipantId,
        request_id: RequestId,
        sdp: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        screen: Vec<String>,
    },
    /// The participant's answer to an [`SfuEvent::Offer`].
    Answer {
        participant: ParticipantId,
        request_id: RequestId,
        sdp: String,
    },
    /// A trickled remote candidate (`candidate:...` attribute text).
    Candidate {
        participant: ParticipantId,
        candidate: String,
    },
    /// The size at which the participant shows `track` (0 x 0: hidden).
    SetVideoSize {
        participant: ParticipantId,
        track: TrackId,
        width: u32,
        height: u32,
    },
    /// Send (or stop sending) the participant's microphone audio to the
    /// captions tap, labelled with the language they speak and whether
    /// someone reads the room in English (sent again when either changes).
    Tap {
        participant: ParticipantId,
        on: bool,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        language: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        english: bool,
        /// Nobody in the call has said which language they speak (it is
        /// their record's or the organisation's): the captions service may
        /// detect it from their speech.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        detect: bool,
    },
}

impl SfuCommand {
    /// The participant the command concerns.
    pub fn participant(&self) -> &ParticipantId {
        match self {
            SfuCommand::Join { participant, .. }
            | SfuCommand::Leave { participant }
            | SfuCommand::Offer { participant, .. }
            | SfuCommand::Answer { participant, .. }
            | SfuCommand::Candidate { participant, .. }
            | SfuCommand::SetVideoSize { participant, .. }
            | SfuCommand::Tap { participant, .. } => participant,
        }
    }
}

/// What the SFU tells signalling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SfuEvent {
    /// The answer to [`SfuCommand::Offer`].
    Answer {
        participant: ParticipantId,
        request_id: RequestId,
        sdp: String,
    },
    /// The SFU needs to renegotiate with the participant (tracks to add or
    /// stop). The participant must answer before the SFU offers again.
    Offer {
        participant: ParticipantId,
        sdp: String,
    },
    /// The participant's answer to our offer was applied.
    AnswerAccepted {
        participant: ParticipantId,
        request_id: RequestId,
    },
    /// A local (server) ICE candidate for the participant.
    Candidate {
        participant: ParticipantId,
        candidate: String,
    },
    /// ICE and DTLS are up: media can flow.
    Connected { participant: ParticipantId },
    /// The participant started publishing a track.
    TrackPublished {
        participant: ParticipantId,
        track: TrackInfo,
    },
    /// A track the participant published is gone.
    TrackUnpublished {
        participant: ParticipantId,
        track: TrackId,
    },
    /// The simulcast layers of the participant's `track` that anyone
    /// watches now; sent when that set changes.
    PublishLayers {
        participant: ParticipantId,
        track: TrackId,
        layers: Vec<String>,
    },
    /// The participant's connection cannot carry the video `track` beside
    /// the others it receives: it is paused (`paused: true`) until it fits
    /// again (`paused: false`). Sent when that changes.
    VideoPaused {
        participant: ParticipantId,
        track: TrackId,
        paused: bool,
    },
    /// The participant is now the loudest speaker of their room, or
    /// (`speaking: false`) nobody in their room is speaking any more.
    ActiveSpeaker {
        participant: ParticipantId,
        speaking: bool,
    },
    /// The SFU removed the participant on its own (ICE consent lost, DTLS
    /// closed, never connected). Their tracks are unpublished first.
    ParticipantRemoved {
        participant: ParticipantId,
        reason: LeaveReason,
    },
    /// A command failed.
    Error {
        participant: ParticipantId,
        request_id: Option<RequestId>,
        code: ErrorCode,
        /// For logs only; never contains SDP or candidates.
        detail: String,
    },
}

impl SfuEvent {
    /// The participant the event concerns.
    pub fn participant(&self) -> &ParticipantId {
        match self {
            SfuEvent::Answer { participant, .. }
            | SfuEvent::Offer { participant, .. }
            | SfuEvent::AnswerAccepted { participant, .. }
            | SfuEvent::Candidate { participant, .. }
            | SfuEvent::Connected { participant }
            | SfuEvent::TrackPublished { participant, .. }
            | SfuEvent::TrackUnpublished { participant, .. }
            | SfuEvent::PublishLayers { participant, .. }
            | SfuEvent::VideoPaused { participant, .. }
            | SfuEvent::ActiveSpeaker { participant, .. }
            | SfuEvent::ParticipantRemoved { participant, .. }
            | SfuEvent::Error { participant, .. } => participant,
        }
    }
}

/// A packet of a participant's microphone audio, copied by the SFU to the
/// captions service (only while their room has captions on).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AudioTap {
    pub participant: ParticipantId,
    /// The RTP sequence number, extended to 64 bits (gaps are losses).
    pub seq: u64,
    /// The language the participant speaks (empty: the service's own).
    pub language: String,
    /// Someone reads them in English: a multilingual model also gives
    /// each final segment in English (Whisper's own translation).
    pub english: bool,
    /// The language is an assumption (see [`SfuCommand::Tap`]): the
    /// service may detect the one they speak.
    pub detect: bool,
    /// The Opus payload.
    pub payload: Vec<u8>,
}

/// What the captions service tells signalling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaptionsEvent {
    /// A partial or final segment of one participant's speech.
    Segment {
        participant: ParticipantId,
        segment: u64,
        text: String,
        tentative: String,
        is_final: bool,
        language: String,
        start_ms: u64,
        end_ms: u64,
        /// A final segment in another language than English, when its
        /// packets asked for English: Whisper's translation of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        english: Option<String>,
        /// The service fell so far behind that it dropped some of this
        /// speaker's audio just before this segment: words are missing.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        words_missed: bool,
        /// How far behind the speaker the service was when it made this
        /// update: from the moment the segment's last audio arrived to now.
        #[serde(default)]
        lag_ms: u64,
    },
    /// The service runs behind, keeps up again, or has stopped.
    State {
        state: crate::signalling::CaptionsState,
    },
    /// The spoken languages the service can hear (said when it starts,
    /// and by a captions worker each time it connects).
    Languages { spoken: Vec<String> },
    /// The service heard a participant whose language was an assumption
    /// (their taps said `detect`) speak another: it captions them in
    /// `language` from now on (the segment that told it included).
    Detected {
        participant: ParticipantId,
        language: String,
    },
}
