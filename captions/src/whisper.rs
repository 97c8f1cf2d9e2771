//! The real recogniser and voice detector: whisper.cpp through whisper-rs.
//!
//! Model files are paths from configuration; nothing is downloaded. A file
//! is checked before whisper.cpp sees it (present, readable, a ggml file),
//! so a wrong path or a truncated download is a clear [`CaptionError`] and
//! not a crash deep in the loader.

use std::io::Read;
use std::path::{Path, PathBuf};

use whisper_rs::{
    FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState,
    WhisperVadContext, WhisperVadContextParams,
};

use crate::CaptionError;
use crate::audio::{SAMPLE_RATE, SAMPLES_PER_MS};
use crate::stream::{Recognizer, VAD_FRAME, VoiceDetector, Word};

/// whisper.cpp's file magic, "ggml" as a little-endian u32.
const GGML_MAGIC: [u8; 4] = *b"lmgg";

/// Encoder frames past the audio's own (50 a second).
const AUDIO_CTX_MARGIN: usize = 64;

/// whisper.cpp wants at least a second of audio; shorter input is padded
/// with silence.
const MIN_SAMPLES: usize = SAMPLE_RATE as usize + SAMPLE_RATE as usize / 10;

/// Routes whisper.cpp's own logging (it prints a lot) into `tracing` at
/// debug level; called once before the first model loads.
fn quiet_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(whisper_rs::install_logging_hooks);
}

/// Checks that `path` holds a ggml model before whisper.cpp reads it.
pub fn check_model_file(path: &Path) -> Result<(), CaptionError> {
    let bad = |reason: String| CaptionError::Model {
        path: path.to_owned(),
        reason,
    };
    let mut file = std::fs::File::open(path).map_err(|e| bad(e.to_string()))?;
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic)
        .map_err(|_| bad("too short to be a model".into()))?;
    if magic != GGML_MAGIC {
        return Err(bad("not a ggml model file (whisper.cpp's format)".into()));
    }
    Ok(())
}

/// The voice-activity model: the one given, or the newest
/// `ggml-silero-vad*.bin` beside the Whisper model.
pub fn vad_model_path(model: &Path, given: Option<PathBuf>) -> Result<PathBuf, CaptionError> {
    if let Some(path) = given {
        return Ok(path);
    }
    let dir = model
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("ggml-silero-vad") && n.ends_with(".bin"))
        })
        .collect();
    found.sort();
    found.pop().ok_or_else(|| CaptionError::Model {
        path: dir.join("ggml-silero-vad-*.bin"),
        reason: "no voice-activity model beside the Whisper model (give --vad-model)".into(),
    })
}

fn path_str(path: &Path) -> Result<&str, CaptionError> {
    path.to_str().ok_or_else(|| CaptionError::Model {
        path: path.to_owned(),
        reason: "the path is not UTF-8".into(),
    })
}

/// A loaded Whisper model. Shared (read-only) by every worker thread;
/// each makes its own [`Whisper`] state from it.
pub struct WhisperModel {
    ctx: WhisperContext,
    path: PathBuf,
    multilingual: bool,
}

impl std::fmt::Debug for WhisperModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WhisperModel")
            .field("path", &self.path)
            .field("multilingual", &self.multilingual)
            .finish()
    }
}

impl WhisperModel {
    pub fn load(path: &Path) -> Result<Self, CaptionError> {
        check_model_file(path)?;
        quiet_logs();
        let ctx =
            WhisperContext::new_with_params(path_str(path)?, WhisperContextParameters::default())
                .map_err(|e| CaptionError::Model {
                path: path.to_owned(),
                reason: format!("whisper.cpp could not load it ({e})"),
            })?;
        let multilingual = ctx.is_multilingual();
        Ok(Self {
            ctx,
            path: path.to_owned(),
            multilingual,
        })
    }

    /// Whether it can transcribe languages other than English (and
    /// translate them into English).
    pub fn is_multilingual(&self) -> bool {
        self.multilingual
    }

    /// The spoken languages it can transcribe: `en` alone for an
    /// English-only model, every language whisper.cpp knows otherwise.
    pub fn languages(&self) -> Vec<String> {
        if !self.multilingual {
            return vec!["en".into()];
        }
        (0..=whisper_rs::get_lang_max_id())
            .filter_map(whisper_rs::get_lang_str)
            .map(str::to_owned)
            .collect()
    }

