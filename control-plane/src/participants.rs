//! External participants (family, interpreters, home care, colleagues from
//! elsewhere) and their groups: people invited to appointments alongside
//! the client. Every staff member of the organisation may see and add them.

use std::fmt;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::db::{OrgTable, is_unique_violation};
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{GroupId, ParticipantId};
use crate::model::{self, text_enum};
use crate::{ControlPlane, Page, PageQuery};

text_enum!(
    /// What an external participant is to the client.
    ParticipantKind {
        Family = "family",
        Interpreter = "interpreter",
        HomeCare = "home_care",
        Colleague = "colleague",
        Other = "other",
    }
);

/// An external participant. Personal data: `Debug` shows the id only.
#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Participant {
    pub id: ParticipantId,
    pub name: String,
    pub kind: ParticipantKind,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub group: Option<GroupId>,
}

impl fmt::Debug for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Participant")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
}

const COLUMNS: &str = "id, name, kind, email, phone, group_id";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Participant, ApiError> {
    Ok(Participant {
        id: ParticipantId::from_string(row.try_get("id")?),
        name: row.try_get("name")?,
        kind: ParticipantKind::parse(&row.try_get::<String, _>("kind")?)
            .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        group: row
            .try_get::<Option<String>, _>("group_id")?
            .map(GroupId::from_string),
    })
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroup {
    pub name: String,
}

/// `POST /api/v1/participant-groups`.
#[utoipa::path(post, path = "/participant-groups", tag = "participants", request_body = NewGroup, responses((status = 201, body = Group), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create_group(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewGroup>,
) -> Result<Response, ApiError> {
    let group = Group {
        id: GroupId::generate(),
        name: model::text(&body.name, "name", 200)?,
    };
    let inserted = me
        .scope()
        .in_org(
            "INSERT INTO participant_groups (id, org_id, name, created_at) VALUES ($2, $1, $3, $4)",
        )
        .bind(group.id.as_str())
        .bind(&group.name)
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await;
    match inserted {
        Err(e) if is_unique_violation(&e) => Err(ApiError::new(ApiErrorCode::Conflict)),
        Err(e) => Err(e.into()),
        Ok(_) => Ok((StatusCode::CREATED, Json(group)).into_response()),
    }
}

/// `GET /api/v1/participant-groups`.
#[utoipa::path(get, path = "/participant-groups", tag = "participants", params(PageQuery), responses((status = 200, body = Page<Group>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list_groups(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Group>>, ApiError> {
    let page = page.checked()?;
    let rows = me.scope().in_org("SELECT id, name FROM participant_groups WHERE org_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3")
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let groups = rows
        .iter()
        .map(|r| {
            Ok(Group {
                id: GroupId::from_string(r.try_get("id")?),
                name: r.try_get("name")?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(page.page(groups)))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewParticipant {
    pub name: String,
    pub kind: ParticipantKind,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub group: Option<GroupId>,
}

/// `POST /api/v1/participants`.
#[utoipa::path(post, path = "/participants", tag = "participants", request_body = NewParticipant, responses((status = 201, body = Participant), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewParticipant>,
) -> Result<Response, ApiError> {
    let email = match body.email.as_deref().map(str::trim) {
        Some(e) if !e.is_empty() => Some(model::email(e, "email")?),
        _ => None,
    };
    let participant = Participant {
        id: ParticipantId::generate(),
        name: model::text(&body.name, "name", 200)?,
        kind: body.kind,
        email,
        phone: model::phone(body.phone.as_deref())?,
        group: body.group,
    };
    if let Some(group) = &participant.group {
        let mut conn = cp.db().pool().acquire().await?;
        if !me
            .tenant()
            .owns(&mut conn, OrgTable::Groups, &[group.as_str()])
            .await?
        {
            return Err(ApiError::invalid("group"));
        }
    }
    me.scope().in_org(
        "INSERT INTO external_participants (id, org_id, group_id, name, kind, email, phone, created_at) \
         VALUES ($2, $1, $3, $4, $5, $6, $7, $8)",
    )
    .bind(participant.id.as_str())
    .bind(participant.group.as_ref().map(GroupId::as_str))
    .bind(&participant.name)
    .bind(participant.kind.as_str())
    .bind(&participant.email)
    .bind(&participant.phone)
    .bind(cp.clock().now_ms())
    .execute(cp.db().pool())
    .await?;
    Ok((StatusCode::CREATED, Json(participant)).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ParticipantQuery {
    /// Only this group's members.
    pub group: Option<String>,
    #[serde(default = "crate::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

/// `GET /api/v1/participants`.
#[utoipa::path(get, path = "/participants", tag = "participants", params(ParticipantQuery), responses((status = 200, body = Page<Participant>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<ParticipantQuery>,
) -> Result<Json<Page<Participant>>, ApiError> {
    let page = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .checked()?;
    let rows = me.scope().in_org(&format!(
        "SELECT {COLUMNS} FROM external_participants WHERE org_id = $1 AND (CAST($2 AS TEXT) IS NULL OR group_id = $2) \
         ORDER BY name, id LIMIT $3 OFFSET $4"
    ))
    .bind(q.group)
    .bind(page.fetch_limit())
    .bind(page.fetch_offset())
    .fetch_all(cp.db().pool())
    .await?;
    let items = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/participants/{id}`.
#[utoipa::path(get, path = "/participants/{id}", tag = "participants", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = Participant), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<ParticipantId>,
) -> Result<Json<Participant>, ApiError> {
    let row = me
        .scope()
        .in_org(&format!(
            "SELECT {COLUMNS} FROM external_participants WHERE id = $2 AND org_id = $1"
        ))
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    from_row(&row).map(Json)
}
