//! anteroom's control plane: organisations, departments, staff, clients
//! (and, as the issue grows, appointments, availability and email), as a
//! REST API under `/api/v1` on SQLite or PostgreSQL.
//!
//! - [`db`]: the pool and the migrations (one set for both databases).
//! - [`auth`]: password login, session cookies, CSRF, the [`auth::Principal`]
//!   every handler receives, and the role/segregation rules.
//! - [`admin`]: what the `anteroom admin` command does (first organisation).
//! - `org`, `clients`: the handlers.
//!
//! Time comes from an injected [`clock::Clock`]; tokens come from
//! [`secret`] and are stored only as hashes.

pub mod admin;
pub mod answer_keys;
pub mod auth;
pub mod clock;
pub mod db;
pub mod error;
pub mod ids;
pub mod model;
pub mod secret;

pub mod api_keys;
pub mod appointments;
pub mod availability;
pub mod booking;
pub mod channels;
pub mod chat;
pub mod email;
pub mod idempotency;
pub mod join;
pub mod l10n;
pub mod limits;
pub mod links;
pub mod logo;
pub mod participants;
pub mod pdf;
pub mod portal;
pub mod questionnaires;
pub mod rooms;
pub mod template;
pub mod texts;
pub mod transcripts;

pub mod openapi;

mod audit;
mod clients;
mod org;
mod scope;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use crate::clock::{Clock, ManualClock, SystemClock};
pub use crate::db::{Backend, Db, DbError};

/// Settings of the control plane.
#[derive(Debug, Clone)]
pub struct ControlPlaneConfig {
    /// The address people reach anteroom at, for links in emails and in
    /// the admin command's output.
    pub public_url: String,
    /// Mark the session cookie `Secure` (serve over HTTPS, as production
    /// must). Off for the embedded default on http://127.0.0.1.
    pub secure_cookies: bool,
    /// How long a staff session lasts.
    pub session_hours: u32,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Where email goes; `None` sends (and queues) none.
    pub mail: Option<email::MailConfig>,
    /// Signs join tokens; signalling checks them with its public key.
    pub join_signer: Arc<join::JoinSigner>,
    /// Behind a reverse proxy: take the client's address from the last
    /// entry of `X-Forwarded-For` (for the limits on public visits).
    pub trust_forwarded_for: bool,
    /// The SHA-256 (hex) of the key signalling nodes of a scaled setup
    /// present to hand over kept captions
    /// (`POST /internal/v1/transcript-lines`); `None`: no node may.
    pub node_key_hash: Option<String>,
    /// Wraps each organisation's key for questionnaire answers (the
    /// key-encryption key, from the server's configuration).
    pub answers_key: Arc<answer_keys::AnswersKey>,
}

impl Default for ControlPlaneConfig {
    fn default() -> Self {
        ControlPlaneConfig {
            public_url: "http://127.0.0.1:8080".into(),
            secure_cookies: false,
            session_hours: 12,
            max_body_bytes: 256 * 1024,
            mail: None,
            join_signer: Arc::new(
                join::JoinSigner::generate().expect("the system random generator works"),
            ),
            trust_forwarded_for: false,
            node_key_hash: None,
            answers_key: Arc::new(
                answer_keys::AnswersKey::generate()
                    .expect("the system random generator works")
                    .0,
            ),
        }
    }
}

/// The running control plane; cheap to clone.
#[derive(Debug, Clone)]
pub struct ControlPlane {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: Db,
    clock: Arc<dyn Clock>,
    config: ControlPlaneConfig,
    /// Login attempts per account and address, per address, per account.
    login_throttle: limits::LoginThrottle,
    /// Public visits (bookings, walk-ins) per client IP.
    visit_limiter: limits::WindowCounter,
    /// Patient portal PIN requests and tries.
    portal_limits: portal::PortalLimits,
    /// Changes in chat channels, for the staff pages' live inbox.
    channel_events: tokio::sync::broadcast::Sender<channels::ChannelEvent>,
}

impl ControlPlane {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: ControlPlaneConfig) -> ControlPlane {
        let login_throttle = limits::LoginThrottle::new();
        let visit_limiter = limits::WindowCounter::new(limits::VISITS, limits::VISIT_WINDOW_MS);
        ControlPlane {
            inner: Arc::new(Inner {
                db,
                clock,
                config,
                login_throttle,
                visit_limiter,
                portal_limits: portal::PortalLimits::new(),
                channel_events: tokio::sync::broadcast::channel(256).0,
            }),
        }
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn clock(&self) -> &dyn Clock {
        &*self.inner.clock
    }

    pub fn config(&self) -> &ControlPlaneConfig {
        &self.inner.config
    }

