//! Figures: gathered while a run goes, summed into a report at the end,
//! printed as a table (one column per target, with their ratio) and written
//! as JSON.

use std::sync::atomic::Ordering;
use std::time::Duration;

use serde::Serialize;

use crate::run::{BySubscriber, Counters, Live, PerSubscriber, Sample, Target, Thresholds, loss};
use crate::scenario::Scenario;
use crate::server::ProcSample;

/// Server and bench together above this fraction of all cores: the machine
/// is the limit.
pub const MACHINE_FULL: f64 = 0.95;

/// At most this many error messages are kept.
const MAX_ERRORS: usize = 20;

/// Everything the participants reported so far.
#[derive(Debug, Default)]
pub struct Totals {
    pub sessions: u64,
    pub joined_sessions: u64,
    pub failed_before_join: u64,
    pub join_ms: Vec<f64>,
    pub wait_ms: Vec<f64>,
    pub admit_to_media_ms: Vec<f64>,
    pub latencies_us: Vec<u32>,
    pub counts: Counters,
    pub errors: Vec<String>,
    pub subscribers: BySubscriber,
}

/// Where the totals stood at a moment (for ramp steps).
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    latencies: usize,
    packets_expected: u64,
    packets_in_frames: u64,
}

impl Totals {
    pub fn add(&mut self, s: Sample) {
        if s.ready {
            self.joined_sessions += 1;
        }
        self.join_ms.extend(s.join_ms);
        self.wait_ms.extend(s.wait_ms);
        self.admit_to_media_ms.extend(s.admit_to_media_ms);
        if s.last {
            self.sessions += 1;
            if !s.joined {
                self.failed_before_join += 1;
            }
        }
        self.latencies_us.extend_from_slice(&s.latencies_us);
        self.counts.add(&s.counts);
        for e in &s.errors {
            if self.errors.len() < MAX_ERRORS {
                self.errors.push(e.clone());
            }
        }
        if s.subscriber {
            self.subscribers.entry(s.participant).or_default().add(&s);
        }
    }

    pub fn mark(&self) -> Mark {
        Mark {
            latencies: self.latencies_us.len(),
            packets_expected: self.counts.packets_expected,
            packets_in_frames: self.counts.packets_in_frames,
        }
    }
}

/// p50/p95/p99/max of some values, in milliseconds; null when there were none.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Percentiles {
    pub count: usize,
    pub p50: Option<f64>,
    pub p95: Option<f64>,
    pub p99: Option<f64>,
    pub max: Option<f64>,
}

impl Percentiles {
    pub fn of(mut values: Vec<f64>) -> Percentiles {
        values.retain(|v| v.is_finite());
        values.sort_by(f64::total_cmp);
        let at = |q: f64| {
            (!values.is_empty()).then(|| values[((values.len() - 1) as f64 * q).round() as usize])
        };
        Percentiles {
            count: values.len(),
            p50: at(0.5),
            p95: at(0.95),
            p99: at(0.99),
            max: values.last().copied(),
        }
    }
}

/// One step of a ramp.
#[derive(Debug, Clone, Serialize)]
pub struct RampStep {
    pub step: u32,
    pub rooms: u32,
    pub participants: u32,
    pub latency_p99_ms: Option<f64>,
    pub loss: f64,
    /// Server CPU over the step, as a fraction of all cores.
    pub server_cpu: Option<f64>,
    /// The bench's own CPU over the step, as a fraction of all cores.
    pub bench_cpu: Option<f64>,
    pub seconds: f64,
}

impl RampStep {
    pub fn measure(
        step: u32,
        participants: u32,
        rooms: u32,
        totals: &Totals,
        before: &Mark,
        (cpu, bench_cpu): (Option<f64>, Option<f64>),
        took: Duration,
    ) -> RampStep {
        let latencies: Vec<f64> = totals.latencies_us[before.latencies..]
            .iter()
            .map(|&us| f64::from(us) / 1000.0)
            .collect();
        RampStep {
            step,
            rooms,
            participants,
            latency_p99_ms: Percentiles::of(latencies).p99,
            loss: loss(
                totals.counts.packets_expected - before.packets_expected,
                totals.counts.packets_in_frames - before.packets_in_frames,
            ),
            server_cpu: cpu,
            bench_cpu,
            seconds: took.as_secs_f64(),
        }
    }

