//! What a questionnaire is made of, and what answers to it may be: typed
//! fields with required flags and simple conditions, checked here (on
//! every save of a definition, and on every save of answers).

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::model::text_enum;

/// The most fields one questionnaire has.
pub const MAX_FIELDS: usize = 200;
/// The most options of a choice.
pub const MAX_OPTIONS: usize = 50;
/// The longest short answer and long answer, in characters.
pub const SHORT_TEXT: usize = 500;
pub const LONG_TEXT: usize = 10_000;
/// The most images one questionnaire shows.
pub const MAX_IMAGES: usize = 10;

text_enum!(
    /// What a field is.
    FieldKind {
        /// A heading (its `label` is the text); no answer.
        Heading = "heading",
        /// A paragraph of explanation (its `label`); no answer.
        Paragraph = "paragraph",
        /// One line of text.
        ShortText = "short_text",
        /// Several lines of text.
        LongText = "long_text",
        /// One of `options` (shown as radio buttons).
        SingleChoice = "single_choice",
        /// Any of `options` (check boxes).
        MultipleChoice = "multiple_choice",
        /// A date, `YYYY-MM-DD`.
        Date = "date",
        /// One of `options` (a drop-down).
        Dropdown = "dropdown",
        /// A country, as its ISO 3166-1 alpha-2 code (`NL`).
        Country = "country",
        /// Yes or no (a check box: consent, "I agree").
        Consent = "consent",
        /// An image the clinic shows (its `image`; the `label` describes
        /// it for those who cannot see it); no answer.
        Image = "image",
    }
);

impl FieldKind {
    fn answered(self) -> bool {
        !matches!(
            self,
            FieldKind::Heading | FieldKind::Paragraph | FieldKind::Image
        )
    }

    fn has_options(self) -> bool {
        matches!(
            self,
            FieldKind::SingleChoice | FieldKind::MultipleChoice | FieldKind::Dropdown
        )
    }
}

/// Show a field only when an earlier field's answer is `equals` (one of
/// its options; `yes` or `no` for a consent field).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub field: String,
    pub equals: String,
}

/// One field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique in the questionnaire: 1 to 40 of `a-z`, `0-9`, `_`, `-`.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: FieldKind,
    /// The question (or the heading's or paragraph's text).
    pub label: String,
    #[serde(default)]
    pub required: bool,
    /// The choices of a single or multiple choice or a drop-down (2 to 50).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// An image field's image: the id `POST /questionnaire-images` gave
    /// (fetched at `/api/v1/questionnaire-images/{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// A questionnaire's content: one version of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub title: String,
    pub fields: Vec<Field>,
}

fn is_field_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// An image's id as the server makes them (128 bits as hex).
fn is_image_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

fn text_ok(text: &str, max: usize) -> bool {
    let chars = text.chars().count();
    !text.trim().is_empty()
        && chars <= max
        && !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
}