    /// Tells the live inboxes that something changed in `channel`.
    pub(crate) fn channel_changed(&self, org: &ids::OrgId, channel: &ids::ChannelId) {
        // Nobody listening is fine.
        let _ = self.inner.channel_events.send(channels::ChannelEvent {
            org: org.clone(),
            what: channels::Changed::Channel(channel.clone()),
        });
    }

    /// Tells the staff pages that `appointment`'s questionnaire moved on.
    pub(crate) fn questionnaire_changed(&self, org: &ids::OrgId, appointment: &ids::AppointmentId) {
        let _ = self.inner.channel_events.send(channels::ChannelEvent {
            org: org.clone(),
            what: channels::Changed::Questionnaire(appointment.clone()),
        });
    }

    /// Runs the periodic jobs until the task is aborted: every five
    /// minutes the reminders of the day, every hour anonymisation.
    pub async fn run_jobs(self) {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        let mut passes = 0u32;
        loop {
            tick.tick().await;
            if let Err(e) = email::queue_reminders(&self).await {
                tracing::warn!(code = ?e.code, "queueing reminders failed; will retry");
            }
            if let Err(e) = channels::notify_unread(&self).await {
                tracing::warn!(code = ?e.code, "queueing notices of unread messages failed; will retry");
            }
            if passes % 12 == 0 {
                if let Err(e) = appointments::anonymise_due(&self).await {
                    tracing::warn!(code = ?e.code, "anonymisation failed; will retry");
                }
                if let Err(e) = channels::forget_old(&self).await {
                    tracing::warn!(code = ?e.code, "deleting old chat messages failed; will retry");
                }
                if let Err(e) = portal::forget_expired(&self).await {
                    tracing::warn!(code = ?e.code, "forgetting expired portal PINs and sessions failed; will retry");
                }
                if let Err(e) = idempotency::forget_old(&self).await {
                    tracing::warn!(code = ?e.code, "forgetting old idempotency keys failed; will retry");
                }
            }
            passes = passes.wrapping_add(1);
        }
    }

