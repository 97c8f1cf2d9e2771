//! Chat channels (issue 26): one conversation per client and practitioner
//! (or department, when appointments have no practitioner), made with the
//! first appointment or by staff from the client's record, and kept after
//! the consultation. The patient writes in the patient portal; staff in
//! the staff pages' inbox, which follows changes live
//! (`GET /api/v1/live`, server-sent events that carry only a
//! channel id, never words).
//!
//! Who may do what, decided here and nowhere else:
//! - **see and join** a channel: staff who may see its client (the one
//!   sight rule, [`crate::scope`]); and, as for appointments, its
//!   practitioner (and, for a department's channel, that department's
//!   staff) whoever the client is;
//! - **read and write**: its practitioner (for a department's channel,
//!   the department's staff) and the staff who joined, while the
//!   organisation has chat channels (`chat_channels`);
//! - **switch it on or off, remove who joined**: organisation admins, and
//!   department admins who may see the client;
//! - the patient: every open channel of the records with their portal
//!   session's address.
//!
//! Unread messages are mailed after the organisation's delay
//! (`channel_email_after_minutes`): to staff when a patient wrote, to the
//! patient when the clinic did; never with the words. Messages are deleted
//! after `chat_retention_days`, or with the client's appointments'
//! anonymisation horizon (`anonymise_after_days`), whichever comes first.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{ChannelId, ClientId, DepartmentId, OrgId, StaffId};
use crate::model::{OrgSettings, Role};
use crate::scope::Visible;
use crate::{ControlPlane, audit};

/// The most messages a channel shows (the latest).
pub const MESSAGES_SHOWN: i64 = 200;
/// The longest message.
pub const MAX_TEXT: usize = 4000;

/// Something changed that the staff pages follow live.
#[derive(Debug, Clone)]
pub struct ChannelEvent {
    pub org: OrgId,
    pub what: Changed,
}

/// What changed: only an id travels, never content.
#[derive(Debug, Clone)]
pub enum Changed {
    /// A channel: a message, who joined, on or off.
    Channel(ChannelId),
    /// How far a patient got with an appointment's questionnaire.
    Questionnaire(crate::ids::AppointmentId),
}

/// A channel as staff see it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Channel {
    pub id: ChannelId,
    pub client: ClientId,
    /// The client's initials and last name.
    pub client_name: String,
    pub practitioner: Option<StaffId>,
    pub practitioner_name: Option<String>,
    pub department: Option<DepartmentId>,
    pub department_name: Option<String>,
    /// Switched on: the patient can read and write.
    pub open: bool,
    /// Staff who joined beside the practitioner.
    pub members: Vec<StaffId>,
    /// Whether the caller reads and writes in it (its practitioner, or
    /// joined).
    pub joined: bool,
    /// Messages from the patient the caller has not read (0 unless joined).
    pub unread: u32,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_message_at: Option<Timestamp>,
}

/// One message.
#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ChannelMessage {
    /// Its place in the conversation, from 1.
    pub seq: i64,
    pub from_clinic: bool,
    /// The writer's name as shown (staff's name, or the client's).
    pub display_name: String,
    pub text: String,
    #[schema(value_type = String, format = DateTime)]
    pub sent_at: Timestamp,
}

impl std::fmt::Debug for ChannelMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Patient data: never the words or the name.
        f.debug_struct("ChannelMessage")
            .field("seq", &self.seq)
            .field("from_clinic", &self.from_clinic)
            .finish_non_exhaustive()
    }
}

/// A channel with its latest messages, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Conversation {
    pub channel: Channel,
    pub messages: Vec<ChannelMessage>,
}

/// A message to write.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    pub text: String,
}

/// With whom a new channel is (one of the two).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChannel {
    #[serde(default)]
    pub practitioner: Option<StaffId>,
    #[serde(default)]
    pub department: Option<DepartmentId>,
}

/// Switch a channel on or off.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenBody {
    pub open: bool,
}

/// `?client=`: the channels of one client the caller may see; without it,
/// the caller's inbox (the channels they read and write in).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChannelQuery {
    pub client: Option<ClientId>,
}

/// A message's words, checked: not empty, at most [`MAX_TEXT`] characters,
/// no control characters but line breaks and tabs.
pub(crate) fn checked_text(text: &str) -> Result<String, ApiError> {
    let text = text.trim();
    if text.is_empty()
        || text.chars().count() > MAX_TEXT
        || text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Err(ApiError::invalid("text"));
    }
    Ok(text.to_owned())
}

