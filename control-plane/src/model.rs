//! Records and their validation.

use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// An enum stored as text: `as_str` for the database, `parse` back, and
/// serde with the same snake_case names. The names are taken as `tt`, not
/// `literal`: a `literal` fragment reaches the derives wrapped in an
/// invisible group, which utoipa's derive does not read as a rename, so the
/// OpenAPI document listed the Rust names (`OrgAdmin`) that serde refuses
/// (control-plane/tests/openapi.rs catches that).
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:tt,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use text_enum;

text_enum!(
    /// A staff member's role.
    Role {
        /// Sees and manages everything in the organisation.
        OrgAdmin = "org_admin",
        /// Manages the staff and clients of their departments.
        DepartmentAdmin = "department_admin",
        Practitioner = "practitioner",
    }
);

/// An organisation's settings. Every field has a default, so a settings
/// document may name only what it changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct OrgSettings {
    /// Staff other than organisation admins see only the clients and
    /// appointments of their own departments (and their own).
    pub strict_department_segregation: bool,
    /// Practitioners see only the clients assigned to them; department
    /// admins those of their departments.
    pub strict_client_segregation: bool,
    /// Remove client data from appointments older than this many days.
    pub anonymise_after_days: Option<u32>,
    pub chat_in_waiting_area: bool,
    pub chat_after_consultation: bool,
    /// Delete chat messages when the consultation ends.
    pub delete_chat_after_consultation: bool,
    pub file_sharing: bool,
    pub screen_sharing: bool,
    pub resolution_change: bool,
    pub force_start: bool,
    pub doorbell_sound: bool,
    /// The patient's link opens this many minutes before the appointment.
    pub link_opens_minutes_before: u32,
    /// And closes this many minutes after its end.
    pub link_closes_minutes_after: u32,
    pub max_participants_per_call: u32,
    pub require_two_factor: bool,
    /// Send no emails at all (the clinic sends links its own way).
    pub no_emails: bool,
    /// BCP 47 language of the clinic (captions, templates).
    pub language: String,
    /// Keep the final caption segments of consultations with their
    /// appointment (only while someone in the call has captions on).
    /// Deleted with the rest when the appointment is anonymised.
    pub keep_transcript: bool,
    /// IANA time zone of the clinic: availability is wall-clock time there,
    /// and emails show dates and times there.
    pub timezone: String,
    /// Origins (`https://clinic.example`, no path) whose pages may show the
    /// walk-in page in a frame (a walk-in widget on the clinic's own site).
    /// Empty: no page may frame it. At most 10.
    pub walk_in_frame_origins: Vec<String>,
    /// The clinic's telephone number, shown to patients on their pages
    /// (every dead end included) and under every email, so that someone
    /// who is stuck knows whom to call.
    pub contact_phone: Option<String>,
    /// The clinic's email address for patients, shown likewise.
    pub contact_email: Option<String>,
    /// The clinic's colour (`#rrggbb`) for headings and buttons on the
    /// patient pages and in emails; at least 4.5:1 against white, so that
    /// white text on it and it on white stay readable.
    pub brand_colour: Option<String>,
    /// Chat channels: one per client and practitioner, made with the first
    /// appointment, where the patient writes from the patient portal.
    pub chat_channels: bool,
    /// After how many minutes a message nobody has read is mailed as a
    /// notice (without its words) to the other side; `None`: never.
    pub channel_email_after_minutes: Option<u32>,
    /// Chat messages (of consultations and channels) are deleted after
    /// this many days; `None`: kept until the consultation's own rule (and
    /// channels until the anonymisation horizon, if one is set).
    pub chat_retention_days: Option<u32>,
}

impl Default for OrgSettings {
    fn default() -> Self {
        OrgSettings {
            strict_department_segregation: false,
            strict_client_segregation: false,
            anonymise_after_days: None,
            chat_in_waiting_area: true,
            chat_after_consultation: false,
            delete_chat_after_consultation: true,
            file_sharing: true,
            screen_sharing: true,
            resolution_change: true,
            force_start: false,
            doorbell_sound: true,
            link_opens_minutes_before: 60,
            link_closes_minutes_after: 60,
            max_participants_per_call: 6,
            require_two_factor: false,
            no_emails: false,
            language: "en".into(),
            timezone: "UTC".into(),
            keep_transcript: false,
            walk_in_frame_origins: Vec::new(),
            contact_phone: None,
            contact_email: None,
            brand_colour: None,
            chat_channels: true,
            channel_email_after_minutes: Some(15),
            chat_retention_days: None,
        }
    }
}