    /// Sends queued mail through `mailer` every two seconds until the task
    /// is aborted.
    pub async fn run_mail(self, mailer: email::Mailer) {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(e) = email::deliver_due(&self, &mailer).await {
                tracing::warn!(code = ?e.code, "outbox pass failed; will retry");
            }
        }
    }

    /// The origins `org` lets show its walk-in page in a frame (its
    /// `walk_in_frame_origins` setting); none for an unknown organisation
    /// or when the database cannot say.
    pub async fn walk_in_frame_origins(&self, org: &str) -> Vec<String> {
        let settings: Option<String> =
            sqlx::query_scalar("SELECT settings FROM organisations WHERE id = $1")
                .bind(org)
                .fetch_optional(self.inner.db.pool())
                .await
                .ok()
                .flatten();
        let settings = settings
            .and_then(|s| serde_json::from_str::<model::OrgSettings>(&s).ok())
            .unwrap_or_default();
        settings
            .walk_in_frame_origins
            .into_iter()
            .filter(|o| model::is_web_origin(o))
            .collect()
    }

    /// Every route of the REST API, under `/api/v1`.
    pub fn router(&self) -> Router {
        let (api, doc) = self.api().split_for_parts();
        let doc = Arc::new(doc);
        let api = api
            // A stream of server-sent events: outside the document.
            .route("/live", get(channels::live))
            .route(
                "/openapi.json",
                get(move || std::future::ready(axum::Json(Arc::clone(&doc)))),
            )
            .fallback(|| async { error::ApiError::not_found() })
            .layer(DefaultBodyLimit::max(self.inner.config.max_body_bytes))
            .with_state(self.clone());
        // For signalling nodes, not integrators: outside the documented API.
        let internal = Router::new()
            .route(
                "/transcript-lines",
                axum::routing::post(transcripts::from_node),
            )
            .route(
                "/chat-messages",
                axum::routing::post(chat::from_node).get(chat::history_for_node),
            )
            .fallback(|| async { error::ApiError::not_found() })
            .layer(DefaultBodyLimit::max(self.inner.config.max_body_bytes))
            .with_state(self.clone());
        Router::new()
            .nest("/api/v1", api)
            .nest("/internal/v1", internal)
    }

    /// The routes and, from the same annotations, their OpenAPI document:
    /// a handler cannot be routed without being documented.
    fn api(&self) -> OpenApiRouter<ControlPlane> {
        OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
            .routes(routes!(auth::set_password))
            .routes(routes!(auth::login))
            .routes(routes!(auth::logout))
            .routes(routes!(auth::me))
            .routes(routes!(auth::totp_enrol))
            .routes(routes!(auth::totp_confirm))
            .routes(routes!(org::get_organisation))
            .routes(routes!(org::put_settings))
            .routes(routes!(org::put_name))
            .routes(routes!(logo::put, logo::delete))
            .routes(routes!(org::list_departments, org::create_department))
            .routes(routes!(org::get_department))
            .routes(routes!(org::list_staff, org::create_staff))
            .routes(routes!(org::get_staff))
            .routes(routes!(org::reset_totp))
            .routes(routes!(clients::list, clients::create))
            .routes(routes!(clients::get, clients::update))
            .routes(routes!(
                participants::list_groups,
                participants::create_group
            ))
            .routes(routes!(participants::list, participants::create))
            .routes(routes!(participants::get))
            .routes(routes!(appointments::list, appointments::create))
            .routes(routes!(appointments::get, appointments::update))
            .routes(routes!(appointments::invite))
            .routes(routes!(appointments::add_participant))
            .routes(routes!(transcripts::get))
            .routes(routes!(join::staff_join))
            .routes(routes!(rooms::appointment_guest_link))
            .routes(routes!(rooms::list, rooms::create))
            .routes(routes!(rooms::staff_join))
            .routes(routes!(rooms::meeting_guest_link))
            .routes(routes!(availability::list, availability::create))
            .routes(routes!(availability::delete))
            .routes(routes!(availability::staff_slots))
            .routes(routes!(availability::set_walk_in))
            .routes(routes!(texts::list_waiting_texts, texts::put_waiting_text))
            .routes(routes!(
                texts::list_announcements,
                texts::create_announcement
            ))
            .routes(routes!(texts::delete_announcement))
            .routes(routes!(email::templates::list, email::templates::put))
            .routes(routes!(api_keys::list, api_keys::create))
            .routes(routes!(api_keys::revoke))
            .routes(routes!(audit::list))
            .routes(routes!(channels::list))
            .routes(routes!(channels::create))
            .routes(routes!(channels::get))
            .routes(routes!(channels::post_message))
            .routes(routes!(channels::join))
            .routes(routes!(channels::remove_member))
            .routes(routes!(channels::set_open))
            .routes(routes!(questionnaires::list, questionnaires::create))
            .routes(routes!(questionnaires::get, questionnaires::update))
            .routes(routes!(questionnaires::duplicate))
            .routes(routes!(questionnaires::set_asked_by_default))
            .routes(routes!(questionnaires::export::export))
            .routes(routes!(questionnaires::images::upload))
            .routes(routes!(questionnaires::images::get))
            .routes(routes!(
                questionnaires::get_for_appointment,
                questionnaires::put_for_appointment
            ))
            // Without login: invitation links and public booking.
            .routes(routes!(links::get))
            .routes(routes!(links::arrive))
            .routes(routes!(
                questionnaires::get_for_patient,
                questionnaires::put_for_patient
            ))
            .routes(routes!(questionnaires::submit_for_patient))
            .routes(routes!(join::link_join))
            .routes(routes!(join::watch))
            .routes(routes!(rooms::get_guest_link))
            .routes(routes!(rooms::guest_join))
            .routes(routes!(booking::clinic))
            .routes(routes!(booking::free_slots))
            .routes(routes!(booking::book))
            .routes(routes!(booking::walk_in))
            .routes(routes!(logo::get))
            .routes(routes!(portal::request_pin))
            .routes(routes!(portal::open_session))
            .routes(routes!(portal::me))
            .routes(routes!(portal::enter))
            .routes(routes!(portal::logout))
            .routes(routes!(portal::channel))
            .routes(routes!(portal::channel_message))
    }
}

/// A page of a list.
#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `offset` for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_offset: Option<u32>,
}

/// `?limit=&offset=` of list endpoints. (Endpoints with more parameters
/// repeat the two fields: `serde(flatten)` cannot parse numbers from a
/// query string.)
#[derive(Debug, Clone, Copy, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    #[serde(default = "default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

pub(crate) fn default_limit() -> u32 {
    50
}

impl PageQuery {
    pub(crate) fn checked(self) -> Result<PageQuery, error::ApiError> {
        if !(1..=200).contains(&self.limit) {
            return Err(error::ApiError::invalid("limit"));
        }
        if self.offset > 1_000_000 {
            return Err(error::ApiError::invalid("offset"));
        }
        Ok(self)
    }

    /// What to bind as SQL `LIMIT`: one more than the page, to know whether
    /// another page follows.
    pub(crate) fn fetch_limit(self) -> i64 {
        i64::from(self.limit) + 1
    }

    pub(crate) fn fetch_offset(self) -> i64 {
        i64::from(self.offset)
    }

    /// Builds the page from `limit + 1` fetched rows.
    pub(crate) fn page<T>(self, mut rows: Vec<T>) -> Page<T> {
        let more = rows.len() > self.limit as usize;
        rows.truncate(self.limit as usize);
        Page {
            items: rows,
            next_offset: more.then_some(self.offset + self.limit),
        }
    }
}
