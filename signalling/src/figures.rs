//! Figures signalling keeps for operators (`GET /metrics`): how far
//! behind the speakers each room's captions run.
//!
//! A room is named by an opaque label (a keyed hash of its name, the key
//! random per process): the metrics say which rooms lag, never which
//! appointment or patient they are.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anteroom_protocol::RoomName;

/// A room whose captions said nothing for this long is left out.
const FORGET_AFTER: Duration = Duration::from_secs(60);

/// The caption lag of the rooms with captions, shared between the hub
/// (which writes it as segments pass) and the metrics endpoint.
#[derive(Debug, Clone, Default)]
pub struct CaptionLags {
    inner: Arc<Mutex<Lags>>,
}

#[derive(Debug, Default)]
struct Lags {
    rooms: HashMap<RoomName, RoomLag>,
    key: RandomState,
}

#[derive(Debug, Clone, Copy)]
struct RoomLag {
    latest: Duration,
    /// The largest since `since` (a window of at most a minute).
    max: Duration,
    since: Instant,
    last: Instant,
}

/// One room's caption lag, as the metrics show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomLagFigure {
    /// Opaque: the same for one room while the process runs.
    pub room: String,
    /// The lag of its latest caption update.
    pub latest: Duration,
    /// The largest lag in about the last minute.
    pub max: Duration,
}

impl CaptionLags {
    /// A caption update in `room` came `lag` after its audio.
    pub fn record(&self, room: &RoomName, lag: Duration, now: Instant) {
        let mut lags = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = lags.rooms.entry(room.clone()).or_insert(RoomLag {
            latest: lag,
            max: lag,
            since: now,
            last: now,
        });
        if now.saturating_duration_since(entry.since) > FORGET_AFTER {
            entry.since = now;
            entry.max = lag;
        }
        entry.latest = lag;
        entry.max = entry.max.max(lag);
        entry.last = now;
    }

    /// The rooms with captions in the last minute (others are forgotten).
    pub fn read(&self, now: Instant) -> Vec<RoomLagFigure> {
        let mut lags = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        lags.rooms
            .retain(|_, l| now.saturating_duration_since(l.last) <= FORGET_AFTER);
        let mut figures: Vec<RoomLagFigure> = lags
            .rooms
            .iter()
            .map(|(room, l)| RoomLagFigure {
                room: format!("{:016x}", lags.key.hash_one(room.as_str())),
                latest: l.latest,
                max: l.max,
            })
            .collect();
        figures.sort_by(|a, b| a.room.cmp(&b.room));
        figures
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lags_are_kept_per_room_under_an_opaque_label_and_forgotten_after_a_minute() {
        let lags = CaptionLags::default();
        let t0 = Instant::now();
        let (a, b) = (
            RoomName::new("a-secret1").unwrap(),
            RoomName::new("a-secret2").unwrap(),
        );
        lags.record(&a, Duration::from_millis(300), t0);
        lags.record(
            &a,
            Duration::from_millis(2_000),
            t0 + Duration::from_secs(1),
        );
        lags.record(&a, Duration::from_millis(400), t0 + Duration::from_secs(2));
        lags.record(&b, Duration::from_millis(100), t0 + Duration::from_secs(30));
        let figures = lags.read(t0 + Duration::from_secs(31));
        assert_eq!(figures.len(), 2);
        assert!(
            figures
                .iter()
                .all(|f| !f.room.contains("secret") && f.room.len() == 16)
        );
        assert_ne!(figures[0].room, figures[1].room);
        let first = figures
            .iter()
            .find(|f| f.max == Duration::from_millis(2_000))
            .unwrap();
        assert_eq!(first.latest, Duration::from_millis(400));
        // The same room keeps its label.
        let again = lags.read(t0 + Duration::from_secs(32));
        assert_eq!(figures, again);
        // A minute without captions: room a is gone, b is not yet.
        let later = lags.read(t0 + Duration::from_secs(70));
        assert_eq!(later.len(), 1);
        assert_eq!(later[0].latest, Duration::from_millis(100));
        // A new window forgets the old maximum.
        lags.record(&b, Duration::from_millis(50), t0 + Duration::from_secs(95));
        let b_now = lags.read(t0 + Duration::from_secs(95));
        assert_eq!(b_now[0].max, Duration::from_millis(50));
    }
}
