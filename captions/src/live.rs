//! Captions in calls: tapped microphone packets in, caption events out.
//!
//! The SFU copies each tapped participant's Opus packets into a bounded
//! channel ([`Captioner::tap`]); a dispatcher thread hands each speaker to
//! one worker thread (the same one for as long as they speak), and each
//! worker owns one whisper.cpp state and captions its speakers in turn:
//! decode, then push whatever audio each has waiting through their own
//! [`Streamer`]. When audio waits longer than [`BEHIND_MS`], the worker
//! lengthens its speakers' steps and reports `delayed`; a speaker silent
//! for [`IDLE`] is closed (final) and forgotten. If a worker stops, the
//! service reports `unavailable` and calls go on without captions.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError, sync_channel};
use std::time::{Duration, Instant};

use anteroom_protocol::{AudioTap, CaptionsEvent, CaptionsState, ParticipantId};

use crate::audio::{OpusToPcm, SAMPLES_PER_MS};
use crate::transcribe::{BEHIND_MS, PARTIALS_OFF_MS, PARTIALS_ON_MS, keep_up};
use crate::whisper::{SileroVad, WhisperModel, WhisperOptions, vad_model_path};
use crate::{Caption, CaptionError, Recognizer, StreamConfig, Streamer, VoiceDetector};

/// Tapped packets the service holds before it drops new ones (about 40 s
/// of one speaker's 20 ms packets).
const TAP_QUEUE: usize = 2_048;

/// A speaker not heard from for this long is closed and forgotten.
pub const IDLE: Duration = Duration::from_secs(3);

/// How the service runs.
#[derive(Debug, Clone)]
pub struct LiveConfig {
    /// Worker threads, each with its own whisper.cpp state.
    pub workers: usize,
    /// Threads each worker gives whisper.cpp.
    pub threads_per_worker: usize,
    /// The spoken language reported with the segments (and given to a
    /// multilingual model).
    pub language: String,
    pub stream: StreamConfig,
}

impl Default for LiveConfig {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self {
            workers: 1,
            threads_per_worker: cores,
            language: "en".into(),
            stream: StreamConfig::default(),
        }
    }
}

/// Where the service's events go (signalling). Called from its threads.
pub type EventSink = Arc<dyn Fn(CaptionsEvent) -> bool + Send + Sync>;

/// The running service.
#[derive(Debug)]
pub struct Captioner {
    tap: SyncSender<AudioTap>,
    language: String,
    languages: Vec<String>,
}

/// The models a captions service runs on, loaded and checked once: the
/// Whisper model is shared by every service started with them, the voice
/// detector is loaded by each worker thread (it keeps state).
#[derive(Debug, Clone)]
pub struct Models {
    whisper: Arc<WhisperModel>,
    vad: PathBuf,
}

impl Models {
    /// A missing or broken model is an error here, before any call depends
    /// on it. `vad_model`: the one beside the Whisper model when not given.
    pub fn load(
        model_path: &std::path::Path,
        vad_model: Option<PathBuf>,
    ) -> Result<Models, CaptionError> {
        let whisper = Arc::new(WhisperModel::load(model_path)?);
        let vad = vad_model_path(model_path, vad_model)?;
        drop(SileroVad::load(&vad)?);
        Ok(Models { whisper, vad })
    }
}

impl Captioner {
    /// Loads the models and starts the threads (see [`Models::load`]).
    pub fn start(
        model_path: PathBuf,
        vad_model: Option<PathBuf>,
        config: LiveConfig,
        events: EventSink,
    ) -> Result<Captioner, CaptionError> {
        Captioner::start_with(&Models::load(&model_path, vad_model)?, config, events)
    }

    /// Starts the threads on models already loaded.
    pub fn start_with(
        models: &Models,
        config: LiveConfig,
        events: EventSink,
    ) -> Result<Captioner, CaptionError> {
        let (model, vad_model) = (&models.whisper, &models.vad);
        // An English-only model hears English whatever is configured.
        let languages = Arc::new(model.languages());
        let language = if languages.contains(&config.language) {
            config.language
        } else {
            "en".into()
        };
        let config = LiveConfig { language, ..config };
        let mut workers = Vec::new();
        for index in 0..config.workers.max(1) {
            let (tx, rx) = sync_channel::<AudioTap>(TAP_QUEUE);
            let (model, vad_model, config, events, languages) = (
                model.clone(),
                vad_model.clone(),
                config.clone(),
                events.clone(),
                languages.clone(),
            );
            std::thread::Builder::new()
                .name(format!("captions-{index}"))
                .spawn(move || {
                    supervise(index, &events, RESTART_PAUSE, || {
                        work(&model, &vad_model, &config, &languages, &rx, &events)
                    })
                })
                .map_err(|e| {
                    CaptionError::Recognition(format!("cannot start a captions thread: {e}"))
                })?;
            workers.push(tx);
        }
        let (tap, taps) = sync_channel::<AudioTap>(TAP_QUEUE);
        std::thread::Builder::new()
            .name("captions-dispatch".into())
            .spawn(move || dispatch(taps, workers, events))
            .map_err(|e| {
                CaptionError::Recognition(format!("cannot start a captions thread: {e}"))
            })?;
        tracing::info!(workers = config.workers.max(1), language = %config.language, "captions service started");
        Ok(Captioner {
            tap,
            language: config.language,
            languages: languages.to_vec(),
        })
    }

