//! Staff authentication: password links, login (argon2id, optional TOTP),
//! session cookies (HttpOnly, SameSite=Strict) with a CSRF token for every
//! state-changing request, and the [`Principal`] handlers act as.

use axum::extract::{FromRequestParts, State};
use axum::http::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::ControlPlane;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{DepartmentId, OrgId, StaffId};
use crate::limits::ClientAddr;
use crate::model::{self, OrgSettings, Role};
use crate::scope::Tenant;
use crate::secret::{self, constant_time_eq, token_hash};

pub const SESSION_COOKIE: &str = "anteroom_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
/// How long a password link stays valid.
pub const PASSWORD_LINK_HOURS: i64 = 72;

/// The staff member a request acts for.
#[derive(Debug, Clone)]
pub struct Principal {
    pub staff: StaffId,
    /// Reached only through [`Principal::tenant`] and [`Principal::scope`],
    /// so that every query in the caller's organisation runs through them.
    org: OrgId,
    pub role: Role,
    pub departments: Vec<DepartmentId>,
    pub settings: OrgSettings,
    /// The API key the request came with (its id), if not a session.
    pub api_key: Option<String>,
}

impl Principal {
    pub(crate) fn new(
        staff: StaffId,
        org: OrgId,
        role: Role,
        departments: Vec<DepartmentId>,
        settings: OrgSettings,
        api_key: Option<String>,
    ) -> Principal {
        Principal {
            staff,
            org,
            role,
            departments,
            settings,
            api_key,
        }
    }

    /// The caller's organisation, for queries over rows it owns.
    pub(crate) fn tenant(&self) -> crate::scope::Tenant {
        crate::scope::Tenant::of(self.org.clone())
    }

    /// The caller's organisation and sight, for queries over clients and
    /// appointments (and, through [`Scope::in_org`], everything else).
    pub(crate) fn scope(&self) -> crate::scope::Scope {
        crate::scope::Scope::new(self.tenant(), self)
    }

    pub fn require_org_admin(&self) -> Result<(), ApiError> {
        if self.role == Role::OrgAdmin {
            Ok(())
        } else {
            Err(ApiError::forbidden())
        }
    }
}

impl FromRequestParts<ControlPlane> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        cp: &ControlPlane,
    ) -> Result<Self, Self::Rejection> {
        let unauthenticated = || ApiError::new(ApiErrorCode::Unauthenticated);
        if let Some(authorization) = parts.headers.get(AUTHORIZATION) {
            let key = authorization
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or_else(unauthenticated)?;
            return crate::api_keys::principal(cp, key.trim()).await;
        }
        let token = session_cookie(&parts.headers).ok_or_else(unauthenticated)?;
        let row = sqlx::query(
            "SELECT s.csrf_hash, s.expires_at, st.id, st.org_id, st.role, st.totp_enabled, o.settings \
             FROM sessions s JOIN staff st ON st.id = s.staff_id JOIN organisations o ON o.id = st.org_id \
             WHERE s.token_hash = $1",
        )
        .bind(token_hash(&token))
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(unauthenticated)?;
        let expires_at: i64 = row.try_get("expires_at")?;
        if expires_at <= cp.clock().now_ms() {
            return Err(unauthenticated());
        }
        if !parts.method.is_safe() {
            let csrf = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            let expected: String = row.try_get("csrf_hash")?;
            if !constant_time_eq(&token_hash(csrf), &expected) {
                return Err(ApiError::new(ApiErrorCode::CsrfMismatch));
            }
        }
        let staff = StaffId::from_string(row.try_get("id")?);
        let role = Role::parse(&row.try_get::<String, _>("role")?)
            .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
        let settings: OrgSettings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        let totp_enabled = row.try_get::<i64, _>("totp_enabled")? != 0;
        if settings.require_two_factor
            && !totp_enabled
            && !parts.uri.path().ends_with("/me")
            && !parts.uri.path().contains("/me/totp")
        {
            return Err(ApiError::new(ApiErrorCode::TotpRequired));
        }
        let departments = staff_departments(cp, &staff).await?;
        Ok(Principal {
            staff,
            org: OrgId::from_string(row.try_get("org_id")?),
            role,
            departments,
            settings,
            api_key: None,
        })
    }
}

