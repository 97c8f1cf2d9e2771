//! The media every publisher sends, encoded once at start-up, and the stamp
//! each video frame carries so a subscriber can tell when it was sent and
//! from which layer.

use anteroom_transcoder::{AudioClip, LayerSpec, VideoClip};

use crate::BenchError;
use crate::scenario::Scenario;

/// The encoded clip: one H264 loop per layer, and Opus audio.
#[derive(Debug)]
pub struct Clips {
    pub fps: u32,
    /// (rid, clip), smallest first.
    pub video: Vec<(&'static str, VideoClip)>,
    /// The layer index (0 q, 1 h, 2 f) each entry of `video` stands for.
    pub layer_index: Vec<u8>,
    pub audio: Option<AudioClip>,
}

/// Frames per second of the clip.
pub const FPS: u32 = 30;
/// Seconds in one loop of the clip (one keyframe per loop, and on request).
pub const CLIP_SECONDS: f32 = 3.0;

impl Clips {
    pub fn encode(scenario: &Scenario) -> Result<Clips, BenchError> {
        let mut video = Vec::new();
        let mut layer_index = Vec::new();
        if scenario.video {
            for (rid, width, height, kbps) in scenario.layers() {
                let spec = LayerSpec {
                    width,
                    height,
                    bitrate: kbps * 1000,
                };
                let clip = VideoClip::encode(spec, FPS, CLIP_SECONDS)
                    .map_err(|e| BenchError::Media(e.to_string()))?;
                layer_index.push(match rid {
                    "q" => 0,
                    "h" => 1,
                    _ => 2,
                });
                video.push((rid, clip));
            }
        }
        let audio = match scenario.audio_kbps {
            0 => None,
            kbps => Some(
                AudioClip::encode(CLIP_SECONDS, kbps as i32 * 1000)
                    .map_err(|e| BenchError::Media(e.to_string()))?,
            ),
        };
        Ok(Clips {
            fps: FPS,
            video,
            layer_index,
            audio,
        })
    }
}

/// Marks our SEI message among others (random, fixed; no zero bytes).
const UUID: [u8; 16] = [
    0x61, 0x6e, 0x74, 0x65, 0x72, 0x6f, 0x6f, 0x6d, 0x2d, 0x62, 0x65, 0x6e, 0x63, 0x68, 0x9c, 0x17,
];

/// What a video frame carries: when it was sent (microseconds since the
/// bench's start, the same clock the subscriber reads), its layer and its
/// publisher. Carried in an H264 SEI "user data unregistered" NAL unit,
/// which decoders skip, in ASCII so it needs no emulation prevention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub sent_us: u64,
    pub layer: u8,
    pub publisher: u32,
}

impl Stamp {
    /// The access unit `frame` (Annex B) with the stamp's SEI placed before
    /// its first slice (after any SPS and PPS, so a keyframe still starts
    /// with them).
    pub fn insert(&self, frame: &[u8]) -> Vec<u8> {
        let text = format!("t{}l{}p{}", self.sent_us, self.layer, self.publisher);
        let mut sei = Vec::with_capacity(40);
        sei.extend_from_slice(&[0, 0, 0, 1, 0x06, 0x05, (UUID.len() + text.len()) as u8]);
        sei.extend_from_slice(&UUID);
        sei.extend_from_slice(text.as_bytes());
        sei.push(0x80);
        let at = first_slice(frame).unwrap_or(0);
        let mut out = Vec::with_capacity(frame.len() + sei.len());
        out.extend_from_slice(&frame[..at]);
        out.extend_from_slice(&sei);
        out.extend_from_slice(&frame[at..]);
        out
    }

    /// The stamp in a received access unit, if it has one.
    pub fn find(frame: &[u8]) -> Option<Stamp> {
        let at = frame.windows(UUID.len()).position(|w| w == UUID)? + UUID.len();
        let rest = &frame[at..];
        let end = rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let text = std::str::from_utf8(&rest[..end]).ok()?;
        let text = text.strip_prefix('t')?;
        let (sent, rest) = text.split_once('l')?;
        let (layer, publisher) = rest.split_once('p')?;
        Some(Stamp {
            sent_us: sent.parse().ok()?,
            layer: layer.parse().ok()?,
            publisher: publisher.parse().ok()?,
        })
    }
}

/// Whether an access unit holds an IDR slice (NAL type 5) before any
/// non-IDR slice (type 1).
pub fn is_keyframe(frame: &[u8]) -> bool {
    nal_units(frame)
        .map(|(_, kind)| kind)
        .find(|&kind| kind == 5 || kind == 1)
        == Some(5)
}

/// The offset of the start code of the first slice NAL unit (types 1-5),
/// with the fourth zero of a 4-byte start code.
fn first_slice(frame: &[u8]) -> Option<usize> {
    let (at, _) = nal_units(frame).find(|(_, kind)| (1..=5).contains(kind))?;
    Some(if at > 0 && frame[at - 1] == 0 {
        at - 1
    } else {
        at
    })
}

/// The NAL units of an Annex B access unit: the offset of each 3-byte
/// start code, and the unit's type.
fn nal_units(frame: &[u8]) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + 3 < frame.len() {
            if frame[i] == 0 && frame[i + 1] == 0 && frame[i + 2] == 1 {
                let found = (i, frame[i + 3] & 0x1f);
                i += 3;
                return Some(found);
            }
            i += 1;
        }
        None
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use anteroom_transcoder::VideoDecoder;

    #[test]
    fn a_stamp_survives_the_round_trip_and_the_frame_still_decodes() {
        let clip = VideoClip::encode(
            LayerSpec {
                width: 320,
                height: 180,
                bitrate: 150_000,
            },
            30,
            0.5,
        )
        .unwrap();
        let mut decoder = VideoDecoder::new().unwrap();
        for (i, frame) in clip.frames.iter().enumerate() {
            let stamp = Stamp {
                sent_us: 1_234_567 + i as u64,
                layer: 2,
                publisher: 17,
            };
            let stamped = stamp.insert(&frame.data);
            assert_eq!(Stamp::find(&stamped), Some(stamp));
            if frame.keyframe {
                assert_eq!(
                    &stamped[..5],
                    &[0, 0, 0, 1, 0x67],
                    "a keyframe still starts with its SPS"
                );
            }
            assert_eq!(is_keyframe(&stamped), frame.keyframe, "frame {i}");
            assert_eq!(
                decoder.decode(&stamped).unwrap(),
                Some((320, 180)),
                "frame {i}"
            );
        }
        assert_eq!(Stamp::find(&clip.frames[3].data), None);
        assert_eq!(Stamp::find(b"garbage"), None);
    }
}
