//! Who may see, chat with and admit a waiting person: the one rule, asked
//! by every path that shows a waiting person to someone (arrivals, the
//! waiting list, departures, chat, admission), local or from another node.
//!
//! A person waits in queues the control plane put in their token:
//! `staff:{id}` (their appointment's practitioner), `department:{id}`,
//! `org:{id}`. A staff member's watch token lists the queues they watch,
//! and says whether they see only their own clients (a practitioner under
//! the organisation's strict client segregation). Staff in a consultation
//! room with the admit grant follow the people waiting for that room: the
//! control plane gave them the room only after checking that they may see
//! its appointment.

use anteroom_protocol::{ErrorCode, Grant, JoinRole, Queue, RoomName};

/// What a connection shows of itself to the rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Viewer<'a> {
    /// Its waiting list, from a watch token.
    pub watch: Option<Watch<'a>>,
    /// The consultation room it is in.
    pub room: Option<&'a RoomName>,
    /// The watch token's grants for a watcher, the room token's otherwise.
    pub grants: &'a [Grant],
}

/// A staff member's waiting list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Watch<'a> {
    pub queues: &'a [Queue],
    /// Strict client segregation: through a department queue, only people
    /// whose appointment has no practitioner (a practitioner's own clients
    /// come through their `staff:` queue).
    pub own_clients_only: bool,
}

/// A waiting person, as far as the rule needs to know them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Waited<'a> {
    pub queues: &'a [Queue],
    /// The room they wait for (unknown to a chat message from another node,
    /// which only watchers read).
    pub room: Option<&'a RoomName>,
}

impl<'a> Viewer<'a> {
    /// A watcher's view (a staff member's waiting list).
    pub(crate) fn watcher(
        queues: &'a [Queue],
        own_clients_only: bool,
        grants: &'a [Grant],
    ) -> Viewer<'a> {
        Viewer {
            watch: Some(Watch {
                queues,
                own_clients_only,
            }),
            room: None,
            grants,
        }
    }

    /// The view of a member of `room`.
    pub(crate) fn in_room(room: &'a RoomName, grants: &'a [Grant]) -> Viewer<'a> {
        Viewer {
            watch: None,
            room: Some(room),
            grants,
        }
    }
}

/// Whether `viewer` may know that `waited` is waiting: their arrival, their
/// name, their departure, their messages.
pub(crate) fn may_see(viewer: &Viewer<'_>, waited: &Waited<'_>) -> bool {
    let in_their_room = viewer.room.is_some()
        && viewer.room == waited.room
        && viewer.grants.contains(&Grant::Admit);
    in_their_room
        || viewer
            .watch
            .is_some_and(|watch| watches(&watch, waited.queues))
}

/// Whether `viewer` may write to `waited` from their waiting list.
pub(crate) fn may_chat(viewer: &Viewer<'_>, waited: &Waited<'_>) -> bool {
    viewer.grants.contains(&Grant::Chat)
        && viewer
            .watch
            .is_some_and(|watch| watches(&watch, waited.queues))
}

/// Whether `viewer` may let `waited` in.
pub(crate) fn may_admit(viewer: &Viewer<'_>, waited: &Waited<'_>) -> bool {
    viewer.grants.contains(&Grant::Admit) && may_see(viewer, waited)
}

/// A room as the entry rule sees it from one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// This node holds it: how many are in it, and whether the patient is.
    Here { members: usize, patient: bool },
    /// Another node holds it, and decides there.
    Elsewhere,
    /// Nobody is in it yet.
    Nowhere,
}

/// Whether someone in `role` may come into a room now (from the waiting
/// area, by force start, or joining directly): it has space within
/// `capacity` (their token's, at most the server's), and family,
/// interpreters and other external participants come in only while the
/// patient is there. Every way into a room asks this; the SFU's own limit
/// behind it only catches a race.
pub(crate) fn may_enter(
    role: Option<JoinRole>,
    capacity: usize,
    place: Place,
) -> Result<(), ErrorCode> {
    let (members, patient_there) = match place {
        Place::Here { members, patient } => (members, patient),
        Place::Elsewhere => (0, true),
        Place::Nowhere => (0, false),
    };
    if members >= capacity {
        return Err(ErrorCode::RoomFull);
    }
    if role == Some(JoinRole::Participant) && !patient_there {
        return Err(ErrorCode::PatientNotPresent);
    }
    Ok(())
}

/// Whether a room may be entered by name alone, without a join token, on a
/// server with open rooms (a development setting): never the rooms the
/// control plane names (appointments' `a-`, meeting rooms' `m-`, waiting
/// lists' `w-`) nor media tests' `probe-`, so that open rooms cannot be a
/// way into a real consultation, past its waiting room.
pub(crate) fn may_enter_open(room: &RoomName) -> bool {
    !["a-", "m-", "w-", "probe-"]
        .iter()
        .any(|prefix| room.as_str().starts_with(prefix))
}

