//! API keys for integrators: created by an organisation admin, shown once,
//! stored as SHA-256. A request with `Authorization: Bearer KEY` acts with
//! the rights of the admin who made the key (never more), needs no CSRF
//! token (no cookie is involved), and is audited under that admin.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::ControlPlane;
use crate::auth::{Principal, staff_departments};
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{ApiKeyId, OrgId, StaffId};
use crate::model::{self, OrgSettings, Role};
use crate::secret::{random_token, token_hash};

/// Keys start with this, so that a leaked one is recognisable (secret
/// scanners) and cannot be mistaken for a session or link token.
const KEY_PREFIX: &str = "ak_";

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// The key's first characters, to tell keys apart.
    pub prefix: String,
    pub created_by: StaffId,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<Timestamp>,
    pub revoked: bool,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CreatedKey {
    #[serde(flatten)]
    pub api_key: ApiKey,
    /// The key itself: shown only in this response.
    pub key: String,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewKey {
    pub name: String,
}

fn time(ms: i64) -> Result<Timestamp, ApiError> {
    Timestamp::from_millisecond(ms).map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

/// `POST /api/v1/api-keys` (organisation admins; not with an API key).
#[utoipa::path(post, path = "/api-keys", tag = "api keys", request_body = NewKey, responses((status = 201, body = CreatedKey), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(new): Json<NewKey>,
) -> Result<Response, ApiError> {
    me.require_org_admin()?;
    if me.api_key.is_some() {
        // A key does not mint keys: a leaked key must not outlive its revocation.
        return Err(ApiError::forbidden());
    }
    let name = model::text(&new.name, "name", 100)?;
    let key = format!("{KEY_PREFIX}{}", random_token());
    let id = random_token();
    let now = cp.clock().now_ms();
    let prefix: String = key.chars().take(KEY_PREFIX.len() + 6).collect();
    me.scope().in_org("INSERT INTO api_keys (id, org_id, name, key_hash, prefix, created_by, created_at) VALUES ($2, $1, $3, $4, $5, $6, $7)")
        .bind(&id)
        .bind(&name)
        .bind(token_hash(&key))
        .bind(&prefix)
        .bind(me.staff.as_str())
        .bind(now)
        .execute(cp.db().pool())
        .await?;
    let api_key = ApiKey {
        id,
        name,
        prefix,
        created_by: me.staff.clone(),
        created_at: time(now)?,
        last_used_at: None,
        revoked: false,
    };
    Ok((StatusCode::CREATED, Json(CreatedKey { api_key, key })).into_response())
}

/// `GET /api/v1/api-keys` (organisation admins).
#[utoipa::path(get, path = "/api-keys", tag = "api keys", responses((status = 200, body = Vec<ApiKey>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<Vec<ApiKey>>, ApiError> {
    me.require_org_admin()?;
    let rows = me.scope().in_org(
        "SELECT id, name, prefix, created_by, created_at, last_used_at, revoked_at FROM api_keys WHERE org_id = $1 ORDER BY created_at, id",
    )
    .fetch_all(cp.db().pool())
    .await?;
    let keys = rows
        .iter()
        .map(|r| {
            Ok(ApiKey {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                prefix: r.try_get("prefix")?,
                created_by: StaffId::from_string(r.try_get("created_by")?),
                created_at: time(r.try_get("created_at")?)?,
                last_used_at: r
                    .try_get::<Option<i64>, _>("last_used_at")?
                    .map(time)
                    .transpose()?,
                revoked: r.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(keys))
}

/// `DELETE /api/v1/api-keys/{id}`: revokes the key at once.
#[utoipa::path(delete, path = "/api-keys/{id}", tag = "api keys", params(("id" = String, Path, description = "the record's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn revoke(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ApiKeyId>,
) -> Result<StatusCode, ApiError> {
    me.require_org_admin()?;
    let done = me.scope().in_org(
        "UPDATE api_keys SET revoked_at = $2 WHERE id = $3 AND org_id = $1 AND revoked_at IS NULL",
    )
    .bind(cp.clock().now_ms())
    .bind(id.as_str())
    .execute(cp.db().pool())
    .await?;
    if done.rows_affected() == 0 {
        return Err(ApiError::not_found());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The principal of a bearer key, or `unauthenticated`.
pub(crate) async fn principal(cp: &ControlPlane, key: &str) -> Result<Principal, ApiError> {
    let unauthenticated = || ApiError::new(ApiErrorCode::Unauthenticated);
    if !key.starts_with(KEY_PREFIX) || key.len() > 100 {
        return Err(unauthenticated());
    }
    let row = sqlx::query(
        "SELECT k.id, k.last_used_at, st.id AS staff_id, st.org_id, st.role, o.settings FROM api_keys k \
         JOIN staff st ON st.id = k.created_by AND st.org_id = k.org_id JOIN organisations o ON o.id = k.org_id \
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL",
    )
    .bind(token_hash(key))
    .fetch_optional(cp.db().pool())
    .await?
    .ok_or_else(unauthenticated)?;
    let role = Role::parse(&row.try_get::<String, _>("role")?)
        .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    if role != Role::OrgAdmin {
        // The admin who made it is an admin no longer.
        return Err(unauthenticated());
    }
    let id: String = row.try_get("id")?;
    let now = cp.clock().now_ms();
    if row
        .try_get::<Option<i64>, _>("last_used_at")?
        .is_none_or(|t| now - t > 60_000)
    {
        sqlx::query("UPDATE api_keys SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&id)
            .execute(cp.db().pool())
            .await?;
    }
    let staff = StaffId::from_string(row.try_get("staff_id")?);
    let settings: OrgSettings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let departments = staff_departments(cp, &staff).await?;
    Ok(Principal::new(
        staff,
        OrgId::from_string(row.try_get("org_id")?),
        role,
        departments,
        settings,
        Some(id),
    ))
}
