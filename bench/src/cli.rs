//! The command line: `anteroom-bench run ...` and `anteroom-bench compare ...`.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::BenchError;
use crate::client::Signaller;
use crate::report::{Report, table};
use crate::run::{self, Target};
use crate::scenario::{Kind, Scenario};
use crate::server::{self, Spawned};

#[derive(Debug, Parser)]
#[command(
    name = "anteroom-bench",
    version,
    about = "Load tester for anteroom (and Janus, side by side): simulated participants over the real protocol, ICE, DTLS-SRTP and RTP"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a scenario against one server.
    Run {
        #[command(flatten)]
        scenario: ScenarioArgs,
        /// Which server speaks at --url.
        #[arg(long, value_enum, default_value = "anteroom")]
        target: TargetKind,
        /// The server: anteroom's websocket (ws://127.0.0.1:8080/ws, a
        /// server run with --open-rooms) or Janus's HTTP API
        /// (http://127.0.0.1:8088/janus). Not with --spawn.
        #[arg(long, conflicts_with = "spawn", required_unless_present = "spawn")]
        url: Option<String>,
        /// Start the server for the run (and stop it after).
        #[arg(long)]
        spawn: bool,
        /// The server's process id, to read its CPU and memory (automatic with --spawn).
        #[arg(long)]
        server_pid: Option<u32>,
        #[command(flatten)]
        common: Common,
    },
    /// Run the same scenario against anteroom and then Janus, both started
    /// by the bench, and print one table with both and their ratio.
    Compare {
        #[command(flatten)]
        scenario: ScenarioArgs,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TargetKind {
    Anteroom,
    Janus,
}

#[derive(Debug, Args)]
struct Common {
    /// Add the scenario's rooms step by step (each step lasts --duration)
    /// until media latency p99 passes 50 ms, loss 1% or server CPU 90%, and
    /// report the capacity found.
    #[arg(long)]
    ramp: bool,
    /// Write the whole report as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
    /// The anteroom binary for --spawn (default: beside this one, else on PATH).
    #[arg(long)]
    anteroom_bin: Option<PathBuf>,
    /// The anteroom server's --join-key-file, to sign join tokens (the
    /// waiting scenario); automatic with --spawn.
    #[arg(long)]
    join_key_file: Option<PathBuf>,
    /// No progress line.
    #[arg(long, short)]
    quiet: bool,
    /// Run the servers the bench starts in a network namespace of their
    /// own, joined to the simulated clients' by a veth pair (10.255.1.2
    /// and 10.255.1.1), so that a server's system calls do not also carry
    /// the receiving clients' side of the network stack, as they do on
    /// loopback. Needs root.
    #[arg(long)]
    clients_netns: bool,
}

#[derive(Debug, Args)]
struct ScenarioArgs {
    /// The scenario kind (or give --scenario-file).
    #[arg(long, value_enum, required_unless_present = "scenario_file")]
    scenario: Option<Kind>,
    /// A scenario in TOML (`kind = "group"`, and any field below).
    #[arg(long)]
    scenario_file: Option<PathBuf>,
    /// Rooms at once (in --ramp: rooms added per step).
    #[arg(long)]
    rooms: Option<u32>,
    /// Participants per room.
    #[arg(long)]
    participants: Option<u32>,
    /// Seconds to measure once everyone has joined.
    #[arg(long)]
    duration: Option<f64>,
    /// Joins per second while starting.
    #[arg(long)]
    ramp_up: Option<f64>,
    /// Simulcast layers each publisher sends (1-3).
    #[arg(long)]
    layers: Option<u32>,
    /// Layer bitrates in kbit/s, smallest first: 150,500,1500.
    #[arg(long, value_delimiter = ',')]
    layer_kbps: Option<Vec<u32>>,
    /// Opus bitrate in kbit/s (0: no audio).
    #[arg(long)]
    audio_kbps: Option<u32>,
    /// Send no video.
    #[arg(long)]
    no_video: bool,
    /// The size each subscriber shows every video at, WxH.
    #[arg(long)]
    view: Option<String>,
    /// Random loss to inject at each client, both directions (0.02 = 2%).
    #[arg(long)]
    loss: Option<f64>,
    /// One-way delay to add at each client, both directions, ms.
    #[arg(long)]
    delay_ms: Option<u32>,
    /// Subscribers do not decode what they receive (for capacity runs).
    #[arg(long)]
    no_decode: bool,
    /// Churn: mean session length, seconds.
    #[arg(long)]
    session_secs: Option<f64>,
    #[arg(long)]
    seed: Option<u64>,
    /// Waiting: admissions per second, across all rooms.
    #[arg(long)]
    admit_per_sec: Option<f64>,
    /// Seconds between one participant's chat messages (0: none).
    #[arg(long)]
    chat_every: Option<f64>,
}

impl ScenarioArgs {
    fn scenario(&self) -> Result<Scenario, BenchError> {
        let mut s = match (&self.scenario_file, self.scenario) {
            (Some(path), _) => Scenario::from_file(path)?,
            (None, Some(kind)) => Scenario::defaults(kind),
            (None, None) => {
                return Err(BenchError::Scenario(
                    "give --scenario or --scenario-file".into(),
                ));
            }
        };
        if let (Some(kind), Some(_)) = (self.scenario, &self.scenario_file)
            && kind != s.kind
        {
            s.kind = kind;
        }
        macro_rules! set {
            ($($field:ident <- $arg:ident),*) => { $(if let Some(v) = self.$arg.clone() { s.$field = v; })* };
        }
        set!(rooms <- rooms, participants <- participants, duration_secs <- duration, ramp_up_per_sec <- ramp_up, video_layers <- layers,
             layer_kbps <- layer_kbps, audio_kbps <- audio_kbps, view <- view, loss <- loss, delay_ms <- delay_ms, session_secs <- session_secs, seed <- seed, admit_per_sec <- admit_per_sec, chat_every_secs <- chat_every);
        if self.no_video {
            s.video = false;
        }
        if self.no_decode {
            s.decode = false;
        }
        s.validate().map_err(BenchError::Scenario)?;
        Ok(s)
    }
}

/// Set inside the network namespace the bench made for Janus: the address
/// of its private interface.
const NETNS_ENV: &str = "ANTEROOM_BENCH_NETNS";
/// The private interface's address (a veth pair that lives entirely inside
/// the namespace; nothing routes out of it).
const NETNS_ADDR: &str = "10.255.0.1";
/// Set with `--clients-netns`: the name of the servers' namespace.
const SERVER_NETNS_ENV: &str = "ANTEROOM_BENCH_SERVER_NETNS";
/// With `--clients-netns`, the two ends of the veth pair between the
/// clients' namespace and the servers'.
const CLIENT_SIDE: [u8; 4] = [10, 255, 1, 1];
const SERVER_SIDE: [u8; 4] = [10, 255, 1, 2];

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let (needs_netns, clients_netns) = match &cli.command {
        Command::Run {
            target,
            spawn,
            common,
            ..
        } => (
            *spawn && (*target == TargetKind::Janus || common.clients_netns),
            *spawn && common.clients_netns,
        ),
        Command::Compare { common, .. } => (true, common.clients_netns),
    };
    if needs_netns && std::env::var_os(NETNS_ENV).is_none() {
        return reexec_in_netns(clients_netns);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("anteroom-bench: {e}");
            return ExitCode::from(1);
        }
    };
    // Interrupted, the run is dropped: the servers it started are stopped.
    let interruptible = async {
        tokio::select! {
            result = execute(cli) => result,
            _ = interrupted() => Err(BenchError::Io("interrupted".into())),
        }
    };
    match runtime.block_on(interruptible) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("anteroom-bench: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

/// SIGINT or SIGTERM.
async fn interrupted() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(term) => term,
        Err(_) => return std::future::pending().await,
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}

