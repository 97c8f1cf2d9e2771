//! Limits on what one requester may do in a while, in memory (per
//! process): login attempts (per account and address, per address, and a
//! growing delay per account), and visits (public bookings and walk-ins,
//! which write records) per client IP. docs/limits.md describes them for
//! operators.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use crate::ControlPlane;

/// Events per key in fixed windows: `limit` in `window_ms` from the
/// first, then nothing until the window ends. An event is reserved before
/// the work it limits is done ([`WindowCounter::take`]), in the same lock
/// as the check, so that concurrent requests cannot all pass the check
/// before any of them is counted; work that turns out not to count gives
/// its reservation back.
#[derive(Debug)]
pub(crate) struct WindowCounter {
    limit: u32,
    window_ms: i64,
    counts: Mutex<Windows>,
}

#[derive(Debug, Default)]
struct Windows {
    counts: HashMap<String, (u32, i64)>,
    /// When expired windows were last dropped.
    pruned_at: i64,
}

impl WindowCounter {
    pub(crate) fn new(limit: u32, window_ms: i64) -> Self {
        Self {
            limit,
            window_ms,
            counts: Mutex::new(Windows::default()),
        }
    }

    fn lock(&self, now: i64) -> std::sync::MutexGuard<'_, Windows> {
        let mut w = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        // Dropping expired windows visits every key: at most once a second.
        if now - w.pruned_at >= 1_000 || now < w.pruned_at {
            let window = self.window_ms;
            w.counts.retain(|_, (_, start)| now - *start < window);
            w.pruned_at = now;
        }
        w
    }

    /// Reserves one event of `key` at `now` if it is under its limit;
    /// `false` (and nothing counted) if not.
    pub(crate) fn take(&self, key: &str, now: i64) -> bool {
        let mut w = self.lock(now);
        let entry = w.counts.entry(key.to_owned()).or_insert((0, now));
        if now - entry.1 >= self.window_ms {
            *entry = (0, now);
        }
        if entry.0 >= self.limit {
            return false;
        }
        entry.0 += 1;
        true
    }

    /// Gives back an event [`take`](Self::take) reserved, for work that did
    /// not count after all.
    pub(crate) fn give_back(&self, key: &str, now: i64) {
        let mut w = self.lock(now);
        if let Some(entry) = w.counts.get_mut(key) {
            entry.0 = entry.0.saturating_sub(1);
        }
    }

    pub(crate) fn forget(&self, key: &str) {
        self.counts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .counts
            .remove(key);
    }
}

/// Failed logins one account may have from one address in
/// [`LOGIN_WINDOW_MS`] before that address is refused for it.
pub(crate) const LOGIN_FAILURES_PER_PAIR: u32 = 5;
/// Failed logins one address may have in the window, whatever accounts it
/// tries: a bound on password spraying from one place.
pub(crate) const LOGIN_FAILURES_PER_ADDRESS: u32 = 30;
/// Failures of one account, from all addresses together, before each
/// further attempt from an unfamiliar address must wait a growing delay.
pub(crate) const LOGIN_FAILURES_BEFORE_DELAY: u32 = 10;
/// The longest such delay: a distributed attack gets at most one guess in
/// this long, and the account is never locked for longer.
pub(crate) const LOGIN_MAX_DELAY_MS: i64 = 60_000;
pub(crate) const LOGIN_WINDOW_MS: i64 = 15 * 60 * 1000;
/// How long an address from which an account logged in stays familiar to
/// it (and so passes the account-wide delay).
const FAMILIAR_MS: i64 = 30 * 24 * 3600 * 1000;
/// Familiar addresses kept per account.
const FAMILIAR_PER_ACCOUNT: usize = 8;
/// Accounts whose failures are followed (real or not: a guesser may try
/// any email); past it the quiet ones are forgotten.
const MAX_ACCOUNTS: usize = 100_000;

