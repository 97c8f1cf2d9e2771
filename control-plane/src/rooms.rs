//! Meeting rooms and guest links.
//!
//! A meeting room is a standing room of the organisation for its staff (a
//! team meeting, a case conference): any staff member enters it from the
//! staff pages, nobody else without a guest link.
//!
//! A guest link lets one person in, once, into an appointment's
//! consultation or a meeting room, under the name the staff member gave.
//! It is `{public_url}/g/{token}`: 128 random bits, stored as a SHA-256
//! only, valid for a limited time (an hour unless asked otherwise, a day at
//! most). Joining with it uses it up; the join token it gives lasts ten
//! minutes, so a reload meanwhile still works. Guests wait until someone in
//! the room (or, for a consultation, watching its waiting list) lets them
//! in; a consultation's guest is an external participant and comes in only
//! while the patient is there.

use anteroom_protocol::{DisplayName, JoinRole, Marker, RoomName, WaitingClaims};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::appointments::{self, Status, timestamp};
use crate::auth::Principal;
use crate::db::is_unique_violation;
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{AppointmentId, MeetingRoomId, OrgId};
use crate::join::{self, JoinTicket, Seat};
use crate::model::{self, ClinicContact, OrgSettings, text_enum};
use crate::scope::{Scope, Tenant};
use crate::secret::{looks_like_token, random_token, token_hash};
use crate::{ControlPlane, Page, PageQuery, audit};

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MeetingRoom {
    pub id: MeetingRoomId,
    pub name: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeetingRoom {
    pub name: String,
}

/// The signalling room of a meeting room.
fn meeting_room_name(id: &MeetingRoomId) -> Result<RoomName, ApiError> {
    RoomName::new(format!("m-{}", id.as_str())).map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

/// Columns of `meeting_rooms` that make a [`MeetingRoom`].
const ROOM_COLUMNS: &str = "id, name, created_at";

fn room_from_row(row: &sqlx::any::AnyRow) -> Result<MeetingRoom, ApiError> {
    Ok(MeetingRoom {
        id: MeetingRoomId::from_string(row.try_get("id")?),
        name: row.try_get("name")?,
        created_at: timestamp(row.try_get("created_at")?)?,
    })
}

/// `GET /api/v1/meeting-rooms`: the organisation's meeting rooms, by name.
#[utoipa::path(get, path = "/meeting-rooms", tag = "meeting rooms", params(PageQuery), responses((status = 200, body = Page<MeetingRoom>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<MeetingRoom>>, ApiError> {
    let page = page.checked()?;
    let rows = me.scope().in_org(&format!("SELECT {ROOM_COLUMNS} FROM meeting_rooms WHERE org_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3"))
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let rooms = rows
        .iter()
        .map(room_from_row)
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(page.page(rooms)))
}

/// `POST /api/v1/meeting-rooms`: any staff member may make one; names are
/// unique in the organisation (`conflict`).
#[utoipa::path(post, path = "/meeting-rooms", tag = "meeting rooms", request_body = NewMeetingRoom, responses((status = 201, body = MeetingRoom), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewMeetingRoom>,
) -> Result<Response, ApiError> {
    let now = cp.clock().now_ms();
    let room = MeetingRoom {
        id: MeetingRoomId::generate(),
        name: model::text(&body.name, "name", 100)?,
        created_at: timestamp(now)?,
    };
    let inserted = me.scope().in_org("INSERT INTO meeting_rooms (id, org_id, name, created_by, created_at) VALUES ($2, $1, $3, $4, $5)")
        .bind(room.id.as_str())
        .bind(&room.name)
        .bind(me.staff.as_str())
        .bind(now)
        .execute(cp.db().pool())
        .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Err(ApiError::new(ApiErrorCode::Conflict)),
        Err(e) => return Err(e.into()),
    }
    audit::record(&cp, &me, "create", "meeting_room", room.id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(room)).into_response())
}

