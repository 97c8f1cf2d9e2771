//! Join tokens: what the control plane grants a person in one room, signed
//! by the control plane (Ed25519, as a JWT) and checked by signalling with
//! the public key alone, without a database.
//!
//! These are the claims; signing and checking live with the services
//! (`control-plane/src/join.rs`, `signalling/src/token.rs`).

use serde::{Deserialize, Serialize};

use crate::ids::{DisplayName, LanguageCode, OrgId, RoomName};
use crate::queue::Queue;

/// The claims of a join token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinClaims {
    /// Who: `staff:{id}`, `client:{appointment}`, `participant:{id}` or
    /// `guest:{random}`. Stable across reconnects of the same person.
    pub sub: String,
    /// The organisation the room belongs to.
    pub org: OrgId,
    pub room: RoomName,
    /// The name others see. The token's, not one the client chooses.
    pub name: DisplayName,
    pub role: JoinRole,
    pub grants: Vec<Grant>,
    /// The organisation's maximum participants per call.
    pub max_participants: u32,
    /// Issued at, seconds since the Unix epoch.
    pub iat: u64,
    /// Expires at, seconds since the Unix epoch: a token is for joining,
    /// not for the whole call.
    pub exp: u64,
    /// Present for patients and external participants: they wait in the
    /// waiting area until someone with the `admit` grant lets them in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<WaitingClaims>,
    /// For a staff member's waiting list (`watch`): the queues whose
    /// waiting people they may see and admit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<Queue>,
    /// For a waiting list under the organisation's strict client
    /// segregation (a practitioner): through a department queue, only
    /// people whose appointment has no practitioner; their own clients come
    /// through their `staff:` queue. Absent means false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_clients_only: bool,
    /// The organisation's language (`nl`, from its BCP 47 setting): the
    /// language this person is taken to speak, for captions, until someone
    /// in the room says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageCode>,
}

impl JoinClaims {
    pub fn may(&self, grant: Grant) -> bool {
        self.grants.contains(&grant)
    }
}

/// The part a person plays in the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinRole {
    Practitioner,
    Patient,
    /// An external participant of the appointment (family, interpreter...).
    Participant,
    Guest,
}

/// What a token allows beyond being in the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// Send camera and microphone.
    Publish,
    /// Receive the others' media.
    Subscribe,
    /// Admit people from the waiting area.
    Admit,
    ScreenShare,
    /// Chat in the call.
    Chat,
    /// Chat with the clinic while waiting (the organisation's setting).
    WaitingChat,
    Files,
    /// Start without the patient: those waiting for the room come straight
    /// in (the organisation's "force start" setting).
    ForceStart,
    /// Not a right but a notice: this appointment's organisation keeps
    /// the final caption segments of its consultations with the
    /// appointment ("keep transcript"). While a member of the room holds
    /// it, its final segments are kept; a page shows that they are.
    KeepTranscript,
}

/// How a person waits: in which queues they show up, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitingClaims {
    /// Queue names: `staff:{id}` (their practitioner), `department:{id}`,
    /// `org:{id}` (the organisation's admins). A waiting person is listed
    /// to every watcher of any of these.
    pub queues: Vec<Queue>,
    pub marker: Marker,
    /// The appointment's start, seconds since the Unix epoch (none for a
    /// walk-in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<u64>,
    /// The appointment's booked length, minutes (for the wait estimate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
}

/// How a waiting person is marked in the waiting list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Marker {
    /// Arrived before the appointment's start (green).
    OnTime,
    /// Arrived after it (red).
    Late,
    /// Came without an appointment (yellow).
    WalkIn,
}
