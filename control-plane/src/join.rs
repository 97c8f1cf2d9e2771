//! Join tokens: the control plane decides who may enter which call with
//! which rights, and signs that (Ed25519, as an EdDSA JWT) so that
//! signalling can check it with the public key alone, without asking the
//! database. Tokens are short-lived: they are for entering a call.

use std::fmt;
use std::path::Path as FsPath;

use anteroom_protocol::{
    DisplayName, Grant, JoinClaims, JoinRole, LanguageCode, Marker, Queue, RoomName, WaitingClaims,
};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{Ed25519KeyPair, KeyPair};
use axum::extract::{Path, State};
use jiff::Timestamp;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};

use sqlx::Row;

use crate::appointments::{self, Status};
use crate::auth::Principal;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{AppointmentId, OrgId};
use crate::model::OrgSettings;
use crate::scope::Scope;
use crate::{ControlPlane, audit};

/// How long a join token is valid: long enough to pass the pre-call check,
/// short enough that a leaked one is soon worthless.
pub const JOIN_TOKEN_SECONDS: u64 = 600;

#[derive(Debug, thiserror::Error)]
pub enum JoinKeyError {
    #[error("cannot read or write the join key file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the join key file {path} is not a PKCS#8 Ed25519 private key in PEM form")]
    Format { path: String },
    #[error("could not generate a join key")]
    Generate,
}

/// The control plane's signing key.
pub struct JoinSigner {
    key: EncodingKey,
    public: Vec<u8>,
}

impl fmt::Debug for JoinSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JoinSigner(Ed25519)")
    }
}

impl JoinSigner {
    /// From a PKCS#8 document (DER).
    fn from_pkcs8(der: &[u8]) -> Option<JoinSigner> {
        let pair = Ed25519KeyPair::from_pkcs8(der).ok()?;
        Some(JoinSigner {
            key: EncodingKey::from_ed_der(der),
            public: pair.public_key().as_ref().to_vec(),
        })
    }

    fn generate_pkcs8() -> Result<Vec<u8>, JoinKeyError> {
        Ok(Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
            .map_err(|_| JoinKeyError::Generate)?
            .as_ref()
            .to_vec())
    }

    /// A new key that lives as long as the process: tokens from before a
    /// restart are refused after it.
    pub fn generate() -> Result<JoinSigner, JoinKeyError> {
        let der = Self::generate_pkcs8()?;
        Self::from_pkcs8(&der).ok_or(JoinKeyError::Generate)
    }

    /// The key in `path` (PEM, `PRIVATE KEY`, as `openssl genpkey
    /// -algorithm ed25519` writes it); a new one is written there (mode
    /// 0600) when the file does not exist.
    pub fn load_or_create(path: &FsPath) -> Result<JoinSigner, JoinKeyError> {
        let name = path.display().to_string();
        let io = |source| JoinKeyError::Io {
            path: name.clone(),
            source,
        };
        match std::fs::read(path) {
            Ok(bytes) => {
                let pem =
                    pem::parse(bytes).map_err(|_| JoinKeyError::Format { path: name.clone() })?;
                if pem.tag() != "PRIVATE KEY" {
                    return Err(JoinKeyError::Format { path: name });
                }
                Self::from_pkcs8(pem.contents()).ok_or(JoinKeyError::Format { path: name })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let der = Self::generate_pkcs8()?;
                let text = pem::encode(&pem::Pem::new("PRIVATE KEY", der.clone()));
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                write_private(path, text.as_bytes()).map_err(io)?;
                Self::from_pkcs8(&der).ok_or(JoinKeyError::Generate)
            }
            Err(e) => Err(io(e)),
        }
    }

    /// The raw 32-byte public key, for `JoinVerifier::new` in signalling.
    pub fn public_key(&self) -> &[u8] {
        &self.public
    }

    pub fn sign(&self, claims: &JoinClaims) -> Result<String, ApiError> {
        jsonwebtoken::encode(&Header::new(Algorithm::EdDSA), claims, &self.key).map_err(|e| {
            tracing::error!(error = %e, "signing a join token failed");
            ApiError::new(ApiErrorCode::Internal)
        })
    }
}

