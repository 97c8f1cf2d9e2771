//! What the server writes in a person's language: emails and their calendar
//! attachments, and the default questionnaires. The words come from the
//! same Project Fluent catalogues as the pages'
//! (`web/locales/{language}/email.ftl`, `questionnaires.ftl`), read with the Fluent
//! project's own Rust runtime, so a translator works in one format and a
//! language is shipped by adding its files (the pages list it in
//! `web/i18n.js`). The catalogues are compiled into release builds.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../web/locales/"]
struct Locales;

/// The catalogues the server reads (emails; the default questionnaires
/// every organisation gets); the others are the pages'.
const FILES: [&str; 2] = ["/email.ftl", "/questionnaires.ftl"];

/// The language every catalogue is translated from, and the last resort.
pub const ENGLISH: &str = "en";

/// Languages written right to left.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "he", "ur"];

/// One bundle per shipped language.
pub struct Catalogues {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.bundles.keys()).finish()
    }
}

/// The catalogues, read once.
pub fn catalogues() -> &'static Catalogues {
    static CATALOGUES: OnceLock<Catalogues> = OnceLock::new();
    CATALOGUES.get_or_init(Catalogues::load)
}

impl Catalogues {
    fn load() -> Catalogues {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        for path in Locales::iter() {
            let Some(code) = FILES
                .iter()
                .find_map(|file| path.strip_suffix(file))
                .filter(|c| !c.contains('/'))
            else {
                continue;
            };
            let Ok(id) = code.parse::<LanguageIdentifier>() else {
                tracing::error!(code, "catalogue folder is not a language tag");
                continue;
            };
            let Some(file) = Locales::get(&path) else {
                continue;
            };
            let text = String::from_utf8_lossy(&file.data).into_owned();
            // A catalogue with a broken entry still serves its others (the
            // catalogue test fails on any); missing ones fall back to English.
            let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, errors)| {
                tracing::error!(
                    code,
                    errors = errors.len(),
                    "catalogue has entries that do not parse"
                );
                resource
            });
            let bundle = bundles.entry(code.to_owned()).or_insert_with(|| {
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(false);
                bundle
            });
            if bundle.add_resource(resource).is_err() {
                tracing::error!(code, "catalogue defines a message twice");
            }
        }
        Catalogues { bundles }
    }

    /// The shipped languages' codes.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    /// Whether `code` (such as `nl`) is shipped.
    pub fn has(&self, code: &str) -> bool {
        self.bundles.contains_key(code)
    }

    /// The first of `tags` (best first; BCP 47, such as `nl-BE`) that is
    /// shipped, by its primary language; else English.
    pub fn pick<'a>(&'a self, tags: &[Option<&str>]) -> &'a str {
        for tag in tags.iter().flatten() {
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            let primary = primary.to_ascii_lowercase();
            if let Some((code, _)) = self.bundles.get_key_value(&primary) {
                return code;
            }
        }
        ENGLISH
    }

    /// Message `id` in `language` with `args` (English where that
    /// language lacks it). A message missing from English too is a bug in
    /// the catalogue: it shows as its id rather than failing a mail.
    pub fn message(&self, language: &str, id: &str, args: &FluentArgs) -> String {
        for code in [language, ENGLISH] {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(code, id, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::error!(id, "no such message in the catalogues");
        id.to_owned()
    }
}

/// The language a client's mails and pages are in: theirs (staff set it on
/// their record), else the clinic's, else English.
pub fn for_client<'a>(client: Option<&str>, settings: &crate::model::OrgSettings) -> &'a str {
    catalogues().pick(&[client, Some(&settings.language)])
}

/// A language field as staff send it: absent is none; otherwise it must be
/// a shipped language (else `invalid_field` on `field`).
pub fn shipped<'a>(
    language: Option<&'a str>,
    field: &'static str,
) -> Result<Option<&'a str>, crate::error::ApiError> {
    match language {
        Some(l) if !catalogues().has(l) => Err(crate::error::ApiError::invalid(field)),
        other => Ok(other),
    }
}

/// Whether `language` is written right to left.
pub fn right_to_left(language: &str) -> bool {
    RIGHT_TO_LEFT.contains(&language)
}

/// A date in `language`, such as "Monday 23 November 2026".
pub fn date(language: &str, day: &jiff::Zoned) -> String {
    let mut args = FluentArgs::new();
    args.set("weekday", day.weekday().to_monday_one_offset());
    args.set("day", day.day());
    args.set("month", day.month());
    args.set("year", day.year());
    catalogues().message(language, "email-date", &args)
}

/// A date in `language` without its weekday, such as "1 November 2026"
/// (a date of birth).
pub fn day(language: &str, day: &jiff::Zoned) -> String {
    let mut args = FluentArgs::new();
    args.set("day", day.day());
    args.set("month", day.month());
    args.set("year", day.year());
    catalogues().message(language, "email-day", &args)
}

/// A time of day in `language`, such as "19:30".
pub fn time(language: &str, at: &jiff::Zoned) -> String {
    let mut args = FluentArgs::new();
    args.set("hour", format!("{:02}", at.hour()));
    args.set("minute", format!("{:02}", at.minute()));
    catalogues().message(language, "email-time", &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_language_has_its_email_catalogue() {
        let shipped: Vec<&str> = catalogues().languages().collect();
        for code in [
            "en", "nl", "de", "fr", "es", "it", "pt", "sv", "pl", "tr", "uk", "ar",
        ] {
            assert!(shipped.contains(&code), "{code} missing: {shipped:?}");
        }
    }

    #[test]
    fn the_language_is_the_first_shipped_one() {
        let c = catalogues();
        assert_eq!(c.pick(&[None, Some("nl-BE"), Some("de")]), "nl");
        assert_eq!(c.pick(&[Some("x-klingon"), Some("AR")]), "ar");
        assert_eq!(c.pick(&[Some("fil"), None]), ENGLISH);
        assert_eq!(c.pick(&[]), ENGLISH);
    }

    #[test]
    fn dates_and_times_in_their_language() {
        let at: jiff::Zoned = "2026-11-23T09:05:00+01:00[Europe/Amsterdam]"
            .parse()
            .expect("a zoned time");
        assert_eq!(date("en", &at), "Monday 23 November 2026");
        assert_eq!(time("en", &at), "09:05");
        let dutch = date("nl", &at);
        assert!(
            dutch.contains("november") && dutch.contains("maandag"),
            "{dutch}"
        );
        let polish = date("pl", &at);
        assert!(
            polish.contains("listopada"),
            "the genitive after a day: {polish}"
        );
        // A language without a message falls back to English, never fails.
        assert_eq!(
            catalogues().message("xx", "email-calendar-cancelled", &FluentArgs::new()),
            "Cancelled."
        );
    }
}