pub(crate) async fn staff_departments(
    cp: &ControlPlane,
    staff: &StaffId,
) -> Result<Vec<DepartmentId>, ApiError> {
    let rows = sqlx::query(
        "SELECT department_id FROM staff_departments WHERE staff_id = $1 ORDER BY department_id",
    )
    .bind(staff.as_str())
    .fetch_all(cp.db().pool())
    .await?;
    rows.iter()
        .map(|r| Ok(DepartmentId::from_string(r.try_get("department_id")?)))
        .collect()
}

/// Whether the staff session of `headers` (its cookie) is still signed
/// in; requests without a session cookie (an API key) are judged by their
/// key once, when they start.
pub(crate) async fn session_alive(cp: &ControlPlane, headers: &HeaderMap) -> bool {
    let Some(token) = session_cookie(headers) else {
        return true;
    };
    matches!(
        sqlx::query_scalar::<_, i64>("SELECT expires_at FROM sessions WHERE token_hash = $1")
            .bind(token_hash(&token))
            .fetch_optional(cp.db().pool())
            .await,
        Ok(Some(expires_at)) if expires_at > cp.clock().now_ms()
    )
}

fn session_cookie(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SESSION_COOKIE)
}

/// The value of cookie `wanted` in the request's `Cookie` headers.
pub(crate) fn cookie(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.to_owned())
}

/// What the API shows of a staff member.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StaffView {
    pub id: StaffId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub departments: Vec<DepartmentId>,
    pub totp_enabled: bool,
    /// False until the person has set a password.
    pub active: bool,
    /// Open to walk-in patients now.
    pub walk_in: bool,
}

/// The columns [`staff_from_row`] reads, for `SELECT ... FROM staff`.
pub(crate) const STAFF_COLUMNS: &str = "id, email, name, role, totp_enabled, walk_in, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS active";

pub(crate) async fn staff_view(
    cp: &ControlPlane,
    tenant: &Tenant,
    id: &StaffId,
) -> Result<Option<StaffView>, ApiError> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE org_id = $1 AND id = $2");
    let row = tenant
        .query(&sql)
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?;
    match row {
        Some(row) => staff_from_row(cp, &row).await.map(Some),
        None => Ok(None),
    }
}

/// A staff member from a row of [`STAFF_COLUMNS`], with their departments.
pub(crate) async fn staff_from_row(
    cp: &ControlPlane,
    row: &sqlx::any::AnyRow,
) -> Result<StaffView, ApiError> {
    let id = StaffId::from_string(row.try_get("id")?);
    Ok(StaffView {
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&row.try_get::<String, _>("role")?)
            .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?,
        departments: staff_departments(cp, &id).await?,
        totp_enabled: row.try_get::<i64, _>("totp_enabled")? != 0,
        active: row.try_get::<i64, _>("active")? != 0,
        walk_in: row.try_get::<i64, _>("walk_in")? != 0,
        id,
    })
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPasswordBody {
    pub token: String,
    pub password: String,
}

