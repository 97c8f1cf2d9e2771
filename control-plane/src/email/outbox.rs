//! The durable outbox. A mail is written in the same transaction as the
//! change that causes it, so it exists exactly when the change does. A
//! sender claims due mails one at a time with a lease, sends, and records
//! the outcome: sent (content cleared), retry later with backoff (SMTP down
//! or a 4xx), or failed for good (a 5xx, or retries exhausted).
//!
//! Delivery is at least once: a sender killed after the SMTP server
//! accepted a mail but before recording it sends it again once the lease
//! runs out. Every mail keeps one Message-ID across attempts, so a receiving
//! server can tell the repeat.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::Row;

use crate::ControlPlane;
use crate::error::ApiError;
use crate::ids::{AppointmentId, OrgId};

/// How long a sender holds a claimed mail.
const LEASE_MS: i64 = 5 * 60 * 1000;
/// First retry after 30 s, doubling to at most an hour; given up after
/// this many attempts (about a day).
const FIRST_RETRY_MS: i64 = 30_000;
const MAX_RETRY_MS: i64 = 3_600_000;
const MAX_ATTEMPTS: i64 = 30;
/// Mails handled per pass.
const BATCH: i64 = 50;

/// Where mail goes: an SMTP server (`smtp://host:port` plain,
/// `smtp://host:port?tls=required` STARTTLS, `smtps://host` TLS, with
/// `user:password@` if it needs a login) and the sender address.
#[derive(Debug, Clone)]
pub struct MailConfig {
    pub smtp_url: String,
    pub from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("invalid SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("invalid sender address {0:?}")]
    From(String),
}

/// An SMTP connection pool and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").finish_non_exhaustive()
    }
}

impl Mailer {
    pub fn new(config: &MailConfig) -> Result<Mailer, MailConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| MailConfigError::SmtpUrl(e.to_string()))?
            .timeout(Some(Duration::from_secs(15)))
            .build();
        let from = config
            .from
            .parse()
            .map_err(|_| MailConfigError::From(config.from.clone()))?;
        Ok(Mailer { transport, from })
    }
}

/// A mail to queue.
pub(crate) struct Mail<'a> {
    pub org: &'a OrgId,
    pub appointment: Option<&'a AppointmentId>,
    pub kind: &'a str,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// The same as HTML, sent beside the text as its alternative.
    pub html: Option<&'a str>,
    /// An iCalendar attachment and its METHOD.
    pub ics: Option<(String, &'static str)>,
}

pub(crate) async fn enqueue(
    cp: &ControlPlane,
    conn: &mut sqlx::AnyConnection,
    mail: Mail<'_>,
) -> Result<(), ApiError> {
    let now = cp.clock().now_ms();
    let (ics, method) = match mail.ics {
        Some((ics, method)) => (Some(ics), Some(method)),
        None => (None, None),
    };
    sqlx::query(
        "INSERT INTO outbox (id, org_id, appointment_id, kind, recipient, subject, body, ics, ics_method, status, attempts, \
         next_attempt_at, created_at, html) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, $10, $10, $11)",
    )
    .bind(crate::secret::random_token())
    .bind(mail.org.as_str())
    .bind(mail.appointment.map(AppointmentId::as_str))
    .bind(mail.kind)
    .bind(mail.recipient)
    .bind(mail.subject)
    .bind(mail.body)
    .bind(ics)
    .bind(method)
    .bind(now)
    .bind(mail.html)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What one pass over the outbox did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub sent: u32,
    /// Left for a later attempt.
    pub deferred: u32,
    /// Given up.
    pub failed: u32,
}

