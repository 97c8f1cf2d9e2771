//! Databases for control-plane tests: every test runs on a fresh SQLite
//! file and on a fresh database in a real PostgreSQL. The PostgreSQL server
//! is a private cluster this test process starts (as in
//! ../shared/TESTING.md) and that stops when the process ends; set
//! `ANTEROOM_TEST_POSTGRES_URL=postgres://user@host:port` to use a running
//! server instead (the test creates one database per test in it).
#![allow(dead_code, clippy::unwrap_used)]

pub mod client;
pub mod smtp;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use anteroom_control_plane::{Backend, Db};

/// A fresh database of each kind, migrated.
pub async fn test_dbs() -> Vec<Db> {
    vec![sqlite().await, postgres().await]
}

pub async fn sqlite() -> Db {
    let path = scratch_dir().join(format!("{}.db", random_name()));
    let db = Db::connect(&format!("sqlite:{}", path.display()))
        .await
        .unwrap();
    assert_eq!(db.backend(), Backend::Sqlite);
    db
}

pub async fn postgres() -> Db {
    let base = postgres_base_url();
    let name = format!("t_{}", random_name());
    let admin = sqlx::postgres::PgPool::connect(&format!("{base}/postgres"))
        .await
        .expect("connect to the test PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let db = Db::connect(&format!("{base}/{name}")).await.unwrap();
    assert_eq!(db.backend(), Backend::Postgres);
    db
}

fn random_name() -> String {
    format!("{:016x}", fastrand::u64(..))
}

/// A path in this test process's scratch directory.
pub fn scratch_path(name: &str) -> PathBuf {
    scratch_dir().join(name)
}

fn scratch_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // Cargo's scratch space for integration tests, under target/.
        let dir =
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
    .clone()
}

fn postgres_base_url() -> String {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| match std::env::var("ANTEROOM_TEST_POSTGRES_URL") {
        Ok(url) => url.trim_end_matches('/').to_owned(),
        Err(_) => start_private_cluster(),
    })
    .clone()
}

/// Starts PostgreSQL on a free loopback port with a watchdog that stops it
/// (and removes its files) once this test process has exited.
fn start_private_cluster() -> String {
    let bin = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (/usr/lib/postgresql); scripts/test.sh installs it")
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .max()
        .expect("an initdb under /usr/lib/postgresql/*/bin");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("anteroom-pg-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    if as_root {
        assert!(
            Command::new("chown")
                .args(["postgres:", dir.to_str().unwrap()])
                .status()
                .unwrap()
                .success()
        );
    }
    let script = format!(
        r#"set -e
d={dir}; bin={bin}
$bin/initdb -D $d/data -A trust -U postgres --no-sync > $d/initdb.log 2>&1
$bin/pg_ctl -D $d/data -l $d/log -o "-c listen_addresses=127.0.0.1 -p {port} -k $d -c fsync=off -c max_connections=300" -w start > $d/pg_ctl.log 2>&1
( while [ -d /proc/{pid} ]; do sleep 1; done; $bin/pg_ctl -D $d/data -m immediate stop; rm -rf $d ) > /dev/null 2>&1 < /dev/null &
"#,
        dir = dir.display(),
        bin = bin.display(),
        pid = std::process::id(),
    );
    let mut cmd = if as_root {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--", "sh", "-c", &script]);
        c
    } else {
        let mut c = Command::new("sh");
        c.args(["-c", &script]);
        c
    };
    let status = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    if !status.success() {
        let log = std::fs::read_to_string(dir.join("log")).unwrap_or_default();
        let init = std::fs::read_to_string(dir.join("initdb.log")).unwrap_or_default();
        panic!("PostgreSQL did not start:\n{init}\n{log}");
    }
    // pg_ctl -w returned once the server accepts connections; make sure.
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "PostgreSQL is not listening on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    format!("postgres://postgres@127.0.0.1:{port}")
}
