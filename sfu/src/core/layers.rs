//! Simulcast layers: what a packet tells about its frame (keyframe start,
//! picture size), what each layer of a track looks like now, and which layer
//! a subscriber should get.

use std::time::{Duration, Instant};

use str0m::format::Codec;
use str0m::media::Rid;

/// What the first bytes of an RTP payload say about the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct FrameStart {
    /// The packet starts a keyframe, or (H264) one of its parameter sets or
    /// slices: a subscriber can switch to this layer here if it is also the
    /// frame's first packet.
    pub keyframe: bool,
    /// The payload itself says it is its frame's first packet (VP8's start
    /// of partition 0). H264 cannot say: [`FrameBoundary`] tells instead.
    pub first_packet: bool,
    /// The picture size, when the payload carries it (VP8 keyframes).
    pub size: Option<(u32, u32)>,
}

/// Inspects a VP8 or H264 RTP payload. Never panics; anything it cannot
/// read is "not a keyframe start".
pub(super) fn inspect(codec: Codec, payload: &[u8]) -> FrameStart {
    match codec {
        Codec::Vp8 => inspect_vp8(payload),
        Codec::H264 => FrameStart {
            keyframe: h264_keyframe_start(payload),
            first_packet: false,
            size: None,
        },
        _ => FrameStart::default(),
    }
}

/// RFC 7741: payload descriptor, then (at the start of a frame) the VP8
/// frame tag, whose P bit is 0 for keyframes, followed on keyframes by the
/// start code 9d 01 2a and 14-bit width and height.
fn inspect_vp8(p: &[u8]) -> FrameStart {
    let Some(&b0) = p.first() else {
        return FrameStart::default();
    };
    let start_of_partition = b0 & 0x10 != 0;
    let partition_id = b0 & 0x07;
    let mut i = 1;
    if b0 & 0x80 != 0 {
        let Some(&x) = p.get(i) else {
            return FrameStart::default();
        };
        i += 1;
        if x & 0x80 != 0 {
            // Picture ID: 7 or 15 bits.
            let Some(&pid) = p.get(i) else {
                return FrameStart::default();
            };
            i += if pid & 0x80 != 0 { 2 } else { 1 };
        }
        if x & 0x40 != 0 {
            i += 1; // TL0PICIDX
        }
        if x & 0x30 != 0 {
            i += 1; // TID / KEYIDX
        }
    }
    if !start_of_partition || partition_id != 0 {
        return FrameStart::default();
    }
    let not_key = FrameStart {
        first_packet: true,
        ..FrameStart::default()
    };
    let Some(frame) = p.get(i..) else {
        return not_key;
    };
    let Some(&tag) = frame.first() else {
        return not_key;
    };
    if tag & 0x01 != 0 {
        return not_key;
    }
    let size = match frame.get(3..10) {
        Some([0x9d, 0x01, 0x2a, w0, w1, h0, h1]) => {
            let w = u32::from(u16::from_le_bytes([*w0, *w1]) & 0x3fff);
            let h = u32::from(u16::from_le_bytes([*h0, *h1]) & 0x3fff);
            (w > 0 && h > 0).then_some((w, h))
        }
        _ => None,
    };
    FrameStart {
        keyframe: true,
        first_packet: true,
        size,
    }
}

/// RFC 6184: a single NAL unit, a STAP-A aggregate or the first fragment of
/// an FU-A that carries an IDR slice or a sequence parameter set (which
/// browsers send right before each IDR).
fn h264_keyframe_start(p: &[u8]) -> bool {
    const IDR: u8 = 5;
    const SPS: u8 = 7;
    let Some(&b0) = p.first() else { return false };
    match b0 & 0x1f {
        t @ 1..=23 => t == IDR || t == SPS,
        24 => {
            let mut i = 1;
            while let Some(len) = p
                .get(i..i + 2)
                .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
            {
                let Some(&nal) = p.get(i + 2) else {
                    return false;
                };
                if matches!(nal & 0x1f, IDR | SPS) {
                    return true;
                }
                i += 2 + len;
            }
            false
        }
        28 => p
            .get(1)
            .is_some_and(|&fu| fu & 0x80 != 0 && matches!(fu & 0x1f, IDR | SPS)),
        _ => false,
    }
}