    /// A recogniser on this model, with its own state, for one thread.
    pub fn recognizer(&self, options: WhisperOptions) -> Result<Whisper<'_>, CaptionError> {
        let state = self
            .ctx
            .create_state()
            .map_err(|e| CaptionError::Recognition(e.to_string()))?;
        Ok(Whisper {
            model: self,
            state,
            options,
            warm: false,
        })
    }
}

/// How a pass runs.
#[derive(Debug, Clone)]
pub struct WhisperOptions {
    pub threads: usize,
    /// The spoken language (`en`, `nl`...); English-only models ignore it.
    pub language: String,
    /// Translate into English (multilingual models only).
    pub translate: bool,
}

impl Default for WhisperOptions {
    fn default() -> Self {
        Self {
            threads: 2,
            language: "en".into(),
            translate: false,
        }
    }
}

/// One thread's recogniser: a model and a whisper.cpp state.
pub struct Whisper<'m> {
    model: &'m WhisperModel,
    state: WhisperState,
    options: WhisperOptions,
    /// A pass has run on this state (see [`Recognizer::detect_language`]).
    warm: bool,
}

/// How sure language detection must be to change a speaker's language.
/// Measured with base q8_0 on espeak-ng sentences: English is heard at
/// p = 0.93; espeak-ng's robotic Dutch is not recognised (English 0.18,
/// Latin 0.17, German 0.15): below this, the language assumed stays.
pub const DETECT_SURE: f32 = 0.6;

impl std::fmt::Debug for Whisper<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Whisper")
            .field("model", &self.model.path)
            .field("options", &self.options)
            .finish()
    }
}

