//! Media encoding for anteroom, with just what the load tester needs today:
//! a short synthetic test clip encoded once (H264 through openh264, in one
//! or more simulcast sizes, and Opus audio), played in a loop with
//! continuous timestamps, and an H264 decoder that proves what arrives is
//! real, decodable video.
//!
//! The clip is generated, not read from a file (no video file ships with
//! the project): a moving gradient with a bouncing box and a little noise,
//! so that the encoder produces real motion-compensated P frames at a
//! realistic bitrate rather than the near-empty frames of a still image.

use openh264::OpenH264API;
use openh264::decoder::Decoder;
use openh264::encoder::{
    BitRate, Encoder, EncoderConfig, FrameRate, FrameType, IntraFramePeriod, RateControlMode,
};
use openh264::formats::{YUVBuffer, YUVSource};

/// Why encoding or decoding failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("video size {width}x{height} must be even and between 16x16 and 1920x1080")]
    BadSize { width: u32, height: u32 },
    #[error("the clip needs at least one frame and a frame rate between 1 and 60")]
    BadClip,
    #[error("H264 encoder: {0}")]
    Encoder(String),
    #[error("H264 decoder: {0}")]
    Decoder(String),
    #[error("Opus encoder: {0}")]
    Opus(#[from] opus::Error),
}

/// One size of the clip: a simulcast layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerSpec {
    pub width: u32,
    pub height: u32,
    /// Target bitrate, bits per second.
    pub bitrate: u32,
}

/// One encoded video frame, Annex B (start codes before each NAL unit).
#[derive(Debug, Clone)]
pub struct EncodedFrame {
    pub data: Vec<u8>,
    pub keyframe: bool,
}

/// A clip encoded at one size. Frame 0 is an IDR frame with its SPS and
/// PPS; the others are P frames, so the loop restarts on a keyframe and a
/// player that restarts at frame 0 gives a decodable keyframe at any time.
#[derive(Debug, Clone)]
pub struct VideoClip {
    pub spec: LayerSpec,
    pub fps: u32,
    pub frames: Vec<EncodedFrame>,
}

impl VideoClip {
    /// Encodes `seconds` of the synthetic picture at `fps`.
    pub fn encode(spec: LayerSpec, fps: u32, seconds: f32) -> Result<VideoClip, Error> {
        let LayerSpec {
            width,
            height,
            bitrate,
        } = spec;
        if width % 2 != 0
            || height % 2 != 0
            || !(16..=1920).contains(&width)
            || !(16..=1080).contains(&height)
        {
            return Err(Error::BadSize { width, height });
        }
        let count = (seconds * fps as f32).round() as usize;
        if count == 0 || !(1..=60).contains(&fps) {
            return Err(Error::BadClip);
        }
        let config = EncoderConfig::new()
            .bitrate(BitRate::from_bps(bitrate))
            .max_frame_rate(FrameRate::from_hz(fps as f32))
            .rate_control_mode(RateControlMode::Bitrate)
            .skip_frames(false)
            // One IDR at the start of the clip; the loop brings the next.
            .intra_frame_period(IntraFramePeriod::from_num_frames(count as u32 + 1))
            .scene_change_detect(false)
            .num_threads(1);
        let mut encoder = Encoder::with_api_config(OpenH264API::from_source(), config)
            .map_err(|e| Error::Encoder(e.to_string()))?;
        let mut picture = Picture::new(width as usize, height as usize);
        let mut frames = Vec::with_capacity(count);
        for index in 0..count {
            picture.draw(index, count);
            let yuv = YUVBuffer::from_vec(picture.yuv.clone(), picture.width, picture.height);
            let stream = encoder
                .encode(&yuv)
                .map_err(|e| Error::Encoder(e.to_string()))?;
            let keyframe = matches!(stream.frame_type(), FrameType::IDR | FrameType::I);
            if index == 0 && !keyframe {
                return Err(Error::Encoder("the first frame is not a keyframe".into()));
            }
            frames.push(EncodedFrame {
                data: stream.to_vec(),
                keyframe,
            });
        }
        Ok(VideoClip { spec, fps, frames })
    }

