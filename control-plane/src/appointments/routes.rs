//! The appointment routes: listing, reading, creating (idempotently),
//! changing and inviting again, with the checks each makes.

use super::*;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AppointmentQuery {
    /// Starting at or after this time (RFC 3339).
    #[param(format = DateTime)]
    pub from: Option<String>,
    /// Starting before this time.
    #[param(format = DateTime)]
    pub to: Option<String>,
    pub practitioner: Option<String>,
    pub department: Option<String>,
    pub client: Option<String>,
    /// Only appointments in this state.
    #[param(value_type = Option<Status>)]
    pub status: Option<String>,
    #[serde(default = "crate::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

pub(super) fn parse_time(value: &str, field: &'static str) -> Result<Timestamp, ApiError> {
    value
        .trim()
        .parse::<Timestamp>()
        .map_err(|_| ApiError::invalid(field))
}

/// `GET /api/v1/appointments`: by start time, filtered.
#[utoipa::path(get, path = "/appointments", tag = "appointments", params(AppointmentQuery), responses((status = 200, body = Page<Appointment>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<AppointmentQuery>,
) -> Result<Json<Page<Appointment>>, ApiError> {
    let page = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .checked()?;
    let from = q
        .from
        .as_deref()
        .map(|v| parse_time(v, "from"))
        .transpose()?
        .map_or(i64::MIN, Timestamp::as_millisecond);
    let to =
        q.to.as_deref()
            .map(|v| parse_time(v, "to"))
            .transpose()?
            .map_or(i64::MAX, Timestamp::as_millisecond);
    let status = q
        .status
        .as_deref()
        .map(|s| Status::parse(s).ok_or(ApiError::invalid("status")))
        .transpose()?;
    let sql = Visible::Appointments.sql(
        SELECT,
        "a.starts_at >= $5 AND a.starts_at < $6 \
         AND (CAST($7 AS TEXT) IS NULL OR a.practitioner_id = $7) AND (CAST($8 AS TEXT) IS NULL OR a.department_id = $8) \
         AND (CAST($9 AS TEXT) IS NULL OR a.client_id = $9) AND (CAST($10 AS TEXT) IS NULL OR a.status = $10) \
         ORDER BY a.starts_at, a.id LIMIT $11 OFFSET $12",
    );
    let scope = Scope::of(&me);
    let rows = scope
        .query(&sql)
        .bind(from)
        .bind(to)
        .bind(q.practitioner)
        .bind(q.department)
        .bind(q.client)
        .bind(status.map(Status::as_str))
        .bind(page.fetch_limit())
        .bind(page.fetch_offset())
        .fetch_all(cp.db().pool())
        .await?;
    let mut items = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    add_participants(cp.db().pool(), &mut items).await?;
    audit::record(&cp, &me, "list", "appointment", "*").await?;
    Ok(Json(page.page(items)))
}

/// `GET /api/v1/appointments/{id}`.
#[utoipa::path(get, path = "/appointments/{id}", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 200, body = Appointment), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
) -> Result<Json<Appointment>, ApiError> {
    let appointment = load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    audit::record(&cp, &me, "read", "appointment", appointment.id.as_str()).await?;
    Ok(Json(appointment))
}

/// Longest appointment, and how far ahead one can be made.
pub(super) const MAX_DURATION_MINUTES: u32 = 8 * 60;
pub(super) const MAX_DAYS_AHEAD: i64 = 2 * 366;

/// A start time that is not in the past (a minute's grace for clocks) and
/// not absurdly far ahead.
pub(crate) fn check_start(cp: &ControlPlane, value: &str) -> Result<Timestamp, ApiError> {
    let starts_at = parse_time(value, "starts_at")?;
    let now = cp.clock().now();
    if starts_at < now - SignedDuration::from_mins(1)
        || starts_at > now + SignedDuration::from_hours(24 * MAX_DAYS_AHEAD)
    {
        return Err(ApiError::invalid("starts_at"));
    }
    Ok(starts_at)
}

pub(crate) fn check_duration(minutes: u32) -> Result<u32, ApiError> {
    if (5..=MAX_DURATION_MINUTES).contains(&minutes) {
        Ok(minutes)
    } else {
        Err(ApiError::invalid("duration_minutes"))
    }
}

