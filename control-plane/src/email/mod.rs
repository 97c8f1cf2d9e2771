//! Email: invitations when an appointment is made, moved or resent,
//! reminders on the day, cancellation notices, and password links for new
//! staff. Each is rendered from a template ([`templates`]) in the client's
//! language (else the clinic's), as plain text and as [`html`], with an
//! iCalendar attachment ([`ics`]), and written to the durable [`outbox`]
//! inside the transaction of the change that causes it. Under every mail to
//! a patient: the clinic's telephone number and address, when it has given
//! them.
//!
//! Nothing is queued when the control plane has no SMTP server configured
//! or the organisation has `no_emails` set: then the links in the API
//! responses are the only copy, for the clinic to pass on its own way.

mod html;
pub mod ics;
pub mod outbox;
pub mod templates;

use jiff::{SignedDuration, Timestamp};
use sqlx::Row;

use crate::appointments::Invitation;
use crate::error::{ApiError, ApiErrorCode};
use crate::ids::{AppointmentId, DepartmentId, OrgId};
use crate::model::OrgSettings;
use crate::{ControlPlane, l10n, links, template};
use fluent_bundle::FluentArgs;
use outbox::Mail;
use templates::MailKind;

pub use outbox::{Delivery, MailConfig, MailConfigError, Mailer, deliver_due};