/// Janus offers no loopback candidates, so the bench runs it (and itself)
/// in a network namespace of its own whose only interfaces are loopback
/// and a veth pair inside it: the same command again, under `unshare -n`.
/// With `--clients-netns` the servers get a second namespace (named, so
/// that `ip netns exec` can start them in it; deleted after the run),
/// joined to the bench's by a veth pair.
fn reexec_in_netns(clients_netns: bool) -> ExitCode {
    let Ok(me) = std::env::current_exe() else {
        eprintln!("anteroom-bench: cannot find my own executable");
        return ExitCode::from(1);
    };
    let own = format!(
        "ip link set lo up && ip link add d0 type veth peer name d1 && ip link set d1 up && \
         ip addr add {NETNS_ADDR}/32 dev d0 && ip link set d0 up"
    );
    let script = if clients_netns {
        let (client, server) = (
            std::net::Ipv4Addr::from(CLIENT_SIDE),
            std::net::Ipv4Addr::from(SERVER_SIDE),
        );
        format!(
            "{own} && ns=anteroom-bench-$$ && ip netns add $ns && \
             ip link add c0 type veth peer name s0 netns $ns && \
             ip addr add {client}/24 dev c0 && ip link set c0 up && \
             ip netns exec $ns sh -c 'ip link set lo up && ip addr add {server}/24 dev s0 && ip link set s0 up' && \
             export {SERVER_NETNS_ENV}=$ns && \"$0\" \"$@\"; rc=$?; ip netns del $ns; exit $rc"
        )
    } else {
        format!("{own} && exec \"$0\" \"$@\"")
    };
    let status = std::process::Command::new("unshare")
        .args(["-n", "sh", "-c", &script])
        .arg(me)
        .args(std::env::args_os().skip(1))
        .env(NETNS_ENV, NETNS_ADDR)
        .status();
    match status {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(code.clamp(0, 255) as u8),
            None => ExitCode::from(1),
        },
        Err(e) => {
            eprintln!(
                "anteroom-bench: running Janus needs a network namespace of its own (unshare -n, as root): {e}"
            );
            ExitCode::from(1)
        }
    }
}