impl Definition {
    /// Checks a definition staff (or an integrator) send; the field named
    /// in the error says what is wrong (`fields` for the list as a whole).
    pub fn check(&self) -> Result<(), ApiError> {
        if !text_ok(&self.title, 200) || self.title.contains('\n') {
            return Err(ApiError::invalid("title"));
        }
        if self.fields.is_empty() || self.fields.len() > MAX_FIELDS {
            return Err(ApiError::invalid("fields"));
        }
        let mut seen: HashSet<&str> = HashSet::new();
        for field in &self.fields {
            if !is_field_id(&field.id) || !seen.insert(&field.id) {
                return Err(ApiError::invalid("fields"));
            }
            let max = if field.kind.answered() { 2_000 } else { 4_000 };
            if !text_ok(&field.label, max) {
                return Err(ApiError::invalid("fields"));
            }
            if field.required && !field.kind.answered() {
                return Err(ApiError::invalid("fields"));
            }
            if field.kind.has_options() {
                let unique: HashSet<&str> = field.options.iter().map(String::as_str).collect();
                if !(2..=MAX_OPTIONS).contains(&field.options.len())
                    || unique.len() != field.options.len()
                    || !field
                        .options
                        .iter()
                        .all(|o| text_ok(o, 200) && !o.contains('\n'))
                {
                    return Err(ApiError::invalid("fields"));
                }
            } else if !field.options.is_empty() {
                return Err(ApiError::invalid("fields"));
            }
            match (&field.kind, &field.image) {
                (FieldKind::Image, Some(id)) if is_image_id(id) => {}
                (FieldKind::Image, _) | (_, Some(_)) => return Err(ApiError::invalid("fields")),
                _ => {}
            }
            if let Some(condition) = &field.show_if {
                // An earlier field that has the value.
                let Some(on) = self
                    .fields
                    .iter()
                    .take_while(|f| f.id != field.id)
                    .find(|f| f.id == condition.field)
                else {
                    return Err(ApiError::invalid("fields"));
                };
                let possible = match on.kind {
                    FieldKind::Consent => ["yes", "no"].contains(&condition.equals.as_str()),
                    k if k.has_options() => on.options.contains(&condition.equals),
                    _ => false,
                };
                if !possible {
                    return Err(ApiError::invalid("fields"));
                }
            }
        }
        if self.image_ids().len() > MAX_IMAGES {
            return Err(ApiError::invalid("fields"));
        }
        Ok(())
    }

    /// The images the questionnaire shows (each once).
    pub fn image_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .fields
            .iter()
            .filter_map(|f| f.image.as_deref())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Whether `field` is shown, given `answers`.
    pub(crate) fn shown(&self, field: &Field, answers: &Answers) -> bool {
        let Some(condition) = &field.show_if else {
            return true;
        };
        match answers.get(&condition.field) {
            Some(AnswerValue::Text(s)) => *s == condition.equals,
            Some(AnswerValue::Choices(items)) => items.contains(&condition.equals),
            Some(AnswerValue::YesNo(b)) => (if *b { "yes" } else { "no" }) == condition.equals,
            None => false,
        }
    }

    /// Checks answers being saved: each names a field that takes one and
    /// has the right form. With `complete`, every required field that is
    /// shown is answered (a required consent is given). Errors name
    /// `answers`.
    pub fn check_answers(&self, answers: &Answers, complete: bool) -> Result<(), ApiError> {
        let bad = || ApiError::invalid("answers");
        for (id, value) in answers {
            let field = self
                .fields
                .iter()
                .find(|f| &f.id == id)
                .filter(|f| f.kind.answered())
                .ok_or_else(bad)?;
            let ok = match (field.kind, value) {
                (FieldKind::ShortText, AnswerValue::Text(s)) => {
                    s.chars().count() <= SHORT_TEXT && !s.contains('\n') && text_or_empty(s)
                }
                (FieldKind::LongText, AnswerValue::Text(s)) => {
                    s.chars().count() <= LONG_TEXT && text_or_empty(s)
                }
                (FieldKind::SingleChoice | FieldKind::Dropdown, AnswerValue::Text(s)) => {
                    field.options.contains(s)
                }
                (FieldKind::MultipleChoice, AnswerValue::Choices(items)) => {
                    let unique: HashSet<&str> = items.iter().map(String::as_str).collect();
                    unique.len() == items.len() && items.iter().all(|c| field.options.contains(c))
                }
                (FieldKind::Date, AnswerValue::Text(s)) => {
                    s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
                }
                (FieldKind::Country, AnswerValue::Text(s)) => {
                    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
                }
                (FieldKind::Consent, AnswerValue::YesNo(_)) => true,
                _ => false,
            };
            if !ok {
                return Err(bad());
            }
        }
        if complete {
            for field in self.fields.iter().filter(|f| f.required) {
                if !self.shown(field, answers) {
                    continue;
                }
                let answered = match answers.get(&field.id) {
                    Some(AnswerValue::Text(s)) => !s.trim().is_empty(),
                    Some(AnswerValue::Choices(items)) => !items.is_empty(),
                    Some(AnswerValue::YesNo(b)) => *b,
                    None => false,
                };
                if !answered {
                    return Err(bad());
                }
            }
        }
        Ok(())
    }
}

