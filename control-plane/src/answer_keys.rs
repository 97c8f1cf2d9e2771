//! The key hierarchy of questionnaire answers (issue 28, decision 0078).
//!
//! - The **key-encryption key** (KEK): 256 bits the server gets from its
//!   configuration (a file, `--answers-key-file`, or `$ANTEROOM_ANSWERS_KEY`
//!   as 64 hex digits), never stored in the database.
//! - One **data key** per organisation: 256 random bits, stored only
//!   wrapped (sealed) by the KEK, with the organisation's id as associated
//!   data (a wrapped key moved to another organisation's row does not open).
//! - Each set of **answers** is sealed by its organisation's data key, with
//!   the appointment and the questionnaire version as associated data.
//!
//! Sealing is AES-256-GCM (aws-lc-rs, already the tree's cryptography) with
//! a random 96-bit nonce: `1 || nonce || ciphertext || tag`, base64 in the
//! database. A data key seals far fewer than 2^32 answers, where random
//! nonces stay safe.
//!
//! The database remembers which KEK it was made with (`key_checks`, a
//! sealed constant): a server started with another key refuses to start,
//! with a clear error, instead of reading garbage or making new keys. A
//! rotation ([`rotate`]) re-wraps every data key with a new KEK in one
//! transaction; the answers are not touched.

use std::path::Path;

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sqlx::Row;

use crate::ids::OrgId;

const VERSION: u8 = 1;
const CHECK: &[u8] = b"anteroom answers key check";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the answers key in {path} is not 64 hex digits")]
    Format { path: String },
    #[error("$ANTEROOM_ANSWERS_KEY is not 64 hex digits")]
    Env,
    #[error("reading or writing the answers key {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "the answers key does not open this database's questionnaire answers: start with the key they were encrypted with (--answers-key-file or $ANTEROOM_ANSWERS_KEY)"
    )]
    WrongKey,
    #[error(
        "this database's questionnaire answers are encrypted with a key that is not here: give it with --answers-key-file or $ANTEROOM_ANSWERS_KEY (no new key is made for a database that has one)"
    )]
    MissingKey,
    #[error("sealed data is damaged or belongs elsewhere")]
    Open,
    #[error("the system random generator failed")]
    Random,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

/// 256 bits that seal and open.
struct SealingKey(LessSafeKey);

impl SealingKey {
    fn new(bytes: &[u8; 32]) -> SealingKey {
        // 32 bytes is AES-256-GCM's key length: `new` cannot fail.
        let key = UnboundKey::new(&AES_256_GCM, bytes)
            .map(LessSafeKey::new)
            .unwrap_or_else(|_| unreachable!("a 32-byte AES-256-GCM key"));
        SealingKey(key)
    }

    fn seal(&self, aad: &str, plaintext: &[u8]) -> Result<String, KeyError> {
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| KeyError::Random)?;
        let mut sealed = plaintext.to_vec();
        self.0
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad.as_bytes()),
                &mut sealed,
            )
            .map_err(|_| KeyError::Random)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    fn open(&self, aad: &str, sealed: &str) -> Result<Vec<u8>, KeyError> {
        let bytes = STANDARD.decode(sealed).map_err(|_| KeyError::Open)?;
        if bytes.len() < 1 + NONCE_LEN || bytes[0] != VERSION {
            return Err(KeyError::Open);
        }
        let nonce = Nonce::try_assume_unique_for_key(&bytes[1..1 + NONCE_LEN])
            .map_err(|_| KeyError::Open)?;
        let mut in_out = bytes[1 + NONCE_LEN..].to_vec();
        let plain = self
            .0
            .open_in_place(nonce, Aad::from(aad.as_bytes()), &mut in_out)
            .map_err(|_| KeyError::Open)?;
        Ok(plain.to_vec())
    }
}

/// Writes `bytes` to `path` (mode 0600) all at once: written whole to a
/// file of its own, then linked in place, which fails (`AlreadyExists`)
/// rather than replace a key another process published first.
fn publish(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut temp = path.as_os_str().to_owned();
    temp.push(format!(".{}.tmp", crate::secret::random_token()));
    let temp = std::path::PathBuf::from(temp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&temp).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&temp, path));
    let _ = std::fs::remove_file(&temp);
    linked
}

fn random_key() -> Result<[u8; 32], KeyError> {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| KeyError::Random)?;
    Ok(bytes)
}

fn parse_hex(text: &str) -> Option<[u8; 32]> {
    let bytes = hex::decode(text.trim()).ok()?;
    bytes.try_into().ok()
}

