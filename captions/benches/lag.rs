//! Caption lag through the live service (on demand: `cargo bench -p
//! anteroom-captions --bench lag`): espeak-ng sentences with known speech
//! times are Opus-encoded into 20 ms packets and fed to a real
//! [`Captioner`] at the pace a microphone has, as the SFU's tap does; each
//! caption event is stamped when the service hands it over. For every
//! sentence it prints, from the audio itself (not Whisper's timestamps):
//! - first words: from the speech's onset to the first caption of it;
//! - final: from the speech's end to its final caption;
//!
//! and the word error rate of the final text, quiet and with CPU-bound
//! processes beside it, for each model found in ../shared/models; then
//! how many speakers talking at once one core (one worker, one thread)
//! captions with final p95 within 1.5 s.
//!
//! Environment: `CAPTIONS_MODELS` (comma-separated file names, default
//! both), `CAPTIONS_HOGS` (comma-separated counts, default `0,2`),
//! `CAPTIONS_SENTENCES` (default 8), `CAPTIONS_MAX_SPEAKERS` (default 6,
//! 0 skips the sweep), `CAPTIONS_THREADS` (recogniser threads; default the
//! service's own choice).
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anteroom_captions::audio::SAMPLES_PER_MS;
use anteroom_captions::live::{Captioner, LiveConfig, Models};
use anteroom_captions::transcribe::word_error_rate;
use anteroom_protocol::{AudioTap, CaptionsEvent, CaptionsState, ParticipantId};

const SENTENCES: [&str; 8] = [
    "Your blood pressure is a little higher than last time, so we will check it again next month.",
    "Please take one tablet twice a day with food for the next two weeks.",
    "Do you have any allergies to medication?",
    "I would like you to have a blood test before your next appointment.",
    "The results came back normal, and there is nothing to worry about.",
    "Have you been sleeping well since we changed the dose?",
    "If the swelling gets worse, call the clinic or go to the emergency department.",
    "The patient reports mild chest pain that started two days ago after exercise.",
];

/// Silence between two sentences.
const GAP_MS: u64 = 2_000;

/// The first and last 10 ms with sound in them, in milliseconds.
fn speech_bounds(samples: &[f32]) -> (u64, u64) {
    let frame = (10 * SAMPLES_PER_MS) as usize;
    let loud: Vec<bool> = samples
        .chunks(frame)
        .map(|c| (c.iter().map(|s| s * s).sum::<f32>() / c.len() as f32).sqrt() > 0.01)
        .collect();
    let first = loud.iter().position(|l| *l).unwrap_or(0) as u64 * 10;
    let last = loud.iter().rposition(|l| *l).map_or(0, |i| i + 1) as u64 * 10;
    (first, last)
}

/// One speaker's script: 16 kHz audio and each sentence's text, onset and
/// end in the audio (ms).
struct Script {
    audio: Vec<f32>,
    sentences: Vec<(String, u64, u64)>,
}

fn script(spoken: &[(String, Vec<f32>)], lead_ms: u64) -> Script {
    let mut audio = vec![0.0; (lead_ms * SAMPLES_PER_MS) as usize];
    let mut sentences = Vec::new();
    for (text, speech) in spoken {
        let at = audio.len() as u64 / SAMPLES_PER_MS;
        let (on, off) = speech_bounds(speech);
        sentences.push((text.clone(), at + on, at + off));
        audio.extend(speech);
        audio.extend(vec![0.0; (GAP_MS * SAMPLES_PER_MS) as usize]);
    }
    Script { audio, sentences }
}

fn opus_packets(audio: &[f32]) -> Vec<Vec<u8>> {
    let mut enc =
        opus::Encoder::new(16_000, opus::Channels::Mono, opus::Application::Voip).unwrap();
    audio
        .chunks(320)
        .map(|c| {
            let mut frame = c.to_vec();
            frame.resize(320, 0.0);
            let mut out = vec![0u8; 1500];
            let len = enc.encode_float(&frame, &mut out).unwrap();
            out.truncate(len);
            out
        })
        .collect()
}

/// What one sentence came to.
#[derive(Debug, Default, Clone)]
struct Measured {
    first_ms: Option<u64>,
    final_ms: Option<u64>,
    text: String,
    reference: String,
}

struct Outcome {
    sentences: Vec<Measured>,
    delayed: usize,
    missed: usize,
}