#[cfg(unix)]
fn write_private(path: &FsPath, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &FsPath, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// The room of an appointment's consultation.
pub fn appointment_room(appointment: &str) -> Option<RoomName> {
    RoomName::new(format!("a-{appointment}")).ok()
}

/// The name others see: `name` when it makes a valid display name (it may
/// be empty or too long), else `fallback`.
pub(crate) fn shown_name(
    name: Option<&str>,
    fallback: &'static str,
) -> Result<DisplayName, ApiError> {
    name.and_then(|n| DisplayName::new(n).ok())
        .map_or_else(|| DisplayName::new(fallback), Ok)
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

/// What the staff side of a call may do, by the organisation's settings.
pub fn staff_grants(settings: &OrgSettings) -> Vec<Grant> {
    let mut grants = vec![Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    if settings.force_start {
        grants.push(Grant::ForceStart);
    }
    with_sharing(grants, settings)
}

/// For an appointment's room: the notice that its captions are kept, when
/// the organisation keeps transcripts.
pub(crate) fn in_appointment(mut grants: Vec<Grant>, settings: &OrgSettings) -> Vec<Grant> {
    if settings.keep_transcript {
        grants.push(Grant::KeepTranscript);
    }
    grants
}

/// Screen and file sharing, when the organisation allows them.
fn with_sharing(mut grants: Vec<Grant>, settings: &OrgSettings) -> Vec<Grant> {
    if settings.screen_sharing {
        grants.push(Grant::ScreenShare);
    }
    if settings.file_sharing {
        grants.push(Grant::Files);
    }
    grants
}

/// A join token with what the client needs to use it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct JoinTicket {
    /// Pass as `token` in the signalling `join` message.
    pub token: String,
    /// Pass as `room` in the same message.
    pub room: String,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
    /// The consultation-room page with the token (in the fragment, which
    /// never reaches a server).
    pub call_url: String,
}

/// Who takes which place in which room: the claims before their times.
pub(crate) struct Seat {
    pub sub: String,
    pub room: RoomName,
    pub name: DisplayName,
    pub role: JoinRole,
    pub grants: Vec<Grant>,
    pub waiting: Option<WaitingClaims>,
    pub watch: Vec<Queue>,
    /// A waiting list that shows only the staff member's own clients (see
    /// [`JoinClaims::own_clients_only`]).
    pub own_clients_only: bool,
    /// The language they speak when known (a patient's record's), for
    /// captions; else the organisation's.
    pub language: Option<String>,
}

/// Signs the claims of a seat in one of `org`'s rooms and wraps them in a
/// ticket.
pub(crate) fn ticket(
    cp: &ControlPlane,
    org: &OrgId,
    settings: &OrgSettings,
    seat: Seat,
) -> Result<JoinTicket, ApiError> {
    let room = seat.room.clone();
    let (token, expires_at) = sign_seat(cp, org, settings, seat)?;
    let call_url = format!(
        "{}/call/{room}#token={token}",
        cp.config().public_url.trim_end_matches('/')
    );
    Ok(JoinTicket {
        token,
        room: room.to_string(),
        expires_at,
        call_url,
    })
}

/// The language of a BCP 47 tag as captions name it (`en-GB` -> `en`),
/// when it has one.
fn spoken_language(tag: &str) -> Option<LanguageCode> {
    let primary = tag
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LanguageCode::new(primary).ok()
}

/// An organisation's id as join tokens and queues carry it. The control
/// plane makes its ids (random hex), so this fails only on a corrupt row.
fn wire_org(org: &OrgId) -> Result<anteroom_protocol::OrgId, ApiError> {
    anteroom_protocol::OrgId::new(org.as_str()).map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

/// Signs a seat's claims, valid from now for `JOIN_TOKEN_SECONDS`.
fn sign_seat(
    cp: &ControlPlane,
    org: &OrgId,
    settings: &OrgSettings,
    seat: Seat,
) -> Result<(String, Timestamp), ApiError> {
    let Seat {
        sub,
        room,
        name,
        role,
        grants,
        waiting,
        watch,
        own_clients_only,
        language,
    } = seat;
    let now = u64::try_from(cp.clock().now().as_second())
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let exp = now + JOIN_TOKEN_SECONDS;
    let claims = JoinClaims {
        sub,
        org: wire_org(org)?,
        room: room.clone(),
        name,
        role,
        grants,
        max_participants: settings.max_participants_per_call,
        iat: now,
        exp,
        waiting,
        watch,
        own_clients_only,
        language: language
            .as_deref()
            .and_then(spoken_language)
            .or_else(|| spoken_language(&settings.language)),
    };
    let token = cp.config().join_signer.sign(&claims)?;
    let expires_at = Timestamp::from_second(i64::try_from(exp).unwrap_or(i64::MAX))
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok((token, expires_at))
}

/// `POST /api/v1/appointments/{id}/join`: a join token for the signed-in
/// staff member to enter the appointment's consultation room, with the
/// right to admit the patient.
#[utoipa::path(post, path = "/appointments/{id}/join", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = JoinTicket), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn staff_join(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
) -> Result<Json<JoinTicket>, ApiError> {
    let appointment =
        appointments::load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
            .await?
            .ok_or_else(ApiError::not_found)?;
    if matches!(
        appointment.status,
        Status::Cancelled | Status::Completed | Status::NoShow | Status::Anonymised
    ) {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let staff = crate::auth::staff_view(&cp, &me.tenant(), &me.staff)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let name = shown_name(Some(&staff.name), "Practitioner")?;
    let room = appointment_room(appointment.id.as_str())
        .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    let seat = Seat {
        sub: format!("staff:{}", me.staff.as_str()),
        room,
        name,
        role: JoinRole::Practitioner,
        grants: in_appointment(staff_grants(&me.settings), &me.settings),
        waiting: None,
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    };
    let ticket = ticket(&cp, me.tenant().org(), &me.settings, seat)?;
    audit::record(&cp, &me, "join", "appointment", appointment.id.as_str()).await?;
    Ok(Json(ticket))
}

/// What a patient or an external participant may do in the call.
pub(crate) fn guest_grants(settings: &OrgSettings) -> Vec<Grant> {
    let mut grants = vec![Grant::Publish, Grant::Subscribe, Grant::Chat];
    if settings.chat_in_waiting_area {
        grants.push(Grant::WaitingChat);
    }
    with_sharing(grants, settings)
}

/// How someone waits for an appointment's consultation, from its row
/// (`practitioner_id`, `department_id`, `origin`, `starts_at`,
/// `duration_minutes`): listed to
/// its practitioner, its department and the organisation's admins, marked
/// walk-in, on time or late.
pub(crate) fn appointment_waiting(
    now_ms: i64,
    org: &OrgId,
    row: &sqlx::any::AnyRow,
) -> Result<WaitingClaims, ApiError> {
    let mut queues = vec![Queue::org(wire_org(org)?)];
    if let Some(p) = row.try_get::<Option<String>, _>("practitioner_id")? {
        queues.push(Queue::staff(p));
    }
    if let Some(d) = row.try_get::<Option<String>, _>("department_id")? {
        queues.push(Queue::department(d));
    }
    let starts_at_ms: i64 = row.try_get("starts_at")?;
    let marker = if row.try_get::<String, _>("origin")? == "walk_in" {
        Marker::WalkIn
    } else if now_ms
        < starts_at_ms
            .saturating_add(i64::try_from(crate::links::LATE_AFTER.as_millis()).unwrap_or(i64::MAX))
    {
        Marker::OnTime
    } else {
        Marker::Late
    };
    let duration_minutes = u32::try_from(row.try_get::<i64, _>("duration_minutes")?).ok();
    Ok(WaitingClaims {
        queues,
        marker,
        starts_at: u64::try_from(starts_at_ms / 1000).ok(),
        duration_minutes,
    })
}

/// What `POST /links/{token}/join` returns: the link's view (texts,
/// times) and the token that puts its holder in the waiting area.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Arrival {
    pub link: crate::links::LinkView,
    pub ticket: JoinTicket,
}

/// `POST /api/v1/links/{token}/join` (no login): the link's holder arrives
/// (as `arrive`) and gets a join token that puts them in the waiting area
/// of the appointment's room, listed to its practitioner, its department
/// and the organisation's admins. Refused outside the link's window.
#[utoipa::path(post, path = "/links/{token}/join", tag = "links", params(("token" = String, Path, description = "the link's token")), responses((status = 200, body = Arrival), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn link_join(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<Arrival>, ApiError> {
    let resolved = crate::links::arrival(&cp, &token).await?;
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let row = sqlx::query(
        "SELECT a.practitioner_id, a.department_id, a.origin, a.starts_at, a.duration_minutes, c.initials, c.last_name, c.language AS client_language, p.name AS participant_name \
         FROM appointments a LEFT JOIN clients c ON c.id = a.client_id \
         LEFT JOIN external_participants p ON p.id = $2 AND p.org_id = a.org_id WHERE a.id = $1",
    )
    .bind(resolved.appointment.as_str())
    .bind(resolved.participant.as_ref().map(|p| p.as_str()))
    .fetch_one(cp.db().pool())
    .await?;
    let (sub, role, name, language) = match &resolved.participant {
        Some(p) => (
            format!("participant:{}", p.as_str()),
            JoinRole::Participant,
            row.try_get::<Option<String>, _>("participant_name")?,
            None,
        ),
        None => {
            let initials: Option<String> = row.try_get("initials")?;
            let last: Option<String> = row.try_get("last_name")?;
            let name = match (initials, last) {
                (Some(i), Some(l)) => Some(format!("{i} {l}")),
                _ => None,
            };
            // The patient speaks their record's language, when it has one.
            (
                format!("client:{}", resolved.appointment.as_str()),
                JoinRole::Patient,
                name,
                row.try_get::<Option<String>, _>("client_language")?,
            )
        }
    };
    let name = shown_name(name.as_deref(), "Patient")?;
    let seat = Seat {
        sub,
        room: appointment_room(resolved.appointment.as_str()).ok_or_else(internal)?,
        name,
        role,
        grants: in_appointment(guest_grants(&resolved.settings), &resolved.settings),
        waiting: Some(appointment_waiting(
            cp.clock().now_ms(),
            &resolved.org,
            &row,
        )?),
        watch: Vec::new(),
        own_clients_only: false,
        language,
    };
    let ticket = ticket(&cp, &resolved.org, &resolved.settings, seat)?;
    Ok(Json(Arrival {
        link: resolved.view,
        ticket,
    }))
}

/// A token for following the waiting list.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct WatchTicket {
    /// Pass as `token` in the signalling `watch` message.
    pub token: String,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
    /// The queues it follows: `staff:{id}`, `department:{id}`, `org:{id}`.
    #[schema(value_type = Vec<String>)]
    pub queues: Vec<Queue>,
    /// Under the organisation's strict client segregation, a practitioner's
    /// list shows through their departments' queues only people whose
    /// appointment has no practitioner: as over REST, they see only their
    /// own clients.
    pub own_clients_only: bool,
}

