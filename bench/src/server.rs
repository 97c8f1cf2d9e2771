//! The server under test: started by the bench (`--spawn`) or already
//! running, and watched through /proc by its pid.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::BenchError;

/// Where a spawned server runs and where the simulated clients reach it
/// from.
#[derive(Debug, Clone)]
pub struct Placement {
    /// The network namespace the server runs in (`ip netns exec`), when
    /// not the bench's own (`--clients-netns`): the server's system calls
    /// then do not carry the receivers' side of the network stack.
    pub netns: Option<String>,
    /// The address the server listens on (HTTP and media).
    pub server_ip: std::net::IpAddr,
    /// The address the clients' sockets bind to.
    pub client_ip: std::net::IpAddr,
}

impl Placement {
    /// A command that runs `program` in the server's namespace. `ip netns
    /// exec` enters it and execs the program: the pid is the server's.
    fn command(&self, program: &Path) -> Command {
        match &self.netns {
            Some(ns) => {
                let mut command = Command::new("ip");
                command.args(["netns", "exec", ns]).arg(program);
                command
            }
            None => Command::new(program),
        }
    }
}

/// A server process the bench started; stopped (by its pid) when dropped.
#[derive(Debug)]
pub struct Spawned {
    child: Child,
    /// Scratch files (database, configuration), removed when dropped.
    dir: PathBuf,
}

impl Spawned {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then SIGKILL after 5 s.
    pub fn stop(mut self) {
        self.terminate();
    }

    fn terminate(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            for _ in 0..50 {
                if let Ok(Some(_)) = self.child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        self.terminate();
    }
}

fn scratch_dir(name: &str) -> Result<PathBuf, BenchError> {
    let dir = std::env::temp_dir().join(format!(
        "anteroom-bench-{name}-{}-{}",
        std::process::id(),
        fastrand::u32(..)
    ));
    std::fs::create_dir_all(&dir)
        .map_err(|e| BenchError::Spawn(format!("{}: {e}", dir.display())))?;
    Ok(dir)
}

/// The `anteroom` binary: `explicit`, else beside this executable, else on PATH.
pub fn anteroom_binary(explicit: Option<&Path>) -> PathBuf {
    if let Some(path) = explicit {
        return path.to_owned();
    }
    if let Ok(me) = std::env::current_exe()
        && let Some(dir) = me.parent()
    {
        let sibling = dir.join("anteroom");
        if sibling.is_file() {
            return sibling;
        }
    }
    PathBuf::from("anteroom")
}

/// Starts `anteroom serve` with open rooms on a free port of the
/// placement's server address (loopback unless `--clients-netns`); returns
/// it, its websocket URL and its join key file (for signing tokens).
pub fn spawn_anteroom(
    binary: &Path,
    max_participants: u32,
    placement: &Placement,
) -> Result<(Spawned, String, PathBuf), BenchError> {
    let dir = scratch_dir("anteroom")?;
    let db = format!("sqlite:{}", dir.join("bench.db").display());
    let key = dir.join("join.key");
    let ip = placement.server_ip;
    let mut child = placement
        .command(binary)
        .args([
            "serve",
            "--http",
            &format!("{ip}:0"),
            "--media-ip",
            &ip.to_string(),
            "--open-rooms",
            "--database-url",
            &db,
        ])
        .arg("--join-key-file")
        .arg(&key)
        .args([
            "--media-ports",
            "30000-30999",
            "--max-participants",
            &max_participants.clamp(2, 64).to_string(),
            "--metrics",
        ])
        .env("ANTEROOM_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| BenchError::Spawn(format!("{}: {e}", binary.display())))?;
    let Some(stdout) = child.stdout.take() else {
        return Err(BenchError::Spawn("no stdout".into()));
    };
    let spawned = Spawned { child, dir };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(start) = line.find("http://") {
                let rest = &line[start + 7..];
                let end = rest.find(['/', ' ']).unwrap_or(rest.len());
                let _ = tx.send(rest[..end].to_owned());
            }
        }
    });
    let addr = rx.recv_timeout(Duration::from_secs(30)).map_err(|_| {
        BenchError::Spawn(format!(
            "{} serve did not print its address within 30 s",
            binary.display()
        ))
    })?;
    Ok((spawned, format!("ws://{addr}/ws"), key))
}