/// The external participants named directly or through groups, checked to
/// belong to the organisation and to fit in a call.
pub(super) async fn invited(
    cp: &ControlPlane,
    me: &Principal,
    participants: Vec<ParticipantId>,
    groups: Vec<GroupId>,
) -> Result<Vec<ParticipantId>, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    let groups = model::id_list(groups, "groups")?;
    let group_ids: Vec<&str> = groups.iter().map(GroupId::as_str).collect();
    if !me
        .tenant()
        .owns(&mut conn, OrgTable::Groups, &group_ids)
        .await?
    {
        return Err(ApiError::invalid("groups"));
    }
    let mut all = participants;
    for group in &groups {
        let rows = me
            .scope()
            .in_org("SELECT id FROM external_participants WHERE group_id = $2 AND org_id = $1")
            .bind(group.as_str())
            .fetch_all(&mut *conn)
            .await?;
        for row in rows {
            all.push(ParticipantId::from_string(row.try_get("id")?));
        }
    }
    let all = model::id_list(all, "participants")?;
    let ids: Vec<&str> = all.iter().map(ParticipantId::as_str).collect();
    if !me
        .tenant()
        .owns(&mut conn, OrgTable::Participants, &ids)
        .await?
    {
        return Err(ApiError::invalid("participants"));
    }
    // The practitioner and the client take two places in the call.
    if all.len() + 2 > me.settings.max_participants_per_call as usize {
        return Err(ApiError::invalid("participants"));
    }
    Ok(all)
}

/// Checks that the practitioner and department belong to the organisation.
pub(super) async fn check_assignment(
    cp: &ControlPlane,
    me: &Principal,
    practitioner: Option<&StaffId>,
    department: Option<&DepartmentId>,
) -> Result<(), ApiError> {
    if practitioner.is_none() && department.is_none() {
        return Err(ApiError::invalid("practitioner"));
    }
    let mut conn = cp.db().pool().acquire().await?;
    if let Some(p) = practitioner {
        if !me
            .tenant()
            .owns(&mut conn, OrgTable::Staff, &[p.as_str()])
            .await?
        {
            return Err(ApiError::invalid("practitioner"));
        }
    }
    if let Some(d) = department {
        if !me
            .tenant()
            .owns(&mut conn, OrgTable::Departments, &[d.as_str()])
            .await?
        {
            return Err(ApiError::invalid("department"));
        }
    }
    Ok(())
}

/// `POST /api/v1/appointments`: returns the appointment and its links.
#[utoipa::path(post, path = "/appointments", tag = "appointments", params(crate::idempotency::IdempotencyHeader), request_body = NewAppointment, responses((status = 201, body = Created), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    key: IdempotencyKey,
    Json(body): Json<NewAppointment>,
) -> Result<Response, ApiError> {
    let claim = Claim::new(
        &key,
        format!("staff:{}", me.staff.as_str()),
        &format!("POST /appointments {body:?}"),
    );
    if let Earlier::Made(id) = idempotency::earlier(&cp, claim.as_ref()).await? {
        return created_again(&cp, &me, &AppointmentId::from_string(id)).await;
    }
    let starts_at = check_start(&cp, &body.starts_at)?;
    let duration_minutes = check_duration(body.duration_minutes)?;
    let message = model::optional_long_text(body.message.as_deref(), "message", 2000)?;
    if !clients::is_visible(&cp, &Scope::of(&me), &body.client).await? {
        return Err(ApiError::invalid("client"));
    }
    check_assignment(
        &cp,
        &me,
        body.practitioner.as_ref(),
        body.department.as_ref(),
    )
    .await?;
    let participants = invited(&cp, &me, body.participants, body.groups).await?;
    let id = AppointmentId::generate();
    let mut tx = cp.db().pool().begin().await?;
    let invitation = insert(
        &cp,
        &mut tx,
        Insert {
            id: &id,
            org: me.tenant().org().as_str(),
            practitioner: body.practitioner.as_ref(),
            department: body.department.as_ref(),
            client: &body.client,
            starts_at,
            duration_minutes,
            message: message.as_deref(),
            origin: Origin::Staff,
            created_by: Some(&me.staff),
            participants: &participants,
            questionnaire: match &body.questionnaire {
                None => Asked::Default,
                Some(None) => Asked::Nothing,
                Some(Some(q)) => Asked::This(q),
            },
        },
    )
    .await?;
    // Nobody may make an appointment they could not see: check in the
    // transaction, with the same rule as every read, before committing.
    let Some(appointment) = load(&mut tx, &Scope::of(&me), &id).await? else {
        return Err(ApiError::invalid(if body.practitioner.is_some() {
            "practitioner"
        } else {
            "department"
        }));
    };
    email::for_appointment(&cp, &mut tx, &id, AppointmentMail::Invitation(&invitation)).await?;
    if idempotency::remember(&cp, &mut tx, claim.as_ref(), id.as_str()).await? == Remembered::Raced
    {
        drop(tx);
        return created_again(
            &cp,
            &me,
            &AppointmentId::from_string(idempotency::made_earlier(&cp, claim.as_ref()).await?),
        )
        .await;
    }
    tx.commit().await?;
    audit::record(&cp, &me, "create", "appointment", id.as_str()).await?;
    Ok((
        StatusCode::CREATED,
        Json(Created {
            appointment,
            invitation,
        }),
    )
        .into_response())
}

