//! The patient portal, `/portal/{org}`: a client opens it with a 6-digit
//! PIN sent to the address on their record, and sees their upcoming and
//! past appointments (and enters an upcoming one from there).
//!
//! - `POST /portal/{org}/pin` answers alike whether or not a client of the
//!   organisation has the address (a challenge, and when it expires), so
//!   the portal does not tell who is a patient where. Only when one has it
//!   does a mail go out. Requests are limited per address and per client
//!   IP.
//! - `POST /portal/{org}/session` takes the challenge and the PIN: single
//!   use, five tries, 30 minutes. The PIN is stored hashed with the
//!   challenge, which only the asking browser holds, so neither a copy of
//!   the database nor the mail alone opens the portal.
//! - The session is a cookie for this organisation only (HttpOnly,
//!   SameSite=Strict, path `/api/v1/portal/`), for [`SESSION_MINUTES`].
//!   Its state-changing requests from a browser must come from the
//!   portal's own origin (`Sec-Fetch-Site: same-origin`): not from another
//!   site, nor from a sibling subdomain, which SameSite alone would let
//!   through.

use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use rand::Rng;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::appointments::Status;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{AppointmentId, OrgId};
use crate::limits::ClientAddr;
use crate::links::{LinkState, Window};
use crate::model::{self, ClinicContact, OrgSettings};
use crate::secret::{constant_time_eq, looks_like_token, random_token, token_hash};
use crate::{ControlPlane, l10n};

pub const PORTAL_COOKIE: &str = "anteroom_portal";
/// How long a PIN is valid.
pub const PIN_MINUTES: i64 = 30;
/// Wrong PINs a challenge takes before it is spent.
pub const PIN_TRIES: i64 = 5;
/// How long a portal session lasts.
pub const SESSION_MINUTES: i64 = 60;
/// PIN mails one address may be sent per [`PIN_WINDOW_MS`].
pub(crate) const PINS_PER_ADDRESS: u32 = 3;
/// PIN mails one address may be sent in a day (counted in the database,
/// so a restart forgets nothing): with five tries each, at most 50 guesses
/// of a million a day.
pub(crate) const PINS_PER_ADDRESS_PER_DAY: i64 = 10;
/// PIN requests (and PIN tries) one client IP may make per window.
pub(crate) const PIN_REQUESTS_PER_IP: u32 = 10;
pub(crate) const PIN_WINDOW_MS: i64 = 15 * 60 * 1000;

/// What the portal asks for a PIN with.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PinRequest {
    pub email: String,
    /// The language the page is in, for the mail when the client's record
    /// names none.
    #[serde(default)]
    pub language: Option<String>,
}

/// The answer to a PIN request: the same whether or not the address is
/// known.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PinChallenge {
    /// Send back with the PIN. Keep it in the page: the PIN works only with
    /// it.
    pub challenge: String,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: Timestamp,
}

/// The PIN from the mail, with its challenge.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PinAnswer {
    pub challenge: String,
    pub pin: String,
}

/// One appointment as its patient sees it in the portal.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalAppointment {
    pub id: AppointmentId,
    /// Whose it is (initials and last name): an address may be on more
    /// than one record (a parent's on their children's).
    pub client: String,
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: Timestamp,
    /// When its waiting area opens.
    #[schema(value_type = String, format = DateTime)]
    pub opens_at: Timestamp,
    pub state: LinkState,
    pub practitioner: Option<String>,
    pub department: Option<String>,
    pub walk_in: bool,
    /// Whether `POST .../appointments/{id}/link` gives a way in (it has not
    /// ended, closed or been cancelled).
    pub may_enter: bool,
    /// The questionnaire the clinic asks to fill in before, and how far
    /// the patient got (filled in on the arrival page that way in leads to).
    pub questionnaire: Option<crate::appointments::AskedQuestionnaire>,
}

