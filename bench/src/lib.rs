//! `anteroom-bench`: a load tester whose simulated participants are str0m
//! peers inside this process, going through the real path (signalling,
//! ICE, DTLS-SRTP, RTP/RTCP) against anteroom or, for comparison, Janus.
//! See the README's "Load testing" section for how to run it.

pub mod anteroom;
pub mod cli;
pub mod client;
pub mod janus;
pub mod media;
pub mod report;
pub mod run;
pub mod scenario;
pub mod server;

/// Why a run could not be done.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("scenario: {0}")]
    Scenario(String),
    #[error("the server cannot be reached: {0}")]
    Unreachable(String),
    #[error("starting the server: {0}")]
    Spawn(String),
    #[error("encoding the clip: {0}")]
    Media(String),
    #[error("no participant received media; the first error: {0}")]
    NoneJoined(String),
    #[error("janus: {0}")]
    Janus(String),
    #[error("{0}")]
    Io(String),
}

impl BenchError {
    /// The process exit status for this error: 2 for a bad scenario or
    /// command line, 1 for a run that failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            BenchError::Scenario(_) => 2,
            _ => 1,
        }
    }
}