/// The queues a staff member follows: their own patients, their
/// departments' and, for organisation admins, everyone's.
pub(crate) fn queues_of(me: &Principal) -> Result<Vec<Queue>, ApiError> {
    let mut queues = vec![Queue::staff(me.staff.as_str())];
    queues.extend(me.departments.iter().map(|d| Queue::department(d.as_str())));
    if me.role == crate::model::Role::OrgAdmin {
        queues.push(Queue::org(wire_org(me.tenant().org())?));
    }
    Ok(queues)
}

/// `POST /api/v1/waiting/watch`: a token for the signed-in staff member's
/// live waiting list, with the right to admit.
#[utoipa::path(post, path = "/waiting/watch", tag = "appointments", responses((status = 200, body = WatchTicket), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn watch(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<WatchTicket>, ApiError> {
    let staff = crate::auth::staff_view(&cp, &me.tenant(), &me.staff)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let queues = queues_of(&me)?;
    // The same rule as the REST API's (`scope`): without sight through
    // departments, only one's own clients.
    let own_clients_only = Scope::of(&me).sight() == crate::scope::Sight::OwnClientsOnly;
    let seat = Seat {
        sub: format!("staff:{}", me.staff.as_str()),
        room: RoomName::new(format!("w-{}", me.staff.as_str()))
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
        name: shown_name(Some(&staff.name), "Staff")?,
        role: JoinRole::Practitioner,
        grants: vec![Grant::Admit, Grant::Chat],
        waiting: None,
        watch: queues.clone(),
        own_clients_only,
        language: None,
    };
    let (token, expires_at) = sign_seat(&cp, me.tenant().org(), &me.settings, seat)?;
    Ok(Json(WatchTicket {
        token,
        expires_at,
        queues,
        own_clients_only,
    }))
}

#[cfg(test)]
mod tests {
    use super::spoken_language;

    #[test]
    fn the_organisations_tag_gives_the_spoken_language() {
        assert_eq!(
            spoken_language("en-GB")
                .as_ref()
                .map(anteroom_protocol::LanguageCode::as_str),
            Some("en")
        );
        assert_eq!(
            spoken_language("NL")
                .as_ref()
                .map(anteroom_protocol::LanguageCode::as_str),
            Some("nl")
        );
        assert_eq!(
            spoken_language("fil")
                .as_ref()
                .map(anteroom_protocol::LanguageCode::as_str),
            Some("fil")
        );
        assert_eq!(spoken_language("x-private"), None);
        assert_eq!(
            spoken_language("zh-Hant-TW")
                .as_ref()
                .map(anteroom_protocol::LanguageCode::as_str),
            Some("zh")
        );
        assert_eq!(spoken_language(""), None);
    }
}
