//! Questionnaires (issue 28): versioned documents of typed fields
//! ([`definition`]), made by administrators for the organisation or a
//! department, attached to an appointment, answered by its patient through
//! their invitation link (saved as they type, then submitted), and read by
//! staff who may see the appointment, each read written to the audit log.
//!
//! Answers are sealed with the organisation's data key
//! ([`crate::answer_keys`]), bound to their appointment and questionnaire
//! version; nothing of them is logged.

pub mod definition;
pub mod export;
pub mod images;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::appointments::{self, Status};
use crate::auth::Principal;
use crate::error::{ApiError, ApiErrorCode, Json};
use crate::ids::{AppointmentId, DepartmentId, OrgId, QuestionnaireId, QuestionnaireVersionId};
use crate::links::{LinkRole, LinkState};
use crate::model::{Role, text_enum};
use crate::scope::{Scope, Tenant};
use crate::{ControlPlane, audit};
pub use definition::{AnswerValue, Answers, Definition};

text_enum!(
    /// How far the patient got.
    AnswerStatus {
        /// Not opened yet.
        New = "new",
        /// Answers saved, not submitted.
        Started = "started",
        /// Submitted.
        Completed = "completed",
    }
);

/// A questionnaire in a list.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct QuestionnaireSummary {
    pub id: QuestionnaireId,
    /// Absent: the whole organisation's.
    pub department: Option<DepartmentId>,
    pub title: String,
    /// The current version, from 1.
    pub version: i64,
    /// Asked of new appointments of its department (of the whole
    /// organisation's, for one without a department) when none is chosen.
    pub asked_by_default: bool,
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: Timestamp,
}

/// A questionnaire's current version.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Questionnaire {
    pub id: QuestionnaireId,
    pub department: Option<DepartmentId>,
    pub version: i64,
    pub asked_by_default: bool,
    pub definition: Definition,
}

/// Whether a questionnaire is asked by default.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AskedByDefault {
    pub asked_by_default: bool,
}

/// A new questionnaire.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewQuestionnaire {
    #[serde(default)]
    pub department: Option<DepartmentId>,
    pub definition: Definition,
}

/// A new version of a questionnaire.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVersion {
    pub definition: Definition,
}

/// Which questionnaire an appointment asks for.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Attach {
    pub questionnaire: QuestionnaireId,
}

/// An appointment's questionnaire with its answers (as staff and the
/// patient see it).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Answered {
    pub questionnaire: QuestionnaireId,
    /// The version the patient fills in (or filled in).
    pub version: i64,
    pub definition: Definition,
    pub status: AnswerStatus,
    /// By field id: a string, a list of strings or a boolean.
    pub answers: Answers,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub completed_at: Option<Timestamp>,
}

/// Answers being saved (a draft) or submitted.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswersBody {
    pub answers: Answers,
}

fn internal() -> ApiError {
    ApiError::new(ApiErrorCode::Internal)
}

fn key_failed(e: crate::answer_keys::KeyError) -> ApiError {
    // Never the data: the kind of failure only.
    tracing::warn!(error = %e, "questionnaire answers could not be sealed or opened");
    internal()
}

/// Administrators make and change questionnaires: organisation admins any,
/// department admins those of their departments.
fn may_edit(me: &Principal, department: Option<&DepartmentId>) -> bool {
    match me.role {
        Role::OrgAdmin => true,
        Role::DepartmentAdmin => department.is_some_and(|d| me.departments.contains(d)),
        Role::Practitioner => false,
    }
}

fn summary_from_row(row: &sqlx::any::AnyRow) -> Result<QuestionnaireSummary, ApiError> {
    Ok(QuestionnaireSummary {
        id: QuestionnaireId::from_string(row.try_get("id")?),
        department: row
            .try_get::<Option<String>, _>("department_id")?
            .map(DepartmentId::from_string),
        title: row.try_get("title")?,
        version: row.try_get("current_version")?,
        asked_by_default: row.try_get::<i64, _>("asked_by_default")? != 0,
        updated_at: Timestamp::from_millisecond(row.try_get("updated_at")?)
            .map_err(|_| internal())?,
    })
}