/// Speakers talking at once, each their own script, through one service.
fn run(models: &Models, config: LiveConfig, scripts: &[Script]) -> Vec<Outcome> {
    type Log = Vec<(Instant, CaptionsEvent)>;
    let log: Arc<Mutex<Log>> = Arc::default();
    let sink = log.clone();
    let captioner = Captioner::start_with(
        models,
        config,
        Arc::new(move |e| {
            sink.lock().unwrap().push((Instant::now(), e));
            true
        }),
    )
    .unwrap();
    // The service is ready once it says so.
    while !log.lock().unwrap().iter().any(|(_, e)| {
        matches!(
            e,
            CaptionsEvent::State {
                state: CaptionsState::On
            }
        )
    }) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let tap = captioner.tap();
    let packets: Vec<Vec<Vec<u8>>> = scripts.iter().map(|s| opus_packets(&s.audio)).collect();
    let longest = packets.iter().map(Vec::len).max().unwrap_or(0);
    let t0 = Instant::now();
    for k in 0..longest {
        let due = t0 + Duration::from_millis(20 * k as u64 + 20);
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        for (i, p) in packets.iter().enumerate() {
            if let Some(payload) = p.get(k) {
                tap.send(AudioTap {
                    participant: ParticipantId::new(format!("p{i}")),
                    seq: k as u64,
                    language: String::new(),
                    english: false,
                    // Their language known: the figures are the steady
                    // state (detection costs a speaker's first two segments).
                    detect: false,
                    payload: payload.clone(),
                })
                .unwrap();
            }
        }
    }
    // The last finals (a speaker is closed after the idle time).
    std::thread::sleep(Duration::from_secs(4));
    drop(tap);
    drop(captioner);
    let log = log.lock().unwrap().clone();
    let ms = |t: Instant| t.saturating_duration_since(t0).as_millis() as u64;
    scripts
        .iter()
        .enumerate()
        .map(|(i, script)| {
            let who = ParticipantId::new(format!("p{i}"));
            let mut sentences: Vec<Measured> = script
                .sentences
                .iter()
                .map(|(text, _, _)| Measured {
                    reference: text.clone(),
                    ..Measured::default()
                })
                .collect();
            let mut finals: Vec<Vec<String>> = vec![Vec::new(); sentences.len()];
            let mut missed = 0;
            // Which sentence a segment belongs to: the one its middle is
            // nearest to.
            let nearest = |start: u64, end: u64| {
                let mid = (start + end) / 2;
                script
                    .sentences
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, (_, on, off))| {
                        if mid < *on {
                            on - mid
                        } else {
                            mid.saturating_sub(*off)
                        }
                    })
                    .map(|(n, _)| n)
                    .unwrap_or(0)
            };
            for (at, event) in &log {
                let CaptionsEvent::Segment {
                    participant,
                    text,
                    tentative,
                    is_final,
                    start_ms,
                    end_ms,
                    words_missed,
                    ..
                } = event
                else {
                    continue;
                };
                if *participant != who || (text.is_empty() && tentative.is_empty()) {
                    continue;
                }
                missed += usize::from(*words_missed);
                let n = nearest(*start_ms, *end_ms);
                let (_, on, off) = script.sentences[n];
                let m = &mut sentences[n];
                m.first_ms.get_or_insert(ms(*at).saturating_sub(on));
                if *is_final {
                    m.final_ms = Some(ms(*at).saturating_sub(off));
                    finals[n].push(text.clone());
                }
            }
            for (m, f) in sentences.iter_mut().zip(finals) {
                m.text = f.join(" ");
            }
            let delayed = log
                .iter()
                .filter(|(_, e)| {
                    matches!(
                        e,
                        CaptionsEvent::State {
                            state: CaptionsState::Delayed
                        }
                    )
                })
                .count();
            Outcome {
                sentences,
                delayed,
                missed,
            }
        })
        .collect()
}

