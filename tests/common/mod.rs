//! Helpers for tests that run the real `anteroom` binary.
#![allow(dead_code, clippy::unwrap_used)]

pub mod ws;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running `anteroom serve`, stopped (by its pid) when dropped.
pub struct Server {
    child: Child,
    pub http: SocketAddr,
}

impl Server {
    /// Starts `anteroom serve` on a free loopback port with `args`, on a
    /// fresh SQLite database unless `args` name one.
    pub fn start(args: &[&str]) -> Server {
        let db = format!(
            "--database-url=sqlite:{}",
            scratch_file("serve.db").display()
        );
        // (Its own answers key too, unless the caller names the database.)
        let key = format!(
            "--answers-key-file={}",
            scratch_file("answers.key").display()
        );
        let db: &[&str] = if args.iter().any(|a| a.starts_with("--database-url")) {
            &[]
        } else {
            &[&db, &key]
        };
        let args: Vec<&str> = [
            "serve",
            "--http",
            "127.0.0.1:0",
            "--media-ports",
            "41000-41999",
        ]
        .iter()
        .chain(db)
        .chain(args)
        .copied()
        .collect();
        Server::spawn(&args)
    }

    /// Runs `anteroom ARGS` (a command that prints its http:// address).
    pub fn spawn(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_anteroom"))
            .args(args)
            .env(
                "ANTEROOM_LOG",
                std::env::var("ANTEROOM_TEST_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the anteroom binary starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(start) = line.find("http://") {
                    let rest = &line[start + 7..];
                    let end = rest
                        .find('/')
                        .or_else(|| rest.find(' '))
                        .unwrap_or(rest.len());
                    let _ = tx.send(rest[..end].to_owned());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server prints its address");
        Server {
            child,
            http: addr.parse().unwrap(),
        }
    }

    /// The server process's id (for reading its figures from /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.http)
    }

    /// A plain HTTP/1.1 GET; returns (status, body).
    pub fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.request("GET", path, &[], "");
        (status, body)
    }

    /// A plain HTTP/1.1 request; returns (status, response headers, body).
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String, String) {
        let json: &[(&str, &str)] = if body.is_empty() {
            &[]
        } else {
            &[("Content-Type", "application/json")]
        };
        let headers: Vec<(&str, &str)> = json.iter().chain(headers).copied().collect();
        let (status, head, body) = self.request_bytes(method, path, &headers, body.as_bytes());
        (status, head, String::from_utf8_lossy(&body).into_owned())
    }

    /// A plain HTTP/1.1 request with a binary body (its Content-Length
    /// unless `headers` give one); returns (status, response headers, body).
    pub fn request_bytes(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(self.http).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.http
        );
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        {
            req.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        for (name, value) in headers {
            req.push_str(&format!("{name}: {value}\r\n"));
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).unwrap();
        s.write_all(body).unwrap();
        let mut response = Vec::new();
        s.read_to_end(&mut response).unwrap();
        let split = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(response.len(), |i| i + 4);
        let head = String::from_utf8_lossy(&response[..split])
            .trim_end()
            .to_owned();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        (status, head, response[split..].to_vec())
    }

    /// Sends SIGTERM and waits for a clean exit.
    /// SIGKILL, as a crash: nothing is said to anyone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A path for a scratch file in Cargo's temporary directory for tests,
/// unique to this process and call.
pub fn scratch_file(name: &str) -> std::path::PathBuf {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A private `redis-server` on a free loopback port (no persistence),
/// stopped when dropped.
pub struct Redis {
    child: Child,
    pub url: String,
}

impl Redis {
    /// Runs one command with `redis-cli` (beside redis-server); its output lines.
    pub fn cli(&self, args: &[&str]) -> Vec<String> {
        let out = Command::new("redis-cli")
            .args(["-u", &self.url])
            .args(args)
            .output()
            .expect("redis-cli is installed (with redis-server)");
        assert!(
            out.status.success(),
            "redis-cli {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    pub fn start() -> Redis {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("redis-server")
            .args([
                "--bind",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server is installed (apt-get install redis-server; .ci/run does)");
        let redis = Redis {
            child,
            url: format!("redis://127.0.0.1:{port}"),
        };
        for _ in 0..100 {
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) {
                let mut pong = [0u8; 7];
                if s.write_all(b"PING\r\n").is_ok()
                    && s.read_exact(&mut pong).is_ok()
                    && &pong == b"+PONG\r\n"
                {
                    return redis;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("redis-server did not start");
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
