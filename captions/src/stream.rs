//! The streaming policy: one speaker's audio in, caption segments out.
//!
//! Sans-IO like the SFU core: [`Streamer::push`] takes 16 kHz samples and
//! returns what became known; time is the audio's own (samples pushed), so
//! the same audio gives the same captions whatever the machine's speed.
//!
//! - A voice-activity gate (Silero) decides where speech is. Audio before
//!   speech is dropped (but for a short pad), so silence and noise never
//!   reach the recogniser and produce no text.
//! - While someone speaks, every `step_ms` of new audio the recogniser
//!   runs over the current segment's audio (a sliding window that starts
//!   at the speech's onset). **Local agreement** (LocalAgreement-2, after
//!   whisper_streaming): a word becomes stable once two consecutive passes
//!   agree on it and on everything before it; stable words never change.
//!   Each pass reports a partial segment: the stable words, then the
//!   newest pass's unconfirmed tail.
//! - The first pass of a segment comes as soon as `first_pass_ms` of it
//!   are there, whatever the step, so that the first words show early;
//!   they show as tentative (the viewer marks them as such) until
//!   confirmed.
//! - A pause (`pause_ms` without speech) closes the segment with a final
//!   [`Caption`]. The closing pass runs at the first silent frame, while
//!   the pause is still being waited out (speculatively: if speech resumes
//!   it counts as an ordinary pass), so the final text is ready the moment
//!   the pause is confirmed.
//! - A streamer told to save work ([`Streamer::set_partials`]) makes no
//!   passes while speech goes on, only the closing one; one told to catch
//!   up ([`Streamer::skip`]) closes its segment as it stands, drops audio
//!   and marks the next caption as missing words.
//! - The window is bounded: a monologue without pauses is cut at the last
//!   stable word once the window reaches `max_window_ms` (that part is
//!   final), so a pass never grows past it.

use crate::CaptionError;
use crate::audio::SAMPLES_PER_MS;

/// Samples in one voice-activity frame (Silero at 16 kHz: 32 ms).
pub const VAD_FRAME: usize = 512;

/// A recognised word, its times in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
}

/// Speech to words: times relative to the start of `audio`.
pub trait Recognizer {
    /// `prompt` is text that came just before (it helps spelling and
    /// punctuation across windows); it is not part of the result.
    fn recognize(&mut self, audio: &[f32], prompt: &str) -> Result<Vec<Word>, CaptionError>;

    /// The language spoken in the next passes (one recogniser serves
    /// several speakers in turn). English-only recognisers ignore it.
    fn set_language(&mut self, _language: &str) {}

    /// The CPU threads the next passes may use (a busy machine is better
    /// served by fewer: threads that wait on each other while another
    /// process holds their core make a pass many times slower).
    fn set_threads(&mut self, _threads: usize) {}

    /// The speech in `audio` said in English: a translation, for a
    /// recogniser that can make one of the language set (a multilingual
    /// Whisper); `None` otherwise, and for English itself.
    fn english(&mut self, _audio: &[f32]) -> Result<Option<String>, CaptionError> {
        Ok(None)
    }

    /// The language `audio` is spoken in, when the recogniser can tell
    /// languages apart and is sure of it; it then recognises that language
    /// (as after [`Recognizer::set_language`]). `None` otherwise.
    fn detect_language(&mut self, _audio: &[f32]) -> Result<Option<String>, CaptionError> {
        Ok(None)
    }
}

/// Speech or not: one probability for each whole [`VAD_FRAME`] of `audio`.
pub trait VoiceDetector {
    fn probabilities(&mut self, audio: &[f32]) -> Result<Vec<f32>, CaptionError>;
}

/// What a streamer reports: a segment of one speaker's speech, growing
/// (partial) until it is closed (final).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption {
    /// Numbers the segments of one stream, from 0; updates of a segment
    /// share its number.
    pub segment: u64,
    /// Words that will not change.
    pub text: String,
    /// The newest pass's words after them, not yet confirmed (empty when
    /// final).
    pub tentative: String,
    /// From the stream's start, milliseconds.
    pub start_ms: u64,
    pub end_ms: u64,
    pub is_final: bool,
    /// A final segment's words in English, when the streamer was asked
    /// for them ([`Streamer::set_english`]) and the recogniser can.
    pub english: Option<String>,
    /// Audio just before this segment was dropped ([`Streamer::skip`]).
    pub words_missed: bool,
    /// The language the recogniser heard this segment in, when the
    /// streamer was asked to detect it ([`Streamer::set_detect`]) and the
    /// recogniser was sure: it recognised the segment in that language.
    pub detected: Option<String>,
}

/// How a streamer paces itself.
#[derive(Debug, Clone)]
pub struct StreamConfig {
    /// New audio between two passes while someone speaks.
    pub step_ms: u64,
    /// Silence that closes a segment.
    pub pause_ms: u64,
    /// Audio kept before the onset of speech and after its end.
    pub pad_ms: u64,
    /// The longest window a pass sees.
    pub max_window_ms: u64,
    /// Speech probability at or above which a frame is speech.
    pub threshold: f32,
    /// The least audio the first pass of a segment sees (shorter windows
    /// give the recogniser too little to go on).
    pub first_pass_ms: u64,
}

impl Default for StreamConfig {
    fn default() -> Self {
        Self {
            step_ms: 500,
            pause_ms: 320,
            pad_ms: 200,
            max_window_ms: 15_000,
            threshold: 0.5,
            first_pass_ms: 600,
        }
    }
}

/// The most characters of earlier text given to the recogniser as context.
const PROMPT_CHARS: usize = 120;

/// Stable words in a segment after which passes start near its end
/// instead of at its start (see `Streamer::recognize`).
const TRIM_AFTER_WORDS: usize = 8;

/// Stable words a trimmed pass hears again, to place the new ones after.
const OVERLAP_WORDS: usize = 3;

/// Audio a trimmed pass starts before the first of them (word times are
/// Whisper's, and rough).
const TRIM_MARGIN_MS: u64 = 1000;

