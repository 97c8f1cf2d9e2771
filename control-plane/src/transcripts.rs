//! Kept captions: with the organisation's `keep_transcript` setting on,
//! signalling hands over each final caption segment of an appointment's
//! consultation (only while someone in it has captions on), and staff who
//! may see the appointment read them back. Off by default; deleted when
//! the appointment is anonymised; every read is in the audit log.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::appointments::{self, timestamp};
use crate::auth::Principal;
use crate::error::{ApiError, Json};
use crate::ids::{AppointmentId, TranscriptLineId};
use crate::scope::Scope;
use crate::{ControlPlane, audit};

/// A final caption segment to keep.
#[derive(Debug, Clone)]
pub struct NewLine {
    pub speaker: String,
    pub text: String,
    pub language: String,
}

/// One kept line.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TranscriptLine {
    /// When it was said (became final).
    #[schema(value_type = String, format = DateTime)]
    pub spoken_at: Timestamp,
    pub speaker: String,
    pub text: String,
    pub language: String,
}

/// `GET /appointments/{id}/transcript`: what was answered.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Transcript {
    pub lines: Vec<TranscriptLine>,
}

/// Keeps a line of the consultation in `room` (`a-{appointment}`), if the
/// room is an appointment's and its organisation keeps transcripts (the
/// setting is read now: turned off, nothing more is kept). Returns whether
/// it was kept.
pub async fn keep(cp: &ControlPlane, room: &str, line: NewLine) -> Result<bool, ApiError> {
    let Some(appointment) = room.strip_prefix("a-") else {
        return Ok(false);
    };
    let row = sqlx::query("SELECT o.settings FROM appointments a JOIN organisations o ON o.id = a.org_id WHERE a.id = $1 AND a.status <> 'anonymised'")
        .bind(appointment)
        .fetch_optional(cp.db().pool())
        .await?;
    let Some(row) = row else { return Ok(false) };
    let settings: crate::model::OrgSettings =
        serde_json::from_str(&row.try_get::<String, _>("settings")?)
            .map_err(|_| ApiError::new(crate::error::ApiErrorCode::Internal))?;
    if !settings.keep_transcript {
        return Ok(false);
    }
    sqlx::query("INSERT INTO transcript_lines (id, appointment_id, spoken_at, speaker, text, language) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(TranscriptLineId::generate().as_str())
        .bind(appointment)
        .bind(cp.clock().now_ms())
        .bind(&line.speaker)
        .bind(&line.text)
        .bind(&line.language)
        .execute(cp.db().pool())
        .await?;
    Ok(true)
}

/// A final caption segment a signalling node of a scaled setup hands over.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeLine {
    /// The room it was said in (`a-{appointment}`).
    pub room: String,
    pub speaker: String,
    pub text: String,
    pub language: String,
}

/// Whether a handed-over line was kept (not: the room is no appointment's,
/// or its organisation does not keep transcripts).
#[derive(Debug, Serialize, Deserialize)]
pub struct NodeLineKept {
    pub kept: bool,
}

/// The longest line a node may hand over, in characters.
pub const MAX_LINE_CHARS: usize = 10_000;

/// Whether the request comes from a signalling node: it presents the node
/// key (`Authorization: Bearer KEY`). Without a node key configured, the
/// node routes do not exist (`not_found`).
pub(crate) fn authorise_node(cp: &ControlPlane, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = cp.config().node_key_hash.as_deref() else {
        return Err(ApiError::not_found());
    };
    let presented = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if presented.is_some_and(|key| {
        crate::secret::constant_time_eq(&crate::secret::token_hash(key), expected)
    }) {
        Ok(())
    } else {
        Err(ApiError::new(crate::error::ApiErrorCode::Unauthenticated))
    }
}

/// `POST /internal/v1/transcript-lines`, from a signalling node that holds
/// the node key (`Authorization: Bearer KEY`): keeps the line as
/// [`keep`] does in `anteroom serve`. Without a node key configured the
/// route does not exist (404).
pub async fn from_node(
    State(cp): State<ControlPlane>,
    headers: HeaderMap,
    Json(line): Json<NodeLine>,
) -> Result<Json<NodeLineKept>, ApiError> {
    authorise_node(&cp, &headers)?;
    let chars = |s: &str| s.chars().count();
    if !(1..=80).contains(&line.room.len()) {
        return Err(ApiError::invalid("room"));
    }
    if !(1..=200).contains(&chars(&line.speaker)) || line.speaker.chars().any(char::is_control) {
        return Err(ApiError::invalid("speaker"));
    }
    if line.text.trim().is_empty() || chars(&line.text) > MAX_LINE_CHARS {
        return Err(ApiError::invalid("text"));
    }
    if !anteroom_protocol::is_language_code(&line.language) {
        return Err(ApiError::invalid("language"));
    }
    let NodeLine {
        room,
        speaker,
        text,
        language,
    } = line;
    let kept = keep(
        &cp,
        &room,
        NewLine {
            speaker,
            text,
            language,
        },
    )
    .await?;
    Ok(Json(NodeLineKept { kept }))
}

/// `GET /api/v1/appointments/{id}/transcript`.
#[utoipa::path(get, path = "/appointments/{id}/transcript", tag = "appointments", params(("id" = String, Path, description = "the appointment's id")), responses((status = 200, body = Transcript), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
) -> Result<Json<Transcript>, ApiError> {
    let appointment =
        appointments::load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
            .await?
            .ok_or_else(ApiError::not_found)?;
    let rows = sqlx::query("SELECT spoken_at, speaker, text, language FROM transcript_lines WHERE appointment_id = $1 ORDER BY spoken_at, id")
        .bind(appointment.id.as_str())
        .fetch_all(cp.db().pool())
        .await?;
    let lines = rows
        .iter()
        .map(|r| {
            Ok(TranscriptLine {
                spoken_at: timestamp(r.try_get("spoken_at")?)?,
                speaker: r.try_get("speaker")?,
                text: r.try_get("text")?,
                language: r.try_get("language")?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    audit::record(&cp, &me, "read", "transcript", appointment.id.as_str()).await?;
    Ok(Json(Transcript { lines }))
}
