//! A connection's session: what its token granted, and where it stands
//! (one [`Stage`] at a time).

use super::*;

#[derive(Debug)]
pub(super) struct Session {
    /// Where the connection stands.
    pub(super) stage: Stage,
    /// A media test has run on this connection (once per connection).
    pub(super) probed: bool,
    /// What the join token granted; everything in an open room.
    pub(super) grants: Vec<Grant>,
    /// The token's `sub`: the same person across reconnects.
    pub(super) sub: Option<String>,
    /// The token's role.
    pub(super) role: Option<JoinRole>,
    /// In a room with the `files` grant: the key for `/files`.
    pub(super) files_key: Option<String>,
    /// The token's language (the organisation's).
    pub(super) language: Option<LanguageCode>,
    /// What the browser's pre-call check found about its network.
    pub(super) connection: Option<ConnectionCheck>,
    /// In a room: the key with which a new connection may carry on this
    /// session (`resume`).
    pub(super) resume_key: Option<String>,
}

/// Where a connection stands: one of these at a time.
#[derive(Debug)]
pub(super) enum Stage {
    /// Connected, in nothing (yet, or any more).
    Open,
    /// Running the pre-call media test: its SFU session, the request to
    /// answer, and once connected since when the client has been measuring
    /// the path through it.
    Probing(ParticipantId, RequestId, Option<Instant>),
    /// In a waiting area, not yet admitted (the participant id they will
    /// have).
    Waiting(ParticipantId),
    /// Following waiting lists (staff).
    Watching(Watcher),
    /// In a room.
    Joined(RoomName, ParticipantId),
}

impl Session {
    pub(super) fn new() -> Session {
        Session {
            stage: Stage::Open,
            probed: false,
            grants: Vec::new(),
            sub: None,
            role: None,
            files_key: None,
            language: None,
            connection: None,
            resume_key: None,
        }
    }

    /// The room it is in, and as whom.
    pub(super) fn joined(&self) -> Option<(&RoomName, &ParticipantId)> {
        match &self.stage {
            Stage::Joined(room, participant) => Some((room, participant)),
            _ => None,
        }
    }

    /// The participant id it waits as.
    pub(super) fn waiting_as(&self) -> Option<&ParticipantId> {
        match &self.stage {
            Stage::Waiting(participant) => Some(participant),
            _ => None,
        }
    }

    /// Its waiting list, when it follows one.
    pub(super) fn watcher(&self) -> Option<&Watcher> {
        match &self.stage {
            Stage::Watching(watcher) => Some(watcher),
            _ => None,
        }
    }

    /// Its media test's SFU session and request, while one runs.
    pub(super) fn probing(&self) -> Option<(&ParticipantId, RequestId)> {
        match &self.stage {
            Stage::Probing(participant, request_id, _) => Some((participant, *request_id)),
            _ => None,
        }
    }

    /// Leaves the stage `is` matches for `Open`, and returns it; leaves
    /// any other stage alone.
    pub(super) fn end_stage(&mut self, is: impl Fn(&Stage) -> bool) -> Option<Stage> {
        is(&self.stage).then(|| std::mem::replace(&mut self.stage, Stage::Open))
    }
}

#[derive(Debug)]
pub(super) struct Watcher {
    pub(super) queues: Vec<Queue>,
    /// Strict client segregation: see [`crate::admission::Watch`].
    pub(super) own_clients_only: bool,
    pub(super) grants: Vec<Grant>,
    pub(super) name: DisplayName,
}

impl Watcher {
    pub(super) fn viewer(&self) -> Viewer<'_> {
        Viewer::watcher(&self.queues, self.own_clients_only, &self.grants)
    }
}