/// Whether a waiting list shows someone in these queues.
fn watches(watch: &Watch<'_>, queues: &[Queue]) -> bool {
    let has_practitioner = queues.iter().any(Queue::is_staff);
    watch.queues.iter().filter(|q| queues.contains(q)).any(|q| {
        !watch.own_clients_only || q.is_staff() || (q.is_department() && !has_practitioner)
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_room_is_entered_with_space_and_external_participants_with_the_patient() {
        let here = |members, patient| Place::Here { members, patient };
        let (patient, family, doctor) = (
            Some(JoinRole::Patient),
            Some(JoinRole::Participant),
            Some(JoinRole::Practitioner),
        );
        assert_eq!(may_enter(patient, 2, here(1, false)), Ok(()));
        assert_eq!(
            may_enter(patient, 2, here(2, false)),
            Err(ErrorCode::RoomFull)
        );
        assert_eq!(may_enter(doctor, 2, Place::Nowhere), Ok(()));
        assert_eq!(may_enter(None, 0, Place::Nowhere), Err(ErrorCode::RoomFull));
        assert_eq!(
            may_enter(family, 6, here(1, false)),
            Err(ErrorCode::PatientNotPresent)
        );
        assert_eq!(
            may_enter(family, 6, Place::Nowhere),
            Err(ErrorCode::PatientNotPresent)
        );
        assert_eq!(may_enter(family, 6, here(2, true)), Ok(()));
        assert_eq!(
            may_enter(family, 2, here(2, true)),
            Err(ErrorCode::RoomFull),
            "space first"
        );
        assert_eq!(
            may_enter(family, 6, Place::Elsewhere),
            Ok(()),
            "the room's node decides"
        );
    }

    fn queues(names: &[&str]) -> Vec<Queue> {
        names.iter().map(|q| Queue::parse(q).unwrap()).collect()
    }

    #[test]
    fn the_rule_for_each_kind_of_viewer_and_waiting_person() {
        let room = RoomName::new("a-room").unwrap();
        let other_room = RoomName::new("b-room").unwrap();
        let staff = [Grant::Admit, Grant::Chat];
        // Ann's appointment is with p1 in department d; Dee's is with the
        // department only; Wim waits for another department.
        let ann = queues(&["org:o", "staff:p1", "department:d"]);
        let dee = queues(&["org:o", "department:d"]);
        let wim = queues(&["org:o", "department:e"]);
        let p1 = queues(&["staff:p1", "department:d"]);
        let p2 = queues(&["staff:p2", "department:d"]);
        let admin = queues(&["staff:a", "org:o"]);
        let cases = [
            (
                "p1, no segregation",
                Viewer::watcher(&p1, false, &staff),
                [true, true, false],
            ),
            (
                "p1, own clients only",
                Viewer::watcher(&p1, true, &staff),
                [true, true, false],
            ),
            (
                "p2, no segregation",
                Viewer::watcher(&p2, false, &staff),
                [true, true, false],
            ),
            (
                "p2, own clients only",
                Viewer::watcher(&p2, true, &staff),
                [false, true, false],
            ),
            (
                "the organisation's admin",
                Viewer::watcher(&admin, false, &staff),
                [true, true, true],
            ),
            (
                "p2 in the room they wait for",
                Viewer::in_room(&room, &[Grant::Admit]),
                [true, true, true],
            ),
        ];
        for (who, viewer, expected) in cases {
            for (person, target, sees) in [
                ("Ann", &ann, expected[0]),
                ("Dee", &dee, expected[1]),
                ("Wim", &wim, expected[2]),
            ] {
                let waited = Waited {
                    queues: target,
                    room: Some(&room),
                };
                assert_eq!(may_see(&viewer, &waited), sees, "{who} sees {person}");
                assert_eq!(may_admit(&viewer, &waited), sees, "{who} admits {person}");
                assert_eq!(
                    may_chat(&viewer, &waited),
                    sees && viewer.watch.is_some(),
                    "{who} writes to {person}"
                );
            }
        }
        let ann_waits = Waited {
            queues: &ann,
            room: Some(&room),
        };
        // In another room, or without the grants: nothing.
        assert!(!may_see(
            &Viewer::in_room(&other_room, &[Grant::Admit]),
            &ann_waits
        ));
        assert!(!may_see(
            &Viewer::in_room(&room, &[Grant::Chat]),
            &ann_waits
        ));
        assert!(!may_admit(
            &Viewer::watcher(&p1, false, &[Grant::Chat]),
            &ann_waits
        ));
        assert!(!may_chat(
            &Viewer::watcher(&p1, false, &[Grant::Admit]),
            &ann_waits
        ));
        // Open rooms never reach a consultation's, a meeting room's, a
        // waiting list's or a media test's name.
        for name in ["a-0123", "m-room", "w-staff", "probe-p1"] {
            assert!(!may_enter_open(&RoomName::new(name).unwrap()), "{name}");
        }
        assert!(may_enter_open(&RoomName::new("demo").unwrap()));
        // A chat message from another node names no room: watchers only.
        assert!(may_see(
            &Viewer::watcher(&p1, true, &staff),
            &Waited {
                queues: &ann,
                room: None
            }
        ));
        assert!(!may_see(
            &Viewer::in_room(&room, &[Grant::Admit]),
            &Waited {
                queues: &ann,
                room: None
            }
        ));
    }
}
