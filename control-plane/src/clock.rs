//! Wall-clock time for the control plane, injected so that link windows,
//! reminders and anonymisation can be tested without waiting.

use std::fmt::Debug;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use jiff::Timestamp;

pub trait Clock: Send + Sync + Debug {
    fn now(&self) -> Timestamp;

    /// Milliseconds since the Unix epoch, as stored in the database.
    fn now_ms(&self) -> i64 {
        self.now().as_millisecond()
    }

    /// Seconds since the Unix epoch.
    fn now_seconds(&self) -> i64 {
        self.now().as_second()
    }
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that moves only when told to. For tests.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(at: Timestamp) -> ManualClock {
        ManualClock(Arc::new(AtomicI64::new(at.as_millisecond())))
    }

    pub fn set(&self, at: Timestamp) {
        self.0.store(at.as_millisecond(), Ordering::SeqCst);
    }

    pub fn advance(&self, by: std::time::Duration) {
        self.0.fetch_add(
            i64::try_from(by.as_millis()).unwrap_or(i64::MAX),
            Ordering::SeqCst,
        );
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millisecond(self.0.load(Ordering::SeqCst)).unwrap_or(Timestamp::UNIX_EPOCH)
    }
}
