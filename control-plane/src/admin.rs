//! What `anteroom admin` does: create the first organisation and its first
//! admin. Nothing is ever created silently at start-up.

use sqlx::Row;

use crate::ControlPlane;
use crate::error::ApiError;
use crate::ids::{OrgId, StaffId};
use crate::model::{self, OrgSettings, Role};
use crate::secret::{random_token, token_hash};

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("invalid {0}")]
    Invalid(&'static str),
    #[error("a staff member with that email already exists")]
    EmailTaken,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

impl From<ApiError> for AdminError {
    fn from(e: ApiError) -> AdminError {
        AdminError::Invalid(e.field.unwrap_or("input"))
    }
}

/// The new organisation and the link its admin uses to set a password.
#[derive(Debug)]
pub struct CreatedOrganisation {
    pub org: OrgId,
    pub admin: StaffId,
    pub password_link: String,
}

pub async fn create_organisation(
    cp: &ControlPlane,
    name: &str,
    admin_email: &str,
    admin_name: Option<&str>,
) -> Result<CreatedOrganisation, AdminError> {
    let name = model::text(name, "name", 200)?;
    let email = model::email(admin_email, "admin_email")?;
    let admin_name = match admin_name {
        Some(n) => model::text(n, "admin_name", 200)?,
        None => email.split('@').next().unwrap_or("admin").to_owned(),
    };
    let org = OrgId::generate();
    let admin = StaffId::generate();
    let now = cp.clock().now_ms();
    let settings = serde_json::to_string(&OrgSettings::default())
        .map_err(|_| AdminError::Invalid("settings"))?;
    let mut tx = cp.db().pool().begin().await?;
    sqlx::query(
        "INSERT INTO organisations (id, name, settings, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(org.as_str())
    .bind(&name)
    .bind(&settings)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let inserted = sqlx::query("INSERT INTO staff (id, org_id, email, name, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(admin.as_str())
        .bind(org.as_str())
        .bind(&email)
        .bind(&admin_name)
        .bind(Role::OrgAdmin.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await;
    if let Err(e) = inserted {
        return Err(if crate::db::is_unique_violation(&e) {
            AdminError::EmailTaken
        } else {
            e.into()
        });
    }
    let token = insert_password_token(&mut tx, &admin, now).await?;
    tx.commit().await?;
    Ok(CreatedOrganisation {
        org,
        admin,
        password_link: password_link(cp, &token),
    })
}

/// Stores a new one-time password token for `staff` and returns it.
pub(crate) async fn insert_password_token(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    staff: &StaffId,
    now: i64,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    sqlx::query(
        "INSERT INTO password_tokens (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash(&token))
    .bind(staff.as_str())
    .bind(now + crate::auth::PASSWORD_LINK_HOURS * 3_600_000)
    .execute(&mut **tx)
    .await?;
    Ok(token)
}

pub(crate) fn password_link(cp: &ControlPlane, token: &str) -> String {
    format!(
        "{}/staff/set-password#token={token}",
        cp.config().public_url.trim_end_matches('/')
    )
}

/// Number of organisations (for start-up messages).
pub async fn organisation_count(cp: &ControlPlane) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM organisations")
        .fetch_one(cp.db().pool())
        .await?
        .try_get("n")
}