/// Speech shorter than this (Silero's voiced frames), with nothing heard
/// in it yet, is a click or a beep: Whisper makes words of those ("I'm so
/// sorry" of a 100 ms beep), so it gets no pass. A short word such as
/// "yes" is voiced for 200 ms or more.
const MIN_SPEECH_MS: u64 = 120;

/// The least speech in a segment whose language is detected: shorter
/// utterances ("ja", "okay") are too easily taken for another language.
const DETECT_MIN_MS: u64 = 1_000;

/// The most audio a closing pass hears (a segment is rarely longer).
const CLOSING_WINDOW_MS: u64 = 8_000;

/// A closing pass: the stable words before the audio it heard, which stay,
/// and the words it heard, which replace the rest.
#[derive(Debug)]
struct Closing {
    kept: usize,
    words: Vec<Word>,
}

/// Voice-activity context re-read before new frames (its model starts
/// fresh on every call): half a second.
const VAD_CONTEXT_FRAMES: usize = 16;

/// Silence after speech before the closing pass runs (speculatively: the
/// pause is not confirmed yet); the words' ends need a little silence
/// after them to be heard whole (64 ms gave finals 0.1 s sooner but lost
/// soft phrase ends in real speech: `tests/speech.rs`, the JFK recording).
const HOLD_MS: u64 = 96;

/// New frames the voice-activity model takes at once (64 ms): each call
/// re-reads the context, so calling it for every 20 ms packet would cost
/// more than it is worth; every 64 ms costs about 2% of a core.
const VAD_BATCH_FRAMES: u64 = 2;

/// One speaker's streaming recogniser.
#[derive(Debug)]
pub struct Streamer {
    config: StreamConfig,
    /// The window: audio from `window_start` (a sample index since the
    /// stream began) on.
    window: Vec<f32>,
    window_start: u64,
    /// Samples pushed in all.
    total: u64,
    /// Samples whose voice activity is known (a multiple of VAD_FRAME).
    vad_done: u64,
    /// Where the current segment's speech started and last was heard
    /// (sample indexes); `None` between segments.
    speech: Option<(u64, u64)>,
    /// Samples of new audio since the last pass.
    since_pass: u64,
    /// This segment's stable words (times from the stream's start).
    stable: Vec<Word>,
    /// The last pass's words after the stable ones.
    tentative: Vec<Word>,
    /// What was last reported, to report only changes.
    reported: Option<(String, String)>,
    segment: u64,
    /// The end of the text so far, for the prompt.
    context: String,
    passes: u64,
    /// Final segments also in English.
    english: bool,
    /// The closing pass run once the speech stopped, before the pause is
    /// confirmed (cleared when speech resumes).
    held: Option<Closing>,
    /// Passes while speech goes on (off: only closing passes).
    partials: bool,
    /// Audio was dropped since the last caption reported.
    missed: bool,
    /// Closing passes first detect the language spoken.
    detect: bool,
    /// The language the last detection found, for the next report.
    detected: Option<String>,
    /// Language detections run so far.
    detections: u64,
}

impl Streamer {
    pub fn new(config: StreamConfig) -> Self {
        Self {
            config,
            window: Vec::new(),
            window_start: 0,
            total: 0,
            vad_done: 0,
            speech: None,
            since_pass: 0,
            stable: Vec::new(),
            tentative: Vec::new(),
            reported: None,
            segment: 0,
            context: String::new(),
            passes: 0,
            english: false,
            held: None,
            partials: true,
            missed: false,
            detect: false,
            detected: None,
            detections: 0,
        }
    }

    /// Whether to run passes while someone speaks (partial captions). A
    /// worker that falls behind turns them off: each speaker then costs
    /// one pass per segment.
    pub fn set_partials(&mut self, partials: bool) {
        self.partials = partials;
    }

    /// Drops `samples` of audio that will never be recognised (a worker
    /// far behind catches up): the open segment is closed as it stands,
    /// without a pass, the clock moves on, and the next caption says
    /// words were missed. Returns the closed segment, if it had words.
    pub fn skip(&mut self, samples: u64) -> Option<Caption> {
        if samples == 0 {
            return None;
        }
        let caption = self.speech.take().and_then(|_| {
            if let Some(closing) = self.held.take() {
                self.settle(closing);
            } else {
                let tentative = std::mem::take(&mut self.tentative);
                self.stable.extend(tentative);
            }
            self.report(true)
        });
        self.next_segment(self.total);
        self.total += samples;
        self.vad_done = self.total / VAD_FRAME as u64 * VAD_FRAME as u64;
        self.window.clear();
        self.window_start = self.total;
        self.since_pass = 0;
        self.missed = true;
        caption
    }

    /// Whether final segments also come in English (someone reads this
    /// speaker in English, and they speak another language).
    pub fn set_english(&mut self, english: bool) {
        self.english = english;
    }

    /// Whether closing passes first detect the language spoken (the
    /// speaker's language is only assumed). A segment with at least
    /// [`DETECT_MIN_MS`] of speech is then recognised in the language the
    /// recogniser is sure it hears, and its caption says which; not while
    /// it saves work ([`Streamer::set_partials`]).
    pub fn set_detect(&mut self, detect: bool) {
        self.detect = detect;
    }

    /// Language detections run so far (each costs the recogniser about
    /// an encoder pass).
    pub fn detections(&self) -> u64 {
        self.detections
    }

    /// Whether a segment is open (someone is speaking, or paused for less
    /// than `pause_ms`).
    pub fn speaking(&self) -> bool {
        self.speech.is_some()
    }

    /// Recogniser passes run so far.
    pub fn passes(&self) -> u64 {
        self.passes
    }

    /// The audio a pass would see now, in milliseconds.
    pub fn window_ms(&self) -> u64 {
        self.window.len() as u64 / SAMPLES_PER_MS
    }

    /// Milliseconds of audio pushed so far: the stream's clock.
    pub fn now_ms(&self) -> u64 {
        self.total / SAMPLES_PER_MS
    }

