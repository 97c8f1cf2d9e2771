//! Clients (patients), with the organisation's segregation rules applied to
//! every read and write, and every read and change audited.

use std::fmt;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::audit;
use crate::auth::Principal;
use crate::db::OrgTable;
use crate::error::{ApiError, Json, Query};
use crate::idempotency::{self, Claim, Earlier, IdempotencyKey, Remembered};
use crate::ids::{ClientId, DepartmentId, StaffId};
use crate::model::{self, Role};
use crate::scope::{Scope, Visible};
use crate::{ControlPlane, Page, PageQuery};

/// A client as the API shows it. Its `Debug` shows the id only: this is
/// patient data and must not reach logs.
#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Client {
    pub id: ClientId,
    pub initials: String,
    pub last_name: String,
    /// YYYY-MM-DD.
    #[schema(format = Date)]
    pub date_of_birth: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub external_number: Option<String>,
    /// The language of their emails and pages (a shipped one, such as
    /// `nl`), unless they choose another on a page; absent: the clinic's.
    pub language: Option<String>,
    pub departments: Vec<DepartmentId>,
    pub practitioners: Vec<StaffId>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

const SELECT: &str = "SELECT c.id, c.initials, c.last_name, c.date_of_birth, c.email, c.phone, c.external_number, c.language FROM clients c";

async fn load(cp: &ControlPlane, scope: &Scope, id: &ClientId) -> Result<Option<Client>, ApiError> {
    let sql = Visible::Clients.sql(SELECT, "c.id = $5");
    let Some(row) = scope
        .query(&sql)
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
    else {
        return Ok(None);
    };
    from_row(cp, &row).await.map(Some)
}

/// Whether `scope` sees the client `id`.
pub(crate) async fn is_visible(
    cp: &ControlPlane,
    scope: &Scope,
    id: &ClientId,
) -> Result<bool, ApiError> {
    let sql = Visible::Clients.sql("SELECT c.id FROM clients c", "c.id = $5");
    let row = scope
        .query(&sql)
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?;
    Ok(row.is_some())
}

async fn from_row(cp: &ControlPlane, row: &sqlx::any::AnyRow) -> Result<Client, ApiError> {
    let id: String = row.try_get("id")?;
    let departments = linked(
        cp,
        "SELECT department_id FROM client_departments WHERE client_id = $1 ORDER BY 1",
        &id,
    )
    .await?;
    let practitioners = linked(
        cp,
        "SELECT staff_id FROM client_practitioners WHERE client_id = $1 ORDER BY 1",
        &id,
    )
    .await?;
    Ok(Client {
        id: ClientId::from_string(id),
        initials: row.try_get("initials")?,
        last_name: row.try_get("last_name")?,
        date_of_birth: row.try_get("date_of_birth")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        external_number: row.try_get("external_number")?,
        language: row.try_get("language")?,
        departments: departments
            .into_iter()
            .map(DepartmentId::from_string)
            .collect(),
        practitioners: practitioners
            .into_iter()
            .map(StaffId::from_string)
            .collect(),
    })
}

