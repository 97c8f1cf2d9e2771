//! A patient's answers as a document to download: PDF (set by
//! [`crate::pdf`]) or plain text, in the patient's language (their
//! record's, else the organisation's) with the organisation's name, the
//! patient, the appointment and every question shown to them with its
//! answer. Both come from one list of [`Item`]s, so they say the same.
//! Every download is in the audit log, as every read is.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentArgs;
use serde::Deserialize;
use sqlx::Row;

use super::definition::FieldKind;
use super::{AnswerStatus, AnswerValue, Answered, answered, images, internal};
use crate::appointments;
use crate::auth::Principal;
use crate::error::{ApiError, Query};
use crate::ids::AppointmentId;
use crate::pdf::{Item, Style};
use crate::scope::Scope;
use crate::{ControlPlane, audit};

/// Which form.
#[derive(Debug, Clone, Copy, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Text,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `pdf` (the default) or `text`.
    #[serde(default = "pdf")]
    #[param(inline)]
    pub format: Format,
}

fn pdf() -> Format {
    Format::Pdf
}

/// Who and what the document is about, besides the answers.
pub struct About {
    pub organisation: String,
    pub language: String,
    /// The language is written right to left.
    pub rtl: bool,
    pub patient: Option<String>,
    pub date_of_birth: Option<String>,
    /// The appointment's start, in the organisation's time zone.
    pub appointment: String,
    pub practitioner: Option<String>,
    /// When the answers were sent, in the organisation's time zone.
    pub completed: Option<String>,
}

/// Shows none of the patient's data.
impl std::fmt::Debug for About {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("About")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// Whether `text` has a letter with a direction.
fn has_strong(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) != unicode_bidi::Direction::Mixed
}

/// Words from `questionnaires.ftl` in `language`.
fn word(language: &str, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        fluent.set(*k, v.clone());
    }
    crate::l10n::catalogues().message(language, &format!("questionnaires-export-{id}"), &fluent)
}

/// A date (`YYYY-MM-DD`) in `language`, such as "1 November 2026" (as
/// given when it is not one).
fn day(language: &str, date: &str) -> String {
    match date
        .parse::<jiff::civil::Date>()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC))
    {
        Ok(zoned) => crate::l10n::day(language, &zoned),
        Err(_) => date.to_owned(),
    }
}

/// One answer to `field` as words.
fn shown(
    language: &str,
    field: &super::definition::Field,
    value: Option<&AnswerValue>,
) -> Option<String> {
    match value? {
        AnswerValue::Text(s) if s.trim().is_empty() => None,
        AnswerValue::Text(s) if field.kind == FieldKind::Date => Some(day(language, s)),
        AnswerValue::Text(s) => Some(s.clone()),
        AnswerValue::Choices(items) if items.is_empty() => None,
        AnswerValue::Choices(items) => Some(items.join(", ")),
        AnswerValue::YesNo(yes) => Some(word(language, if *yes { "yes" } else { "no" }, &[])),
    }
}

/// What an image field shows: its bytes, when it has them.
pub type Pictures = std::collections::HashMap<String, (String, Vec<u8>)>;

/// The document: everything on it, in order.
pub fn items(about: &About, answered: &Answered, pictures: &Pictures) -> Vec<Item> {
    let l = about.language.as_str();
    let mut out = Vec::new();
    let muted = Style {
        size: 9.5,
        muted: true,
        space_before: 0.0,
        ..Style::BODY
    };
    // The organisation's name (in any script) heads the page from the
    // side the document is read from.
    out.push(Item::Text(
        about.organisation.clone(),
        Style {
            bold: true,
            rtl: Some(about.rtl),
            ..muted
        },
    ));
    out.push(Item::Text(
        answered.definition.title.clone(),
        Style {
            size: 17.0,
            bold: true,
            space_before: 6.0,
            ..Style::BODY
        },
    ));
    let mut facts = Vec::new();
    if let Some(patient) = &about.patient {
        facts.push(word(l, "patient", &[("name", patient.clone())]));
    }
    if let Some(born) = &about.date_of_birth {
        facts.push(word(l, "born", &[("date", born.clone())]));
    }
    facts.push(word(
        l,
        "appointment",
        &[("when", about.appointment.clone())],
    ));
    if let Some(practitioner) = &about.practitioner {
        facts.push(word(l, "practitioner", &[("name", practitioner.clone())]));
    }
    facts.push(match (answered.status, &about.completed) {
        (AnswerStatus::Completed, Some(when)) => word(l, "completed", &[("when", when.clone())]),
        (AnswerStatus::Started, _) => word(l, "started", &[]),
        _ => word(l, "new", &[]),
    });
    facts.push(word(
        l,
        "version",
        &[("version", answered.version.to_string())],
    ));
    for (i, fact) in facts.into_iter().enumerate() {
        out.push(Item::Text(
            fact,
            Style {
                space_before: if i == 0 { 6.0 } else { 0.0 },
                ..muted
            },
        ));
    }
    out.push(Item::Rule);
    let definition = &answered.definition;
    for field in &definition.fields {
        if !definition.shown(field, &answered.answers) {
            continue;
        }
        match field.kind {
            FieldKind::Heading => out.push(Item::Text(
                field.label.clone(),
                Style {
                    size: 13.0,
                    bold: true,
                    space_before: 12.0,
                    ..Style::BODY
                },
            )),
            FieldKind::Paragraph => out.push(Item::Text(
                field.label.clone(),
                Style {
                    space_before: 8.0,
                    ..Style::BODY
                },
            )),
            FieldKind::Image => {
                let description = word(l, "image", &[("description", field.label.clone())]);
                match field.image.as_ref().and_then(|id| pictures.get(id)) {
                    Some((content_type, bytes)) => out.push(Item::Image {
                        content_type: content_type.clone(),
                        bytes: bytes.clone(),
                        description,
                    }),
                    None => out.push(Item::Text(description, muted)),
                }
            }
            _ => {
                out.push(Item::Text(
                    field.label.clone(),
                    Style {
                        bold: true,
                        space_before: 10.0,
                        ..Style::BODY
                    },
                ));
                // Under its question, from the same side.
                let answer = Style {
                    space_before: 2.0,
                    indent: 12.0,
                    rtl: Some(
                        crate::pdf::is_rtl(&field.label)
                            || (about.rtl && !has_strong(&field.label)),
                    ),
                    ..Style::BODY
                };
                match shown(l, field, answered.answers.get(&field.id)) {
                    Some(text) => out.push(Item::Text(text, answer)),
                    None => out.push(Item::Text(
                        word(l, "not-answered", &[]),
                        Style {
                            muted: true,
                            ..answer
                        },
                    )),
                }
            }
        }
    }
    out
}