/// The questionnaires every organisation starts with, in `language` (from
/// `web/locales/{language}/questionnaires.ftl`): an intake form and a
/// consent form.
pub fn defaults(language: &str) -> Vec<Definition> {
    let catalogues = crate::l10n::catalogues();
    let w = |id: &str| {
        catalogues.message(
            language,
            &format!("questionnaires-{id}"),
            &fluent_bundle::FluentArgs::new(),
        )
    };
    let (yes, no) = (w("yes"), w("no"));
    let field = |id: &str, kind: FieldKind, label: String, required: bool| Field {
        id: id.to_owned(),
        kind,
        label,
        required,
        options: Vec::new(),
        show_if: None,
        image: None,
    };
    let yes_no = |id: &str, label: String| Field {
        options: vec![yes.clone(), no.clone()],
        ..field(id, FieldKind::SingleChoice, label, true)
    };
    let if_yes = |on: &str, mut f: Field| {
        f.show_if = Some(Condition {
            field: on.to_owned(),
            equals: yes.clone(),
        });
        f
    };
    vec![
        Definition {
            title: w("intake-title"),
            fields: vec![
                field("question", FieldKind::Heading, w("intake-heading"), false),
                field("reason", FieldKind::LongText, w("intake-reason"), true),
                field("since", FieldKind::Date, w("intake-since"), false),
                yes_no("medication", w("intake-medication")),
                if_yes(
                    "medication",
                    field(
                        "medication_which",
                        FieldKind::LongText,
                        w("intake-medication-which"),
                        true,
                    ),
                ),
                yes_no("allergies", w("intake-allergies")),
                if_yes(
                    "allergies",
                    field(
                        "allergies_which",
                        FieldKind::ShortText,
                        w("intake-allergies-which"),
                        true,
                    ),
                ),
            ],
        },
        Definition {
            title: w("consent-title"),
            fields: vec![
                field("about", FieldKind::Paragraph, w("consent-text"), false),
                field("video", FieldKind::Consent, w("consent-video"), true),
                field("share", FieldKind::Consent, w("consent-share"), false),
            ],
        },
    ]
}

fn text_or_empty(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
}

/// One answer: text (a text, a choice, a date, a country), several
/// choices, or yes/no (consent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum AnswerValue {
    Text(String),
    Choices(Vec<String>),
    YesNo(bool),
}

