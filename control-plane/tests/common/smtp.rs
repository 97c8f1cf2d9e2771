//! A real SMTP capture server for tests: aiosmtpd (Debian's
//! python3-aiosmtpd) writing every mail into a Maildir, read back by
//! `tests/mail/read_maildir.py` with Python's email and icalendar packages.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Debian's Python, which has the apt-installed packages.
const PYTHON: &str = "/usr/bin/python3";

/// A free port on loopback (bound and released).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct SmtpCapture {
    child: Option<Child>,
    pub port: u16,
    pub dir: PathBuf,
}

impl SmtpCapture {
    /// Starts a server on `port`, storing into a fresh Maildir, and waits
    /// until it accepts connections.
    pub fn start(port: u16) -> SmtpCapture {
        let dir = super::scratch_path(&format!("maildir-{port}-{:08x}", fastrand::u32(..)));
        let mut capture = SmtpCapture {
            child: None,
            port,
            dir,
        };
        capture.restart();
        capture
    }

    /// Starts the server again (after `stop`), same port and Maildir.
    pub fn restart(&mut self) {
        let child = Command::new(PYTHON)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd (apt install python3-aiosmtpd)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start on port {}",
                self.port
            );
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                panic!("aiosmtpd exited: {status}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every mail received so far, parsed.
    pub fn mails(&self) -> Vec<Value> {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/mail/read_maildir.py");
        let out = Command::new(PYTHON)
            .arg(script)
            .arg(&self.dir)
            .output()
            .expect("run read_maildir.py");
        assert!(
            out.status.success(),
            "read_maildir.py: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        match serde_json::from_slice(&out.stdout).unwrap() {
            Value::Array(mails) => mails,
            other => panic!("not a list: {other}"),
        }
    }
}

impl Drop for SmtpCapture {
    fn drop(&mut self) {
        self.stop();
    }
}