    /// Which threshold this step crossed, if any.
    pub fn crossed(&self, t: &Thresholds) -> Option<String> {
        if let Some(p99) = self.latency_p99_ms
            && p99 > t.latency_p99_ms
        {
            return Some(format!("latency p99 {p99:.1} ms > {} ms", t.latency_p99_ms));
        }
        if self.loss > t.loss {
            return Some(format!(
                "loss {:.2}% > {}%",
                self.loss * 100.0,
                t.loss * 100.0
            ));
        }
        if let Some(cpu) = self.server_cpu
            && cpu > t.cpu
        {
            return Some(format!(
                "server CPU {:.0}% > {}%",
                cpu * 100.0,
                t.cpu * 100.0
            ));
        }
        // Server and bench share the machine: once it is full, what the
        // bench measures is the machine, not the server.
        if let (Some(server), Some(bench)) = (self.server_cpu, self.bench_cpu)
            && server + bench > MACHINE_FULL
        {
            return Some(format!(
                "the machine is full: server {:.0}% and bench {:.0}% of all cores",
                server * 100.0,
                bench * 100.0
            ));
        }
        None
    }

    pub fn summary(&self) -> String {
        format!(
            "{} rooms, {} participants: latency p99 {} ms, loss {:.2}%, server CPU {}, bench CPU {}",
            self.rooms,
            self.participants,
            self.latency_p99_ms
                .map_or("-".into(), |v| format!("{v:.1}")),
            self.loss * 100.0,
            self.server_cpu
                .map_or("-".into(), |v| format!("{:.0}%", v * 100.0)),
            self.bench_cpu
                .map_or("-".into(), |v| format!("{:.0}%", v * 100.0))
        )
    }
}