/// Where Janus listens for its HTTP API when the bench starts it.
pub const JANUS_HTTP_PORT: u16 = 18088;

/// Starts Janus (Debian's package) with a private copy of its configuration:
/// only the VideoRoom plugin and HTTP transport, media ports 20000-29999;
/// its HTTP API on loopback, and ICE candidates only on `media_ip`, or both
/// on the placement's server address when it runs in a namespace of its
/// own.
pub fn spawn_janus(
    media_ip: std::net::IpAddr,
    placement: &Placement,
) -> Result<(Spawned, String), BenchError> {
    let (media_ip, api_ip) = match placement.netns {
        Some(_) => (placement.server_ip, placement.server_ip),
        None => (media_ip, std::net::IpAddr::from([127, 0, 0, 1])),
    };
    let etc = Path::new("/etc/janus");
    if !etc.join("janus.jcfg").is_file() || which("janus").is_none() {
        return Err(BenchError::Spawn(
            "Janus is not installed (apt-get install janus)".into(),
        ));
    }
    let dir = scratch_dir("janus")?;
    let copy = |name: &str, edit: &dyn Fn(String) -> String| -> Result<(), BenchError> {
        let text = std::fs::read_to_string(etc.join(name))
            .map_err(|e| BenchError::Spawn(format!("/etc/janus/{name}: {e}")))?;
        std::fs::write(dir.join(name), edit(text))
            .map_err(|e| BenchError::Spawn(format!("{name}: {e}")))
    };
    let conf = dir.display().to_string();
    copy("janus.jcfg", &|t| {
        t.replace("configs_folder = \"/etc/janus\"", &format!("configs_folder = \"{conf}\""))
            .replace("#rtp_port_range = \"20000-40000\"", "rtp_port_range = \"20000-29999\"")
            .replace("ice_ignore_list = \"vmnet\"", &format!("ice_enforce_list = \"{media_ip}\""))
            .replace("debug_level = 4", "debug_level = 2")
            .replace("plugins: {\n", "plugins: {\n\tdisable = \"libjanus_voicemail.so,libjanus_recordplay.so,libjanus_audiobridge.so,libjanus_streaming.so,libjanus_sip.so,libjanus_nosip.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_echotest.so,libjanus_duktape.so,libjanus_lua.so\"\n")
            .replace("transports: {\n", "transports: {\n\tdisable = \"libjanus_websockets.so,libjanus_rabbitmq.so,libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so\"\n")
    })?;
    copy("janus.transport.http.jcfg", &|t| {
        t.replace("port = 8088", &format!("port = {JANUS_HTTP_PORT}"))
            .replace("#ip = \"192.168.0.1\"", &format!("ip = \"{api_ip}\""))
    })?;
    copy("janus.plugin.videoroom.jcfg", &|t| t)?;
    let log = std::fs::File::create(dir.join("janus.log"))
        .map_err(|e| BenchError::Spawn(e.to_string()))?;
    let child = placement
        .command(Path::new("janus"))
        .args([
            "-C",
            &dir.join("janus.jcfg").display().to_string(),
            "-F",
            &conf,
        ])
        .stdout(log)
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| BenchError::Spawn(format!("janus: {e}")))?;
    let spawned = Spawned { child, dir };
    let url = format!("http://{api_ip}:{JANUS_HTTP_PORT}/janus");
    // Wait for the HTTP API.
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect((api_ip, JANUS_HTTP_PORT)).is_err() {
        if Instant::now() > deadline {
            return Err(BenchError::Spawn(format!(
                "Janus did not open its HTTP API within 20 s (see {})",
                spawned.dir.join("janus.log").display()
            )));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok((spawned, url))
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}

/// The version a program prints for `--version`, first line.
pub fn version_of(binary: &Path) -> Option<String> {
    let out = Command::new(binary)
        .arg("--version")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_owned())
}

/// One reading of the server's CPU and memory.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ProcSample {
    /// Seconds since the run started.
    pub at: f64,
    /// User plus system CPU time so far, seconds.
    pub cpu_s: f64,
    pub rss_mib: f64,
    /// Open file descriptors (sockets, the database, timers).
    pub fds: Option<u32>,
    /// Operating-system threads.
    pub threads: Option<u32>,
    /// Tasks alive on the server's async runtime (from its `/metrics`,
    /// when the bench started it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks: Option<u64>,
}