/// The meeting room `id` of the caller's organisation, or `not_found`.
async fn meeting_room(
    cp: &ControlPlane,
    tenant: &Tenant,
    id: &str,
) -> Result<MeetingRoom, ApiError> {
    let row = tenant
        .query(&format!(
            "SELECT {ROOM_COLUMNS} FROM meeting_rooms WHERE org_id = $1 AND id = $2"
        ))
        .bind(id)
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    room_from_row(&row)
}

/// `POST /api/v1/meeting-rooms/{id}/join`: a join token for the signed-in
/// staff member, straight into the room, with the right to let guests in.
#[utoipa::path(post, path = "/meeting-rooms/{id}/join", tag = "meeting rooms", params(("id" = String, Path, description = "the meeting room's id")), responses((status = 200, body = JoinTicket), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn staff_join(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<MeetingRoomId>,
) -> Result<Json<JoinTicket>, ApiError> {
    let room = meeting_room(&cp, &me.tenant(), id.as_str()).await?;
    let staff = crate::auth::staff_view(&cp, &me.tenant(), &me.staff)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let seat = Seat {
        sub: format!("staff:{}", me.staff.as_str()),
        room: meeting_room_name(&room.id)?,
        name: join::shown_name(Some(&staff.name), "Staff")?,
        role: JoinRole::Practitioner,
        grants: join::staff_grants(&me.settings),
        waiting: None,
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    };
    let ticket = join::ticket(&cp, me.tenant().org(), &me.settings, seat)?;
    audit::record(&cp, &me, "join", "meeting_room", room.id.as_str()).await?;
    Ok(Json(ticket))
}

/// A new guest link.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGuestLink {
    /// How the guest is shown to the others ("Interpreter", a name).
    pub name: String,
    /// How long the link can be used: 5 to 1440 minutes, 60 if absent.
    pub expires_in_minutes: Option<u32>,
}

/// A guest link, shown once: only its hash is kept.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GuestLink {
    pub link: String,
    pub name: String,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
}

/// Where a guest link leads.
enum GuestTarget<'a> {
    Appointment(&'a AppointmentId),
    MeetingRoom(&'a MeetingRoomId),
}

async fn issue_guest_link(
    cp: &ControlPlane,
    me: &Principal,
    target: GuestTarget<'_>,
    body: NewGuestLink,
) -> Result<Response, ApiError> {
    let name = model::text(&body.name, "name", 64)?;
    // It must make a valid display name as it is (no control characters).
    DisplayName::new(&name).map_err(|_| ApiError::invalid("name"))?;
    let minutes = body.expires_in_minutes.unwrap_or(60);
    if !(5..=1440).contains(&minutes) {
        return Err(ApiError::invalid("expires_in_minutes"));
    }
    let now = cp.clock().now_ms();
    let expires_at = now + i64::from(minutes) * 60_000;
    let token = random_token();
    let (appointment, meeting_room, kind, id) = match target {
        GuestTarget::Appointment(a) => (Some(a.as_str()), None, "appointment", a.as_str()),
        GuestTarget::MeetingRoom(m) => (None, Some(m.as_str()), "meeting_room", m.as_str()),
    };
    me.scope().in_org(
        "INSERT INTO guest_links (token_hash, org_id, appointment_id, meeting_room_id, name, created_by, created_at, expires_at) \
         VALUES ($2, $1, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token_hash(&token))
    .bind(appointment)
    .bind(meeting_room)
    .bind(&name)
    .bind(me.staff.as_str())
    .bind(now)
    .bind(expires_at)
    .execute(cp.db().pool())
    .await?;
    audit::record(cp, me, "guest_link", kind, id).await?;
    let link = format!("{}/g/{token}", cp.config().public_url.trim_end_matches('/'));
    Ok((
        StatusCode::CREATED,
        Json(GuestLink {
            link,
            name,
            expires_at: timestamp(expires_at)?,
        }),
    )
        .into_response())
}

/// `POST /api/v1/meeting-rooms/{id}/guest-links`: a one-time link for a
/// guest of the meeting room.
#[utoipa::path(post, path = "/meeting-rooms/{id}/guest-links", tag = "meeting rooms", params(("id" = String, Path, description = "the meeting room's id")), request_body = NewGuestLink, responses((status = 201, body = GuestLink), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn meeting_guest_link(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<MeetingRoomId>,
    Json(body): Json<NewGuestLink>,
) -> Result<Response, ApiError> {
    let room = meeting_room(&cp, &me.tenant(), id.as_str()).await?;
    issue_guest_link(&cp, &me, GuestTarget::MeetingRoom(&room.id), body).await
}

/// `POST /api/v1/appointments/{id}/guest-links`: a one-time link that adds
/// someone to the consultation (refused with `invalid_state` once it is
/// over or cancelled).
#[utoipa::path(post, path = "/appointments/{id}/guest-links", tag = "appointments", params(("id" = String, Path, description = "the record's id")), request_body = NewGuestLink, responses((status = 201, body = GuestLink), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn appointment_guest_link(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
    Json(body): Json<NewGuestLink>,
) -> Result<Response, ApiError> {
    let appointment =
        appointments::load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
            .await?
            .ok_or_else(ApiError::not_found)?;
    if !appointment.status.is_open() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    issue_guest_link(&cp, &me, GuestTarget::Appointment(&appointment.id), body).await
}

