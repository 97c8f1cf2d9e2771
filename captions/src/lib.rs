//! Live captions for people who are deaf or hard of hearing.
//!
//! One speaker's audio (Opus packets from the SFU, or a file) becomes
//! 16 kHz mono ([`audio`]), passes a voice-activity gate and a streaming
//! Whisper recogniser with a local-agreement policy ([`stream`]), and comes
//! out as caption segments: partial while the words settle, final at a
//! pause. [`whisper`] holds the real models (whisper.cpp through
//! whisper-rs); [`transcribe`] runs the same pipeline over a WAV file, at
//! real-time pace or as fast as possible, to measure accuracy and latency;
//! [`live`] runs it for calls, on the microphone packets the SFU taps.

pub mod audio;
mod error;
pub mod live;
pub mod remote;
pub mod stream;
pub mod transcribe;
pub mod whisper;

pub use error::CaptionError;
pub use stream::{Caption, Recognizer, StreamConfig, Streamer, VoiceDetector, Word};
