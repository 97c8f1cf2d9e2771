//! One run of a scenario against one target: start the participants at the
//! ramp-up rate, gather their figures once a second, watch the server, and
//! stop. In ramp mode, rooms are added step by step until a threshold is
//! crossed.

use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, watch};

use crate::BenchError;
use crate::client::{self, Plan, Role, Shared, Signaller};
use crate::media::Clips;
use crate::report::{Ramp, RampStep, Report, Soak, Totals};
use crate::scenario::{Kind, Scenario};
use crate::server::{ProcSample, Sampler};

/// Counters every participant bumps as it goes, for the progress line.
#[derive(Debug, Default)]
pub struct Live {
    pub bytes_in: AtomicU64,
    pub bytes_out: AtomicU64,
    /// RTP datagrams received (media, retransmissions, padding).
    pub rtp_in: AtomicU64,
    pub joined: AtomicU64,
}

/// What one participant saw since its last sample.
#[derive(Debug, Default, Clone)]
pub struct Sample {
    pub participant: u32,
    /// It receives media (everyone but a fanout's publisher).
    pub subscriber: bool,
    /// The session's last sample.
    pub last: bool,
    pub sessions: u64,
    pub joined: bool,
    /// The session became ready in this sample: it receives media (or,
    /// receiving nothing, its media path is up).
    pub ready: bool,
    pub join_ms: Option<f64>,
    /// Waiting: from arrival in the waiting area to admission.
    pub wait_ms: Option<f64>,
    /// Waiting: from admission to the first remote frame.
    pub admit_to_media_ms: Option<f64>,
    pub latencies_us: Vec<u32>,
    pub counts: Counters,
    /// Bit i: a frame of layer i arrived.
    pub layers_seen: u8,
    pub errors: Vec<String>,
}

/// What participants count, summed into the run's totals and per
/// subscriber.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counters {
    pub video_frames: u64,
    pub audio_frames: u64,
    pub frames_decoded: u64,
    pub decode_errors: u64,
    /// Media packets expected (by sequence number) and delivered in
    /// complete frames.
    pub packets_expected: u64,
    pub packets_in_frames: u64,
    pub nacks: u64,
    pub keyframe_requests_sent: u64,
    pub keyframe_requests_received: u64,
    pub freezes: u64,
    pub layer_switches: u64,
}

impl Counters {
    pub fn add(&mut self, o: &Counters) {
        self.video_frames += o.video_frames;
        self.audio_frames += o.audio_frames;
        self.frames_decoded += o.frames_decoded;
        self.decode_errors += o.decode_errors;
        self.packets_expected += o.packets_expected;
        self.packets_in_frames += o.packets_in_frames;
        self.nacks += o.nacks;
        self.keyframe_requests_sent += o.keyframe_requests_sent;
        self.keyframe_requests_received += o.keyframe_requests_received;
        self.freezes += o.freezes;
        self.layer_switches += o.layer_switches;
    }
}

/// How the ramp decides the server is full.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    pub latency_p99_ms: f64,
    pub loss: f64,
    pub cpu: f64,
}

pub const THRESHOLDS: Thresholds = Thresholds {
    latency_p99_ms: 50.0,
    loss: 0.01,
    cpu: 0.90,
};

/// How often the run notes how many sessions have received media.
const HISTORY_EVERY: Duration = Duration::from_secs(5);

/// The most ramp steps a run takes.
pub const MAX_RAMP_STEPS: u32 = 40;

/// In a ramp, how long after a step's joins its measurement starts.
pub const RAMP_SETTLE: Duration = Duration::from_secs(3);

/// How long participants have to join before the run measures anyway.
pub const JOIN_WAIT: Duration = Duration::from_secs(20);

/// The target as the run sees it.
pub struct Target {
    pub name: &'static str,
    pub signaller: Signaller,
    pub client_ip: IpAddr,
    pub pid: Option<u32>,
    pub version: Option<String>,
    /// The server's `/metrics` (anteroom started by the bench).
    pub metrics_url: Option<String>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("name", &self.name)
            .field("pid", &self.pid)
            .finish()
    }
}

