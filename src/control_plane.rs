//! Starting the control plane, embedded in `anteroom serve` or alone as
//! `anteroom control-plane`.

use std::net::SocketAddr;
use std::sync::Arc;

use anteroom_control_plane::answer_keys::{AnswersKey, KeyError};
use anteroom_control_plane::email::{MailConfig, Mailer};
use anteroom_control_plane::join::JoinSigner;
use anteroom_control_plane::{ControlPlane, ControlPlaneConfig, Db, DbError, SystemClock};
use axum::Router;
use axum::routing::get;

use crate::serve::{ServeError, shutdown_signal};
use crate::{ControlPlaneArgs, DatabaseArgs};

/// Connects to the database (running migrations) and builds the control plane.
pub async fn open(args: &DatabaseArgs, http: SocketAddr) -> Result<ControlPlane, ServeError> {
    let mail = args.smtp_url.as_ref().map(|smtp_url| MailConfig {
        smtp_url: smtp_url.clone(),
        from: args.mail_from.clone(),
    });
    if let Some(mail) = &mail {
        // Refuse a bad URL or sender at start, not at the first mail.
        Mailer::new(mail)?;
    }
    let join_signer = match &args.join_key_file {
        Some(path) => JoinSigner::load_or_create(path)?,
        None => JoinSigner::generate()?,
    };
    let node_key_hash = match &args.node_key {
        Some(key) if key.chars().count() < anteroom_signalling::kept::MIN_KEY_CHARS => {
            return Err(ServeError::NodeKey);
        }
        Some(key) => Some(anteroom_control_plane::secret::token_hash(key)),
        None => None,
    };
    let db = Db::connect(&args.database_url).await?;
    let answers_key = answers_key(args, &db).await?;
    let config = ControlPlaneConfig {
        public_url: args
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{http}")),
        secure_cookies: args.secure_cookies,
        trust_forwarded_for: args.trust_forwarded_for,
        mail,
        join_signer: Arc::new(join_signer),
        node_key_hash,
        answers_key: Arc::new(answers_key),
        ..ControlPlaneConfig::default()
    };
    let cp = ControlPlane::new(db, Arc::new(SystemClock), config);
    tracing::info!(backend = ?cp.db().backend(), "control plane database ready");
    Ok(cp)
}

/// The key-encryption key of questionnaire answers: `$ANTEROOM_ANSWERS_KEY`,
/// else the file (made when the database has no answers' keys yet);
/// refused when it is not the one the database's keys were made with.
pub async fn answers_key(args: &DatabaseArgs, db: &Db) -> Result<AnswersKey, ServeError> {
    let key = match std::env::var("ANTEROOM_ANSWERS_KEY") {
        Ok(text) => AnswersKey::from_hex(&text).ok_or(KeyError::Env)?,
        Err(_) => {
            let may_create = !AnswersKey::database_has_one(db.pool()).await?;
            AnswersKey::load(&args.answers_key_file, may_create)?
        }
    };
    key.check(db.pool()).await?;
    Ok(key)
}

/// For a server starting on an empty database: says how to make the first
/// organisation (the admin command, which opens the database itself, does
/// not say it).
pub async fn hint_first_organisation(
    cp: &ControlPlane,
    args: &DatabaseArgs,
) -> Result<(), ServeError> {
    match anteroom_control_plane::admin::organisation_count(cp).await {
        Ok(0) => {
            println!("{}", first_organisation_hint(args, &cp.config().public_url));
            Ok(())
        }
        Ok(_) => Ok(()),
        Err(e) => Err(DbError::Query(e).into()),
    }
}

/// What to run to create the first organisation: the very command, with
/// this binary's path, the database as an absolute path (so that it works
/// from any folder) and the address links must name. A database password
/// is never printed: it shows as `PASSWORD`.
fn first_organisation_hint(args: &DatabaseArgs, public_url: &str) -> String {
    let exe = std::env::current_exe().ok();
    let cwd = std::env::current_dir().ok();
    let program = match (&exe, &cwd) {
        (Some(exe), Some(cwd)) => exe
            .strip_prefix(cwd)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| exe.display().to_string()),
        _ => "anteroom".to_owned(),
    };
    let database = match (args.database_url.strip_prefix("sqlite:"), &cwd) {
        (Some(path), Some(cwd)) if !path.starts_with('/') => format!(
            "sqlite:{}",
            cwd.join(path.trim_start_matches("./")).display()
        ),
        _ => without_password(&args.database_url),
    };
    let mut command = format!(
        "{program} admin create-organisation --name \"Example Clinic\" --admin-email you@example.org --admin-name \"Your Name\" --database-url {}",
        shell_quote(&database)
    );
    if public_url != format!("http://{}", crate::DEFAULT_HTTP) {
        command.push_str(&format!(" --public-url {}", shell_quote(public_url)));
    }
    format!(
        "no organisation yet. In another terminal, create one and its first admin (it prints the link where the admin sets a password):\n  {command}"
    )
}

/// A database URL with its password (if any) replaced by `PASSWORD`.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:PASSWORD@{host}"),
        None => url.to_owned(),
    }
}

/// `value` as one shell word.
fn shell_quote(value: &str) -> String {
    if value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_./:@=+,".contains(&b))
    {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}

/// `anteroom control-plane`.
pub async fn run(args: ControlPlaneArgs) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::bind(args.http)
        .await
        .map_err(|source| ServeError::Listen {
            addr: args.http,
            source,
        })?;
    let http = listener.local_addr().map_err(ServeError::Http)?;
    let cp = open(&args.database, http).await?;
    let jobs = start_jobs(&cp);
    let app = crate::web::with_security_headers(
        Router::new()
            .route("/healthz", get(|| async { "ok" }))
            .merge(cp.router()),
        args.database.secure_cookies,
    );
    let shutdown = shutdown_signal();
    println!("anteroom control plane is running on http://{http}/api/v1");
    hint_first_organisation(&cp, &args.database).await?;
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(ServeError::Http)?;
    for job in jobs {
        job.abort();
    }
    cp.db().close().await;
    Ok(())
}

/// The control plane's background tasks: reminders and anonymisation, and
/// the mail sender when SMTP is configured.
pub fn start_jobs(cp: &ControlPlane) -> Vec<tokio::task::JoinHandle<()>> {
    let mut jobs = vec![tokio::spawn(cp.clone().run_jobs())];
    match cp.config().mail.as_ref().map(Mailer::new) {
        Some(Ok(mailer)) => jobs.push(tokio::spawn(cp.clone().run_mail(mailer))),
        Some(Err(e)) => tracing::warn!(error = %e, "email is off"),
        None => tracing::info!("no --smtp-url: email is off; links are only in API responses"),
    }
    jobs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_never_shows_a_database_password_and_quotes_for_the_shell() {
        assert_eq!(
            without_password("postgres://anteroom:s3cret@db.internal/anteroom"),
            "postgres://anteroom:PASSWORD@db.internal/anteroom"
        );
        assert_eq!(
            without_password("postgres://anteroom@db/anteroom"),
            "postgres://anteroom@db/anteroom"
        );
        assert_eq!(
            without_password("sqlite:./data/anteroom.db"),
            "sqlite:./data/anteroom.db"
        );
        assert_eq!(
            shell_quote("sqlite:/srv/anteroom/data/anteroom.db"),
            "sqlite:/srv/anteroom/data/anteroom.db"
        );
        assert_eq!(
            shell_quote("/path with space/it's.db"),
            "'/path with space/it'\\''s.db'"
        );
    }
}
