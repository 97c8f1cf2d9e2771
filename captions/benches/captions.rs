//! Captions benchmark (on demand: `cargo bench -p anteroom-captions --bench
//! captions`): word error rate, final-segment latency and real-time factor
//! over espeak-ng utterances and the shared recordings, then how many
//! speakers captioned at once one machine sustains before the latency's
//! p95 passes 2 s. Needs espeak-ng and the models in ../shared/models.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Instant;

use anteroom_captions::StreamConfig;
use anteroom_captions::audio::{self, SAMPLES_PER_MS};
use anteroom_captions::transcribe::{self, Pace, word_error_rate};
use anteroom_captions::whisper::{SileroVad, WhisperModel, WhisperOptions};
use common::{models, speak};

const UTTERANCES: [&str; 8] = [
    "The patient reports mild chest pain that started two days ago after exercise.",
    "Please take one tablet twice a day with food for the next two weeks.",
    "Your blood pressure is a little higher than last time, so we will check it again next month.",
    "Do you have any allergies to medication?",
    "I would like you to have a blood test before your next appointment.",
    "The results came back normal, and there is nothing to worry about.",
    "Have you been sleeping well since we changed the dose?",
    "If the swelling gets worse, call the clinic or go to the emergency department.",
];
const VOICES: [(&str, u32); 3] = [("en-us", 160), ("en-gb", 145), ("en-us+f3", 180)];

fn silence(ms: u64) -> Vec<f32> {
    vec![0.0; (ms * SAMPLES_PER_MS) as usize]
}

fn pct(sorted: &[u64], p: usize) -> u64 {
    sorted
        .get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

fn main() {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let model = WhisperModel::load(&models().join("ggml-tiny.en.bin")).unwrap();
    let vad_path = models().join("ggml-silero-vad-v6.2.0.bin");
    let dir = std::env::temp_dir().join(format!("anteroom-captions-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    // The corpus: every utterance in every voice, and the JFK recording.
    let mut corpus: Vec<(String, Vec<f32>)> = Vec::new();
    for (i, text) in UTTERANCES.iter().enumerate() {
        for (j, (voice, wpm)) in VOICES.iter().enumerate() {
            corpus.push((text.to_string(), speak(&dir, text, voice, *wpm, i * 10 + j)));
        }
    }
    corpus.push((
        "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.".into(),
        audio::read_wav(&models().join("jfk.wav")).unwrap(),
    ));

    // 1. One speaker at a time, as fast as possible.
    let mut recognizer = model
        .recognizer(WhisperOptions {
            threads,
            ..WhisperOptions::default()
        })
        .unwrap();
    let mut vad = SileroVad::load(&vad_path).unwrap();
    let (mut errors, mut words, mut latencies, mut compute, mut audio_ms) =
        (0.0, 0usize, Vec::new(), 0u64, 0u64);
    for (reference, speech) in &corpus {
        let mut samples = silence(500);
        samples.extend(speech);
        samples.extend(silence(1_500));
        let mut got = Vec::new();
        let stats = transcribe::run(
            &samples,
            StreamConfig::default(),
            Pace::Fast,
            &mut recognizer,
            &mut vad,
            |s| {
                latencies.push(s.latency_ms);
                got.push(s.text);
            },
        )
        .unwrap();
        let n = reference.split_whitespace().count();
        errors += word_error_rate(reference, &got.join(" ")) * n as f64;
        words += n;
        compute += stats.compute_ms;
        audio_ms += stats.audio_ms;
    }
    latencies.sort_unstable();
    println!(
        "corpus: {} utterances, {words} words, {:.1} s of audio; WER {:.1}%; final-segment latency p50 {} ms, p95 {} ms ({} segments); real-time factor {:.3} ({threads} threads)",
        corpus.len(),
        audio_ms as f64 / 1000.0,
        100.0 * errors / words as f64,
        pct(&latencies, 50),
        pct(&latencies, 95),
        latencies.len(),
        compute as f64 / audio_ms as f64
    );

    // 2. Several speakers at once, each at real-time pace on its own
    // thread, one recogniser thread each, sharing the model.
    let mut conversation = Vec::new();
    for (_, speech) in corpus.iter().step_by(3).take(8) {
        conversation.extend(speech);
        conversation.extend(silence(1_000));
    }
    let max_speakers: usize = std::env::var("CAPTIONS_MAX_SPEAKERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    for speakers in 1..=max_speakers {
        let started = Instant::now();
        let results: Vec<(Vec<u64>, u64)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..speakers)
                .map(|_| {
                    let (model, vad_path, conversation) = (&model, &vad_path, &conversation);
                    scope.spawn(move || {
                        let mut recognizer = model
                            .recognizer(WhisperOptions {
                                threads: 1,
                                ..WhisperOptions::default()
                            })
                            .unwrap();
                        let mut vad = SileroVad::load(vad_path).unwrap();
                        let mut latencies = Vec::new();
                        let stats = transcribe::run(
                            conversation,
                            StreamConfig::default(),
                            Pace::RealTime,
                            &mut recognizer,
                            &mut vad,
                            |s| latencies.push(s.latency_ms),
                        )
                        .unwrap();
                        (latencies, stats.longest_step_ms)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let mut all: Vec<u64> = results
            .iter()
            .flat_map(|(l, _)| l.iter().copied())
            .collect();
        all.sort_unstable();
        let longest_step = results.iter().map(|(_, s)| *s).max().unwrap_or(0);
        println!(
            "{speakers} speaker(s) at once: final-segment latency p50 {} ms, p95 {} ms ({} segments, longest step {longest_step} ms, {:.1} s of audio in {:.1} s)",
            pct(&all, 50),
            pct(&all, 95),
            all.len(),
            conversation.len() as f64 / 16_000.0,
            started.elapsed().as_secs_f64()
        );
        if pct(&all, 95) > 2_000 {
            println!(
                "-> {} speaker(s) is the most this machine captions with p95 latency under 2 s",
                speakers - 1
            );
            break;
        }
    }
}
