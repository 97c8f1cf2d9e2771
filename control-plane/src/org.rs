//! The organisation, its settings, departments and staff.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::{Principal, STAFF_COLUMNS, StaffView, staff_from_row, staff_view};
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{DepartmentId, OrgId, StaffId};
use crate::model::{self, OrgSettings, Role};
use crate::{ControlPlane, Page, PageQuery};

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    pub settings: OrgSettings,
    /// The path of its logo, if it has one.
    pub logo: Option<String>,
}

/// `GET /api/v1/organisation`: the caller's organisation.
#[utoipa::path(get, path = "/organisation", tag = "organisation", responses((status = 200, body = Organisation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get_organisation(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<Organisation>, ApiError> {
    let row = me
        .scope()
        .in_org("SELECT name FROM organisations WHERE id = $1")
        .fetch_one(cp.db().pool())
        .await?;
    organisation(&cp, me, row.try_get("name")?).await
}

/// The caller's organisation under `name`, as the API shows it.
async fn organisation(
    cp: &ControlPlane,
    me: Principal,
    name: String,
) -> Result<Json<Organisation>, ApiError> {
    let logo = crate::logo::path_of(cp, me.tenant().org()).await?;
    Ok(Json(Organisation {
        id: me.tenant().org().clone(),
        name,
        settings: me.settings,
        logo,
    }))
}

/// The clinic's name, as patients see it on their pages and in emails.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationName {
    pub name: String,
}

/// `PUT /api/v1/organisation/name`: organisation admins rename the clinic.
#[utoipa::path(put, path = "/organisation/name", tag = "organisation", request_body = OrganisationName, responses((status = 200, body = Organisation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put_name(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<OrganisationName>,
) -> Result<Json<Organisation>, ApiError> {
    me.require_org_admin()?;
    let name = model::text(&body.name, "name", 200)?;
    me.scope()
        .in_org("UPDATE organisations SET name = $2 WHERE id = $1")
        .bind(&name)
        .execute(cp.db().pool())
        .await?;
    organisation(&cp, me, name).await
}