/// Answers by field id.
pub type Answers = BTreeMap<String, AnswerValue>;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn definition(fields: Value) -> Result<Definition, serde_json::Error> {
        serde_json::from_value(json!({ "title": "Intake", "fields": fields }))
    }

    fn sample() -> Definition {
        definition(json!([
            { "id": "h", "type": "heading", "label": "About you" },
            { "id": "why", "type": "long_text", "label": "Why do you come?", "required": true },
            { "id": "meds", "type": "single_choice", "label": "Do you take medication?", "options": ["yes", "no"], "required": true },
            { "id": "which", "type": "short_text", "label": "Which?", "required": true, "show_if": { "field": "meds", "equals": "yes" } },
            { "id": "since", "type": "date", "label": "Since when?" },
            { "id": "from", "type": "country", "label": "Country" },
            { "id": "how", "type": "multiple_choice", "label": "How?", "options": ["a", "b", "c"] },
            { "id": "agree", "type": "consent", "label": "I agree", "required": true }
        ]))
        .unwrap()
    }

    #[test]
    fn definitions_are_checked() {
        assert!(sample().check().is_ok());
        // Unknown types are not even parsed (a typed 4xx at the edge).
        assert!(definition(json!([{ "id": "x", "type": "video", "label": "?" }])).is_err());
        for fields in [
            json!([]),
            json!([{ "id": "A", "type": "short_text", "label": "x" }]),
            json!([{ "id": "a", "type": "short_text", "label": "x" }, { "id": "a", "type": "short_text", "label": "y" }]),
            json!([{ "id": "a", "type": "short_text", "label": " " }]),
            json!([{ "id": "a", "type": "heading", "label": "x", "required": true }]),
            json!([{ "id": "a", "type": "single_choice", "label": "x", "options": ["only"] }]),
            json!([{ "id": "a", "type": "single_choice", "label": "x", "options": ["s", "s"] }]),
            json!([{ "id": "a", "type": "short_text", "label": "x", "options": ["s", "t"] }]),
            json!([{ "id": "b", "type": "short_text", "label": "x", "show_if": { "field": "a", "equals": "yes" } },
                   { "id": "a", "type": "consent", "label": "y" }]),
            json!([{ "id": "a", "type": "consent", "label": "y" },
                   { "id": "b", "type": "short_text", "label": "x", "show_if": { "field": "a", "equals": "maybe" } }]),
        ] {
            let d = definition(fields.clone()).unwrap();
            assert!(d.check().is_err(), "{fields}");
        }
        let many: Vec<Value> = (0..=MAX_FIELDS)
            .map(|i| json!({ "id": format!("f{i}"), "type": "short_text", "label": "x" }))
            .collect();
        assert!(definition(Value::Array(many)).unwrap().check().is_err());
    }

    #[test]
    fn the_defaults_are_valid_in_every_shipped_language() {
        for language in crate::l10n::catalogues().languages() {
            for d in defaults(language) {
                assert!(d.check().is_ok(), "{language}: {d:?}");
                assert!(
                    !d.title.starts_with("questionnaires-"),
                    "{language}: a missing message"
                );
            }
        }
        let dutch = defaults("nl");
        assert_ne!(dutch[0].title, defaults("en")[0].title, "translated");
    }

    #[test]
    fn answers_are_checked_and_completion_follows_the_conditions() {
        let d = sample();
        let answers = |v: Value| -> Answers { serde_json::from_value(v).unwrap() };
        // A draft may be partial.
        assert!(
            d.check_answers(&answers(json!({ "why": "Headache" })), false)
                .is_ok()
        );
        for wrong in [
            json!({ "nope": "x" }),
            json!({ "h": "x" }),
            json!({ "meds": "perhaps" }),
            json!({ "how": ["a", "a"] }),
            json!({ "how": ["z"] }),
            json!({ "since": "2026-02-30" }),
            json!({ "from": "nl" }),
            json!({ "agree": "yes" }),
            json!({ "which": "a\nb" }),
        ] {
            assert!(
                d.check_answers(&answers(wrong.clone()), false).is_err(),
                "{wrong}"
            );
        }
        // Neither text, choices nor yes/no: not even read.
        assert!(serde_json::from_value::<Answers>(json!({ "why": 3 })).is_err());
        let done = json!({ "why": "Headache", "meds": "no", "agree": true, "since": "2026-11-01", "from": "NL", "how": ["a", "c"] });
        assert!(d.check_answers(&answers(done.clone()), true).is_ok());
        // "Which?" is required only when medication is "yes".
        let mut yes = done.clone();
        yes["meds"] = json!("yes");
        assert!(d.check_answers(&answers(yes.clone()), true).is_err());
        yes["which"] = json!("Paracetamol");
        assert!(d.check_answers(&answers(yes), true).is_ok());
        let mut refused = done;
        refused["agree"] = json!(false);
        assert!(
            d.check_answers(&answers(refused), true).is_err(),
            "a required consent is given"
        );
    }
}