    /// The language it takes a speaker to speak when their packets name
    /// none (or one it cannot hear).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The spoken languages it can hear (`en` alone with an English-only
    /// model).
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The sender the SFU's tap writes to.
    pub fn tap(&self) -> SyncSender<AudioTap> {
        self.tap.clone()
    }
}

/// A worker that fails is started again after this pause, at most
/// [`MAX_RESTARTS`] times in a row without a minute of work between.
const RESTART_PAUSE: Duration = Duration::from_secs(1);
const MAX_RESTARTS: u32 = 5;

/// Runs a worker; when it fails (an error, or a panic in our code: a
/// crash inside whisper.cpp takes the process), viewers are told captions
/// are unavailable, and it starts again with a fresh state: captions
/// resume. Returns when the worker ends normally (the tap closed) or keeps
/// failing.
fn supervise(
    index: usize,
    events: &EventSink,
    pause: Duration,
    mut run: impl FnMut() -> Result<(), CaptionError>,
) {
    let mut failures = 0;
    loop {
        let started = Instant::now();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(&mut run)) {
            Ok(Ok(())) => return,
            Ok(Err(e)) => tracing::error!(worker = index, error = %e, "captions worker failed"),
            Err(_) => tracing::error!(worker = index, "captions worker panicked"),
        }
        if !events(CaptionsEvent::State {
            state: CaptionsState::Unavailable,
        }) {
            return;
        }
        failures = if started.elapsed() > Duration::from_secs(60) {
            1
        } else {
            failures + 1
        };
        if failures > MAX_RESTARTS {
            tracing::error!(
                worker = index,
                "captions worker keeps failing; captions stay off"
            );
            return;
        }
        std::thread::sleep(pause);
        tracing::info!(worker = index, "captions worker restarting");
    }
}

/// Sends each speaker's packets to one worker (by a hash of their id, so a
/// speaker stays with the state that knows them).
fn dispatch(taps: Receiver<AudioTap>, workers: Vec<SyncSender<AudioTap>>, events: EventSink) {
    let mut dropped = 0u64;
    for frame in taps {
        let index = worker_for(&frame.participant, workers.len());
        match workers[index].try_send(frame) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                dropped += 1;
                if dropped.is_power_of_two() {
                    tracing::warn!(dropped, "captions fall behind: tapped audio dropped");
                }
            }
            Err(TrySendError::Disconnected(_)) => {
                events(CaptionsEvent::State {
                    state: CaptionsState::Unavailable,
                });
                return;
            }
        }
    }
}

fn worker_for(participant: &ParticipantId, workers: usize) -> usize {
    let hash = participant
        .as_str()
        .bytes()
        .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
    (hash % workers.max(1) as u64) as usize
}

/// How many threads a worker's passes use. A pass on several threads is
/// quickest on an idle machine, but when other processes hold the cores
/// its threads wait on each other and it becomes many times slower than
/// on one (measured: two threads beside two CPU-bound processes on two
/// cores put final captions 5 s behind; one thread, 0.85 s). So a worker
/// that falls behind ([`PARTIALS_OFF_MS`] of audio waiting) goes down to
/// one thread, and tries its full count again after a while, waiting
/// twice as long each time that fails (up to [`THREADS_RETRY_MAX`]).
#[derive(Debug)]
struct Threads {
    full: usize,
    now: usize,
    retry_at: Option<Instant>,
    backoff: Duration,
}

const THREADS_RETRY: Duration = Duration::from_secs(20);
const THREADS_RETRY_MAX: Duration = Duration::from_secs(600);

impl Threads {
    fn new(full: usize) -> Self {
        Threads {
            full,
            now: full,
            retry_at: None,
            backoff: THREADS_RETRY,
        }
    }

    /// The thread count to change to, if it should change. `cpus`: the
    /// cores this process may run on now (an operator may pin it to fewer
    /// while it runs); more threads than that only wait on each other.
    fn fit(&mut self, backlog_ms: u64, cpus: usize, now: Instant) -> Option<usize> {
        if self.now > cpus.max(1) {
            self.now = cpus.max(1);
            return Some(self.now);
        }
        if self.full <= 1 {
            return None;
        }
        if self.now > 1 && backlog_ms > PARTIALS_OFF_MS {
            // Behind on the full count: one thread, and try again later
            // (later each time it fails soon after a retry).
            let failed_retry = self.retry_at.is_some_and(|t| now < t + self.backoff / 2);
            self.backoff = if failed_retry {
                (self.backoff * 2).min(THREADS_RETRY_MAX)
            } else {
                THREADS_RETRY
            };
            self.now = 1;
            self.retry_at = Some(now + self.backoff);
            return Some(1);
        }
        if self.now == 1 && self.retry_at.is_some_and(|t| now >= t) && backlog_ms < PARTIALS_ON_MS {
            self.now = self.full.min(cpus.max(1));
            return (self.now > 1).then_some(self.now);
        }
        None
    }
}