/// Runs the command line `args` (the program name first) in the calling
/// runtime, as `main` does but without its network namespace for Janus
/// (a caller that wants Janus spawned runs the binary instead).
pub async fn run_args<I, T>(args: I) -> Result<(), BenchError>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = Cli::try_parse_from(args).map_err(|e| BenchError::Scenario(e.to_string()))?;
    execute(cli).await
}

async fn execute(cli: Cli) -> Result<(), BenchError> {
    match cli.command {
        Command::Run {
            scenario,
            target,
            url,
            spawn,
            server_pid,
            common,
        } => {
            let scenario = scenario.scenario()?;
            let report = run_one(&scenario, target, url, spawn, server_pid, &common).await?;
            print!("{}", table(&[&report]));
            print_capacity(&report);
            if let Some(soak) = &report.soak {
                print!("{}", soak.curve());
            }
            write_json(
                &common,
                &serde_json::to_value(&report).map_err(|e| BenchError::Io(e.to_string()))?,
            )?;
            check_sane(&report)
        }
        Command::Compare { scenario, common } => {
            let scenario = scenario.scenario()?;
            let ours = run_one(&scenario, TargetKind::Anteroom, None, true, None, &common).await?;
            let theirs = run_one(&scenario, TargetKind::Janus, None, true, None, &common).await?;
            println!(
                "scenario {:?}: {} rooms x {} participants, {} s",
                scenario.kind, scenario.rooms, scenario.participants, scenario.duration_secs
            );
            print!("{}", table(&[&ours, &theirs]));
            print_capacity(&ours);
            print_capacity(&theirs);
            let json = serde_json::json!({"anteroom": ours, "janus": theirs});
            write_json(&common, &json)?;
            check_sane(&ours)?;
            check_sane(&theirs)
        }
    }
}

