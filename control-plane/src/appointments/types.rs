//! What the API says of appointments: their status, the appointment as
//! shown, and the bodies of creation and change.

use super::*;

text_enum!(
    /// Where an appointment stands.
    Status {
        Scheduled = "scheduled",
        /// The patient has opened their link and waits.
        Waiting = "waiting",
        InProgress = "in_progress",
        Completed = "completed",
        Cancelled = "cancelled",
        NoShow = "no_show",
        /// Old enough that the client data was removed.
        Anonymised = "anonymised",
    }
);

impl Status {
    /// The changes staff may make.
    pub(super) fn may_become(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Scheduled, Waiting | InProgress | Cancelled | NoShow)
                | (Waiting, Scheduled | InProgress | Cancelled | NoShow)
                | (InProgress, Completed)
        )
    }

    /// Whether the appointment is still to happen (links work, it can be
    /// moved, invitations can be sent).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Scheduled | Status::Waiting)
    }
}

text_enum!(
    /// The states staff may move an appointment to (`PATCH`): every
    /// [`Status`] but `anonymised`, which only the anonymisation job sets.
    /// Which moves are allowed depends on where it stands now.
    StatusChange {
        Scheduled = "scheduled",
        Waiting = "waiting",
        InProgress = "in_progress",
        Completed = "completed",
        Cancelled = "cancelled",
        NoShow = "no_show",
    }
);

impl From<StatusChange> for Status {
    fn from(change: StatusChange) -> Status {
        match change {
            StatusChange::Scheduled => Status::Scheduled,
            StatusChange::Waiting => Status::Waiting,
            StatusChange::InProgress => Status::InProgress,
            StatusChange::Completed => Status::Completed,
            StatusChange::Cancelled => Status::Cancelled,
            StatusChange::NoShow => Status::NoShow,
        }
    }
}

text_enum!(
    /// How an appointment came to be.
    Origin {
        Staff = "staff",
        Booking = "booking",
        WalkIn = "walk_in",
    }
);

/// An id with the name people know it by.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Named<I> {
    pub id: I,
    pub name: String,
}

#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientSummary {
    pub id: ClientId,
    pub initials: String,
    pub last_name: String,
}

#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ParticipantSummary {
    pub id: ParticipantId,
    pub name: String,
    pub kind: ParticipantKind,
}

/// An appointment as the API shows it. `Debug` shows the id only.
#[derive(Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Appointment {
    pub id: AppointmentId,
    pub status: Status,
    pub origin: Origin,
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    pub duration_minutes: u32,
    pub practitioner: Option<Named<StaffId>>,
    pub department: Option<Named<DepartmentId>>,
    /// Absent once anonymised.
    pub client: Option<ClientSummary>,
    pub message: Option<String>,
    pub participants: Vec<ParticipantSummary>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// The questionnaire the patient is asked to fill in, and how far they
    /// got (the answers: `GET /appointments/{id}/questionnaire`).
    pub questionnaire: Option<AskedQuestionnaire>,
}

/// An appointment's questionnaire, without its answers.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AskedQuestionnaire {
    pub id: crate::ids::QuestionnaireId,
    pub title: String,
    pub status: crate::questionnaires::AnswerStatus,
}

impl AskedQuestionnaire {
    /// Read from a row with `questionnaire_id`, `questionnaire_status` and
    /// `questionnaire_title` (NULL: none asked).
    pub(crate) fn from_row(
        row: &sqlx::any::AnyRow,
    ) -> Result<Option<AskedQuestionnaire>, crate::error::ApiError> {
        use sqlx::Row;
        match (
            row.try_get::<Option<String>, _>("questionnaire_id")?,
            row.try_get::<Option<String>, _>("questionnaire_status")?,
        ) {
            (Some(id), Some(status)) => Ok(Some(AskedQuestionnaire {
                id: crate::ids::QuestionnaireId::from_string(id),
                title: row.try_get("questionnaire_title")?,
                status: crate::questionnaires::AnswerStatus::parse(&status).ok_or_else(|| {
                    crate::error::ApiError::new(crate::error::ApiErrorCode::Internal)
                })?,
            })),
            _ => Ok(None),
        }
    }
}

impl fmt::Debug for ClientSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSummary")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ParticipantSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParticipantSummary")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Appointment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Appointment")
            .field("id", &self.id)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAppointment {
    pub client: ClientId,
    pub practitioner: Option<StaffId>,
    pub department: Option<DepartmentId>,
    /// RFC 3339, e.g. `2026-11-23T09:30:00+01:00`.
    #[schema(format = DateTime)]
    pub starts_at: String,
    pub duration_minutes: u32,
    pub message: Option<String>,
    #[serde(default)]
    pub participants: Vec<ParticipantId>,
    /// Every member of these groups is invited too.
    #[serde(default)]
    pub groups: Vec<GroupId>,
    /// A questionnaire the patient is asked to fill in before the
    /// consultation (its current version). Absent: the one asked by default
    /// in the department (else the organisation), if any; `null`: none.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub questionnaire: Option<Option<crate::ids::QuestionnaireId>>,
}

/// The links of an appointment, shown once: only their hashes are kept.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Invitation {
    pub patient_link: String,
    pub participant_links: Vec<ParticipantLink>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ParticipantLink {
    pub participant: ParticipantId,
    pub link: String,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Created {
    pub appointment: Appointment,
    pub invitation: Invitation,
}

/// Changes to an appointment. Time, duration, practitioner and department
/// change only while it is still to happen.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentChange {
    pub status: Option<StatusChange>,
    /// RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: Option<String>,
    pub duration_minutes: Option<u32>,
    /// An empty string removes the message.
    pub message: Option<String>,
    pub practitioner: Option<StaffId>,
    pub department: Option<DepartmentId>,
}

/// A field that may be absent (the outer `None`, by `#[serde(default)]`)
/// or `null` (`Some(None)`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