/// Packets that stop for this long while someone speaks are taken for
/// silence: a browser sends none while its microphone is silent (Opus DTX,
/// or a source that stops), and the pause that ends their segment would
/// otherwise wait until they are forgotten ([`IDLE`]). Longer than network
/// jitter, so a late burst does not split a sentence.
const GAP_SILENT: Duration = Duration::from_millis(240);

/// One speaker as a worker knows them.
struct Speaker {
    decoder: OpusToPcm,
    streamer: Streamer,
    /// Decoded audio not yet pushed.
    pending: Vec<f32>,
    /// Silence put in for a gap in their packets since they were last
    /// heard (see [`GAP_SILENT`]).
    filled: Duration,
    next_seq: Option<u64>,
    heard: Instant,
    /// The language they speak, and the one their packets now name when
    /// that changed (taken up at the next step, after the open segment
    /// is closed in the old one).
    language: String,
    switch_to: Option<String>,
    /// A language detected and announced ([`CaptionsEvent::Detected`])
    /// that their packets do not name yet: until they do, packets still
    /// labelled as before are from before signalling heard of it.
    announced: Option<String>,
    /// Detected, not yet announced.
    to_announce: Option<String>,
}

/// Segments of a speaker whose language is assumed that go through
/// language detection: each costs an encoder run before the closing pass
/// (about 0.3 s with base q8_0 on this 2-core machine), and two are enough
/// to switch a speaker wrongly assumed and to confirm one rightly assumed.
const DETECT_TRIES: u64 = 2;