/// The footer of page `page` of `pages`.
pub fn footer(about: &About, page: usize, pages: usize) -> String {
    word(
        &about.language,
        "footer",
        &[
            ("organisation", about.organisation.clone()),
            ("page", page.to_string()),
            ("pages", pages.to_string()),
        ],
    )
}

/// The same document as plain text (UTF-8, lines under 100 characters
/// where the words allow).
pub fn text(about: &About, items: &[Item]) -> String {
    let mut out = String::new();
    for item in items {
        match item {
            Item::Text(text, style) => {
                if style.space_before >= 8.0 {
                    out.push('\n');
                }
                let indent = if style.indent > 0.0 { "    " } else { "" };
                for line in text.split('\n') {
                    out.push_str(indent);
                    out.push_str(line);
                    out.push('\n');
                }
                if style.size > 15.0 {
                    out.push_str(&"=".repeat(text.chars().count().min(80)));
                    out.push('\n');
                }
            }
            Item::Image { description, .. } => {
                out.push('\n');
                out.push_str(description);
                out.push('\n');
            }
            Item::Rule => out.push_str(&format!("\n{}\n", "-".repeat(60))),
        }
    }
    out.push('\n');
    out.push_str(&footer(about, 1, 1));
    out.push('\n');
    out
}

/// `GET /api/v1/appointments/{id}/questionnaire/export?format=pdf|text`:
/// the patient's answers as a PDF or plain text to download, for staff who
/// may see the appointment; every download is in the audit log.
#[utoipa::path(get, path = "/appointments/{id}/questionnaire/export", tag = "questionnaires", params(("id" = String, Path, description = "the appointment's id"), ExportQuery), responses((status = 200, description = "application/pdf or text/plain (UTF-8), as an attachment"), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn export(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AppointmentId>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    let appointment = appointments::load(&mut conn, &Scope::of(&me), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let (answered, _) = answered(&cp, &mut conn, me.tenant().org(), &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let client = match &appointment.client {
        Some(c) => {
            sqlx::query("SELECT date_of_birth, language FROM clients WHERE id = $1")
                .bind(c.id.as_str())
                .fetch_optional(&mut *conn)
                .await?
        }
        None => None,
    };
    let client_language: Option<String> = match &client {
        Some(row) => row.try_get("language")?,
        None => None,
    };
    let organisation: String = me
        .tenant()
        .query("SELECT name FROM organisations WHERE id = $1")
        .fetch_one(&mut *conn)
        .await?
        .try_get("name")?;
    let language = crate::l10n::for_client(client_language.as_deref(), &me.settings).to_owned();
    let tz = me.settings.tz();
    let when = |t: jiff::Timestamp| {
        let local = t.to_zoned(tz.clone());
        format!(
            "{} {}",
            crate::l10n::date(&language, &local),
            crate::l10n::time(&language, &local)
        )
    };
    let about = About {
        organisation,
        language: language.clone(),
        rtl: crate::l10n::right_to_left(&language),
        patient: appointment
            .client
            .as_ref()
            .map(|c| format!("{} {}", c.initials, c.last_name)),
        date_of_birth: match &client {
            Some(row) => row
                .try_get::<Option<String>, _>("date_of_birth")?
                .map(|d| day(&language, &d)),
            None => None,
        },
        appointment: format!("{} ({})", when(appointment.starts_at), me.settings.timezone),
        practitioner: appointment.practitioner.as_ref().map(|p| p.name.clone()),
        completed: answered.completed_at.map(when),
    };
    let mut pictures = Pictures::new();
    for image in answered.definition.image_ids() {
        if let Some(found) = images::load(&mut conn, image).await? {
            pictures.insert(image.to_owned(), found);
        }
    }
    drop(conn);
    audit::record(&cp, &me, "export", "answers", id.as_str()).await?;
    let items = items(&about, &answered, &pictures);
    let (body, content_type, extension) = match q.format {
        Format::Text => (
            text(&about, &items).into_bytes(),
            "text/plain; charset=utf-8",
            "txt",
        ),
        Format::Pdf => {
            let title = answered.definition.title.clone();
            let language = about.language.clone();
            // Setting text is CPU work: off the async workers.
            let pdf = tokio::task::spawn_blocking(move || {
                crate::pdf::render(&title, &language, about.rtl, items, |p, n| {
                    footer(&about, p, n)
                })
            })
            .await
            .map_err(|_| internal())?
            .map_err(|e| {
                tracing::warn!(error = %e, "a questionnaire could not be set as PDF");
                internal()
            })?;
            (pdf, "application/pdf", "pdf")
        }
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"questionnaire-{}.{extension}\"",
            id.as_str()
        ))
        .map_err(|_| internal())?,
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(response)
}
