//! The streaming pipeline over a whole recording: what `anteroom captions
//! transcribe` runs, and how accuracy and latency are measured.
//!
//! At real-time pace the audio becomes available as the wall clock moves
//! (as from a microphone) and the streamer takes whatever has arrived, so
//! a slow machine shows up as latency, and the step lengthens to catch up.
//! With `Pace::Fast` the audio goes in 20 ms at a time as fast as the
//! recogniser allows; a segment's latency is then the audio that had gone
//! in after its last word when it became final, plus the time that push
//! took: what it would have been live on a machine that keeps up.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::audio::SAMPLES_PER_MS;
use crate::{CaptionError, Recognizer, StreamConfig, Streamer, VoiceDetector};

/// How the audio is fed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    RealTime,
    Fast,
}

/// A final segment, as the tool prints it (times in seconds).
#[derive(Debug, Clone, Serialize)]
pub struct FinalSegment {
    pub start: f64,
    pub end: f64,
    pub text: String,
    /// From the end of the segment's words in the audio to the moment it
    /// became final.
    pub latency_ms: u64,
}

/// What a run cost.
#[derive(Debug, Clone, Default)]
pub struct RunStats {
    pub audio_ms: u64,
    /// Time spent in the streamer (recognition and voice activity).
    pub compute_ms: u64,
    pub passes: u64,
    /// The longest step the streamer had to take to keep up.
    pub longest_step_ms: u64,
    /// Audio dropped to keep up.
    pub dropped_ms: u64,
}

impl RunStats {
    /// Compute time over audio time.
    pub fn real_time_factor(&self) -> f64 {
        self.compute_ms as f64 / self.audio_ms.max(1) as f64
    }
}

/// Captions' latency budget, as audio waiting for the recogniser. Past
/// [`PARTIALS_OFF_MS`] the streamer stops its partial passes (one pass per
/// segment is all it then costs); past [`BEHIND_MS`] viewers are told
/// captions are delayed; past [`DROP_MS`] the oldest audio is dropped
/// (words are missed, and the captions say so) so that the lag never grows
/// without bound, whatever the load.
pub const PARTIALS_OFF_MS: u64 = 700;

/// Partial passes come back once the audio waiting is under this.
pub const PARTIALS_ON_MS: u64 = 250;

/// See [`PARTIALS_OFF_MS`].
pub const BEHIND_MS: u64 = 1_000;

/// See [`PARTIALS_OFF_MS`].
pub const DROP_MS: u64 = 2_500;

/// What a streamer keeps of its waiting audio when it drops some.
pub const KEEP_MS: u64 = 300;

/// The longest step a streamer falls back to.
pub const MAX_STEP_MS: u64 = 2_000;

/// What [`keep_up`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeepUp {
    /// Viewers should be told captions are delayed.
    pub behind: bool,
    /// Milliseconds of the oldest waiting audio to drop.
    pub drop_ms: u64,
}

/// Fits the streamer's work to the audio waiting for it (the latency
/// budget): a longer step and no partial passes when it falls behind,
/// dropping audio when far behind; back toward `base_step_ms` and partial
/// passes once it has caught up.
pub fn keep_up(streamer: &mut Streamer, backlog_ms: u64, base_step_ms: u64) -> KeepUp {
    let step = streamer.step_ms();
    if backlog_ms > PARTIALS_OFF_MS {
        streamer.set_partials(false);
        streamer.set_step_ms((step * 3 / 2).min(MAX_STEP_MS));
    } else if backlog_ms < PARTIALS_ON_MS {
        streamer.set_partials(true);
        if step > base_step_ms {
            streamer.set_step_ms((step * 2 / 3).max(base_step_ms));
        }
    }
    KeepUp {
        behind: backlog_ms > BEHIND_MS,
        drop_ms: if backlog_ms > DROP_MS {
            backlog_ms - KEEP_MS
        } else {
            0
        },
    }
}