/// Throttles password (and TOTP) guessing, in memory, per process:
/// - per account and address: [`LOGIN_FAILURES_PER_PAIR`] failures, then
///   that address is refused for that account until the window ends. The
///   real user at another address is not affected, so knowing someone's
///   email is not enough to lock them out;
/// - per address: [`LOGIN_FAILURES_PER_ADDRESS`] failures over any
///   accounts;
/// - per account, from everywhere: after [`LOGIN_FAILURES_BEFORE_DELAY`]
///   failures, attempts from addresses the account has not logged in from
///   are let through one at a time with a delay that doubles from one
///   second up to [`LOGIN_MAX_DELAY_MS`]: a distributed attack is slowed
///   down, but nobody is locked out for long, and the user's familiar
///   addresses are never delayed. Quiet for a window, the account is
///   forgiven.
///
/// Each attempt is reserved before the password is checked
/// ([`LoginThrottle::begin`]), so concurrent attempts cannot slip past a
/// limit that counts only after the check.
#[derive(Debug)]
pub(crate) struct LoginThrottle {
    pairs: WindowCounter,
    addresses: WindowCounter,
    accounts: Mutex<HashMap<String, AccountState>>,
}

#[derive(Debug, Default)]
struct AccountState {
    failures: u32,
    last_failure: i64,
    in_flight: u32,
    next_attempt_at: i64,
    /// Addresses this account logged in from, with when.
    familiar: Vec<(String, i64)>,
}

/// What refused a login attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Throttled {
    /// When an attempt may be made again (ms).
    pub retry_at: i64,
}

/// A login attempt that passed the throttle: report its outcome with
/// [`LoginThrottle::failed`] or [`LoginThrottle::succeeded`]; dropped
/// without either (an error on our side), it gives its reservations back.
#[derive(Debug)]
pub(crate) struct LoginAttempt<'a> {
    throttle: &'a LoginThrottle,
    account: String,
    address: String,
    pair: String,
    delayed: bool,
    at: i64,
    done: bool,
}

impl LoginThrottle {
    pub(crate) fn new() -> LoginThrottle {
        LoginThrottle {
            pairs: WindowCounter::new(LOGIN_FAILURES_PER_PAIR, LOGIN_WINDOW_MS),
            addresses: WindowCounter::new(LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_MS),
            accounts: Mutex::new(HashMap::new()),
        }
    }