fn pct(values: &[u64], p: usize) -> u64 {
    let mut v = values.to_vec();
    v.sort_unstable();
    v.get((v.len() * p / 100).min(v.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

struct Summary {
    first: (u64, u64),
    last: (u64, u64),
    wer: f64,
    unfinished: usize,
    delayed: usize,
    missed: usize,
}

fn summarise(outcomes: &[Outcome]) -> Summary {
    let all: Vec<&Measured> = outcomes.iter().flat_map(|o| &o.sentences).collect();
    let first: Vec<u64> = all.iter().filter_map(|m| m.first_ms).collect();
    // A sentence never finalised counts as very late.
    let last: Vec<u64> = all.iter().map(|m| m.final_ms.unwrap_or(60_000)).collect();
    let (mut errors, mut words) = (0.0, 0usize);
    for m in &all {
        let n = m.reference.split_whitespace().count();
        errors += word_error_rate(&m.reference, &m.text) * n as f64;
        words += n;
    }
    Summary {
        first: (pct(&first, 50), pct(&first, 95)),
        last: (pct(&last, 50), pct(&last, 95)),
        wer: 100.0 * errors / words.max(1) as f64,
        unfinished: all.iter().filter(|m| m.final_ms.is_none()).count(),
        delayed: outcomes.iter().map(|o| o.delayed).max().unwrap_or(0),
        missed: outcomes.iter().map(|o| o.missed).sum(),
    }
}

/// CPU-bound processes beside the service, stopped when dropped.
struct Hogs(Vec<std::process::Child>);

impl Hogs {
    fn start(n: usize) -> Hogs {
        Hogs(
            (0..n)
                .map(|_| {
                    std::process::Command::new("sh")
                        .args(["-c", "while :; do :; done"])
                        .spawn()
                        .unwrap()
                })
                .collect(),
        )
    }
}

impl Drop for Hogs {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The streamer's pacing from the environment, to try other values:
/// `CAPTIONS_PAUSE_MS`, `CAPTIONS_STEP_MS`, `CAPTIONS_FIRST_PASS_MS`.
fn tune(config: &mut LiveConfig) {
    let get = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    if let Some(v) = get("CAPTIONS_PAUSE_MS") {
        config.stream.pause_ms = v;
    }
    if let Some(v) = get("CAPTIONS_STEP_MS") {
        config.stream.step_ms = v;
    }
    if let Some(v) = get("CAPTIONS_FIRST_PASS_MS") {
        config.stream.first_pass_ms = v;
    }
}

fn env_list(name: &str, default: &str) -> Vec<String> {
    std::env::var(name)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn main() {
    let dir = std::env::temp_dir().join(format!("anteroom-captions-lag-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let count: usize = std::env::var("CAPTIONS_SENTENCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(SENTENCES.len())
        .clamp(1, SENTENCES.len());
    let spoken: Vec<(String, Vec<f32>)> = SENTENCES[..count]
        .iter()
        .enumerate()
        .map(|(n, t)| {
            (
                (*t).to_owned(),
                common::speak(&dir, t, ["en-us", "en-gb", "en-us+f3"][n % 3], 160, n),
            )
        })
        .collect();
    let threads: Option<usize> = std::env::var("CAPTIONS_THREADS")
        .ok()
        .and_then(|v| v.parse().ok());
    let max_speakers: usize = std::env::var("CAPTIONS_MAX_SPEAKERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    for model in env_list("CAPTIONS_MODELS", "ggml-tiny.en.bin,ggml-base-q8_0.bin") {
        let models = Models::load(&common::models().join(&model), None).unwrap();
        for hogs in env_list("CAPTIONS_HOGS", "0,2") {
            let hogs: usize = hogs.parse().unwrap();
            let mut config = LiveConfig::default();
            if let Some(t) = threads {
                config.threads_per_worker = t;
            }
            tune(&mut config);
            let _hogs = Hogs::start(hogs);
            let outcomes = run(&models, config.clone(), &[script(&spoken, 1_000)]);
            let s = summarise(&outcomes);
            println!(
                "{model}, {hogs} CPU hog(s), {} thread(s): first words p50 {} ms, p95 {} ms; final p50 {} ms, p95 {} ms; WER {:.1}% ({} sentences, {} unfinished; delayed {} time(s), {} segment(s) with words missed)",
                config.threads_per_worker,
                s.first.0,
                s.first.1,
                s.last.0,
                s.last.1,
                s.wer,
                count,
                s.unfinished,
                s.delayed,
                s.missed
            );
            for m in &outcomes[0].sentences {
                println!(
                    "    first {:>5} ms  final {:>5} ms  {}",
                    m.first_ms.map_or("-".into(), |v| v.to_string()),
                    m.final_ms.map_or("-".into(), |v| v.to_string()),
                    m.text
                );
            }
        }
        // Speakers at once on one core: each starts a little after the
        // one before, so that they do not all pause together.
        let mut carried = 0;
        for speakers in 1..=max_speakers {
            let scripts: Vec<Script> = (0..speakers)
                .map(|i| script(&spoken, 1_000 + 700 * i as u64))
                .collect();
            let mut config = LiveConfig {
                workers: 1,
                threads_per_worker: 1,
                ..LiveConfig::default()
            };
            tune(&mut config);
            let s = summarise(&run(&models, config, &scripts));
            println!(
                "{model}, {speakers} speaker(s) at once on one core: first words p50 {} ms, p95 {} ms; final p50 {} ms, p95 {} ms; WER {:.1}%; {} unfinished, {} segment(s) with words missed",
                s.first.0, s.first.1, s.last.0, s.last.1, s.wer, s.unfinished, s.missed
            );
            if s.last.1 > 1_500 || s.unfinished > 0 {
                break;
            }
            carried = speakers;
        }
        if max_speakers > 0 {
            println!(
                "-> {model}: one core captions {carried} speaker(s) talking at once with final p95 within 1.5 s"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
