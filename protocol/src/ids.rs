//! Identifier newtypes. Each is `#[serde(transparent)]` on the wire, and the
//! ones that come from clients are validated on deserialisation, so a value of
//! the type is always a valid one.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Why a client-supplied identifier or name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidationError {
    Empty,
    TooLong { max: usize },
    BadCharacter,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidationError::Empty => write!(f, "must not be empty"),
            ValidationError::TooLong { max } => write!(f, "must be at most {max} characters"),
            ValidationError::BadCharacter => write!(f, "contains a character that is not allowed"),
        }
    }
}

impl std::error::Error for ValidationError {}

/// The name of a room as it appears in URLs: 1 to 64 of `A-Z a-z 0-9 - _ .`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct RoomName(String);

impl RoomName {
    pub const MAX_LEN: usize = 64;

    pub fn new(name: impl Into<String>) -> Result<Self, ValidationError> {
        let name = name.into();
        if name.is_empty() {
            return Err(ValidationError::Empty);
        }
        if name.len() > Self::MAX_LEN {
            return Err(ValidationError::TooLong { max: Self::MAX_LEN });
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        if !name.chars().all(allowed) || name.starts_with('.') {
            return Err(ValidationError::BadCharacter);
        }
        Ok(RoomName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for RoomName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RoomName::new(s).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for RoomName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Bidirectional embeddings, overrides and isolates (U+202A to U+202E,
/// U+2066 to U+2069): they make text display in an order other than its own.
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A person's name as shown on their tile: 1 to 64 characters after trimming,
/// no control characters and no text-direction overrides or isolates (which
/// would let a name show as something else to the others; the zero-width
/// joiners some scripts need are allowed). This is personal data: it never
/// goes into logs.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 64;

    pub fn new(name: impl AsRef<str>) -> Result<Self, ValidationError> {
        let name = name.as_ref().trim();
        if name.is_empty() {
            return Err(ValidationError::Empty);
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::TooLong {
                max: Self::MAX_CHARS,
            });
        }
        if name
            .chars()
            .any(|c| c.is_control() || is_direction_override(c))
        {
            return Err(ValidationError::BadCharacter);
        }
        Ok(DisplayName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Redacted: a display name is patient data and must not reach logs by accident.
impl fmt::Debug for DisplayName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "DisplayName(<redacted {} chars>)",
            self.0.chars().count()
        )
    }
}

impl<'de> Deserialize<'de> for DisplayName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DisplayName::new(s).map_err(serde::de::Error::custom)
    }
}

/// The name of a shared file, as its sender's device gave it: 1 to 255
/// bytes of UTF-8, no control or text-direction characters, no path
/// separators, not `.` or `..`. A name is shown to the others and offered
/// as the download's name, so anything that could steer a path, a header
/// or how the text reads is refused rather than rewritten. File names can
/// be patient data (`Jansen blood test.pdf`): `Debug` is redacted.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FileName(String);

impl FileName {
    pub const MAX_BYTES: usize = 255;

    pub fn new(name: impl AsRef<str>) -> Result<Self, ValidationError> {
        let name = name.as_ref();
        if name.trim().is_empty() {
            return Err(ValidationError::Empty);
        }
        if name.len() > Self::MAX_BYTES {
            return Err(ValidationError::TooLong {
                max: Self::MAX_BYTES,
            });
        }
        // Bidirectional overrides and isolates make `exe.pdf` read as
        // `fdp.exe`; zero-width and other format characters hide text.
        let hostile = |c: char| {
            c.is_control()
                || is_direction_override(c)
                || matches!(c, '/' | '\\' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2065}' | '\u{FEFF}')
        };
        if name.chars().any(hostile) || name != name.trim() || name == "." || name == ".." {
            return Err(ValidationError::BadCharacter);
        }
        Ok(FileName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FileName(<redacted {} bytes>)", self.0.len())
    }
}

impl<'de> Deserialize<'de> for FileName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        FileName::new(s).map_err(serde::de::Error::custom)
    }
}

