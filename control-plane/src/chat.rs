//! A consultation's conversation, kept (issue 26): signalling hands over
//! each message before passing it on, and reads the conversation back for
//! whoever opens it later. The conversation of room `a-{appointment}` is
//! the appointment's; other rooms (meeting rooms, open rooms) keep none.
//!
//! Retention: deleted when the consultation ends if the organisation says
//! so (`delete_chat_after_consultation`), else with the appointment's
//! client data when it is anonymised. Nothing of the words is logged.

use sqlx::Row;

use crate::ControlPlane;
use crate::error::{ApiError, ApiErrorCode};
use crate::model::OrgSettings;

/// The most messages read back for one conversation (the latest).
pub const HISTORY_LIMIT: i64 = 500;

/// A message to keep, or one read back.
#[derive(Clone, PartialEq, Eq)]
pub struct ChatMessage {
    /// The writer's token `sub`.
    pub sender: Option<String>,
    pub from_clinic: bool,
    pub display_name: String,
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub at_ms: i64,
}

impl std::fmt::Debug for ChatMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Patient data: never the words or the name.
        f.debug_struct("ChatMessage")
            .field("from_clinic", &self.from_clinic)
            .field("at_ms", &self.at_ms)
            .finish_non_exhaustive()
    }
}

/// The appointment of a room whose conversation is kept, while it keeps
/// one (not cancelled, anonymised, or ended with its chat deleted).
async fn appointment_of(cp: &ControlPlane, room: &str) -> Result<Option<String>, ApiError> {
    let Some(appointment) = room.strip_prefix("a-") else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT a.status, o.settings FROM appointments a JOIN organisations o ON o.id = a.org_id WHERE a.id = $1",
    )
    .bind(appointment)
    .fetch_optional(cp.db().pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let status: String = row.try_get("status")?;
    let settings: OrgSettings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let keeps = match status.as_str() {
        "scheduled" | "waiting" | "in_progress" => true,
        "completed" | "no_show" => !settings.delete_chat_after_consultation,
        _ => false,
    };
    Ok(keeps.then(|| appointment.to_owned()))
}

/// Keeps `message` in `room`'s conversation; Ok(false) if the room keeps
/// none.
pub async fn keep(cp: &ControlPlane, room: &str, message: &ChatMessage) -> Result<bool, ApiError> {
    let Some(appointment) = appointment_of(cp, room).await? else {
        return Ok(false);
    };
    let mut tx = cp.db().pool().begin().await?;
    // The next number, counted on the appointment (concurrent writers, on
    // one node or several, queue on its row).
    let seq: i64 = sqlx::query_scalar(
        "UPDATE appointments SET chat_seq = chat_seq + 1 WHERE id = $1 RETURNING chat_seq",
    )
    .bind(&appointment)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO chat_messages (id, appointment_id, sender, from_clinic, display_name, body, sent_at, seq) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::secret::random_token())
    .bind(&appointment)
    .bind(&message.sender)
    .bind(i64::from(message.from_clinic))
    .bind(&message.display_name)
    .bind(&message.text)
    .bind(message.at_ms)
    .bind(seq)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// `room`'s conversation, oldest first (the latest [`HISTORY_LIMIT`]).
