//! Waiting lines: the queues a waiting person stands in and a staff
//! member's waiting list follows. Their wire form (`staff:{id}`,
//! `department:{id}`, `org:{id}`, in join tokens and between signalling
//! nodes) is written and read here only.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{OrgId, ValidationError};

/// One waiting line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Queue {
    /// A practitioner's own clients (their appointments): `staff:{id}`.
    Staff(String),
    /// A department's (appointments with that department): `department:{id}`.
    Department(String),
    /// Everyone waiting in the organisation, for its admins: `org:{id}`.
    Org(OrgId),
}

impl Queue {
    /// The longest id a queue names.
    pub const MAX_ID_LEN: usize = 128;

    /// Reads the wire form.
    pub fn parse(s: &str) -> Result<Queue, ValidationError> {
        let (kind, id) = s.split_once(':').ok_or(ValidationError::BadCharacter)?;
        if id.is_empty() {
            return Err(ValidationError::Empty);
        }
        if id.len() > Self::MAX_ID_LEN {
            return Err(ValidationError::TooLong {
                max: Self::MAX_ID_LEN,
            });
        }
        if id.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(ValidationError::BadCharacter);
        }
        let id = id.to_owned();
        match kind {
            "staff" => Ok(Queue::Staff(id)),
            "department" => Ok(Queue::Department(id)),
            "org" => Ok(Queue::Org(OrgId::new(id)?)),
            _ => Err(ValidationError::BadCharacter),
        }
    }

    pub fn staff(id: impl Into<String>) -> Queue {
        Queue::Staff(id.into())
    }

    pub fn department(id: impl Into<String>) -> Queue {
        Queue::Department(id.into())
    }

    pub fn org(id: OrgId) -> Queue {
        Queue::Org(id)
    }

    /// A practitioner's line.
    pub fn is_staff(&self) -> bool {
        matches!(self, Queue::Staff(_))
    }

    /// A department's line.
    pub fn is_department(&self) -> bool {
        matches!(self, Queue::Department(_))
    }
}

impl fmt::Display for Queue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Queue::Staff(id) => write!(f, "staff:{id}"),
            Queue::Department(id) => write!(f, "department:{id}"),
            Queue::Org(id) => write!(f, "org:{id}"),
        }
    }
}

impl Serialize for Queue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Queue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Queue::parse(&s).map_err(|e| serde::de::Error::custom(format!("queue {s:?}: {e}")))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_wire_form_goes_both_ways_and_nothing_else_is_a_queue() {
        for (wire, queue) in [
            ("staff:s1", Queue::staff("s1")),
            ("department:d-2", Queue::department("d-2")),
            ("org:o", Queue::org(OrgId::new("o").unwrap())),
        ] {
            assert_eq!(Queue::parse(wire).unwrap(), queue);
            assert_eq!(queue.to_string(), wire);
            assert_eq!(
                serde_json::to_string(&queue).unwrap(),
                format!("\"{wire}\"")
            );
            assert_eq!(
                serde_json::from_str::<Queue>(&format!("\"{wire}\"")).unwrap(),
                queue
            );
        }
        for bad in [
            "",
            "staff",
            "staff:",
            "nurse:x",
            "staff:a b",
            "org:\n",
            &format!("staff:{}", "x".repeat(129)),
        ] {
            assert!(Queue::parse(bad).is_err(), "{bad:?}");
        }
        assert!(
            serde_json::from_str::<Queue>("\"walk:x\"")
                .unwrap_err()
                .to_string()
                .contains("walk:x")
        );
        assert!(
            Queue::staff("a").is_staff()
                && Queue::department("a").is_department()
                && !Queue::org(OrgId::new("a").unwrap()).is_staff()
        );
    }
}
