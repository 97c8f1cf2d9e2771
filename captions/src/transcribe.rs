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
}

impl RunStats {
    /// Compute time over audio time.
    pub fn real_time_factor(&self) -> f64 {
        self.compute_ms as f64 / self.audio_ms.max(1) as f64
    }
}

/// Audio waiting beyond which the streamer lengthens its step (and a live
/// viewer is told captions are delayed).
pub const BEHIND_MS: u64 = 1_000;

/// The longest step a streamer falls back to.
pub const MAX_STEP_MS: u64 = 2_000;

/// Adjusts the streamer's step to the audio waiting for it: longer when
/// it falls behind, back toward `base_step_ms` once it has caught up.
/// Returns whether it is behind.
pub fn adapt_step(streamer: &mut Streamer, backlog_ms: u64, base_step_ms: u64) -> bool {
    let step = streamer.step_ms();
    if backlog_ms > BEHIND_MS {
        streamer.set_step_ms((step * 3 / 2).min(MAX_STEP_MS));
        true
    } else {
        if backlog_ms < BEHIND_MS / 4 && step > base_step_ms {
            streamer.set_step_ms((step * 2 / 3).max(base_step_ms));
        }
        false
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
                adapt_step(&mut streamer, backlog_ms, base_step);
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