pub async fn history(cp: &ControlPlane, room: &str) -> Result<Vec<ChatMessage>, ApiError> {
    let Some(appointment) = appointment_of(cp, room).await? else {
        return Ok(Vec::new());
    };
    let rows = sqlx::query(
        "SELECT sender, from_clinic, display_name, body, sent_at FROM chat_messages WHERE appointment_id = $1 \
         ORDER BY seq DESC LIMIT $2",
    )
    .bind(&appointment)
    .bind(HISTORY_LIMIT)
    .fetch_all(cp.db().pool())
    .await?;
    let mut messages = rows
        .iter()
        .map(|r| {
            Ok(ChatMessage {
                sender: r.try_get("sender")?,
                from_clinic: r.try_get::<i64, _>("from_clinic")? != 0,
                display_name: r.try_get("display_name")?,
                text: r.try_get("body")?,
                at_ms: r.try_get("sent_at")?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    messages.reverse();
    Ok(messages)
}

/// Deletes an appointment's conversation (on `conn`, the caller's
/// transaction).
pub(crate) async fn forget(
    conn: &mut sqlx::AnyConnection,
    appointment: &str,
) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM chat_messages WHERE appointment_id = $1")
        .bind(appointment)
        .execute(conn)
        .await?;
    Ok(())
}

/// A message a signalling node of a scaled setup hands over to be kept
/// (`POST /internal/v1/chat-messages`), or reads back.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeChat {
    /// The room it was written in (`a-{appointment}`).
    pub room: String,
    pub sender: Option<String>,
    pub from_clinic: bool,
    pub display_name: String,
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub at_ms: i64,
}

/// Whether a handed-over message was kept (not: the room keeps no
/// conversation).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NodeChatKept {
    pub kept: bool,
}

/// `?room=` of `GET /internal/v1/chat-messages`.
#[derive(Debug, serde::Deserialize)]
pub struct NodeRoom {
    pub room: String,
}

/// A room's conversation for a node, oldest first.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NodeHistory {
    pub messages: Vec<NodeChat>,
}

/// The longest chat message a node may hand over, in characters (the
/// websocket's own limit is lower).
pub const MAX_NODE_CHARS: usize = 10_000;

/// `POST /internal/v1/chat-messages`, from a signalling node with the node
/// key: keeps the message as [`keep`] does in `anteroom serve`, before the
/// node acknowledges or passes it on.
pub async fn from_node(
    axum::extract::State(cp): axum::extract::State<ControlPlane>,
    headers: axum::http::HeaderMap,
    crate::error::Json(chat): crate::error::Json<NodeChat>,
) -> Result<crate::error::Json<NodeChatKept>, ApiError> {
    crate::transcripts::authorise_node(&cp, &headers)?;
    if !(1..=80).contains(&chat.room.len()) {
        return Err(ApiError::invalid("room"));
    }
    let chars = |s: &str| s.chars().count();
    if !(1..=200).contains(&chars(&chat.display_name))
        || chat.display_name.chars().any(char::is_control)
    {
        return Err(ApiError::invalid("display_name"));
    }
    if chat.text.trim().is_empty() || chars(&chat.text) > MAX_NODE_CHARS {
        return Err(ApiError::invalid("text"));
    }
    if chat.sender.as_ref().is_some_and(|s| s.len() > 200) {
        return Err(ApiError::invalid("sender"));
    }
    let kept = keep(
        &cp,
        &chat.room,
        &ChatMessage {
            sender: chat.sender,
            from_clinic: chat.from_clinic,
            display_name: chat.display_name,
            text: chat.text,
            at_ms: chat.at_ms,
        },
    )
    .await?;
    Ok(crate::error::Json(NodeChatKept { kept }))
}

/// `GET /internal/v1/chat-messages?room=`, from a signalling node with the
/// node key: the room's conversation, for whoever opens it there.
pub async fn history_for_node(
    axum::extract::State(cp): axum::extract::State<ControlPlane>,
    headers: axum::http::HeaderMap,
    crate::error::Query(q): crate::error::Query<NodeRoom>,
) -> Result<crate::error::Json<NodeHistory>, ApiError> {
    crate::transcripts::authorise_node(&cp, &headers)?;
    let messages = history(&cp, &q.room)
        .await?
        .into_iter()
        .map(|m| NodeChat {
            room: q.room.clone(),
            sender: m.sender,
            from_clinic: m.from_clinic,
            display_name: m.display_name,
            text: m.text,
            at_ms: m.at_ms,
        })
        .collect();
    Ok(crate::error::Json(NodeHistory { messages }))
}