/// The key-encryption key. Its `Debug` shows nothing of it.
pub struct AnswersKey {
    key: SealingKey,
}

impl std::fmt::Debug for AnswersKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AnswersKey(..)")
    }
}

impl AnswersKey {
    /// A key from 64 hex digits.
    pub fn from_hex(text: &str) -> Option<AnswersKey> {
        parse_hex(text).map(|bytes| AnswersKey {
            key: SealingKey::new(&bytes),
        })
    }

    /// A new random key (tests, and a first start).
    pub fn generate() -> Result<(AnswersKey, String), KeyError> {
        let bytes = random_key()?;
        Ok((
            AnswersKey {
                key: SealingKey::new(&bytes),
            },
            hex::encode(bytes),
        ))
    }

    /// The key in `path` (64 hex digits); when the file does not exist and
    /// `may_create`, a new key is written there (mode 0600).
    pub fn load(path: &Path, may_create: bool) -> Result<AnswersKey, KeyError> {
        let name = path.display().to_string();
        let io = |source| KeyError::Io {
            path: name.clone(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => AnswersKey::from_hex(&text).ok_or(KeyError::Format { path: name }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
                let (key, text) = AnswersKey::generate()?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                match publish(path, format!("{text}\n").as_bytes()) {
                    Ok(()) => Ok(key),
                    // Another process made it at the same moment: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        AnswersKey::load(path, false)
                    }
                    Err(e) => Err(io(e)),
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(KeyError::MissingKey),
            Err(e) => Err(io(e)),
        }
    }

    /// Checks that this key is the one the database's answers were made
    /// with; the first time, records it. Call at start-up.
    pub async fn check(&self, pool: &sqlx::AnyPool) -> Result<(), KeyError> {
        let sealed: Option<String> =
            sqlx::query_scalar("SELECT sealed FROM key_checks WHERE name = 'answers'")
                .fetch_optional(pool)
                .await?;
        match sealed {
            Some(sealed) => match self.key.open("key-check", &sealed) {
                Ok(plain) if plain == CHECK => Ok(()),
                _ => Err(KeyError::WrongKey),
            },
            None => {
                let sealed = self.key.seal("key-check", CHECK)?;
                sqlx::query("INSERT INTO key_checks (name, sealed) VALUES ('answers', $1) ON CONFLICT DO NOTHING")
                    .bind(sealed)
                    .execute(pool)
                    .await?;
                Ok(())
            }
        }
    }

    /// Takes the key check's row (a write: a rotation under way finishes
    /// first) and fails with [`KeyError::WrongKey`] if it no longer opens
    /// with this key.
    async fn still_current(&self, conn: &mut sqlx::AnyConnection) -> Result<(), KeyError> {
        sqlx::query("UPDATE key_checks SET sealed = sealed WHERE name = 'answers'")
            .execute(&mut *conn)
            .await?;
        let sealed: Option<String> =
            sqlx::query_scalar("SELECT sealed FROM key_checks WHERE name = 'answers'")
                .fetch_optional(&mut *conn)
                .await?;
        match sealed {
            Some(sealed) if self.key.open("key-check", &sealed).ok().as_deref() != Some(CHECK) => {
                Err(KeyError::WrongKey)
            }
            _ => Ok(()),
        }
    }

    /// Whether the database has answers' keys already (then a missing key
    /// file must not be replaced by a new key).
    pub async fn database_has_one(pool: &sqlx::AnyPool) -> Result<bool, KeyError> {
        Ok(
            sqlx::query_scalar::<_, String>("SELECT name FROM key_checks WHERE name = 'answers'")
                .fetch_optional(pool)
                .await?
                .is_some(),
        )
    }

    /// `org`'s data key, made (and stored wrapped) the first time.
    pub(crate) async fn data_key(
        &self,
        conn: &mut sqlx::AnyConnection,
        org: &OrgId,
    ) -> Result<DataKey, KeyError> {
        let aad = format!("org-key:{}", org.as_str());
        let wrapped: Option<String> =
            sqlx::query_scalar("SELECT wrapped FROM answer_keys WHERE org_id = $1")
                .bind(org.as_str())
                .fetch_optional(&mut *conn)
                .await?;
        let wrapped = match wrapped {
            Some(w) => w,
            None => {
                // Still this database's key? (A rotation while this server
                // runs would otherwise leave a key only the old one opens.)
                // Taking the check's row also waits for a rotation under way.
                self.still_current(conn).await?;
                let fresh = self.key.seal(&aad, &random_key()?)?;
                sqlx::query(
                    "INSERT INTO answer_keys (org_id, wrapped) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                )
                .bind(org.as_str())
                .bind(&fresh)
                .execute(&mut *conn)
                .await?;
                // Another request may have made it first: read what won.
                sqlx::query_scalar("SELECT wrapped FROM answer_keys WHERE org_id = $1")
                    .bind(org.as_str())
                    .fetch_one(&mut *conn)
                    .await?
            }
        };
        let bytes: [u8; 32] = self
            .key
            .open(&aad, &wrapped)?
            .try_into()
            .map_err(|_| KeyError::Open)?;
        Ok(DataKey(SealingKey::new(&bytes)))
    }
}

/// An organisation's data key, unwrapped for one request.
pub(crate) struct DataKey(SealingKey);

impl DataKey {
    /// Seals `plaintext`, bound to `context` (which answers these are).
    pub(crate) fn seal(&self, context: &str, plaintext: &[u8]) -> Result<String, KeyError> {
        self.0.seal(context, plaintext)
    }

    pub(crate) fn open(&self, context: &str, sealed: &str) -> Result<Vec<u8>, KeyError> {
        self.0.open(context, sealed)
    }
}

/// Re-wraps every organisation's data key (and the key check) from `old`
/// to `new`, in one transaction; the answers stay as they are. Returns how
/// many data keys were re-wrapped. Servers still running with `old` keep
/// reading (their data keys are in memory only per request, so they fail
/// rather than write anything sealed under `old`): restart them with `new`.
pub async fn rotate(
    pool: &sqlx::AnyPool,
    old: &AnswersKey,
    new: &AnswersKey,
) -> Result<u64, KeyError> {
    old.check(pool).await?;
    let mut tx = pool.begin().await?;
    // First a write on the check's row: a server making a data key at the
    // same moment waits for this transaction, then finds its key is no
    // longer current (see `data_key`).
    old.still_current(&mut tx).await?;
    let rows = sqlx::query("SELECT org_id, wrapped FROM answer_keys")
        .fetch_all(&mut *tx)
        .await?;
    let mut count = 0;
    for row in rows {
        let org: String = row.try_get("org_id")?;
        let aad = format!("org-key:{org}");
        let bytes = old.key.open(&aad, &row.try_get::<String, _>("wrapped")?)?;
        sqlx::query("UPDATE answer_keys SET wrapped = $2 WHERE org_id = $1")
            .bind(&org)
            .bind(new.key.seal(&aad, &bytes)?)
            .execute(&mut *tx)
            .await?;
        count += 1;
    }
    sqlx::query("UPDATE key_checks SET sealed = $1 WHERE name = 'answers'")
        .bind(new.key.seal("key-check", CHECK)?)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(count)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn sealed_data_opens_only_with_its_key_and_its_context() {
        let (key, _) = AnswersKey::generate().unwrap();
        let (other, _) = AnswersKey::generate().unwrap();
        let sealed = key.key.seal("answers:a:v", b"chest pain").unwrap();
        assert_eq!(key.key.open("answers:a:v", &sealed).unwrap(), b"chest pain");
        assert!(matches!(
            key.key.open("answers:b:v", &sealed),
            Err(KeyError::Open)
        ));
        assert!(matches!(
            other.key.open("answers:a:v", &sealed),
            Err(KeyError::Open)
        ));
        // Two seals of the same words differ (a fresh nonce each time).
        assert_ne!(sealed, key.key.seal("answers:a:v", b"chest pain").unwrap());
        assert!(!String::from_utf8_lossy(&STANDARD.decode(&sealed).unwrap()).contains("chest"));
        // Damage is detected.
        let mut bytes = STANDARD.decode(&sealed).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(matches!(
            key.key.open("answers:a:v", &STANDARD.encode(bytes)),
            Err(KeyError::Open)
        ));
        assert!(matches!(
            key.key.open("answers:a:v", "not base64!"),
            Err(KeyError::Open)
        ));
    }

    #[test]
    fn a_key_is_64_hex_digits() {
        assert!(AnswersKey::from_hex(&"ab".repeat(32)).is_some());
        assert!(AnswersKey::from_hex(&format!("{}\n", "ab".repeat(32))).is_some());
        assert!(AnswersKey::from_hex(&"ab".repeat(31)).is_none());
        assert!(AnswersKey::from_hex(&"zz".repeat(32)).is_none());
        assert_eq!(
            format!("{:?}", AnswersKey::from_hex(&"ab".repeat(32)).unwrap()),
            "AnswersKey(..)"
        );
    }
}