    /// Changes the step (a worker that falls behind lengthens it).
    pub fn set_step_ms(&mut self, step_ms: u64) {
        self.config.step_ms = step_ms.max(100);
    }

    pub fn step_ms(&self) -> u64 {
        self.config.step_ms
    }

    /// Feeds 16 kHz mono samples; returns the captions that changed.
    pub fn push(
        &mut self,
        samples: &[f32],
        recognizer: &mut dyn Recognizer,
        vad: &mut dyn VoiceDetector,
    ) -> Result<Vec<Caption>, CaptionError> {
        self.window.extend_from_slice(samples);
        self.total += samples.len() as u64;
        self.since_pass += samples.len() as u64;
        let mut out = Vec::new();
        // Audio dropped before the voice detector saw it is skipped (a
        // segment closed by `finish` ends at the last sample). Not while
        // the frames are read below: a pause among them moves the window.
        self.vad_done = self.vad_done.max(self.window_start);
        // Voice activity, frame by frame, for the frames now complete.
        let whole = (self.total - self.vad_done) / VAD_FRAME as u64 * VAD_FRAME as u64;
        if whole >= VAD_BATCH_FRAMES * VAD_FRAME as u64 {
            let first = self
                .vad_done
                .saturating_sub((VAD_CONTEXT_FRAMES * VAD_FRAME) as u64)
                .max(self.window_start);
            let from = (first - self.window_start) as usize;
            let to = (self.vad_done + whole - self.window_start) as usize;
            let probs = vad.probabilities(&self.window[from..to])?;
            let skip = ((self.vad_done - first) / VAD_FRAME as u64) as usize;
            for (i, p) in probs.iter().enumerate().skip(skip) {
                let frame_start = first + (i * VAD_FRAME) as u64;
                let frame_end = frame_start + VAD_FRAME as u64;
                if *p >= self.config.threshold {
                    self.speech = Some(match self.speech {
                        Some((start, _)) => (start, frame_end),
                        None => (frame_start, frame_end),
                    });
                    // Speech again before the pause was confirmed: the
                    // speculative closing pass was an ordinary one.
                    if let Some(closing) = self.held.take() {
                        self.tentative = past_stable(&self.stable[closing.kept..], closing.words);
                        self.since_pass = 0;
                    }
                } else if let Some((start, last)) = self.speech {
                    let silent = frame_end.saturating_sub(last);
                    if last - start < MIN_SPEECH_MS * SAMPLES_PER_MS
                        && self.stable.is_empty()
                        && self.tentative.is_empty()
                    {
                        // A click or a beep, not a word: no pass.
                        if silent >= self.config.pause_ms * SAMPLES_PER_MS {
                            self.speech = None;
                        }
                    } else if silent >= self.config.pause_ms * SAMPLES_PER_MS {
                        // A pause: close the segment at the speech's end.
                        let cut = (last + self.config.pad_ms * SAMPLES_PER_MS).min(self.total);
                        out.extend(self.close(cut, recognizer)?);
                    } else if self.held.is_none() && silent >= HOLD_MS * SAMPLES_PER_MS {
                        out.extend(self.hold(frame_end, recognizer)?);
                    }
                }
            }
            self.vad_done += whole;
        }
        match self.speech {
            None => {
                // Nobody speaks: keep only the pad before a possible onset.
                let keep =
                    self.config.pad_ms * SAMPLES_PER_MS + (VAD_CONTEXT_FRAMES * VAD_FRAME) as u64;
                let keep_from = self.total.saturating_sub(keep).max(self.window_start);
                self.drop_before(keep_from);
                self.since_pass = 0;
            }
            Some((start, last)) => {
                let onset = start
                    .saturating_sub(self.config.pad_ms * SAMPLES_PER_MS)
                    .max(self.window_start);
                self.drop_before(onset);
                let first = self.tentative.is_empty() && self.stable.is_empty();
                let due = if first {
                    self.window_ms() >= self.config.first_pass_ms
                } else {
                    self.since_pass >= self.config.step_ms * SAMPLES_PER_MS
                };
                let words_long = last - start >= MIN_SPEECH_MS * SAMPLES_PER_MS;
                if due && words_long && self.partials && self.held.is_none() {
                    out.extend(self.pass(recognizer)?);
                }
                if self.window_ms() >= self.config.max_window_ms {
                    out.extend(self.cut_long_window(recognizer)?);
                }
            }
        }
        Ok(out)
    }