/// What the ramp found.
#[derive(Debug, Clone, Serialize)]
pub struct Ramp {
    pub steps: Vec<RampStep>,
    /// The threshold the last step crossed; none when the ramp ran out of steps.
    pub stopped_by: Option<String>,
    /// The largest load that stayed within every threshold.
    pub capacity_rooms: u32,
    pub capacity_participants: u32,
    pub thresholds: ThresholdsOut,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThresholdsOut {
    pub latency_p99_ms: f64,
    pub loss: f64,
    pub server_cpu: f64,
}

impl Ramp {
    pub fn new(steps: Vec<RampStep>, stopped_by: Option<String>, t: Thresholds) -> Ramp {
        let good = steps.iter().rev().find(|s| s.crossed(&t).is_none());
        let (capacity_rooms, capacity_participants) =
            good.map_or((0, 0), |s| (s.rooms, s.participants));
        Ramp {
            steps,
            stopped_by,
            capacity_rooms,
            capacity_participants,
            thresholds: ThresholdsOut {
                latency_p99_ms: t.latency_p99_ms,
                loss: t.loss,
                server_cpu: t.cpu,
            },
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Machine {
    pub cores: usize,
    pub cpu_model: String,
    pub os: String,
}

impl Machine {
    pub fn this() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name"))
            .and_then(|l| l.split_once(':'))
            .map_or("unknown".into(), |(_, m)| m.trim().to_owned());
        let os = std::fs::read_to_string("/etc/os-release")
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_owned())
            })
            .unwrap_or_else(|| std::env::consts::OS.into());
        Machine {
            cores: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            cpu_model,
            os,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Versions {
    pub anteroom_bench: &'static str,
    /// The WebRTC stack of the simulated participants.
    pub str0m: &'static str,
    pub server: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Waiting {
    pub admitted: usize,
    pub wait_ms: Percentiles,
    pub admit_to_media_ms: Percentiles,
}

#[derive(Debug, Clone, Serialize)]
pub struct Participants {
    pub planned: u32,
    pub sessions: u64,
    /// Sessions that received their first frame.
    pub joined: u64,
    pub failed: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Subscribers {
    pub count: usize,
    /// Every subscriber decoded at least one video frame (when decoding is on
    /// and video is sent).
    pub all_decoded: bool,
    pub min_video_frames: u64,
    pub video_frames: u64,
    pub audio_frames: u64,
    pub frames_decoded: u64,
    pub decode_errors: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bitrate {
    /// From the publishers to the server, Mbit/s (all UDP).
    pub to_server_mbps: f64,
    /// From the server to the participants, Mbit/s (all UDP).
    pub from_server_mbps: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServerFigures {
    pub pid: u32,
    pub cpu_seconds: f64,
    /// Mean CPU over the run, percent of one core.
    pub cpu_percent_mean: f64,
    /// Highest CPU over any half second, percent of one core.
    pub cpu_percent_max: f64,
    pub rss_mib_mean: f64,
    pub rss_mib_max: f64,
    pub samples: Vec<ProcSample>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchFigures {
    /// Mean CPU over the run, percent of one core.
    pub cpu_percent_mean: f64,
    /// Highest CPU over any half second, percent of one core.
    pub cpu_percent_max: f64,
}

/// Mean and highest CPU (percent of one core) over a process's samples.
fn cpu_percent(samples: &[ProcSample]) -> (f64, f64) {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return (0.0, 0.0);
    };
    let mean = last.cpu_rate_since(first).unwrap_or(0.0) * 100.0;
    let max = samples
        .windows(2)
        .filter_map(|w| w[1].cpu_rate_since(&w[0]))
        .fold(0.0, f64::max)
        * 100.0;
    (mean, max)
}

#[derive(Debug, Clone, Serialize)]
pub struct Forwarded {
    /// Media RTP packets the participants received from the server in
    /// complete frames (a repaired packet counts once).
    pub packets: u64,
    /// The other RTP packets they received: retransmissions, padding-only
    /// bandwidth probes, and packets of frames never completed.
    pub other_rtp_packets: u64,
    pub per_second: f64,
    /// Per second of server CPU time: the forwarding cost.
    pub per_server_cpu_second: Option<f64>,
}

/// The whole report of one run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub target: String,
    pub scenario: Scenario,
    pub machine: Machine,
    pub versions: Versions,
    pub duration_s: f64,
    pub participants: Participants,
    pub join_ms: Percentiles,
    pub latency_ms: Percentiles,
    /// The waiting scenario: how long patients waited to be admitted, and
    /// from admission to their first remote frame.
    pub waiting: Option<Waiting>,
    pub subscribers: Subscribers,
    pub packets_expected: u64,
    pub packets_lost: u64,
    pub loss: f64,
    pub nacks: u64,
    pub keyframe_requests_sent: u64,
    pub keyframe_requests_received: u64,
    pub freezes: u64,
    pub layer_switches: u64,
    pub bitrate: Bitrate,
    pub server: Option<ServerFigures>,
    /// The bench's own process (it shares the machine with a local server).
    pub bench: BenchFigures,
    pub forwarded: Forwarded,
    pub per_subscriber: Vec<PerSubscriber>,
    /// The soak: the server over time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soak: Option<Soak>,
    pub ramp: Option<Ramp>,
    pub errors: Vec<String>,
}

impl Report {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        scenario: &Scenario,
        target: &Target,
        planned: u32,
        totals: Totals,
        elapsed: Duration,
        (proc, own): (&[ProcSample], &[ProcSample]),
        live: &Live,
        ramp: Option<Ramp>,
    ) -> Report {
        let secs = elapsed.as_secs_f64().max(0.001);
        let mut per_subscriber: Vec<PerSubscriber> = totals.subscribers.into_values().collect();
        per_subscriber.sort_by_key(|s| s.participant);
        let decode_expected = scenario.decode && scenario.video;
        let subscribers = Subscribers {
            count: per_subscriber.len(),
            all_decoded: !per_subscriber.is_empty()
                && (!decode_expected || per_subscriber.iter().all(|s| s.counts.frames_decoded > 0)),
            min_video_frames: per_subscriber
                .iter()
                .map(|s| s.counts.video_frames)
                .min()
                .unwrap_or(0),
            video_frames: totals.counts.video_frames,
            audio_frames: totals.counts.audio_frames,
            frames_decoded: totals.counts.frames_decoded,
            decode_errors: totals.counts.decode_errors,
        };
        let server = target
            .pid
            .zip(proc.first().zip(proc.last()))
            .map(|(pid, (first, last))| {
                let (mean, max) = cpu_percent(proc);
                ServerFigures {
                    pid,
                    cpu_seconds: last.cpu_s - first.cpu_s,
                    cpu_percent_mean: mean,
                    cpu_percent_max: max,
                    rss_mib_mean: proc.iter().map(|p| p.rss_mib).sum::<f64>() / proc.len() as f64,
                    rss_mib_max: proc.iter().map(|p| p.rss_mib).fold(0.0, f64::max),
                    samples: proc.to_vec(),
                }
            });
        let packets = totals.counts.packets_in_frames;
        let forwarded = Forwarded {
            packets,
            other_rtp_packets: live.rtp_in.load(Ordering::Relaxed).saturating_sub(packets),
            per_second: packets as f64 / secs,
            per_server_cpu_second: server
                .as_ref()
                .filter(|s| s.cpu_seconds > 0.0)
                .map(|s| packets as f64 / s.cpu_seconds),
        };
        Report {
            target: target.name.into(),
            scenario: scenario.clone(),
            machine: Machine::this(),
            versions: Versions {
                anteroom_bench: env!("CARGO_PKG_VERSION"),
                str0m: "0.25",
                server: target.version.clone(),
            },
            duration_s: secs,
            participants: Participants {
                planned,
                sessions: totals.sessions,
                joined: totals.joined_sessions,
                failed: totals.failed_before_join,
            },
            join_ms: Percentiles::of(totals.join_ms),
            waiting: scenario.has_waiting_area().then(|| Waiting {
                admitted: totals.wait_ms.len(),
                wait_ms: Percentiles::of(totals.wait_ms),
                admit_to_media_ms: Percentiles::of(totals.admit_to_media_ms),
            }),
            latency_ms: Percentiles::of(
                totals
                    .latencies_us
                    .iter()
                    .map(|&us| f64::from(us) / 1000.0)
                    .collect(),
            ),
            subscribers,
            packets_expected: totals.counts.packets_expected,
            packets_lost: totals
                .counts
                .packets_expected
                .saturating_sub(totals.counts.packets_in_frames),
            loss: loss(
                totals.counts.packets_expected,
                totals.counts.packets_in_frames,
            ),
            nacks: totals.counts.nacks,
            keyframe_requests_sent: totals.counts.keyframe_requests_sent,
            keyframe_requests_received: totals.counts.keyframe_requests_received,
            freezes: totals.counts.freezes,
            layer_switches: totals.counts.layer_switches,
            bitrate: Bitrate {
                to_server_mbps: live.bytes_out.load(Ordering::Relaxed) as f64 * 8.0 / secs / 1e6,
                from_server_mbps: live.bytes_in.load(Ordering::Relaxed) as f64 * 8.0 / secs / 1e6,
            },
            server,
            bench: {
                let (mean, max) = cpu_percent(own);
                BenchFigures {
                    cpu_percent_mean: mean,
                    cpu_percent_max: max,
                }
            },
            forwarded,
            per_subscriber,
            soak: None,
            ramp,
            errors: totals.errors,
        }
    }
}

/// One point of the soak's curve.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct SoakPoint {
    pub at_s: f64,
    /// Sessions that had received media by then, since the start.
    pub sessions: u64,
    pub rss_mib: f64,
    pub fds: Option<u32>,
    pub threads: Option<u32>,
    pub tasks: Option<u64>,
}

/// The server over a long run: is anything growing once it has warmed up?
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Soak {
    /// About [`SOAK_POINTS`] points, evenly spread.
    pub points: Vec<SoakPoint>,
    /// When warm-up is taken to end: a tenth of the run, at least a minute.
    pub warm_at_s: f64,
    /// Medians over the tenth of the run after warm-up, and over its last tenth.
    pub rss_mib_warm: f64,
    pub rss_mib_end: f64,
    /// The growth from one to the other, projected to an hour.
    pub rss_mib_per_hour: f64,
    pub fds_warm: Option<f64>,
    pub fds_end: Option<f64>,
    pub tasks_warm: Option<f64>,
    pub tasks_end: Option<f64>,
}

/// Points in the soak's curve.
pub const SOAK_POINTS: usize = 30;

impl Soak {
    /// From the server's samples and the sessions count over time; none
    /// without samples.
    pub fn from_samples(samples: &[ProcSample], sessions: &[(f64, u64)]) -> Option<Soak> {
        let (first, last) = (samples.first()?, samples.last()?);
        let span = last.at - first.at;
        let step = (span / SOAK_POINTS as f64).max(1.0);
        let mut points = Vec::new();
        let mut next = first.at;
        // Tasks are read every few samples: carry the latest reading.
        let mut tasks = None;
        for s in samples {
            tasks = s.tasks.or(tasks);
            if s.at >= next {
                next += step;
                let sessions = sessions
                    .iter()
                    .take_while(|(at, _)| *at <= s.at)
                    .last()
                    .map_or(0, |(_, n)| *n);
                points.push(SoakPoint {
                    at_s: s.at,
                    sessions,
                    rss_mib: s.rss_mib,
                    fds: s.fds,
                    threads: s.threads,
                    tasks,
                });
            }
        }
        let warm_at = first.at + (span / 10.0).max(60.0).min(span / 2.0);
        let tenth = span / 10.0;
        let window =
            |from: f64, to: f64| samples.iter().filter(move |s| s.at >= from && s.at <= to);
        let warm = || window(warm_at, warm_at + tenth);
        let end = || window(last.at - tenth, last.at);
        let rss_mib_warm = median(warm().map(|s| s.rss_mib))?;
        let rss_mib_end = median(end().map(|s| s.rss_mib))?;
        let hours = ((last.at - tenth / 2.0) - (warm_at + tenth / 2.0)) / 3600.0;
        Some(Soak {
            points,
            warm_at_s: warm_at,
            rss_mib_warm,
            rss_mib_end,
            rss_mib_per_hour: if hours > 0.0 {
                (rss_mib_end - rss_mib_warm) / hours
            } else {
                0.0
            },
            fds_warm: median(warm().filter_map(|s| s.fds.map(f64::from))),
            fds_end: median(end().filter_map(|s| s.fds.map(f64::from))),
            tasks_warm: median(warm().filter_map(|s| s.tasks.map(|t| t as f64))),
            tasks_end: median(end().filter_map(|s| s.tasks.map(|t| t as f64))),
        })
    }

    /// The curve as a text table, and the verdict in figures.
    pub fn curve(&self) -> String {
        use std::fmt::Write;
        let opt = |v: Option<u64>| v.map_or("-".to_owned(), |v| v.to_string());
        let mut out = String::from(
            "\nsoak: the server over time\n  minute  sessions  RSS MiB    fds  threads  tasks\n",
        );
        for p in &self.points {
            let _ = writeln!(
                out,
                "  {:>6.1}  {:>8}  {:>7.1}  {:>5}  {:>7}  {:>5}",
                p.at_s / 60.0,
                p.sessions,
                p.rss_mib,
                opt(p.fds.map(u64::from)),
                opt(p.threads.map(u64::from)),
                opt(p.tasks)
            );
        }
        let pair = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => format!("{a:.0} -> {b:.0}"),
            _ => "-".into(),
        };
        let _ = writeln!(
            out,
            "after warm-up (minute {:.1}): RSS {:.1} -> {:.1} MiB ({:+.1} MiB an hour), fds {}, tasks {}",
            self.warm_at_s / 60.0,
            self.rss_mib_warm,
            self.rss_mib_end,
            self.rss_mib_per_hour,
            pair(self.fds_warm, self.fds_end),
            pair(self.tasks_warm, self.tasks_end)
        );
        out
    }
}

fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut v: Vec<f64> = values.collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

/// The terminal table: a column per report, and their ratio when two.
pub fn table(reports: &[&Report]) -> String {
    type Row = (&'static str, fn(&Report) -> Option<f64>, u8);
    let rows: &[Row] = &[
        (
            "participants joined",
            |r| Some(r.participants.joined as f64),
            0,
        ),
        ("join time p50 (ms)", |r| r.join_ms.p50, 1),
        ("join time p95 (ms)", |r| r.join_ms.p95, 1),
        ("join time p99 (ms)", |r| r.join_ms.p99, 1),
        (
            "patients admitted",
            |r| r.waiting.as_ref().map(|w| w.admitted as f64),
            0,
        ),
        (
            "waited to be admitted p50 (ms)",
            |r| r.waiting.as_ref().and_then(|w| w.wait_ms.p50),
            1,
        ),
        (
            "admission to media p50 (ms)",
            |r| r.waiting.as_ref().and_then(|w| w.admit_to_media_ms.p50),
            1,
        ),
        (
            "admission to media p99 (ms)",
            |r| r.waiting.as_ref().and_then(|w| w.admit_to_media_ms.p99),
            1,
        ),
        ("media latency p50 (ms)", |r| r.latency_ms.p50, 2),
        ("media latency p99 (ms)", |r| r.latency_ms.p99, 2),
        (
            "video frames received",
            |r| Some(r.subscribers.video_frames as f64),
            0,
        ),
        (
            "video frames decoded",
            |r| Some(r.subscribers.frames_decoded as f64),
            0,
        ),
        ("packet loss (%)", |r| Some(r.loss * 100.0), 3),
        ("NACKs sent", |r| Some(r.nacks as f64), 0),
        (
            "keyframe requests sent",
            |r| Some(r.keyframe_requests_sent as f64),
            0,
        ),
        ("freezes (> 500 ms)", |r| Some(r.freezes as f64), 0),
        ("layer switches", |r| Some(r.layer_switches as f64), 0),
        ("to server (Mbit/s)", |r| Some(r.bitrate.to_server_mbps), 2),
        (
            "from server (Mbit/s)",
            |r| Some(r.bitrate.from_server_mbps),
            2,
        ),
        (
            "server CPU mean (% of a core)",
            |r| r.server.as_ref().map(|s| s.cpu_percent_mean),
            1,
        ),
        (
            "server CPU max (% of a core)",
            |r| r.server.as_ref().map(|s| s.cpu_percent_max),
            1,
        ),
        (
            "server RSS max (MiB)",
            |r| r.server.as_ref().map(|s| s.rss_mib_max),
            1,
        ),
        (
            "bench CPU mean (% of a core)",
            |r| Some(r.bench.cpu_percent_mean),
            1,
        ),
        (
            "forwarded media packets/s",
            |r| Some(r.forwarded.per_second),
            0,
        ),
        (
            "other RTP packets/s (repairs, probes)",
            |r| Some(r.forwarded.other_rtp_packets as f64 / r.duration_s),
            0,
        ),
        (
            "forwarded packets per server CPU-s",
            |r| r.forwarded.per_server_cpu_second,
            0,
        ),
        (
            "ramp capacity (participants)",
            |r| r.ramp.as_ref().map(|c| f64::from(c.capacity_participants)),
            0,
        ),
    ];
    let mut out = String::new();
    let width = 36;
    out.push_str(&format!("{:width$}", ""));
    for r in reports {
        out.push_str(&format!("{:>14}", r.target));
    }
    if reports.len() == 2 {
        out.push_str(&format!("{:>10}", "ratio"));
    }
    out.push('\n');
    for (label, get, decimals) in rows {
        let values: Vec<Option<f64>> = reports.iter().map(|r| get(r)).collect();
        if values.iter().all(Option::is_none) {
            continue;
        }
        out.push_str(&format!("{label:width$}"));
        for v in &values {
            match v {
                Some(v) => out.push_str(&format!("{:>14.*}", *decimals as usize, v)),
                None => out.push_str(&format!("{:>14}", "-")),
            }
        }
        if let [Some(a), Some(b)] = values[..] {
            if b != 0.0 {
                out.push_str(&format!("{:>10.2}", a / b));
            } else {
                out.push_str(&format!("{:>10}", "-"));
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn sample(at: f64, rss_mib: f64, tasks: Option<u64>) -> ProcSample {
        ProcSample {
            at,
            cpu_s: 0.0,
            rss_mib,
            fds: Some(40),
            threads: Some(8),
            tasks,
        }
    }

    #[test]
    fn the_soak_tells_growth_after_warm_up_from_a_flat_line() {
        // Two hours at one sample a second: warm-up to 50 MiB, then flat.
        let flat: Vec<ProcSample> = (0..7200)
            .map(|t| {
                sample(
                    f64::from(t),
                    if t < 300 {
                        20.0 + f64::from(t) / 10.0
                    } else {
                        50.0
                    },
                    (t % 10 == 0).then_some(30),
                )
            })
            .collect();
        let sessions = [(0.0, 0), (3600.0, 100), (9000.0, 200)];
        let soak = Soak::from_samples(&flat, &sessions).unwrap();
        assert!(
            (soak.rss_mib_warm - 50.0).abs() < 1e-9 && soak.rss_mib_per_hour.abs() < 1e-9,
            "{soak:?}"
        );
        assert_eq!((soak.tasks_warm, soak.tasks_end), (Some(30.0), Some(30.0)));
        assert!(
            (SOAK_POINTS..=SOAK_POINTS + 1).contains(&soak.points.len()),
            "{}",
            soak.points.len()
        );
        assert!(
            soak.points.iter().all(|p| p.tasks == Some(30)),
            "tasks carried between readings"
        );
        assert_eq!(soak.points.last().unwrap().sessions, 100);
        // A leak of 1 MiB a minute shows as about 60 MiB an hour.
        let leaking: Vec<ProcSample> = (0..7200)
            .map(|t| sample(f64::from(t), 50.0 + f64::from(t) / 60.0, None))
            .collect();
        let soak = Soak::from_samples(&leaking, &[]).unwrap();
        assert!((soak.rss_mib_per_hour - 60.0).abs() < 1.0, "{soak:?}");
        assert!(soak.curve().contains("MiB an hour"));
        assert_eq!(Soak::from_samples(&[], &[]), None);
    }

    #[test]
    fn percentiles_pick_by_rank() {
        let p = Percentiles::of((1..=100).map(f64::from).collect());
        assert_eq!(
            (p.count, p.p50, p.p99, p.max),
            (100, Some(51.0), Some(99.0), Some(100.0))
        );
        let none = Percentiles::of(vec![]);
        assert_eq!((none.count, none.p99), (0, None));
    }

    #[test]
    fn a_ramp_keeps_the_last_step_within_the_thresholds() {
        let step = |n: u32, p99: f64| RampStep {
            step: n,
            rooms: n * 2,
            participants: n * 4,
            latency_p99_ms: Some(p99),
            loss: 0.0,
            server_cpu: Some(0.2),
            bench_cpu: Some(0.3),
            seconds: 10.0,
        };
        let t = crate::run::THRESHOLDS;
        let ramp = Ramp::new(
            vec![step(1, 3.0), step(2, 8.0), step(3, 70.0)],
            Some("latency".into()),
            t,
        );
        assert_eq!((ramp.capacity_rooms, ramp.capacity_participants), (4, 8));
        assert!(step(3, 70.0).crossed(&t).unwrap().contains("latency"));
        let full = RampStep {
            bench_cpu: Some(0.8),
            ..step(1, 3.0)
        };
        assert!(
            full.crossed(&t).unwrap().contains("machine is full"),
            "{:?}",
            full.crossed(&t)
        );
    }
}
