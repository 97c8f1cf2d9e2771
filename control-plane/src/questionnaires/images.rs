//! Images a questionnaire shows (a body map to point at, an instruction):
//! administrators upload them (PNG, JPEG or WebP, at most 128 KiB, as the
//! logo), a field of type `image` names one, and the patient's page
//! fetches it without login by its unguessable id. They are the clinic's
//! content, never a patient's.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::ControlPlane;
use crate::auth::Principal;
use crate::error::{ApiError, Json};
use crate::ids::QuestionnaireImageId;
use crate::model::Role;
use crate::scope::Tenant;

/// An image as uploaded.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewImage {
    /// `image/png`, `image/jpeg` or `image/webp`; must match the data.
    pub content_type: String,
    /// The image, base64 (standard alphabet, padded), at most 128 KiB.
    pub data: String,
}

/// An uploaded image: its id goes in a field's `image`.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImageRef {
    pub id: QuestionnaireImageId,
    /// Where it is, on this server (no login).
    pub url: String,
}

/// Where image `id` is.
pub fn url(id: &str) -> String {
    format!("/api/v1/questionnaire-images/{id}")
}

/// `POST /api/v1/questionnaire-images`: administrators upload an image
/// for a questionnaire.
#[utoipa::path(post, path = "/questionnaire-images", tag = "questionnaires", request_body = NewImage, responses((status = 201, body = ImageRef), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn upload(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(image): Json<NewImage>,
) -> Result<(StatusCode, Json<ImageRef>), ApiError> {
    if me.role == Role::Practitioner {
        return Err(ApiError::forbidden());
    }
    let (kind, bytes) = crate::logo::decode(&image.content_type, &image.data)?;
    let id = QuestionnaireImageId::generate();
    me.tenant()
        .query("INSERT INTO questionnaire_images (id, org_id, content_type, data, created_at) VALUES ($2, $1, $3, $4, $5)")
        .bind(id.as_str())
        .bind(kind)
        .bind(STANDARD.encode(&bytes))
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await?;
    let url = url(id.as_str());
    Ok((StatusCode::CREATED, Json(ImageRef { id, url })))
}

/// The type and bytes of image `id`, if there is one.
pub(crate) async fn load(
    conn: &mut sqlx::AnyConnection,
    id: &str,
) -> Result<Option<(String, Vec<u8>)>, ApiError> {
    let Some(row) =
        sqlx::query("SELECT content_type, data FROM questionnaire_images WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    else {
        return Ok(None);
    };
    let bytes = STANDARD
        .decode(row.try_get::<String, _>("data")?.as_bytes())
        .map_err(|_| ApiError::new(crate::error::ApiErrorCode::Internal))?;
    Ok(Some((row.try_get("content_type")?, bytes)))
}

/// `GET /api/v1/questionnaire-images/{id}` (no login): the image.
#[utoipa::path(get, path = "/questionnaire-images/{id}", tag = "questionnaires", params(("id" = String, Path, description = "the image's id")), responses((status = 200, description = "the image (PNG, JPEG or WebP)"), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn get(
    State(cp): State<ControlPlane>,
    Path(id): Path<QuestionnaireImageId>,
) -> Result<Response, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    let (content_type, bytes) = load(&mut conn, id.as_str())
        .await?
        .ok_or_else(ApiError::not_found)?;
    crate::logo::image_response(&content_type, bytes)
}

/// Whether every image `ids` names is one of `tenant`'s.
pub(crate) async fn all_owned(
    conn: &mut sqlx::AnyConnection,
    tenant: &Tenant,
    ids: &[&str],
) -> Result<bool, ApiError> {
    for id in ids {
        let found = tenant
            .query("SELECT 1 AS one FROM questionnaire_images WHERE org_id = $1 AND id = $2")
            .bind(*id)
            .fetch_optional(&mut *conn)
            .await?;
        if found.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}
