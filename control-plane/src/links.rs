//! Invitation links: `{public_url}/c/{token}`, one for the client and one
//! per external participant. The token is 128 random bits and only its
//! SHA-256 is stored. Resolving a link needs no login: it says whether the
//! link is early, open, late or expired, when it opens and closes (the
//! organisation's window around the appointment), and what the holder may
//! do, with the waiting-area text and live announcements.

use axum::extract::{Path, State};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::appointments::Status;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{AppointmentId, DepartmentId, OrgId, ParticipantId};
use crate::model::{ClinicContact, OrgSettings, text_enum};
use crate::secret::{looks_like_token, random_token, token_hash};
use crate::{ControlPlane, l10n, texts};

/// Stores a new link for the appointment's client (`participant` None) or
/// one participant, and returns its URL.
pub(crate) async fn issue(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    appointment: &AppointmentId,
    participant: Option<&ParticipantId>,
) -> Result<String, ApiError> {
    let token = random_token();
    sqlx::query("INSERT INTO appointment_links (token_hash, appointment_id, participant_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(&token))
        .bind(appointment.as_str())
        .bind(participant.map(ParticipantId::as_str))
        .bind(cp.clock().now_ms())
        .execute(&mut **tx)
        .await?;
    Ok(format!(
        "{}/c/{token}",
        cp.config().public_url.trim_end_matches('/')
    ))
}

text_enum!(
    /// Whose link it is.
    LinkRole {
        Patient = "patient",
        Participant = "participant",
    }
);

text_enum!(
    /// Where a link stands now.
    LinkState {
        /// Before the window opens.
        Early = "early",
        /// From the opening until the appointment's start: on time.
        Open = "open",
        /// After the start, until the window closes.
        Late = "late",
        /// After the window closed.
        Expired = "expired",
        Cancelled = "cancelled",
        /// The consultation has taken place (or was marked a no-show).
        Ended = "ended",
    }
);

/// How long after the appointment's time a patient still counts as on
/// time: a quick consult made "now", or a patient a minute behind, is not
/// told they are late, nor marked late in the waiting list.
pub(crate) const LATE_AFTER: SignedDuration = SignedDuration::from_mins(5);

impl LinkState {
    pub(crate) fn at(status: Status, now: Timestamp, w: &Window) -> LinkState {
        match status {
            Status::Cancelled => LinkState::Cancelled,
            Status::Completed | Status::NoShow | Status::Anonymised => LinkState::Ended,
            Status::Scheduled | Status::Waiting | Status::InProgress => {
                if now < w.opens_at {
                    LinkState::Early
                } else if now < w.starts_at + LATE_AFTER {
                    LinkState::Open
                } else if now < w.closes_at {
                    LinkState::Late
                } else {
                    LinkState::Expired
                }
            }
        }
    }
}

pub(crate) struct Window {
    pub(crate) starts_at: Timestamp,
    pub(crate) opens_at: Timestamp,
    pub(crate) closes_at: Timestamp,
    pub(crate) ends_at: Timestamp,
}

impl Window {
    pub(crate) fn new(
        starts_at: Timestamp,
        duration_minutes: i64,
        settings: &OrgSettings,
    ) -> Window {
        let ends_at = starts_at + SignedDuration::from_mins(duration_minutes);
        Window {
            starts_at,
            opens_at: starts_at
                - SignedDuration::from_mins(i64::from(settings.link_opens_minutes_before)),
            closes_at: ends_at
                + SignedDuration::from_mins(i64::from(settings.link_closes_minutes_after)),
            ends_at,
        }
    }
}

/// What the holder of a link sees. No client data: whoever has the link
/// learns only where and when.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LinkView {
    pub role: LinkRole,
    pub state: LinkState,
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub opens_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub closes_at: Timestamp,
    /// The clinic's time zone, to show the times in.
    pub timezone: String,
    pub organisation: String,
    pub department: Option<String>,
    pub practitioner: Option<String>,
    /// Whether the holder may enter the waiting area now.
    pub may_wait: bool,
    /// Whether chat with the clinic is open in the waiting area.
    pub may_chat: bool,
    /// Whether the consultation's chat stays on the patient's page after it
    /// ends (the organisation's settings).
    pub keep_chat: bool,
    /// A walk-in visit (no appointment time to be late for).
    pub walk_in: bool,
    /// The waiting-area text, placeholders filled in.
    pub waiting_text: Option<String>,
    /// Service announcements in force.
    pub announcements: Vec<String>,
    /// The language to show the patient's pages in unless they choose
    /// another: the client's (staff set it on their record), else the
    /// clinic's default.
    pub language: String,
    /// Whom to call: the clinic's telephone number and address, and its
    /// colour, when it has given them.
    pub contact: ClinicContact,
    /// The clinic's patient portal (a path on this server), where the
    /// patient sees their appointments after this one.
    pub portal: String,
}

/// A resolved link: the view, and what the server side needs to act on it.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub appointment: AppointmentId,
    pub participant: Option<ParticipantId>,
    pub org: OrgId,
    pub status: Status,
    pub view: LinkView,
    pub settings: OrgSettings,
}

