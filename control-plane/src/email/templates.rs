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
use crate::{ControlPlane, l10n, template, texts};
use fluent_bundle::FluentArgs;

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
        /// To a patient who asked to open the patient portal: the PIN.
        PortalPin = "portal_pin",
        /// To staff: a patient wrote in a chat channel and nobody read it
        /// (never the words).
        ChannelUnread = "channel_unread",
        /// To the patient: the clinic wrote in a chat channel (never the
        /// words).
        ChannelReply = "channel_reply",
    }
);

impl MailKind {
    pub const ALL: [MailKind; 8] = [
        MailKind::Invitation,
        MailKind::ParticipantInvitation,
        MailKind::Reminder,
        MailKind::Cancellation,
        MailKind::Password,
        MailKind::PortalPin,
        MailKind::ChannelUnread,
        MailKind::ChannelReply,
    ];

    /// The placeholders this kind of mail fills in.
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            MailKind::Password => &["staff_name", "password_link", "clinic"],
            MailKind::PortalPin => &["pin", "minutes", "clinic", "portal_deeplink"],
            MailKind::ChannelUnread => &["staff_name", "clinic", "messages_link"],
            MailKind::ChannelReply => &["clinic", "portal_deeplink"],
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

    /// The id of its messages in the catalogues (`email-{id}-subject`).
    fn message_id(self) -> &'static str {
        match self {
            MailKind::Invitation => "invitation",
            MailKind::ParticipantInvitation => "participant-invitation",
            MailKind::Reminder => "reminder",
            MailKind::Cancellation => "cancellation",
            MailKind::Password => "password",
            MailKind::PortalPin => "portal-pin",
            MailKind::ChannelUnread => "channel-unread",
            MailKind::ChannelReply => "channel-reply",
        }
    }

    /// The built-in (subject, body) in `language` (from its catalogue,
    /// `web/locales/{language}/email.ftl`), with the placeholders staff
    /// see and write: Fluent's `{ $clinic }` becomes `*|clinic|*`.
    pub fn default_text(self, language: &str) -> (String, String) {
        let mut args = FluentArgs::new();
        for name in self.placeholders() {
            args.set(*name, format!("*|{name}|*"));
        }
        let catalogues = l10n::catalogues();
        let id = self.message_id();
        (
            catalogues.message(language, &format!("email-{id}-subject"), &args),
            catalogues.message(language, &format!("email-{id}-body"), &args),
        )
    }
}

/// A template as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Template {
    pub kind: MailKind,
    /// Absent: the organisation's template.
    pub department: Option<DepartmentId>,
    /// The language of the mails it is for (a shipped one, such as `nl`);
    /// absent: mails in every language that has no template of its own.
    #[serde(default)]
    pub language: Option<String>,
    pub subject: String,
    pub body: String,
}

/// The (subject, body) to use for `kind` in a mail in `language`: the
/// clinic's own text in that language (the department's, else the
/// organisation's), else its text for every language (likewise), else the
/// built-in one in that language.
pub(crate) async fn effective(
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    department: Option<&DepartmentId>,
    kind: MailKind,
    language: &str,
) -> Result<(String, String), ApiError> {
    let row = sqlx::query(
        "SELECT subject, body FROM email_templates WHERE org_id = $1 AND kind = $2 AND (department_id IS NULL OR department_id = $3) \
         AND (language IS NULL OR language = $4) \
         ORDER BY CASE WHEN language IS NULL THEN 1 ELSE 0 END, CASE WHEN department_id IS NULL THEN 1 ELSE 0 END LIMIT 1",
    )
    .bind(org.as_str())
    .bind(kind.as_str())
    .bind(department.map(DepartmentId::as_str))
    .bind(language)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(row) => Ok((row.try_get("subject")?, row.try_get("body")?)),
        None => Ok(kind.default_text(language)),
    }
}

/// `GET /api/v1/email-templates`: the organisation's and departments'
/// own templates, and under `defaults` the built-in text of every kind in
/// every shipped language (used where the clinic has none).
#[utoipa::path(get, path = "/email-templates", tag = "email", responses((status = 200, body = TemplateList), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
) -> Result<Json<TemplateList>, ApiError> {
    let rows = me.scope().in_org("SELECT kind, department_id, language, subject, body FROM email_templates WHERE org_id = $1 ORDER BY department_id, language, kind")
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
            language: r.try_get("language")?,
            subject: r.try_get("subject")?,
            body: r.try_get("body")?,
        });
    }
    let defaults = l10n::catalogues()
        .languages()
        .flat_map(|language| {
            MailKind::ALL.iter().map(move |k| {
                let (subject, body) = k.default_text(language);
                Template {
                    kind: *k,
                    department: None,
                    language: Some(language.to_owned()),
                    subject,
                    body,
                }
            })
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
/// department's template of one kind, for one language or (without
/// `language`) every language; an empty subject and body remove it. Only
/// the kind's placeholders are accepted.
#[utoipa::path(put, path = "/email-templates", tag = "email", request_body = Template, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn put(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(t): Json<Template>,
) -> Result<StatusCode, ApiError> {
    texts::may_edit(&cp, &me, t.department.as_ref()).await?;
    let remove = t.subject.trim().is_empty() && t.body.trim().is_empty();
    let department = t.department.as_ref().map(DepartmentId::as_str);
    let language = l10n::shipped(t.language.as_deref(), "language")?;
    let mut tx = cp.db().pool().begin().await?;
    me.scope().in_org("DELETE FROM email_templates WHERE org_id = $1 AND kind = $2 AND COALESCE(department_id, '') = COALESCE(CAST($3 AS TEXT), '') \
         AND COALESCE(language, '') = COALESCE(CAST($4 AS TEXT), '')")
        .bind(t.kind.as_str())
        .bind(department)
        .bind(language)
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
        me.scope().in_org("INSERT INTO email_templates (id, org_id, department_id, kind, subject, body, updated_at, language) VALUES ($2, $1, $3, $4, $5, $6, $7, $8)")
            .bind(crate::secret::random_token())
            .bind(department)
            .bind(t.kind.as_str())
            .bind(subject)
            .bind(body)
            .bind(cp.clock().now_ms())
            .bind(language)
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
    fn defaults_in_every_language_use_their_placeholders_as_english_does() {
        let placeholders = |text: &str| {
            let mut found: Vec<String> = text
                .split("*|")
                .skip(1)
                .filter_map(|rest| rest.split_once("|*").map(|(name, _)| name.to_owned()))
                .collect();
            found.sort();
            found.dedup();
            found
        };
        for kind in MailKind::ALL {
            let (english_subject, english_body) = kind.default_text(l10n::ENGLISH);
            assert!(
                !english_body.is_empty() && !english_body.starts_with("email-"),
                "{kind:?}"
            );
            for language in l10n::catalogues().languages() {
                let (subject, body) = kind.default_text(language);
                assert!(
                    template::only_known(&subject, kind.placeholders()),
                    "{language} {kind:?} subject"
                );
                assert!(
                    template::only_known(&body, kind.placeholders()),
                    "{language} {kind:?} body"
                );
                assert_eq!(
                    (placeholders(&subject), placeholders(&body)),
                    (placeholders(&english_subject), placeholders(&english_body)),
                    "{language} {kind:?}: the placeholders English has"
                );
                if language != l10n::ENGLISH {
                    assert_ne!(body, english_body, "{language} {kind:?} is translated");
                }
            }
        }
    }
}