text_enum!(
    /// Where a guest link stands.
    GuestLinkState {
        /// It can be used.
        Open = "open",
        /// Someone has joined with it already.
        Used = "used",
        /// Its time is over, or its consultation is.
        Expired = "expired",
    }
);

/// What the holder of a guest link sees.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GuestLinkView {
    pub state: GuestLinkState,
    pub organisation: String,
    /// The name the guest will be shown under.
    pub name: String,
    /// The meeting room's name; absent for a consultation.
    pub meeting_room: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
    /// The language to show the guest's pages in unless they choose
    /// another (the clinic's default).
    pub language: String,
    /// Whom to call, when the clinic has given its contact details.
    pub contact: ClinicContact,
}

/// A guest link looked up, with what joining needs.
struct GuestResolved {
    view: GuestLinkView,
    org: OrgId,
    settings: OrgSettings,
    appointment: Option<AppointmentId>,
    meeting_room: Option<MeetingRoomId>,
}

async fn resolve_guest(cp: &ControlPlane, token: &str) -> Result<GuestResolved, ApiError> {
    let unknown = || ApiError::new(ApiErrorCode::InvalidToken);
    if !looks_like_token(token) {
        return Err(unknown());
    }
    let row = sqlx::query(
        "SELECT g.org_id, g.appointment_id, g.meeting_room_id, g.name, g.expires_at, g.used_at, o.name AS org_name, o.settings, \
         m.name AS room_name, a.status FROM guest_links g JOIN organisations o ON o.id = g.org_id \
         LEFT JOIN meeting_rooms m ON m.id = g.meeting_room_id LEFT JOIN appointments a ON a.id = g.appointment_id \
         WHERE g.token_hash = $1",
    )
    .bind(token_hash(token))
    .fetch_optional(cp.db().pool())
    .await?
    .ok_or_else(unknown)?;
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let settings: OrgSettings =
        serde_json::from_str(&row.try_get::<String, _>("settings")?).map_err(|_| internal())?;
    let expires_at: i64 = row.try_get("expires_at")?;
    let over = match row.try_get::<Option<String>, _>("status")? {
        Some(status) => !Status::parse(&status).ok_or_else(internal)?.is_open(),
        None => false,
    };
    let state = if row.try_get::<Option<i64>, _>("used_at")?.is_some() {
        GuestLinkState::Used
    } else if over || cp.clock().now_ms() >= expires_at {
        GuestLinkState::Expired
    } else {
        GuestLinkState::Open
    };
    let org = OrgId::from_string(row.try_get("org_id")?);
    let contact = crate::logo::contact(cp, &org, &settings).await?;
    Ok(GuestResolved {
        view: GuestLinkView {
            state,
            organisation: row.try_get("org_name")?,
            name: row.try_get("name")?,
            meeting_room: row.try_get("room_name")?,
            expires_at: timestamp(expires_at)?,
            language: settings.language.clone(),
            contact,
        },
        org,
        settings,
        appointment: row
            .try_get::<Option<String>, _>("appointment_id")?
            .map(AppointmentId::from_string),
        meeting_room: row
            .try_get::<Option<String>, _>("meeting_room_id")?
            .map(MeetingRoomId::from_string),
    })
}

