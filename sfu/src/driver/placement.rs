//! Which worker a room lives on. A room is placed when its first participant
//! joins, on the worker with the fewest participants (then the fewest rooms,
//! then the lowest index), and stays there until its last participant is
//! gone, so that a room's participants always share one worker and forward
//! to each other without crossing threads.

use std::collections::HashMap;

use anteroom_protocol::{ParticipantId, RoomName};

#[derive(Debug)]
pub(crate) struct Placement {
    /// Participants and rooms per worker.
    load: Vec<WorkerLoad>,
    rooms: HashMap<RoomName, RoomPlace>,
    participants: HashMap<ParticipantId, (usize, RoomName)>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WorkerLoad {
    pub participants: usize,
    pub rooms: usize,
}

#[derive(Debug)]
struct RoomPlace {
    worker: usize,
    members: usize,
}

impl Placement {
    pub fn new(workers: usize) -> Placement {
        assert!(workers > 0, "at least one worker");
        Placement {
            load: vec![WorkerLoad::default(); workers],
            rooms: HashMap::new(),
            participants: HashMap::new(),
        }
    }

    /// The worker for a joining participant. A participant already placed
    /// keeps its worker (which will refuse the second join) and is not
    /// counted twice.
    pub fn join(&mut self, room: &RoomName, participant: &ParticipantId) -> usize {
        if let Some((worker, _)) = self.participants.get(participant) {
            return *worker;
        }
        let worker = match self.rooms.get_mut(room) {
            Some(place) => {
                place.members += 1;
                place.worker
            }
            None => {
                let worker = self.least_loaded();
                self.rooms
                    .insert(room.clone(), RoomPlace { worker, members: 1 });
                self.load[worker].rooms += 1;
                worker
            }
        };
        self.load[worker].participants += 1;
        self.participants
            .insert(participant.clone(), (worker, room.clone()));
        worker
    }

    /// The worker of a placed participant.
    pub fn worker_of(&self, participant: &ParticipantId) -> Option<usize> {
        self.participants.get(participant).map(|(w, _)| *w)
    }

    /// Forgets a participant (left, removed, or refused by its worker); the
    /// room is forgotten with its last participant. Returns their worker.
    pub fn remove(&mut self, participant: &ParticipantId) -> Option<usize> {
        let (worker, room) = self.participants.remove(participant)?;
        self.load[worker].participants -= 1;
        if let Some(place) = self.rooms.get_mut(&room) {
            place.members -= 1;
            if place.members == 0 {
                self.rooms.remove(&room);
                self.load[worker].rooms -= 1;
            }
        }
        Some(worker)
    }

    pub fn load(&self) -> &[WorkerLoad] {
        &self.load
    }

    fn least_loaded(&self) -> usize {
        (0..self.load.len())
            .min_by_key(|&i| (self.load[i].participants, self.load[i].rooms, i))
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn room(name: &str) -> RoomName {
        RoomName::new(name).unwrap()
    }
    fn p(name: &str) -> ParticipantId {
        ParticipantId::new(name.to_owned())
    }

    #[test]
    fn a_room_stays_on_one_worker_and_new_rooms_go_to_the_least_loaded() {
        let mut placement = Placement::new(3);
        let a = placement.join(&room("a"), &p("a1"));
        assert_eq!(placement.join(&room("a"), &p("a2")), a);
        assert_eq!(placement.join(&room("a"), &p("a3")), a);
        let b = placement.join(&room("b"), &p("b1"));
        let c = placement.join(&room("c"), &p("c1"));
        assert!(
            a != b && b != c && a != c,
            "three rooms on three workers: {a} {b} {c}"
        );
        // b and c hold one participant each, a three: the next room goes to b's worker (lower index on a tie).
        let d = placement.join(&room("d"), &p("d1"));
        assert_eq!(d, b.min(c));
        assert_eq!(placement.worker_of(&p("a2")), Some(a));
    }

    #[test]
    fn load_counts_participants_and_frees_rooms_with_their_last_member() {
        let mut placement = Placement::new(2);
        let w = placement.join(&room("a"), &p("1"));
        placement.join(&room("a"), &p("2"));
        assert_eq!(
            placement.load()[w],
            WorkerLoad {
                participants: 2,
                rooms: 1
            }
        );
        // A second join of the same participant is not counted.
        assert_eq!(placement.join(&room("a"), &p("2")), w);
        assert_eq!(placement.load()[w].participants, 2);
        assert_eq!(placement.remove(&p("1")), Some(w));
        assert_eq!(placement.remove(&p("1")), None);
        assert_eq!(placement.remove(&p("2")), Some(w));
        assert_eq!(placement.load()[w], WorkerLoad::default());
        assert_eq!(placement.worker_of(&p("2")), None);
    }

    #[test]
    fn an_emptied_room_may_be_placed_again_elsewhere() {
        let mut placement = Placement::new(2);
        let first = placement.join(&room("a"), &p("1"));
        let other = placement.join(&room("b"), &p("2"));
        placement.join(&room("b"), &p("3"));
        placement.remove(&p("1"));
        // Room a is gone; it comes back on the less loaded worker, which is still `first`.
        assert_eq!(placement.join(&room("a"), &p("4")), first);
        assert_ne!(first, other);
    }
}
