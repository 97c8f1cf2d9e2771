//! Audio into the shape the recogniser wants: 16 kHz mono `f32`.
//!
//! Live audio arrives as Opus packets (what the SFU forwards); libopus
//! decodes straight to 16 kHz, so no resampler is needed there. Files
//! arrive at any rate, mono or stereo: they are mixed down and resampled
//! with rubato.

use std::path::Path;

use rubato::audioadapter_buffers::direct::SequentialSliceOfVecs;
use rubato::{Fft, FixedSync, Resampler};

use crate::CaptionError;

/// The recogniser's sample rate.
pub const SAMPLE_RATE: u32 = 16_000;

/// Samples in one millisecond at [`SAMPLE_RATE`].
pub const SAMPLES_PER_MS: u64 = SAMPLE_RATE as u64 / 1000;

/// The longest Opus frame (120 ms) at 16 kHz.
const MAX_FRAME: usize = 120 * SAMPLES_PER_MS as usize;

/// One speaker's Opus stream, decoded to 16 kHz mono.
pub struct OpusToPcm {
    decoder: opus::Decoder,
    /// Packets that would not decode (corrupt, or not Opus at all).
    pub bad_packets: u64,
}

impl std::fmt::Debug for OpusToPcm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpusToPcm")
            .field("bad_packets", &self.bad_packets)
            .finish()
    }
}

impl OpusToPcm {
    pub fn new() -> Result<Self, CaptionError> {
        let decoder = opus::Decoder::new(SAMPLE_RATE, opus::Channels::Mono)
            .map_err(|e| CaptionError::Opus(e.to_string()))?;
        Ok(Self {
            decoder,
            bad_packets: 0,
        })
    }

    /// Decodes one packet onto the end of `out`; returns how many samples
    /// it added. A packet that does not decode adds nothing and is counted
    /// in [`Self::bad_packets`]: one broken packet is a gap, not an error.
    pub fn decode(&mut self, packet: &[u8], out: &mut Vec<f32>) -> usize {
        if packet.is_empty() {
            // (libopus would take it for a lost packet and conceal one.)
            self.bad_packets += 1;
            return 0;
        }
        let start = out.len();
        out.resize(start + MAX_FRAME, 0.0);
        match self.decoder.decode_float(packet, &mut out[start..], false) {
            Ok(n) => {
                out.truncate(start + n);
                n
            }
            Err(_) => {
                out.truncate(start);
                self.bad_packets += 1;
                0
            }
        }
    }

    /// Conceals `ms` of lost audio (packet loss) with libopus's own
    /// concealment, so that the timeline keeps its length.
    pub fn conceal(&mut self, ms: u32, out: &mut Vec<f32>) {
        let mut left = (ms as usize * SAMPLES_PER_MS as usize).min(MAX_FRAME * 8);
        while left > 0 {
            let n = left.min(20 * SAMPLES_PER_MS as usize);
            let start = out.len();
            out.resize(start + n, 0.0);
            let done = self
                .decoder
                .decode_float(&[], &mut out[start..], false)
                .unwrap_or(0);
            out.truncate(start + done);
            if done == 0 {
                out.resize(start + n, 0.0);
            }
            left -= n;
        }
    }
}

/// A WAV file as 16 kHz mono: any sample rate, mono or stereo (channels
/// are averaged), 8-32 bit integer or 32 bit float samples.
pub fn read_wav(path: &Path) -> Result<Vec<f32>, CaptionError> {
    let mut reader = hound::WavReader::open(path)
        .map_err(|e| CaptionError::Wav(format!("{}: {e}", path.display())))?;
    let spec = reader.spec();
    if spec.channels == 0 || spec.sample_rate == 0 {
        return Err(CaptionError::Wav(format!(
            "{}: no channels or no sample rate",
            path.display()
        )));
    }
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<_, _>>(),
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader
                .samples::<i32>()
                .map(|s| s.map(|s| s as f32 * scale))
                .collect::<Result<_, _>>()
        }
    }
    .map_err(|e| CaptionError::Wav(format!("{}: {e}", path.display())))?;
    let channels = usize::from(spec.channels);
    let mono: Vec<f32> = interleaved
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / channels as f32)
        .collect();
    resample(&mono, spec.sample_rate)
}

/// `samples` at `rate` Hz, resampled to [`SAMPLE_RATE`].
pub fn resample(samples: &[f32], rate: u32) -> Result<Vec<f32>, CaptionError> {
    if rate == SAMPLE_RATE || samples.is_empty() {
        return Ok(samples.to_vec());
    }
    let err = |e: &dyn std::fmt::Display| CaptionError::Resample(e.to_string());
    let mut resampler = Fft::<f32>::new(
        rate as usize,
        SAMPLE_RATE as usize,
        1024,
        1,
        FixedSync::Input,
    )
    .map_err(|e| err(&e))?;
    let input = vec![samples.to_vec()];
    let adapter = SequentialSliceOfVecs::new(&input, 1, samples.len()).map_err(|e| err(&e))?;
    let out = resampler
        .process_all(&adapter, samples.len(), None)
        .map_err(|e| err(&e))?;
    Ok(out.take_data())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn tone(rate: u32, ms: u32) -> Vec<f32> {
        (0..rate * ms / 1000)
            .map(|i| (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin() * 0.5)
            .collect()
    }

    #[test]
    fn resampling_keeps_the_duration_and_the_level() {
        for rate in [8_000, 22_050, 44_100, 48_000] {
            let out = resample(&tone(rate, 1000), rate).unwrap();
            assert!(
                (out.len() as i64 - 16_000).abs() <= 16,
                "{rate}: {}",
                out.len()
            );
            let peak = out[2000..14000].iter().fold(0f32, |m, s| m.max(s.abs()));
            assert!((0.45..0.55).contains(&peak), "{rate}: peak {peak}");
        }
    }

    #[test]
    fn garbage_packets_are_counted_not_fatal_and_real_ones_decode() {
        let mut dec = OpusToPcm::new().unwrap();
        let mut out = Vec::new();
        // Packets with an invalid TOC/frame-count layout (code 3 with zero frames).
        assert_eq!(dec.decode(&[0xFF, 0x00], &mut out), 0);
        assert_eq!(dec.decode(&[], &mut out), 0);
        assert_eq!((dec.bad_packets, out.len()), (2, 0));
        let mut enc =
            opus::Encoder::new(16_000, opus::Channels::Mono, opus::Application::Voip).unwrap();
        let frame = &tone(16_000, 20)[..320];
        let mut packet = vec![0u8; 400];
        let n = enc.encode_float(frame, &mut packet).unwrap();
        assert_eq!(dec.decode(&packet[..n], &mut out), 320);
        dec.conceal(40, &mut out);
        assert_eq!(out.len(), 320 + 640);
    }
}