/// Runs `scenario` against `target`; `ramp` adds `scenario.rooms` rooms
/// every `duration_secs` until a threshold is crossed.
pub async fn run(
    scenario: Scenario,
    target: &Target,
    ramp: bool,
    progress: bool,
) -> Result<Report, BenchError> {
    scenario.validate().map_err(BenchError::Scenario)?;
    let clips = Arc::new(Clips::encode(&scenario)?);
    let scenario = Arc::new(scenario);
    let start = Instant::now();
    let live = Arc::new(Live::default());
    let (samples_tx, mut samples) = mpsc::unbounded_channel();
    let (stop_tx, stop_rx) = watch::channel(false);
    let shared = Shared {
        epoch: start,
        clips,
        scenario: scenario.clone(),
        live: live.clone(),
        samples: samples_tx,
        stop: stop_rx,
        client_ip: target.client_ip,
    };
    let sampler = target
        .pid
        .map(|pid| Sampler::start_with_metrics(pid, start, target.metrics_url.clone()));
    // Sessions that received media so far, over time (the soak's curve).
    let mut sessions_over_time: Vec<(f64, u64)> = Vec::new();
    let mut next_history = Instant::now();
    // The bench's own CPU: when it runs out, its figures are its own limits.
    let own = Sampler::start(std::process::id(), start);
    let mut totals = Totals::default();
    let mut tasks = Vec::new();
    let mut planned = 0u32;
    let mut steps: Vec<RampStep> = Vec::new();
    let mut stopped_by = None;
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1) as f64;

    let step_count = if ramp { MAX_RAMP_STEPS } else { 1 };
    let mut printer = Progress::new(progress, start, live.clone());
    'steps: for step in 0..step_count {
        // Start this step's rooms at the ramp-up rate.
        let first_room = step * scenario.rooms;
        let gap = Duration::from_secs_f64(1.0 / scenario.ramp_up_per_sec);
        let mut next_join = Instant::now();
        for room in first_room..first_room + scenario.rooms {
            for seat in 0..scenario.participants {
                let role = match (scenario.has_waiting_area(), seat) {
                    (true, 0) => Role::Practitioner,
                    (true, _) => Role::Patient,
                    (false, _) => Role::Open,
                };
                let plan = Plan {
                    index: planned,
                    room,
                    seat,
                    publish: scenario.publishes(seat),
                    role,
                    session: 0,
                };
                planned += 1;
                tokio::time::sleep_until(tokio::time::Instant::from_std(next_join)).await;
                next_join += gap;
                tasks.push(tokio::spawn(client::participant(
                    plan,
                    shared.clone(),
                    target.signaller.clone(),
                )));
                drain(&mut samples, &mut totals);
                printer.tick(&totals, planned, sampler.as_ref());
                if totals.failed_before_join >= planned as u64
                    && planned >= 4.min(scenario.participants_total())
                {
                    break 'steps;
                }
            }
        }
        // Wait until everyone has joined (or the wait is over), then measure.
        let join_deadline = Instant::now() + JOIN_WAIT;
        while totals.joined_sessions + totals.failed_before_join < u64::from(planned)
            && Instant::now() < join_deadline
        {
            wait_samples(&mut samples, &mut totals, Duration::from_millis(200)).await;
            printer.tick(&totals, planned, sampler.as_ref());
        }
        if totals.joined_sessions == 0 {
            break;
        }
        if ramp {
            // Let the new joiners settle (keyframes, the first estimates)
            // so that a step measures the steady state of its load.
            let settled = Instant::now() + RAMP_SETTLE;
            while Instant::now() < settled {
                wait_samples(&mut samples, &mut totals, Duration::from_millis(200)).await;
                printer.tick(&totals, planned, sampler.as_ref());
            }
        }
        let window_start = Instant::now();
        let before = totals.mark();
        let cpu_before = sampler.as_ref().and_then(Sampler::latest);
        let own_before = own.latest();
        let end = window_start + scenario.duration();
        while Instant::now() < end {
            wait_samples(
                &mut samples,
                &mut totals,
                (end - Instant::now()).min(Duration::from_millis(250)),
            )
            .await;
            printer.tick(&totals, planned, sampler.as_ref());
            if Instant::now() >= next_history {
                next_history += HISTORY_EVERY;
                sessions_over_time.push((
                    start.elapsed().as_secs_f64(),
                    live.joined.load(Ordering::Relaxed),
                ));
            }
        }
        if !ramp {
            break;
        }
        let share =
            |a: Option<ProcSample>, b: Option<ProcSample>| Some(b?.cpu_rate_since(&a?)? / cores);
        let cpu = share(cpu_before, sampler.as_ref().and_then(Sampler::latest));
        let bench_cpu = share(own_before, own.latest());
        let result = RampStep::measure(
            step + 1,
            planned,
            scenario.rooms * (step + 1),
            &totals,
            &before,
            (cpu, bench_cpu),
            window_start.elapsed(),
        );
        let crossed = result.crossed(&THRESHOLDS);
        printer.line(&format!("step {}: {}", step + 1, result.summary()));
        steps.push(result);
        if let Some(reason) = crossed {
            stopped_by = Some(reason);
            break;
        }
    }
    printer.finish();

    // Stop everyone and gather their last figures.
    let _ = stop_tx.send(true);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    for task in tasks {
        let _ = tokio::time::timeout_at(deadline, task).await;
    }
    while let Ok(sample) = samples.try_recv() {
        totals.add(sample);
    }
    let elapsed = start.elapsed();
    let proc_samples = sampler.as_ref().map(Sampler::snapshot).unwrap_or_default();
    let own_samples = own.snapshot();
    if totals.joined_sessions == 0 {
        let first = totals
            .errors
            .first()
            .cloned()
            .unwrap_or_else(|| "nobody received any media".into());
        return Err(BenchError::NoneJoined(first));
    }
    let ramp = ramp.then(|| Ramp::new(steps, stopped_by, THRESHOLDS));
    let mut report = Report::new(
        &scenario,
        target,
        planned,
        totals,
        elapsed,
        (&proc_samples, &own_samples),
        &live,
        ramp,
    );
    if scenario.kind == Kind::Soak {
        report.soak = Soak::from_samples(&proc_samples, &sessions_over_time);
    }
    Ok(report)
}