    /// The end of the stream: closes the open segment, if any.
    pub fn finish(
        &mut self,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Vec<Caption>, CaptionError> {
        match self.speech {
            Some(_) => Ok(self.close(self.total, recognizer)?.into_iter().collect()),
            None => Ok(Vec::new()),
        }
    }

    fn drop_before(&mut self, sample: u64) {
        if sample > self.window_start {
            let n = ((sample - self.window_start) as usize).min(self.window.len());
            self.window.drain(..n);
            self.window_start += n as u64;
        }
    }

    fn ms(sample: u64) -> u64 {
        sample / SAMPLES_PER_MS
    }

    /// Runs the recogniser over the window from about `from_ms` (the
    /// window's start at the earliest, half a second before `end` at the
    /// latest) to `end` (a sample index); returns how many stable words
    /// lie before the audio it heard (they went into the prompt) and the
    /// words it heard, times from the stream's start.
    fn recognize_from(
        &mut self,
        from_ms: u64,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<(usize, Vec<Word>), CaptionError> {
        let to = self.window_to(end);
        let from = self
            .window_to(from_ms * SAMPLES_PER_MS)
            .min(to.saturating_sub(SAMPLES_PER_MS as usize * 500));
        let from_ms = Self::ms(self.window_start + from as u64);
        // The stable words heard again and those only told.
        let heard = self
            .stable
            .iter()
            .position(|w| w.start_ms >= from_ms)
            .unwrap_or(self.stable.len());
        // The prompt is only what came before the audio: given words that
        // are also in it, the recogniser takes them as said and skips them.
        let told = format!("{} {}", self.context, join(&self.stable[..heard]));
        let prompt = whole_words(told.trim(), PROMPT_CHARS);
        self.passes += 1;
        let words = without_loops(recognizer.recognize(&self.window[from..to], prompt)?)
            .into_iter()
            .map(|w| Word {
                start_ms: w.start_ms + from_ms,
                end_ms: w.end_ms + from_ms,
                ..w
            })
            .collect();
        Ok((heard, words))
    }

    /// A pass while speech goes on, up to `end` (a sample index): the
    /// words past the stable ones.
    ///
    /// It does not hear again what is settled: once a segment has
    /// [`TRIM_AFTER_WORDS`] stable words, it starts a little before the
    /// last [`OVERLAP_WORDS`] of them (which anchor the new words to the
    /// old) and the stable words before it go into the prompt. A pass
    /// then costs about the same however long the segment has grown: the
    /// decoder's cost follows the words it writes.
    fn recognize(
        &mut self,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Vec<Word>, CaptionError> {
        let from_ms = if self.stable.len() >= TRIM_AFTER_WORDS {
            let anchor = &self.stable[self.stable.len() - OVERLAP_WORDS];
            anchor.start_ms.saturating_sub(TRIM_MARGIN_MS)
        } else {
            0
        };
        let (heard, words) = self.recognize_from(from_ms, end, recognizer)?;
        Ok(past_stable(&self.stable[heard..], words))
    }

    /// The closing pass of a segment, up to `end` (a sample index): it
    /// hears the whole segment again (its last [`CLOSING_WINDOW_MS`] when
    /// longer), for the final text is worth the most care. Partial passes
    /// that heard less may have settled words it now hears better: its
    /// words replace them.
    fn recognize_closing(
        &mut self,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Closing, CaptionError> {
        let from_ms = Self::ms(end).saturating_sub(CLOSING_WINDOW_MS);
        // A streamer saving work (no partial passes: its worker is behind)
        // does not spend an encoder run on it; the next segment may.
        if self.detect
            && self.partials
            && let Some((start, last)) = self.speech
            && Self::ms(last.saturating_sub(start)) >= DETECT_MIN_MS
        {
            let from = self.window_to(from_ms * SAMPLES_PER_MS);
            let to = self.window_to(end);
            self.detections += 1;
            if let Some(language) = recognizer.detect_language(&self.window[from..to])? {
                self.detected = Some(language);
            }
        }
        let (kept, words) = self.recognize_from(from_ms, end, recognizer)?;
        Ok(Closing { kept, words })
    }

    /// Makes a closing pass's words the segment's.
    fn settle(&mut self, closing: Closing) {
        self.stable.truncate(closing.kept);
        self.stable.extend(closing.words);
        self.tentative.clear();
    }

    /// A pass while speech goes on: local agreement with the last pass.
    fn pass(&mut self, recognizer: &mut dyn Recognizer) -> Result<Option<Caption>, CaptionError> {
        self.since_pass = 0;
        let words = self.recognize(self.total, recognizer)?;
        let agreed = words
            .iter()
            .zip(&self.tentative)
            .take_while(|(a, b)| same_word(&a.text, &b.text))
            .count();
        let mut words = words;
        let rest = words.split_off(agreed);
        self.stable.extend(words);
        self.tentative = rest;
        Ok(self.report(false))
    }

    /// The closing pass, run on the audio up to `end` (a sample index)
    /// once the speech has stopped, before the pause is confirmed: its
    /// words show at once, as tentative, and become final when it is.
    fn hold(
        &mut self,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Option<Caption>, CaptionError> {
        self.since_pass = 0;
        let closing = self.recognize_closing(end, recognizer)?;
        self.tentative = past_stable(&self.stable[closing.kept..], closing.words.clone());
        self.held = Some(closing);
        Ok(self.report(false))
    }

    /// Closes the segment at `end` (a sample index): a last pass (or the
    /// one held since the speech stopped), all its words final.
    fn close(
        &mut self,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Option<Caption>, CaptionError> {
        let closing = match self.held.take() {
            Some(closing) => closing,
            None => self.recognize_closing(end, recognizer)?,
        };
        self.settle(closing);
        let caption = self.report(true);
        let caption = self.in_english(caption, end, recognizer)?;
        self.next_segment(end);
        self.speech = None;
        Ok(caption)
    }

    /// A window that reached its limit without a pause: the stable words
    /// so far become a final segment and the window starts after them.
    /// Without any (noise the recogniser cannot make words of, or a
    /// recogniser that keeps changing its mind), the oldest audio goes.
    fn cut_long_window(
        &mut self,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Option<Caption>, CaptionError> {
        match self.stable.last().map(|w| w.end_ms) {
            Some(end_ms) if end_ms > Self::ms(self.window_start) => {
                let cut = end_ms * SAMPLES_PER_MS;
                let caption = self.report(true);
                let caption = self.in_english(caption, cut, recognizer)?;
                let tentative = std::mem::take(&mut self.tentative);
                self.next_segment(cut);
                // The unconfirmed words that follow stay candidates.
                self.tentative = tentative
                    .into_iter()
                    .filter(|w| w.start_ms >= end_ms)
                    .collect();
                self.drop_before(cut);
                if let Some((_, last)) = self.speech {
                    self.speech = Some((cut, last));
                }
                Ok(caption)
            }
            _ if !self.partials => {
                // No partial passes (a worker saving work): the whole
                // window is closed in one pass and speech goes on in a new
                // segment.
                let end = self.total;
                self.held = None;
                let closing = self.recognize_closing(end, recognizer)?;
                self.settle(closing);
                let caption = self.report(true);
                let caption = self.in_english(caption, end, recognizer)?;
                self.next_segment(end);
                if let Some((_, last)) = self.speech {
                    self.speech = Some((end, last));
                }
                Ok(caption)
            }
            _ => {
                let keep_from = self
                    .total
                    .saturating_sub(self.config.max_window_ms * SAMPLES_PER_MS / 2);
                self.drop_before(keep_from);
                self.tentative.clear();
                self.held = None;
                if let Some((_, last)) = self.speech {
                    self.speech = Some((keep_from, last));
                }
                Ok(None)
            }
        }
    }

    /// How much of the window lies before `end` (a sample index).
    fn window_to(&self, end: u64) -> usize {
        ((end.max(self.window_start) - self.window_start) as usize).min(self.window.len())
    }

    /// A final segment (its audio up to `end`, a sample index) with its
    /// English, when asked for.
    fn in_english(
        &mut self,
        caption: Option<Caption>,
        end: u64,
        recognizer: &mut dyn Recognizer,
    ) -> Result<Option<Caption>, CaptionError> {
        let Some(mut caption) = caption else {
            return Ok(None);
        };
        if self.english {
            caption.english = recognizer.english(&self.window[..self.window_to(end)])?;
        }
        Ok(Some(caption))
    }

    fn next_segment(&mut self, end: u64) {
        let text = join(&self.stable);
        if !text.is_empty() {
            self.context.push(' ');
            self.context.push_str(&text);
            self.context = tail_chars(self.context.trim(), PROMPT_CHARS).to_owned();
            self.segment += 1;
        }
        self.stable.clear();
        self.tentative.clear();
        self.held = None;
        self.reported = None;
        // A detection in a segment with no words says nothing.
        self.detected = None;
        self.drop_before(end);
    }

    /// The segment as it stands, if it changed since last reported.
    fn report(&mut self, is_final: bool) -> Option<Caption> {
        let text = join(&self.stable);
        let tentative = if is_final {
            String::new()
        } else {
            join(&self.tentative)
        };
        if text.is_empty() && tentative.is_empty() {
            return None;
        }
        if !is_final && self.reported.as_ref() == Some(&(text.clone(), tentative.clone())) {
            return None;
        }
        self.reported = Some((text.clone(), tentative.clone()));
        let all = self.stable.iter().chain(if is_final {
            [].iter()
        } else {
            self.tentative.iter()
        });
        let (start_ms, end_ms) = all.fold((u64::MAX, 0), |(s, e), w| {
            (s.min(w.start_ms), e.max(w.end_ms))
        });
        Some(Caption {
            segment: self.segment,
            text,
            tentative,
            start_ms,
            end_ms,
            is_final,
            english: None,
            words_missed: std::mem::take(&mut self.missed),
            detected: self.detected.take(),
        })
    }
}

/// The words of a new pass that come after the stable ones. A pass sees
/// the whole segment, stable words included, but may hear some of them
/// differently now: the stable words are aligned with the start of the
/// pass (word edit distance, without case and punctuation) and what
/// follows the best-aligned prefix is new. On a tie the shorter prefix
/// wins: a word shown twice is better than a word lost.
fn past_stable(stable: &[Word], words: Vec<Word>) -> Vec<Word> {
    if stable.is_empty() {
        return words;
    }
    // row[j]: the cost of aligning the stable words so far with
    // words[..j]; a missing or extra word costs 2, a different word 2, a
    // word heard slightly differently ("result", "results") 1.
    let mut row: Vec<usize> = (0..=words.len()).map(|j| 2 * j).collect();
    for (i, s) in stable.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = 2 * (i + 1);
        for (j, w) in words.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + word_distance(&s.text, &w.text))
                .min(row[j] + 2)
                .min(above + 2);
            diagonal = above;
        }
    }
    let best = row
        .iter()
        .enumerate()
        .min_by_key(|(j, cost)| (**cost, *j))
        .map_or(0, |(j, _)| j);
    words.into_iter().skip(best).collect()
}

/// 0 for the same word, 1 for nearly the same (a third of its letters
/// differ at most), 2 otherwise.
fn word_distance(a: &str, b: &str) -> usize {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<Vec<char>>()
    };
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return 0;
    }
    if edit_distance(&a, &b) * 3 <= a.len().max(b.len()) {
        1
    } else {
        2
    }
}

/// Levenshtein distance: insertions, deletions and substitutions that
/// turn `a` into `b` (of letters, or of words).
pub(crate) fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal
            } else {
                1 + diagonal.min(row[j]).min(above)
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A recogniser caught in a loop repeats a run of words ("what your
/// country can do what your country can do ..."): from the first run of
/// three or more words said again right after itself, the rest goes.
fn without_loops(mut words: Vec<Word>) -> Vec<Word> {
    let n = words.len();
    for start in 0..n {
        for len in 3..=(n - start) / 2 {
            let (a, b) = (
                &words[start..start + len],
                &words[start + len..start + 2 * len],
            );
            if a.iter().zip(b).all(|(x, y)| same_word(&x.text, &y.text)) {
                words.truncate(start + len);
                return words;
            }
        }
    }
    words
}

/// Two words are the same word when they match without case and
/// punctuation.
pub fn same_word(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    norm(a) == norm(b)
}

fn join(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The last `n` characters of `s` or fewer: no word cut at the start.
fn whole_words(s: &str, n: usize) -> &str {
    let tail = tail_chars(s, n);
    if tail.len() == s.len() || s[..s.len() - tail.len()].ends_with(' ') {
        return tail;
    }
    tail.split_once(' ').map_or("", |(_, rest)| rest)
}

fn tail_chars(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if s.chars().count() > n => &s[i..],
        _ => s,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A scripted recogniser: the words of a fixed transcript that end
    /// within the audio it is given (as a real one would hear them), with
    /// an optional mistake on the newest word of each pass.
    struct Script {
        words: Vec<(&'static str, u64, u64)>,
        /// Misspell the last word heard while it is this close to the end.
        unsure_ms: u64,
        offset_ms: u64,
        /// The audio of each pass: where it started and ended (ms).
        heard: Vec<(u64, u64)>,
    }

    impl Recognizer for Script {
        fn recognize(&mut self, audio: &[f32], _prompt: &str) -> Result<Vec<Word>, CaptionError> {
            // Where the audio starts: each speech sample holds its own
            // index (see `audio`); audio without speech has no words, and
            // the test tells it through `offset_ms` (from the streamer).
            if let Some((k, v)) = audio.iter().enumerate().find(|(_, v)| **v != 0.0) {
                self.offset_ms = (*v as u64 - 1 - k as u64) / SAMPLES_PER_MS;
            }
            let end = self.offset_ms + audio.len() as u64 / SAMPLES_PER_MS;
            self.heard.push((self.offset_ms, end));
            Ok(self
                .words
                .iter()
                .filter(|(_, s, e)| *s >= self.offset_ms && *e <= end)
                .map(|(t, s, e)| {
                    let text = if end - e < self.unsure_ms {
                        format!("{t}?x")
                    } else {
                        (*t).to_owned()
                    };
                    Word {
                        text,
                        start_ms: s - self.offset_ms,
                        end_ms: e - self.offset_ms,
                    }
                })
                .collect())
        }
    }

    /// Speech wherever the sample is not zero.
    struct Loud;
    impl VoiceDetector for Loud {
        fn probabilities(&mut self, audio: &[f32]) -> Result<Vec<f32>, CaptionError> {
            Ok(audio
                .chunks_exact(VAD_FRAME)
                .map(|f| {
                    if f.iter().any(|s| *s != 0.0) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect())
        }
    }

    /// Speech in `spans` (ms), silence around: each speech sample is its
    /// own index plus one (exact in f32 up to 17 minutes), so that the
    /// scripted recogniser knows where the audio it is given starts.
    fn audio(spans: &[(u64, u64)], total_ms: u64) -> Vec<f32> {
        let mut a = vec![0.0; (total_ms * SAMPLES_PER_MS) as usize];
        for (s, e) in spans {
            let from = (s * SAMPLES_PER_MS) as usize;
            for (i, x) in a[from..(e * SAMPLES_PER_MS) as usize]
                .iter_mut()
                .enumerate()
            {
                *x = (from + i + 1) as f32;
            }
        }
        a
    }

    /// Pushes `audio` and leaves the stream open.
    fn run_open(streamer: &mut Streamer, script: &mut Script, audio: &[f32]) -> Vec<Caption> {
        let mut out = Vec::new();
        for chunk in audio.chunks(320) {
            script.offset_ms = streamer.window_start / SAMPLES_PER_MS;
            out.extend(streamer.push(chunk, script, &mut Loud).unwrap());
        }
        out
    }

    fn run(streamer: &mut Streamer, script: &mut Script, audio: &[f32]) -> Vec<Caption> {
        let mut out = Vec::new();
        for chunk in audio.chunks(320) {
            script.offset_ms = streamer.window_start / SAMPLES_PER_MS;
            out.extend(streamer.push(chunk, script, &mut Loud).unwrap());
        }
        script.offset_ms = streamer.window_start / SAMPLES_PER_MS;
        out.extend(streamer.finish(script).unwrap());
        out
    }

    #[test]
    fn silence_gives_nothing_and_costs_no_pass() {
        let mut s = Streamer::new(StreamConfig::default());
        let mut script = Script {
            words: vec![("hello", 0, 500)],
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        };
        assert!(run(&mut s, &mut script, &audio(&[], 10_000)).is_empty());
        assert_eq!(s.passes(), 0);
        assert!(s.window_ms() < 2_000, "silence is not kept");
    }

    #[test]
    fn a_click_too_short_to_be_a_word_costs_no_pass() {
        let mut s = Streamer::new(StreamConfig::default());
        let mut script = Script {
            words: vec![("so", 1000, 1060)],
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        };
        let clicks = audio(&[(1000, 1064), (3000, 3064), (5000, 5040)], 7000);
        assert!(run(&mut s, &mut script, &clicks).is_empty());
        assert_eq!(s.passes(), 0);
    }

    #[test]
    fn words_are_partial_until_two_passes_agree_and_a_pause_makes_them_final() {
        // Speech 1.0-3.0 s, a pause, speech 5.0-6.0 s.
        let words = vec![
            ("The", 1000, 1200),
            ("patient", 1300, 1800),
            ("reports", 1900, 2400),
            ("pain.", 2500, 2950),
            ("Thank", 5000, 5400),
            ("you.", 5500, 5950),
        ];
        let mut script = Script {
            words,
            // The newest word is misheard until 60 ms of audio follow it:
            // the closing pass runs 96 ms after the last voiced frame
            // (HOLD_MS), and Silero's voiced frames already run past the
            // audible end of a word (measured with real models: the final
            // text is as good as with 200 ms more, WER 5% either way; at
            // 64 ms the JFK recording's soft phrase ends were lost).
            unsure_ms: 60,
            offset_ms: 0,
            heard: Vec::new(),
        };
        let mut s = Streamer::new(StreamConfig::default());
        let out = run(
            &mut s,
            &mut script,
            &audio(&[(1000, 3000), (5000, 6000)], 8000),
        );
        let finals: Vec<&Caption> = out.iter().filter(|c| c.is_final).collect();
        assert_eq!(
            finals.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["The patient reports pain.", "Thank you."]
        );
        assert_eq!((finals[0].segment, finals[1].segment), (0, 1));
        assert_eq!((finals[0].start_ms, finals[0].end_ms), (1000, 2950));
        // Partials came first; no misheard word ever became stable text,
        // and stable text only grows.
        let partials: Vec<&Caption> = out
            .iter()
            .filter(|c| !c.is_final && c.segment == 0)
            .collect();
        assert!(!partials.is_empty());
        assert!(out.iter().all(|c| !c.text.contains("?x")), "{out:?}");
        for pair in partials.windows(2) {
            assert!(pair[1].text.starts_with(&pair[0].text), "{pair:?}");
        }
        assert!(
            partials.iter().any(|c| c.tentative.contains("?x")),
            "the newest word shows before it is confirmed"
        );
    }

    #[test]
    fn a_stream_finished_mid_speech_goes_on_with_the_next_segment() {
        // Someone's language changes while they speak: the open segment is
        // closed at once, and their speech goes on in a new one.
        let words = vec![
            ("Good", 500, 800),
            ("morning", 900, 1400),
            ("doctor", 1600, 2100),
        ];
        let mut script = Script {
            words,
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        };
        let mut s = Streamer::new(StreamConfig::default());
        let speech = audio(&[(500, 3000)], 3000);
        let (before, after) = speech.split_at((1500 * SAMPLES_PER_MS) as usize + 100);
        let mut out = run(&mut s, &mut script, before);
        let closed = out.iter().filter(|c| c.is_final).count();
        assert_eq!(closed, 1, "{out:?}");
        out.extend(run(&mut s, &mut script, after));
        let finals: Vec<(u64, &str)> = out
            .iter()
            .filter(|c| c.is_final)
            .map(|c| (c.segment, c.text.as_str()))
            .collect();
        assert_eq!(finals, [(0, "Good morning"), (1, "doctor")]);
    }

    #[test]
    fn audio_in_large_chunks_with_a_pause_inside_one_goes_on_cleanly() {
        // A busy worker pushes a second or more at once: the pause that
        // closes a segment falls inside one push, and speech goes on after.
        let words = vec![("One", 300, 800), ("two", 1900, 2400)];
        let mut script = Script {
            words,
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        };
        let mut s = Streamer::new(StreamConfig::default());
        let speech = audio(&[(300, 900), (1800, 2500)], 4000);
        let mut out = Vec::new();
        for chunk in speech.chunks((1700 * SAMPLES_PER_MS) as usize) {
            script.offset_ms = s.window_start / SAMPLES_PER_MS;
            out.extend(s.push(chunk, &mut script, &mut Loud).unwrap());
        }
        script.offset_ms = s.window_start / SAMPLES_PER_MS;
        out.extend(s.finish(&mut script).unwrap());
        let finals: Vec<(u64, &str)> = out
            .iter()
            .filter(|c| c.is_final)
            .map(|c| (c.segment, c.text.as_str()))
            .collect();
        assert_eq!(finals, [(0, "One"), (1, "two")]);
    }

    #[test]
    fn a_monologue_without_pauses_is_cut_at_a_stable_word_and_the_window_stays_bounded() {
        // 40 s of speech, a word every 400 ms.
        let mut script = monologue(100);
        let config = StreamConfig {
            max_window_ms: 8_000,
            ..StreamConfig::default()
        };
        let mut s = Streamer::new(config);
        let mut out = Vec::new();
        let mut widest = 0;
        for chunk in audio(&[(0, 40_200)], 40_200).chunks(320) {
            script.offset_ms = s.window_start / SAMPLES_PER_MS;
            out.extend(s.push(chunk, &mut script, &mut Loud).unwrap());
            widest = widest.max(s.window_ms());
        }
        script.offset_ms = s.window_start / SAMPLES_PER_MS;
        out.extend(s.finish(&mut script).unwrap());
        assert!(widest <= 8_000 + 100, "window {widest} ms");
        let finals: Vec<&Caption> = out.iter().filter(|c| c.is_final).collect();
        assert!(finals.len() >= 4, "{finals:?}");
        let count: usize = finals.iter().map(|c| c.text.split(' ').count()).sum();
        assert_eq!(
            count, 100,
            "every word once: none lost or repeated at the cuts"
        );
    }

    /// `n` words without a pause, `w0`, `w1`...: one every 400 ms from
    /// 200 ms, each 300 ms long.
    fn monologue(n: u64) -> Script {
        let words = (0..n)
            .map(|i| {
                let name: &'static str = Box::leak(format!("w{i}").into_boxed_str());
                (name, 200 + i * 400, 200 + i * 400 + 300)
            })
            .collect();
        Script {
            words,
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        }
    }

    /// A sentence of ten words, 1.0-4.9 s, then silence.
    fn sentence() -> (Script, Vec<f32>) {
        let names = [
            "Ten", "words", "said", "at", "an", "even", "pace", "for", "the", "test.",
        ];
        let words = (0..10u64)
            .map(|i| (names[i as usize], 1000 + i * 400, 1000 + i * 400 + 300))
            .collect();
        let script = Script {
            words,
            unsure_ms: 0,
            offset_ms: 0,
            heard: Vec::new(),
        };
        (script, audio(&[(1000, 4900)], 7000))
    }

    #[test]
    fn the_first_words_show_early_and_the_final_text_is_ready_when_the_pause_is_confirmed() {
        let (mut script, speech) = sentence();
        let config = StreamConfig {
            step_ms: 1_000,
            ..StreamConfig::default()
        };
        let mut s = Streamer::new(config.clone());
        let mut seen: Vec<(u64, Caption)> = Vec::new();
        for chunk in speech.chunks(320) {
            for c in s.push(chunk, &mut script, &mut Loud).unwrap() {
                seen.push((s.now_ms(), c));
            }
        }
        // The first pass comes once `first_pass_ms` of the segment (pad
        // included) is there, not a whole step after the onset.
        let (first_at, first) = &seen[0];
        assert!(
            *first_at <= 1000 + config.first_pass_ms - config.pad_ms + 100,
            "first words at {first_at} ms: {first:?}"
        );
        assert!(!first.is_final && !first.tentative.is_empty());
        // The closing pass ran on the first silence and its words showed
        // then; confirming the pause took no pass of its own.
        let passes_before = s.passes();
        let finals: Vec<&(u64, Caption)> = seen.iter().filter(|(_, c)| c.is_final).collect();
        assert_eq!(finals.len(), 1, "{seen:?}");
        let (final_at, last) = finals[0];
        assert_eq!(last.text, "Ten words said at an even pace for the test.");
        let speech_end = 4900;
        assert!(
            *final_at <= speech_end + config.pause_ms + 100,
            "final at {final_at} ms"
        );
        let shown = seen
            .iter()
            .find(|(_, c)| !c.is_final && format!("{} {}", c.text, c.tentative).trim() == last.text)
            .map(|(at, _)| *at)
            .unwrap();
        assert!(
            shown < *final_at && shown <= speech_end + 200,
            "all words shown at {shown} ms"
        );
        let closing = script
            .heard
            .iter()
            .filter(|(_, end)| *end > speech_end)
            .count();
        assert_eq!(closing, 1, "one pass after the speech: {:?}", script.heard);
        assert_eq!(s.passes(), passes_before);
    }

    #[test]
    fn passes_of_a_long_segment_do_not_hear_the_settled_words_again() {
        // 30 s of speech without a pause, a word every 400 ms.
        let mut script = monologue(75);
        let mut s = Streamer::new(StreamConfig {
            max_window_ms: 60_000,
            ..StreamConfig::default()
        });
        let out = run(&mut s, &mut script, &audio(&[(0, 30_200)], 31_000));
        // Until the segment has settled words, passes hear it from its
        // start (4.1 s here); then about the same length, wherever they
        // are. The closing pass hears the last 8 s.
        let (closing, partial) = script.heard.split_last().unwrap();
        assert_eq!(closing.1 - closing.0, CLOSING_WINDOW_MS);
        let longest = partial.iter().map(|(a, b)| b - a).max().unwrap();
        assert!(longest <= 4_500, "the longest pass heard {longest} ms");
        let late: Vec<u64> = partial
            .iter()
            .filter(|(a, _)| *a > 10_000)
            .map(|(a, b)| b - a)
            .collect();
        assert!(
            late.len() > 20 && late.iter().all(|ms| *ms < 4_000),
            "{late:?}"
        );
        let last = out.iter().rfind(|c| c.is_final).unwrap();
        assert_eq!(last.text.split(' ').count(), 75, "{}", last.text);
        assert_eq!(last.text.split(' ').next_back(), Some("w74"));
    }

    #[test]
    fn a_streamer_saving_work_makes_one_pass_a_segment_and_one_catching_up_says_words_were_missed()
    {
        let (mut script, speech) = sentence();
        let mut s = Streamer::new(StreamConfig::default());
        s.set_partials(false);
        // Nor does it detect the language, even when asked to.
        s.set_detect(true);
        let out = run(&mut s, &mut script, &speech);
        assert_eq!(s.passes(), 1, "{:?}", script.heard);
        assert_eq!(s.detections(), 0);
        assert_eq!(
            out.len(),
            2,
            "the closing pass's words, then final: {out:?}"
        );
        assert_eq!(out[1].text, "Ten words said at an even pace for the test.");
        assert!(!out[1].words_missed);
        // Keeping up, it detects once for the segment (this recogniser
        // cannot tell languages apart: no caption says it detected one).
        let (mut script, speech) = sentence();
        let mut s = Streamer::new(StreamConfig::default());
        s.set_detect(true);
        let out = run(&mut s, &mut script, &speech);
        assert_eq!(s.detections(), 1);
        assert!(out.iter().all(|c| c.detected.is_none()), "{out:?}");

        // Mid-sentence, 2 s of audio are dropped: what was heard so far is
        // final as it stands (no pass), and the next caption says words
        // were missed.
        let (mut script, speech) = sentence();
        let mut s = Streamer::new(StreamConfig::default());
        let (before, after) = speech.split_at((2500 * SAMPLES_PER_MS) as usize);
        let heard = run_open(&mut s, &mut script, before);
        assert!(heard.iter().all(|c| !c.is_final));
        let passes = s.passes();
        let closed = s.skip(2000 * SAMPLES_PER_MS).unwrap();
        assert_eq!(s.passes(), passes);
        assert!(
            closed.is_final && !closed.words_missed && closed.text.starts_with("Ten words"),
            "{closed:?}"
        );
        assert_eq!(s.now_ms(), 4500);
        let rest = &after[(2000 * SAMPLES_PER_MS) as usize..];
        let out = run(&mut s, &mut script, rest);
        let next = out.first().unwrap();
        assert!(
            next.words_missed && next.segment == closed.segment + 1,
            "{out:?}"
        );
        assert!(out.iter().skip(1).all(|c| !c.words_missed));
        assert_eq!(out.last().unwrap().text, "test.");
    }

    #[test]
    fn past_stable_aligns_the_stable_words_with_the_new_pass() {
        let w = |t: &str| Word {
            text: t.into(),
            start_ms: 0,
            end_ms: 0,
        };
        let words = |s: &str| s.split(' ').map(w).collect::<Vec<_>>();
        let text = |ws: Vec<Word>| {
            ws.iter()
                .map(|w| w.text.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // The same start, punctuation aside: the rest follows.
        assert_eq!(
            text(past_stable(&words("ask not"), words("Ask not, what your"))),
            "what your"
        );
        // A stable word heard differently now.
        assert_eq!(
            text(past_stable(
                &words("as what you"),
                words("Ask what you can do")
            )),
            "can do"
        );
        assert_eq!(
            text(past_stable(
                &words("Please take one tablet twice"),
                words("Please take one tablet, why some day")
            )),
            "why some day"
        );
        // A word heard as two: the shorter prefix, the later word kept.
        assert_eq!(
            text(past_stable(
                &words("The result is"),
                words("The results came back")
            )),
            "came back"
        );
        assert_eq!(text(past_stable(&[], words("hello there"))), "hello there");
    }

    #[test]
    fn a_loop_is_cut_after_its_first_run() {
        let w = |t: &str| Word {
            text: t.into(),
            start_ms: 0,
            end_ms: 0,
        };
        let text = |ws: Vec<Word>| {
            ws.iter()
                .map(|w| w.text.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let looping = "so we will check it so we will check it so we"
            .split(' ')
            .map(w)
            .collect();
        assert_eq!(text(without_loops(looping)), "so we will check it");
        // Short repeats are speech ("no no", "very very").
        let fine = "it is very very good good".split(' ').map(w).collect();
        assert_eq!(text(without_loops(fine)), "it is very very good good");
    }

    #[test]
    fn tail_chars_counts_characters_not_bytes() {
        assert_eq!(tail_chars("héllo wörld", 5), "wörld");
        assert_eq!(tail_chars("abc", 5), "abc");
        assert_eq!(whole_words("héllo wörld", 5), "wörld");
        assert_eq!(whole_words("héllo wörld", 7), "wörld");
        assert_eq!(whole_words("héllo wörld", 20), "héllo wörld");
        assert_eq!(whole_words("héllowörld", 5), "");
    }
}