/// Runs `audio` (16 kHz mono) through a streamer; calls `on_final` for
/// each final segment as it comes.
pub fn run(
    audio: &[f32],
    config: StreamConfig,
    pace: Pace,
    recognizer: &mut dyn Recognizer,
    vad: &mut dyn VoiceDetector,
    mut on_final: impl FnMut(FinalSegment),
) -> Result<RunStats, CaptionError> {
    let base_step = config.step_ms;
    let mut streamer = Streamer::new(config);
    let mut stats = RunStats {
        audio_ms: audio.len() as u64 / SAMPLES_PER_MS,
        ..RunStats::default()
    };
    let chunk = (20 * SAMPLES_PER_MS) as usize;
    let started = Instant::now();
    let mut fed = 0usize;
    let seconds = |ms: u64| ms as f64 / 1000.0;
    let mut emit = |captions: Vec<crate::Caption>, latency: &dyn Fn(u64) -> u64| {
        for c in captions.into_iter().filter(|c| c.is_final) {
            on_final(FinalSegment {
                start: seconds(c.start_ms),
                end: seconds(c.end_ms),
                latency_ms: latency(c.end_ms),
                text: c.text,
            });
        }
    };
    while fed < audio.len() {
        let upto = match pace {
            Pace::Fast => (fed + chunk).min(audio.len()),
            Pace::RealTime => {
                let arrived = (started.elapsed().as_millis() as u64 * SAMPLES_PER_MS) as usize
                    / chunk
                    * chunk;
                if arrived <= fed {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                }
                let backlog_ms = (arrived.min(audio.len()) - fed) as u64 / SAMPLES_PER_MS;
                let keep = keep_up(&mut streamer, backlog_ms, base_step);
                if keep.drop_ms > 0 {
                    let dropped = (keep.drop_ms * SAMPLES_PER_MS) as usize;
                    let wall = started.elapsed().as_millis() as u64;
                    emit(
                        streamer.skip(dropped as u64).into_iter().collect(),
                        &|end_ms| wall.saturating_sub(end_ms),
                    );
                    fed += dropped;
                    stats.dropped_ms += keep.drop_ms;
                }
                stats.longest_step_ms = stats.longest_step_ms.max(streamer.step_ms());
                arrived.min(audio.len())
            }
        };
        let t = Instant::now();
        let captions = streamer.push(&audio[fed..upto], recognizer, vad)?;
        let took = t.elapsed().as_millis() as u64;
        stats.compute_ms += took;
        fed = upto;
        let now_audio_ms = fed as u64 / SAMPLES_PER_MS;
        match pace {
            Pace::Fast => emit(captions, &|end_ms| {
                now_audio_ms.saturating_sub(end_ms) + took
            }),
            Pace::RealTime => {
                let wall = started.elapsed().as_millis() as u64;
                emit(captions, &|end_ms| wall.saturating_sub(end_ms));
            }
        }
    }
    let t = Instant::now();
    let captions = streamer.finish(recognizer)?;
    let took = t.elapsed().as_millis() as u64;
    stats.compute_ms += took;
    let end_audio_ms = stats.audio_ms;
    let wall = started.elapsed().as_millis() as u64;
    match pace {
        Pace::Fast => emit(captions, &|end_ms| {
            end_audio_ms.saturating_sub(end_ms) + took
        }),
        Pace::RealTime => emit(captions, &|end_ms| wall.saturating_sub(end_ms)),
    }
    stats.passes = streamer.passes();
    stats.longest_step_ms = stats.longest_step_ms.max(streamer.step_ms());
    Ok(stats)
}

/// Word error rate of `hypothesis` against `reference`: word-level edit
/// distance over the reference's length, compared without case and
/// punctuation.
pub fn word_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric() || *c == '\'')
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (r, h) = (words(reference), words(hypothesis));
    if r.is_empty() {
        return if h.is_empty() { 0.0 } else { 1.0 };
    }
    crate::stream::edit_distance(&r, &h) as f64 / r.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_error_rate_counts_substitutions_insertions_and_deletions() {
        assert_eq!(word_error_rate("the cat sat", "The cat, sat."), 0.0);
        assert!((word_error_rate("the cat sat", "the bat sat") - 1.0 / 3.0).abs() < 1e-9);
        assert!((word_error_rate("the cat sat", "the cat sat down") - 1.0 / 3.0).abs() < 1e-9);
        assert!((word_error_rate("the cat sat", "cat") - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(word_error_rate("", ""), 0.0);
    }
}