fn print_capacity(report: &Report) {
    if let Some(ramp) = &report.ramp {
        println!(
            "{}: capacity {} rooms, {} participants ({})",
            report.target,
            ramp.capacity_rooms,
            ramp.capacity_participants,
            ramp.stopped_by
                .as_deref()
                .unwrap_or("no threshold crossed within the steps")
        );
    }
    for e in report.errors.iter().take(5) {
        eprintln!("{}: {e}", report.target);
    }
}

/// A run where some participant never received media exits non-zero
/// (except a ramp, which goes until the server gives way).
fn check_sane(report: &Report) -> Result<(), BenchError> {
    if report.participants.failed > 0 && report.ramp.is_none() {
        return Err(BenchError::Io(format!(
            "{}: {} of {} sessions never received media (first error: {})",
            report.target,
            report.participants.failed,
            report.participants.sessions,
            report
                .errors
                .first()
                .map_or("none reported", String::as_str)
        )));
    }
    Ok(())
}

fn write_json(common: &Common, value: &serde_json::Value) -> Result<(), BenchError> {
    if let Some(path) = &common.json {
        let text =
            serde_json::to_string_pretty(value).map_err(|e| BenchError::Io(e.to_string()))?;
        std::fs::write(path, text)
            .map_err(|e| BenchError::Io(format!("{}: {e}", path.display())))?;
    }
    Ok(())
}