enum Outcome {
    Sent,
    Retry(&'static str),
    Fail(&'static str),
}

/// Sends every mail that is due now (up to a batch), recording each
/// outcome. Call it again for more; `ControlPlane::run_mail` calls it every
/// few seconds.
pub async fn deliver_due(cp: &ControlPlane, mailer: &Mailer) -> Result<Delivery, ApiError> {
    let now = cp.clock().now_ms();
    let due = sqlx::query(
        "SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until < $1) \
         ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(cp.db().pool())
    .await?;
    let mut delivery = Delivery::default();
    for row in due {
        let id: String = row.try_get("id")?;
        // Claim it; another sender may have been first.
        let claimed = sqlx::query(
            "UPDATE outbox SET status = 'sending', lease_until = $1 WHERE id = $2 \
             AND ((status = 'pending' AND next_attempt_at <= $3) OR (status = 'sending' AND lease_until < $3))",
        )
        .bind(now + LEASE_MS)
        .bind(&id)
        .bind(now)
        .execute(cp.db().pool())
        .await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        let mail = sqlx::query(
            "SELECT recipient, subject, body, html, ics, ics_method, attempts FROM outbox WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(cp.db().pool())
        .await?;
        let attempts: i64 = mail.try_get("attempts")?;
        let outcome = match build(&id, mailer, &mail) {
            Ok(message) => match mailer.transport.send(message).await {
                Ok(_) => Outcome::Sent,
                Err(e) if e.is_permanent() => Outcome::Fail("permanent"),
                Err(e) if e.is_transient() => Outcome::Retry("transient"),
                Err(_) => Outcome::Retry("connect"),
            },
            Err(()) => Outcome::Fail("invalid"),
        };
        let now = cp.clock().now_ms();
        match outcome {
            Outcome::Sent => {
                delivery.sent += 1;
                sqlx::query(
                    "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, lease_until = NULL, \
                     subject = NULL, body = NULL, html = NULL, ics = NULL, last_error = NULL WHERE id = $2",
                )
                .bind(now)
                .bind(&id)
                .execute(cp.db().pool())
                .await?;
            }
            Outcome::Retry(why) if attempts + 1 < MAX_ATTEMPTS => {
                delivery.deferred += 1;
                let wait = FIRST_RETRY_MS
                    .saturating_mul(1 << attempts.min(20))
                    .min(MAX_RETRY_MS);
                sqlx::query(
                    "UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = $1, lease_until = NULL, \
                     last_error = $2 WHERE id = $3",
                )
                .bind(now + wait)
                .bind(why)
                .bind(&id)
                .execute(cp.db().pool())
                .await?;
            }
            Outcome::Retry(why) | Outcome::Fail(why) => {
                delivery.failed += 1;
                tracing::warn!(mail = %id, reason = why, "mail given up");
                sqlx::query(
                    "UPDATE outbox SET status = 'failed', attempts = attempts + 1, lease_until = NULL, last_error = $1, \
                     subject = NULL, body = NULL, html = NULL, ics = NULL WHERE id = $2",
                )
                .bind(why)
                .bind(&id)
                .execute(cp.db().pool())
                .await?;
            }
        }
    }
    if delivery != Delivery::default() {
        tracing::info!(
            sent = delivery.sent,
            deferred = delivery.deferred,
            failed = delivery.failed,
            "outbox pass"
        );
    }
    Ok(delivery)
}

fn build(id: &str, mailer: &Mailer, row: &sqlx::any::AnyRow) -> Result<Message, ()> {
    let recipient: Option<String> = row.try_get("recipient").map_err(|_| ())?;
    let to: Mailbox = recipient.ok_or(())?.parse().map_err(|_| ())?;
    let subject: String = row
        .try_get::<Option<String>, _>("subject")
        .map_err(|_| ())?
        .ok_or(())?;
    let body: String = row
        .try_get::<Option<String>, _>("body")
        .map_err(|_| ())?
        .ok_or(())?;
    let ics: Option<String> = row.try_get("ics").map_err(|_| ())?;
    let method: Option<String> = row.try_get("ics_method").map_err(|_| ())?;
    let builder = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(subject)
        // One id for every attempt, so a repeat can be recognised.
        .message_id(Some(format!("<{id}@anteroom>")));
    // Mails queued before HTML parts existed have none.
    let html: Option<String> = row.try_get("html").map_err(|_| ())?;
    let attachment = match ics {
        Some(ics) => {
            let content_type = ContentType::parse(&format!(
                "text/calendar; charset=utf-8; method={}",
                method.as_deref().unwrap_or("REQUEST")
            ))
            .map_err(|_| ())?;
            Some(Attachment::new("consultation.ics".into()).body(ics, content_type))
        }
        None => None,
    };
    match (html, attachment) {
        (Some(html), Some(attachment)) => builder.multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(body, html))
                .singlepart(attachment),
        ),
        (None, Some(attachment)) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(attachment),
        ),
        (Some(html), None) => builder.multipart(MultiPart::alternative_plain_html(body, html)),
        (None, None) => builder.singlepart(SinglePart::plain(body)),
    }
    .map_err(|_| ())
}

/// Mails waiting (pending or being sent), for health checks and tests.
pub async fn waiting(cp: &ControlPlane) -> Result<i64, ApiError> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending')")
            .fetch_one(cp.db().pool())
            .await?;
    Ok(row.try_get("n")?)
}