/// What a signed-in patient sees.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalView {
    pub organisation: String,
    /// The clinic's time zone, to show the times in.
    pub timezone: String,
    /// The client's language (from their record), else the clinic's.
    pub language: String,
    pub contact: ClinicContact,
    /// The records this address is on (initials and last name).
    pub clients: Vec<String>,
    /// Soonest first.
    pub upcoming: Vec<PortalAppointment>,
    /// Latest first; at most 50.
    pub past: Vec<PortalAppointment>,
    /// Conversations with the clinic (one per practitioner), latest first.
    pub channels: Vec<crate::channels::PortalChannel>,
    #[schema(value_type = String, format = DateTime)]
    pub session_expires_at: Timestamp,
}

/// A way into an upcoming appointment.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalLink {
    /// A new personal link (the arrival page), as in the invitation.
    pub link: String,
}

/// The portal's address for `org`, for mails and the follow-up page.
pub(crate) fn url(cp: &ControlPlane, org: &OrgId) -> String {
    format!(
        "{}/portal/{}",
        cp.config().public_url.trim_end_matches('/'),
        org.as_str()
    )
}

async fn organisation(cp: &ControlPlane, org: &OrgId) -> Result<(String, OrgSettings), ApiError> {
    let row = sqlx::query("SELECT name, settings FROM organisations WHERE id = $1")
        .bind(org.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let settings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok((row.try_get("name")?, settings))
}

/// The stored form of a PIN: hashed with its challenge.
fn pin_hash(challenge: &str, pin: &str) -> String {
    token_hash(&format!("{challenge}:{pin}"))
}

/// `POST /api/v1/portal/{org}/pin` (no login): sends a PIN to the address
/// if a client of the organisation has it; the answer is the same either
/// way. `invalid_state` when the clinic sends no email at all.
#[utoipa::path(post, path = "/portal/{org}/pin", tag = "portal", params(("org" = String, Path, description = "the organisation's id")), request_body = PinRequest, responses((status = 202, body = PinChallenge), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn request_pin(
    State(cp): State<ControlPlane>,
    Path(org): Path<OrgId>,
    client: ClientAddr,
    Json(body): Json<PinRequest>,
) -> Result<(StatusCode, Json<PinChallenge>), ApiError> {
    let (clinic, settings) = organisation(&cp, &org).await?;
    // A clinic that sends no email has no way to send a PIN: said at once
    // (for the clinic as a whole, so nothing about any address).
    if cp.config().mail.is_none() || settings.no_emails {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let email = model::email(&body.email, "email")?;
    let language = l10n::shipped(body.language.as_deref(), "language")?;
    let now = cp.clock().now_ms();
    let limits = &cp.inner.portal_limits;
    if !limits.per_ip.take(&client.0, now) {
        return Err(ApiError::new(ApiErrorCode::RateLimited));
    }
    // Counted alike for known and unknown addresses: the limit tells
    // nothing about who is a patient.
    if !limits
        .per_address
        .take(&format!("{}:{email}", org.as_str()), now)
    {
        return Err(ApiError::new(ApiErrorCode::RateLimited));
    }
    let address_hash = token_hash(&format!("{}:{email}", org.as_str()));
    let today: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM portal_pins WHERE org_id = $1 AND address_hash = $2 AND created_at > $3",
    )
    .bind(org.as_str())
    .bind(&address_hash)
    .bind(now - 86_400_000)
    .fetch_one(cp.db().pool())
    .await?;
    if today >= PINS_PER_ADDRESS_PER_DAY {
        return Err(ApiError::new(ApiErrorCode::RateLimited));
    }
    let known = sqlx::query(
        "SELECT language FROM clients WHERE org_id = $1 AND email = $2 \
         ORDER BY CASE WHEN language IS NULL THEN 1 ELSE 0 END, created_at, id LIMIT 1",
    )
    .bind(org.as_str())
    .bind(&email)
    .fetch_optional(cp.db().pool())
    .await?;
    let challenge = random_token();
    let pin = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let expires_at = now + PIN_MINUTES * 60_000;
    let mut tx = cp.db().pool().begin().await?;
    sqlx::query(
        "INSERT INTO portal_pins (challenge_hash, org_id, email, pin_hash, attempts, used, created_at, expires_at, address_hash) \
         VALUES ($1, $2, $3, $4, 0, 0, $5, $6, $7)",
    )
    .bind(token_hash(&challenge))
    .bind(org.as_str())
    .bind(known.as_ref().map(|_| email.clone()))
    .bind(pin_hash(&challenge, &pin))
    .bind(now)
    .bind(expires_at)
    .bind(&address_hash)
    .execute(&mut *tx)
    .await?;
    if let Some(row) = known {
        let client_language: Option<String> = row.try_get("language")?;
        let language = l10n::catalogues()
            .pick(&[
                client_language.as_deref(),
                language,
                Some(&settings.language),
            ])
            .to_owned();
        crate::email::portal_pin(
            &cp, &mut tx, &org, &clinic, &settings, &email, &language, &pin,
        )
        .await?;
    }
    tx.commit().await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(PinChallenge {
            challenge,
            expires_at: Timestamp::from_millisecond(expires_at)
                .map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
        }),
    ))
}

