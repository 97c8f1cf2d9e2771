//! Who was here a moment ago: a participant who drops (a network switch, a
//! page reload) and comes back within the grace period gets their place
//! back, without queueing or admission again.

use std::collections::HashMap;
use std::hash::Hash;
use std::time::{Duration, Instant};

/// Keys remembered for `grace` after `remember`, each with a value.
#[derive(Debug)]
pub(crate) struct Recent<K, V> {
    grace: Duration,
    seen: HashMap<K, (Instant, V)>,
}

impl<K: Eq + Hash, V> Recent<K, V> {
    pub(crate) fn new(grace: Duration) -> Self {
        Recent {
            grace,
            seen: HashMap::new(),
        }
    }

    /// Remembers `key` as of `now`, forgetting whatever has expired.
    pub(crate) fn remember(&mut self, key: K, value: V, now: Instant) {
        let grace = self.grace;
        self.seen
            .retain(|_, (at, _)| now.saturating_duration_since(*at) < grace);
        self.seen.insert(key, (now, value));
    }

    /// Forgets every key for which `which` holds.
    pub(crate) fn forget(&mut self, which: impl Fn(&K) -> bool) {
        self.seen.retain(|k, _| !which(k));
    }

    /// The value of `key` if it was remembered less than the grace period
    /// before `now`; it is forgotten either way.
    pub(crate) fn take(&mut self, key: &K, now: Instant) -> Option<V> {
        let (at, value) = self.seen.remove(key)?;
        (now.saturating_duration_since(at) < self.grace).then_some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_comes_back_within_the_grace_only_and_only_once() {
        let start = Instant::now();
        let mut recent = Recent::new(Duration::from_secs(30));
        recent.remember("ann", 1, start);
        recent.remember("ben", 2, start);
        assert_eq!(
            recent.take(&"ann", start + Duration::from_secs(29)),
            Some(1)
        );
        assert_eq!(
            recent.take(&"ann", start + Duration::from_secs(29)),
            None,
            "taken once"
        );
        assert_eq!(
            recent.take(&"ben", start + Duration::from_secs(30)),
            None,
            "expired at the grace"
        );
        // Expired entries are dropped when something new is remembered.
        recent.remember("cy", 3, start);
        recent.remember("dan", 4, start + Duration::from_secs(31));
        assert_eq!(recent.seen.len(), 1);
    }
}
