//! `anteroom admin`: how the first organisation and its admin come to exist.

use clap::{Args, Subcommand};

use crate::DatabaseArgs;
use crate::serve::ServeError;

#[derive(Debug, Args)]
pub struct AdminArgs {
    #[command(subcommand)]
    command: AdminCommand,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create an organisation and its first admin, and print the one-time
    /// link with which the admin sets a password (valid 72 hours).
    CreateOrganisation {
        /// The organisation's name.
        #[arg(long)]
        name: String,
        /// The admin's email address (their login).
        #[arg(long)]
        admin_email: String,
        /// The admin's name (default: the part of the email before @).
        #[arg(long)]
        admin_name: Option<String>,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Re-wrap every organisation's questionnaire-answers key with a new
    /// key-encryption key (the answers themselves are not touched), in one
    /// transaction. The new key file is made if it does not exist. Then
    /// start anteroom with the new file (or put it in the old one's place)
    /// and destroy the old key.
    RotateAnswersKey {
        /// The new key's file (64 hex digits; made, mode 0600, if missing).
        #[arg(long)]
        new_answers_key_file: std::path::PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Print the public half of the join-token key (64 hex digits), for
    /// `anteroom signalling --join-public-key`.
    JoinPublicKey {
        /// The control plane's key file (as given to `serve` or
        /// `control-plane`).
        #[arg(long, env = "JOIN_KEY_FILE")]
        join_key_file: std::path::PathBuf,
    },
}

pub async fn run(args: AdminArgs) -> Result<(), ServeError> {
    match args.command {
        AdminCommand::CreateOrganisation {
            name,
            admin_email,
            admin_name,
            database,
        } => {
            let default_http = crate::DEFAULT_HTTP
                .parse()
                .map_err(|_| ServeError::Admin("bad default address".into()))?;
            let cp = crate::control_plane::open(&database, default_http).await?;
            let created = anteroom_control_plane::admin::create_organisation(
                &cp,
                &name,
                &admin_email,
                admin_name.as_deref(),
            )
            .await
            .map_err(|e| ServeError::Admin(e.to_string()))?;
            cp.db().close().await;
            println!("organisation {} created", created.org);
            println!("the admin sets a password (valid 72 hours, once) at:");
            println!("{}", created.password_link);
            Ok(())
        }
        AdminCommand::RotateAnswersKey {
            new_answers_key_file,
            database,
        } => {
            use anteroom_control_plane::answer_keys::{AnswersKey, rotate};
            let db = anteroom_control_plane::Db::connect(&database.database_url).await?;
            let old = crate::control_plane::answers_key(&database, &db).await?;
            let new = AnswersKey::load(&new_answers_key_file, true)?;
            let count = rotate(db.pool(), &old, &new).await?;
            db.close().await;
            println!(
                "{count} organisation key(s) re-wrapped: start anteroom with --answers-key-file {} (and destroy the old key)",
                new_answers_key_file.display()
            );
            Ok(())
        }
        AdminCommand::JoinPublicKey { join_key_file } => {
            if !join_key_file.exists() {
                return Err(ServeError::Admin(format!(
                    "{} does not exist",
                    join_key_file.display()
                )));
            }
            let signer = anteroom_control_plane::join::JoinSigner::load_or_create(&join_key_file)?;
            println!("{}", hex::encode(signer.public_key()));
            Ok(())
        }
    }
}
