//! What the captions benchmarks share: the models and espeak-ng speech.

use std::path::{Path, PathBuf};

use anteroom_captions::audio;

/// `../shared/models`, beside the project.
pub fn models() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/models")
}

/// `text` spoken by espeak-ng in `voice` at `wpm` words a minute, as
/// 16 kHz samples (`n` names the file it goes through, in `dir`).
pub fn speak(dir: &Path, text: &str, voice: &str, wpm: u32, n: usize) -> Vec<f32> {
    let file = dir.join(format!("u{n}.wav"));
    let ok = std::process::Command::new("espeak-ng")
        .args(["-v", voice, "-s", &wpm.to_string(), "-w"])
        .arg(&file)
        .arg(text)
        .status()
        .unwrap()
        .success();
    assert!(ok, "espeak-ng");
    audio::read_wav(&file).unwrap()
}