/// `POST /api/v1/portal/{org}/session` (no login): the PIN from the mail
/// opens a portal session (a cookie) and answers with what it shows.
/// `invalid_pin` for a wrong, used or expired PIN, or an unknown
/// challenge, alike.
#[utoipa::path(post, path = "/portal/{org}/session", tag = "portal", params(("org" = String, Path, description = "the organisation's id")), request_body = PinAnswer, responses((status = 200, body = PortalView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn open_session(
    State(cp): State<ControlPlane>,
    Path(org): Path<OrgId>,
    client: ClientAddr,
    Json(body): Json<PinAnswer>,
) -> Result<Response, ApiError> {
    organisation(&cp, &org).await?;
    let now = cp.clock().now_ms();
    if !cp.inner.portal_limits.tries_per_ip.take(&client.0, now) {
        return Err(ApiError::new(ApiErrorCode::RateLimited));
    }
    let invalid = || ApiError::new(ApiErrorCode::InvalidPin);
    let pin = body.pin.trim();
    if !looks_like_token(&body.challenge)
        || pin.len() != 6
        || !pin.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(invalid());
    }
    let challenge_hash = token_hash(&body.challenge);
    // Spend a try first, so that concurrent guesses cannot pass the limit.
    let spent = sqlx::query(
        "UPDATE portal_pins SET attempts = attempts + 1 \
         WHERE challenge_hash = $1 AND org_id = $2 AND used = 0 AND attempts < $3 AND expires_at > $4",
    )
    .bind(&challenge_hash)
    .bind(org.as_str())
    .bind(PIN_TRIES)
    .bind(now)
    .execute(cp.db().pool())
    .await?;
    if spent.rows_affected() != 1 {
        return Err(invalid());
    }
    let row = sqlx::query("SELECT email, pin_hash FROM portal_pins WHERE challenge_hash = $1")
        .bind(&challenge_hash)
        .fetch_one(cp.db().pool())
        .await?;
    let email: Option<String> = row.try_get("email")?;
    let stored: String = row.try_get("pin_hash")?;
    let right = constant_time_eq(&pin_hash(&body.challenge, pin), &stored);
    let Some(email) = email.filter(|_| right) else {
        return Err(invalid());
    };
    // Single use: only the first of two concurrent right answers wins.
    let used =
        sqlx::query("UPDATE portal_pins SET used = 1 WHERE challenge_hash = $1 AND used = 0")
            .bind(&challenge_hash)
            .execute(cp.db().pool())
            .await?;
    if used.rows_affected() != 1 {
        return Err(invalid());
    }
    let token = random_token();
    let expires_at = now + SESSION_MINUTES * 60_000;
    sqlx::query(
        "INSERT INTO portal_sessions (token_hash, org_id, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash(&token))
    .bind(org.as_str())
    .bind(&email)
    .bind(now)
    .bind(expires_at)
    .execute(cp.db().pool())
    .await?;
    let session = PortalSession {
        org,
        email,
        expires_at,
    };
    let view = view(&cp, &session).await?;
    let cookie = format!(
        "{PORTAL_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/api/v1/portal/; Max-Age={}{}",
        SESSION_MINUTES * 60,
        if cp.config().secure_cookies {
            "; Secure"
        } else {
            ""
        }
    );
    let mut response = Json(view).into_response();
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|_| ApiError::new(ApiErrorCode::Internal))?,
    );
    Ok(response)
}