/// Which appointment mail to queue.
pub(crate) enum AppointmentMail<'a> {
    /// To the client and every participant with an address, with the
    /// links just issued.
    Invitation(&'a Invitation),
    /// To the client, with a link just issued.
    Reminder(&'a str),
    Cancellation,
    /// To one participant added to the appointment, with their new link.
    ParticipantAdded(&'a crate::appointments::ParticipantLink),
}

/// Whether mail goes out for this organisation at all.
fn sending(cp: &ControlPlane, settings: &OrgSettings) -> bool {
    cp.config().mail.is_some() && !settings.no_emails
}

/// Queues the mails of one appointment on `conn` (the caller's transaction).
pub(crate) async fn for_appointment(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    id: &AppointmentId,
    mail: AppointmentMail<'_>,
) -> Result<(), ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let row = sqlx::query(
        "SELECT a.org_id, a.starts_at, a.duration_minutes, a.message, a.department_id, a.ics_sequence, o.name AS org_name, o.settings, \
         s.name AS practitioner_name, d.name AS department_name, c.initials, c.last_name, c.email, c.language \
         FROM appointments a JOIN organisations o ON o.id = a.org_id LEFT JOIN staff s ON s.id = a.practitioner_id \
         LEFT JOIN departments d ON d.id = a.department_id LEFT JOIN clients c ON c.id = a.client_id WHERE a.id = $1",
    )
    .bind(id.as_str())
    .fetch_one(&mut *conn)
    .await?;
    let settings: OrgSettings =
        serde_json::from_str(&row.try_get::<String, _>("settings")?).map_err(|_| internal())?;
    if !sending(cp, &settings) {
        return Ok(());
    }
    let org = OrgId::from_string(row.try_get("org_id")?);
    let department = row
        .try_get::<Option<String>, _>("department_id")?
        .map(DepartmentId::from_string);
    let clinic: String = row.try_get("org_name")?;
    let department_name: Option<String> = row.try_get("department_name")?;
    let practitioner: Option<String> = row.try_get("practitioner_name")?;
    let starts_at =
        Timestamp::from_millisecond(row.try_get("starts_at")?).map_err(|_| internal())?;
    let duration: i64 = row.try_get("duration_minutes")?;
    // Every mail of the appointment in the client's language (the people
    // they invite are most often their family), else the clinic's.
    let client_language: Option<String> = row.try_get("language")?;
    let language = l10n::for_client(client_language.as_deref(), &settings).to_owned();
    let local = starts_at.to_zoned(settings.tz());
    let date = l10n::date(&language, &local);
    let time = l10n::time(&language, &local);
    let client_name = match (
        row.try_get::<Option<String>, _>("initials")?,
        row.try_get::<Option<String>, _>("last_name")?,
    ) {
        (Some(i), Some(l)) => format!("{i} {l}"),
        _ => String::new(),
    };
    let message: Option<String> = row.try_get("message")?;
    let portal = crate::portal::url(cp, &org);
    let with = practitioner
        .clone()
        .or_else(|| department_name.clone())
        .unwrap_or_default();
    let duration_text = duration.to_string();
    let values = |link: &str, participant: &str| -> Vec<(&'static str, String)> {
        vec![
            ("consult_deeplink", link.to_owned()),
            ("portal_deeplink", portal.clone()),
            ("client_name", client_name.clone()),
            ("participant_name", participant.to_owned()),
            ("practitioner", with.clone()),
            ("department", department_name.clone().unwrap_or_default()),
            ("clinic", clinic.clone()),
            ("date", date.clone()),
            ("time", time.clone()),
            ("timezone", settings.timezone.clone()),
            ("duration", duration_text.clone()),
            ("message", message.clone().unwrap_or_default()),
        ]
    };
    let from = cp
        .config()
        .mail
        .as_ref()
        .map(|m| m.from.clone())
        .unwrap_or_default();
    let organizer_email = from
        .rsplit('<')
        .next()
        .unwrap_or(&from)
        .trim_end_matches('>')
        .trim()
        .to_owned();
    let sequence: i64 = row.try_get("ics_sequence")?;
    let uid = format!("{}@anteroom", id.as_str());
    let words = |id: &str, args: &[(&'static str, &str)]| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        l10n::catalogues().message(&language, id, &fluent)
    };
    let event = |link: Option<&str>, method: ics::Method, attendee: (&str, &str)| {
        let summary = words("email-calendar-summary", &[("clinic", &clinic)]);
        let description = match link {
            Some(l) => words("email-calendar-join", &[("link", l)]),
            None => words("email-calendar-cancelled", &[]),
        };
        let calendar = ics::calendar(
            &ics::Event {
                uid: &uid,
                sequence,
                starts_at,
                ends_at: starts_at + SignedDuration::from_mins(duration),
                summary: &summary,
                description: &description,
                url: link,
                organizer_name: &clinic,
                organizer_email: &organizer_email,
                attendee,
                method,
            },
            cp.clock().now(),
        );
        (calendar, method.as_str())
    };

    // (kind, recipient, link, participant name)
    let mut mails: Vec<(MailKind, String, Option<String>, String)> = Vec::new();
    let client_email: Option<String> = row.try_get("email")?;
    let participants = sqlx::query(
        "SELECT p.id, p.name, p.email FROM appointment_participants ap JOIN external_participants p ON p.id = ap.participant_id \
         WHERE ap.appointment_id = $1 AND p.email IS NOT NULL ORDER BY p.id",
    )
    .bind(id.as_str())
    .fetch_all(&mut *conn)
    .await?;
    match mail {
        AppointmentMail::Invitation(invitation) => {
            if let Some(email) = &client_email {
                mails.push((
                    MailKind::Invitation,
                    email.clone(),
                    Some(invitation.patient_link.clone()),
                    String::new(),
                ));
            }
            for p in &participants {
                let pid: String = p.try_get("id")?;
                if let Some(link) = invitation
                    .participant_links
                    .iter()
                    .find(|l| l.participant.as_str() == pid)
                {
                    mails.push((
                        MailKind::ParticipantInvitation,
                        p.try_get("email")?,
                        Some(link.link.clone()),
                        p.try_get("name")?,
                    ));
                }
            }
        }
        AppointmentMail::ParticipantAdded(added) => {
            for p in &participants {
                if p.try_get::<String, _>("id")? == added.participant.as_str() {
                    mails.push((
                        MailKind::ParticipantInvitation,
                        p.try_get("email")?,
                        Some(added.link.clone()),
                        p.try_get("name")?,
                    ));
                }
            }
        }
        AppointmentMail::Reminder(link) => {
            if let Some(email) = &client_email {
                mails.push((
                    MailKind::Reminder,
                    email.clone(),
                    Some(link.to_owned()),
                    String::new(),
                ));
            }
        }
        AppointmentMail::Cancellation => {
            if let Some(email) = &client_email {
                mails.push((MailKind::Cancellation, email.clone(), None, String::new()));
            }
            for p in &participants {
                mails.push((
                    MailKind::Cancellation,
                    p.try_get("email")?,
                    None,
                    p.try_get("name")?,
                ));
            }
        }
    }
    // The questionnaire the patient is asked to fill in, announced in their
    // invitation and reminder (never the answers).
    let questionnaire: Option<String> = sqlx::query_scalar(
        "SELECT q.title FROM appointment_questionnaires aq JOIN questionnaire_versions v ON v.id = aq.version_id \
         JOIN questionnaires q ON q.id = v.questionnaire_id WHERE aq.appointment_id = $1 AND aq.status <> 'completed'",
    )
    .bind(id.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    for (kind, recipient, link, participant) in mails {
        let (subject, body) =
            templates::effective(conn, &org, department.as_ref(), kind, &language).await?;
        let values = values(link.as_deref().unwrap_or(""), &participant);
        let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let subject = template::render(&subject, &pairs).replace(['\r', '\n'], " ");
        let mut body = template::render(&body, &pairs);
        if let Some(title) = questionnaire
            .as_deref()
            .filter(|_| matches!(kind, MailKind::Invitation | MailKind::Reminder))
        {
            let note = words(
                "email-questionnaire-note",
                &[("clinic", &clinic), ("title", title)],
            );
            body = format!("{}\n\n{note}\n", body.trim_end());
        }
        let body = html::with_contact(&body, &language, &settings);
        let html = html::page(&language, &clinic, &subject, &body, &settings);
        let method = if kind == MailKind::Cancellation {
            ics::Method::Cancel
        } else {
            ics::Method::Request
        };
        let attendee_name = if participant.is_empty() {
            &client_name
        } else {
            &participant
        };
        let ics = event(link.as_deref(), method, (attendee_name, &recipient));
        outbox::enqueue(
            cp,
            conn,
            Mail {
                org: &org,
                appointment: Some(id),
                kind: kind.as_str(),
                recipient: &recipient,
                subject: &subject,
                body: &body,
                html: Some(&html),
                ics: Some(ics),
            },
        )
        .await?;
    }
    Ok(())
}

/// Queues the password-link mail of a new staff member.
pub(crate) async fn password_link(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    settings: &OrgSettings,
    recipient: &str,
    name: &str,
    link: &str,
) -> Result<(), ApiError> {
    if !sending(cp, settings) {
        return Ok(());
    }
    let clinic: String = sqlx::query("SELECT name FROM organisations WHERE id = $1")
        .bind(org.as_str())
        .fetch_one(&mut *conn)
        .await?
        .try_get("name")?;
    let language = l10n::for_client(None, settings);
    let (subject, body) =
        templates::effective(conn, org, None, MailKind::Password, language).await?;
    let pairs = [
        ("staff_name", name),
        ("password_link", link),
        ("clinic", clinic.as_str()),
    ];
    let subject = template::render(&subject, &pairs).replace(['\r', '\n'], " ");
    let body = template::render(&body, &pairs);
    let html = html::page(language, &clinic, &subject, &body, settings);
    outbox::enqueue(
        cp,
        conn,
        Mail {
            org,
            appointment: None,
            kind: MailKind::Password.as_str(),
            recipient,
            subject: &subject,
            body: &body,
            html: Some(&html),
            ics: None,
        },
    )
    .await
}

/// Queues the mail with a patient portal PIN, in `language`, to an
/// address a client of `org` has (the caller checked).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn portal_pin(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    clinic: &str,
    settings: &OrgSettings,
    recipient: &str,
    language: &str,
    pin: &str,
) -> Result<(), ApiError> {
    let portal = crate::portal::url(cp, org);
    let minutes = crate::portal::PIN_MINUTES.to_string();
    let pairs = [
        ("pin", pin),
        ("minutes", minutes.as_str()),
        ("clinic", clinic),
        ("portal_deeplink", portal.as_str()),
    ];
    notice(
        cp,
        conn,
        org,
        clinic,
        settings,
        recipient,
        language,
        MailKind::PortalPin,
        &pairs,
    )
    .await
}

/// Queues a notice to staff member `name` (`recipient`) that a patient
/// wrote in `channel` and nobody has read it; never the words, nor whose
/// the channel is (the link, behind the staff login, says).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn channel_unread(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    clinic: &str,
    settings: &OrgSettings,
    recipient: &str,
    name: &str,
    channel: &crate::ids::ChannelId,
) -> Result<(), ApiError> {
    let link = format!(
        "{}/staff/messages/{}",
        cp.config().public_url.trim_end_matches('/'),
        channel.as_str()
    );
    let pairs = [
        ("staff_name", name),
        ("clinic", clinic),
        ("messages_link", link.as_str()),
    ];
    let language = l10n::for_client(None, settings);
    notice(
        cp,
        conn,
        org,
        clinic,
        settings,
        recipient,
        language,
        MailKind::ChannelUnread,
        &pairs,
    )
    .await
}

/// Queues a notice to the patient (`recipient`) that the clinic wrote in
/// a chat channel; never the words: they read them in the portal.
pub(crate) async fn channel_reply(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    clinic: &str,
    settings: &OrgSettings,
    recipient: &str,
    language: &str,
) -> Result<(), ApiError> {
    let portal = crate::portal::url(cp, org);
    let pairs = [("clinic", clinic), ("portal_deeplink", portal.as_str())];
    notice(
        cp,
        conn,
        org,
        clinic,
        settings,
        recipient,
        language,
        MailKind::ChannelReply,
        &pairs,
    )
    .await
}

/// Queues a mail of `kind` without an appointment, filled with `pairs`.
#[allow(clippy::too_many_arguments)]
async fn notice(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    org: &OrgId,
    clinic: &str,
    settings: &OrgSettings,
    recipient: &str,
    language: &str,
    kind: MailKind,
    pairs: &[(&str, &str)],
) -> Result<(), ApiError> {
    if !sending(cp, settings) {
        return Ok(());
    }
    let (subject, body) = templates::effective(conn, org, None, kind, language).await?;
    let subject = template::render(&subject, pairs).replace(['\r', '\n'], " ");
    let body = html::with_contact(&template::render(&body, pairs), language, settings);
    let html = html::page(language, clinic, &subject, &body, settings);
    outbox::enqueue(
        cp,
        conn,
        Mail {
            org,
            appointment: None,
            kind: kind.as_str(),
            recipient,
            subject: &subject,
            body: &body,
            html: Some(&html),
            ics: None,
        },
    )
    .await
}

/// Local time from which reminders of the day go out.
const REMINDER_HOUR: i8 = 7;

/// Queues the reminder of every scheduled appointment later today (clinic
/// time) that was made before today and has had none; from 07:00 clinic
/// time. Each reminder carries a fresh link. Returns how many it queued.
pub async fn queue_reminders(cp: &ControlPlane) -> Result<u64, ApiError> {
    if cp.config().mail.is_none() {
        return Ok(0);
    }
    let orgs = sqlx::query("SELECT id, settings FROM organisations")
        .fetch_all(cp.db().pool())
        .await?;
    let mut queued = 0;
    for org in orgs {
        let settings: OrgSettings = serde_json::from_str(&org.try_get::<String, _>("settings")?)
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        if !sending(cp, &settings) {
            continue;
        }
        let now = cp.clock().now().to_zoned(settings.tz());
        if now.hour() < REMINDER_HOUR {
            continue;
        }
        let (Ok(today), Ok(tomorrow)) = (
            now.start_of_day(),
            now.tomorrow().and_then(|t| t.start_of_day()),
        ) else {
            continue;
        };
        let due = sqlx::query(
            "SELECT id FROM appointments WHERE org_id = $1 AND status = 'scheduled' AND reminded_at IS NULL \
             AND starts_at > $2 AND starts_at < $3 AND created_at < $4",
        )
        .bind(org.try_get::<String, _>("id")?)
        .bind(now.timestamp().as_millisecond())
        .bind(tomorrow.timestamp().as_millisecond())
        .bind(today.timestamp().as_millisecond())
        .fetch_all(cp.db().pool())
        .await?;
        for row in due {
            let id = AppointmentId::from_string(row.try_get("id")?);
            let mut tx = cp.db().pool().begin().await?;
            let marked = sqlx::query(
                "UPDATE appointments SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
            )
            .bind(cp.clock().now_ms())
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
            if marked.rows_affected() != 1 {
                continue;
            }
            let link = links::issue(cp, &mut tx, &id, None).await?;
            for_appointment(cp, &mut tx, &id, AppointmentMail::Reminder(&link)).await?;
            tx.commit().await?;
            queued += 1;
        }
    }
    Ok(queued)
}