/// Looks a link token up; `None` if it is unknown.
pub async fn resolve(cp: &ControlPlane, token: &str) -> Result<Option<Resolved>, ApiError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT l.appointment_id, l.participant_id, a.status, a.origin, a.starts_at, a.duration_minutes, a.org_id, a.department_id, \
         o.name AS org_name, o.settings, s.name AS practitioner_name, d.name AS department_name, c.language AS client_language \
         FROM appointment_links l JOIN appointments a ON a.id = l.appointment_id JOIN organisations o ON o.id = a.org_id \
         LEFT JOIN staff s ON s.id = a.practitioner_id LEFT JOIN departments d ON d.id = a.department_id \
         LEFT JOIN clients c ON c.id = a.client_id \
         WHERE l.token_hash = $1",
    )
    .bind(token_hash(token))
    .fetch_optional(cp.db().pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let settings: OrgSettings =
        serde_json::from_str(&row.try_get::<String, _>("settings")?).map_err(|_| internal())?;
    let status = Status::parse(&row.try_get::<String, _>("status")?).ok_or_else(internal)?;
    let starts_at =
        Timestamp::from_millisecond(row.try_get("starts_at")?).map_err(|_| internal())?;
    let window = Window::new(starts_at, row.try_get("duration_minutes")?, &settings);
    let now = cp.clock().now();
    let state = LinkState::at(status, now, &window);
    let participant: Option<String> = row.try_get("participant_id")?;
    let org = OrgId::from_string(row.try_get("org_id")?);
    let department = row
        .try_get::<Option<String>, _>("department_id")?
        .map(DepartmentId::from_string);
    let organisation: String = row.try_get("org_name")?;
    let department_name: Option<String> = row.try_get("department_name")?;
    let practitioner: Option<String> = row.try_get("practitioner_name")?;
    let may_wait = matches!(state, LinkState::Open | LinkState::Late);
    let local = starts_at.to_zoned(settings.tz());
    let (date, time) = (
        local.strftime("%Y-%m-%d").to_string(),
        local.strftime("%H:%M").to_string(),
    );
    let client_language: Option<String> = row.try_get("client_language")?;
    let language = l10n::for_client(client_language.as_deref(), &settings).to_owned();
    let waiting = texts::for_waiting_area(
        cp,
        &org,
        department.as_ref(),
        &language,
        &[
            ("clinic", &organisation),
            ("department", department_name.as_deref().unwrap_or("")),
            ("practitioner", practitioner.as_deref().unwrap_or("")),
            ("date", &date),
            ("time", &time),
        ],
    )
    .await?;
    let contact = crate::logo::contact(cp, &org, &settings).await?;
    let portal = format!("/portal/{}", org.as_str());
    Ok(Some(Resolved {
        appointment: AppointmentId::from_string(row.try_get("appointment_id")?),
        participant: participant.map(ParticipantId::from_string),
        org,
        status,
        view: LinkView {
            role: if row
                .try_get::<Option<String>, _>("participant_id")?
                .is_some()
            {
                LinkRole::Participant
            } else {
                LinkRole::Patient
            },
            state,
            starts_at,
            ends_at: window.ends_at,
            opens_at: window.opens_at,
            closes_at: window.closes_at,
            timezone: settings.timezone.clone(),
            organisation,
            department: department_name,
            practitioner,
            may_wait,
            may_chat: may_wait && settings.chat_in_waiting_area,
            keep_chat: settings.chat_after_consultation && !settings.delete_chat_after_consultation,
            walk_in: row.try_get::<String, _>("origin")? == "walk_in",
            waiting_text: waiting.text,
            announcements: waiting.announcements,
            language,
            contact,
            portal,
        },
        settings,
    }))
}

/// `GET /api/v1/links/{token}` (no login).
#[utoipa::path(get, path = "/links/{token}", tag = "links", params(("token" = String, Path, description = "the link's token")), responses((status = 200, body = LinkView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn get(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<LinkView>, ApiError> {
    let resolved = resolve(&cp, &token)
        .await?
        .ok_or_else(|| ApiError::new(ApiErrorCode::InvalidToken))?;
    Ok(Json(resolved.view))
}

/// `POST /api/v1/links/{token}/arrive` (no login): the holder enters the
/// waiting area. Refused with `link_not_open` before the window and
/// `link_closed` after it (or when cancelled or over). The client's arrival
/// marks a scheduled appointment as waiting.
#[utoipa::path(post, path = "/links/{token}/arrive", tag = "links", params(("token" = String, Path, description = "the link's token")), responses((status = 200, body = LinkView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn arrive(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<LinkView>, ApiError> {
    Ok(Json(arrival(&cp, &token).await?.view))
}

/// The link's holder arrives: refused outside the window; a patient's
/// arrival marks a scheduled appointment as waiting.
pub(crate) async fn arrival(cp: &ControlPlane, token: &str) -> Result<Resolved, ApiError> {
    let mut resolved = resolve(cp, token)
        .await?
        .ok_or_else(|| ApiError::new(ApiErrorCode::InvalidToken))?;
    match resolved.view.state {
        LinkState::Early => return Err(ApiError::new(ApiErrorCode::LinkNotOpen)),
        LinkState::Expired | LinkState::Cancelled | LinkState::Ended => {
            return Err(ApiError::new(ApiErrorCode::LinkClosed));
        }
        LinkState::Open | LinkState::Late => {}
    }
    if resolved.view.role == LinkRole::Patient && resolved.status == Status::Scheduled {
        sqlx::query("UPDATE appointments SET status = 'waiting', updated_at = $1 WHERE id = $2 AND status = 'scheduled'")
            .bind(cp.clock().now_ms())
            .bind(resolved.appointment.as_str())
            .execute(cp.db().pool())
            .await?;
        resolved.status = Status::Waiting;
    }
    Ok(resolved)
}