impl OrgSettings {
    pub fn validate(&self) -> Result<(), ApiError> {
        const DAY_MINUTES: u32 = 24 * 60;
        if self.link_opens_minutes_before > DAY_MINUTES {
            return Err(ApiError::invalid("link_opens_minutes_before"));
        }
        if self.link_closes_minutes_after > DAY_MINUTES {
            return Err(ApiError::invalid("link_closes_minutes_after"));
        }
        if !(2..=64).contains(&self.max_participants_per_call) {
            return Err(ApiError::invalid("max_participants_per_call"));
        }
        if self.anonymise_after_days == Some(0)
            || self.anonymise_after_days.is_some_and(|d| d > 36_500)
        {
            return Err(ApiError::invalid("anonymise_after_days"));
        }
        if self
            .channel_email_after_minutes
            .is_some_and(|m| !(1..=10_080).contains(&m))
        {
            return Err(ApiError::invalid("channel_email_after_minutes"));
        }
        if self
            .chat_retention_days
            .is_some_and(|d| !(1..=36_500).contains(&d))
        {
            return Err(ApiError::invalid("chat_retention_days"));
        }
        let lang_ok = (2..=35).contains(&self.language.len())
            && self
                .language
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            return Err(ApiError::invalid("language"));
        }
        if self.timezone.len() > 64 || jiff::tz::TimeZone::get(&self.timezone).is_err() {
            return Err(ApiError::invalid("timezone"));
        }
        if self.walk_in_frame_origins.len() > 10
            || !self.walk_in_frame_origins.iter().all(|o| is_web_origin(o))
        {
            return Err(ApiError::invalid("walk_in_frame_origins"));
        }
        if let Some(phone) = &self.contact_phone
            && !is_phone_number(phone)
        {
            return Err(ApiError::invalid("contact_phone"));
        }
        if let Some(address) = &self.contact_email
            && email(address, "contact_email")? != *address
        {
            // Stored as it will be shown: trimmed and lower case.
            return Err(ApiError::invalid("contact_email"));
        }
        if let Some(colour) = &self.brand_colour
            && !contrast_against_white(colour).is_some_and(|ratio| ratio >= 4.5)
        {
            return Err(ApiError::invalid("brand_colour"));
        }
        Ok(())
    }

    /// Empty contact fields mean none.
    pub fn normalise(&mut self) {
        for field in [
            &mut self.contact_phone,
            &mut self.contact_email,
            &mut self.brand_colour,
        ] {
            if let Some(value) = field {
                let trimmed = value.trim();
                *field = (!trimmed.is_empty()).then(|| trimmed.to_owned());
            }
        }
        if let Some(address) = &mut self.contact_email {
            *address = address.to_lowercase();
        }
        if let Some(colour) = &mut self.brand_colour {
            *colour = colour.to_lowercase();
        }
    }

    /// The clinic's time zone (UTC if the stored name no longer resolves).
    pub fn tz(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get(&self.timezone).unwrap_or(jiff::tz::TimeZone::UTC)
    }
}

/// Whom a patient who is stuck can call, and the clinic's colour: what the
/// patient pages show (on every dead end too) from the clinic's settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClinicContact {
    pub phone: Option<String>,
    pub email: Option<String>,
    /// `#rrggbb`, at least 4.5:1 against white.
    pub colour: Option<String>,
    /// The path of the clinic's logo on this server, if it has one.
    pub logo: Option<String>,
}

/// A telephone number as people write them: digits with spaces, `+`, `-`,
/// `.`, `(` and `)`; 3 to 20 digits, at most 32 characters.
fn is_phone_number(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    value.len() <= 32
        && (3..=20).contains(&digits)
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '.' | '(' | ')'))
}

/// The WCAG contrast ratio of `#rrggbb` against white, or None if it is not
/// such a colour.
pub fn contrast_against_white(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6)?;
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

/// Whether `origin` is a web origin a content security policy can name as
/// it is: `https://` (or `http://localhost`/`127.0.0.1`, for trying it) and
/// a host with an optional port; no path, no wildcard, nothing that could
/// end the directive (spaces, `;`, quotes).
pub fn is_web_origin(origin: &str) -> bool {
    let Some(rest) = origin.strip_prefix("https://").or_else(|| {
        origin
            .strip_prefix("http://")
            .filter(|r| r.starts_with("localhost") || r.starts_with("127.0.0.1"))
    }) else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    host_ok && port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0))
}

/// A name-like text field: trimmed, 1..=max characters, no control
/// characters.
pub fn text(value: &str, field: &'static str, max: usize) -> Result<String, ApiError> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > max || value.chars().any(char::is_control) {
        return Err(ApiError::invalid(field));
    }
    Ok(value.to_owned())
}

/// A free text (a message, a waiting-room text): trimmed, 1..=max
/// characters, line breaks and tabs allowed but no other control characters.
pub fn long_text(value: &str, field: &'static str, max: usize) -> Result<String, ApiError> {
    let value = value.trim();
    if value.is_empty()
        || value.chars().count() > max
        || value
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(ApiError::invalid(field));
    }
    Ok(value.replace("\r\n", "\n"))
}

/// An optional free text; empty means absent.
pub fn optional_long_text(
    value: Option<&str>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, ApiError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => long_text(v, field, max).map(Some),
    }
}

/// An optional text field; empty means absent.
pub fn optional_text(
    value: Option<&str>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, ApiError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => text(v, field, max).map(Some),
    }
}

