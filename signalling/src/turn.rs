//! TURN credentials for the hardest networks, in coturn's REST scheme
//! (`use-auth-secret`): the server and coturn share a secret; each
//! connection gets a username `EXPIRY:ID` and the password
//! `base64(HMAC-SHA1(secret, username))`, which coturn checks without a
//! database and refuses once `EXPIRY` (seconds since the Unix epoch) has
//! passed. Clients never see the secret.

use std::fmt;
use std::time::Duration;

use anteroom_protocol::IceServer;
use base64::Engine;
use hmac::{Hmac, Mac};

/// Why a TURN configuration was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TurnError {
    #[error("a TURN URL must start with turn: or turns: (got {0:?})")]
    BadUrl(String),
    #[error("TURN URLs need --turn-secret (coturn's static-auth-secret)")]
    NoSecret,
    #[error("the TURN secret must not be empty")]
    EmptySecret,
}

/// The TURN servers clients may use, and the secret shared with them.
#[derive(Clone)]
pub struct TurnConfig {
    urls: Vec<String>,
    secret: String,
    ttl: Duration,
}

/// Redacted: the secret never reaches logs.
impl fmt::Debug for TurnConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TurnConfig")
            .field("urls", &self.urls)
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl TurnConfig {
    /// `urls`: `turn:HOST:PORT[?transport=tcp]` or `turns:HOST:PORT`;
    /// credentials last `ttl` (a consultation and a margin; a longer call
    /// gets new ones when its browser restarts ICE).
    pub fn new(urls: Vec<String>, secret: String, ttl: Duration) -> Result<TurnConfig, TurnError> {
        if let Some(bad) = urls.iter().find(|u| {
            !(u.starts_with("turn:") || u.starts_with("turns:"))
                || u.chars().any(|c| c.is_whitespace() || c.is_control())
        }) {
            return Err(TurnError::BadUrl(bad.clone()));
        }
        if secret.is_empty() {
            return Err(TurnError::EmptySecret);
        }
        Ok(TurnConfig { urls, secret, ttl })
    }

    /// Credentials for `id` (no personal data: coturn logs usernames),
    /// made at `now` (seconds since the Unix epoch). Returns the servers and
    /// when their credentials expire.
    pub fn credentials(&self, id: &str, now: u64) -> (Vec<IceServer>, u64) {
        let expires = now.saturating_add(self.ttl.as_secs());
        let username = format!("{expires}:{id}");
        let credential = rest_password(&self.secret, &username);
        let server = IceServer {
            urls: self.urls.clone(),
            username,
            credential,
        };
        (vec![server], expires)
    }
}

/// coturn's REST password for `username`.
fn rest_password(secret: &str, username: &str) -> String {
    // HMAC accepts keys of any length.
    let Ok(mut mac) = Hmac::<sha1::Sha1>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(username.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_password_is_coturns_hmac_of_the_username() {
        // printf '%s' '1700000600:c7' | openssl dgst -sha1 -hmac 'north-sea' -binary | base64
        assert_eq!(
            rest_password("north-sea", "1700000600:c7"),
            "S3+30XcbnA1T0yxqH0oakkyC5HM="
        );
        let turn = TurnConfig::new(
            vec![
                "turn:10.0.0.1:3478?transport=tcp".into(),
                "turns:turn.example:443".into(),
            ],
            "north-sea".into(),
            Duration::from_secs(600),
        )
        .unwrap();
        let (servers, expires) = turn.credentials("c7", 1_700_000_000);
        assert_eq!(expires, 1_700_000_600);
        assert_eq!(servers.len(), 1);
        assert_eq!(servers[0].username, "1700000600:c7");
        assert_eq!(servers[0].credential, "S3+30XcbnA1T0yxqH0oakkyC5HM=");
        assert!(
            !format!("{turn:?}").contains("north-sea"),
            "the secret stays out of logs"
        );
    }

    #[test]
    fn only_turn_urls_and_a_secret_are_accepted() {
        let ttl = Duration::from_secs(60);
        for bad in ["stun:x:3478", "http://x", "turn:x 3478", ""] {
            assert_eq!(
                TurnConfig::new(vec![bad.into()], "s".into(), ttl).unwrap_err(),
                TurnError::BadUrl(bad.into())
            );
        }
        assert_eq!(
            TurnConfig::new(vec!["turn:x:3478".into()], String::new(), ttl).unwrap_err(),
            TurnError::EmptySecret
        );
    }
}
