//! Appointments in the database: which ones a principal may see (as SQL),
//! reading them with their participants, writing a new one and its links.

use super::*;

pub(super) const SELECT: &str = "SELECT a.id, a.status, a.origin, a.starts_at, a.duration_minutes, a.message, a.created_at, \
     a.practitioner_id, s.name AS practitioner_name, a.department_id, d.name AS department_name, \
     a.client_id, c.initials AS client_initials, c.last_name AS client_last_name, \
     aq.status AS questionnaire_status, q.id AS questionnaire_id, q.title AS questionnaire_title \
     FROM appointments a LEFT JOIN staff s ON s.id = a.practitioner_id \
     LEFT JOIN departments d ON d.id = a.department_id LEFT JOIN clients c ON c.id = a.client_id \
     LEFT JOIN appointment_questionnaires aq ON aq.appointment_id = a.id \
     LEFT JOIN questionnaire_versions qv ON qv.id = aq.version_id LEFT JOIN questionnaires q ON q.id = qv.questionnaire_id";

/// A stored time (milliseconds since the epoch) as a timestamp.
pub(crate) fn timestamp(ms: i64) -> Result<Timestamp, ApiError> {
    Timestamp::from_millisecond(ms).map_err(|_| ApiError::new(ApiErrorCode::Internal))
}

pub(super) fn from_row(row: &sqlx::any::AnyRow) -> Result<Appointment, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let named = |id: Option<String>, name: Option<String>| id.zip(name);
    let client = match row.try_get::<Option<String>, _>("client_id")? {
        Some(id) => Some(ClientSummary {
            id: ClientId::from_string(id),
            initials: row.try_get("client_initials")?,
            last_name: row.try_get("client_last_name")?,
        }),
        None => None,
    };
    Ok(Appointment {
        id: AppointmentId::from_string(row.try_get("id")?),
        status: Status::parse(&row.try_get::<String, _>("status")?).ok_or_else(internal)?,
        origin: Origin::parse(&row.try_get::<String, _>("origin")?).ok_or_else(internal)?,
        starts_at: timestamp(row.try_get("starts_at")?)?,
        duration_minutes: u32::try_from(row.try_get::<i64, _>("duration_minutes")?)
            .map_err(|_| internal())?,
        practitioner: named(
            row.try_get("practitioner_id")?,
            row.try_get("practitioner_name")?,
        )
        .map(|(id, name)| Named {
            id: StaffId::from_string(id),
            name,
        }),
        department: named(
            row.try_get("department_id")?,
            row.try_get("department_name")?,
        )
        .map(|(id, name)| Named {
            id: DepartmentId::from_string(id),
            name,
        }),
        client,
        message: row.try_get("message")?,
        participants: Vec::new(),
        created_at: timestamp(row.try_get("created_at")?)?,
        questionnaire: super::types::AskedQuestionnaire::from_row(row)?,
    })
}

/// Fills in the participants of `appointments` with one query.
pub(super) async fn add_participants<'c, E>(
    executor: E,
    appointments: &mut [Appointment],
) -> Result<(), ApiError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if appointments.is_empty() {
        return Ok(());
    }
    let placeholders: Vec<String> = (1..=appointments.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT ap.appointment_id, p.id, p.name, p.kind FROM appointment_participants ap \
         JOIN external_participants p ON p.id = ap.participant_id \
         WHERE ap.appointment_id IN ({}) ORDER BY p.name, p.id",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for a in appointments.iter() {
        query = query.bind(a.id.as_str());
    }
    let rows = query.fetch_all(executor).await?;
    let mut by_appointment: HashMap<String, Vec<ParticipantSummary>> = HashMap::new();
    for row in &rows {
        by_appointment
            .entry(row.try_get("appointment_id")?)
            .or_default()
            .push(ParticipantSummary {
                id: ParticipantId::from_string(row.try_get("id")?),
                name: row.try_get("name")?,
                kind: ParticipantKind::parse(&row.try_get::<String, _>("kind")?)
                    .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?,
            });
    }
    for a in appointments {
        a.participants = by_appointment.remove(a.id.as_str()).unwrap_or_default();
    }
    Ok(())
}