/// Where each frame of one layer begins, so that a switch to the layer
/// happens at the first packet of a keyframe and never part-way into one.
/// An H264 keyframe often comes as several packets that each look like a
/// keyframe start: a STAP-A with the SPS and PPS, then the first fragment of
/// the IDR slice. A subscriber whose forwarding started at the second got
/// an IDR slice without its parameter sets, and could decode nothing until
/// the next keyframe (the bench saw 90 decode errors, one 3 s loop).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct FrameBoundary {
    /// The newest packet's (extended sequence number, RTP timestamp).
    newest: Option<(u64, u32)>,
}

impl FrameBoundary {
    /// Records a packet; whether it is the first packet of its frame: the
    /// one right after the newest before it, with another timestamp. After
    /// a gap nobody can tell (the frame's first packets may be the missing
    /// ones), so the answer is no; an older packet (reordered, or repaired
    /// late) never begins a frame. The first packet of the layer does.
    pub fn begins_frame(&mut self, seq: u64, ts: u32) -> bool {
        let begins = match self.newest {
            None => true,
            Some((newest_seq, _)) if seq <= newest_seq => return false,
            Some((newest_seq, newest_ts)) => seq == newest_seq + 1 && ts != newest_ts,
        };
        self.newest = Some((seq, ts));
        begins
    }
}

/// Incoming bitrate of one layer, over the last second or so.
#[derive(Debug, Clone)]
pub(super) struct RateMeter {
    window_start: Option<Instant>,
    window_bytes: u64,
    bps: u64,
}

const RATE_WINDOW: Duration = Duration::from_millis(500);

impl RateMeter {
    pub fn new() -> Self {
        RateMeter {
            window_start: None,
            window_bytes: 0,
            bps: 0,
        }
    }

    pub fn add(&mut self, now: Instant, bytes: usize) {
        let start = *self.window_start.get_or_insert(now);
        let elapsed = now.saturating_duration_since(start);
        if elapsed >= RATE_WINDOW {
            let measured = self.window_bytes * 8 * 1000 / (elapsed.as_millis().max(1) as u64);
            // Smooth: half the last window, half the history.
            self.bps = if self.bps == 0 {
                measured
            } else {
                (self.bps + measured) / 2
            };
            self.window_start = Some(now);
            self.window_bytes = 0;
        }
        self.window_bytes += bytes as u64;
    }

    pub fn bps(&self) -> u64 {
        self.bps
    }
}

/// At most this many layers per track: a publisher cannot make the SFU keep
/// state for any number of rids.
pub(super) const MAX_LAYERS: usize = 3;

/// One layer of a published video: a simulcast layer, by its rid, or the
/// one stream of a publisher that sends no simulcast. A subscriber's
/// target or current layer is an `Option<Layer>`: none means nothing is
/// forwarded (hidden, paused, or not started).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Layer(Option<Rid>);

impl Layer {
    /// The layer packets with this rid (or none) belong to.
    pub fn of(rid: Option<Rid>) -> Layer {
        Layer(rid)
    }

    /// Its rid, for keyframe requests and layer announcements (none: the
    /// single stream).
    pub fn rid(self) -> Option<Rid> {
        self.0
    }
}

/// One simulcast layer as the layer choice sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct LayerView {
    pub layer: Layer,
    pub width: u32,
    pub height: u32,
    /// Packets arrived recently: the publisher is sending this layer.
    pub active: bool,
    pub bps: u64,
}

/// The layers of one track as the layer choice sees them, smallest first.
/// Built for every video packet forwarded, so it lives on the stack.
#[derive(Debug, Clone, Default)]
pub(super) struct Views {
    layers: [LayerView; MAX_LAYERS],
    len: usize,
}