/// The answer to a retried creation (same `Idempotency-Key`, same
/// request): the appointment the first one made, with new links (the
/// first answer's links stay valid; tokens are kept only as hashes, so
/// they cannot be shown again). No invitation is sent again.
pub(super) async fn created_again(
    cp: &ControlPlane,
    me: &Principal,
    id: &AppointmentId,
) -> Result<Response, ApiError> {
    let appointment = load(&mut *cp.db().pool().acquire().await?, &Scope::of(me), id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let participants: Vec<ParticipantId> = appointment
        .participants
        .iter()
        .map(|p| p.id.clone())
        .collect();
    // (Writing first: on SQLite a transaction that reads before it writes
    // cannot wait for another writer.)
    let mut tx = cp.db().pool().begin().await?;
    let invitation = issue_links(cp, &mut tx, &appointment.id, &participants).await?;
    tx.commit().await?;
    Ok(replayed(
        (
            StatusCode::CREATED,
            Json(Created {
                appointment,
                invitation,
            }),
        )
            .into_response(),
    ))
}

/// Marks an answer as the replay of an earlier request's.
pub(crate) fn replayed(mut response: Response) -> Response {
    response.headers_mut().insert(
        "idempotent-replayed",
        axum::http::HeaderValue::from_static("true"),
    );
    response
}

/// `PATCH /api/v1/appointments/{id}`. Cancelling frees a booked slot.
#[utoipa::path(patch, path = "/appointments/{id}", tag = "appointments", params(("id" = String, Path, description = "the record's id")), request_body = AppointmentChange, responses((status = 200, body = Appointment), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn update(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
    Json(change): Json<AppointmentChange>,
) -> Result<Json<Appointment>, ApiError> {
    let current = load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let reschedules = change.starts_at.is_some() || change.duration_minutes.is_some();
    let reassigns = change.practitioner.is_some() || change.department.is_some();
    if (reschedules || reassigns || change.message.is_some()) && !current.status.is_open() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    if let Some(to) = change.status.map(Status::from) {
        if to != current.status && !current.status.may_become(to) {
            return Err(ApiError::new(ApiErrorCode::InvalidState));
        }
    }
    let starts_at = match &change.starts_at {
        Some(s) => check_start(&cp, s)?,
        None => current.starts_at,
    };
    let duration = change
        .duration_minutes
        .map(check_duration)
        .transpose()?
        .unwrap_or(current.duration_minutes);
    let message = match change.message.as_deref() {
        Some(m) => model::optional_long_text(Some(m), "message", 2000)?,
        None => current.message.clone(),
    };
    let names_practitioner = change.practitioner.is_some();
    let practitioner = change
        .practitioner
        .or_else(|| current.practitioner.as_ref().map(|p| p.id.clone()));
    let department = change
        .department
        .or_else(|| current.department.as_ref().map(|d| d.id.clone()));
    if reassigns {
        check_assignment(&cp, &me, practitioner.as_ref(), department.as_ref()).await?;
    }
    let status = change.status.map_or(current.status, Status::from);
    let mut tx = cp.db().pool().begin().await?;
    // The status check is repeated in the UPDATE so that two concurrent
    // changes cannot both pass it.
    let updated = me.scope().in_org(
        "UPDATE appointments SET status = $2, starts_at = $3, duration_minutes = $4, message = $5, practitioner_id = $6, \
         department_id = $7, updated_at = $8 WHERE id = $9 AND org_id = $1 AND status = $10",
    )
    .bind(status.as_str())
    .bind(starts_at.as_millisecond())
    .bind(i64::from(duration))
    .bind(&message)
    .bind(practitioner.as_ref().map(StaffId::as_str))
    .bind(department.as_ref().map(DepartmentId::as_str))
    .bind(cp.clock().now_ms())
    .bind(current.id.as_str())
    .bind(current.status.as_str())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    // The consultation is over: its conversation goes with it when the
    // organisation says so (and with a cancelled appointment always).
    let over = matches!(status, Status::Completed | Status::NoShow)
        && me.settings.delete_chat_after_consultation;
    if status != current.status && (over || status == Status::Cancelled) {
        crate::chat::forget(&mut tx, current.id.as_str()).await?;
    }
    if status == Status::Cancelled || reschedules || reassigns {
        // A booked slot is free again once its appointment is cancelled or
        // moved away from it.
        sqlx::query("DELETE FROM slot_bookings WHERE appointment_id = $1")
            .bind(current.id.as_str())
            .execute(&mut *tx)
            .await?;
    }
    let Some(appointment) = load(&mut tx, &Scope::of(&me), &current.id).await? else {
        return Err(ApiError::invalid(if names_practitioner {
            "practitioner"
        } else {
            "department"
        }));
    };
    let cancelled = status == Status::Cancelled && current.status != Status::Cancelled;
    let moved = starts_at != current.starts_at || duration != current.duration_minutes;
    if cancelled || moved {
        // Calendars replace an event only by a higher SEQUENCE.
        sqlx::query("UPDATE appointments SET ics_sequence = ics_sequence + 1 WHERE id = $1")
            .bind(current.id.as_str())
            .execute(&mut *tx)
            .await?;
    }
    if cancelled {
        email::for_appointment(&cp, &mut tx, &current.id, AppointmentMail::Cancellation).await?;
    } else if moved && status.is_open() && appointment.client.is_some() {
        let participants: Vec<ParticipantId> = appointment
            .participants
            .iter()
            .map(|p| p.id.clone())
            .collect();
        let invitation = issue_links(&cp, &mut tx, &current.id, &participants).await?;
        email::for_appointment(
            &cp,
            &mut tx,
            &current.id,
            AppointmentMail::Invitation(&invitation),
        )
        .await?;
    }
    tx.commit().await?;
    audit::record(&cp, &me, "update", "appointment", current.id.as_str()).await?;
    Ok(Json(appointment))
}

