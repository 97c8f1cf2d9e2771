//! Starting the control plane, embedded in `anteroom serve` or alone as
//! `anteroom control-plane`.

use std::net::SocketAddr;
use std::sync::Arc;

use anteroom_control_plane::{ControlPlane, ControlPlaneConfig, Db, DbError, SystemClock};
use axum::routing::get;
use axum::Router;

use crate::serve::{shutdown_signal, ServeError};
use crate::{ControlPlaneArgs, DatabaseArgs};

/// Connects to the database (running migrations) and builds the control plane.
pub async fn open(args: &DatabaseArgs, http: SocketAddr) -> Result<ControlPlane, DbError> {
    let db = Db::connect(&args.database_url).await?;
    let config = ControlPlaneConfig {
        public_url: args.public_url.clone().unwrap_or_else(|| format!("http://{http}")),
        secure_cookies: args.secure_cookies,
        ..ControlPlaneConfig::default()
    };
    let cp = ControlPlane::new(db, Arc::new(SystemClock), config);
    match anteroom_control_plane::admin::organisation_count(&cp).await {
        Ok(0) => println!(
            "no organisation yet: create one with `anteroom admin create-organisation --name NAME --admin-email EMAIL`"
        ),
        Ok(_) => {}
        Err(e) => return Err(DbError::Query(e)),
    }
    tracing::info!(backend = ?cp.db().backend(), "control plane database ready");
    Ok(cp)
}

/// `anteroom control-plane`.
pub async fn run(args: ControlPlaneArgs) -> Result<(), ServeError> {
    let cp = open(&args.database, args.http).await?;
    let jobs = tokio::spawn(cp.clone().run_jobs());
    let app = Router::new().route("/healthz", get(|| async { "ok" })).merge(cp.router());
    let listener = tokio::net::TcpListener::bind(args.http)
        .await
        .map_err(|source| ServeError::Listen { addr: args.http, source })?;
    let http = listener.local_addr().map_err(ServeError::Http)?;
    println!("anteroom control plane is running on http://{http}/api/v1");
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await.map_err(ServeError::Http)?;
    jobs.abort();
    cp.db().close().await;
    Ok(())
}