/// A signed-in patient: the organisation and address of their session.
/// Taken from the cookie; a session of another organisation than the
/// path's is no session.
#[derive(Debug, Clone)]
pub struct PortalSession {
    org: OrgId,
    email: String,
    expires_at: i64,
}

impl PortalSession {
    async fn of(cp: &ControlPlane, headers: &HeaderMap, org: &OrgId) -> Result<Self, ApiError> {
        let unauthenticated = || ApiError::new(ApiErrorCode::Unauthenticated);
        let token = crate::auth::cookie(headers, PORTAL_COOKIE)
            .filter(|t| looks_like_token(t))
            .ok_or_else(unauthenticated)?;
        let row = sqlx::query(
            "SELECT email, expires_at FROM portal_sessions WHERE token_hash = $1 AND org_id = $2 AND expires_at > $3",
        )
        .bind(token_hash(&token))
        .bind(org.as_str())
        .bind(cp.clock().now_ms())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(unauthenticated)?;
        Ok(PortalSession {
            org: org.clone(),
            email: row.try_get("email")?,
            expires_at: row.try_get("expires_at")?,
        })
    }
}

/// Whether a request comes from this server's own pages: browsers say so
/// in `Sec-Fetch-Site` (`same-origin`, or `none` for one the person typed);
/// a request without the header is no browser's (and carries no cookie of
/// ours unless its sender has it).
fn from_own_origin(headers: &HeaderMap) -> bool {
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        None => true,
        Some(site) => matches!(site, "same-origin" | "none"),
    }
}

/// The organisation of a `/portal/{org}/...` path and its session.
#[derive(Debug)]
pub struct Portal(pub PortalSession);

impl axum::extract::FromRequestParts<ControlPlane> for Portal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, cp: &ControlPlane) -> Result<Self, ApiError> {
        if !parts.method.is_safe() && !from_own_origin(&parts.headers) {
            return Err(ApiError::forbidden());
        }
        let org = parts
            .uri
            .path()
            .split('/')
            .skip_while(|s| *s != "portal")
            .nth(1)
            .map(|s| OrgId::from_string(s.to_owned()))
            .ok_or_else(ApiError::not_found)?;
        Ok(Portal(PortalSession::of(cp, &parts.headers, &org).await?))
    }
}

/// `GET /api/v1/portal/{org}/me`: the patient's appointments.
#[utoipa::path(get, path = "/portal/{org}/me", tag = "portal", params(("org" = String, Path, description = "the organisation's id")), responses((status = 200, body = PortalView), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(("portal" = [])))]
pub async fn me(
    State(cp): State<ControlPlane>,
    Path(_org): Path<OrgId>,
    Portal(session): Portal,
) -> Result<Json<PortalView>, ApiError> {
    Ok(Json(view(&cp, &session).await?))
}

/// `POST /api/v1/portal/{org}/appointments/{id}/link`: a new personal link
/// into one of the patient's appointments that has not ended, closed or
/// been cancelled (the arrival page then says whether it is open yet).
#[utoipa::path(post, path = "/portal/{org}/appointments/{id}/link", tag = "portal", params(("org" = String, Path, description = "the organisation's id"), ("id" = String, Path, description = "the appointment's id")), responses((status = 200, body = PortalLink), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(("portal" = [])))]
pub async fn enter(
    State(cp): State<ControlPlane>,
    Path((_org, id)): Path<(OrgId, AppointmentId)>,
    Portal(session): Portal,
) -> Result<Json<PortalLink>, ApiError> {
    let view = view(&cp, &session).await?;
    let appointment = view
        .upcoming
        .iter()
        .find(|a| a.id == id)
        .filter(|a| a.may_enter)
        .ok_or_else(ApiError::not_found)?;
    let mut tx = cp.db().pool().begin().await?;
    let link = crate::links::issue(&cp, &mut tx, &appointment.id, None).await?;
    tx.commit().await?;
    Ok(Json(PortalLink { link }))
}

