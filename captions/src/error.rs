//! What can go wrong in the captions pipeline, as one typed error.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CaptionError {
    /// The configured model file is missing, unreadable, not a ggml model,
    /// or whisper.cpp refused it. Calls go on without captions.
    #[error("captions model {path}: {reason}")]
    Model { path: PathBuf, reason: String },
    /// A WAV file that cannot be read.
    #[error("audio file: {0}")]
    Wav(String),
    /// Resampling to 16 kHz failed.
    #[error("resampling: {0}")]
    Resample(String),
    /// whisper.cpp failed on a pass (out of memory, a broken state).
    #[error("speech recognition: {0}")]
    Recognition(String),
    /// An Opus decoder could not be made.
    #[error("opus: {0}")]
    Opus(String),
    /// The link to a captions worker process: its certificate, its
    /// socket, or what came over it.
    #[error("captions link: {0}")]
    Link(String),
}
