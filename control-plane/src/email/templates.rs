//! Email templates: built-in defaults, overridden per organisation and per
//! department, each a subject and a plain-text body with `*|placeholders|*`.

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::error::{ApiError, Json};
use crate::ids::{DepartmentId, OrgId};
use crate::model::{self, text_enum};
use crate::{ControlPlane, template, texts};

text_enum!(
    /// Which mail a template is for.
    MailKind {
        /// To the client, when the appointment is made (or moved, or the
        /// invitation resent).
        Invitation = "invitation",
        /// To each external participant with an email address.
        ParticipantInvitation = "participant_invitation",
        /// To the client, on the day.
        Reminder = "reminder",
        /// To the client and participants, when cancelled.
        Cancellation = "cancellation",
        /// To new staff: the link to set a password.
        Password = "password",
    }
);

impl MailKind {
    pub const ALL: [MailKind; 5] = [
        MailKind::Invitation,
        MailKind::ParticipantInvitation,
        MailKind::Reminder,
        MailKind::Cancellation,
        MailKind::Password,
    ];

    /// The placeholders this kind of mail fills in.
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            MailKind::Password => &["staff_name", "password_link", "clinic"],
            _ => &[
                "consult_deeplink",
                "portal_deeplink",
                "client_name",
                "participant_name",
                "practitioner",
                "department",
                "clinic",
                "date",
                "time",
                "timezone",
                "duration",
                "message",
            ],
        }
    }

    /// The built-in (subject, body).
    pub fn default_text(self) -> (&'static str, &'static str) {
        match self {
            MailKind::Invitation => (
                "Your video consultation with *|clinic|* on *|date|* at *|time|*",
                "Hello *|client_name|*,\n\n\
                 You have a video consultation with *|practitioner|* (*|clinic|*) on *|date|* at *|time|* (*|timezone|*), \
                 for *|duration|* minutes.\n\n\
                 Join from your browser with this personal link; it opens shortly before the appointment:\n\
                 *|consult_deeplink|*\n\n\
                 You need no account and no app, only a camera and a microphone.\n\n\
                 *|message|*\n\n\
                 *|clinic|*\n*|portal_deeplink|*\n",
            ),
            MailKind::ParticipantInvitation => (
                "Invitation: video consultation with *|clinic|* on *|date|* at *|time|*",
                "Hello *|participant_name|*,\n\n\
                 You are invited to take part in a video consultation with *|practitioner|* (*|clinic|*) on *|date|* at \
                 *|time|* (*|timezone|*).\n\n\
                 Join from your browser with this personal link:\n*|consult_deeplink|*\n\n*|clinic|*\n",
            ),
            MailKind::Reminder => (
                "Reminder: your video consultation today at *|time|*",
                "Hello *|client_name|*,\n\n\
                 A reminder of your video consultation with *|practitioner|* (*|clinic|*) today at *|time|* (*|timezone|*).\n\n\
                 Join from your browser with this link:\n*|consult_deeplink|*\n\n*|clinic|*\n",
            ),
            MailKind::Cancellation => (
                "Cancelled: your video consultation on *|date|* at *|time|*",
                "Hello *|client_name|*,\n\n\
                 Your video consultation with *|practitioner|* (*|clinic|*) on *|date|* at *|time|* (*|timezone|*) \
                 has been cancelled. The link no longer works.\n\n*|clinic|*\n*|portal_deeplink|*\n",
            ),
            MailKind::Password => (
                "Set your password for *|clinic|* on anteroom",
                "Hello *|staff_name|*,\n\n\
                 An account was made for you at *|clinic|*. Set your password with this link within 72 hours:\n\
                 *|password_link|*\n",
            ),
        }
    }
}

/// A template as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Template {
    pub kind: MailKind,
    /// Absent: the organisation's template.
    pub department: Option<DepartmentId>,
    pub subject: String,
    pub body: String,
}