/// `GET /api/v1/guest-links/{token}` (no login): what the link is for and
/// whether it can still be used.
#[utoipa::path(get, path = "/guest-links/{token}", tag = "links", params(("token" = String, Path, description = "the guest link's token")), responses((status = 200, body = GuestLinkView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn get_guest_link(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<GuestLinkView>, ApiError> {
    Ok(Json(resolve_guest(&cp, &token).await?.view))
}

/// What `POST /guest-links/{token}/join` returns.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GuestArrival {
    pub link: GuestLinkView,
    pub ticket: JoinTicket,
}

/// `POST /api/v1/guest-links/{token}/join` (no login): uses the link up and
/// returns a join token that puts its holder in the waiting area of the
/// room. Refused with `invalid_token` when unknown or used already, and
/// `link_closed` when expired or its consultation is over.
#[utoipa::path(post, path = "/guest-links/{token}/join", tag = "links", params(("token" = String, Path, description = "the guest link's token")), responses((status = 200, body = GuestArrival), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn guest_join(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<GuestArrival>, ApiError> {
    let mut resolved = resolve_guest(&cp, &token).await?;
    match resolved.view.state {
        GuestLinkState::Used => return Err(ApiError::new(ApiErrorCode::InvalidToken)),
        GuestLinkState::Expired => return Err(ApiError::new(ApiErrorCode::LinkClosed)),
        GuestLinkState::Open => {}
    }
    let now = cp.clock().now_ms();
    // One use: of two racing joins, one updates the row.
    let used = sqlx::query("UPDATE guest_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1")
        .bind(now)
        .bind(token_hash(&token))
        .execute(cp.db().pool())
        .await?;
    if used.rows_affected() != 1 {
        return Err(ApiError::new(ApiErrorCode::InvalidToken));
    }
    resolved.view.state = GuestLinkState::Used;
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let name = join::shown_name(Some(&resolved.view.name), "Guest")?;
    let sub = format!("guest:{}", &token_hash(&token)[..32]);
    let (room, role, waiting) = match (&resolved.appointment, &resolved.meeting_room) {
        (Some(appointment), _) => {
            let row = sqlx::query("SELECT practitioner_id, department_id, origin, starts_at, duration_minutes FROM appointments WHERE id = $1")
                .bind(appointment.as_str())
                .fetch_one(cp.db().pool())
                .await?;
            let waiting = join::appointment_waiting(now, &resolved.org, &row)?;
            (
                join::appointment_room(appointment.as_str()).ok_or_else(internal)?,
                JoinRole::Participant,
                waiting,
            )
        }
        (None, Some(meeting_room)) => {
            // Only those in the room see a meeting room's guest waiting.
            let waiting = WaitingClaims {
                queues: Vec::new(),
                marker: Marker::OnTime,
                starts_at: None,
                duration_minutes: None,
            };
            (meeting_room_name(meeting_room)?, JoinRole::Guest, waiting)
        }
        (None, None) => return Err(internal()),
    };
    let grants = match resolved.appointment {
        Some(_) => join::in_appointment(join::guest_grants(&resolved.settings), &resolved.settings),
        None => join::guest_grants(&resolved.settings),
    };
    let seat = Seat {
        sub,
        room,
        name,
        role,
        grants,
        waiting: Some(waiting),
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    };
    let ticket = join::ticket(&cp, &resolved.org, &resolved.settings, seat)?;
    Ok(Json(GuestArrival {
        link: resolved.view,
        ticket,
    }))
}