/// `PUT /api/v1/organisation/settings`: organisation admins replace the
/// settings (fields left out take their defaults).
#[utoipa::path(put, path = "/organisation/settings", tag = "organisation", request_body = OrgSettings, responses((status = 200, body = OrgSettings), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put_settings(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(mut settings): Json<OrgSettings>,
) -> Result<Json<OrgSettings>, ApiError> {
    me.require_org_admin()?;
    settings.normalise();
    settings.validate()?;
    let text =
        serde_json::to_string(&settings).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    me.scope()
        .in_org("UPDATE organisations SET settings = $2 WHERE id = $1")
        .bind(text)
        .execute(cp.db().pool())
        .await?;
    if settings.language != me.settings.language {
        crate::questionnaires::defaults_follow_language(&cp, &me.tenant(), &settings).await?;
    }
    Ok(Json(settings))
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Department {
    pub id: DepartmentId,
    pub name: String,
}

/// `GET /api/v1/departments`: every department of the organisation.
#[utoipa::path(get, path = "/departments", tag = "organisation", params(PageQuery), responses((status = 200, body = Page<Department>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list_departments(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Department>>, ApiError> {
    let page = page.checked()?;
    let rows = me.scope().in_org(
        "SELECT id, name FROM departments WHERE org_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3",
    )
    .bind(page.fetch_limit())
    .bind(page.fetch_offset())
    .fetch_all(cp.db().pool())
    .await?;
    let items = rows
        .iter()
        .map(|r| {
            Ok(Department {
                id: DepartmentId::from_string(r.try_get("id")?),
                name: r.try_get("name")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/departments/{id}`.
#[utoipa::path(get, path = "/departments/{id}", tag = "organisation", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = Department), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get_department(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<DepartmentId>,
) -> Result<Json<Department>, ApiError> {
    let row = me
        .scope()
        .in_org("SELECT id, name FROM departments WHERE id = $2 AND org_id = $1")
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(Department {
        id: DepartmentId::from_string(row.try_get("id")?),
        name: row.try_get("name")?,
    }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDepartment {
    pub name: String,
}

/// `POST /api/v1/departments`: organisation admins only.
#[utoipa::path(post, path = "/departments", tag = "organisation", request_body = NewDepartment, responses((status = 201, body = Department), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create_department(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewDepartment>,
) -> Result<Response, ApiError> {
    me.require_org_admin()?;
    let name = model::text(&body.name, "name", 200)?;
    let id = DepartmentId::generate();
    let inserted = me
        .scope()
        .in_org("INSERT INTO departments (id, org_id, name, created_at) VALUES ($2, $1, $3, $4)")
        .bind(id.as_str())
        .bind(&name)
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await;
    match inserted {
        Ok(_) => Ok((StatusCode::CREATED, Json(Department { id, name })).into_response()),
        Err(e) if crate::db::is_unique_violation(&e) => Err(ApiError::new(ApiErrorCode::Conflict)),
        Err(e) => Err(e.into()),
    }
}

/// `GET /api/v1/staff`: the organisation's staff directory.
#[utoipa::path(get, path = "/staff", tag = "staff", params(PageQuery), responses((status = 200, body = Page<StaffView>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list_staff(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<StaffView>>, ApiError> {
    let page = page.checked()?;
    let sql = format!(
        "SELECT {STAFF_COLUMNS} FROM staff WHERE org_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3"
    );
    let rows = me
        .tenant()
        .query(&sql)
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        items.push(staff_from_row(&cp, row).await?);
    }
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/staff/{id}`.
#[utoipa::path(get, path = "/staff/{id}", tag = "staff", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = StaffView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get_staff(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<StaffId>,
) -> Result<Json<StaffView>, ApiError> {
    staff_view(&cp, &me.tenant(), &id)
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStaff {
    pub email: String,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub departments: Vec<DepartmentId>,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CreatedStaff {
    pub staff: StaffView,
    /// The one-time link with which the new person sets a password (valid
    /// 72 hours). Shown once; only its hash is stored.
    pub password_link: String,
}

/// `POST /api/v1/staff`: organisation admins add anyone; department admins
/// add practitioners to their own departments.
#[utoipa::path(post, path = "/staff", tag = "staff", request_body = NewStaff, responses((status = 201, body = CreatedStaff), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create_staff(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewStaff>,
) -> Result<Response, ApiError> {
    let email = model::email(&body.email, "email")?;
    let name = model::text(&body.name, "name", 200)?;
    match me.role {
        Role::OrgAdmin => {}
        Role::DepartmentAdmin => {
            if body.role != Role::Practitioner
                || body.departments.is_empty()
                || !body.departments.iter().all(|d| me.departments.contains(d))
            {
                return Err(ApiError::forbidden());
            }
        }
        Role::Practitioner => return Err(ApiError::forbidden()),
    }
    let departments = model::id_list(body.departments, "departments")?;
    let id = StaffId::generate();
    let now = cp.clock().now_ms();
    let mut tx = cp.db().pool().begin().await?;
    let department_ids: Vec<&str> = departments.iter().map(DepartmentId::as_str).collect();
    if !me
        .tenant()
        .owns(&mut tx, crate::db::OrgTable::Departments, &department_ids)
        .await?
    {
        return Err(ApiError::invalid("departments"));
    }
    let inserted = me.scope().in_org("INSERT INTO staff (id, org_id, email, name, role, created_at) VALUES ($2, $1, $3, $4, $5, $6)")
        .bind(id.as_str())
        .bind(&email)
        .bind(&name)
        .bind(body.role.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await;
    match inserted {
        Ok(_) => {}
        Err(e) if crate::db::is_unique_violation(&e) => {
            return Err(ApiError::new(ApiErrorCode::Conflict));
        }
        Err(e) => return Err(e.into()),
    }
    for d in &departments {
        sqlx::query("INSERT INTO staff_departments (staff_id, department_id) VALUES ($1, $2)")
            .bind(id.as_str())
            .bind(d.as_str())
            .execute(&mut *tx)
            .await?;
    }
    let token = crate::admin::insert_password_token(&mut tx, &id, now).await?;
    let password_link = crate::admin::password_link(&cp, &token);
    crate::email::password_link(
        &cp,
        &mut tx,
        me.tenant().org(),
        &me.settings,
        &email,
        &name,
        &password_link,
    )
    .await?;
    tx.commit().await?;
    let staff = StaffView {
        id,
        email,
        name,
        role: body.role,
        departments,
        totp_enabled: false,
        active: false,
        walk_in: false,
    };
    Ok((
        StatusCode::CREATED,
        Json(CreatedStaff {
            staff,
            password_link,
        }),
    )
        .into_response())
}

/// `POST /api/v1/staff/{id}/totp/reset`: an organisation admin turns off a
/// person's two-factor authentication (lost phone); they enrol again.
#[utoipa::path(post, path = "/staff/{id}/totp/reset", tag = "staff", params(("id" = String, Path, description = "the record's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn reset_totp(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<StaffId>,
) -> Result<Response, ApiError> {
    me.require_org_admin()?;
    let done = me
        .scope()
        .in_org(
            "UPDATE staff SET totp_enabled = 0, totp_secret = NULL WHERE id = $2 AND org_id = $1",
        )
        .bind(id.as_str())
        .execute(cp.db().pool())
        .await?;
    if done.rows_affected() == 0 {
        return Err(ApiError::not_found());
    }
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(id.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
