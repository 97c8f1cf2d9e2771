//! A clinic's logo, on its patients' pages: organisation admins upload one
//! (PNG, JPEG or WebP, recognised by its first bytes, not by what the
//! caller says; at most 128 KiB); anyone may fetch it, as the pages that
//! show it have no login. Not in emails: a mail that loads an image tells
//! the sender when it was opened.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::ControlPlane;
use crate::auth::Principal;
use crate::error::{ApiError, Json};
use crate::ids::OrgId;
use crate::model::{ClinicContact, OrgSettings};

/// The largest logo accepted, decoded.
/// (Base64 of it stays under the API's 256 KiB limit on a request body.)
pub const MAX_BYTES: usize = 128 * 1024;

/// A logo as uploaded.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLogo {
    /// `image/png`, `image/jpeg` or `image/webp`; must match the data.
    pub content_type: String,
    /// The image, base64 (standard alphabet, padded).
    pub data: String,
}

/// Where the logo is, for the pages.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LogoRef {
    /// A path on this server; changes when the logo does.
    pub url: String,
}

/// The image type `bytes` start like, if it is one accepted.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// An uploaded image (`data` base64, at most [`MAX_BYTES`] decoded) that is
/// what `content_type` says: its type and bytes. Errors name `data` or
/// `content_type`.
pub(crate) fn decode(content_type: &str, data: &str) -> Result<(&'static str, Vec<u8>), ApiError> {
    // Base64 of MAX_BYTES is at most 4/3 of it, plus padding.
    if data.len() > MAX_BYTES / 3 * 4 + 4 {
        return Err(ApiError::invalid("data"));
    }
    let bytes = STANDARD
        .decode(data.as_bytes())
        .map_err(|_| ApiError::invalid("data"))?;
    if bytes.len() > MAX_BYTES {
        return Err(ApiError::invalid("data"));
    }
    let Some(kind) = sniff(&bytes) else {
        return Err(ApiError::invalid("data"));
    };
    if content_type != kind {
        return Err(ApiError::invalid("content_type"));
    }
    Ok((kind, bytes))
}

/// `bytes` (of type `content_type`) as a response that browsers cache for
/// an hour and never sniff as anything else.
pub(crate) fn image_response(content_type: &str, bytes: Vec<u8>) -> Result<Response, ApiError> {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .map_err(|_| ApiError::new(crate::error::ApiErrorCode::Internal))?,
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(response)
}

fn path(org: &OrgId, updated_at: i64) -> String {
    format!("/api/v1/logos/{}?v={updated_at}", org.as_str())
}

/// The path of `org`'s logo, if it has one.
pub(crate) async fn path_of(cp: &ControlPlane, org: &OrgId) -> Result<Option<String>, ApiError> {
    let row = sqlx::query("SELECT updated_at FROM organisation_logos WHERE org_id = $1")
        .bind(org.as_str())
        .fetch_optional(cp.db().pool())
        .await?;
    row.map(|r| Ok(path(org, r.try_get("updated_at")?)))
        .transpose()
}

/// Whom to call at `org` (whose settings are `settings`), its colour and
/// its logo: what the patient pages show.
pub(crate) async fn contact(
    cp: &ControlPlane,
    org: &OrgId,
    settings: &OrgSettings,
) -> Result<ClinicContact, ApiError> {
    Ok(ClinicContact {
        phone: settings.contact_phone.clone(),
        email: settings.contact_email.clone(),
        colour: settings.brand_colour.clone(),
        logo: path_of(cp, org).await?,
    })
}

/// `PUT /api/v1/organisation/logo`: organisation admins set the logo.
#[utoipa::path(put, path = "/organisation/logo", tag = "organisation", request_body = NewLogo, responses((status = 200, body = LogoRef), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(logo): Json<NewLogo>,
) -> Result<Json<LogoRef>, ApiError> {
    me.require_org_admin()?;
    let (kind, bytes) = decode(&logo.content_type, &logo.data)?;
    let now = cp.clock().now_ms();
    let mut tx = cp.db().pool().begin().await?;
    me.scope()
        .in_org("DELETE FROM organisation_logos WHERE org_id = $1")
        .execute(&mut *tx)
        .await?;
    me.scope()
        .in_org("INSERT INTO organisation_logos (org_id, content_type, data, updated_at) VALUES ($1, $2, $3, $4)")
        .bind(kind)
        .bind(STANDARD.encode(&bytes))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Json(LogoRef {
        url: path(me.tenant().org(), now),
    }))
}

/// `DELETE /api/v1/organisation/logo`: organisation admins remove it.
#[utoipa::path(delete, path = "/organisation/logo", tag = "organisation", responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn delete(State(cp): State<ControlPlane>, me: Principal) -> Result<StatusCode, ApiError> {
    me.require_org_admin()?;
    me.scope()
        .in_org("DELETE FROM organisation_logos WHERE org_id = $1")
        .execute(cp.db().pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/logos/{org}` (no login): the image.
#[utoipa::path(get, path = "/logos/{org}", tag = "organisation", params(("org" = String, Path, description = "the organisation's id")), responses((status = 200, description = "the image (PNG, JPEG or WebP)"), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn get(
    State(cp): State<ControlPlane>,
    Path(org): Path<OrgId>,
) -> Result<Response, ApiError> {
    let row = sqlx::query("SELECT content_type, data FROM organisation_logos WHERE org_id = $1")
        .bind(org.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let content_type: String = row.try_get("content_type")?;
    let bytes = STANDARD
        .decode(row.try_get::<String, _>("data")?.as_bytes())
        .map_err(|_| ApiError::new(crate::error::ApiErrorCode::Internal))?;
    image_response(&content_type, bytes)
}

#[cfg(test)]
mod tests {
    use super::sniff;

    #[test]
    fn images_are_known_by_their_first_bytes() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(&[0xff, 0xd8, 0xff, 0xe0]), Some("image/jpeg"));
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff(b"<svg xmlns="), None, "an SVG can carry script");
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }
}
