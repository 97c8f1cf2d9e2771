//! Checking join tokens: an Ed25519 signature (EdDSA JWT) by the control
//! plane's key, an expiry, and claims that parse. Only the public key is
//! needed, so a signalling process can check tokens but never make one.

use std::fmt;

use anteroom_protocol::{ErrorCode, JoinClaims};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};

/// Checks join tokens against the control plane's public key.
#[derive(Clone)]
pub struct JoinVerifier {
    key: DecodingKey,
    validation: Validation,
}

impl fmt::Debug for JoinVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JoinVerifier(Ed25519)")
    }
}

impl JoinVerifier {
    /// From the raw 32-byte Ed25519 public key.
    pub fn new(public_key: &[u8]) -> JoinVerifier {
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.leeway = 5;
        validation.validate_exp = true;
        validation.set_required_spec_claims(&["exp"]);
        JoinVerifier {
            key: DecodingKey::from_ed_der(public_key),
            validation,
        }
    }

    /// The token's claims, or the error code to answer with.
    pub fn verify(&self, token: &str) -> Result<JoinClaims, ErrorCode> {
        if token.len() > 4096 {
            return Err(ErrorCode::InvalidToken);
        }
        match jsonwebtoken::decode::<JoinClaims>(token, &self.key, &self.validation) {
            Ok(data) => Ok(data.claims),
            Err(e) if matches!(e.kind(), ErrorKind::ExpiredSignature) => {
                Err(ErrorCode::TokenExpired)
            }
            Err(e) => {
                tracing::debug!(error = %e, "join token refused");
                Err(ErrorCode::InvalidToken)
            }
        }
    }
}
