//! The waiting patient's estimate: how many come first, and about when
//! their turn comes.
//!
//! A patient stands in one line: their practitioner's (`staff:{id}`) or,
//! for an appointment with a department only, the department's. Those in
//! the line are seen in the order of their appointments' start (a walk-in's
//! "appointment" starts when they walked in), then of arrival. Walking that
//! order from now, each patient ahead takes their booked length (or
//! [`DEFAULT_MINUTES`]) and nobody is seen before their appointment's time.
//! What the estimate cannot know: how long a consultation already running
//! takes, and whether the practitioner admits out of order.

use anteroom_protocol::{JoinRole, Queue, WaitingEntry};

/// The length assumed for a consultation whose booking says none.
use anteroom_protocol::DEFAULT_CONSULTATION_MINUTES as DEFAULT_MINUTES;

/// The line a waiting person stands in, from their queues; none for those
/// who are not patients of a practitioner or a department.
pub(crate) fn line(queues: &[Queue]) -> Option<&Queue> {
    queues
        .iter()
        .find(|q| q.is_staff())
        .or_else(|| queues.iter().find(|q| q.is_department()))
}

/// Whether this waiting person takes a place in their line (patients do;
/// family, interpreters and guests come in with their patient).
pub(crate) fn takes_a_place(entry: &WaitingEntry) -> bool {
    entry.role == JoinRole::Patient
}

/// Where `me` stands among `line` (everyone in the same line, `me` may be
/// among them): how many come first, and milliseconds until their turn.
pub(crate) fn estimate<'a>(
    me: &WaitingEntry,
    line: impl IntoIterator<Item = &'a WaitingEntry>,
    now_ms: u64,
) -> (u32, u64) {
    let key = |e: &WaitingEntry| {
        (
            e.starts_at_ms.unwrap_or(e.since_ms),
            e.since_ms,
            e.participant.as_str().to_owned(),
        )
    };
    let mine = key(me);
    let mut ahead: Vec<&WaitingEntry> = line
        .into_iter()
        .filter(|e| e.participant != me.participant && key(e) < mine)
        .collect();
    ahead.sort_by_key(|e| key(e));
    let mut turn = now_ms;
    for e in &ahead {
        let minutes = u64::from(e.duration_minutes.unwrap_or(DEFAULT_MINUTES));
        turn = turn
            .max(e.starts_at_ms.unwrap_or(0))
            .saturating_add(minutes * 60_000);
    }
    turn = turn.max(me.starts_at_ms.unwrap_or(0));
    (
        u32::try_from(ahead.len()).unwrap_or(u32::MAX),
        turn - now_ms,
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use anteroom_protocol::{DisplayName, Marker, ParticipantId, RoomName};

    const MIN: u64 = 60_000;
    const NOW: u64 = 1_800_000_000_000;

    fn entry(
        id: &str,
        starts_at_ms: Option<u64>,
        duration_minutes: Option<u32>,
        since_ms: u64,
    ) -> WaitingEntry {
        WaitingEntry {
            participant: ParticipantId::new(id),
            display_name: DisplayName::new("P").unwrap(),
            role: JoinRole::Patient,
            room: RoomName::new("a-1").unwrap(),
            marker: Marker::OnTime,
            starts_at_ms,
            duration_minutes,
            since_ms,
            connection: None,
        }
    }

    #[test]
    fn the_line_is_the_practitioners_else_the_departments() {
        let q = |v: &[&str]| {
            v.iter()
                .map(|s| Queue::parse(s).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            line(&q(&["org:o", "staff:s", "department:d"])),
            Some(&Queue::staff("s"))
        );
        assert_eq!(
            line(&q(&["org:o", "department:d"])),
            Some(&Queue::department("d"))
        );
        assert_eq!(line(&q(&["org:o"])), None);
        assert_eq!(line(&[]), None);
    }

    #[test]
    fn alone_and_early_waits_for_the_appointment_alone_and_late_waits_for_nothing() {
        let early = entry("a", Some(NOW + 7 * MIN), Some(20), NOW);
        assert_eq!(estimate(&early, [&early], NOW), (0, 7 * MIN));
        let late = entry("a", Some(NOW - 7 * MIN), Some(20), NOW);
        assert_eq!(estimate(&late, [&late], NOW), (0, 0));
    }

    #[test]
    fn those_ahead_take_their_booked_length_in_the_order_of_their_appointments() {
        // Booked 10:00 (arrived late), 10:15 and 10:30 (me); now is 10:10.
        let ten = NOW - 10 * MIN;
        let first = entry("c", Some(ten), Some(15), NOW);
        let second = entry("b", Some(ten + 15 * MIN), Some(30), NOW - 20 * MIN);
        let me = entry("a", Some(ten + 30 * MIN), Some(15), NOW - 30 * MIN);
        let all = [&me, &second, &first];
        // The first runs 10:10-10:25, the second waits for its 10:15 and runs
        // 10:25-10:55, then me.
        assert_eq!(estimate(&me, all, NOW), (2, 45 * MIN));
        assert_eq!(estimate(&second, all, NOW), (1, 15 * MIN));
        assert_eq!(estimate(&first, all, NOW), (0, 0));
    }

    #[test]
    fn gaps_in_the_schedule_are_not_filled() {
        // One ahead at 10:20 for 10 minutes; me at 11:00; now 10:00.
        let ahead = entry("b", Some(NOW + 20 * MIN), Some(10), NOW);
        let me = entry("a", Some(NOW + 60 * MIN), Some(10), NOW);
        assert_eq!(estimate(&me, [&ahead, &me], NOW), (1, 60 * MIN));
    }

    #[test]
    fn walk_ins_follow_their_arrival_and_an_unknown_length_counts_as_the_default() {
        let first = entry("b", None, None, NOW - 5 * MIN);
        let me = entry("a", None, None, NOW - MIN);
        assert_eq!(
            estimate(&me, [&first, &me], NOW),
            (1, u64::from(DEFAULT_MINUTES) * MIN)
        );
        // The same start: the earlier arrival goes first.
        let x = entry("x", Some(NOW), Some(10), NOW - 2 * MIN);
        let y = entry("y", Some(NOW), Some(10), NOW - MIN);
        assert_eq!(estimate(&y, [&x, &y], NOW).0, 1);
        assert_eq!(estimate(&x, [&x, &y], NOW).0, 0);
    }
}
