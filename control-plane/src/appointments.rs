//! Appointments: a client with a practitioner or a department at a time,
//! optionally with external participants; their status; their links; and
//! the anonymisation of old ones.
//!
//! Who sees an appointment follows the organisation's segregation settings
//! exactly as for clients ([`crate::clients::scope`]): organisation admins
//! (and everyone in an unsegregated organisation) see all; otherwise staff
//! see their own appointments, their departments' department appointments,
//! and, unless client segregation makes practitioners see only their own,
//! the appointments of colleagues in their departments.

use std::collections::HashMap;
use std::fmt;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::db::{all_in_org, OrgTable};
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{AppointmentId, ClientId, DepartmentId, GroupId, ParticipantId, StaffId};
use crate::model::{self, text_enum};
use crate::participants::ParticipantKind;
use crate::email::{self, AppointmentMail};
use crate::idempotency::{self, Claim, Earlier, IdempotencyKey, Remembered};
use crate::{audit, clients, links, ControlPlane, Page, PageQuery};

text_enum!(
    /// Where an appointment stands.
    Status {
        Scheduled = "scheduled",
        /// The patient has opened their link and waits.
        Waiting = "waiting",
        InProgress = "in_progress",
        Completed = "completed",
        Cancelled = "cancelled",
        NoShow = "no_show",
        /// Old enough that the client data was removed.
        Anonymised = "anonymised",
    }
);

impl Status {
    /// The changes staff may make.
    fn may_become(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Scheduled, Waiting | InProgress | Cancelled | NoShow)
                | (Waiting, Scheduled | InProgress | Cancelled | NoShow)
                | (InProgress, Completed)
        )
    }

    /// Whether the appointment is still to happen (links work, it can be
    /// moved, invitations can be sent).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Scheduled | Status::Waiting)
    }
}

text_enum!(
    /// The states staff may move an appointment to (`PATCH`): every
    /// [`Status`] but `anonymised`, which only the anonymisation job sets.
    /// Which moves are allowed depends on where it stands now.
    StatusChange {
        Scheduled = "scheduled",
        Waiting = "waiting",
        InProgress = "in_progress",
        Completed = "completed",
        Cancelled = "cancelled",
        NoShow = "no_show",
    }
);

impl From<StatusChange> for Status {
    fn from(change: StatusChange) -> Status {
        match change {
            StatusChange::Scheduled => Status::Scheduled,
            StatusChange::Waiting => Status::Waiting,
            StatusChange::InProgress => Status::InProgress,
            StatusChange::Completed => Status::Completed,
            StatusChange::Cancelled => Status::Cancelled,
            StatusChange::NoShow => Status::NoShow,
        }
    }
}

text_enum!(
    /// How an appointment came to be.
    Origin {
        Staff = "staff",
        Booking = "booking",
        WalkIn = "walk_in",
    }
);

/// An id with the name people know it by.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Named<I> {
    pub id: I,
    pub name: String,
}

#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientSummary {
    pub id: ClientId,
    pub initials: String,
    pub last_name: String,
}

#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ParticipantSummary {
    pub id: ParticipantId,
    pub name: String,
    pub kind: ParticipantKind,
}

/// An appointment as the API shows it. `Debug` shows the id only.
#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Appointment {
    pub id: AppointmentId,
    pub status: Status,
    pub origin: Origin,
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    pub duration_minutes: u32,
    pub practitioner: Option<Named<StaffId>>,
    pub department: Option<Named<DepartmentId>>,
    /// Absent once anonymised.
    pub client: Option<ClientSummary>,
    pub message: Option<String>,
    pub participants: Vec<ParticipantSummary>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl fmt::Debug for ClientSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSummary").field("id", &self.id).finish_non_exhaustive()
    }
}

impl fmt::Debug for ParticipantSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParticipantSummary").field("id", &self.id).finish_non_exhaustive()
    }
}

impl fmt::Debug for Appointment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Appointment").field("id", &self.id).field("status", &self.status).finish_non_exhaustive()
    }
}