/// The first column of every row `sql` finds for the client `id`.
async fn linked(
    cp: &ControlPlane,
    sql: &'static str,
    id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(sql)
        .bind(id)
        .fetch_all(cp.db().pool())
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect()
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClientQuery {
    /// Filter by last name prefix (case-insensitive) or external number.
    pub q: Option<String>,
    #[serde(default = "crate::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

/// `GET /api/v1/clients`: the clients the caller may see, by last name.
#[utoipa::path(get, path = "/clients", tag = "clients", params(ClientQuery), responses((status = 200, body = Page<Client>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<ClientQuery>,
) -> Result<Json<Page<Client>>, ApiError> {
    let page = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .checked()?;
    let search = model::optional_text(q.q.as_deref(), "q", 100)?;
    let pattern = search.as_ref().map(|s| {
        format!(
            "{}%",
            s.to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        )
    });
    let sql = Visible::Clients.sql(
        SELECT,
        "(CAST($5 AS TEXT) IS NULL OR LOWER(c.last_name) LIKE $5 ESCAPE '\\' OR c.external_number = $6) \
         ORDER BY c.last_name, c.id LIMIT $7 OFFSET $8",
    );
    let scope = Scope::of(&me);
    let rows = scope
        .query(&sql)
        .bind(pattern)
        .bind(search)
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        items.push(from_row(&cp, row).await?);
    }
    audit::record(&cp, &me, "list", "client", "*").await?;
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/clients/{id}`.
#[utoipa::path(get, path = "/clients/{id}", tag = "clients", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = Client), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ClientId>,
) -> Result<Json<Client>, ApiError> {
    let client = load(&cp, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    audit::record(&cp, &me, "read", "client", client.id.as_str()).await?;
    Ok(Json(client))
}

/// The editable fields of a client. On create, `initials` and `last_name`
/// are required; on update, absent fields stay as they are and an empty
/// string clears an optional field.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientFields {
    pub initials: Option<String>,
    pub last_name: Option<String>,
    /// YYYY-MM-DD; an empty string removes it.
    pub date_of_birth: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub external_number: Option<String>,
    /// A shipped language such as `nl`; an empty string: the clinic's.
    pub language: Option<String>,
    pub departments: Option<Vec<DepartmentId>>,
    pub practitioners: Option<Vec<StaffId>>,
}

struct Checked {
    initials: String,
    last_name: String,
    date_of_birth: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    external_number: Option<String>,
    language: Option<String>,
    departments: Vec<DepartmentId>,
    practitioners: Vec<StaffId>,
}

/// Validates `fields` over `base` (the current record, on update).
async fn check(
    cp: &ControlPlane,
    me: &Principal,
    fields: ClientFields,
    base: Option<&Client>,
) -> Result<Checked, ApiError> {
    let today = cp.clock().now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let pick = |new: Option<String>, old: Option<&String>| new.or_else(|| old.cloned());
    let initials =
        pick(fields.initials, base.map(|b| &b.initials)).ok_or(ApiError::invalid("initials"))?;
    let last_name =
        pick(fields.last_name, base.map(|b| &b.last_name)).ok_or(ApiError::invalid("last_name"))?;
    let date_of_birth = match pick(
        fields.date_of_birth,
        base.and_then(|b| b.date_of_birth.as_ref()),
    ) {
        Some(d) if !d.trim().is_empty() => Some(model::date_of_birth(&d, today)?),
        _ => None,
    };
    let email = match pick(fields.email, base.and_then(|b| b.email.as_ref())) {
        Some(e) if !e.trim().is_empty() => Some(model::email(&e, "email")?),
        _ => None,
    };
    let phone = model::phone(pick(fields.phone, base.and_then(|b| b.phone.as_ref())).as_deref())?;
    // An empty string clears it, as with every optional field here.
    let language = pick(fields.language, base.and_then(|b| b.language.as_ref()))
        .filter(|l| !l.trim().is_empty());
    let language = crate::l10n::shipped(language.as_deref(), "language")?.map(str::to_owned);
    let departments = model::id_list(
        fields
            .departments
            .or_else(|| base.map(|b| b.departments.clone()))
            .unwrap_or_default(),
        "departments",
    )?;
    let practitioners = model::id_list(
        fields
            .practitioners
            .or_else(|| base.map(|b| b.practitioners.clone()))
            .unwrap_or_default(),
        "practitioners",
    )?;
    let mut conn = cp.db().pool().acquire().await?;
    let department_ids: Vec<&str> = departments.iter().map(DepartmentId::as_str).collect();
    if !me
        .tenant()
        .owns(&mut conn, OrgTable::Departments, &department_ids)
        .await?
    {
        return Err(ApiError::invalid("departments"));
    }
    let staff_ids: Vec<&str> = practitioners.iter().map(StaffId::as_str).collect();
    if !me
        .tenant()
        .owns(&mut conn, OrgTable::Staff, &staff_ids)
        .await?
    {
        return Err(ApiError::invalid("practitioners"));
    }
    Ok(Checked {
        initials: model::text(&initials, "initials", 20)?,
        last_name: model::text(&last_name, "last_name", 200)?,
        date_of_birth,
        email,
        phone,
        external_number: model::optional_text(
            pick(
                fields.external_number,
                base.and_then(|b| b.external_number.as_ref()),
            )
            .as_deref(),
            "external_number",
            100,
        )?,
        language,
        departments,
        practitioners,
    })
}

/// Staff who are not organisation admins must keep a client they save
/// visible to themselves: in a segregated organisation that means one of
/// their departments or themselves as practitioner.
fn keeps_visible(me: &Principal, c: &Checked) -> bool {
    Scope::of(me).would_see_client(&c.practitioners, &c.departments)
}

async fn write_links(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &ClientId,
    c: &Checked,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM client_departments WHERE client_id = $1")
        .bind(id.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM client_practitioners WHERE client_id = $1")
        .bind(id.as_str())
        .execute(&mut **tx)
        .await?;
    for d in &c.departments {
        sqlx::query("INSERT INTO client_departments (client_id, department_id) VALUES ($1, $2)")
            .bind(id.as_str())
            .bind(d.as_str())
            .execute(&mut **tx)
            .await?;
    }
    for p in &c.practitioners {
        sqlx::query("INSERT INTO client_practitioners (client_id, staff_id) VALUES ($1, $2)")
            .bind(id.as_str())
            .bind(p.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// `POST /api/v1/clients`. A practitioner who names no practitioner
/// becomes the client's practitioner.
#[utoipa::path(post, path = "/clients", tag = "clients", params(crate::idempotency::IdempotencyHeader), request_body = ClientFields, responses((status = 201, body = Client), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    key: IdempotencyKey,
    Json(fields): Json<ClientFields>,
) -> Result<Response, ApiError> {
    let claim = Claim::new(
        &key,
        format!("staff:{}", me.staff.as_str()),
        &format!("POST /clients {fields:?}"),
    );
    if let Earlier::Made(id) = idempotency::earlier(&cp, claim.as_ref()).await? {
        return created_again(&cp, &me, &id).await;
    }
    let mut checked = check(&cp, &me, fields, None).await?;
    if me.role == Role::Practitioner && checked.practitioners.is_empty() {
        checked.practitioners.push(me.staff.clone());
    }
    if !keeps_visible(&me, &checked) {
        return Err(ApiError::invalid("departments"));
    }
    let id = ClientId::generate();
    let mut tx = cp.db().pool().begin().await?;
    me.scope().in_org(
        "INSERT INTO clients (id, org_id, initials, last_name, date_of_birth, email, phone, external_number, created_at, language) \
         VALUES ($2, $1, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(id.as_str())
    .bind(&checked.initials)
    .bind(&checked.last_name)
    .bind(&checked.date_of_birth)
    .bind(&checked.email)
    .bind(&checked.phone)
    .bind(&checked.external_number)
    .bind(cp.clock().now_ms())
    .bind(&checked.language)
    .execute(&mut *tx)
    .await?;
    write_links(&mut tx, &id, &checked).await?;
    if idempotency::remember(&cp, &mut tx, claim.as_ref(), id.as_str()).await? == Remembered::Raced
    {
        drop(tx);
        return created_again(
            &cp,
            &me,
            &idempotency::made_earlier(&cp, claim.as_ref()).await?,
        )
        .await;
    }
    tx.commit().await?;
    audit::record(&cp, &me, "create", "client", id.as_str()).await?;
    let client = load(&cp, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok((StatusCode::CREATED, Json(client)).into_response())
}

/// The answer to a retried creation (same `Idempotency-Key`, same
/// request): the client the first one made.
async fn created_again(cp: &ControlPlane, me: &Principal, id: &str) -> Result<Response, ApiError> {
    let id = ClientId::from_string(id.to_owned());
    let client = load(cp, &Scope::of(me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(crate::appointments::replayed(
        (StatusCode::CREATED, Json(client)).into_response(),
    ))
}

/// `PATCH /api/v1/clients/{id}`.
#[utoipa::path(patch, path = "/clients/{id}", tag = "clients", params(("id" = String, Path, description = "the record's id")), request_body = ClientFields, responses((status = 200, body = Client), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn update(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ClientId>,
    Json(fields): Json<ClientFields>,
) -> Result<Json<Client>, ApiError> {
    let current = load(&cp, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let checked = check(&cp, &me, fields, Some(&current)).await?;
    if !keeps_visible(&me, &checked) {
        return Err(ApiError::invalid("departments"));
    }
    let mut tx = cp.db().pool().begin().await?;
    me.scope().in_org(
        "UPDATE clients SET initials = $2, last_name = $3, date_of_birth = $4, email = $5, phone = $6, external_number = $7, \
         language = $9 WHERE id = $8 AND org_id = $1",
    )
    .bind(&checked.initials)
    .bind(&checked.last_name)
    .bind(&checked.date_of_birth)
    .bind(&checked.email)
    .bind(&checked.phone)
    .bind(&checked.external_number)
    .bind(current.id.as_str())
    .bind(&checked.language)
    .execute(&mut *tx)
    .await?;
    write_links(&mut tx, &current.id, &checked).await?;
    tx.commit().await?;
    audit::record(&cp, &me, "update", "client", current.id.as_str()).await?;
    load(&cp, &Scope::of(&me), &current.id)
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}