/// A conversation with the clinic as the patient sees it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalConversation {
    pub channel: crate::channels::PortalChannel,
    /// Oldest first; the latest 200.
    pub messages: Vec<crate::channels::ChannelMessage>,
}

/// `GET /api/v1/portal/{org}/channels/{id}`: one of the patient's
/// conversations with the clinic (marked read).
#[utoipa::path(get, path = "/portal/{org}/channels/{id}", tag = "portal", params(("org" = String, Path, description = "the organisation's id"), ("id" = String, Path, description = "the channel's id")), responses((status = 200, body = PortalConversation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(("portal" = [])))]
pub async fn channel(
    State(cp): State<ControlPlane>,
    Path((_org, id)): Path<(OrgId, crate::ids::ChannelId)>,
    Portal(session): Portal,
) -> Result<Json<PortalConversation>, ApiError> {
    let (channel, messages) =
        crate::channels::portal_conversation(&cp, &session.org, &session.email, &id).await?;
    Ok(Json(PortalConversation { channel, messages }))
}

/// `POST /api/v1/portal/{org}/channels/{id}/messages`: the patient writes
/// to the clinic.
#[utoipa::path(post, path = "/portal/{org}/channels/{id}/messages", tag = "portal", params(("org" = String, Path, description = "the organisation's id"), ("id" = String, Path, description = "the channel's id")), request_body = crate::channels::NewMessage, responses((status = 201, body = crate::channels::ChannelMessage), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(("portal" = [])))]
pub async fn channel_message(
    State(cp): State<ControlPlane>,
    Path((_org, id)): Path<(OrgId, crate::ids::ChannelId)>,
    Portal(session): Portal,
    Json(body): Json<crate::channels::NewMessage>,
) -> Result<(StatusCode, Json<crate::channels::ChannelMessage>), ApiError> {
    let message =
        crate::channels::portal_write(&cp, &session.org, &session.email, &id, &body.text).await?;
    Ok((StatusCode::CREATED, Json(message)))
}

/// `POST /api/v1/portal/{org}/logout`: ends the portal session.
#[utoipa::path(post, path = "/portal/{org}/logout", tag = "portal", params(("org" = String, Path, description = "the organisation's id")), responses((status = 204)), security(()))]
pub async fn logout(
    State(cp): State<ControlPlane>,
    Path(_org): Path<OrgId>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if !from_own_origin(&headers) {
        return Err(ApiError::forbidden());
    }
    if let Some(token) = crate::auth::cookie(&headers, PORTAL_COOKIE) {
        sqlx::query("DELETE FROM portal_sessions WHERE token_hash = $1")
            .bind(token_hash(&token))
            .execute(cp.db().pool())
            .await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_static(
            "anteroom_portal=; HttpOnly; SameSite=Strict; Path=/api/v1/portal/; Max-Age=0",
        ),
    );
    Ok(response)
}