/// An email address, lower-cased. Deliberately plain: one `@`, a dot in the
/// domain, no spaces or control characters, at most 254 characters.
pub fn email(value: &str, field: &'static str) -> Result<String, ApiError> {
    let value = value.trim().to_lowercase();
    let valid = value.len() <= 254
        && !value.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
        })
        && value.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
        });
    if valid {
        Ok(value)
    } else {
        Err(ApiError::invalid(field))
    }
}

/// A date of birth (YYYY-MM-DD) not in the future and not before 1900.
pub fn date_of_birth(value: &str, today: jiff::civil::Date) -> Result<String, ApiError> {
    let date: jiff::civil::Date = value
        .trim()
        .parse()
        .map_err(|_| ApiError::invalid("date_of_birth"))?;
    if date > today || date.year() < 1900 {
        return Err(ApiError::invalid("date_of_birth"));
    }
    Ok(date.to_string())
}

/// An optional phone number: digits and `+-()./` and spaces, at most 40.
pub fn phone(value: Option<&str>) -> Result<Option<String>, ApiError> {
    let phone = optional_text(value, "phone", 40)?;
    if phone.as_deref().is_some_and(|p| {
        !p.chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
    }) {
        return Err(ApiError::invalid("phone"));
    }
    Ok(phone)
}

/// A list of ids to link to a record: sorted, without repeats, at most 100.
pub fn id_list<T: Ord>(mut ids: Vec<T>, field: &'static str) -> Result<Vec<T>, ApiError> {
    ids.sort();
    ids.dedup();
    if ids.len() > 100 {
        Err(ApiError::invalid(field))
    } else {
        Ok(ids)
    }
}

/// A password: 12 to 256 characters.
pub fn password(value: &str) -> Result<&str, ApiError> {
    let n = value.chars().count();
    if (12..=256).contains(&n) {
        Ok(value)
    } else {
        Err(ApiError::invalid("password"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_origins_for_the_walk_in_frame() {
        for ok in [
            "https://clinic.example",
            "https://www.clinic-a.example:8443",
            "http://localhost:3000",
            "http://127.0.0.1",
        ] {
            assert!(is_web_origin(ok), "{ok}");
        }
        for bad in [
            "clinic.example",
            "http://clinic.example",
            "https://clinic.example/",
            "https://*.example",
            "https://a b",
            "https://x;script-src *",
            "https://x'",
            "https://",
            "https://x:0",
            "https://x:99999",
            "ftp://x",
        ] {
            assert!(!is_web_origin(bad), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            email(" Dr.Who@Example.ORG ", "email").ok().as_deref(),
            Some("dr.who@example.org")
        );
        for bad in [
            "", "a", "a@b", "@b.c", "a@b..c", "a@.b", "a b@c.d", "a@b@c.d", "a@b\n.c", "a<b@c.d",
        ] {
            assert!(email(bad, "email").is_err(), "{bad:?}");
        }
    }

    #[test]
    fn text_fields() {
        assert_eq!(text("  Jansen ", "n", 10).ok().as_deref(), Some("Jansen"));
        assert!(text("", "n", 10).is_err());
        assert!(text("x\u{0}y", "n", 10).is_err());
        assert!(text(&"x".repeat(11), "n", 10).is_err());
        // SQL meta-characters are just text.
        assert!(text("O'Brien; DROP TABLE clients; --", "n", 100).is_ok());
    }

    #[test]
    fn dates_of_birth() {
        let today = jiff::civil::date(2026, 11, 22);
        assert_eq!(
            date_of_birth("1980-02-29", today).ok().as_deref(),
            Some("1980-02-29")
        );
        for bad in [
            "1981-02-29",
            "2026-11-23",
            "1899-12-31",
            "22-11-1980",
            "yesterday",
        ] {
            assert!(date_of_birth(bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn settings_defaults_and_limits() {
        let s = OrgSettings::default();
        assert_eq!(
            (
                s.link_opens_minutes_before,
                s.link_closes_minutes_after,
                s.max_participants_per_call
            ),
            (60, 60, 6)
        );
        assert!(s.validate().is_ok());
        let partial: OrgSettings = serde_json::from_str(r#"{"max_participants_per_call": 3}"#)
            .expect("partial settings parse");
        assert_eq!(partial.max_participants_per_call, 3);
        assert!(serde_json::from_str::<OrgSettings>(r#"{"unknown": 1}"#).is_err());
        assert!(
            OrgSettings {
                max_participants_per_call: 1,
                ..s.clone()
            }
            .validate()
            .is_err()
        );
        assert!(
            OrgSettings {
                language: "en; x".into(),
                ..s.clone()
            }
            .validate()
            .is_err()
        );
        assert!(
            OrgSettings {
                timezone: "Europe/Amsterdam".into(),
                ..s.clone()
            }
            .validate()
            .is_ok()
        );
        assert!(
            OrgSettings {
                timezone: "Mars/Olympus".into(),
                ..s
            }
            .validate()
            .is_err()
        );
    }
}
