//! Wire types shared by every anteroom service.
//!
//! This crate is serde only: no async runtime, no web framework, no media
//! engine. Each boundary has one message enum per direction:
//!
//! | boundary                         | types                         |
//! |----------------------------------|-------------------------------|
//! | browser <-> signalling (JSON)    | [`ClientMsg`], [`ServerMsg`]  |
//! | signalling <-> SFU (in process)  | [`SfuCommand`], [`SfuEvent`]  |
//! | control plane -> signalling      | [`JoinClaims`] (signed token) |
//!
//! The JSON form of the browser messages is pinned by golden tests
//! (`protocol/tests/golden.rs`) and described in `docs/protocol.md`.

mod ids;
mod join;
mod queue;
mod sfu;
mod signalling;

pub use ids::{
    DisplayName, FileId, FileName, LanguageCode, OrgId, ParticipantId, RequestId, RoomName,
    TrackId, ValidationError,
};
pub use join::{Grant, JoinClaims, JoinRole, Marker, WaitingClaims};
pub use queue::Queue;
pub use sfu::{AudioTap, CaptionsEvent, SfuCommand, SfuEvent};
pub use signalling::{
    CLIENT_MSG_TYPES, CaptionsState, ChatRecord, ClientMsg, ConnectionCheck,
    DEFAULT_CONSULTATION_MINUTES, ErrorCode, FileError, IceServer, LeaveReason, MAX_CHAT_CHARS,
    MAX_FILE_BYTES, MAX_SCREEN_MIDS, MediaKind, PROTOCOL_VERSION, ParticipantInfo, ServerMsg,
    SharedFile, TrackInfo, TrackSource, WaitingEntry, is_language_code,
};