/// What `session` shows: the clients with its address in its organisation
/// and their appointments (none anonymised: those have no client).
async fn view(cp: &ControlPlane, session: &PortalSession) -> Result<PortalView, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let (organisation, settings) = organisation(cp, &session.org).await?;
    let clients = sqlx::query(
        "SELECT initials, last_name, language FROM clients WHERE org_id = $1 AND email = $2 ORDER BY created_at, last_name, initials, id",
    )
    .bind(session.org.as_str())
    .bind(&session.email)
    .fetch_all(cp.db().pool())
    .await?;
    let names = clients
        .iter()
        .map(|r| {
            Ok(format!(
                "{} {}",
                r.try_get::<String, _>("initials")?,
                r.try_get::<String, _>("last_name")?
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    // The first record's with a language of its own.
    let mut client_language: Option<String> = None;
    for r in &clients {
        client_language = client_language.or(r.try_get("language")?);
    }
    let rows = sqlx::query(
        "SELECT a.id, a.status, a.origin, a.starts_at, a.duration_minutes, c.initials, c.last_name, \
         s.name AS practitioner_name, d.name AS department_name, \
         aq.status AS questionnaire_status, q.id AS questionnaire_id, q.title AS questionnaire_title \
         FROM appointments a JOIN clients c ON c.id = a.client_id \
         LEFT JOIN staff s ON s.id = a.practitioner_id LEFT JOIN departments d ON d.id = a.department_id \
         LEFT JOIN appointment_questionnaires aq ON aq.appointment_id = a.id \
         LEFT JOIN questionnaire_versions qv ON qv.id = aq.version_id LEFT JOIN questionnaires q ON q.id = qv.questionnaire_id \
         WHERE a.org_id = $1 AND c.org_id = $1 AND c.email = $2 \
         ORDER BY a.starts_at DESC, a.id LIMIT 200",
    )
    .bind(session.org.as_str())
    .bind(&session.email)
    .fetch_all(cp.db().pool())
    .await?;
    let now = cp.clock().now();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for r in &rows {
        let status = Status::parse(&r.try_get::<String, _>("status")?).ok_or_else(internal)?;
        let starts_at =
            Timestamp::from_millisecond(r.try_get("starts_at")?).map_err(|_| internal())?;
        let window = Window::new(starts_at, r.try_get("duration_minutes")?, &settings);
        let state = LinkState::at(status, now, &window);
        let may_enter = matches!(state, LinkState::Early | LinkState::Open | LinkState::Late);
        let appointment = PortalAppointment {
            id: AppointmentId::from_string(r.try_get("id")?),
            client: format!(
                "{} {}",
                r.try_get::<String, _>("initials")?,
                r.try_get::<String, _>("last_name")?
            ),
            starts_at,
            ends_at: window.ends_at,
            opens_at: window.opens_at,
            state,
            practitioner: r.try_get("practitioner_name")?,
            department: r.try_get("department_name")?,
            walk_in: r.try_get::<String, _>("origin")? == "walk_in",
            may_enter,
            questionnaire: crate::appointments::AskedQuestionnaire::from_row(r)?,
        };
        if may_enter {
            upcoming.push(appointment);
        } else if past.len() < 50 {
            past.push(appointment);
        }
    }
    upcoming.reverse();
    Ok(PortalView {
        organisation,
        timezone: settings.timezone.clone(),
        language: l10n::for_client(client_language.as_deref(), &settings).to_owned(),
        contact: crate::logo::contact(cp, &session.org, &settings).await?,
        clients: names,
        upcoming,
        past,
        channels: crate::channels::for_portal(cp, &session.org, &session.email).await?,
        session_expires_at: Timestamp::from_millisecond(session.expires_at)
            .map_err(|_| internal())?,
    })
}

/// Forgets PINs and portal sessions that expired a day ago or more.
pub(crate) async fn forget_expired(cp: &ControlPlane) -> Result<(), ApiError> {
    let before = cp.clock().now_ms() - 86_400_000;
    for table in ["portal_pins", "portal_sessions"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE expires_at < $1"))
            .bind(before)
            .execute(cp.db().pool())
            .await?;
    }
    Ok(())
}

/// The limits on PIN requests and tries, kept in the control plane.
#[derive(Debug)]
pub(crate) struct PortalLimits {
    pub(crate) per_ip: crate::limits::WindowCounter,
    pub(crate) per_address: crate::limits::WindowCounter,
    pub(crate) tries_per_ip: crate::limits::WindowCounter,
}

impl PortalLimits {
    pub(crate) fn new() -> PortalLimits {
        PortalLimits {
            per_ip: crate::limits::WindowCounter::new(PIN_REQUESTS_PER_IP, PIN_WINDOW_MS),
            per_address: crate::limits::WindowCounter::new(PINS_PER_ADDRESS, PIN_WINDOW_MS),
            tries_per_ip: crate::limits::WindowCounter::new(
                PIN_TRIES as u32 * PIN_REQUESTS_PER_IP,
                PIN_WINDOW_MS,
            ),
        }
    }
}