/// The (subject, body) to use for `kind`: the department's, else the
/// organisation's, else the built-in one.
pub(crate) async fn effective(
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    department: Option<&DepartmentId>,
    kind: MailKind,
) -> Result<(String, String), ApiError> {
    let row = sqlx::query(
        "SELECT subject, body FROM email_templates WHERE org_id = $1 AND kind = $2 AND (department_id IS NULL OR department_id = $3) \
         ORDER BY CASE WHEN department_id IS NULL THEN 1 ELSE 0 END LIMIT 1",
    )
    .bind(org.as_str())
    .bind(kind.as_str())
    .bind(department.map(DepartmentId::as_str))
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(row) => Ok((row.try_get("subject")?, row.try_get("body")?)),
        None => {
            let (subject, body) = kind.default_text();
            Ok((subject.to_owned(), body.to_owned()))
        }
    }
}

/// `GET /api/v1/email-templates`: the organisation's and departments'
/// own templates (kinds without one use the built-in text, listed under
/// `defaults`).
#[utoipa::path(get, path = "/email-templates", tag = "email", responses((status = 200, body = TemplateList), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<TemplateList>, ApiError> {
    let rows = me.scope().in_org("SELECT kind, department_id, subject, body FROM email_templates WHERE org_id = $1 ORDER BY department_id, kind")
        .fetch_all(cp.db().pool())
        .await?;
    let mut templates = Vec::with_capacity(rows.len());
    for r in &rows {
        templates.push(Template {
            kind: MailKind::parse(&r.try_get::<String, _>("kind")?)
                .ok_or_else(|| ApiError::new(crate::error::ApiErrorCode::Internal))?,
            department: r
                .try_get::<Option<String>, _>("department_id")?
                .map(DepartmentId::from_string),
            subject: r.try_get("subject")?,
            body: r.try_get("body")?,
        });
    }
    let defaults = MailKind::ALL
        .iter()
        .map(|k| {
            let (subject, body) = k.default_text();
            Template {
                kind: *k,
                department: None,
                subject: subject.into(),
                body: body.into(),
            }
        })
        .collect();
    Ok(Json(TemplateList {
        templates,
        defaults,
    }))
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TemplateList {
    pub templates: Vec<Template>,
    pub defaults: Vec<Template>,
}

/// `PUT /api/v1/email-templates`: sets the organisation's or a
/// department's template of one kind; an empty subject and body remove it.
/// Only the kind's placeholders are accepted.
#[utoipa::path(put, path = "/email-templates", tag = "email", request_body = Template, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(t): Json<Template>,
) -> Result<StatusCode, ApiError> {
    texts::may_edit(&cp, &me, t.department.as_ref()).await?;
    let remove = t.subject.trim().is_empty() && t.body.trim().is_empty();
    let department = t.department.as_ref().map(DepartmentId::as_str);
    let mut tx = cp.db().pool().begin().await?;
    me.scope().in_org("DELETE FROM email_templates WHERE org_id = $1 AND kind = $2 AND COALESCE(department_id, '') = COALESCE(CAST($3 AS TEXT), '')")
        .bind(t.kind.as_str())
        .bind(department)
        .execute(&mut *tx)
        .await?;
    if !remove {
        let subject = model::text(&t.subject, "subject", 300)?;
        let body = model::long_text(&t.body, "body", 20_000)?;
        if !template::only_known(&subject, t.kind.placeholders()) {
            return Err(ApiError::invalid("subject"));
        }
        if !template::only_known(&body, t.kind.placeholders()) {
            return Err(ApiError::invalid("body"));
        }
        me.scope().in_org("INSERT INTO email_templates (id, org_id, department_id, kind, subject, body, updated_at) VALUES ($2, $1, $3, $4, $5, $6, $7)")
            .bind(crate::secret::random_token())
            .bind(department)
            .bind(t.kind.as_str())
            .bind(subject)
            .bind(body)
            .bind(cp.clock().now_ms())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_use_only_their_placeholders() {
        for kind in MailKind::ALL {
            let (subject, body) = kind.default_text();
            assert!(
                template::only_known(subject, kind.placeholders()),
                "{kind:?} subject"
            );
            assert!(
                template::only_known(body, kind.placeholders()),
                "{kind:?} body"
            );
        }
    }
}