/// `GET /api/v1/questionnaires`: the organisation's questionnaires.
#[utoipa::path(get, path = "/questionnaires", tag = "questionnaires", responses((status = 200, body = Vec<QuestionnaireSummary>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<Vec<QuestionnaireSummary>>, ApiError> {
    give_defaults(&cp, &me).await?;
    let rows = me
        .tenant()
        .query("SELECT id, department_id, title, current_version, asked_by_default, updated_at FROM questionnaires WHERE org_id = $1 ORDER BY title, id")
        .fetch_all(cp.db().pool())
        .await?;
    Ok(Json(
        rows.iter()
            .map(summary_from_row)
            .collect::<Result<_, _>>()?,
    ))
}

/// The defaults' kinds, in the order [`definition::defaults`] makes them.
const DEFAULT_KINDS: [&str; 2] = ["intake", "consent"];

/// The organisation changed its language: its default questionnaires that
/// nobody edited or asked of an appointment yet follow it.
pub(crate) async fn defaults_follow_language(
    cp: &ControlPlane,
    tenant: &Tenant,
    settings: &crate::model::OrgSettings,
) -> Result<(), ApiError> {
    let language = crate::l10n::for_client(None, settings).to_owned();
    let now = cp.clock().now_ms();
    let mut tx = cp.db().pool().begin().await?;
    for (kind, definition) in DEFAULT_KINDS.iter().zip(definition::defaults(&language)) {
        let untouched = tenant
            .query(
                "SELECT q.id, v.id AS version_id FROM questionnaires q JOIN questionnaire_versions v ON v.questionnaire_id = q.id AND v.version = 1 \
                 WHERE q.org_id = $1 AND q.default_kind = $2 AND q.current_version = 1 \
                 AND NOT EXISTS (SELECT 1 FROM appointment_questionnaires aq WHERE aq.version_id = v.id)",
            )
            .bind(*kind)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = untouched else { continue };
        let id: String = row.try_get("id")?;
        sqlx::query("UPDATE questionnaire_versions SET definition = $2 WHERE id = $1")
            .bind(row.try_get::<String, _>("version_id")?)
            .bind(serde_json::to_string(&definition).map_err(|_| internal())?)
            .execute(&mut *tx)
            .await?;
        tenant
            .query("UPDATE questionnaires SET title = $3, updated_at = $4 WHERE org_id = $1 AND id = $2")
            .bind(id)
            .bind(&definition.title)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The questionnaires every organisation starts with, in its language:
/// made the first time its staff list questionnaires (so in the language
/// it chose by then), once.
async fn give_defaults(cp: &ControlPlane, me: &Principal) -> Result<(), ApiError> {
    // Read first: after the first time, listing writes nothing.
    let given: i64 = me
        .tenant()
        .query("SELECT questionnaire_defaults FROM organisations WHERE id = $1")
        .fetch_one(cp.db().pool())
        .await?
        .try_get("questionnaire_defaults")?;
    if given != 0 {
        return Ok(());
    }
    let mut tx = cp.db().pool().begin().await?;
    // Claimed first: two first visits at once make them once.
    let claimed = me
        .tenant()
        .query("UPDATE organisations SET questionnaire_defaults = 1 WHERE id = $1 AND questionnaire_defaults = 0")
        .execute(&mut *tx)
        .await?;
    if claimed.rows_affected() != 1 {
        return Ok(());
    }
    let language = crate::l10n::for_client(None, &me.settings).to_owned();
    let now = cp.clock().now_ms();
    for (kind, definition) in DEFAULT_KINDS.iter().zip(definition::defaults(&language)) {
        definition.check()?;
        let id = QuestionnaireId::generate();
        me.tenant()
            .query("INSERT INTO questionnaires (id, org_id, department_id, title, current_version, created_at, updated_at, default_kind) VALUES ($2, $1, NULL, $3, 1, $4, $4, $5)")
            .bind(id.as_str())
            .bind(&definition.title)
            .bind(now)
            .bind(*kind)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO questionnaire_versions (id, questionnaire_id, version, definition, created_at, created_by) VALUES ($1, $2, 1, $3, $4, NULL)",
        )
        .bind(QuestionnaireVersionId::generate().as_str())
        .bind(id.as_str())
        .bind(serde_json::to_string(&definition).map_err(|_| internal())?)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Loads questionnaire `id` of `tenant` with its current definition.
async fn load(
    conn: &mut sqlx::AnyConnection,
    tenant: &Tenant,
    id: &QuestionnaireId,
) -> Result<(Questionnaire, QuestionnaireVersionId), ApiError> {
    let row = tenant
        .query(
            "SELECT q.id, q.department_id, q.current_version, q.asked_by_default, v.id AS version_id, v.definition FROM questionnaires q \
             JOIN questionnaire_versions v ON v.questionnaire_id = q.id AND v.version = q.current_version \
             WHERE q.org_id = $1 AND q.id = $2",
        )
        .bind(id.as_str())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let definition: Definition =
        serde_json::from_str(&row.try_get::<String, _>("definition")?).map_err(|_| internal())?;
    Ok((
        Questionnaire {
            id: id.clone(),
            department: row
                .try_get::<Option<String>, _>("department_id")?
                .map(DepartmentId::from_string),
            version: row.try_get("current_version")?,
            asked_by_default: row.try_get::<i64, _>("asked_by_default")? != 0,
            definition,
        },
        QuestionnaireVersionId::from_string(row.try_get("version_id")?),
    ))
}

/// Writes version `version` of questionnaire `id`.
async fn write_version(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    me: &Principal,
    id: &QuestionnaireId,
    version: i64,
    definition: &Definition,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO questionnaire_versions (id, questionnaire_id, version, definition, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(QuestionnaireVersionId::generate().as_str())
    .bind(id.as_str())
    .bind(version)
    .bind(serde_json::to_string(definition).map_err(|_| internal())?)
    .bind(cp.clock().now_ms())
    .bind(me.staff.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Makes a questionnaire (version 1).
async fn make(
    cp: &ControlPlane,
    me: &Principal,
    department: Option<&DepartmentId>,
    definition: &Definition,
) -> Result<Questionnaire, ApiError> {
    if !may_edit(me, department) {
        return Err(ApiError::forbidden());
    }
    definition.check()?;
    let mut tx = cp.db().pool().begin().await?;
    if let Some(d) = department
        && !me
            .tenant()
            .owns(&mut tx, crate::db::OrgTable::Departments, &[d.as_str()])
            .await?
    {
        return Err(ApiError::invalid("department"));
    }
    if !images::all_owned(&mut tx, &me.tenant(), &definition.image_ids()).await? {
        return Err(ApiError::invalid("fields"));
    }
    let id = QuestionnaireId::generate();
    let now = cp.clock().now_ms();
    me.tenant()
        .query("INSERT INTO questionnaires (id, org_id, department_id, title, current_version, created_at, updated_at) VALUES ($2, $1, $3, $4, 1, $5, $5)")
        .bind(id.as_str())
        .bind(department.map(DepartmentId::as_str))
        .bind(&definition.title)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    write_version(cp, &mut tx, me, &id, 1, definition).await?;
    tx.commit().await?;
    audit::record(cp, me, "create", "questionnaire", id.as_str()).await?;
    Ok(Questionnaire {
        id,
        department: department.cloned(),
        version: 1,
        asked_by_default: false,
        definition: definition.clone(),
    })
}

/// `POST /api/v1/questionnaires`: a new questionnaire (administrators).
#[utoipa::path(post, path = "/questionnaires", tag = "questionnaires", request_body = NewQuestionnaire, responses((status = 201, body = Questionnaire), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(body): Json<NewQuestionnaire>,
) -> Result<(StatusCode, Json<Questionnaire>), ApiError> {
    let made = make(&cp, &me, body.department.as_ref(), &body.definition).await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// `GET /api/v1/questionnaires/{id}`: its current version.
#[utoipa::path(get, path = "/questionnaires/{id}", tag = "questionnaires", params(("id" = String, Path, description = "the questionnaire's id")), responses((status = 200, body = Questionnaire), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<QuestionnaireId>,
) -> Result<Json<Questionnaire>, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    Ok(Json(load(&mut conn, &me.tenant(), &id).await?.0))
}

/// `PUT /api/v1/questionnaires/{id}`: a new version (answers already
/// given keep referring to theirs).
#[utoipa::path(put, path = "/questionnaires/{id}", tag = "questionnaires", params(("id" = String, Path, description = "the questionnaire's id")), request_body = NewVersion, responses((status = 200, body = Questionnaire), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn update(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<QuestionnaireId>,
    Json(body): Json<NewVersion>,
) -> Result<Json<Questionnaire>, ApiError> {
    let mut tx = cp.db().pool().begin().await?;
    let (current, _) = load(&mut tx, &me.tenant(), &id).await?;
    if !may_edit(&me, current.department.as_ref()) {
        return Err(ApiError::forbidden());
    }
    body.definition.check()?;
    if !images::all_owned(&mut tx, &me.tenant(), &body.definition.image_ids()).await? {
        return Err(ApiError::invalid("fields"));
    }
    let version = current.version + 1;
    write_version(&cp, &mut tx, &me, &id, version, &body.definition).await?;
    me.tenant()
        .query("UPDATE questionnaires SET current_version = $3, title = $4, updated_at = $5 WHERE org_id = $1 AND id = $2")
        .bind(id.as_str())
        .bind(version)
        .bind(&body.definition.title)
        .bind(cp.clock().now_ms())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    audit::record(&cp, &me, "update", "questionnaire", id.as_str()).await?;
    Ok(Json(Questionnaire {
        id,
        department: current.department,
        version,
        asked_by_default: current.asked_by_default,
        definition: body.definition,
    }))
}

/// `PUT /api/v1/questionnaires/{id}/asked-by-default`: asks it of every new
/// appointment of its department (of the organisation, for one without a
/// department) for which none is chosen, instead of the one asked so far;
/// or no longer.
#[utoipa::path(put, path = "/questionnaires/{id}/asked-by-default", tag = "questionnaires", params(("id" = String, Path, description = "the questionnaire's id")), request_body = AskedByDefault, responses((status = 200, body = Questionnaire), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn set_asked_by_default(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<QuestionnaireId>,
    Json(body): Json<AskedByDefault>,
) -> Result<Json<Questionnaire>, ApiError> {
    let mut tx = cp.db().pool().begin().await?;
    let (mut current, _) = load(&mut tx, &me.tenant(), &id).await?;
    if !may_edit(&me, current.department.as_ref()) {
        return Err(ApiError::forbidden());
    }
    if body.asked_by_default {
        // One per department, one for the organisation.
        me.tenant()
            .query(
                "UPDATE questionnaires SET asked_by_default = 0 WHERE org_id = $1 AND asked_by_default = 1 \
                 AND ((CAST($2 AS TEXT) IS NULL AND department_id IS NULL) OR department_id = $2)",
            )
            .bind(current.department.as_ref().map(DepartmentId::as_str))
            .execute(&mut *tx)
            .await?;
    }
    me.tenant()
        .query("UPDATE questionnaires SET asked_by_default = $3 WHERE org_id = $1 AND id = $2")
        .bind(id.as_str())
        .bind(i64::from(body.asked_by_default))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    audit::record(&cp, &me, "update", "questionnaire", id.as_str()).await?;
    current.asked_by_default = body.asked_by_default;
    Ok(Json(current))
}

/// The questionnaire asked by default of a new appointment of
/// `department` (its own, else the organisation's), if any.
pub(crate) async fn asked_by_default(
    conn: &mut sqlx::AnyConnection,
    tenant: &Tenant,
    department: Option<&DepartmentId>,
) -> Result<Option<QuestionnaireId>, ApiError> {
    let row = tenant
        .query(
            "SELECT id FROM questionnaires WHERE org_id = $1 AND asked_by_default = 1 \
             AND (department_id IS NULL OR department_id = $2) \
             ORDER BY CASE WHEN department_id IS NULL THEN 1 ELSE 0 END LIMIT 1",
        )
        .bind(department.map(DepartmentId::as_str))
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|r| Ok(QuestionnaireId::from_string(r.try_get("id")?)))
        .transpose()
}

/// `POST /api/v1/questionnaires/{id}/duplicate`: a copy (version 1) to
/// change without touching the original.
#[utoipa::path(post, path = "/questionnaires/{id}/duplicate", tag = "questionnaires", params(("id" = String, Path, description = "the questionnaire's id")), responses((status = 201, body = Questionnaire), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn duplicate(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<QuestionnaireId>,
) -> Result<(StatusCode, Json<Questionnaire>), ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    let (original, _) = load(&mut conn, &me.tenant(), &id).await?;
    drop(conn);
    let made = make(&cp, &me, original.department.as_ref(), &original.definition).await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// Attaches questionnaire `questionnaire` (its current version) to