/// A language, as captions and pages name it: two or three lowercase ASCII
/// letters (ISO 639: `en`, `nl`, `fil`). Read once where it enters (a
/// client message, a join token, the captions service's list), so a value
/// of the type is always a valid code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn new(code: impl Into<String>) -> Result<Self, ValidationError> {
        let code = code.into();
        if code.is_empty() {
            return Err(ValidationError::Empty);
        }
        if code.len() > 3 {
            return Err(ValidationError::TooLong { max: 3 });
        }
        if code.len() < 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(ValidationError::BadCharacter);
        }
        Ok(LanguageCode(code))
    }

    /// English, the language Whisper translates into.
    pub fn english() -> Self {
        LanguageCode("en".to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_english(&self) -> bool {
        self.0 == "en"
    }
}

impl<'de> Deserialize<'de> for LanguageCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LanguageCode::new(s).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An organisation (tenant), as the control plane names it in a join token
/// and an `org:{id}` queue: 1 to 128 characters, no whitespace or control
/// characters. Opaque to signalling, which only compares it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct OrgId(String);

impl OrgId {
    pub const MAX_LEN: usize = 128;

    pub fn new(id: impl Into<String>) -> Result<Self, ValidationError> {
        let id = id.into();
        if id.is_empty() {
            return Err(ValidationError::Empty);
        }
        if id.len() > Self::MAX_LEN {
            return Err(ValidationError::TooLong { max: Self::MAX_LEN });
        }
        if id.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(ValidationError::BadCharacter);
        }
        Ok(OrgId(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for OrgId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        OrgId::new(s).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! server_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id the server made. Ids are opaque to clients.
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

server_id!(
    /// One participant's presence in one room. Assigned by signalling at join;
    /// unguessable, and never reused.
    ParticipantId
);
server_id!(
    /// One published track (a camera, a microphone). Assigned by the SFU.
    TrackId
);

server_id!(
    /// A file shared in a room. Assigned by signalling; unguessable.
    FileId
);

/// A client's correlation id for a request: echoed in the reply or error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestId(pub u64);

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn language_codes() {
        for ok in ["en", "nl", "fil"] {
            assert_eq!(LanguageCode::new(ok).map(|c| c.0), Ok(ok.to_owned()));
        }
        assert_eq!(LanguageCode::new(""), Err(ValidationError::Empty));
        assert_eq!(
            LanguageCode::new("engl"),
            Err(ValidationError::TooLong { max: 3 })
        );
        for bad in ["e", "EN", "n1", "é", "nl-"] {
            assert!(LanguageCode::new(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<LanguageCode>("\"NL\"").is_err());
        assert_eq!(
            serde_json::to_string(&LanguageCode::english()).unwrap(),
            "\"en\""
        );
    }

    #[test]
    fn org_ids() {
        assert!(OrgId::new("3f2a-org_1").is_ok());
        assert_eq!(OrgId::new(""), Err(ValidationError::Empty));
        assert_eq!(OrgId::new("a b"), Err(ValidationError::BadCharacter));
        assert_eq!(
            OrgId::new("x".repeat(129)),
            Err(ValidationError::TooLong { max: 128 })
        );
    }

    #[test]
    fn room_names() {
        assert!(RoomName::new("clinic-7.room_2").is_ok());
        assert_eq!(RoomName::new(""), Err(ValidationError::Empty));
        assert_eq!(RoomName::new("a b"), Err(ValidationError::BadCharacter));
        assert_eq!(RoomName::new(".."), Err(ValidationError::BadCharacter));
        assert_eq!(
            RoomName::new("x".repeat(65)),
            Err(ValidationError::TooLong { max: 64 })
        );
    }

    #[test]
    fn display_names() {
        assert_eq!(
            DisplayName::new("  Dr. Åsa Öberg ").map(|n| n.0),
            Ok("Dr. Åsa Öberg".into())
        );
        assert_eq!(DisplayName::new("   "), Err(ValidationError::Empty));
        assert_eq!(
            DisplayName::new("a\u{0}b"),
            Err(ValidationError::BadCharacter)
        );
        // "Dr. \u{202E}esruN" would show as "Dr. Nurse".
        assert_eq!(
            DisplayName::new("Dr. \u{202E}esruN"),
            Err(ValidationError::BadCharacter)
        );
        assert_eq!(
            DisplayName::new("\u{2067}x"),
            Err(ValidationError::BadCharacter)
        );
        assert!(
            DisplayName::new("می\u{200C}خواهم").is_ok(),
            "a zero-width non-joiner, as Persian writes it"
        );
        assert!(DisplayName::new("é".repeat(64)).is_ok());
        assert!(DisplayName::new("é".repeat(65)).is_err());
    }

    #[test]
    fn file_names() {
        assert!(FileName::new("Blood test 2026-11 (results).pdf").is_ok());
        assert!(FileName::new("Überweisung für Dr. Öberg.pdf").is_ok());
        assert!(FileName::new(".hidden").is_ok());
        assert_eq!(FileName::new(""), Err(ValidationError::Empty));
        assert_eq!(FileName::new("  "), Err(ValidationError::Empty));
        for hostile in [
            "../../etc/passwd",
            "..\\windows\\system32",
            "a/b",
            "..",
            ".",
            "report\u{202E}fdp.exe",
            "in\u{2066}voice.pdf",
            "zero\u{200B}width",
            "x\r\nContent-Type: text/html",
            "nul\u{0}.txt",
            " padded.txt",
            "padded.txt ",
        ] {
            assert_eq!(
                FileName::new(hostile),
                Err(ValidationError::BadCharacter),
                "{hostile:?}"
            );
        }
        assert!(FileName::new("é".repeat(127)).is_ok(), "254 bytes");
        assert_eq!(
            FileName::new("é".repeat(128)),
            Err(ValidationError::TooLong { max: 255 })
        );
        assert_eq!(
            format!("{:?}", FileName::new("Jansen.pdf").ok()),
            "Some(FileName(<redacted 10 bytes>))"
        );
    }

    #[test]
    fn display_name_debug_is_redacted() {
        let n = DisplayName::new("Jane Patient").map(|n| format!("{n:?}"));
        assert_eq!(n.as_deref(), Ok("DisplayName(<redacted 12 chars>)"));
    }
}