fn drain(samples: &mut mpsc::UnboundedReceiver<Sample>, totals: &mut Totals) {
    while let Ok(sample) = samples.try_recv() {
        totals.add(sample);
    }
}

async fn wait_samples(
    samples: &mut mpsc::UnboundedReceiver<Sample>,
    totals: &mut Totals,
    wait: Duration,
) {
    if let Ok(Some(sample)) = tokio::time::timeout(wait, samples.recv()).await {
        totals.add(sample);
    }
    drain(samples, totals);
}

/// The progress line on stderr, redrawn at most twice a second.
struct Progress {
    on: bool,
    start: Instant,
    live: Arc<Live>,
    last: Instant,
    last_bytes: (u64, u64, Instant),
    last_cpu: Option<ProcSample>,
}

impl Progress {
    fn new(on: bool, start: Instant, live: Arc<Live>) -> Progress {
        Progress {
            on,
            start,
            live,
            last: start,
            last_bytes: (0, 0, start),
            last_cpu: None,
        }
    }

    fn tick(&mut self, totals: &Totals, planned: u32, sampler: Option<&Sampler>) {
        let now = Instant::now();
        if !self.on || now.duration_since(self.last) < Duration::from_millis(500) {
            return;
        }
        self.last = now;
        let (bytes_in, bytes_out) = (
            self.live.bytes_in.load(Ordering::Relaxed),
            self.live.bytes_out.load(Ordering::Relaxed),
        );
        let secs = now
            .duration_since(self.last_bytes.2)
            .as_secs_f64()
            .max(0.001);
        let mbps = |now: u64, then: u64| (now.saturating_sub(then)) as f64 * 8.0 / secs / 1e6;
        let (to_server, from_server) = (
            mbps(bytes_out, self.last_bytes.1),
            mbps(bytes_in, self.last_bytes.0),
        );
        self.last_bytes = (bytes_in, bytes_out, now);
        let cpu = sampler.and_then(Sampler::latest).map(|s| {
            let pct = self
                .last_cpu
                .and_then(|last| s.cpu_rate_since(&last))
                .map_or(0.0, |rate| rate * 100.0);
            self.last_cpu = Some(s);
            format!("  server {pct:.0}% cpu {:.0} MiB", s.rss_mib)
        });
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r[{:>5.1}s] joined {}/{}  frames {}  to server {:.1} Mbit/s  from server {:.1} Mbit/s{}   ",
            self.start.elapsed().as_secs_f64(),
            self.live.joined.load(Ordering::Relaxed),
            planned,
            totals.counts.video_frames + totals.counts.audio_frames,
            to_server,
            from_server,
            cpu.unwrap_or_default()
        );
        let _ = err.flush();
    }

    fn line(&mut self, text: &str) {
        if self.on {
            eprintln!("\r{text}{:40}", "");
        }
    }

    fn finish(&mut self) {
        if self.on {
            eprintln!();
        }
    }
}

/// One subscriber's figures over the run.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct PerSubscriber {
    pub participant: u32,
    #[serde(flatten)]
    pub counts: Counters,
    pub loss: f64,
    /// Layers a frame arrived from, by rid.
    pub layers: Vec<&'static str>,
}

impl PerSubscriber {
    pub fn add(&mut self, s: &Sample) {
        self.participant = s.participant;
        self.counts.add(&s.counts);
        self.loss = loss(self.counts.packets_expected, self.counts.packets_in_frames);
        for (i, rid) in ["q", "h", "f"].iter().enumerate() {
            if s.layers_seen & (1 << i) != 0 && !self.layers.contains(rid) {
                self.layers.push(rid);
            }
        }
    }
}

/// The fraction of expected packets that never arrived in a complete frame.
pub fn loss(expected: u64, delivered: u64) -> f64 {
    if expected == 0 {
        0.0
    } else {
        expected.saturating_sub(delivered) as f64 / expected as f64
    }
}

/// Participants' figures keyed by participant, kept while a run goes.
pub type BySubscriber = HashMap<u32, PerSubscriber>;
