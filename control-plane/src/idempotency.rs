//! `Idempotency-Key` on the POSTs that create records (appointments,
//! clients, public bookings and walk-ins): a client that retries after a
//! timeout, with the same key and the same request, gets the record the
//! first request made rather than a second one; the same key with another
//! request is refused (`idempotency_key_reused`).
//!
//! The key is remembered with the id of what was made and a hash of the
//! request (never the body itself: it holds patient data), in the creating
//! transaction, for [`KEEP_MS`]. Keys are per caller: a staff member's (or
//! API key's admin's), or, for the public pages, per organisation.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::ControlPlane;
use crate::error::{ApiError, ApiErrorCode};

/// How long a key is remembered.
pub(crate) const KEEP_MS: i64 = 24 * 3600 * 1000;

/// The `Idempotency-Key` header as the OpenAPI document describes it.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
pub struct IdempotencyHeader {
    /// Makes a retried request safe: the same key with the same request
    /// within 24 hours answers with what the first one made (marked
    /// `Idempotent-Replayed: true`) instead of making it again; with another
    /// request, `idempotency_key_reused`. 1 to 255 printable ASCII
    /// characters; a random UUID per request is a good choice.
    #[serde(rename = "Idempotency-Key")]
    #[param(rename = "Idempotency-Key")]
    pub idempotency_key: Option<String>,
}

/// The request's `Idempotency-Key` header, if it has one: 1 to 255
/// printable ASCII characters (a UUID, say).
#[derive(Debug, Clone)]
pub struct IdempotencyKey(pub Option<String>);

impl<S: Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get("idempotency-key") else {
            return Ok(IdempotencyKey(None));
        };
        let key = value
            .to_str()
            .map_err(|_| ApiError::invalid("Idempotency-Key"))?
            .trim();
        if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ApiError::invalid("Idempotency-Key"));
        }
        Ok(IdempotencyKey(Some(key.to_owned())))
    }
}

/// A creating request under a key.
#[derive(Debug)]
pub(crate) struct Claim {
    scope: String,
    key: String,
    request_hash: String,
}

/// What an earlier request with the same key made.
#[derive(Debug)]
pub(crate) enum Earlier {
    /// Nothing: do the work, then [`remember`] it.
    None,
    /// This record: answer with it again.
    Made(String),
}

impl Claim {
    /// `None` without a key. `request` is what identifies the request's
    /// content (its parsed body's `Debug`, and the path): hashed.
    pub(crate) fn new(key: &IdempotencyKey, scope: String, request: &str) -> Option<Claim> {
        let key = key.0.clone()?;
        let request_hash = hex::encode(Sha256::digest(request.as_bytes()));
        Some(Claim {
            scope,
            key,
            request_hash,
        })
    }
}

/// Looks the key up: what it made, `idempotency_key_reused` if it was used
/// for another request, or nothing. Forgets it when older than [`KEEP_MS`].
pub(crate) async fn earlier(cp: &ControlPlane, claim: Option<&Claim>) -> Result<Earlier, ApiError> {
    let Some(claim) = claim else {
        return Ok(Earlier::None);
    };
    sqlx::query("DELETE FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2 AND created_at <= $3")
        .bind(&claim.scope)
        .bind(&claim.key)
        .bind(cp.clock().now_ms() - KEEP_MS)
        .execute(cp.db().pool())
        .await?;
    let row = sqlx::query("SELECT request_hash, resource_id FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2")
        .bind(&claim.scope)
        .bind(&claim.key)
        .fetch_optional(cp.db().pool())
        .await?;
    match row {
        None => Ok(Earlier::None),
        Some(row) if row.try_get::<String, _>("request_hash")? == claim.request_hash => {
            Ok(Earlier::Made(row.try_get("resource_id")?))
        }
        Some(_) => Err(ApiError::new(ApiErrorCode::IdempotencyKeyReused)),
    }
}

/// Remembers what the request made, in the transaction that made it. When
/// a concurrent request with the same key committed first, this says
/// [`Remembered::Raced`]: roll back and answer with what [`earlier`] finds.
pub(crate) async fn remember(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    claim: Option<&Claim>,
    resource_id: &str,
) -> Result<Remembered, ApiError> {
    let Some(claim) = claim else {
        return Ok(Remembered::Done);
    };
    let inserted = sqlx::query("INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, resource_id, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&claim.scope)
        .bind(&claim.key)
        .bind(&claim.request_hash)
        .bind(resource_id)
        .bind(cp.clock().now_ms())
        .execute(&mut **tx)
        .await;
    match inserted {
        Ok(_) => Ok(Remembered::Done),
        Err(e) if crate::db::is_unique_violation(&e) => Ok(Remembered::Raced),
        Err(e) => Err(e.into()),
    }
}

/// After [`Remembered::Raced`] (or, for a booking, a slot found taken):
/// the id an earlier request with the same key made, or `conflict` when
/// there is none (no key, or another request took it).
pub(crate) async fn made_earlier(
    cp: &ControlPlane,
    claim: Option<&Claim>,
) -> Result<String, ApiError> {
    match earlier(cp, claim).await? {
        Earlier::Made(id) => Ok(id),
        Earlier::None => Err(ApiError::new(ApiErrorCode::Conflict)),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Remembered {
    Done,
    /// Another request with the key got there first.
    Raced,
}

/// Forgets keys older than [`KEEP_MS`] (the hourly job).
pub(crate) async fn forget_old(cp: &ControlPlane) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM idempotency_keys WHERE created_at <= $1")
        .bind(cp.clock().now_ms() - KEEP_MS)
        .execute(cp.db().pool())
        .await?;
    Ok(())
}