/// `appointment`, in the caller's transaction; replaces one not started.
pub(crate) async fn attach(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    tenant: &Tenant,
    appointment: &AppointmentId,
    questionnaire: &QuestionnaireId,
) -> Result<(), ApiError> {
    let (_, version) = load(conn, tenant, questionnaire)
        .await
        .map_err(|_| ApiError::invalid("questionnaire"))?;
    let status: Option<String> = sqlx::query_scalar(
        "SELECT status FROM appointment_questionnaires WHERE appointment_id = $1",
    )
    .bind(appointment.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    match status.as_deref() {
        None => {
            sqlx::query("INSERT INTO appointment_questionnaires (appointment_id, version_id, status, updated_at) VALUES ($1, $2, 'new', $3)")
                .bind(appointment.as_str())
                .bind(version.as_str())
                .bind(cp.clock().now_ms())
                .execute(&mut *conn)
                .await?;
        }
        Some("new") => {
            sqlx::query("UPDATE appointment_questionnaires SET version_id = $2, updated_at = $3 WHERE appointment_id = $1")
                .bind(appointment.as_str())
                .bind(version.as_str())
                .bind(cp.clock().now_ms())
                .execute(&mut *conn)
                .await?;
        }
        // The patient has begun: their answers keep their version.
        Some(_) => return Err(ApiError::new(ApiErrorCode::InvalidState)),
    }
    Ok(())
}

/// `PUT /api/v1/appointments/{id}/questionnaire`: which questionnaire the
/// patient is asked to fill in (`invalid_state` once they began another).
#[utoipa::path(put, path = "/appointments/{id}/questionnaire", tag = "questionnaires", params(("id" = String, Path, description = "the appointment's id")), request_body = Attach, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put_for_appointment(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
    Json(body): Json<Attach>,
) -> Result<StatusCode, ApiError> {
    let mut tx = cp.db().pool().begin().await?;
    let appointment = appointments::load(&mut tx, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !matches!(
        appointment.status,
        Status::Scheduled | Status::Waiting | Status::InProgress
    ) {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    attach(&cp, &mut tx, &me.tenant(), &id, &body.questionnaire).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The stored questionnaire of `appointment`, answers opened.
async fn answered(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    appointment: &AppointmentId,
) -> Result<Option<(Answered, QuestionnaireVersionId)>, ApiError> {
    let row = sqlx::query(
        "SELECT aq.version_id, aq.status, aq.answers, aq.completed_at, v.version, v.definition, v.questionnaire_id \
         FROM appointment_questionnaires aq JOIN questionnaire_versions v ON v.id = aq.version_id \
         WHERE aq.appointment_id = $1",
    )
    .bind(appointment.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let version_id = QuestionnaireVersionId::from_string(row.try_get("version_id")?);
    let answers = match row.try_get::<Option<String>, _>("answers")? {
        Some(sealed) => {
            let key = cp
                .config()
                .answers_key
                .data_key(conn, org)
                .await
                .map_err(key_failed)?;
            let plain = key
                .open(&context(appointment, &version_id), &sealed)
                .map_err(key_failed)?;
            serde_json::from_slice(&plain).map_err(|_| internal())?
        }
        None => Answers::new(),
    };
    Ok(Some((
        Answered {
            questionnaire: QuestionnaireId::from_string(row.try_get("questionnaire_id")?),
            version: row.try_get("version")?,
            definition: serde_json::from_str(&row.try_get::<String, _>("definition")?)
                .map_err(|_| internal())?,
            status: AnswerStatus::parse(&row.try_get::<String, _>("status")?)
                .ok_or_else(internal)?,
            answers,
            completed_at: row
                .try_get::<Option<i64>, _>("completed_at")?
                .map(Timestamp::from_millisecond)
                .transpose()
                .map_err(|_| internal())?,
        },
        version_id,
    )))
}

/// What sealed answers are bound to.
fn context(appointment: &AppointmentId, version: &QuestionnaireVersionId) -> String {
    format!("answers:{}:{}", appointment.as_str(), version.as_str())
}

/// `GET /api/v1/appointments/{id}/questionnaire`: the questionnaire and
/// the patient's answers, for staff who may see the appointment; every
/// read is in the audit log.
#[utoipa::path(get, path = "/appointments/{id}/questionnaire", tag = "questionnaires", params(("id" = String, Path, description = "the appointment's id")), responses((status = 200, body = Answered), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn get_for_appointment(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
) -> Result<Json<Answered>, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    appointments::load(&mut conn, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let (answered, _) = answered(&cp, &mut conn, me.tenant().org(), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    drop(conn);
    audit::record(&cp, &me, "read", "answers", id.as_str()).await?;
    Ok(Json(answered))
}

/// The patient's link, resolved: only the patient's own, and not for a
/// cancelled appointment.
async fn patient_link(cp: &ControlPlane, token: &str) -> Result<crate::links::Resolved, ApiError> {
    let resolved = crate::links::resolve(cp, token)
        .await?
        .ok_or_else(|| ApiError::new(ApiErrorCode::InvalidToken))?;
    if resolved.view.role != LinkRole::Patient || resolved.view.state == LinkState::Cancelled {
        return Err(ApiError::not_found());
    }
    Ok(resolved)
}

/// `GET /api/v1/links/{token}/questionnaire` (the patient's link): what
/// the clinic asks, and what the patient answered so far.
#[utoipa::path(get, path = "/links/{token}/questionnaire", tag = "links", params(("token" = String, Path, description = "the link's token")), responses((status = 200, body = Answered), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn get_for_patient(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
) -> Result<Json<Answered>, ApiError> {
    let link = patient_link(&cp, &token).await?;
    let mut conn = cp.db().pool().acquire().await?;
    let (answered, _) = answered(&cp, &mut conn, &link.org, &link.appointment)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(answered))
}

/// Saves the patient's answers (`complete`: submits them).
async fn save(
    cp: &ControlPlane,
    token: &str,
    answers: Answers,
    complete: bool,
) -> Result<Answered, ApiError> {
    let link = patient_link(cp, token).await?;
    // Until the consultation is over.
    if !matches!(
        link.view.state,
        LinkState::Early | LinkState::Open | LinkState::Late
    ) {
        return Err(ApiError::new(ApiErrorCode::LinkClosed));
    }
    let mut tx = cp.db().pool().begin().await?;
    let (mut current, version) = answered(cp, &mut tx, &link.org, &link.appointment)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if current.status == AnswerStatus::Completed {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    current.definition.check_answers(&answers, complete)?;
    let key = cp
        .config()
        .answers_key
        .data_key(&mut tx, &link.org)
        .await
        .map_err(key_failed)?;
    let plain = serde_json::to_vec(&answers).map_err(|_| internal())?;
    let sealed = key
        .seal(&context(&link.appointment, &version), &plain)
        .map_err(key_failed)?;
    let now = cp.clock().now_ms();
    let status = if complete {
        AnswerStatus::Completed
    } else {
        AnswerStatus::Started
    };
    // Only onto the version the answers were checked (and sealed) against,
    // and not after a submission that came in meanwhile.
    let written = sqlx::query(
        "UPDATE appointment_questionnaires SET answers = $2, status = $3, updated_at = $4, completed_at = $5 \
         WHERE appointment_id = $1 AND status <> 'completed' AND version_id = $6",
    )
    .bind(link.appointment.as_str())
    .bind(&sealed)
    .bind(status.as_str())
    .bind(now)
    .bind(complete.then_some(now))
    .bind(version.as_str())
    .execute(&mut *tx)
    .await?;
    if written.rows_affected() != 1 {
        return Err(ApiError::new(ApiErrorCode::InvalidState));
    }
    tx.commit().await?;
    if current.status != status {
        cp.questionnaire_changed(&link.org, &link.appointment);
    }
    current.answers = answers;
    current.status = status;
    current.completed_at = complete
        .then(|| Timestamp::from_millisecond(now))
        .transpose()
        .map_err(|_| internal())?;
    Ok(current)
}

/// `PUT /api/v1/links/{token}/questionnaire`: saves the answers so far (as
/// the patient types; nothing is lost on a reload).
#[utoipa::path(put, path = "/links/{token}/questionnaire", tag = "links", params(("token" = String, Path, description = "the link's token")), request_body = AnswersBody, responses((status = 200, body = Answered), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn put_for_patient(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
    Json(body): Json<AnswersBody>,
) -> Result<Json<Answered>, ApiError> {
    Ok(Json(save(&cp, &token, body.answers, false).await?))
}

/// `POST /api/v1/links/{token}/questionnaire/submit`: submits the answers
/// (every required field that is shown answered); no change after.
#[utoipa::path(post, path = "/links/{token}/questionnaire/submit", tag = "links", params(("token" = String, Path, description = "the link's token")), request_body = AnswersBody, responses((status = 200, body = Answered), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")), security(()))]
pub async fn submit_for_patient(
    State(cp): State<ControlPlane>,
    Path(token): Path<String>,
    Json(body): Json<AnswersBody>,
) -> Result<Json<Answered>, ApiError> {
    Ok(Json(save(&cp, &token, body.answers, true).await?))
}