    /// The clip's mean bitrate, bits per second.
    pub fn bitrate(&self) -> u64 {
        let bytes: usize = self.frames.iter().map(|f| f.data.len()).sum();
        bytes as u64 * 8 * u64::from(self.fps) / self.frames.len() as u64
    }
}

/// The synthetic picture: I420, redrawn for each frame.
struct Picture {
    width: usize,
    height: usize,
    yuv: Vec<u8>,
    noise: u32,
}

impl Picture {
    fn new(width: usize, height: usize) -> Picture {
        Picture {
            width,
            height,
            yuv: vec![0; width * height * 3 / 2],
            noise: 0x9e37_79b9,
        }
    }

    /// Frame `index` of `count`: the gradient scrolls and a box bounces, in
    /// a loop that ends where it started (so the looped clip has no jump).
    fn draw(&mut self, index: usize, count: usize) {
        let (w, h) = (self.width, self.height);
        let phase = index as f32 / count as f32;
        let shift = (phase * w as f32) as usize;
        let (luma, chroma) = self.yuv.split_at_mut(w * h);
        for y in 0..h {
            for x in 0..w {
                // Cheap xorshift noise, a few levels deep, like sensor noise.
                self.noise ^= self.noise << 13;
                self.noise ^= self.noise >> 17;
                self.noise ^= self.noise << 5;
                let base = (((x + shift) % w) * 200 / w + y * 40 / h) as u32;
                luma[y * w + x] = (base + (self.noise & 7)) as u8;
            }
        }
        let side = (h / 4).max(4);
        let angle = phase * std::f32::consts::TAU;
        let cx = ((angle.cos() * 0.35 + 0.5) * (w - side) as f32) as usize;
        let cy = ((angle.sin() * 0.35 + 0.5) * (h - side) as f32) as usize;
        for y in cy..(cy + side).min(h) {
            luma[y * w + cx..y * w + (cx + side).min(w)].fill(235);
        }
        let (cw, ch) = (w / 2, h / 2);
        let (u, v) = chroma.split_at_mut(cw * ch);
        for y in 0..ch {
            for x in 0..cw {
                u[y * cw + x] = (96 + (x * 64 / cw)) as u8;
                v[y * cw + x] = (160 - (y * 64 / ch)) as u8;
            }
        }
    }
}

/// An H264 decoder (openh264).
pub struct VideoDecoder {
    decoder: Decoder,
}

impl std::fmt::Debug for VideoDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VideoDecoder")
    }
}

impl VideoDecoder {
    pub fn new() -> Result<VideoDecoder, Error> {
        let decoder = Decoder::new().map_err(|e| Error::Decoder(e.to_string()))?;
        Ok(VideoDecoder { decoder })
    }

    /// Decodes one Annex B access unit; the picture's size when it gave one.
    pub fn decode(&mut self, frame: &[u8]) -> Result<Option<(u32, u32)>, Error> {
        match self.decoder.decode(frame) {
            Ok(Some(picture)) => {
                let (w, h) = picture.dimensions();
                Ok(Some((w as u32, h as u32)))
            }
            Ok(None) => Ok(None),
            Err(e) => Err(Error::Decoder(e.to_string())),
        }
    }
}

/// Opus audio, 48 kHz mono, 20 ms frames: a clip of `frames` packets of a
/// warbling tone with pauses, encoded once and looped.
#[derive(Debug, Clone)]
pub struct AudioClip {
    pub frames: Vec<Vec<u8>>,
}

/// Samples in one 20 ms Opus frame at 48 kHz.
pub const OPUS_FRAME_SAMPLES: u32 = 960;