const CHANNEL_SELECT: &str = "SELECT ch.id, ch.client_id, ch.practitioner_id, ch.department_id, ch.open, ch.last_message_at, \
     c.initials, c.last_name, s.name AS practitioner_name, d.name AS department_name \
     FROM channels ch JOIN clients c ON c.id = ch.client_id \
     LEFT JOIN staff s ON s.id = ch.practitioner_id LEFT JOIN departments d ON d.id = ch.department_id";

/// Builds a [`Channel`] from a row of [`CHANNEL_SELECT`], for `reader`
/// (`Some(staff)`; `None`: the patient).
async fn channel_from_row(
    cp: &ControlPlane,
    row: &sqlx::any::AnyRow,
    reader: Option<&Principal>,
) -> Result<Channel, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let id = ChannelId::from_string(row.try_get("id")?);
    let practitioner = row
        .try_get::<Option<String>, _>("practitioner_id")?
        .map(StaffId::from_string);
    let members = sqlx::query(
        "SELECT staff_id FROM channel_members WHERE channel_id = $1 ORDER BY joined_at, staff_id",
    )
    .bind(id.as_str())
    .fetch_all(cp.db().pool())
    .await?
    .iter()
    .map(|r| Ok(StaffId::from_string(r.try_get("staff_id")?)))
    .collect::<Result<Vec<_>, ApiError>>()?;
    let department = row
        .try_get::<Option<String>, _>("department_id")?
        .map(DepartmentId::from_string);
    let joined =
        reader.is_some_and(|me| reads(me, practitioner.as_ref(), department.as_ref(), &members));
    let unread = match reader {
        Some(me) if joined => unread(cp, &id, me.staff.as_str(), false).await?,
        Some(_) => 0,
        None => unread(cp, &id, "client", true).await?,
    };
    Ok(Channel {
        id,
        client: ClientId::from_string(row.try_get("client_id")?),
        client_name: format!(
            "{} {}",
            row.try_get::<String, _>("initials")?,
            row.try_get::<String, _>("last_name")?
        ),
        practitioner,
        practitioner_name: row.try_get("practitioner_name")?,
        department,
        department_name: row.try_get("department_name")?,
        open: row.try_get::<i64, _>("open")? != 0,
        members,
        joined,
        unread,
        last_message_at: row
            .try_get::<Option<i64>, _>("last_message_at")?
            .map(Timestamp::from_millisecond)
            .transpose()
            .map_err(|_| internal())?,
    })
}

/// Whether `me` reads and writes in a channel (given they may see it): its
/// practitioner; for a department's channel (no practitioner), the staff
/// of that department; and whoever joined.
fn reads(
    me: &Principal,
    practitioner: Option<&StaffId>,
    department: Option<&DepartmentId>,
    members: &[StaffId],
) -> bool {
    match practitioner {
        Some(p) if *p == me.staff => true,
        None if department.is_some_and(|d| me.departments.contains(d)) => true,
        _ => members.contains(&me.staff),
    }
}

/// How many messages from the other side `reader` has not read
/// (`from_clinic`: the side whose messages count).
async fn unread(
    cp: &ControlPlane,
    channel: &ChannelId,
    reader: &str,
    from_clinic: bool,
) -> Result<u32, ApiError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM channel_messages m WHERE m.channel_id = $1 AND m.from_clinic = $2 \
         AND m.seq > COALESCE((SELECT r.read_seq FROM channel_reads r WHERE r.channel_id = $1 AND r.reader = $3), 0)",
    )
    .bind(channel.as_str())
    .bind(i64::from(from_clinic))
    .bind(reader)
    .fetch_one(cp.db().pool())
    .await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Marks everything up to `seq` read by `reader`.
async fn mark_read(
    conn: &mut sqlx::AnyConnection,
    channel: &ChannelId,
    reader: &str,
    seq: i64,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO channel_reads (channel_id, reader, read_seq, notified_seq) VALUES ($1, $2, $3, 0) \
         ON CONFLICT (channel_id, reader) DO UPDATE SET read_seq = CASE WHEN excluded.read_seq > channel_reads.read_seq \
         THEN excluded.read_seq ELSE channel_reads.read_seq END",
    )
    .bind(channel.as_str())
    .bind(reader)
    .bind(seq)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The channel `id` if the caller may see it: they may see its client, or