fn work(
    model: &WhisperModel,
    vad_model: &std::path::Path,
    config: &LiveConfig,
    languages: &[String],
    rx: &Receiver<AudioTap>,
    events: &EventSink,
) -> Result<(), CaptionError> {
    let mut vad = SileroVad::load(vad_model)?;
    let options = WhisperOptions {
        threads: config.threads_per_worker.max(1),
        language: config.language.clone(),
        translate: false,
    };
    let mut recognizer = model.recognizer(options)?;
    let mut speakers: HashMap<ParticipantId, Speaker> = HashMap::new();
    // Ready (again, after a restart).
    if !events(CaptionsEvent::State {
        state: CaptionsState::On,
    }) {
        return Ok(());
    }
    let mut behind = false;
    let mut threads = Threads::new(config.threads_per_worker.max(1));
    let mut cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut cpus_checked = Instant::now();
    loop {
        // Wait for audio (or the idle check), then take all that is there.
        // Someone in mid-sentence whose packets stop must be noticed soon
        // (their pause ends the segment); otherwise a slow wait will do.
        let speaking = speakers.values().any(|s| s.streamer.speaking());
        let wait = if speaking {
            GAP_SILENT / 2
        } else {
            Duration::from_millis(250)
        };
        match rx.recv_timeout(wait) {
            Ok(frame) => take(&mut speakers, frame, config, languages)?,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        while let Ok(frame) = rx.try_recv() {
            take(&mut speakers, frame, config, languages)?;
        }
        let backlog_ms = speakers
            .values()
            .map(|s| s.pending.len() as u64 / SAMPLES_PER_MS)
            .max()
            .unwrap_or(0);
        let now_behind = backlog_ms > BEHIND_MS;
        // The cores it may use, looked up once a second.
        if cpus_checked.elapsed() >= Duration::from_secs(1) {
            cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
            cpus_checked = Instant::now();
        }
        if let Some(n) = threads.fit(backlog_ms, cpus, Instant::now()) {
            tracing::info!(threads = n, backlog_ms, "captions worker threads");
            recognizer.set_threads(n);
        }
        if now_behind != behind {
            behind = now_behind;
            let state = if behind {
                CaptionsState::Delayed
            } else {
                CaptionsState::On
            };
            if !events(CaptionsEvent::State { state }) {
                return Ok(());
            }
        }
        let ids: Vec<ParticipantId> = speakers.keys().cloned().collect();
        for id in ids {
            let Some(speaker) = speakers.get_mut(&id) else {
                continue;
            };
            // The newest audio this turn takes arrived when they were last
            // heard: the captions it gives lag that far behind them.
            let heard = speaker.heard;
            let (captions, idle) = step(
                speaker,
                &mut recognizer,
                &mut vad,
                config.stream.step_ms,
                Instant::now(),
            )?;
            if let Some(detected) = announcement(&id, speaker)
                && !events(detected)
            {
                return Ok(());
            }
            if idle {
                speakers.remove(&id);
            }
            let lag_ms = heard.elapsed().as_millis() as u64;
            for (caption, language) in captions {
                if !events(segment(&id, caption, language, lag_ms)) {
                    return Ok(());
                }
            }
        }
    }
}

/// One speaker's turn on a worker: pushes their waiting audio through
/// their streamer in the language they speak (first closing a segment
/// open in the language they spoke before), or closes them when they
/// have been silent for [`IDLE`] (then `true`: forget them).
fn step(
    speaker: &mut Speaker,
    recognizer: &mut dyn Recognizer,
    vad: &mut dyn VoiceDetector,
    step_ms: u64,
    now: Instant,
) -> Result<(Vec<(Caption, String)>, bool), CaptionError> {
    let mut out = Vec::new();
    if let Some(language) = speaker.switch_to.take() {
        recognizer.set_language(&speaker.language);
        let closed = speaker.streamer.finish(recognizer)?;
        label(speaker, closed, &mut out);
        speaker.language = language;
    }
    recognizer.set_language(&speaker.language);
    let mut audio = std::mem::take(&mut speaker.pending);
    // A gap in their packets mid-sentence: the silence it was.
    let gap = now.saturating_duration_since(speaker.heard);
    if audio.is_empty() && speaker.streamer.speaking() && gap >= GAP_SILENT {
        let silent = gap - speaker.filled;
        speaker.filled = gap;
        audio.resize((silent.as_millis() as u64 * SAMPLES_PER_MS) as usize, 0.0);
    }
    let mut idle = false;
    let captions = if !audio.is_empty() {
        let keep = keep_up(
            &mut speaker.streamer,
            audio.len() as u64 / SAMPLES_PER_MS,
            step_ms,
        );
        // Far behind: the oldest audio goes (the open segment closes as
        // it stands, and the next says words were missed).
        let dropped = ((keep.drop_ms * SAMPLES_PER_MS) as usize).min(audio.len());
        if dropped > 0 {
            out.extend(
                speaker
                    .streamer
                    .skip(dropped as u64)
                    .map(|c| (c, speaker.language.clone())),
            );
        }
        speaker.streamer.push(&audio[dropped..], recognizer, vad)?
    } else if gap >= IDLE {
        idle = true;
        speaker.streamer.finish(recognizer)?
    } else {
        Vec::new()
    };
    label(speaker, captions, &mut out);
    Ok((out, idle))
}

/// A language detected since the last turn, to tell signalling (once).
fn announcement(id: &ParticipantId, speaker: &mut Speaker) -> Option<CaptionsEvent> {
    let language = speaker.to_announce.take()?;
    speaker.announced = Some(language.clone());
    Some(CaptionsEvent::Detected {
        participant: id.clone(),
        language,
    })
}

/// Each caption with the language it is in: the speaker's, or the one
/// detected in it (which becomes theirs, to be announced), in order.
fn label(speaker: &mut Speaker, captions: Vec<Caption>, out: &mut Vec<(Caption, String)>) {
    for caption in captions {
        if let Some(heard) = caption
            .detected
            .as_ref()
            .filter(|h| **h != speaker.language)
        {
            tracing::info!(language = %heard, "captions: a speaker's language detected");
            heard.clone_into(&mut speaker.language);
            speaker.switch_to = None;
            speaker.to_announce = Some(heard.clone());
        }
        let language = speaker.language.clone();
        out.push((caption, language));
    }
}

/// Decodes a packet onto its speaker's pending audio, concealing lost
/// packets so that the speaker's clock keeps its pace. A packet naming a
/// language the service cannot hear (or none) counts as its own.
fn take(
    speakers: &mut HashMap<ParticipantId, Speaker>,
    frame: AudioTap,
    config: &LiveConfig,
    languages: &[String],
) -> Result<(), CaptionError> {
    let heard_in = |language: &str| {
        if languages.iter().any(|l| l == language) {
            language.to_owned()
        } else {
            config.language.clone()
        }
    };
    let speaker = match speakers.entry(frame.participant.clone()) {
        Entry::Occupied(known) => known.into_mut(),
        Entry::Vacant(new) => new.insert(Speaker {
            decoder: OpusToPcm::new()?,
            streamer: Streamer::new(config.stream.clone()),
            pending: Vec::new(),
            next_seq: None,
            heard: Instant::now(),
            filled: Duration::ZERO,
            language: heard_in(&frame.language),
            switch_to: None,
            announced: None,
            to_announce: None,
        }),
    };
    speaker.streamer.set_english(frame.english);
    let detect = frame.detect && speaker.streamer.detections() < DETECT_TRIES;
    speaker.streamer.set_detect(detect);
    // After a detection, packets labelled as before are from before
    // signalling heard of it; a label someone chose (not `detect`) holds.
    let stale = frame.detect
        && speaker
            .announced
            .as_ref()
            .is_some_and(|a| *a != frame.language);
    if !stale {
        speaker.announced = None;
        let named = speaker.switch_to.as_ref().unwrap_or(&speaker.language);
        if *named != frame.language {
            let language = heard_in(&frame.language);
            speaker.switch_to = (language != speaker.language).then_some(language);
        }
    }
    speaker.heard = Instant::now();
    speaker.filled = Duration::ZERO;
    match speaker.next_seq {
        // A late (reordered or repeated) packet: its place has passed.
        Some(next) if frame.seq < next => return Ok(()),
        // Lost packets, up to a second of them, are concealed.
        Some(next) if frame.seq > next => speaker.decoder.conceal(
            ((frame.seq - next).min(50) * 20) as u32,
            &mut speaker.pending,
        ),
        _ => {}
    }
    speaker.next_seq = Some(frame.seq + 1);
    speaker.decoder.decode(&frame.payload, &mut speaker.pending);
    Ok(())
}

fn segment(
    participant: &ParticipantId,
    c: Caption,
    language: String,
    lag_ms: u64,
) -> CaptionsEvent {
    CaptionsEvent::Segment {
        participant: participant.clone(),
        segment: c.segment,
        text: c.text,
        tentative: c.tentative,
        is_final: c.is_final,
        language,
        english: c.english,
        start_ms: c.start_ms,
        end_ms: c.end_ms,
        words_missed: c.words_missed,
        lag_ms,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// 20 ms Opus packets of a 440 Hz tone, encoded at 48 kHz as browsers do.
    fn packets(n: usize) -> Vec<Vec<u8>> {
        let mut enc =
            opus::Encoder::new(48_000, opus::Channels::Mono, opus::Application::Voip).unwrap();
        (0..n)
            .map(|k| {
                let frame: Vec<f32> = (0..960)
                    .map(|i| {
                        (((k * 960 + i) as f32) * 440.0 * std::f32::consts::TAU / 48_000.0).sin()
                            * 0.3
                    })
                    .collect();
                let mut out = vec![0u8; 1500];
                let len = enc.encode_float(&frame, &mut out).unwrap();
                out.truncate(len);
                out
            })
            .collect()
    }

    #[test]
    fn packets_decode_to_16_khz_losses_are_concealed_and_garbage_and_late_ones_are_dropped() {
        let config = LiveConfig::default();
        let mut speakers = HashMap::new();
        let who = ParticipantId::new("p1");
        let tap = |seq: u64, payload: Vec<u8>| AudioTap {
            participant: who.clone(),
            seq,
            language: "en".into(),
            english: false,
            detect: false,
            payload,
        };
        let en = ["en".to_owned()];
        let take = |speakers: &mut HashMap<ParticipantId, Speaker>,
                    frame: AudioTap,
                    config: &LiveConfig| take(speakers, frame, config, &en);
        let p = packets(6);
        take(&mut speakers, tap(100, p[0].clone()), &config).unwrap();
        take(&mut speakers, tap(101, p[1].clone()), &config).unwrap();
        let pending = |s: &HashMap<ParticipantId, Speaker>| s[&who].pending.len();
        assert_eq!(pending(&speakers), 640, "20 ms each at 16 kHz");
        // Two packets lost: 40 ms concealed before the third arrives.
        take(&mut speakers, tap(104, p[4].clone()), &config).unwrap();
        assert_eq!(pending(&speakers), 640 + 640 + 320);
        // A late one (its place has passed) and garbage add nothing.
        take(&mut speakers, tap(102, p[2].clone()), &config).unwrap();
        take(&mut speakers, tap(105, vec![0xFF, 0xFF, 0xFF]), &config).unwrap();
        take(&mut speakers, tap(106, Vec::new()), &config).unwrap();
        assert_eq!(pending(&speakers), 1600);
        assert!(speakers[&who].decoder.bad_packets >= 1);
        // And decoding goes on after them.
        take(&mut speakers, tap(107, p[5].clone()), &config).unwrap();
        assert_eq!(pending(&speakers), 1920);
    }

    #[test]
    fn a_failing_worker_is_restarted_and_one_that_keeps_failing_gives_up() {
        let told = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink: EventSink = {
            let told = told.clone();
            Arc::new(move |e| {
                told.lock().unwrap().push(e);
                true
            })
        };
        // Fails with an error, then panics, then works until the tap closes.
        let mut runs = 0;
        supervise(0, &sink, Duration::ZERO, || {
            runs += 1;
            match runs {
                1 => Err(CaptionError::Recognition("broken state".into())),
                2 => panic!("a bug"),
                _ => Ok(()),
            }
        });
        assert_eq!(runs, 3);
        let unavailable = CaptionsEvent::State {
            state: CaptionsState::Unavailable,
        };
        assert_eq!(
            *told.lock().unwrap(),
            [unavailable.clone(), unavailable.clone()]
        );
        // Always failing: it stops after MAX_RESTARTS restarts.
        let mut runs = 0;
        supervise(0, &sink, Duration::ZERO, || {
            runs += 1;
            Err(CaptionError::Recognition("broken".into()))
        });
        assert_eq!(runs, MAX_RESTARTS + 1);
    }

    /// A recogniser that hears one word per 500 ms of audio, named after
    /// the language it was last told.
    #[derive(Default)]
    struct Polyglot {
        language: String,
    }

    impl crate::Recognizer for Polyglot {
        fn recognize(
            &mut self,
            audio: &[f32],
            _prompt: &str,
        ) -> Result<Vec<crate::Word>, CaptionError> {
            let words = audio.len() as u64 / SAMPLES_PER_MS / 500;
            Ok((0..words)
                .map(|i| crate::Word {
                    text: format!("{}{i}", self.language),
                    start_ms: i * 500,
                    end_ms: i * 500 + 400,
                })
                .collect())
        }

        fn set_language(&mut self, language: &str) {
            language.clone_into(&mut self.language);
        }

        fn english(&mut self, audio: &[f32]) -> Result<Option<String>, CaptionError> {
            Ok((self.language != "en").then(|| {
                format!(
                    "{} seconds of {} in English",
                    audio.len() as u64 / SAMPLES_PER_MS / 1000,
                    self.language
                )
            }))
        }
    }

    struct Speech;

    impl crate::VoiceDetector for Speech {
        fn probabilities(&mut self, audio: &[f32]) -> Result<Vec<f32>, CaptionError> {
            Ok(vec![1.0; audio.len() / crate::stream::VAD_FRAME])
        }
    }

    #[test]
    fn each_speaker_is_heard_in_their_own_language_and_a_change_closes_the_open_segment() {
        let config = LiveConfig {
            stream: StreamConfig {
                step_ms: 500,
                first_pass_ms: 500,
                ..StreamConfig::default()
            },
            ..LiveConfig::default()
        };
        let languages: Vec<String> = ["en", "nl", "de"].map(str::to_owned).to_vec();
        let (ann, bert) = (ParticipantId::new("pann"), ParticipantId::new("pbert"));
        let mut speakers = HashMap::new();
        let p = packets(200);
        let mut seqs = HashMap::new();
        // Someone reads Ann in English; nobody reads Bert in English.
        let mut feed = |speakers: &mut HashMap<ParticipantId, Speaker>,
                        who: &ParticipantId,
                        language: &str,
                        n: usize| {
            for _ in 0..n {
                let seq = seqs.entry(who.clone()).or_insert(0u64);
                let english = *who == ann;
                let frame = AudioTap {
                    participant: who.clone(),
                    seq: *seq,
                    language: language.into(),
                    english,
                    detect: false,
                    payload: p[*seq as usize % 200].clone(),
                };
                *seq += 1;
                take(speakers, frame, &config, &languages).unwrap();
            }
        };
        let (mut recognizer, mut vad) = (Polyglot::default(), Speech);
        let mut run = |speakers: &mut HashMap<ParticipantId, Speaker>, who: &ParticipantId| {
            let (captions, idle) = step(
                speakers.get_mut(who).unwrap(),
                &mut recognizer,
                &mut vad,
                500,
                Instant::now(),
            )
            .unwrap();
            assert!(!idle);
            captions
        };
        // Ann speaks Dutch, Bert German, passes alternating on one
        // recogniser (each turn takes 600 ms of audio: more waiting would
        // make the streamer save work and skip its partial passes).
        feed(&mut speakers, &ann, "nl", 30);
        feed(&mut speakers, &bert, "de", 30);
        let a = run(&mut speakers, &ann);
        let b = run(&mut speakers, &bert);
        assert!(
            !a.is_empty()
                && a.iter()
                    .all(|(c, l)| l == "nl" && c.tentative.starts_with("nl") && !c.is_final),
            "{a:?}"
        );
        assert!(
            !b.is_empty()
                && b.iter()
                    .all(|(c, l)| l == "de" && c.tentative.starts_with("de")),
            "{b:?}"
        );
        // A language it cannot hear (or none) counts as the service's own.
        feed(&mut speakers, &bert, "xx", 15);
        feed(&mut speakers, &bert, "", 15);
        let b = run(&mut speakers, &bert);
        let (closed, rest) = b.split_first().unwrap();
        assert!(
            closed.0.is_final && closed.1 == "de" && closed.0.text.starts_with("de"),
            "the German segment is closed first: {b:?}"
        );
        assert_eq!(closed.0.english, None, "nobody reads Bert in English");
        assert!(
            !rest.is_empty()
                && rest
                    .iter()
                    .all(|(c, l)| l == "en" && c.tentative.starts_with("en")),
            "{b:?}"
        );
        // She goes on in Dutch; then someone says Ann speaks German after
        // all: her Dutch segment closes in Dutch, and what follows is German.
        feed(&mut speakers, &ann, "nl", 30);
        assert!(
            run(&mut speakers, &ann)
                .iter()
                .all(|(c, l)| l == "nl" && !c.is_final)
        );
        feed(&mut speakers, &ann, "de", 30);
        let a = run(&mut speakers, &ann);
        let (closed, rest) = a.split_first().unwrap();
        assert!(
            closed.0.is_final && closed.1 == "nl" && closed.0.text.starts_with("nl"),
            "{a:?}"
        );
        // Her Dutch segment also comes in English, translated from Dutch.
        assert_eq!(
            closed.0.english.as_deref(),
            Some("1 seconds of nl in English")
        );
        assert!(
            rest.iter().all(|(c, _)| c.english.is_none()),
            "only final segments are translated"
        );
        assert!(
            !rest.is_empty()
                && rest.iter().all(|(c, l)| l == "de"
                    && (c.text.starts_with("de") || c.tentative.starts_with("de"))),
            "{a:?}"
        );
    }

    /// Speech wherever the audio is not silent.
    struct Loud;

    impl crate::VoiceDetector for Loud {
        fn probabilities(&mut self, audio: &[f32]) -> Result<Vec<f32>, CaptionError> {
            Ok(audio
                .chunks_exact(crate::stream::VAD_FRAME)
                .map(|f| {
                    if f.iter().any(|s| s.abs() > 0.01) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect())
        }
    }

    #[test]
    fn packets_that_stop_mid_sentence_are_a_pause_that_ends_it() {
        let config = LiveConfig::default();
        let languages = vec!["en".to_owned()];
        let who = ParticipantId::new("pdtx");
        let mut speakers = HashMap::new();
        let (mut recognizer, mut vad) = (Polyglot::default(), Loud);
        recognizer.set_language("en");
        let p = packets(60);
        let mut finals = Vec::new();
        for (seq, payload) in p.iter().enumerate().take(60) {
            let frame = AudioTap {
                participant: who.clone(),
                seq: seq as u64,
                language: "en".into(),
                english: false,
                detect: false,
                payload: payload.clone(),
            };
            take(&mut speakers, frame, &config, &languages).unwrap();
            if seq % 25 == 24 {
                let (c, _) = step(
                    speakers.get_mut(&who).unwrap(),
                    &mut recognizer,
                    &mut vad,
                    500,
                    Instant::now(),
                )
                .unwrap();
                finals.extend(c.into_iter().filter(|(c, _)| c.is_final));
            }
        }
        let speaker = speakers.get_mut(&who).unwrap();
        let heard = speaker.heard;
        let (c, _) = step(speaker, &mut recognizer, &mut vad, 500, heard).unwrap();
        finals.extend(c.into_iter().filter(|(c, _)| c.is_final));
        assert!(speaker.streamer.speaking() && finals.is_empty());
        // No packets since: a moment is nothing, 240 ms is silence, and
        // enough of it ends the segment (the streamer's pause is 320 ms).
        let later = |ms| heard + Duration::from_millis(ms);
        let (c, _) = step(speaker, &mut recognizer, &mut vad, 500, later(100)).unwrap();
        assert!(c.is_empty() && speaker.streamer.now_ms() == 1_200);
        step(speaker, &mut recognizer, &mut vad, 500, later(240)).unwrap();
        assert_eq!(speaker.streamer.now_ms(), 1_200 + 240);
        let (c, idle) = step(speaker, &mut recognizer, &mut vad, 500, later(700)).unwrap();
        assert!(!idle);
        assert_eq!(speaker.streamer.now_ms(), 1_200 + 700);
        assert!(c.iter().any(|(c, _)| c.is_final), "{c:?}");
        assert!(!speaker.streamer.speaking());
    }

    /// A [`Polyglot`] that detects `spoken` whenever asked.
    struct Detecting {
        polyglot: Polyglot,
        spoken: &'static str,
        detections: usize,
    }

    impl crate::Recognizer for Detecting {
        fn recognize(
            &mut self,
            audio: &[f32],
            prompt: &str,
        ) -> Result<Vec<crate::Word>, CaptionError> {
            self.polyglot.recognize(audio, prompt)
        }

        fn set_language(&mut self, language: &str) {
            self.polyglot.set_language(language);
        }

        fn detect_language(&mut self, _audio: &[f32]) -> Result<Option<String>, CaptionError> {
            self.detections += 1;
            self.polyglot.set_language(self.spoken);
            Ok(Some(self.spoken.to_owned()))
        }
    }

    #[test]
    fn an_assumed_language_is_detected_announced_and_then_trusted() {
        let config = LiveConfig::default();
        let languages: Vec<String> = ["en", "nl", "de"].map(str::to_owned).to_vec();
        let who = ParticipantId::new("pguest");
        let mut speakers = HashMap::new();
        let mut recognizer = Detecting {
            polyglot: Polyglot::default(),
            spoken: "en",
            detections: 0,
        };
        let p = packets(60);
        let mut seq = 0u64;
        // 1.2 s of speech labelled `label`, then the packets stop until the
        // segment is final: every caption of it, with its language.
        let mut utter = |speakers: &mut HashMap<ParticipantId, Speaker>,
                         recognizer: &mut Detecting,
                         label: &str,
                         detect: bool| {
            let mut out = Vec::new();
            for payload in &p {
                let frame = AudioTap {
                    participant: who.clone(),
                    seq,
                    language: label.into(),
                    english: false,
                    detect,
                    payload: payload.clone(),
                };
                seq += 1;
                take(speakers, frame, &config, &languages).unwrap();
                if seq % 25 == 0 {
                    let speaker = speakers.get_mut(&who).unwrap();
                    out.extend(
                        step(speaker, recognizer, &mut Loud, 500, speaker.heard)
                            .unwrap()
                            .0,
                    );
                }
            }
            let speaker = speakers.get_mut(&who).unwrap();
            let heard = speaker.heard;
            for ms in [0, 240, 700] {
                let at = heard + Duration::from_millis(ms);
                out.extend(step(speaker, recognizer, &mut Loud, 500, at).unwrap().0);
            }
            assert!(out.last().is_some_and(|(c, _)| c.is_final), "{out:?}");
            out
        };
        // A guest in a Dutch clinic, assumed to speak Dutch, speaks
        // English: the segment is recognised and labelled English, and
        // signalling is told once.
        let said = utter(&mut speakers, &mut recognizer, "nl", true);
        let (last, language) = said.last().unwrap();
        assert_eq!(language, "en");
        assert!(last.text.starts_with("en"), "{said:?}");
        assert_eq!(recognizer.detections, 1);
        let speaker = speakers.get_mut(&who).unwrap();
        assert_eq!(
            announcement(&who, speaker),
            Some(CaptionsEvent::Detected {
                participant: who.clone(),
                language: "en".into()
            })
        );
        assert_eq!(announcement(&who, speaker), None, "told once");
        // Packets still labelled Dutch (sent before signalling heard) do
        // not switch them back; a second detection agrees, and then the
        // worker stops detecting.
        let said = utter(&mut speakers, &mut recognizer, "nl", true);
        assert!(
            said.iter()
                .all(|(c, l)| l == "en" && c.detected.as_deref() != Some("nl")),
            "{said:?}"
        );
        assert_eq!(recognizer.detections, 2);
        let said = utter(&mut speakers, &mut recognizer, "en", true);
        assert!(said.iter().all(|(_, l)| l == "en"), "{said:?}");
        assert_eq!(recognizer.detections, 2, "two tries: no more detection");
        // Someone in the call says they speak German: that holds, and the
        // recogniser is told.
        let said = utter(&mut speakers, &mut recognizer, "de", false);
        let (last, language) = said.last().unwrap();
        assert_eq!(language, "de");
        assert!(last.text.starts_with("de"), "{said:?}");
        assert_eq!(recognizer.detections, 2);
    }

    impl Threads {
        /// On a machine with two cores.
        fn fit_on_two(&mut self, backlog_ms: u64, now: Instant) -> Option<usize> {
            self.fit(backlog_ms, 2, now)
        }
    }

    #[test]
    fn a_worker_behind_goes_down_to_one_thread_and_retries_later_each_time_it_fails() {
        let t0 = Instant::now();
        let at = |s: u64| t0 + Duration::from_secs(s);
        let mut threads = Threads::new(2);
        assert_eq!(threads.fit_on_two(100, at(0)), None, "keeping up");
        assert_eq!(threads.fit_on_two(PARTIALS_OFF_MS + 1, at(1)), Some(1));
        assert_eq!(
            threads.fit_on_two(PARTIALS_OFF_MS + 1, at(2)),
            None,
            "one already"
        );
        assert_eq!(threads.fit_on_two(100, at(20)), None, "not yet");
        assert_eq!(
            threads.fit_on_two(PARTIALS_ON_MS + 1, at(21)),
            None,
            "still catching up"
        );
        assert_eq!(threads.fit_on_two(100, at(21)), Some(2), "retried");
        // Behind again soon after the retry: one thread, for twice as long.
        assert_eq!(threads.fit_on_two(PARTIALS_OFF_MS + 1, at(25)), Some(1));
        assert_eq!(threads.fit_on_two(100, at(60)), None);
        assert_eq!(threads.fit_on_two(100, at(66)), Some(2));
        // Behind long after a retry: the wait starts over.
        assert_eq!(threads.fit_on_two(PARTIALS_OFF_MS + 1, at(400)), Some(1));
        assert_eq!(threads.fit_on_two(100, at(421)), Some(2));
        // One thread configured: nothing to change.
        let mut one = Threads::new(1);
        assert_eq!(one.fit_on_two(5_000, at(0)), None);
        // Pinned to one core while it runs: one thread at once, and the
        // retry does not go back to two.
        let mut pinned = Threads::new(2);
        assert_eq!(pinned.fit(100, 1, at(0)), Some(1));
        assert_eq!(pinned.fit(100, 1, at(1)), None);
        assert_eq!(pinned.fit(100, 1, at(1_000)), None);
    }

    #[test]
    fn a_speaker_stays_with_one_worker() {
        let a = ParticipantId::new("pa1b2");
        assert_eq!(worker_for(&a, 3), worker_for(&a, 3));
        assert_eq!(worker_for(&a, 1), 0);
        let spread: std::collections::HashSet<usize> = (0..50)
            .map(|i| worker_for(&ParticipantId::new(format!("p{i:x}")), 4))
            .collect();
        assert!(spread.len() > 1);
    }
}
