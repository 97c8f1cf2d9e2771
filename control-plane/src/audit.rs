//! The audit log: who read or changed which client record, and when. It
//! holds ids only, never the record's data.

use axum::extract::State;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::error::{ApiError, Json, Query};
use crate::ids::StaffId;
use crate::{ControlPlane, Page, PageQuery};

pub(crate) async fn record(
    cp: &ControlPlane,
    me: &Principal,
    action: &str,
    entity: &str,
    entity_id: &str,
) -> Result<(), ApiError> {
    me.scope().in_org("INSERT INTO audit_log (id, org_id, staff_id, action, entity, entity_id, at) VALUES ($2, $1, $3, $4, $5, $6, $7)")
        .bind(crate::secret::random_token())
        .bind(me.staff.as_str())
        .bind(action)
        .bind(entity)
        .bind(entity_id)
        .bind(cp.clock().now_ms())
        .execute(cp.db().pool())
        .await?;
    Ok(())
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AuditEntry {
    /// Absent: done by no staff member (a system job).
    pub staff: Option<StaffId>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    /// For an entry about an appointment (`appointment`, `answers`): which
    /// one, so that the log can be read without reading each appointment
    /// (which would itself be logged). Absent when it no longer exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<AuditedAppointment>,
}

/// The appointment an entry is about, as the log shows it.
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
pub struct AuditedAppointment {
    /// Milliseconds since the Unix epoch.
    pub starts_at: i64,
    /// Its client's initials and last name; absent once anonymised.
    pub client: Option<String>,
}

/// Shows no client's name.
impl std::fmt::Debug for AuditedAppointment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditedAppointment")
            .field("starts_at", &self.starts_at)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    pub entity_id: Option<String>,
    /// Only entries about this kind of thing (`answers`: reads of
    /// questionnaire answers).
    pub entity: Option<String>,
    #[serde(default = "crate::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

/// `GET /api/v1/audit?entity_id=`: organisation admins only, newest first
/// (entries of the same millisecond in no particular order).
#[utoipa::path(get, path = "/audit", tag = "audit", params(AuditQuery), responses((status = 200, body = Page<AuditEntry>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<AuditQuery>,
) -> Result<Json<Page<AuditEntry>>, ApiError> {
    me.require_org_admin()?;
    let page = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .checked()?;
    let rows = me.scope().in_org(
        "SELECT l.staff_id, l.action, l.entity, l.entity_id, l.at, a.starts_at, c.initials, c.last_name FROM audit_log l \
         LEFT JOIN appointments a ON a.id = l.entity_id AND a.org_id = l.org_id AND l.entity IN ('appointment', 'answers') \
         LEFT JOIN clients c ON c.id = a.client_id \
         WHERE l.org_id = $1 AND (CAST($2 AS TEXT) IS NULL OR l.entity_id = $2) AND (CAST($5 AS TEXT) IS NULL OR l.entity = $5) \
         ORDER BY l.at DESC, l.id LIMIT $3 OFFSET $4",
    )
    .bind(q.entity_id)
    .bind(page.fetch_limit())
    .bind(page.fetch_offset())
    .bind(q.entity)
    .fetch_all(cp.db().pool())
    .await?;
    let items = rows
        .iter()
        .map(|r| {
            Ok(AuditEntry {
                staff: r
                    .try_get::<Option<String>, _>("staff_id")?
                    .map(StaffId::from_string),
                action: r.try_get("action")?,
                entity: r.try_get("entity")?,
                entity_id: r.try_get("entity_id")?,
                at: r.try_get("at")?,
                appointment: match r.try_get::<Option<i64>, _>("starts_at")? {
                    Some(starts_at) => Some(AuditedAppointment {
                        starts_at,
                        client: match (
                            r.try_get::<Option<String>, _>("initials")?,
                            r.try_get::<Option<String>, _>("last_name")?,
                        ) {
                            (Some(i), Some(l)) => Some(format!("{i} {l}")),
                            _ => None,
                        },
                    }),
                    None => None,
                },
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Json(page.page(items)))
}