/// it is theirs (its practitioner sees it even where segregation would
/// hide the client: an administrator may book a practitioner with a client
/// not assigned to them, and their appointment is theirs too).
async fn visible(cp: &ControlPlane, me: &Principal, id: &ChannelId) -> Result<Channel, ApiError> {
    let scope = me.scope();
    let sql = Visible::Clients.sql(CHANNEL_SELECT, "ch.id = $5 AND ch.org_id = $1");
    let row = match scope
        .query(&sql)
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
    {
        Some(row) => row,
        None => me
            .tenant()
            .query(&format!(
                "{CHANNEL_SELECT} WHERE ch.org_id = $1 AND ch.id = $3 AND {OWN}"
            ))
            .bind(me.staff.as_str())
            .bind(id.as_str())
            .fetch_optional(cp.db().pool())
            .await?
            .ok_or_else(ApiError::not_found)?,
    };
    channel_from_row(cp, &row, Some(me)).await
}

/// Whether the organisation has chat channels (`chat_channels`): switched
/// off, patients see none, nobody writes, no notices go out.
async fn channels_on(cp: &ControlPlane, org: &OrgId) -> Result<bool, ApiError> {
    let settings: String = sqlx::query_scalar("SELECT settings FROM organisations WHERE id = $1")
        .bind(org.as_str())
        .fetch_one(cp.db().pool())
        .await?;
    let settings: OrgSettings =
        serde_json::from_str(&settings).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok(settings.chat_channels)
}

/// The channels that are the caller's own (`$2` the staff id), whoever
/// their client is, as the appointment rule has it: theirs as practitioner,
/// and their departments' that have no practitioner.
const OWN: &str = "(ch.practitioner_id = $2 OR (ch.practitioner_id IS NULL AND EXISTS (SELECT 1 FROM staff_departments sd WHERE sd.staff_id = $2 AND sd.department_id = ch.department_id)))";

/// Whether `me` may switch `channel` on or off and remove who joined.
fn may_manage(me: &Principal) -> bool {
    matches!(me.role, Role::OrgAdmin | Role::DepartmentAdmin)
}

/// Makes the channel between `client` and `practitioner` (or `department`)
/// if there is none, in the caller's transaction; returns its id.
pub(crate) async fn ensure(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    client: &ClientId,
    practitioner: Option<&StaffId>,
    department: Option<&DepartmentId>,
) -> Result<ChannelId, ApiError> {
    // One per client and practitioner; per client and department only
    // when there is no practitioner.
    let department = if practitioner.is_some() {
        None
    } else {
        department
    };
    let find = || {
        sqlx::query(
            "SELECT id FROM channels WHERE client_id = $1 AND COALESCE(practitioner_id, '') = $2 AND COALESCE(department_id, '') = $3",
        )
        .bind(client.as_str())
        .bind(practitioner.map(StaffId::as_str).unwrap_or(""))
        .bind(department.map(DepartmentId::as_str).unwrap_or(""))
    };
    if let Some(row) = find().fetch_optional(&mut *conn).await? {
        return Ok(ChannelId::from_string(row.try_get("id")?));
    }
    let id = ChannelId::generate();
    sqlx::query(
        "INSERT INTO channels (id, org_id, client_id, practitioner_id, department_id, open, created_at) \
         VALUES ($1, $2, $3, $4, $5, 1, $6) ON CONFLICT DO NOTHING",
    )
    .bind(id.as_str())
    .bind(org.as_str())
    .bind(client.as_str())
    .bind(practitioner.map(StaffId::as_str))
    .bind(department.map(DepartmentId::as_str))
    .bind(cp.clock().now_ms())
    .execute(&mut *conn)
    .await?;
    // Another request may have made it first.
    let row = find().fetch_one(&mut *conn).await?;
    Ok(ChannelId::from_string(row.try_get("id")?))
}

