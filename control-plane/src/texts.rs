//! What a waiting patient reads: the waiting-area text of the organisation
//! or of the appointment's department (with placeholders), and service
//! announcements until they expire.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::db::OrgTable;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{AnnouncementId, DepartmentId, OrgId};
use crate::model::{self, Role};
use crate::{ControlPlane, template};

/// The placeholders a waiting-area text may use.
pub const WAITING_PLACEHOLDERS: &[&str] = &["clinic", "department", "practitioner", "date", "time"];

/// Organisation admins edit texts of the organisation and every
/// department; department admins those of their own departments.
pub(crate) async fn may_edit(
    cp: &ControlPlane,
    me: &Principal,
    department: Option<&DepartmentId>,
) -> Result<(), ApiError> {
    match (me.role, department) {
        (Role::OrgAdmin, None) => Ok(()),
        (Role::OrgAdmin, Some(d)) => {
            let mut conn = cp.db().pool().acquire().await?;
            if me
                .tenant()
                .owns(&mut conn, OrgTable::Departments, &[d.as_str()])
                .await?
            {
                Ok(())
            } else {
                Err(ApiError::invalid("department"))
            }
        }
        (Role::DepartmentAdmin, Some(d)) if me.departments.contains(d) => Ok(()),
        _ => Err(ApiError::forbidden()),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct WaitingText {
    /// Absent: the organisation's text, used where a department has none.
    pub department: Option<DepartmentId>,
    /// For patients whose pages are in this language (a shipped one, such
    /// as `nl`); absent: for every language without a text of its own.
    #[serde(default)]
    pub language: Option<String>,
    pub body: String,
}

/// `GET /api/v1/waiting-texts`.
#[utoipa::path(get, path = "/waiting-texts", tag = "waiting area", responses((status = 200, body = Vec<WaitingText>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list_waiting_texts(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<Vec<WaitingText>>, ApiError> {
    let rows = me.scope().in_org(
        "SELECT department_id, language, body FROM waiting_texts WHERE org_id = $1 ORDER BY department_id, language",
    )
    .fetch_all(cp.db().pool())
    .await?;
    let texts = rows
        .iter()
        .map(|r| {
            Ok(WaitingText {
                department: r
                    .try_get::<Option<String>, _>("department_id")?
                    .map(DepartmentId::from_string),
                language: r.try_get("language")?,
                body: r.try_get("body")?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(texts))
}

/// `PUT /api/v1/waiting-texts`: sets (or, with an empty body, removes) the
/// text of the organisation or one department.
#[utoipa::path(put, path = "/waiting-texts", tag = "waiting area", request_body = WaitingText, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put_waiting_text(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(text): Json<WaitingText>,
) -> Result<StatusCode, ApiError> {
    may_edit(&cp, &me, text.department.as_ref()).await?;
    let body = model::optional_long_text(Some(&text.body), "body", 4000)?;
    if body
        .as_deref()
        .is_some_and(|b| !template::only_known(b, WAITING_PLACEHOLDERS))
    {
        return Err(ApiError::invalid("body"));
    }
    let department = text.department.as_ref().map(DepartmentId::as_str);
    let language = crate::l10n::shipped(text.language.as_deref(), "language")?;
    let mut tx = cp.db().pool().begin().await?;
    me.scope().in_org("DELETE FROM waiting_texts WHERE org_id = $1 AND COALESCE(department_id, '') = COALESCE(CAST($2 AS TEXT), '') \
         AND COALESCE(language, '') = COALESCE(CAST($3 AS TEXT), '')")
        .bind(department)
        .bind(language)
        .execute(&mut *tx)
        .await?;
    if let Some(body) = body {
        me.scope().in_org("INSERT INTO waiting_texts (id, org_id, department_id, body, updated_at, language) VALUES ($2, $1, $3, $4, $5, $6)")
            .bind(crate::secret::random_token())
            .bind(department)
            .bind(body)
            .bind(cp.clock().now_ms())
            .bind(language)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Announcement {
    pub id: AnnouncementId,
    /// Absent: shown in every waiting area of the organisation.
    pub department: Option<DepartmentId>,
    pub body: String,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAnnouncement {
    pub department: Option<DepartmentId>,
    pub body: String,
    /// RFC 3339; must be in the future.
    #[schema(format = DateTime)]
    pub expires_at: String,
}

/// `POST /api/v1/announcements`.
#[utoipa::path(post, path = "/announcements", tag = "waiting area", request_body = NewAnnouncement, responses((status = 201, body = Announcement), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create_announcement(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(new): Json<NewAnnouncement>,
) -> Result<Response, ApiError> {
    may_edit(&cp, &me, new.department.as_ref()).await?;
    let body = model::long_text(&new.body, "body", 1000)?;
    let expires_at: Timestamp = new
        .expires_at
        .trim()
        .parse()
        .map_err(|_| ApiError::invalid("expires_at"))?;
    if expires_at <= cp.clock().now() {
        return Err(ApiError::invalid("expires_at"));
    }
    let announcement = Announcement {
        id: AnnouncementId::generate(),
        department: new.department,
        body,
        expires_at,
    };
    me.scope().in_org("INSERT INTO announcements (id, org_id, department_id, body, expires_at, created_at) VALUES ($2, $1, $3, $4, $5, $6)")
        .bind(announcement.id.as_str())
        .bind(announcement.department.as_ref().map(DepartmentId::as_str))
        .bind(&announcement.body)
        .bind(expires_at.as_millisecond())
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await?;
    Ok((StatusCode::CREATED, Json(announcement)).into_response())
}

/// `GET /api/v1/announcements`: those in force, newest first.
#[utoipa::path(get, path = "/announcements", tag = "waiting area", responses((status = 200, body = Vec<Announcement>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list_announcements(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<Vec<Announcement>>, ApiError> {
    let rows = me.scope().in_org(
        "SELECT id, department_id, body, expires_at FROM announcements WHERE org_id = $1 AND expires_at > $2 \
         ORDER BY created_at DESC, id",
    )
    .bind(cp.clock().now_ms())
    .fetch_all(cp.db().pool())
    .await?;
    let items = rows
        .iter()
        .map(|r| {
            Ok(Announcement {
                id: AnnouncementId::from_string(r.try_get("id")?),
                department: r
                    .try_get::<Option<String>, _>("department_id")?
                    .map(DepartmentId::from_string),
                body: r.try_get("body")?,
                expires_at: Timestamp::from_millisecond(r.try_get("expires_at")?)
                    .map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(items))
}

/// `DELETE /api/v1/announcements/{id}`.
#[utoipa::path(delete, path = "/announcements/{id}", tag = "waiting area", params(("id" = String, Path, description = "the record's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn delete_announcement(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AnnouncementId>,
) -> Result<StatusCode, ApiError> {
    let row = me
        .scope()
        .in_org("SELECT department_id FROM announcements WHERE id = $2 AND org_id = $1")
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let department = row
        .try_get::<Option<String>, _>("department_id")?
        .map(DepartmentId::from_string);
    may_edit(&cp, &me, department.as_ref()).await?;
    me.scope()
        .in_org("DELETE FROM announcements WHERE id = $2 AND org_id = $1")
        .bind(id.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The text and announcements of a waiting area.
pub(crate) struct Waiting {
    pub text: Option<String>,
    pub announcements: Vec<String>,
}

/// The department's text (else the organisation's) with `values` filled
/// in, and the announcements in force for the organisation and department.
pub(crate) async fn for_waiting_area(
    cp: &ControlPlane,
    org: &OrgId,
    department: Option<&DepartmentId>,
    language: &str,
    values: &[(&str, &str)],
) -> Result<Waiting, ApiError> {
    let department = department.map(DepartmentId::as_str);
    // The text in the patient's language before one for every language;
    // the department's before the organisation's.
    let text: Option<String> = sqlx::query(
        "SELECT body FROM waiting_texts WHERE org_id = $1 AND (department_id IS NULL OR department_id = $2) \
         AND (language IS NULL OR language = $3) \
         ORDER BY CASE WHEN language IS NULL THEN 1 ELSE 0 END, CASE WHEN department_id IS NULL THEN 1 ELSE 0 END LIMIT 1",
    )
    .bind(org.as_str())
    .bind(department)
    .bind(language)
    .fetch_optional(cp.db().pool())
    .await?
    .map(|r| r.try_get("body"))
    .transpose()?;
    let rows = sqlx::query(
        "SELECT body FROM announcements WHERE org_id = $1 AND (department_id IS NULL OR department_id = $2) AND expires_at > $3 \
         ORDER BY created_at DESC, id",
    )
    .bind(org.as_str())
    .bind(department)
    .bind(cp.clock().now_ms())
    .fetch_all(cp.db().pool())
    .await?;
    Ok(Waiting {
        text: text.map(|t| template::render(&t, values)),
        announcements: rows
            .iter()
            .map(|r| r.try_get("body"))
            .collect::<Result<_, _>>()?,
    })
}
