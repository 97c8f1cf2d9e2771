//! Ids of control-plane records: 128 random bits as hex, in newtypes so that
//! a department id can never be passed where a client id is meant.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// A new random id.
            pub fn generate() -> Self {
                $name(crate::secret::random_token())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// An id read from the database or a URL path (not trusted: a
            /// lookup with an unknown id simply finds nothing).
            pub fn from_string(s: String) -> Self {
                $name(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// An organisation (tenant).
    OrgId
);
id_type!(
    /// A department of an organisation.
    DepartmentId
);
id_type!(
    /// A staff member (organisation admin, department admin, practitioner).
    StaffId
);
id_type!(
    /// A client (patient).
    ClientId
);
id_type!(
    /// An appointment.
    AppointmentId
);
id_type!(
    /// A meeting room.
    MeetingRoomId
);
id_type!(
    /// An external participant (family, interpreter, home care).
    ParticipantId
);
id_type!(
    /// A group of external participants.
    GroupId
);
id_type!(
    /// A block of a practitioner's availability.
    AvailabilityId
);
id_type!(
    /// A service announcement.
    AnnouncementId
);
id_type!(
    /// A kept line of a consultation's captions.
    TranscriptLineId
);
id_type!(
    /// An API key (its record, never the key itself).
    ApiKeyId
);
id_type!(
    /// A chat channel between a client and a practitioner (or department).
    ChannelId
);
id_type!(
    /// A questionnaire (all its versions).
    QuestionnaireId
);
id_type!(
    /// One saved version of a questionnaire.
    QuestionnaireVersionId
);
id_type!(
    /// An image a questionnaire shows (the clinic's, not a patient's).
    QuestionnaireImageId
);