    fn accounts(&self) -> std::sync::MutexGuard<'_, HashMap<String, AccountState>> {
        self.accounts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Reserves an attempt on `account` (a normalised email) from
    /// `address` at `now`, or says until when it is refused.
    pub(crate) fn begin(
        &self,
        account: &str,
        address: &str,
        now: i64,
    ) -> Result<LoginAttempt<'_>, Throttled> {
        let pair = format!("{account}\u{0}{address}");
        let refused = Throttled {
            retry_at: now + LOGIN_WINDOW_MS,
        };
        if !self.pairs.take(&pair, now) {
            return Err(refused);
        }
        if !self.addresses.take(address, now) {
            self.pairs.give_back(&pair, now);
            return Err(refused);
        }
        let mut accounts = self.accounts();
        if accounts.len() > MAX_ACCOUNTS {
            // Forget the quiet ones; an account with familiar addresses
            // keeps them for as long as they stay familiar.
            accounts.retain(|_, a| {
                a.in_flight > 0
                    || now - a.last_failure < LOGIN_WINDOW_MS
                    || a.familiar.iter().any(|(_, at)| now - at < FAMILIAR_MS)
            });
            if accounts.len() > MAX_ACCOUNTS {
                // A spray over more names than that: the per-account delay
                // forgets them (the per-address limits still hold), so that
                // memory stays bounded.
                accounts.retain(|_, a| a.in_flight > 0 || !a.familiar.is_empty());
            }
        }
        let state = accounts.entry(account.to_owned()).or_default();
        if now - state.last_failure >= LOGIN_WINDOW_MS {
            state.failures = 0;
        }
        let familiar = state
            .familiar
            .iter()
            .any(|(a, at)| a == address && now - at < FAMILIAR_MS);
        let mut delayed = false;
        if !familiar && state.failures + state.in_flight >= LOGIN_FAILURES_BEFORE_DELAY {
            if now < state.next_attempt_at {
                let retry_at = state.next_attempt_at;
                drop(accounts);
                self.pairs.give_back(&pair, now);
                self.addresses.give_back(address, now);
                return Err(Throttled { retry_at });
            }
            let over = state.failures + state.in_flight - LOGIN_FAILURES_BEFORE_DELAY;
            let delay = 1_000i64
                .checked_shl(over.min(16))
                .unwrap_or(LOGIN_MAX_DELAY_MS)
                .min(LOGIN_MAX_DELAY_MS);
            state.next_attempt_at = now + delay;
            delayed = true;
        }
        state.in_flight += 1;
        Ok(LoginAttempt {
            throttle: self,
            account: account.to_owned(),
            address: address.to_owned(),
            pair,
            delayed,
            at: now,
            done: false,
        })
    }

    /// The password (or code) was wrong: the attempt stays counted.
    pub(crate) fn failed(&self, mut attempt: LoginAttempt<'_>, now: i64) {
        attempt.done = true;
        let mut accounts = self.accounts();
        let state = accounts.entry(attempt.account.clone()).or_default();
        state.in_flight = state.in_flight.saturating_sub(1);
        state.failures = state.failures.saturating_add(1);
        state.last_failure = now;
    }

    /// The login succeeded: this address's failures for the account are
    /// forgotten and the address becomes familiar to the account. The
    /// account's failures from elsewhere stay: a user logging in does not
    /// speed up someone guessing from other addresses.
    pub(crate) fn succeeded(&self, mut attempt: LoginAttempt<'_>, now: i64) {
        attempt.done = true;
        self.pairs.forget(&attempt.pair);
        self.addresses.give_back(&attempt.address, now);
        let mut accounts = self.accounts();
        let state = accounts.entry(attempt.account.clone()).or_default();
        state.in_flight = state.in_flight.saturating_sub(1);
        if attempt.delayed {
            // A delay slot used by a success does not hold back the next.
            state.next_attempt_at = now;
        }
        state
            .familiar
            .retain(|(a, at)| *a != attempt.address && now - at < FAMILIAR_MS);
        state.familiar.push((attempt.address.clone(), now));
        if state.familiar.len() > FAMILIAR_PER_ACCOUNT {
            state.familiar.remove(0);
        }
    }
}

impl Drop for LoginAttempt<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let t = self.throttle;
        t.pairs.give_back(&self.pair, self.at);
        t.addresses.give_back(&self.address, self.at);
        let mut accounts = t.accounts();
        if let Some(state) = accounts.get_mut(&self.account) {
            state.in_flight = state.in_flight.saturating_sub(1);
            if self.delayed {
                state.next_attempt_at = self.at;
            }
        }
    }
}

/// Public visits (bookings and walk-ins) one client IP may make in
/// [`VISIT_WINDOW_MS`]: enough for a family, or a clinic's kiosk, and a
/// bound on how many records a script can write.
pub(crate) const VISITS: u32 = 10;
pub(crate) const VISIT_WINDOW_MS: i64 = 10 * 60 * 1000;

/// Who is asking: the client's IP address. Behind a reverse proxy (with
/// `trust_forwarded_for`), the address the proxy put last in
/// `X-Forwarded-For`; otherwise the TCP peer's. In-process (tests), where
/// there is no peer, `unknown`.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl FromRequestParts<ControlPlane> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        cp: &ControlPlane,
    ) -> Result<Self, Self::Rejection> {
        if cp.config().trust_forwarded_for {
            if let Some(ip) = forwarded_client(&parts.headers) {
                return Ok(ClientAddr(limit_key(ip)));
            }
        } else if parts.headers.contains_key("x-forwarded-for")
            && !WARNED_UNTRUSTED_PROXY.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            tracing::warn!(
                "requests carry X-Forwarded-For but --trust-forwarded-for is off: behind a proxy, login and visit limits count every client as the proxy"
            );
        }
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| limit_key(c.0.ip()));
        Ok(ClientAddr(peer.unwrap_or_else(|| "unknown".into())))
    }
}