async fn run_one(
    scenario: &Scenario,
    kind: TargetKind,
    url: Option<String>,
    spawn: bool,
    server_pid: Option<u32>,
    common: &Common,
) -> Result<Report, BenchError> {
    let run_id = fastrand::u32(1..100_000);
    let mut spawned: Option<Spawned> = None;
    // Clients in a namespace of their own (--clients-netns), else beside
    // the server: on loopback for anteroom, on the namespace's private
    // address for Janus (it offers no loopback candidates).
    let apart = std::env::var(SERVER_NETNS_ENV).ok().filter(|_| spawn);
    let placement = |beside: IpAddr| server::Placement {
        netns: apart.clone(),
        server_ip: if apart.is_some() {
            IpAddr::from(SERVER_SIDE)
        } else {
            beside
        },
        client_ip: if apart.is_some() {
            IpAddr::from(CLIENT_SIDE)
        } else {
            beside
        },
    };
    let mut admitter: Option<tokio::task::JoinHandle<()>> = None;
    let target = match kind {
        TargetKind::Anteroom => {
            let binary = server::anteroom_binary(common.anteroom_bin.as_deref());
            let (url, key_file) = match (spawn, url) {
                (true, _) => {
                    let (child, url, key) = server::spawn_anteroom(
                        &binary,
                        scenario.participants,
                        &placement(IpAddr::from([127, 0, 0, 1])),
                    )?;
                    spawned = Some(child);
                    (url, Some(key))
                }
                (false, Some(url)) => (url, common.join_key_file.clone()),
                (false, None) => return Err(BenchError::Scenario("give --url or --spawn".into())),
            };
            reachable(&url).await?;
            let tokens = key_file
                .map(|path| crate::anteroom::Tokens::from_key_file(&path))
                .transpose()?
                .map(Arc::new);
            if scenario.has_waiting_area() && tokens.is_none() {
                return Err(BenchError::Scenario("the waiting and soak scenarios sign join tokens: give the server's --join-key-file, or --spawn".into()));
            }
            let admissions = scenario
                .has_waiting_area()
                .then(|| Arc::new(tokio::sync::Semaphore::new(0)));
            if let Some(permits) = admissions.clone() {
                // One admission every 1/rate seconds, for the whole run.
                let every = Duration::from_secs_f64(1.0 / scenario.admit_per_sec);
                admitter = Some(tokio::spawn(async move {
                    let mut tick = tokio::time::interval(every);
                    loop {
                        tick.tick().await;
                        permits.add_permits(1);
                    }
                }));
            }
            let config = crate::anteroom::Config {
                ws_url: url.clone(),
                run: format!("{run_id}"),
                view: scenario.view_size().map_err(BenchError::Scenario)?,
                max_participants: scenario.participants,
                tokens,
                admissions,
                chat_every: (scenario.chat_every_secs > 0.0)
                    .then(|| Duration::from_secs_f64(scenario.chat_every_secs)),
            };
            let signaller: Signaller = Arc::new(move |plan, to_media, from_media| {
                tokio::spawn(crate::anteroom::signal(
                    config.clone(),
                    plan,
                    to_media,
                    from_media,
                ))
            });
            Target {
                name: "anteroom",
                signaller,
                client_ip: placement(IpAddr::from([127, 0, 0, 1])).client_ip,
                pid: spawned.as_ref().map(Spawned::pid).or(server_pid),
                version: spawn.then(|| server::version_of(&binary)).flatten(),
                // The bench starts anteroom with --metrics.
                metrics_url: spawn.then(|| {
                    url.replacen("ws://", "http://", 1)
                        .replace("/ws", "/metrics")
                }),
            }
        }
        TargetKind::Janus => {
            if scenario.has_waiting_area() {
                return Err(BenchError::Scenario("Janus has no waiting area: the waiting and soak scenarios run against anteroom only".into()));
            }
            let beside: IpAddr = match std::env::var(NETNS_ENV) {
                Ok(addr) => addr
                    .parse()
                    .map_err(|_| BenchError::Io(format!("{NETNS_ENV}={addr} is not an address")))?,
                Err(_) => IpAddr::from([127, 0, 0, 1]),
            };
            let placement = placement(beside);
            let client_ip = placement.client_ip;
            let url = match (spawn, url) {
                (true, _) => {
                    let (child, url) = server::spawn_janus(beside, &placement)?;
                    spawned = Some(child);
                    url
                }
                (false, Some(url)) => url,
                (false, None) => return Err(BenchError::Scenario("give --url or --spawn".into())),
            };
            reachable(&url).await?;
            crate::janus::create_rooms(
                &url,
                run_id,
                scenario.rooms * if common.ramp { run::MAX_RAMP_STEPS } else { 1 },
                scenario.participants,
            )
            .await?;
            let substream = (scenario.video_layers > 1).then(|| {
                let layers = scenario.layers();
                let (w, h) = scenario.view_size().unwrap_or((640, 360));
                layers
                    .iter()
                    .position(|(_, lw, lh, _)| *lw >= w && *lh >= h)
                    .unwrap_or(layers.len() - 1) as u32
            });
            let base = url.clone();
            let signaller: Signaller = Arc::new(move |plan, to_media, from_media| {
                tokio::spawn(crate::janus::signal(
                    base.clone(),
                    run_id,
                    substream,
                    plan,
                    to_media,
                    from_media,
                ))
            });
            Target {
                name: "janus",
                signaller,
                client_ip,
                pid: spawned.as_ref().map(Spawned::pid).or(server_pid),
                version: crate::janus::version(&url).await,
                metrics_url: None,
            }
        }
    };
    let report = run::run(scenario.clone(), &target, common.ramp, !common.quiet).await;
    if let Some(task) = admitter {
        task.abort();
    }
    if let Some(child) = spawned {
        // Stopping waits for the process; keep it off the runtime's threads.
        let _ = tokio::task::spawn_blocking(move || child.stop()).await;
    }
    report
}

/// Fails fast, with a clear message, when nothing listens at `url`.
async fn reachable(url: &str) -> Result<(), BenchError> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest);
    let connect = tokio::net::TcpStream::connect(host.to_owned());
    match tokio::time::timeout(Duration::from_secs(5), connect).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(BenchError::Unreachable(format!("{url}: {e}"))),
        Err(_) => Err(BenchError::Unreachable(format!(
            "{url}: no answer within 5 s"
        ))),
    }
}
