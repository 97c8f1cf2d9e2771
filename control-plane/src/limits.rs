//! Limits on what one requester may do in a while, in memory (per
//! process): failed logins per address, and visits (public bookings and
//! walk-ins, which write records) per client IP.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use crate::ControlPlane;

/// Events per key in fixed windows: `limit` in `window_ms` from the
/// first, then nothing until the window ends.
#[derive(Debug)]
pub(crate) struct WindowCounter {
    limit: u32,
    window_ms: i64,
    counts: Mutex<HashMap<String, (u32, i64)>>,
}

impl WindowCounter {
    pub(crate) fn new(limit: u32, window_ms: i64) -> Self {
        Self { limit, window_ms, counts: Mutex::new(HashMap::new()) }
    }

    /// Whether `key` is under its limit at `now` (counts nothing).
    pub(crate) fn allowed(&self, key: &str, now: i64) -> bool {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.retain(|_, (_, start)| now - *start < self.window_ms);
        counts.get(key).is_none_or(|(n, _)| *n < self.limit)
    }

    /// Counts one event of `key`.
    pub(crate) fn count(&self, key: &str, now: i64) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.entry(key.to_owned()).or_insert((0, now)).0 += 1;
    }

    pub(crate) fn forget(&self, key: &str) {
        self.counts.lock().unwrap_or_else(|e| e.into_inner()).remove(key);
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

    async fn from_request_parts(parts: &mut Parts, cp: &ControlPlane) -> Result<Self, Self::Rejection> {
        if cp.config().trust_forwarded_for {
            if let Some(ip) = forwarded_client(&parts.headers) {
                return Ok(ClientAddr(ip.to_string()));
            }
        }
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        Ok(ClientAddr(peer.unwrap_or_else(|| "unknown".into())))
    }
}

/// The last address in `X-Forwarded-For`: the one the proxy in front of
/// us saw (earlier entries are whatever the client wrote).
fn forwarded_client(headers: &axum::http::HeaderMap) -> Option<IpAddr> {
    headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(str::trim).rfind(|a| !a.is_empty())?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forwarded_client_is_the_last_address_the_proxy_wrote() {
        let headers = |values: &[&str]| {
            let mut h = axum::http::HeaderMap::new();
            for v in values {
                h.append("x-forwarded-for", axum::http::HeaderValue::from_str(v).unwrap_or_else(|_| axum::http::HeaderValue::from_static("")));
            }
            h
        };
        assert_eq!(forwarded_client(&headers(&["203.0.113.9"])), Some("203.0.113.9".parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))));
        // A client may write anything first; the proxy appends the truth.
        assert_eq!(forwarded_client(&headers(&["1.2.3.4, 198.51.100.7"])).map(|a| a.to_string()), Some("198.51.100.7".into()));
        assert_eq!(forwarded_client(&headers(&["1.2.3.4", "2001:db8::1"])).map(|a| a.to_string()), Some("2001:db8::1".into()));
        assert_eq!(forwarded_client(&headers(&["1.2.3.4, not-an-address"])), None, "the last entry or nothing");
        assert_eq!(forwarded_client(&headers(&[])), None);
    }

    #[test]
    fn a_window_allows_its_limit_then_nothing_until_it_ends() {
        let w = WindowCounter::new(2, 1_000);
        assert!(w.allowed("a", 0));
        w.count("a", 0);
        w.count("a", 10);
        assert!(!w.allowed("a", 999));
        assert!(w.allowed("b", 999), "per key");
        assert!(w.allowed("a", 1_000), "a new window");
        w.count("b", 0);
        w.forget("b");
        w.count("b", 0);
        w.count("b", 0);
        assert!(!w.allowed("b", 1));
    }
}