/// Which appointments a principal may see, as SQL over `appointments a`:
/// `$1` org, `$2` see everything, `$3` the staff id, `$4` through
/// colleagues in shared departments.
const VISIBLE: &str = "a.org_id = $1 AND ($2 = 1 OR a.practitioner_id = $3 \
     OR (a.department_id IS NOT NULL AND ($4 = 1 OR a.practitioner_id IS NULL) \
         AND EXISTS (SELECT 1 FROM staff_departments sd WHERE sd.staff_id = $3 AND sd.department_id = a.department_id)) \
     OR ($4 = 1 AND EXISTS (SELECT 1 FROM staff_departments p JOIN staff_departments m ON m.department_id = p.department_id \
                        WHERE p.staff_id = a.practitioner_id AND m.staff_id = $3)))";

const SELECT: &str = "SELECT a.id, a.status, a.origin, a.starts_at, a.duration_minutes, a.message, a.created_at, \
     a.practitioner_id, s.name AS practitioner_name, a.department_id, d.name AS department_name, \
     a.client_id, c.initials AS client_initials, c.last_name AS client_last_name \
     FROM appointments a LEFT JOIN staff s ON s.id = a.practitioner_id \
     LEFT JOIN departments d ON d.id = a.department_id LEFT JOIN clients c ON c.id = a.client_id";

/// A stored time (milliseconds since the epoch) as a timestamp.
pub(crate) fn timestamp(ms: i64) -> Result<Timestamp, ApiError> {
    Timestamp::from_millisecond(ms).map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<Appointment, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let named = |id: Option<String>, name: Option<String>| id.zip(name);
    let client = match row.try_get::<Option<String>, _>("client_id")? {
        Some(id) => Some(ClientSummary {
            id: ClientId::from_string(id),
            initials: row.try_get("client_initials")?,
            last_name: row.try_get("client_last_name")?,
        }),
        None => None,
    };
    Ok(Appointment {
        id: AppointmentId::from_string(row.try_get("id")?),
        status: Status::parse(&row.try_get::<String, _>("status")?).ok_or_else(internal)?,
        origin: Origin::parse(&row.try_get::<String, _>("origin")?).ok_or_else(internal)?,
        starts_at: timestamp(row.try_get("starts_at")?)?,
        duration_minutes: u32::try_from(row.try_get::<i64, _>("duration_minutes")?).map_err(|_| internal())?,
        practitioner: named(row.try_get("practitioner_id")?, row.try_get("practitioner_name")?)
            .map(|(id, name)| Named { id: StaffId::from_string(id), name }),
        department: named(row.try_get("department_id")?, row.try_get("department_name")?)
            .map(|(id, name)| Named { id: DepartmentId::from_string(id), name }),
        client,
        message: row.try_get("message")?,
        participants: Vec::new(),
        created_at: timestamp(row.try_get("created_at")?)?,
    })
}

/// Fills in the participants of `appointments` with one query.
async fn add_participants<'c, E>(executor: E, appointments: &mut [Appointment]) -> Result<(), ApiError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if appointments.is_empty() {
        return Ok(());
    }
    let placeholders: Vec<String> = (1..=appointments.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT ap.appointment_id, p.id, p.name, p.kind FROM appointment_participants ap \
         JOIN external_participants p ON p.id = ap.participant_id \
         WHERE ap.appointment_id IN ({}) ORDER BY p.name, p.id",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for a in appointments.iter() {
        query = query.bind(a.id.as_str());
    }
    let rows = query.fetch_all(executor).await?;
    let mut by_appointment: HashMap<String, Vec<ParticipantSummary>> = HashMap::new();
    for row in &rows {
        by_appointment.entry(row.try_get("appointment_id")?).or_default().push(ParticipantSummary {
            id: ParticipantId::from_string(row.try_get("id")?),
            name: row.try_get("name")?,
            kind: ParticipantKind::parse(&row.try_get::<String, _>("kind")?).ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?,
        });
    }
    for a in appointments {
        a.participants = by_appointment.remove(a.id.as_str()).unwrap_or_default();
    }
    Ok(())
}