/// `GET /api/v1/channels`: the caller's inbox (channels they read and
/// write in), latest first; with `?client=`, that client's channels the
/// caller may see.
#[utoipa::path(get, path = "/channels", tag = "channels", params(ChannelQuery), responses((status = 200, body = Vec<Channel>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<ChannelQuery>,
) -> Result<Json<Vec<Channel>>, ApiError> {
    let scope = me.scope();
    let rows = match &q.client {
        Some(client) => {
            let sql = Visible::Clients.sql(
                CHANNEL_SELECT,
                "ch.org_id = $1 AND ch.client_id = $5 ORDER BY ch.created_at, ch.id",
            );
            scope
                .query(&sql)
                .bind(client.as_str())
                .fetch_all(cp.db().pool())
                .await?
        }
        None => {
            // Those they joined (while they may see the client), and their
            // own (always).
            let sql = Visible::Clients.sql(
                CHANNEL_SELECT,
                "ch.org_id = $1 AND EXISTS (SELECT 1 FROM channel_members m WHERE m.channel_id = ch.id AND m.staff_id = $5) \
                 ORDER BY COALESCE(ch.last_message_at, ch.created_at) DESC, ch.id LIMIT 200",
            );
            let mut rows = scope
                .query(&sql)
                .bind(me.staff.as_str())
                .fetch_all(cp.db().pool())
                .await?;
            rows.extend(
                me.tenant()
                    .query(&format!(
                        "{CHANNEL_SELECT} WHERE ch.org_id = $1 AND {OWN} \
                         ORDER BY COALESCE(ch.last_message_at, ch.created_at) DESC, ch.id LIMIT 200"
                    ))
                    .bind(me.staff.as_str())
                    .fetch_all(cp.db().pool())
                    .await?,
            );
            rows
        }
    };
    let mut channels = Vec::with_capacity(rows.len());
    for row in &rows {
        let channel = channel_from_row(&cp, row, Some(&me)).await?;
        if !channels.iter().any(|c: &Channel| c.id == channel.id) {
            channels.push(channel);
        }
    }
    channels.sort_by(|a, b| {
        b.last_message_at
            .cmp(&a.last_message_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(Json(channels))
}

/// `POST /api/v1/clients/{id}/channels`: a channel with a practitioner or a
/// department (the existing one if there is one already).
#[utoipa::path(post, path = "/clients/{id}/channels", tag = "channels", params(("id" = String, Path, description = "the client's id")), request_body = NewChannel, responses((status = 201, body = Channel), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(client): Path<ClientId>,
    Json(body): Json<NewChannel>,
) -> Result<(StatusCode, Json<Channel>), ApiError> {
    let scope = me.scope();
    let sql = Visible::Clients.sql("SELECT c.id FROM clients c", "c.id = $5");
    scope
        .query(&sql)
        .bind(client.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    if body.practitioner.is_none() && body.department.is_none() {
        return Err(ApiError::invalid("practitioner"));
    }
    if !me.settings.chat_channels {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let mut tx = cp.db().pool().begin().await?;
    let tenant = me.tenant();
    if let Some(p) = &body.practitioner
        && !tenant
            .owns(&mut tx, crate::db::OrgTable::Staff, &[p.as_str()])
            .await?
    {
        return Err(ApiError::invalid("practitioner"));
    }
    if let Some(d) = &body.department
        && !tenant
            .owns(&mut tx, crate::db::OrgTable::Departments, &[d.as_str()])
            .await?
    {
        return Err(ApiError::invalid("department"));
    }
    let id = ensure(
        &cp,
        &mut tx,
        tenant.org(),
        &client,
        body.practitioner.as_ref(),
        body.department.as_ref(),
    )
    .await?;
    tx.commit().await?;
    audit::record(&cp, &me, "create", "channel", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(visible(&cp, &me, &id).await?)))
}

/// The latest messages of `channel`, oldest first.
async fn messages(cp: &ControlPlane, channel: &ChannelId) -> Result<Vec<ChannelMessage>, ApiError> {
    let rows = sqlx::query(
        "SELECT seq, from_clinic, display_name, body, sent_at FROM channel_messages WHERE channel_id = $1 \
         ORDER BY seq DESC LIMIT $2",
    )
    .bind(channel.as_str())
    .bind(MESSAGES_SHOWN)
    .fetch_all(cp.db().pool())
    .await?;
    let mut messages = rows
        .iter()
        .map(|r| {
            Ok(ChannelMessage {
                seq: r.try_get("seq")?,
                from_clinic: r.try_get::<i64, _>("from_clinic")? != 0,
                display_name: r.try_get("display_name")?,
                text: r.try_get("body")?,
                sent_at: Timestamp::from_millisecond(r.try_get("sent_at")?)
                    .map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    messages.reverse();
    Ok(messages)
}

/// `GET /api/v1/channels/{id}`: the channel and its latest messages, for
/// its practitioner and those who joined (marked read for the caller).
#[utoipa::path(get, path = "/channels/{id}", tag = "channels", params(("id" = String, Path, description = "the channel's id")), responses((status = 200, body = Conversation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ChannelId>,
) -> Result<Json<Conversation>, ApiError> {
    let channel = visible(&cp, &me, &id).await?;
    if !channel.joined {
        return Err(ApiError::forbidden());
    }
    let messages = messages(&cp, &id).await?;
    audit::record(&cp, &me, "read", "channel", id.as_str()).await?;
    if channel.unread == 0 {
        return Ok(Json(Conversation { channel, messages }));
    }
    if let Some(last) = messages.last() {
        let mut conn = cp.db().pool().acquire().await?;
        mark_read(&mut conn, &id, me.staff.as_str(), last.seq).await?;
    }
    // Only when something was unread: the caller's other pages update
    // their counts (and a page that reads on every change stops there).
    cp.channel_changed(me.tenant().org(), &id);
    let channel = visible(&cp, &me, &id).await?;
    Ok(Json(Conversation { channel, messages }))
}

/// Writes a message in `channel` and marks it read by its writer.
async fn write(
    cp: &ControlPlane,
    org: &OrgId,
    channel: &ChannelId,
    from: Writer<'_>,
    text: &str,
) -> Result<ChannelMessage, ApiError> {
    let text = checked_text(text)?;
    let now = cp.clock().now_ms();
    let mut tx = cp.db().pool().begin().await?;
    let seq: i64 = sqlx::query_scalar(
        "UPDATE channels SET last_seq = last_seq + 1, last_message_at = $2 WHERE id = $1 RETURNING last_seq",
    )
    .bind(channel.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let (from_clinic, staff, name, reader) = match from {
        Writer::Staff { id, name } => (true, Some(id.as_str()), name, id.as_str()),
        Writer::Client { name } => (false, None, name, "client"),
    };
    sqlx::query(
        "INSERT INTO channel_messages (id, channel_id, from_clinic, staff_id, display_name, body, sent_at, seq) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::secret::random_token())
    .bind(channel.as_str())
    .bind(i64::from(from_clinic))
    .bind(staff)
    .bind(name)
    .bind(&text)
    .bind(now)
    .bind(seq)
    .execute(&mut *tx)
    .await?;
    mark_read(&mut tx, channel, reader, seq).await?;
    tx.commit().await?;
    cp.channel_changed(org, channel);
    Ok(ChannelMessage {
        seq,
        from_clinic,
        display_name: name.to_owned(),
        text,
        sent_at: Timestamp::from_millisecond(now)
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
    })
}

enum Writer<'a> {
    Staff { id: &'a StaffId, name: &'a str },
    Client { name: &'a str },
}

/// `POST /api/v1/channels/{id}/messages`: its practitioner or someone who
/// joined writes to the patient (`invalid_state` while switched off).
#[utoipa::path(post, path = "/channels/{id}/messages", tag = "channels", params(("id" = String, Path, description = "the channel's id")), request_body = NewMessage, responses((status = 201, body = ChannelMessage), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn post_message(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ChannelId>,
    Json(body): Json<NewMessage>,
) -> Result<(StatusCode, Json<ChannelMessage>), ApiError> {
    let channel = visible(&cp, &me, &id).await?;
    if !channel.joined {
        return Err(ApiError::forbidden());
    }
    if !channel.open || !me.settings.chat_channels {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let name: String = me
        .tenant()
        .query("SELECT name FROM staff WHERE org_id = $1 AND id = $2")
        .bind(me.staff.as_str())
        .fetch_one(cp.db().pool())
        .await?
        .try_get("name")?;
    let message = write(
        &cp,
        me.tenant().org(),
        &id,
        Writer::Staff {
            id: &me.staff,
            name: &name,
        },
        &body.text,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(message)))
}

/// `POST /api/v1/channels/{id}/join`: staff who may see the client read and
/// write in the channel from now on.
#[utoipa::path(post, path = "/channels/{id}/join", tag = "channels", params(("id" = String, Path, description = "the channel's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn join(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ChannelId>,
) -> Result<StatusCode, ApiError> {
    let channel = visible(&cp, &me, &id).await?;
    if !channel.joined {
        sqlx::query(
            "INSERT INTO channel_members (channel_id, staff_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(id.as_str())
        .bind(me.staff.as_str())
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await?;
        audit::record(&cp, &me, "join", "channel", id.as_str()).await?;
        cp.channel_changed(me.tenant().org(), &id);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/channels/{id}/members/{staff}`: someone who joined
/// leaves (themselves), or is removed by an administrator. The
/// practitioner is not a member and cannot be removed.
#[utoipa::path(delete, path = "/channels/{id}/members/{staff}", tag = "channels", params(("id" = String, Path, description = "the channel's id"), ("staff" = String, Path, description = "the staff member's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn remove_member(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path((id, staff)): Path<(ChannelId, StaffId)>,
) -> Result<StatusCode, ApiError> {
    let channel = visible(&cp, &me, &id).await?;
    if staff != me.staff && !may_manage(&me) {
        return Err(ApiError::forbidden());
    }
    if !channel.members.contains(&staff) {
        return Err(ApiError::not_found());
    }
    sqlx::query("DELETE FROM channel_members WHERE channel_id = $1 AND staff_id = $2")
        .bind(id.as_str())
        .bind(staff.as_str())
        .execute(cp.db().pool())
        .await?;
    audit::record(&cp, &me, "remove_member", "channel", id.as_str()).await?;
    cp.channel_changed(me.tenant().org(), &id);
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/channels/{id}/open`: administrators switch a client's
/// channel on or off (off: the patient no longer sees it, nobody writes).
#[utoipa::path(put, path = "/channels/{id}/open", tag = "channels", params(("id" = String, Path, description = "the channel's id")), request_body = OpenBody, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn set_open(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ChannelId>,
    Json(body): Json<OpenBody>,
) -> Result<StatusCode, ApiError> {
    visible(&cp, &me, &id).await?;
    if !may_manage(&me) {
        return Err(ApiError::forbidden());
    }
    sqlx::query("UPDATE channels SET open = $2 WHERE id = $1")
        .bind(id.as_str())
        .bind(i64::from(body.open))
        .execute(cp.db().pool())
        .await?;
    audit::record(
        &cp,
        &me,
        if body.open { "open" } else { "close" },
        "channel",
        id.as_str(),
    )
    .await?;
    cp.channel_changed(me.tenant().org(), &id);
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/live` (outside the OpenAPI document: a stream of
/// server-sent events) for the staff pages:
/// - `event: channel`, `data: {"channel": id}` whenever something changes
///   in a channel the caller reads and writes in (then read the inbox
///   again);
/// - `event: questionnaire`, `data: {"appointment": id}` when the patient
///   of an appointment the caller may see starts or completes its
///   questionnaire (then read the appointment again);
/// - `event: resync` when the caller fell behind (read everything again).
///
/// Nothing of the words or the answers travels here.
pub async fn live(
    State(cp): State<ControlPlane>,
    me: Principal,
    headers: axum::http::HeaderMap,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let events = cp.inner.channel_events.subscribe();
    let stream = futures_util::stream::unfold(
        (events, cp, me, headers),
        |(mut events, cp, me, headers)| async move {
            let mut check = tokio::time::interval(Duration::from_secs(30));
            check.tick().await;
            loop {
                let received = tokio::select! {
                    received = events.recv() => received,
                    // No stream outlives its session (a logout, an expiry):
                    // checked every 30 seconds, and before every event.
                    _ = check.tick() => {
                        if crate::auth::session_alive(&cp, &headers).await {
                            continue;
                        }
                        return None;
                    }
                };
                if !crate::auth::session_alive(&cp, &headers).await {
                    return None;
                }
                let event = match received {
                    Ok(event) => event,
                    // Fell behind: tell the page to read everything again.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        let event = Event::default().event("resync").data("{}");
                        return Some((Ok(event), (events, cp, me, headers)));
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                };
                if &event.org != me.tenant().org() {
                    continue;
                }
                let out = match &event.what {
                    Changed::Channel(channel) => {
                        matches!(visible(&cp, &me, channel).await, Ok(c) if c.joined).then(|| {
                            Event::default()
                                .event("channel")
                                .data(serde_json::json!({ "channel": channel }).to_string())
                        })
                    }
                    Changed::Questionnaire(appointment) => {
                        let seen = match cp.db().pool().acquire().await {
                            Ok(mut conn) => matches!(
                                crate::appointments::load(&mut conn, &me.scope(), appointment)
                                    .await,
                                Ok(Some(_))
                            ),
                            Err(_) => false,
                        };
                        seen.then(|| {
                            Event::default()
                                .event("questionnaire")
                                .data(serde_json::json!({ "appointment": appointment }).to_string())
                        })
                    }
                };
                if let Some(out) = out {
                    return Some((Ok(out), (events, cp, me, headers)));
                }
            }
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
}

// The patient's side, through the portal.

/// A channel as the patient sees it in the portal.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalChannel {
    pub id: ChannelId,
    /// Whose record it is (initials and last name).
    pub client: String,
    /// The practitioner's name, or the department's.
    pub with: String,
    /// Messages from the clinic not read yet.
    pub unread: u32,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_message_at: Option<Timestamp>,
}

/// The open channels of the records with `email` in `org`.
pub(crate) async fn for_portal(
    cp: &ControlPlane,
    org: &OrgId,
    email: &str,
) -> Result<Vec<PortalChannel>, ApiError> {
    if !channels_on(cp, org).await? {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{CHANNEL_SELECT} WHERE ch.org_id = $1 AND c.org_id = $1 AND c.email = $2 AND ch.open = 1 \
         ORDER BY COALESCE(ch.last_message_at, ch.created_at) DESC, ch.id"
    );
    let rows = sqlx::query(&sql)
        .bind(org.as_str())
        .bind(email)
        .fetch_all(cp.db().pool())
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let c = channel_from_row(cp, row, None).await?;
        out.push(PortalChannel {
            id: c.id,
            client: c.client_name,
            with: c
                .practitioner_name
                .or(c.department_name)
                .unwrap_or_default(),
            unread: c.unread,
            last_message_at: c.last_message_at,
        });
    }
    Ok(out)
}

/// The patient's conversation in channel `id` (marked read), if it is one
/// of theirs and open.
pub(crate) async fn portal_conversation(
    cp: &ControlPlane,
    org: &OrgId,
    email: &str,
    id: &ChannelId,
) -> Result<(PortalChannel, Vec<ChannelMessage>), ApiError> {
    let channel = for_portal(cp, org, email)
        .await?
        .into_iter()
        .find(|c| &c.id == id)
        .ok_or_else(ApiError::not_found)?;
    let messages = messages(cp, id).await?;
    if let Some(last) = messages.last() {
        let mut conn = cp.db().pool().acquire().await?;
        mark_read(&mut conn, id, "client", last.seq).await?;
    }
    Ok((
        PortalChannel {
            unread: 0,
            ..channel
        },
        messages,
    ))
}

/// The patient writes in channel `id` (one of theirs, open).
pub(crate) async fn portal_write(
    cp: &ControlPlane,
    org: &OrgId,
    email: &str,
    id: &ChannelId,
    text: &str,
) -> Result<ChannelMessage, ApiError> {
    let channel = for_portal(cp, org, email)
        .await?
        .into_iter()
        .find(|c| &c.id == id)
        .ok_or_else(ApiError::not_found)?;
    write(
        cp,
        org,
        id,
        Writer::Client {
            name: &channel.client,
        },
        text,
    )
    .await
}

// Jobs: notices of unread messages, and retention.

/// Mails a notice (never the words) to every reader of a channel who has
/// had a message from the other side unread for the organisation's
/// `channel_email_after_minutes`, once per such message run. Returns how
/// many notices were queued.
pub async fn notify_unread(cp: &ControlPlane) -> Result<u64, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let now = cp.clock().now_ms();
    let orgs = sqlx::query("SELECT id, name, settings FROM organisations")
        .fetch_all(cp.db().pool())
        .await?;
    let mut queued = 0;
    for org_row in orgs {
        let settings: OrgSettings =
            serde_json::from_str(&org_row.try_get::<String, _>("settings")?)
                .map_err(|_| internal())?;
        let Some(minutes) = settings
            .channel_email_after_minutes
            .filter(|_| settings.chat_channels)
        else {
            continue;
        };
        let org = OrgId::from_string(org_row.try_get("id")?);
        let clinic: String = org_row.try_get("name")?;
        let due = now - i64::from(minutes) * 60_000;
        // Channels with a message old enough that someone may not have read.
        let channels = sqlx::query(
            "SELECT ch.id, ch.practitioner_id, ch.department_id, c.email, c.language FROM channels ch JOIN clients c ON c.id = ch.client_id \
             WHERE ch.org_id = $1 AND ch.open = 1 AND ch.last_message_at IS NOT NULL AND ch.last_message_at > $2",
        )
        .bind(org.as_str())
        .bind(now - 30 * 86_400_000)
        .fetch_all(cp.db().pool())
        .await?;
        for ch in channels {
            let channel = ChannelId::from_string(ch.try_get("id")?);
            let mut readers: Vec<(String, bool)> = Vec::new();
            match (
                ch.try_get::<Option<String>, _>("practitioner_id")?,
                ch.try_get::<Option<String>, _>("department_id")?,
            ) {
                (Some(p), _) => readers.push((p, false)),
                // A department's channel: its staff read it.
                (None, Some(d)) => {
                    for s in sqlx::query(
                        "SELECT staff_id FROM staff_departments WHERE department_id = $1",
                    )
                    .bind(&d)
                    .fetch_all(cp.db().pool())
                    .await?
                    {
                        readers.push((s.try_get("staff_id")?, false));
                    }
                }
                (None, None) => {}
            }
            for m in sqlx::query("SELECT staff_id FROM channel_members WHERE channel_id = $1")
                .bind(channel.as_str())
                .fetch_all(cp.db().pool())
                .await?
            {
                let m: String = m.try_get("staff_id")?;
                if !readers.iter().any(|(r, _)| *r == m) {
                    readers.push((m, false));
                }
            }
            readers.push(("client".to_owned(), true));
            for (reader, is_client) in readers {
                // Messages from the other side beyond what was read and
                // what was told.
                let row = sqlx::query(
                    "SELECT MIN(m.sent_at) AS oldest, MAX(m.seq) AS newest FROM channel_messages m \
                     LEFT JOIN channel_reads r ON r.channel_id = m.channel_id AND r.reader = $2 \
                     WHERE m.channel_id = $1 AND m.from_clinic = $3 \
                     AND m.seq > COALESCE(r.read_seq, 0) AND m.seq > COALESCE(r.notified_seq, 0)",
                )
                .bind(channel.as_str())
                .bind(&reader)
                .bind(i64::from(is_client))
                .fetch_one(cp.db().pool())
                .await?;
                let (Some(oldest), Some(newest)) = (
                    row.try_get::<Option<i64>, _>("oldest")?,
                    row.try_get::<Option<i64>, _>("newest")?,
                ) else {
                    continue;
                };
                if oldest > due {
                    continue;
                }
                let mut tx = cp.db().pool().begin().await?;
                sqlx::query(
                    "INSERT INTO channel_reads (channel_id, reader, read_seq, notified_seq) VALUES ($1, $2, 0, $3) \
                     ON CONFLICT (channel_id, reader) DO UPDATE SET notified_seq = excluded.notified_seq",
                )
                .bind(channel.as_str())
                .bind(&reader)
                .bind(newest)
                .execute(&mut *tx)
                .await?;
                if is_client {
                    let email: Option<String> = ch.try_get("email")?;
                    let language: Option<String> = ch.try_get("language")?;
                    if let Some(email) = email {
                        crate::email::channel_reply(
                            cp,
                            &mut tx,
                            &org,
                            &clinic,
                            &settings,
                            &email,
                            crate::l10n::for_client(language.as_deref(), &settings),
                        )
                        .await?;
                        queued += 1;
                    }
                } else {
                    let staff =
                        sqlx::query("SELECT name, email FROM staff WHERE org_id = $1 AND id = $2")
                            .bind(org.as_str())
                            .bind(&reader)
                            .fetch_optional(&mut *tx)
                            .await?;
                    if let Some(staff) = staff {
                        crate::email::channel_unread(
                            cp,
                            &mut tx,
                            &org,
                            &clinic,
                            &settings,
                            &staff.try_get::<String, _>("email")?,
                            &staff.try_get::<String, _>("name")?,
                            &channel,
                        )
                        .await?;
                        queued += 1;
                    }
                }
                tx.commit().await?;
            }
        }
    }
    Ok(queued)
}

/// Deletes channel messages older than the organisation keeps them: its
/// `chat_retention_days`, or its anonymisation horizon, whichever is
/// shorter (consultation chat likewise by `chat_retention_days`).
pub async fn forget_old(cp: &ControlPlane) -> Result<u64, ApiError> {
    let now = cp.clock().now_ms();
    let orgs = sqlx::query("SELECT id, settings FROM organisations")
        .fetch_all(cp.db().pool())
        .await?;
    let mut deleted = 0;
    for row in orgs {
        let settings: OrgSettings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        let days = match (settings.chat_retention_days, settings.anonymise_after_days) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => continue,
        };
        let org: String = row.try_get("id")?;
        let before = now - i64::from(days) * 86_400_000;
        deleted += sqlx::query(
            "DELETE FROM channel_messages WHERE sent_at < $2 AND channel_id IN (SELECT id FROM channels WHERE org_id = $1)",
        )
        .bind(&org)
        .bind(before)
        .execute(cp.db().pool())
        .await?
        .rows_affected();
        if let Some(days) = settings.chat_retention_days {
            deleted += sqlx::query(
                "DELETE FROM chat_messages WHERE sent_at < $2 AND appointment_id IN (SELECT id FROM appointments WHERE org_id = $1)",
            )
            .bind(&org)
            .bind(now - i64::from(days) * 86_400_000)
            .execute(cp.db().pool())
            .await?
            .rows_affected();
        }
    }
    Ok(deleted)
}