impl Views {
    /// Appends a layer; one past [`MAX_LAYERS`] is dropped.
    pub fn push(&mut self, layer: LayerView) {
        if let Some(slot) = self.layers.get_mut(self.len) {
            *slot = layer;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Views {
    type Target = [LayerView];

    fn deref(&self) -> &[LayerView] {
        &self.layers[..self.len]
    }
}

/// The layer a subscriber should ideally get, from the size at which it
/// shows the video: the smallest layer that fills it (both dimensions within
/// 10%), or the largest. `layers` is sorted from smallest to largest.
/// Returns None when the video is not shown (0 x 0): nothing is forwarded.
/// A size that was never reported counts as "as large as possible".
pub(super) fn ideal_layer(layers: &[LayerView], shown: Option<(u32, u32)>) -> Option<Layer> {
    let top = layers.last()?;
    let Some((w, h)) = shown else {
        return Some(top.layer);
    };
    if w == 0 || h == 0 {
        return None;
    }
    let fills = |l: &&LayerView| {
        u64::from(l.width) * 10 >= u64::from(w) * 9 && u64::from(l.height) * 10 >= u64::from(h) * 9
    };
    Some(layers.iter().find(fills).unwrap_or(top).layer)
}

/// The layer to forward now: the ideal layer if the publisher sends it and
/// it fits the budget, else the best active layer below it that fits, else
/// the smallest active layer. With no active layer at all, the ideal one
/// (forwarding starts when it arrives). A layer above `current` must fit
/// with 15% to spare, so an estimate hovering at a layer's rate does not
/// flip between two layers; a layer below it with 10% to spare, so that
/// after a squeeze the link has room to drain what queued meanwhile (the
/// simulated 3 Mbit/s -> 300 kbit/s squeeze lost 35 datagrams, stepping
/// to a layer that used the whole estimate, and 12 with the spare).
pub(super) fn choose_layer(
    layers: &[LayerView],
    ideal: Layer,
    budget_bps: Option<u64>,
    current: Option<Layer>,
) -> Layer {
    let Some(ideal_index) = layers.iter().position(|l| l.layer == ideal) else {
        return ideal;
    };
    let current_index = current.and_then(|c| layers.iter().position(|l| l.layer == c));
    let fits = |(i, l): (usize, &LayerView)| {
        let margin = match current_index {
            Some(c) if i > c => 115,
            Some(c) if i < c => 110,
            _ => 100,
        };
        budget_bps.is_none_or(|b| layer_bps(l) * margin / 100 <= b)
    };
    if let Some((_, l)) = layers[..=ideal_index]
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, l)| l.active && fits((i, l)))
    {
        return l.layer;
    }
    layers.iter().find(|l| l.active).map_or(ideal, |l| l.layer)
}

/// A layer's bitrate: measured, or (before it is measured) a typical rate for
/// its picture size, about 0.07 bits per pixel at 30 frames per second.
pub(super) fn layer_bps(l: &LayerView) -> u64 {
    if l.bps > 0 {
        l.bps
    } else {
        u64::from(l.width) * u64::from(l.height) * 30 * 7 / 100
    }
}

/// Nominal picture sizes for the usual rids when the stream does not say:
/// `f` full, `h` half, `q` quarter of the largest size known (or 1280x720).
pub(super) fn nominal_size(rid: Option<Rid>, full: Option<(u32, u32)>) -> (u32, u32) {
    let (w, h) = full.unwrap_or((1280, 720));
    let div = rid_scale(rid);
    (w / div, h / div)
}

/// How much smaller than the full picture a layer is by convention (the
/// SDK's `scaleResolutionDownBy`): `q` 4, `h` 2, others 1.
pub(super) fn rid_scale(rid: Option<Rid>) -> u32 {
    match rid.as_deref() {
        Some("q") => 4,
        Some("h") => 2,
        _ => 1,
    }
}

/// Sort key for rids: q < h < f, others (and no rid) last.
pub(super) fn rid_rank(rid: Option<Rid>) -> u8 {
    match rid.as_deref() {
        Some("q") => 0,
        Some("h") => 1,
        Some("f") => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(rid: &str, w: u32, h: u32, active: bool, bps: u64) -> LayerView {
        LayerView {
            layer: Layer::of(Some(rid.into())),
            width: w,
            height: h,
            active,
            bps,
        }
    }

    fn three() -> Vec<LayerView> {
        vec![
            layer("q", 320, 180, true, 150_000),
            layer("h", 640, 360, true, 500_000),
            layer("f", 1280, 720, true, 1_500_000),
        ]
    }

    #[test]
    fn the_smallest_layer_that_fills_the_element() {
        let l = three();
        assert_eq!(
            ideal_layer(&l, Some((320, 180))),
            Some(Layer::of(Some("q".into())))
        );
        assert_eq!(
            ideal_layer(&l, Some((300, 170))),
            Some(Layer::of(Some("q".into())))
        );
        assert_eq!(
            ideal_layer(&l, Some((330, 186))),
            Some(Layer::of(Some("q".into()))),
            "within 10%"
        );
        assert_eq!(
            ideal_layer(&l, Some((400, 225))),
            Some(Layer::of(Some("h".into())))
        );
        assert_eq!(
            ideal_layer(&l, Some((1280, 720))),
            Some(Layer::of(Some("f".into())))
        );
        assert_eq!(
            ideal_layer(&l, Some((3840, 2160))),
            Some(Layer::of(Some("f".into())))
        );
        assert_eq!(
            ideal_layer(&l, Some(u32::MAX).map(|m| (m, m))),
            Some(Layer::of(Some("f".into()))),
            "absurd sizes are fine"
        );
        assert_eq!(ideal_layer(&l, None), Some(Layer::of(Some("f".into()))));
        assert_eq!(ideal_layer(&l, Some((0, 0))), None);
        assert_eq!(ideal_layer(&l, Some((640, 0))), None);
        assert_eq!(ideal_layer(&[], Some((640, 360))), None);
    }

    #[test]
    fn choice_follows_availability_and_budget() {
        let mut l = three();
        let f = Layer::of(Some(Rid::from("f")));
        let h = Layer::of(Some(Rid::from("h")));
        assert_eq!(choose_layer(&l, f, None, None), f);
        assert_eq!(choose_layer(&l, f, Some(600_000), None), h);
        assert_eq!(
            choose_layer(&l, f, Some(100_000), None),
            Layer::of(Some("q".into())),
            "the smallest when nothing fits"
        );
        // Hysteresis: staying on f needs 1.5 Mbps, moving up to it 1.725 Mbps.
        assert_eq!(choose_layer(&l, f, Some(1_600_000), Some(f)), f);
        assert_eq!(choose_layer(&l, f, Some(1_600_000), Some(h)), h);
        assert_eq!(choose_layer(&l, f, Some(1_725_000), Some(h)), f);
        // Down from f, a layer must leave 10% of the estimate free for the
        // queue the squeeze built to drain: h (500 kbps) needs 550 kbps.
        assert_eq!(
            choose_layer(&l, f, Some(540_000), Some(f)),
            Layer::of(Some("q".into()))
        );
        assert_eq!(choose_layer(&l, f, Some(550_000), Some(f)), h);
        assert_eq!(
            choose_layer(&l, f, Some(540_000), Some(h)),
            h,
            "staying needs no spare"
        );
        l[2].active = false;
        assert_eq!(
            choose_layer(&l, f, None, None),
            h,
            "f not sent: the best below"
        );
        l[0].active = false;
        l[1].active = false;
        assert_eq!(
            choose_layer(&l, f, None, None),
            f,
            "nothing sent: wait for the ideal"
        );
        let single = vec![LayerView {
            layer: Layer::of(None),
            width: 640,
            height: 480,
            active: true,
            bps: 900_000,
        }];
        assert_eq!(
            choose_layer(&single, Layer::of(None), Some(100), None),
            Layer::of(None),
            "a single layer is always the choice"
        );
    }

    #[test]
    fn vp8_keyframes_and_sizes() {
        // Descriptor: X=1 S=1 PID=0; I=1 with a 15-bit picture id; then a keyframe tag and 1280x720.
        let key = [
            0x90, 0x80, 0x81, 0x23, 0x50, 0x42, 0x00, 0x9d, 0x01, 0x2a, 0x00, 0x05, 0xd0, 0x02,
            0xff,
        ];
        assert_eq!(
            inspect(Codec::Vp8, &key),
            FrameStart {
                keyframe: true,
                first_packet: true,
                size: Some((1280, 720))
            }
        );
        // Same, but an interframe (P bit set): still its frame's first packet.
        let mut delta = key;
        delta[4] |= 1;
        assert_eq!(
            inspect(Codec::Vp8, &delta),
            FrameStart {
                first_packet: true,
                ..FrameStart::default()
            }
        );
        // Not the start of the partition.
        let mut middle = key;
        middle[0] = 0x80;
        assert_eq!(inspect(Codec::Vp8, &middle), FrameStart::default());
        // Short descriptor, no extension.
        assert!(inspect(Codec::Vp8, &[0x10, 0x50, 0x42, 0x00]).keyframe);
        for n in 0..key.len() {
            let _ = inspect(Codec::Vp8, &key[..n]);
        }
    }

    #[test]
    fn h264_keyframe_starts() {
        assert!(inspect(Codec::H264, &[0x65, 0x88]).keyframe, "IDR slice");
        assert!(inspect(Codec::H264, &[0x67, 0x42]).keyframe, "SPS");
        assert!(
            !inspect(Codec::H264, &[0x41, 0x9a]).keyframe,
            "non-IDR slice"
        );
        assert!(
            inspect(
                Codec::H264,
                &[0x78, 0x00, 0x02, 0x09, 0xf0, 0x00, 0x03, 0x67, 0x42, 0x00]
            )
            .keyframe,
            "STAP-A with SPS"
        );
        assert!(
            !inspect(Codec::H264, &[0x78, 0x00, 0x02, 0x09, 0xf0]).keyframe,
            "STAP-A with AUD only"
        );
        assert!(
            inspect(Codec::H264, &[0x7c, 0x85, 0x88]).keyframe,
            "FU-A start of IDR"
        );
        assert!(
            !inspect(Codec::H264, &[0x7c, 0x85, 0x88]).first_packet,
            "H264 cannot tell"
        );
        assert!(
            !inspect(Codec::H264, &[0x7c, 0x05, 0x88]).keyframe,
            "FU-A middle of IDR"
        );
        assert!(
            !inspect(Codec::H264, &[0x78, 0xff, 0xff]).keyframe,
            "STAP-A with a lying length"
        );
        assert!(!inspect(Codec::H264, &[]).keyframe);
    }

    #[test]
    fn a_frame_begins_at_its_first_packet_only() {
        let mut b = FrameBoundary::default();
        // The layer's first packet, then the rest of its frame.
        assert!(b.begins_frame(100, 9000));
        assert!(
            !b.begins_frame(101, 9000),
            "the IDR fragment after the SPS packet"
        );
        assert!(b.begins_frame(102, 12000), "the next frame's first packet");
        assert!(!b.begins_frame(103, 12000));
        // 104 is lost: 105 might be any packet of its frame.
        assert!(!b.begins_frame(105, 15000), "after a gap");
        assert!(!b.begins_frame(104, 15000), "late, older than the newest");
        assert!(!b.begins_frame(105, 15000), "a duplicate");
        assert!(b.begins_frame(106, 18000), "in order again");
        // The timestamp wraps: still only a change of timestamp counts.
        assert!(b.begins_frame(107, u32::MAX));
        assert!(b.begins_frame(108, 2999));
        assert!(!b.begins_frame(109, 2999));
    }

    #[test]
    fn rate_meter_measures() {
        let t0 = Instant::now();
        let mut m = RateMeter::new();
        for i in 0..=100u64 {
            m.add(t0 + Duration::from_millis(i * 10), 1250); // 1 Mbps
        }
        assert!((900_000..=1_100_000).contains(&m.bps()), "{}", m.bps());
    }

    #[test]
    fn nominal_sizes() {
        assert_eq!(nominal_size(Some("q".into()), None), (320, 180));
        assert_eq!(
            nominal_size(Some("h".into()), Some((1920, 1080))),
            (960, 540)
        );
        assert_eq!(nominal_size(None, Some((640, 480))), (640, 480));
    }
}