/// The appointment `id` if `me` may see it, read on `conn` (a pooled
/// connection, or a transaction that has just written it).
pub(crate) async fn load(conn: &mut sqlx::AnyConnection, me: &Principal, id: &str) -> Result<Option<Appointment>, ApiError> {
    let sql = format!("{SELECT} WHERE {VISIBLE} AND a.id = $5");
    let row = clients::bind_visibility(sqlx::query(&sql), me)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let mut appointment = [from_row(&row)?];
    add_participants(&mut *conn, &mut appointment).await?;
    let [appointment] = appointment;
    Ok(Some(appointment))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AppointmentQuery {
    /// Starting at or after this time (RFC 3339).
    #[param(format = DateTime)]
    pub from: Option<String>,
    /// Starting before this time.
    #[param(format = DateTime)]
    pub to: Option<String>,
    pub practitioner: Option<String>,
    pub department: Option<String>,
    pub client: Option<String>,
    /// Only appointments in this state.
    #[param(value_type = Option<Status>)]
    pub status: Option<String>,
    #[serde(default = "crate::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

fn parse_time(value: &str, field: &'static str) -> Result<Timestamp, ApiError> {
    value.trim().parse::<Timestamp>().map_err(|_| ApiError::invalid(field))
}

/// `GET /api/v1/appointments`: by start time, filtered.
#[utoipa::path(get, path = "/appointments", tag = "appointments", params(AppointmentQuery), responses((status = 200, body = Page<Appointment>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<AppointmentQuery>,
) -> Result<Json<Page<Appointment>>, ApiError> {
    let page = PageQuery { limit: q.limit, offset: q.offset }.checked()?;
    let from = q.from.as_deref().map(|v| parse_time(v, "from")).transpose()?.map_or(i64::MIN, Timestamp::as_millisecond);
    let to = q.to.as_deref().map(|v| parse_time(v, "to")).transpose()?.map_or(i64::MAX, Timestamp::as_millisecond);
    let status = q.status.as_deref().map(|s| Status::parse(s).ok_or(ApiError::invalid("status"))).transpose()?;
    let sql = format!(
        "{SELECT} WHERE {VISIBLE} AND a.starts_at >= $5 AND a.starts_at < $6 \
         AND (CAST($7 AS TEXT) IS NULL OR a.practitioner_id = $7) AND (CAST($8 AS TEXT) IS NULL OR a.department_id = $8) \
         AND (CAST($9 AS TEXT) IS NULL OR a.client_id = $9) AND (CAST($10 AS TEXT) IS NULL OR a.status = $10) \
         ORDER BY a.starts_at, a.id LIMIT $11 OFFSET $12"
    );
    let rows = clients::bind_visibility(sqlx::query(&sql), &me)
        .bind(from)
        .bind(to)
        .bind(q.practitioner)
        .bind(q.department)
        .bind(q.client)
        .bind(status.map(Status::as_str))
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let mut items = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    add_participants(cp.db().pool(), &mut items).await?;
    audit::record(&cp, &me, "list", "appointment", "*").await?;
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/appointments/{id}`.
#[utoipa::path(get, path = "/appointments/{id}", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = Appointment), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(State(cp): State<ControlPlane>, me: Principal, Path(id): Path<String>) -> Result<Json<Appointment>, ApiError> {
    let appointment = load(&mut *cp.db().pool().acquire().await?, &me, &id).await?.ok_or_else(ApiError::not_found)?;
    audit::record(&cp, &me, "read", "appointment", appointment.id.as_str()).await?;
    Ok(Json(appointment))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAppointment {
    pub client: ClientId,
    pub practitioner: Option<StaffId>,
    pub department: Option<DepartmentId>,
    /// RFC 3339, e.g. `2026-11-23T09:30:00+01:00`.
    #[schema(format = DateTime)]
    pub starts_at: String,
    pub duration_minutes: u32,
    pub message: Option<String>,
    #[serde(default)]
    pub participants: Vec<ParticipantId>,
    /// Every member of these groups is invited too.
    #[serde(default)]
    pub groups: Vec<GroupId>,
}

/// The links of an appointment, shown once: only their hashes are kept.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Invitation {
    pub patient_link: String,
    pub participant_links: Vec<ParticipantLink>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ParticipantLink {
    pub participant: ParticipantId,
    pub link: String,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Created {
    pub appointment: Appointment,
    pub invitation: Invitation,
}

/// Longest appointment, and how far ahead one can be made.
const MAX_DURATION_MINUTES: u32 = 8 * 60;
const MAX_DAYS_AHEAD: i64 = 2 * 366;

/// A start time that is not in the past (a minute's grace for clocks) and
/// not absurdly far ahead.
pub(crate) fn check_start(cp: &ControlPlane, value: &str) -> Result<Timestamp, ApiError> {
    let starts_at = parse_time(value, "starts_at")?;
    let now = cp.clock().now();
    if starts_at < now - SignedDuration::from_mins(1) || starts_at > now + SignedDuration::from_hours(24 * MAX_DAYS_AHEAD) {
        return Err(ApiError::invalid("starts_at"));
    }
    Ok(starts_at)
}

pub(crate) fn check_duration(minutes: u32) -> Result<u32, ApiError> {
    if (5..=MAX_DURATION_MINUTES).contains(&minutes) { Ok(minutes) } else { Err(ApiError::invalid("duration_minutes")) }
}

/// The external participants named directly or through groups, checked to
/// belong to the organisation and to fit in a call.
async fn invited(cp: &ControlPlane, me: &Principal, participants: Vec<ParticipantId>, groups: Vec<GroupId>) -> Result<Vec<ParticipantId>, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    let groups = model::id_list(groups, "groups")?;
    let group_ids: Vec<&str> = groups.iter().map(GroupId::as_str).collect();
    if !all_in_org(&mut conn, OrgTable::Groups, &group_ids, &me.org).await? {
        return Err(ApiError::invalid("groups"));
    }
    let mut all = participants;
    for group in &groups {
        let rows = sqlx::query("SELECT id FROM external_participants WHERE group_id = $1 AND org_id = $2")
            .bind(group.as_str())
            .bind(me.org.as_str())
            .fetch_all(&mut *conn)
            .await?;
        for row in rows {
            all.push(ParticipantId::from_string(row.try_get("id")?));
        }
    }
    let all = model::id_list(all, "participants")?;
    let ids: Vec<&str> = all.iter().map(ParticipantId::as_str).collect();
    if !all_in_org(&mut conn, OrgTable::Participants, &ids, &me.org).await? {
        return Err(ApiError::invalid("participants"));
    }
    // The practitioner and the client take two places in the call.
    if all.len() + 2 > me.settings.max_participants_per_call as usize {
        return Err(ApiError::invalid("participants"));
    }
    Ok(all)
}

/// Checks that the practitioner and department belong to the organisation.
async fn check_assignment(cp: &ControlPlane, me: &Principal, practitioner: Option<&StaffId>, department: Option<&DepartmentId>) -> Result<(), ApiError> {
    if practitioner.is_none() && department.is_none() {
        return Err(ApiError::invalid("practitioner"));
    }
    let mut conn = cp.db().pool().acquire().await?;
    if let Some(p) = practitioner {
        if !all_in_org(&mut conn, OrgTable::Staff, &[p.as_str()], &me.org).await? {
            return Err(ApiError::invalid("practitioner"));
        }
    }
    if let Some(d) = department {
        if !all_in_org(&mut conn, OrgTable::Departments, &[d.as_str()], &me.org).await? {
            return Err(ApiError::invalid("department"));
        }
    }
    Ok(())
}

/// What a new appointment is made of, checked.
pub(crate) struct Insert<'a> {
    pub id: &'a AppointmentId,
    pub org: &'a str,
    pub practitioner: Option<&'a StaffId>,
    pub department: Option<&'a DepartmentId>,
    pub client: &'a ClientId,
    pub starts_at: Timestamp,
    pub duration_minutes: u32,
    pub message: Option<&'a str>,
    pub origin: Origin,
    pub created_by: Option<&'a StaffId>,
    pub participants: &'a [ParticipantId],
}

/// Writes a new appointment, its participants and its links in `tx`, and
/// returns the links.
pub(crate) async fn insert(cp: &ControlPlane, tx: &mut sqlx::Transaction<'_, sqlx::Any>, a: Insert<'_>) -> Result<Invitation, ApiError> {
    let now = cp.clock().now_ms();
    sqlx::query(
        "INSERT INTO appointments (id, org_id, practitioner_id, department_id, client_id, starts_at, duration_minutes, message, \
         status, origin, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', $9, $10, $11, $11)",
    )
    .bind(a.id.as_str())
    .bind(a.org)
    .bind(a.practitioner.map(StaffId::as_str))
    .bind(a.department.map(DepartmentId::as_str))
    .bind(a.client.as_str())
    .bind(a.starts_at.as_millisecond())
    .bind(i64::from(a.duration_minutes))
    .bind(a.message)
    .bind(a.origin.as_str())
    .bind(a.created_by.map(StaffId::as_str))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    for p in a.participants {
        sqlx::query("INSERT INTO appointment_participants (appointment_id, participant_id) VALUES ($1, $2)")
            .bind(a.id.as_str())
            .bind(p.as_str())
            .execute(&mut **tx)
            .await?;
    }
    issue_links(cp, tx, a.id, a.participants).await
}

/// New links for the client and every participant. Earlier links stay
/// valid: a patient may still click an older email.
async fn issue_links(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &AppointmentId,
    participants: &[ParticipantId],
) -> Result<Invitation, ApiError> {
    let patient_link = links::issue(cp, tx, id, None).await?;
    let mut participant_links = Vec::with_capacity(participants.len());
    for p in participants {
        participant_links.push(ParticipantLink { participant: p.clone(), link: links::issue(cp, tx, id, Some(p)).await? });
    }
    Ok(Invitation { patient_link, participant_links })
}

/// `POST /api/v1/appointments`: returns the appointment and its links.
#[utoipa::path(post, path = "/appointments", tag = "appointments", params(crate::idempotency::IdempotencyHeader), request_body = NewAppointment, responses((status = 201, body = Created), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(State(cp): State<ControlPlane>, me: Principal, key: IdempotencyKey, Json(body): Json<NewAppointment>) -> Result<Response, ApiError> {
    let claim = Claim::new(&key, format!("staff:{}", me.staff.as_str()), &format!("POST /appointments {body:?}"));
    if let Earlier::Made(id) = idempotency::earlier(&cp, claim.as_ref()).await? {
        return created_again(&cp, &me, &id).await;
    }
    let starts_at = check_start(&cp, &body.starts_at)?;
    let duration_minutes = check_duration(body.duration_minutes)?;
    let message = model::optional_long_text(body.message.as_deref(), "message", 2000)?;
    if !clients::is_visible(&cp, &me, body.client.as_str()).await? {
        return Err(ApiError::invalid("client"));
    }
    check_assignment(&cp, &me, body.practitioner.as_ref(), body.department.as_ref()).await?;
    let participants = invited(&cp, &me, body.participants, body.groups).await?;
    let id = AppointmentId::generate();
    let mut tx = cp.db().pool().begin().await?;
    let invitation = insert(
        &cp,
        &mut tx,
        Insert {
            id: &id,
            org: me.org.as_str(),
            practitioner: body.practitioner.as_ref(),
            department: body.department.as_ref(),
            client: &body.client,
            starts_at,
            duration_minutes,
            message: message.as_deref(),
            origin: Origin::Staff,
            created_by: Some(&me.staff),
            participants: &participants,
        },
    )
    .await?;
    // Nobody may make an appointment they could not see: check in the
    // transaction, with the same rule as every read, before committing.
    let Some(appointment) = load(&mut tx, &me, id.as_str()).await? else {
        return Err(ApiError::invalid(if body.practitioner.is_some() { "practitioner" } else { "department" }));
    };
    email::for_appointment(&cp, &mut tx, &id, AppointmentMail::Invitation(&invitation)).await?;
    if idempotency::remember(&cp, &mut tx, claim.as_ref(), id.as_str()).await? == Remembered::Raced {
        drop(tx);
        return created_again(&cp, &me, &idempotency::made_earlier(&cp, claim.as_ref()).await?).await;
    }
    tx.commit().await?;
    audit::record(&cp, &me, "create", "appointment", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { appointment, invitation })).into_response())
}

/// The answer to a retried creation (same `Idempotency-Key`, same
/// request): the appointment the first one made, with new links (the
/// first answer's links stay valid; tokens are kept only as hashes, so
/// they cannot be shown again). No invitation is sent again.
async fn created_again(cp: &ControlPlane, me: &Principal, id: &str) -> Result<Response, ApiError> {
    let appointment = load(&mut *cp.db().pool().acquire().await?, me, id).await?.ok_or_else(ApiError::not_found)?;
    let participants: Vec<ParticipantId> = appointment.participants.iter().map(|p| p.id.clone()).collect();
    // (Writing first: on SQLite a transaction that reads before it writes
    // cannot wait for another writer.)
    let mut tx = cp.db().pool().begin().await?;
    let invitation = issue_links(cp, &mut tx, &appointment.id, &participants).await?;
    tx.commit().await?;
    Ok(replayed((StatusCode::CREATED, Json(Created { appointment, invitation })).into_response()))
}

/// Marks an answer as the replay of an earlier request's.
pub(crate) fn replayed(mut response: Response) -> Response {
    response.headers_mut().insert("idempotent-replayed", axum::http::HeaderValue::from_static("true"));
    response
}

/// Changes to an appointment. Time, duration, practitioner and department
/// change only while it is still to happen.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentChange {
    pub status: Option<StatusChange>,
    /// RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: Option<String>,
    pub duration_minutes: Option<u32>,
    /// An empty string removes the message.
    pub message: Option<String>,
    pub practitioner: Option<StaffId>,
    pub department: Option<DepartmentId>,
}

/// `PATCH /api/v1/appointments/{id}`. Cancelling frees a booked slot.
#[utoipa::path(patch, path = "/appointments/{id}", tag = "appointments", params(("id" = String, Path, description = "the record's id")), request_body = AppointmentChange, responses((status = 200, body = Appointment), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn update(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<String>,
    Json(change): Json<AppointmentChange>,
) -> Result<Json<Appointment>, ApiError> {
    let current = load(&mut *cp.db().pool().acquire().await?, &me, &id).await?.ok_or_else(ApiError::not_found)?;
    let reschedules = change.starts_at.is_some() || change.duration_minutes.is_some();
    let reassigns = change.practitioner.is_some() || change.department.is_some();
    if (reschedules || reassigns || change.message.is_some()) && !current.status.is_open() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    if let Some(to) = change.status.map(Status::from) {
        if to != current.status && !current.status.may_become(to) {
            return Err(ApiError::new(ApiErrorCode::InvalidState));
        }
    }
    let starts_at = match &change.starts_at {
        Some(s) => check_start(&cp, s)?,
        None => current.starts_at,
    };
    let duration = change.duration_minutes.map(check_duration).transpose()?.unwrap_or(current.duration_minutes);
    let message = match change.message.as_deref() {
        Some(m) => model::optional_long_text(Some(m), "message", 2000)?,
        None => current.message.clone(),
    };
    let names_practitioner = change.practitioner.is_some();
    let practitioner = change.practitioner.or_else(|| current.practitioner.as_ref().map(|p| p.id.clone()));
    let department = change.department.or_else(|| current.department.as_ref().map(|d| d.id.clone()));
    if reassigns {
        check_assignment(&cp, &me, practitioner.as_ref(), department.as_ref()).await?;
    }
    let status = change.status.map_or(current.status, Status::from);
    let mut tx = cp.db().pool().begin().await?;
    // The status check is repeated in the UPDATE so that two concurrent
    // changes cannot both pass it.
    let updated = sqlx::query(
        "UPDATE appointments SET status = $1, starts_at = $2, duration_minutes = $3, message = $4, practitioner_id = $5, \
         department_id = $6, updated_at = $7 WHERE id = $8 AND org_id = $9 AND status = $10",
    )
    .bind(status.as_str())
    .bind(starts_at.as_millisecond())
    .bind(i64::from(duration))
    .bind(&message)
    .bind(practitioner.as_ref().map(StaffId::as_str))
    .bind(department.as_ref().map(DepartmentId::as_str))
    .bind(cp.clock().now_ms())
    .bind(current.id.as_str())
    .bind(me.org.as_str())
    .bind(current.status.as_str())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    if status == Status::Cancelled || reschedules || reassigns {
        // A booked slot is free again once its appointment is cancelled or
        // moved away from it.
        sqlx::query("DELETE FROM slot_bookings WHERE appointment_id = $1").bind(current.id.as_str()).execute(&mut *tx).await?;
    }
    let Some(appointment) = load(&mut tx, &me, current.id.as_str()).await? else {
        return Err(ApiError::invalid(if names_practitioner { "practitioner" } else { "department" }));
    };
    let cancelled = status == Status::Cancelled && current.status != Status::Cancelled;
    let moved = starts_at != current.starts_at || duration != current.duration_minutes;
    if cancelled || moved {
        // Calendars replace an event only by a higher SEQUENCE.
        sqlx::query("UPDATE appointments SET ics_sequence = ics_sequence + 1 WHERE id = $1").bind(current.id.as_str()).execute(&mut *tx).await?;
    }
    if cancelled {
        email::for_appointment(&cp, &mut tx, &current.id, AppointmentMail::Cancellation).await?;
    } else if moved && status.is_open() && appointment.client.is_some() {
        let participants: Vec<ParticipantId> = appointment.participants.iter().map(|p| p.id.clone()).collect();
        let invitation = issue_links(&cp, &mut tx, &current.id, &participants).await?;
        email::for_appointment(&cp, &mut tx, &current.id, AppointmentMail::Invitation(&invitation)).await?;
    }
    tx.commit().await?;
    audit::record(&cp, &me, "update", "appointment", current.id.as_str()).await?;
    Ok(Json(appointment))
}

/// `POST /api/v1/appointments/{id}/invitations`: new links for the client
/// and the participants (to resend the invitation).
#[utoipa::path(post, path = "/appointments/{id}/invitations", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 201, body = Invitation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn invite(State(cp): State<ControlPlane>, me: Principal, Path(id): Path<String>) -> Result<Response, ApiError> {
    let current = load(&mut *cp.db().pool().acquire().await?, &me, &id).await?.ok_or_else(ApiError::not_found)?;
    if !current.status.is_open() || current.client.is_none() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let participants: Vec<ParticipantId> = current.participants.iter().map(|p| p.id.clone()).collect();
    let mut tx = cp.db().pool().begin().await?;
    let invitation = issue_links(&cp, &mut tx, &current.id, &participants).await?;
    email::for_appointment(&cp, &mut tx, &current.id, AppointmentMail::Invitation(&invitation)).await?;
    tx.commit().await?;
    audit::record(&cp, &me, "invite", "appointment", current.id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(invitation)).into_response())
}

/// Removes client data from appointments older than each organisation's
/// `anonymise_after_days`, keeping time, duration, practitioner and
/// department. Returns how many appointments it anonymised.
pub async fn anonymise_due(cp: &ControlPlane) -> Result<u64, ApiError> {
    let rows = sqlx::query("SELECT id, settings FROM organisations").fetch_all(cp.db().pool()).await?;
    let mut total = 0;
    for row in rows {
        let settings: model::OrgSettings =
            serde_json::from_str(&row.try_get::<String, _>("settings")?).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        let Some(days) = settings.anonymise_after_days else { continue };
        let org: String = row.try_get("id")?;
        let before = cp.clock().now_ms() - i64::from(days) * 86_400_000;
        let old = "SELECT id FROM appointments WHERE org_id = $1 AND starts_at < $2 AND status <> 'anonymised'";
        let mut tx = cp.db().pool().begin().await?;
        for table in ["appointment_participants", "appointment_links", "guest_links", "transcript_lines"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE appointment_id IN ({old})"))
                .bind(&org)
                .bind(before)
                .execute(&mut *tx)
                .await?;
        }
        let done = sqlx::query(
            "UPDATE appointments SET client_id = NULL, message = NULL, status = 'anonymised', updated_at = $3 \
             WHERE org_id = $1 AND starts_at < $2 AND status <> 'anonymised'",
        )
        .bind(&org)
        .bind(before)
        .bind(cp.clock().now_ms())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        total += done.rows_affected();
    }
    if total > 0 {
        tracing::info!(appointments = total, "anonymised old appointments");
    }
    Ok(total)
}
