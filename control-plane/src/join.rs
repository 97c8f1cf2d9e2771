//! Join tokens: the control plane decides who may enter which call with
//! which rights, and signs that (Ed25519, as an EdDSA JWT) so that
//! signalling can check it with the public key alone, without asking the
//! database. Tokens are short-lived: they are for entering a call.

use std::fmt;
use std::path::Path as FsPath;

use anteroom_protocol::{DisplayName, Grant, JoinClaims, JoinRole, RoomName};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{Ed25519KeyPair, KeyPair};
use axum::extract::{Path, State};
use jiff::Timestamp;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};

use crate::appointments::{self, Status};
use crate::auth::Principal;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::model::OrgSettings;
use crate::{audit, ControlPlane};

/// How long a join token is valid: long enough to pass the pre-call check,
/// short enough that a leaked one is soon worthless.
pub const JOIN_TOKEN_SECONDS: u64 = 600;

#[derive(Debug, thiserror::Error)]
pub enum JoinKeyError {
    #[error("cannot read or write the join key file {path}: {source}")]
    Io { path: String, source: std::io::Error },
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
        Some(JoinSigner { key: EncodingKey::from_ed_der(der), public: pair.public_key().as_ref().to_vec() })
    }

    fn generate_pkcs8() -> Result<Vec<u8>, JoinKeyError> {
        Ok(Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(|_| JoinKeyError::Generate)?.as_ref().to_vec())
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
        let io = |source| JoinKeyError::Io { path: name.clone(), source };
        match std::fs::read(path) {
            Ok(bytes) => {
                let pem = pem::parse(bytes).map_err(|_| JoinKeyError::Format { path: name.clone() })?;
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
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
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

/// What the staff side of a call may do, by the organisation's settings.
pub fn staff_grants(settings: &OrgSettings) -> Vec<Grant> {
    let mut grants = vec![Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
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
}

/// Signs the claims of a seat in one of `org`'s rooms and wraps them in a
/// ticket.
pub(crate) fn ticket(cp: &ControlPlane, org: &str, settings: &OrgSettings, seat: Seat) -> Result<JoinTicket, ApiError> {
    let Seat { sub, room, name, role, grants } = seat;
    let now = u64::try_from(cp.clock().now().as_second()).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let exp = now + JOIN_TOKEN_SECONDS;
    let claims = JoinClaims {
        sub,
        org: org.to_owned(),
        room: room.clone(),
        name,
        role,
        grants,
        max_participants: settings.max_participants_per_call,
        iat: now,
        exp,
    };
    let token = cp.config().join_signer.sign(&claims)?;
    let expires_at = Timestamp::from_second(i64::try_from(exp).unwrap_or(i64::MAX)).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let call_url = format!("{}/call/{room}#token={token}", cp.config().public_url.trim_end_matches('/'));
    Ok(JoinTicket { token, room: room.to_string(), expires_at, call_url })
}

/// `POST /api/v1/appointments/{id}/join`: a join token for the signed-in
/// staff member to enter the appointment's consultation room, with the
/// right to admit the patient.
#[utoipa::path(post, path = "/appointments/{id}/join", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = JoinTicket), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn staff_join(State(cp): State<ControlPlane>, me: Principal, Path(id): Path<String>) -> Result<Json<JoinTicket>, ApiError> {
    let appointment = appointments::load(&mut *cp.db().pool().acquire().await?, &me, &id).await?.ok_or_else(ApiError::not_found)?;
    if matches!(appointment.status, Status::Cancelled | Status::Completed | Status::NoShow | Status::Anonymised) {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let staff = crate::auth::staff_view(&cp, &me.org, &me.staff).await?.ok_or_else(ApiError::not_found)?;
    let name = DisplayName::new(&staff.name).or_else(|_| DisplayName::new("Practitioner")).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let room = appointment_room(appointment.id.as_str()).ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    let seat = Seat {
        sub: format!("staff:{}", me.staff.as_str()),
        room,
        name,
        role: JoinRole::Practitioner,
        grants: staff_grants(&me.settings),
    };
    let ticket = ticket(&cp, me.org.as_str(), &me.settings, seat)?;
    audit::record(&cp, &me, "join", "appointment", appointment.id.as_str()).await?;
    Ok(Json(ticket))
}