/// `POST /api/v1/auth/password`: sets a password with a one-time link
/// token. Every session of the person ends.
#[utoipa::path(post, path = "/auth/password", tag = "auth", request_body = SetPasswordBody, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn set_password(
    State(cp): State<ControlPlane>,
    Json(body): Json<SetPasswordBody>,
) -> Result<Response, ApiError> {
    let password = model::password(&body.password)?.to_owned();
    let hash = tokio::task::spawn_blocking(move || secret::hash_password(&password))
        .await
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let now = cp.clock().now_ms();
    let mut tx = cp.db().pool().begin().await?;
    // Claim the token first: of two concurrent uses, one updates nothing.
    let claimed = sqlx::query(
        "UPDATE password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING staff_id",
    )
    .bind(now)
    .bind(token_hash(&body.token))
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| ApiError::new(ApiErrorCode::InvalidToken))?;
    let staff: String = claimed.try_get("staff_id")?;
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
        .bind(&hash)
        .bind(&staff)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(&staff)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginBody {
    pub email: String,
    pub password: String,
    #[serde(default)]
    pub totp: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LoginResponse {
    /// Send as `X-CSRF-Token` with every POST, PUT, PATCH and DELETE.
    pub csrf_token: String,
    pub staff: StaffView,
}

/// `POST /api/v1/auth/login`.
#[utoipa::path(post, path = "/auth/login", tag = "auth", request_body = LoginBody, responses((status = 200, body = LoginResponse), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn login(
    State(cp): State<ControlPlane>,
    client: ClientAddr,
    Json(body): Json<LoginBody>,
) -> Result<Response, ApiError> {
    let email = body.email.trim().to_lowercase();
    let now = cp.clock().now_ms();
    let throttle = &cp.inner.login_throttle;
    // Reserved before the check: concurrent guesses cannot all pass it.
    let attempt = throttle
        .begin(&email, &client.0, now)
        .map_err(|_| ApiError::new(ApiErrorCode::RateLimited))?;
    let row = sqlx::query(
        "SELECT id, org_id, password_hash, totp_enabled, totp_secret FROM staff WHERE email = $1",
    )
    .bind(&email)
    .fetch_optional(cp.db().pool())
    .await?;
    let stored: Option<String> = row
        .as_ref()
        .map(|r| r.try_get("password_hash"))
        .transpose()?
        .flatten();
    let password = body.password.clone();
    // Without an account (or a password), still spend the hashing time, so
    // that timing does not tell which addresses exist.
    let verified = tokio::task::spawn_blocking(move || match stored {
        Some(hash) => secret::verify_password(&password, &hash),
        None => {
            let _ = secret::hash_password(&password);
            false
        }
    })
    .await
    .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let (Some(row), true) = (row, verified) else {
        throttle.failed(attempt, now);
        return Err(ApiError::new(ApiErrorCode::InvalidCredentials));
    };
    let staff = StaffId::from_string(row.try_get("id")?);
    if row.try_get::<i64, _>("totp_enabled")? != 0 {
        let secret: Option<String> = row.try_get("totp_secret")?;
        let Some(code) = body.totp.as_deref() else {
            // The password was right: neither a failure nor a success yet.
            drop(attempt);
            return Err(ApiError::new(ApiErrorCode::TotpRequired));
        };
        let step = secret.and_then(|s| totp_step(&s, &email, code, cp.clock().now().as_second()));
        let fresh = match step {
            Some(step) => use_totp_step(&cp, &staff, step).await?,
            None => false,
        };
        if !fresh {
            throttle.failed(attempt, now);
            return Err(ApiError::new(ApiErrorCode::InvalidCredentials));
        }
    }
    throttle.succeeded(attempt, now);
    let org = OrgId::from_string(row.try_get("org_id")?);
    let session = secret::random_token();
    let csrf = secret::random_token();
    let expires_at = now + i64::from(cp.config().session_hours) * 3_600_000;
    sqlx::query("INSERT INTO sessions (token_hash, staff_id, csrf_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash(&session))
        .bind(staff.as_str())
        .bind(token_hash(&csrf))
        .bind(now)
        .bind(expires_at)
        .execute(cp.db().pool())
        .await?;
    let view = staff_view(&cp, &Tenant::of(org.clone()), &staff)
        .await?
        .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    let cookie = format!(
        "{SESSION_COOKIE}={session}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}",
        i64::from(cp.config().session_hours) * 3600,
        if cp.config().secure_cookies {
            "; Secure"
        } else {
            ""
        }
    );
    let mut response = Json(LoginResponse {
        csrf_token: csrf,
        staff: view,
    })
    .into_response();
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
    );
    Ok(response)
}

/// `POST /api/v1/auth/logout`: ends this session.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn logout(
    State(cp): State<ControlPlane>,
    _me: Principal,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = session_cookie(&headers) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash(&token))
            .execute(cp.db().pool())
            .await?;
    }
    let mut response = axum::http::StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_static("anteroom_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(response)
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MeResponse {
    pub staff: StaffView,
    pub organisation: OrgId,
    /// The organisation requires two-factor authentication and this person
    /// has not enrolled yet: every other endpoint answers `totp_required`.
    pub must_enrol_totp: bool,
}

/// `GET /api/v1/me`.
#[utoipa::path(get, path = "/me", tag = "auth", responses((status = 200, body = MeResponse), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn me(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<MeResponse>, ApiError> {
    let staff = staff_view(&cp, &me.tenant(), &me.staff)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let must_enrol_totp = me.settings.require_two_factor && !staff.totp_enabled;
    Ok(Json(MeResponse {
        staff,
        organisation: me.org.clone(),
        must_enrol_totp,
    }))
}

fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some("anteroom".into()),
        account.to_owned(),
    )
    .ok()
}

/// The time step (unix seconds / 30) at which `code` is valid for the
/// secret, allowing one step of clock skew either way; `None` if it is not.
pub fn totp_step(secret_base32: &str, account: &str, code: &str, unix_seconds: i64) -> Option<i64> {
    let totp = totp(secret_base32, account)?;
    let code = code.trim();
    let now_step = unix_seconds.div_euclid(30);
    [now_step - 1, now_step, now_step + 1]
        .into_iter()
        .find(|step| {
            u64::try_from(step * 30).is_ok_and(|time| constant_time_eq(&totp.generate(time), code))
        })
}

/// Records `step` as the staff member's last used TOTP step, if it is
/// later than the last one: `false` for a code already used (or an older
/// one). One statement, so two concurrent logins with one code cannot both
/// succeed.
async fn use_totp_step(cp: &ControlPlane, staff: &StaffId, step: i64) -> Result<bool, ApiError> {
    let updated = sqlx::query("UPDATE staff SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
        .bind(step)
        .bind(staff.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(updated.rows_affected() == 1)
}

/// The code for a secret at a time; for tests and tools.
pub fn totp_code(secret_base32: &str, unix_seconds: i64) -> Option<String> {
    let time = u64::try_from(unix_seconds).ok()?;
    Some(totp(secret_base32, "x@example.org")?.generate(time))
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TotpEnrolment {
    /// Base32 secret, for manual entry.
    pub secret: String,
    /// `otpauth://` URI, to show as a QR code.
    pub otpauth_uri: String,
    /// The same URI as a QR code, an SVG image, for pages without a QR
    /// library.
    pub qr_svg: String,
}

/// `POST /api/v1/me/totp`: starts enrolment with a new secret. Two-factor is
/// on once a code is confirmed.
#[utoipa::path(post, path = "/me/totp", tag = "auth", responses((status = 200, body = TotpEnrolment), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn totp_enrol(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<TotpEnrolment>, ApiError> {
    let staff = staff_view(&cp, &me.tenant(), &me.staff)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if staff.totp_enabled {
        return Err(ApiError::new(ApiErrorCode::Conflict));
    }
    let secret = Secret::generate_secret().to_encoded().to_string();
    let otp = totp(&secret, &staff.email).ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    sqlx::query("UPDATE staff SET totp_secret = $1 WHERE id = $2 AND totp_enabled = 0")
        .bind(&secret)
        .bind(me.staff.as_str())
        .execute(cp.db().pool())
        .await?;
    let otpauth_uri = otp.get_url();
    let qr_svg = qrcode::QrCode::new(otpauth_uri.as_bytes())
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok(Json(TotpEnrolment {
        otpauth_uri,
        secret,
        qr_svg,
    }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TotpConfirmBody {
    pub code: String,
}

/// `POST /api/v1/me/totp/confirm`.
#[utoipa::path(post, path = "/me/totp/confirm", tag = "auth", request_body = TotpConfirmBody, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn totp_confirm(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<TotpConfirmBody>,
) -> Result<Response, ApiError> {
    let row = sqlx::query("SELECT email, totp_secret FROM staff WHERE id = $1")
        .bind(me.staff.as_str())
        .fetch_one(cp.db().pool())
        .await?;
    let secret: Option<String> = row.try_get("totp_secret")?;
    let email: String = row.try_get("email")?;
    let Some(secret) = secret else {
        return Err(ApiError::invalid("code"));
    };
    let Some(step) = totp_step(&secret, &email, &body.code, cp.clock().now().as_second()) else {
        return Err(ApiError::invalid("code"));
    };
    // The confirming code is used up too: it cannot log in afterwards.
    sqlx::query("UPDATE staff SET totp_enabled = 1, totp_last_step = $1 WHERE id = $2")
        .bind(step)
        .bind(me.staff.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}
