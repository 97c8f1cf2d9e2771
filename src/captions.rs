//! `anteroom captions`: the captions tools. `transcribe` runs the live
//! streaming pipeline over a WAV file and prints each final segment as a
//! JSON line, which is how clinics (and we) measure accuracy and latency.

use std::io::Write;
use std::path::PathBuf;

use anteroom_captions::live::{LiveConfig, Models};
use anteroom_captions::remote;
use anteroom_captions::transcribe::{self, Pace};
use anteroom_captions::whisper::{SileroVad, WhisperModel, WhisperOptions, vad_model_path};
use anteroom_captions::{CaptionError, StreamConfig, audio};
use clap::{Args, Subcommand};

use crate::serve::ServeError;

#[derive(Debug, Args)]
pub struct CaptionsArgs {
    #[command(subcommand)]
    command: CaptionsCommand,
}

#[derive(Debug, Subcommand)]
enum CaptionsCommand {
    /// Caption a WAV file (any sample rate, mono or stereo) with the live
    /// pipeline; prints {"start", "end", "text", "latency_ms"} per final
    /// segment, one JSON object a line, and a summary on stderr.
    Transcribe(TranscribeArgs),
    /// Run the live captions service in a process of its own, for
    /// signalling nodes started with --captions-worker (QUIC).
    Worker(WorkerArgs),
}

#[derive(Debug, Args)]
struct WorkerArgs {
    /// Where signalling nodes reach it (UDP).
    #[arg(long, default_value = "127.0.0.1:4455")]
    listen: std::net::SocketAddr,
    /// A Whisper model in whisper.cpp's ggml format (ggml-tiny.en.bin...).
    #[arg(long, env = "ANTEROOM_CAPTIONS_MODEL")]
    model: PathBuf,
    /// The Silero voice-activity model (ggml). Defaults to the
    /// ggml-silero-vad*.bin beside the model.
    #[arg(long, env = "ANTEROOM_CAPTIONS_VAD_MODEL")]
    vad_model: Option<PathBuf>,
    /// Its certificate (PEM), made with the key at the first start; copy
    /// it to the signalling nodes (--captions-worker-cert).
    #[arg(long, default_value = "captions-worker.pem")]
    cert: PathBuf,
    /// Its private key (PEM), made readable by its owner only.
    #[arg(long, default_value = "captions-worker.key")]
    key: PathBuf,
    /// Recogniser threads per signalling node, each with its own state.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    workers: u16,
    /// The language people speak (multilingual models only).
    #[arg(long, default_value = "en")]
    language: String,
    /// Signalling nodes served at once (each holds recogniser states of
    /// its own in memory); more are refused.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=1024))]
    max_nodes: u16,
}

#[derive(Debug, Args)]
struct TranscribeArgs {
    /// A Whisper model in whisper.cpp's ggml format (ggml-tiny.en.bin...).
    #[arg(long, env = "ANTEROOM_CAPTIONS_MODEL")]
    model: PathBuf,
    /// The Silero voice-activity model (ggml). Defaults to the
    /// ggml-silero-vad*.bin beside the model.
    #[arg(long, env = "ANTEROOM_CAPTIONS_VAD_MODEL")]
    vad_model: Option<PathBuf>,
    /// As fast as the machine allows, instead of at real-time pace.
    #[arg(long)]
    fast: bool,
    /// Recogniser threads.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// The spoken language (multilingual models only).
    #[arg(long, default_value = "en")]
    language: String,
    file: PathBuf,
}

pub fn run(args: CaptionsArgs, runtime: &tokio::runtime::Runtime) -> Result<(), ServeError> {
    match args.command {
        CaptionsCommand::Transcribe(args) => {
            transcribe_file(args).map_err(|e| ServeError::Captions(e.to_string()))
        }
        CaptionsCommand::Worker(args) => runtime
            .block_on(worker(args))
            .map_err(|e| ServeError::Captions(e.to_string())),
    }
}

/// `anteroom captions worker`: checks the models (a bad one stops it here,
/// with the reason), then serves signalling nodes until stopped.
async fn worker(args: WorkerArgs) -> Result<(), CaptionError> {
    let live = LiveConfig {
        workers: usize::from(args.workers),
        language: args.language,
        ..LiveConfig::default()
    };
    let (model, vad_model) = (args.model.clone(), args.vad_model.clone());
    let models = tokio::task::spawn_blocking(move || Models::load(&model, vad_model))
        .await
        .map_err(|e| CaptionError::Recognition(e.to_string()))??;
    let (cert, key) = remote::worker_identity(&args.cert, &args.key)?;
    let endpoint = remote::worker_endpoint(args.listen, cert, key)?;
    let addr = endpoint
        .local_addr()
        .map_err(|e| CaptionError::Link(e.to_string()))?;
    let shutdown = crate::serve::shutdown_signal();
    println!(
        "anteroom captions worker is listening on {addr} (certificate {})",
        args.cert.display()
    );
    let config = remote::WorkerConfig {
        models,
        live,
        max_nodes: usize::from(args.max_nodes),
    };
    tokio::select! {
        () = remote::serve_worker(endpoint.clone(), config) => {}
        () = shutdown => endpoint.close(0u32.into(), b"stopping"),
    }
    // The signalling nodes hear it closed, rather than wait out the timeout.
    endpoint.wait_idle().await;
    Ok(())
}

fn transcribe_file(args: TranscribeArgs) -> Result<(), CaptionError> {
    let model = WhisperModel::load(&args.model)?;
    let vad_path = vad_model_path(&args.model, args.vad_model)?;
    let mut vad = SileroVad::load(&vad_path)?;
    let mut recognizer = model.recognizer(WhisperOptions {
        threads: args.threads.max(1),
        language: args.language,
        translate: false,
    })?;
    let samples = audio::read_wav(&args.file)?;
    let pace = if args.fast {
        Pace::Fast
    } else {
        Pace::RealTime
    };
    let mut latencies = Vec::new();
    let stdout = std::io::stdout();
    let stats = transcribe::run(
        &samples,
        StreamConfig::default(),
        pace,
        &mut recognizer,
        &mut vad,
        |segment| {
            latencies.push(segment.latency_ms);
            if let Ok(line) = serde_json::to_string(&segment) {
                let mut out = stdout.lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
        },
    )?;
    latencies.sort_unstable();
    let pct = |p: usize| {
        latencies
            .get((latencies.len() * p / 100).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    eprintln!(
        "{} segments; latency p50 {} ms, p95 {} ms; real-time factor {:.3} ({} ms of compute for {} ms of audio, {} passes, longest step {} ms)",
        latencies.len(),
        pct(50),
        pct(95),
        stats.real_time_factor(),
        stats.compute_ms,
        stats.audio_ms,
        stats.passes,
        stats.longest_step_ms
    );
    Ok(())
}