/// `POST /api/v1/appointments/{id}/invitations`: new links for the client
/// and the participants (to resend the invitation).
#[utoipa::path(post, path = "/appointments/{id}/invitations", tag = "appointments", params(("id" = String, Path, description = "the record's id")), responses((status = 201, body = Invitation), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn invite(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
) -> Result<Response, ApiError> {
    let current = load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !current.status.is_open() || current.client.is_none() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    let participants: Vec<ParticipantId> =
        current.participants.iter().map(|p| p.id.clone()).collect();
    let mut tx = cp.db().pool().begin().await?;
    let invitation = issue_links(&cp, &mut tx, &current.id, &participants).await?;
    email::for_appointment(
        &cp,
        &mut tx,
        &current.id,
        AppointmentMail::Invitation(&invitation),
    )
    .await?;
    tx.commit().await?;
    audit::record(&cp, &me, "invite", "appointment", current.id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(invitation)).into_response())
}

/// Who to add to an appointment.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddParticipant {
    pub participant: ParticipantId,
}

/// `POST /api/v1/appointments/{id}/participants`: adds an external
/// participant of the organisation (family, interpreter, colleague) to an
/// appointment that is still to take place or under way: they get a link of
/// their own (answered, and mailed to them if they have an address), and
/// the waiting list shows them as the appointment's. Within the call's size.
#[utoipa::path(post, path = "/appointments/{id}/participants", tag = "appointments", params(("id" = String, Path, description = "the record's id")), request_body = AddParticipant, responses((status = 201, body = ParticipantLink), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn add_participant(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
    Json(body): Json<AddParticipant>,
) -> Result<Response, ApiError> {
    let current = load(&mut *cp.db().pool().acquire().await?, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !current.status.is_open() {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    if current
        .participants
        .iter()
        .any(|p| p.id == body.participant)
    {
        return Err(ApiError::invalid("participant"));
    }
    let mut all: Vec<ParticipantId> = current.participants.iter().map(|p| p.id.clone()).collect();
    all.push(body.participant.clone());
    invited(&cp, &me, all, Vec::new())
        .await
        .map_err(|_| ApiError::invalid("participant"))?;
    let mut tx = cp.db().pool().begin().await?;
    sqlx::query(
        "INSERT INTO appointment_participants (appointment_id, participant_id) VALUES ($1, $2)",
    )
    .bind(current.id.as_str())
    .bind(body.participant.as_str())
    .execute(&mut *tx)
    .await?;
    let link = ParticipantLink {
        participant: body.participant.clone(),
        link: links::issue(&cp, &mut tx, &current.id, Some(&body.participant)).await?,
    };
    email::for_appointment(
        &cp,
        &mut tx,
        &current.id,
        AppointmentMail::ParticipantAdded(&link),
    )
    .await?;
    tx.commit().await?;
    audit::record(
        &cp,
        &me,
        "add_participant",
        "appointment",
        current.id.as_str(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(link)).into_response())
}
