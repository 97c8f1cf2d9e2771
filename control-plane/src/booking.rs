//! Public booking, without login: a clinic's bookable practitioners, their
//! free slots, and booking one. Booking creates the client and the
//! appointment and claims the slot in one transaction; the slot's primary
//! key in `slot_bookings` makes a second booking of the same slot fail on
//! either database, however many arrive at once.
//!
//! What the public sees of the clinic is its name, time zone, and the names
//! of practitioners with availability or open for walk-in.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::ControlPlane;
use crate::appointments::{self, Insert, Invitation, Origin};
use crate::availability::{self, Slot, SlotQuery};
use crate::db::is_unique_violation;
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::idempotency::{self, Claim, Earlier, IdempotencyKey, Remembered};
use crate::ids::{AppointmentId, ClientId, OrgId, StaffId};
use crate::limits::ClientAddr;
use crate::model::{self, OrgSettings};
use crate::scope::Tenant;

/// The organisation named in a public URL, with its settings.
async fn organisation(
    cp: &ControlPlane,
    org: &OrgId,
) -> Result<(OrgId, String, OrgSettings), ApiError> {
    let row = sqlx::query("SELECT id, name, settings FROM organisations WHERE id = $1")
        .bind(org.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let settings = serde_json::from_str(&row.try_get::<String, _>("settings")?)
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok((
        OrgId::from_string(row.try_get("id")?),
        row.try_get("name")?,
        settings,
    ))
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PublicPractitioner {
    pub id: StaffId,
    pub name: String,
    /// Open to walk-in patients now.
    pub walk_in: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Clinic {
    pub name: String,
    pub timezone: String,
    /// Practitioners with availability from today on, or open for walk-in.
    pub practitioners: Vec<PublicPractitioner>,
    /// The language to show the booking and walk-in pages in unless the
    /// visitor chooses another (the clinic's default).
    pub language: String,
    /// Whom to call, the clinic's colour and logo.
    pub contact: crate::model::ClinicContact,
}

/// `GET /api/v1/booking/{org}`.
#[utoipa::path(get, path = "/booking/{org}", tag = "booking", params(("org" = String, Path, description = "the organisation's id")), responses((status = 200, body = Clinic), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn clinic(
    State(cp): State<ControlPlane>,
    Path(org): Path<OrgId>,
) -> Result<Json<Clinic>, ApiError> {
    let (org, name, settings) = organisation(&cp, &org).await?;
    let today = cp.clock().now().to_zoned(settings.tz()).date().to_string();
    let rows = Tenant::of(org.clone())
        .query(
            "SELECT s.id, s.name, s.walk_in FROM staff s WHERE s.org_id = $1 AND (s.walk_in = 1 OR EXISTS ( \
               SELECT 1 FROM availability a WHERE a.staff_id = s.id AND (a.date >= $2 OR (a.kind = 'weekly' AND (a.until IS NULL OR a.until >= $2))))) \
             ORDER BY s.name, s.id",
        )
        .bind(&today)
    .fetch_all(cp.db().pool())
    .await?;
    let practitioners = rows
        .iter()
        .map(|r| {
            Ok(PublicPractitioner {
                id: StaffId::from_string(r.try_get("id")?),
                name: r.try_get("name")?,
                walk_in: r.try_get::<i64, _>("walk_in")? != 0,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let contact = crate::logo::contact(&cp, &org, &settings).await?;
    Ok(Json(Clinic {
        name,
        timezone: settings.timezone,
        practitioners,
        language: settings.language,
        contact,
    }))
}

/// `GET /api/v1/booking/{org}/practitioners/{id}/slots?from=&to=`: the
/// free slots only.
#[utoipa::path(get, path = "/booking/{org}/practitioners/{id}/slots", tag = "booking", params(("org" = String, Path, description = "the organisation's id"), ("id" = String, Path, description = "the record's id"), SlotQuery), responses((status = 200, body = Vec<Slot>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn free_slots(
    State(cp): State<ControlPlane>,
    Path((org, staff)): Path<(OrgId, StaffId)>,
    Query(q): Query<SlotQuery>,
) -> Result<Json<Vec<Slot>>, ApiError> {
    let (org, _, settings) = organisation(&cp, &org).await?;
    availability::staff_in_org(&cp, &Tenant::of(org.clone()), &staff).await?;
    let (from, to) = q.dates()?;
    let slots = availability::slots(
        &cp,
        &Tenant::of(org.clone()),
        &settings.tz(),
        &staff,
        from,
        to,
    )
    .await?;
    Ok(Json(slots.into_iter().filter(|s| s.free).collect()))
}

/// A booking request: the slot and who the patient is.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    pub practitioner: StaffId,
    /// The start of a free slot, RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: String,
    pub initials: String,
    pub last_name: String,
    /// YYYY-MM-DD.
    #[schema(format = Date)]
    pub date_of_birth: Option<String>,
    pub email: String,
    pub phone: Option<String>,
    /// A note for the practitioner.
    pub message: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Booked {
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: Timestamp,
    /// The patient's link to the consultation (also sent by email).
    pub patient_link: String,
}

/// `POST /api/v1/booking/{org}/appointments`: books a free slot. A slot
/// that is not (or no longer) free gets `conflict`.
#[utoipa::path(post, path = "/booking/{org}/appointments", tag = "booking", params(("org" = String, Path, description = "the organisation's id"), crate::idempotency::IdempotencyHeader), request_body = BookingRequest, responses((status = 201, body = Booked), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn book(
    State(cp): State<ControlPlane>,
    client: ClientAddr,
    key: IdempotencyKey,
    Path(org): Path<OrgId>,
    Json(req): Json<BookingRequest>,
) -> Result<Response, ApiError> {
    let claim = Claim::new(
        &key,
        format!("booking:{org}"),
        &format!("POST /booking/{org}/appointments {req:?}"),
    );
    // A replay counts as a visit too: each one writes a new link.
    let visit = VisitReservation::take(&cp, &client)?;
    let made = match idempotency::earlier(&cp, claim.as_ref()).await? {
        Earlier::Made(id) => Made::Earlier(id),
        Earlier::None => book_slot(&cp, org, req, claim.as_ref()).await?,
    };
    let response = match made {
        Made::New(booked) => (StatusCode::CREATED, Json(booked)).into_response(),
        Made::Earlier(id) => booked_again(&cp, &id).await?,
    };
    visit.keep();
    Ok(response)
}

/// A slot that is taken, or a key another try stored first: what an earlier
/// try of this request (same key) made, answered again, or `conflict`.
async fn conflict_or_earlier<T>(
    cp: &ControlPlane,
    claim: Option<&Claim>,
) -> Result<Made<T>, ApiError> {
    Ok(Made::Earlier(idempotency::made_earlier(cp, claim).await?))
}

/// What a creating request made: something new, or (a concurrent request
/// with the same `Idempotency-Key` got there first) what that one made.
enum Made<T> {
    New(T),
    Earlier(String),
}

/// The answer to a retried booking: the same appointment, with a new link
/// (the first one stays valid).
async fn booked_again(cp: &ControlPlane, id: &str) -> Result<Response, ApiError> {
    let row = sqlx::query("SELECT starts_at, duration_minutes FROM appointments WHERE id = $1")
        .bind(id)
        .fetch_optional(cp.db().pool())
        .await?;
    let row = row.ok_or_else(ApiError::not_found)?;
    let starts_at = crate::appointments::timestamp(row.try_get("starts_at")?)?;
    let minutes: i64 = row.try_get("duration_minutes")?;
    let ends_at = starts_at
        .checked_add(jiff::SignedDuration::from_mins(minutes))
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let patient_link = link_again(cp, id).await?;
    Ok(crate::appointments::replayed(
        (
            StatusCode::CREATED,
            Json(Booked {
                starts_at,
                ends_at,
                patient_link,
            }),
        )
            .into_response(),
    ))
}

/// A new patient link for an appointment made by an earlier request, while
/// it is still to happen (`invalid_state` once it is cancelled, has taken
/// place or was anonymised).
async fn link_again(cp: &ControlPlane, id: &str) -> Result<String, ApiError> {
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM appointments WHERE id = $1")
            .bind(id)
            .fetch_optional(cp.db().pool())
            .await?;
    if !status
        .and_then(|s| appointments::Status::parse(&s))
        .is_some_and(appointments::Status::is_open)
    {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let mut tx = cp.db().pool().begin().await?;
    let link = crate::links::issue(
        cp,
        &mut tx,
        &AppointmentId::from_string(id.to_owned()),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(link)
}

async fn book_slot(
    cp: &ControlPlane,
    org: OrgId,
    req: BookingRequest,
    claim: Option<&Claim>,
) -> Result<Made<Booked>, ApiError> {
    let (org, _, settings) = organisation(cp, &org).await?;
    let staff = req.practitioner;
    availability::staff_in_org(cp, &Tenant::of(org.clone()), &staff)
        .await
        .map_err(|_| ApiError::invalid("practitioner"))?;
    let starts_at = appointments::check_start(cp, &req.starts_at)?;
    let initials = model::text(&req.initials, "initials", 20)?;
    let last_name = model::text(&req.last_name, "last_name", 200)?;
    let email = model::email(&req.email, "email")?;
    let phone = model::phone(req.phone.as_deref())?;
    let message = model::optional_long_text(req.message.as_deref(), "message", 2000)?;
    let tz = settings.tz();
    let today = cp.clock().now().to_zoned(tz.clone()).date();
    let date_of_birth = match req.date_of_birth.as_deref().map(str::trim) {
        Some(d) if !d.is_empty() => Some(model::date_of_birth(d, today)?),
        _ => None,
    };
    let date = starts_at.to_zoned(tz.clone()).date();
    let slot = availability::slots(cp, &Tenant::of(org.clone()), &tz, &staff, date, date)
        .await?
        .into_iter()
        .find(|s| s.starts_at == starts_at)
        .ok_or(ApiError::invalid("starts_at"))?;
    if !slot.free {
        // Taken, perhaps by this very request's first try.
        return conflict_or_earlier(cp, claim).await;
    }
    // (A span between timestamps counts in seconds: its minutes field was 0,
    // and every booking was stored as 0 minutes long.)
    let duration = u32::try_from(slot.starts_at.duration_until(slot.ends_at).as_mins())
        .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    let mut tx = cp.db().pool().begin().await?;
    let person = NewPerson {
        initials: &initials,
        last_name: &last_name,
        date_of_birth: date_of_birth.as_deref(),
        email: Some(&email),
        phone: phone.as_deref(),
    };
    let visit = Visit {
        starts_at,
        duration_minutes: duration,
        message: message.as_deref(),
        origin: Origin::Booking,
    };
    let (id, invitation) = insert_visit(cp, &mut tx, &org, &staff, &person, visit).await?;
    // Claim the slot: of concurrent bookings, one inserts and the others
    // wait for it and then fail on the primary key, rolling back.
    let claimed = sqlx::query(
        "INSERT INTO slot_bookings (staff_id, starts_at, appointment_id) VALUES ($1, $2, $3)",
    )
    .bind(staff.as_str())
    .bind(starts_at.as_millisecond())
    .bind(id.as_str())
    .execute(&mut *tx)
    .await;
    match claimed {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            drop(tx);
            return conflict_or_earlier(cp, claim).await;
        }
        Err(e) => return Err(e.into()),
    }
    crate::email::for_appointment(
        cp,
        &mut tx,
        &id,
        crate::email::AppointmentMail::Invitation(&invitation),
    )
    .await?;
    if idempotency::remember(cp, &mut tx, claim, id.as_str()).await? == Remembered::Raced {
        drop(tx);
        return conflict_or_earlier(cp, claim).await;
    }
    tx.commit().await?;
    Ok(Made::New(Booked {
        starts_at,
        ends_at: slot.ends_at,
        patient_link: invitation.patient_link,
    }))
}

/// A walk-in visitor: who they are, whom they want to see, and that they
/// accept the clinic's terms.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WalkInRequest {
    /// A practitioner open for walk-in now.
    pub practitioner: StaffId,
    pub initials: String,
    pub last_name: String,
    /// YYYY-MM-DD.
    #[schema(format = Date)]
    pub date_of_birth: String,
    /// Must be true: the visitor accepts the clinic's terms.
    pub accept_terms: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct WalkedIn {
    /// The visitor's link: it opens the arrival page (the pre-call check,
    /// then the waiting room, marked walk-in).
    pub patient_link: String,
}

/// How long a walk-in appointment is booked for.
const WALK_IN_MINUTES: u32 = 20;

/// `POST /api/v1/booking/{org}/walk-in`: a visitor asks to see a
/// practitioner who is open for walk-in now. Creates the client and an
/// appointment starting now (origin `walk_in`, so the waiting list marks
/// it) and returns the visitor's link. A practitioner not open for walk-in
/// gets `invalid_state`; terms not accepted `invalid_field`.
#[utoipa::path(post, path = "/booking/{org}/walk-in", tag = "booking", params(("org" = String, Path, description = "the organisation's id"), crate::idempotency::IdempotencyHeader), request_body = WalkInRequest, responses((status = 201, body = WalkedIn), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn walk_in(
    State(cp): State<ControlPlane>,
    client: ClientAddr,
    key: IdempotencyKey,
    Path(org): Path<OrgId>,
    Json(req): Json<WalkInRequest>,
) -> Result<Response, ApiError> {
    let claim = Claim::new(
        &key,
        format!("walk-in:{org}"),
        &format!("POST /booking/{org}/walk-in {req:?}"),
    );
    // A replay counts as a visit too: each one writes a new link.
    let visit = VisitReservation::take(&cp, &client)?;
    let made = match idempotency::earlier(&cp, claim.as_ref()).await? {
        Earlier::Made(id) => Made::Earlier(id),
        Earlier::None => walk_in_now(&cp, org, req, claim.as_ref()).await?,
    };
    let response = match made {
        Made::New(walked_in) => (StatusCode::CREATED, Json(walked_in)).into_response(),
        Made::Earlier(id) => walked_in_again(&cp, &id).await?,
    };
    visit.keep();
    Ok(response)
}

async fn walked_in_again(cp: &ControlPlane, id: &str) -> Result<Response, ApiError> {
    let patient_link = link_again(cp, id).await?;
    Ok(crate::appointments::replayed(
        (StatusCode::CREATED, Json(WalkedIn { patient_link })).into_response(),
    ))
}

async fn walk_in_now(
    cp: &ControlPlane,
    org: OrgId,
    req: WalkInRequest,
    claim: Option<&Claim>,
) -> Result<Made<WalkedIn>, ApiError> {
    let (org, _, settings) = organisation(cp, &org).await?;
    if !req.accept_terms {
        return Err(ApiError::invalid("accept_terms"));
    }
    let initials = model::text(&req.initials, "initials", 20)?;
    let last_name = model::text(&req.last_name, "last_name", 200)?;
    let today = cp.clock().now().to_zoned(settings.tz()).date();
    let date_of_birth = model::date_of_birth(req.date_of_birth.trim(), today)?;
    let staff = req.practitioner;
    let open: Option<i64> = sqlx::query("SELECT walk_in FROM staff WHERE id = $1 AND org_id = $2")
        .bind(staff.as_str())
        .bind(org.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .map(|row| row.try_get("walk_in"))
        .transpose()?;
    match open {
        None => return Err(ApiError::invalid("practitioner")),
        Some(0) => return Err(ApiError::new(ApiErrorCode::InvalidState)),
        Some(_) => {}
    }
    let mut tx = cp.db().pool().begin().await?;
    let person = NewPerson {
        initials: &initials,
        last_name: &last_name,
        date_of_birth: Some(&date_of_birth),
        email: None,
        phone: None,
    };
    let visit = Visit {
        starts_at: cp.clock().now(),
        duration_minutes: WALK_IN_MINUTES,
        message: None,
        origin: Origin::WalkIn,
    };
    let (id, invitation) = insert_visit(cp, &mut tx, &org, &staff, &person, visit).await?;
    if idempotency::remember(cp, &mut tx, claim, id.as_str()).await? == Remembered::Raced {
        drop(tx);
        return conflict_or_earlier(cp, claim).await;
    }
    tx.commit().await?;
    Ok(Made::New(WalkedIn {
        patient_link: invitation.patient_link,
    }))
}

/// One of the [`crate::limits::VISITS`] visits a client may make in a
/// window, reserved before the records are written (so that concurrent
/// requests cannot all pass the limit) and given back unless
/// [`keep`](Self::keep) says the visit was made: refused visits do not
/// count.
struct VisitReservation<'a> {
    cp: &'a ControlPlane,
    client: &'a ClientAddr,
    kept: bool,
}

impl<'a> VisitReservation<'a> {
    /// `rate_limited` for a client that made its visits in this window.
    fn take(cp: &'a ControlPlane, client: &'a ClientAddr) -> Result<Self, ApiError> {
        if cp.inner.visit_limiter.take(&client.0, cp.clock().now_ms()) {
            Ok(VisitReservation {
                cp,
                client,
                kept: false,
            })
        } else {
            Err(ApiError::new(ApiErrorCode::RateLimited))
        }
    }

    fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for VisitReservation<'_> {
    fn drop(&mut self) {
        if !self.kept {
            self.cp
                .inner
                .visit_limiter
                .give_back(&self.client.0, self.cp.clock().now_ms());
        }
    }
}

/// Who a member of the public says they are.
struct NewPerson<'a> {
    initials: &'a str,
    last_name: &'a str,
    date_of_birth: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
}

/// The appointment a member of the public asks for.
struct Visit<'a> {
    starts_at: Timestamp,
    duration_minutes: u32,
    message: Option<&'a str>,
    origin: Origin,
}

/// Writes, in `tx`, a new client for `person` and their appointment with
/// practitioner `staff` (booking and walk-in alike); returns the
/// appointment's id and links.
async fn insert_visit(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    org: &OrgId,
    staff: &StaffId,
    person: &NewPerson<'_>,
    visit: Visit<'_>,
) -> Result<(AppointmentId, Invitation), ApiError> {
    let (client, id) = (ClientId::generate(), AppointmentId::generate());
    insert_client(tx, &client, org, staff, person, cp.clock().now_ms()).await?;
    let invitation = appointments::insert(
        cp,
        tx,
        Insert {
            id: &id,
            org: org.as_str(),
            practitioner: Some(staff),
            department: None,
            client: &client,
            starts_at: visit.starts_at,
            duration_minutes: visit.duration_minutes,
            message: visit.message,
            origin: visit.origin,
            created_by: None,
            participants: &[],
            questionnaire: appointments::Asked::Default,
        },
    )
    .await?;
    Ok((id, invitation))
}

/// A client made by public booking or walk-in, assigned to the
/// practitioner they chose.
async fn insert_client(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    client: &ClientId,
    org: &OrgId,
    staff: &StaffId,
    person: &NewPerson<'_>,
    now_ms: i64,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO clients (id, org_id, initials, last_name, date_of_birth, email, phone, external_number, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8)",
    )
    .bind(client.as_str())
    .bind(org.as_str())
    .bind(person.initials)
    .bind(person.last_name)
    .bind(person.date_of_birth)
    .bind(person.email)
    .bind(person.phone)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    sqlx::query("INSERT INTO client_practitioners (client_id, staff_id) VALUES ($1, $2)")
        .bind(client.as_str())
        .bind(staff.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