/// The appointment `id` if `scope` sees it, read on `conn` (a pooled
/// connection, or a transaction that has just written it).
pub(crate) async fn load(
    conn: &mut sqlx::AnyConnection,
    scope: &Scope,
    id: &AppointmentId,
) -> Result<Option<Appointment>, ApiError> {
    let sql = Visible::Appointments.sql(SELECT, "a.id = $5");
    let row = scope
        .query(&sql)
        .bind(id.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let mut appointment = [from_row(&row)?];
    add_participants(&mut *conn, &mut appointment).await?;
    let [appointment] = appointment;
    Ok(Some(appointment))
}

/// What a new appointment is made of, checked.
pub(crate) struct Insert<'a> {
    pub id: &'a AppointmentId,
    pub org: &'a str,
    pub practitioner: Option<&'a StaffId>,
    pub department: Option<&'a DepartmentId>,
    pub client: &'a ClientId,
    pub starts_at: Timestamp,
    pub duration_minutes: u32,
    pub message: Option<&'a str>,
    pub origin: Origin,
    pub created_by: Option<&'a StaffId>,
    pub participants: &'a [ParticipantId],
    /// The questionnaire asked: `Default` the department's (else the
    /// organisation's) default, if it has one.
    pub questionnaire: Asked<'a>,
}

/// Which questionnaire a new appointment asks its patient to fill in.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Asked<'a> {
    /// The one asked by default, if any.
    Default,
    /// None.
    Nothing,
    /// This one.
    This(&'a crate::ids::QuestionnaireId),
}

/// Writes a new appointment, its participants and its links in `tx`, and
/// returns the links.
pub(crate) async fn insert(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    a: Insert<'_>,
) -> Result<Invitation, ApiError> {
    let now = cp.clock().now_ms();
    sqlx::query(
        "INSERT INTO appointments (id, org_id, practitioner_id, department_id, client_id, starts_at, duration_minutes, message, \
         status, origin, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', $9, $10, $11, $11)",
    )
    .bind(a.id.as_str())
    .bind(a.org)
    .bind(a.practitioner.map(StaffId::as_str))
    .bind(a.department.map(DepartmentId::as_str))
    .bind(a.client.as_str())
    .bind(a.starts_at.as_millisecond())
    .bind(i64::from(a.duration_minutes))
    .bind(a.message)
    .bind(a.origin.as_str())
    .bind(a.created_by.map(StaffId::as_str))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    // The client's chat channel with the practitioner (or department),
    // made with their first appointment, where the organisation has them.
    let settings: String = sqlx::query_scalar("SELECT settings FROM organisations WHERE id = $1")
        .bind(a.org)
        .fetch_one(&mut **tx)
        .await?;
    let settings: crate::model::OrgSettings = serde_json::from_str(&settings)
        .map_err(|_| ApiError::new(crate::error::ApiErrorCode::Internal))?;
    if settings.chat_channels {
        crate::channels::ensure(
            cp,
            tx,
            &crate::ids::OrgId::from_string(a.org.to_owned()),
            a.client,
            a.practitioner,
            a.department,
        )
        .await?;
    }
    let tenant = crate::scope::Tenant::of(crate::ids::OrgId::from_string(a.org.to_owned()));
    let questionnaire = match a.questionnaire {
        Asked::Nothing => None,
        Asked::This(q) => Some(q.clone()),
        Asked::Default => {
            crate::questionnaires::asked_by_default(tx, &tenant, a.department).await?
        }
    };
    if let Some(q) = questionnaire {
        crate::questionnaires::attach(cp, tx, &tenant, a.id, &q).await?;
    }
    for p in a.participants {
        sqlx::query(
            "INSERT INTO appointment_participants (appointment_id, participant_id) VALUES ($1, $2)",
        )
        .bind(a.id.as_str())
        .bind(p.as_str())
        .execute(&mut **tx)
        .await?;
    }
    issue_links(cp, tx, a.id, a.participants).await
}

/// New links for the client and every participant. Earlier links stay
/// valid: a patient may still click an older email.
pub(super) async fn issue_links(
    cp: &ControlPlane,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &AppointmentId,
    participants: &[ParticipantId],
) -> Result<Invitation, ApiError> {
    let patient_link = links::issue(cp, tx, id, None).await?;
    let mut participant_links = Vec::with_capacity(participants.len());
    for p in participants {
        participant_links.push(ParticipantLink {
            participant: p.clone(),
            link: links::issue(cp, tx, id, Some(p)).await?,
        });
    }
    Ok(Invitation {
        patient_link,
        participant_links,
    })
}