impl Recognizer for Whisper<'_> {
    fn set_language(&mut self, language: &str) {
        // One whisper.cpp does not know would make it guess (and a NUL
        // would panic in whisper-rs).
        if anteroom_protocol::is_language_code(language)
            && whisper_rs::get_lang_id(language).is_some()
        {
            language.clone_into(&mut self.options.language);
        }
    }

    fn set_threads(&mut self, threads: usize) {
        self.options.threads = threads.max(1);
    }

    /// Whisper's own language detection: the encoder over the start of
    /// `audio` and one decoder step. whisper.cpp runs that encoder with the
    /// context of the state's last pass (it is set per pass, after
    /// detection), which is what keeps it cheap; before any pass it would
    /// encode 30 s, so a cold state detects nothing.
    fn detect_language(&mut self, audio: &[f32]) -> Result<Option<String>, CaptionError> {
        if !self.model.multilingual || !self.warm || audio.len() < MIN_SAMPLES {
            return Ok(None);
        }
        let threads = self.options.threads.max(1);
        let failed = |e: whisper_rs::WhisperError| {
            CaptionError::Recognition(format!("language detection: {e}"))
        };
        self.state.pcm_to_mel(audio, threads).map_err(failed)?;
        let (_, probabilities) = self.state.lang_detect(0, threads).map_err(failed)?;
        let best = probabilities
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .filter(|(_, p)| **p >= DETECT_SURE)
            .and_then(|(id, _)| i32::try_from(id).ok())
            .and_then(whisper_rs::get_lang_str);
        Ok(best.map(|language| {
            self.set_language(language);
            language.to_owned()
        }))
    }

    fn english(&mut self, audio: &[f32]) -> Result<Option<String>, CaptionError> {
        if !self.model.multilingual || self.options.language == "en" {
            return Ok(None);
        }
        self.options.translate = true;
        let words = self.recognize(audio, "");
        self.options.translate = false;
        let text = words?
            .into_iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Some(text).filter(|t| !t.is_empty()))
    }

    fn recognize(&mut self, audio: &[f32], prompt: &str) -> Result<Vec<Word>, CaptionError> {
        let mut padded;
        let audio = if audio.len() < MIN_SAMPLES {
            padded = audio.to_vec();
            padded.resize(MIN_SAMPLES, 0.0);
            &padded[..]
        } else {
            audio
        };
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(i32::try_from(self.options.threads).unwrap_or(1));
        params.set_language(Some(if self.model.multilingual {
            self.options.language.as_str()
        } else {
            "en"
        }));
        params.set_translate(self.model.multilingual && self.options.translate);
        params.set_no_context(true);
        params.set_token_timestamps(true);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        // The encoder's cost follows its context: 50 frames a second of
        // audio (whisper always pads to 30 s otherwise), with a margin.
        // Without one the decoder, reaching the end of what it was given,
        // tends to loop (none: 25 to 48 words out of 3 to 6 s of speech
        // that has 10 to 20); 64 frames (1.3 s) keep it from that and
        // cost a 1 s window about 20% less than 128 did.
        let seconds = audio.len().div_ceil(SAMPLE_RATE as usize);
        params.set_audio_ctx(
            i32::try_from((seconds * 50 + AUDIO_CTX_MARGIN).min(1500)).unwrap_or(1500),
        );
        // One segment, and no more tokens than fast speech has (about five
        // a second): a decoder caught in a loop stops there.
        params.set_single_segment(true);
        params.set_max_tokens(i32::try_from(seconds * 8 + 8).unwrap_or(i32::MAX));
        // No temperature fallback: a pass that decodes badly is simply
        // superseded by the next one, rather than retried at up to five
        // temperatures (seconds of work for a window of one second).
        params.set_temperature_inc(0.0);
        if !prompt.is_empty() {
            params.set_initial_prompt(prompt);
        }
        self.state
            .full(params, audio)
            .map_err(|e| CaptionError::Recognition(e.to_string()))?;
        self.warm = true;
        let eot = self.model.ctx.token_eot();
        // Words as bytes first: a token may hold half of a character.
        let mut words: Vec<(Vec<u8>, u64, u64)> = Vec::new();
        for segment in self.state.as_iter() {
            for i in 0..segment.n_tokens() {
                let Some(token) = segment.get_token(i) else {
                    continue;
                };
                let data = token.token_data();
                if data.id >= eot {
                    continue; // timestamps and other special tokens
                }
                let Ok(bytes) = token.to_bytes() else {
                    continue;
                };
                let (t0, t1) = (
                    u64::try_from(data.t0).unwrap_or(0) * 10,
                    u64::try_from(data.t1).unwrap_or(0) * 10,
                );
                let starts_word = bytes.first() == Some(&b' ') || words.is_empty();
                let bytes = bytes.strip_prefix(b" ").unwrap_or(bytes);
                if bytes.is_empty() {
                    continue;
                }
                match words.last_mut() {
                    Some(last) if !starts_word => {
                        last.0.extend_from_slice(bytes);
                        last.2 = last.2.max(t1);
                    }
                    _ => words.push((bytes.to_vec(), t0, t1.max(t0))),
                }
            }
        }
        // A "word" with no letter or digit in it (". . .", a lone
        // replacement character) is not speech.
        let mut words: Vec<Word> = words
            .into_iter()
            .map(|(bytes, start_ms, end_ms)| Word {
                text: String::from_utf8_lossy(&bytes).trim().to_owned(),
                start_ms,
                end_ms,
            })
            .filter(|w| w.text.chars().any(char::is_alphanumeric))
            .collect();
        // Times past the real audio (the padding) are clamped to its end.
        let end = audio_ms(audio.len());
        for w in &mut words {
            w.start_ms = w.start_ms.min(end);
            w.end_ms = w.end_ms.min(end);
        }
        Ok(words)
    }
}

fn audio_ms(samples: usize) -> u64 {
    samples as u64 / SAMPLES_PER_MS
}

/// The Silero voice-activity model, through whisper.cpp.
pub struct SileroVad {
    ctx: WhisperVadContext,
}

impl std::fmt::Debug for SileroVad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SileroVad").finish()
    }
}

impl SileroVad {
    pub fn load(path: &Path) -> Result<Self, CaptionError> {
        check_model_file(path)?;
        quiet_logs();
        let mut params = WhisperVadContextParams::new();
        params.set_n_threads(1);
        let ctx =
            WhisperVadContext::new(path_str(path)?, params).map_err(|e| CaptionError::Model {
                path: path.to_owned(),
                reason: format!("whisper.cpp could not load the VAD model ({e})"),
            })?;
        Ok(Self { ctx })
    }
}

impl VoiceDetector for SileroVad {
    fn probabilities(&mut self, audio: &[f32]) -> Result<Vec<f32>, CaptionError> {
        if audio.len() < VAD_FRAME {
            return Ok(Vec::new());
        }
        let whole = &audio[..audio.len() / VAD_FRAME * VAD_FRAME];
        self.ctx
            .detect_speech(whole)
            .map_err(|e| CaptionError::Recognition(format!("voice activity: {e}")))?;
        Ok(self.ctx.probabilities().to_vec())
    }
}