impl ProcSample {
    /// CPU seconds used per second of wall time between `earlier` and this
    /// sample (1.0 is one core busy); none if no time passed.
    pub fn cpu_rate_since(&self, earlier: &ProcSample) -> Option<f64> {
        (self.at > earlier.at).then(|| (self.cpu_s - earlier.cpu_s) / (self.at - earlier.at))
    }
}

/// Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux).
const TICKS: f64 = 100.0;

/// Reads /proc/PID: total CPU seconds and resident MiB.
pub fn read_proc(pid: u32) -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces), from field 3.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss_kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(((utime + stime) / TICKS, rss_kib / 1024.0))
}

/// Open file descriptors and threads of process `pid`.
pub fn read_fds_threads(pid: u32) -> (Option<u32>, Option<u32>) {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .ok()
        .map(|d| d.count() as u32);
    let threads = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Threads:"))
                .and_then(|v| v.trim().parse().ok())
        });
    (fds, threads)
}

/// `anteroom_runtime_alive_tasks` from a server's `/metrics` text.
pub fn alive_tasks(metrics: &str) -> Option<u64> {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix("anteroom_runtime_alive_tasks "))
        .and_then(|v| v.trim().parse().ok())
}

/// Samples the server every half second into a shared list until dropped.
#[derive(Debug)]
pub struct Sampler {
    pub samples: Arc<Mutex<Vec<ProcSample>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Sampler {
    pub fn start(pid: u32, start: Instant) -> Sampler {
        Sampler::start_with_metrics(pid, start, None)
    }

    /// Also reads the runtime's tasks from `metrics_url` (a server's
    /// `/metrics`) every `METRICS_EVERY` samples.
    pub fn start_with_metrics(pid: u32, start: Instant, metrics_url: Option<String>) -> Sampler {
        const METRICS_EVERY: u32 = 10;
        let samples = Arc::new(Mutex::new(Vec::new()));
        let list = samples.clone();
        let client = reqwest::Client::new();
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(500));
            let mut n = 0u32;
            loop {
                tick.tick().await;
                let Some((cpu_s, rss_mib)) = read_proc(pid) else {
                    return;
                };
                let at = start.elapsed().as_secs_f64();
                let (fds, threads) = read_fds_threads(pid);
                let mut tasks = None;
                if let Some(url) = metrics_url.as_deref()
                    && n % METRICS_EVERY == 0
                {
                    let fetched = async { client.get(url).send().await?.text().await };
                    if let Ok(Ok(text)) =
                        tokio::time::timeout(Duration::from_secs(2), fetched).await
                    {
                        tasks = alive_tasks(&text);
                    }
                }
                n += 1;
                if let Ok(mut list) = list.lock() {
                    list.push(ProcSample {
                        at,
                        cpu_s,
                        rss_mib,
                        fds,
                        threads,
                        tasks,
                    });
                }
            }
        });
        Sampler { samples, task }
    }

    pub fn snapshot(&self) -> Vec<ProcSample> {
        self.samples.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The latest sample, if any.
    pub fn latest(&self) -> Option<ProcSample> {
        self.samples.lock().ok().and_then(|l| l.last().copied())
    }
}

impl Drop for Sampler {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn this_process_can_be_read() {
        let (cpu, rss) = read_proc(std::process::id()).unwrap();
        assert!(cpu >= 0.0 && rss > 1.0, "{cpu} {rss}");
        assert_eq!(read_proc(u32::MAX), None);
        let (fds, threads) = read_fds_threads(std::process::id());
        assert!(
            fds.unwrap() >= 3 && threads.unwrap() >= 1,
            "{fds:?} {threads:?}"
        );
        assert_eq!(read_fds_threads(u32::MAX), (None, None));
    }

    #[test]
    fn tasks_are_read_from_the_metrics_text() {
        let text = "# HELP anteroom_runtime_alive_tasks Tasks.\n# TYPE anteroom_runtime_alive_tasks gauge\nanteroom_runtime_alive_tasks 42\n";
        assert_eq!(alive_tasks(text), Some(42));
        assert_eq!(alive_tasks("anteroom_runtime_alive_tasks_total 3\n"), None);
    }
}