static WARNED_UNTRUSTED_PROXY: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// What a client address counts as: itself for IPv4, its /64 network for
/// IPv6 (one subscriber usually holds a whole /64, so per-address limits
/// on single IPv6 addresses would be no limit at all).
fn limit_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// The last address in `X-Forwarded-For`: the one the proxy in front of
/// us saw (earlier entries are whatever the client wrote).
fn forwarded_client(headers: &axum::http::HeaderMap) -> Option<IpAddr> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .rfind(|a| !a.is_empty())?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forwarded_client_is_the_last_address_the_proxy_wrote() {
        let headers = |values: &[&str]| {
            let mut h = axum::http::HeaderMap::new();
            for v in values {
                h.append(
                    "x-forwarded-for",
                    axum::http::HeaderValue::from_str(v)
                        .unwrap_or_else(|_| axum::http::HeaderValue::from_static("")),
                );
            }
            h
        };
        assert_eq!(
            forwarded_client(&headers(&["203.0.113.9"])),
            Some("203.0.113.9".parse().unwrap_or(IpAddr::from([0, 0, 0, 0])))
        );
        // A client may write anything first; the proxy appends the truth.
        assert_eq!(
            forwarded_client(&headers(&["1.2.3.4, 198.51.100.7"])).map(|a| a.to_string()),
            Some("198.51.100.7".into())
        );
        assert_eq!(
            forwarded_client(&headers(&["1.2.3.4", "2001:db8::1"])).map(|a| a.to_string()),
            Some("2001:db8::1".into())
        );
        assert_eq!(
            forwarded_client(&headers(&["1.2.3.4, not-an-address"])),
            None,
            "the last entry or nothing"
        );
        assert_eq!(forwarded_client(&headers(&[])), None);
    }

    #[test]
    fn a_window_allows_its_limit_then_nothing_until_it_ends() {
        let w = WindowCounter::new(2, 1_000);
        assert!(w.take("a", 0));
        assert!(w.take("a", 10));
        assert!(!w.take("a", 999), "the limit");
        assert!(w.take("b", 999), "per key");
        assert!(w.take("a", 1_000), "a new window");
        assert!(w.take("a", 1_001));
        assert!(!w.take("a", 1_002));
        w.give_back("a", 1_003);
        assert!(w.take("a", 1_004), "a reservation given back is free again");
        assert!(!w.take("a", 1_005));
        w.forget("b");
        assert!(w.take("b", 1_006) && w.take("b", 1_007) && !w.take("b", 1_008));
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        assert_eq!(
            limit_key(
                "2001:db8:1:2:aaaa::1"
                    .parse()
                    .unwrap_or(IpAddr::from([0, 0, 0, 0]))
            ),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            limit_key(
                "2001:db8:1:2:ffff::9"
                    .parse()
                    .unwrap_or(IpAddr::from([0, 0, 0, 0]))
            ),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            limit_key(
                "::ffff:198.51.100.7"
                    .parse()
                    .unwrap_or(IpAddr::from([0, 0, 0, 0]))
            ),
            "198.51.100.7"
        );
        assert_eq!(limit_key(IpAddr::from([203, 0, 113, 9])), "203.0.113.9");
    }

    #[test]
    fn concurrent_takers_get_exactly_the_limit() {
        let w = std::sync::Arc::new(WindowCounter::new(10, 60_000));
        let threads: Vec<_> = (0..30)
            .map(|_| {
                let w = w.clone();
                std::thread::spawn(move || w.take("k", 5))
            })
            .collect();
        let taken = threads
            .into_iter()
            .map(|t| t.join().unwrap_or(false))
            .filter(|ok| *ok)
            .count();
        assert_eq!(taken, 10);
    }
}