impl AudioClip {
    pub fn encode(seconds: f32, bitrate: i32) -> Result<AudioClip, Error> {
        let mut encoder =
            opus::Encoder::new(48_000, opus::Channels::Mono, opus::Application::Voip)?;
        encoder.set_bitrate(opus::Bitrate::Bits(bitrate))?;
        let count = ((seconds * 50.0).round() as usize).max(1);
        let mut pcm = vec![0i16; OPUS_FRAME_SAMPLES as usize];
        let mut frames = Vec::with_capacity(count);
        let mut phase = 0f32;
        for index in 0..count {
            // Half a second of tone, a quarter of silence.
            let voiced = index % 38 < 25;
            for (i, sample) in pcm.iter_mut().enumerate() {
                let t = (index * OPUS_FRAME_SAMPLES as usize + i) as f32 / 48_000.0;
                let freq = 220.0 + 60.0 * (t * 3.0).sin();
                phase += freq / 48_000.0 * std::f32::consts::TAU;
                *sample = if voiced {
                    (phase.sin() * 8000.0) as i16
                } else {
                    0
                };
            }
            frames.push(encoder.encode_vec(&pcm, 400)?);
        }
        Ok(AudioClip { frames })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_clip_loops_from_a_keyframe_and_decodes_at_its_size() {
        let spec = LayerSpec {
            width: 320,
            height: 180,
            bitrate: 200_000,
        };
        let clip = VideoClip::encode(spec, 30, 1.0).unwrap();
        assert_eq!(clip.frames.len(), 30);
        assert!(clip.frames[0].keyframe);
        assert!(
            clip.frames[1..].iter().all(|f| !f.keyframe),
            "one IDR per loop"
        );
        assert!(clip.frames[0].data.starts_with(&[0, 0, 0, 1]), "Annex B");
        // Rate control lands in the right region (not a still image, not runaway).
        let rate = clip.bitrate();
        assert!((50_000..600_000).contains(&rate), "bitrate {rate}");
        // Every frame decodes, twice round the loop.
        let mut decoder = VideoDecoder::new().unwrap();
        let mut decoded = 0;
        for frame in clip.frames.iter().chain(&clip.frames) {
            if let Some(size) = decoder.decode(&frame.data).unwrap() {
                assert_eq!(size, (320, 180));
                decoded += 1;
            }
        }
        assert!(decoded >= 58, "decoded {decoded} of 60");
    }

    #[test]
    fn odd_sizes_and_empty_clips_are_refused() {
        let odd = LayerSpec {
            width: 321,
            height: 180,
            bitrate: 100_000,
        };
        assert!(matches!(
            VideoClip::encode(odd, 30, 1.0),
            Err(Error::BadSize { .. })
        ));
        let fine = LayerSpec {
            width: 320,
            height: 180,
            bitrate: 100_000,
        };
        assert!(matches!(
            VideoClip::encode(fine, 30, 0.0),
            Err(Error::BadClip)
        ));
        assert!(matches!(
            VideoClip::encode(fine, 0, 1.0),
            Err(Error::BadClip)
        ));
    }

    #[test]
    fn audio_is_twenty_millisecond_opus_frames() {
        let clip = AudioClip::encode(1.0, 32_000).unwrap();
        assert_eq!(clip.frames.len(), 50);
        let mut decoder = opus::Decoder::new(48_000, opus::Channels::Mono).unwrap();
        let mut pcm = vec![0i16; 960];
        for frame in &clip.frames {
            assert_eq!(decoder.decode(frame, &mut pcm, false).unwrap(), 960);
        }
    }

    #[test]
    fn garbage_does_not_decode_into_a_picture() {
        let mut decoder = VideoDecoder::new().unwrap();
        let junk = [0u8, 0, 0, 1, 0x65, 0xff, 0x00, 0x12, 0x34];
        assert!(!matches!(decoder.decode(&junk), Ok(Some(_))));
    }
}
