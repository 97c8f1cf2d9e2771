//! One participant: one `str0m::Rtc`, the tracks it publishes, the tracks it
//! receives, and its SDP negotiation state.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{
    ErrorCode, LeaveReason, MAX_SCREEN_MIDS, MediaKind, ParticipantId, RequestId, SfuEvent,
    TrackId, TrackSource,
};
use str0m::bwe::{Bitrate, BweKind};
use str0m::change::{SdpAnswer, SdpOffer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{KeyframeRequest, KeyframeRequestKind, Mid, Rid};
use str0m::net::Protocol;
use str0m::rtp::RtpPacket;
use str0m::{Candidate, Event, IceConnectionState, IceCreds, Rtc};

use super::figures::{FIGURES_INTERVAL, Figures};
use super::forward::{RtpIn, Subscription};
use super::layers::{
    self, FrameBoundary, FrameStart, Layer, LayerView, MAX_LAYERS, RateMeter, Views,
};
use super::{Output, SfuConfig, SfuError, Transmit};

/// What draining a participant's session produced that the room must act on.
// MediaData is moved once, from str0m to the room; boxing it would cost an
// allocation per frame for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub(super) enum Happening {
    Connected,
    TrackAdded(NewTrack),
    TrackStopped {
        mid: Mid,
    },
    Rtp(RtpIn),
    /// A new estimate of the bandwidth towards this participant.
    Estimate,
    KeyframeRequest(KeyframeRequest),
    Dead(LeaveReason),
}

/// A track the client has started to send.
#[derive(Debug)]
pub(super) struct NewTrack {
    pub mid: Mid,
    pub kind: MediaKind,
    pub source: TrackSource,
    pub rids: Vec<Rid>,
}

/// A published track's handle inside its room: what the forwarding path
/// compares instead of the [`TrackId`] string, for every packet and every
/// subscriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TrackKey(pub u64);

/// A track this participant publishes.
#[derive(Debug)]
pub(super) struct Published {
    pub track: TrackId,
    pub key: TrackKey,
    pub mid: Mid,
    pub kind: MediaKind,
    pub source: TrackSource,
    /// Simulcast layers (one with rid None without simulcast), smallest first.
    layers: Vec<LayerStats>,
    /// The layers last announced to the publisher as watched (None: never
    /// announced, so the publisher sends all it offered).
    pub announced: Option<Vec<String>>,
    /// Smoothed audio level (dBov, 0 loudest, -127 silence) and when a
    /// packet last carried one (RFC 6464 header extension).
    pub level: Option<(f32, Instant)>,
}

/// What is known of one layer of a published track.
#[derive(Debug)]
struct LayerStats {
    rid: Option<Rid>,
    last_packet: Option<Instant>,
    size: Option<(u32, u32)>,
    rate: RateMeter,
    frames: FrameBoundary,
    last_keyframe_request: Option<Instant>,
    /// When the last keyframe of this layer began to arrive.
    last_keyframe: Option<Instant>,
}

/// Who asks for a keyframe (see [`Participant::request_keyframe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyframeNeed {
    /// A subscriber's PLI or FIR: at most one a `keyframe_request_interval`
    /// (a client may send them as fast as it likes).
    Subscriber,
    /// The SFU itself, for a subscriber that starts (or changes layer) and
    /// can show nothing until a keyframe: asked again as soon as the last
    /// request has been answered, so that each of many people joining
    /// within the interval does not wait for the one before them.
    Start,
}

/// A layer counts as sent if a packet arrived this recently.
const LAYER_ACTIVE: Duration = Duration::from_millis(1000);

impl Published {
    /// Records a packet of layer `rid`. Returns whether a subscriber may
    /// start on this layer here: the packet starts a keyframe and is the
    /// first of its frame (as the payload says, or else as the sequence
    /// numbers and timestamps say).
    pub fn observe(
        &mut self,
        rid: Option<Rid>,
        now: Instant,
        packet: &RtpPacket,
        frame: FrameStart,
    ) -> bool {
        let index = match self.layers.iter().position(|l| l.rid == rid) {
            Some(i) => i,
            None if self.layers.len() < MAX_LAYERS => {
                self.layers.push(LayerStats::new(rid));
                self.layers.sort_by_key(|l| layers::rid_rank(l.rid));
                self.layers.iter().position(|l| l.rid == rid).unwrap_or(0)
            }
            None => return false,
        };
        let layer = &mut self.layers[index];
        layer.last_packet = Some(now);
        layer.rate.add(now, packet.payload.len());
        if frame.size.is_some() {
            layer.size = frame.size;
        }
        let begins = layer
            .frames
            .begins_frame(*packet.seq_no, packet.header.timestamp);
        let keyframe = frame.keyframe && (frame.first_packet || begins);
        if keyframe {
            layer.last_keyframe = Some(now);
        }
        keyframe
    }

    /// The layers as the layer choice sees them, smallest first.
    pub fn views(&self, now: Instant) -> Views {
        // The full size: measured on the top layer, or scaled up from any
        // measured layer by its rid's nominal factor.
        let full = self.layers.iter().rev().find_map(|l| {
            let (w, h) = l.size?;
            let scale = layers::rid_scale(l.rid);
            Some((w * scale, h * scale))
        });
        let mut views = Views::default();
        for l in &self.layers {
            let (width, height) = l.size.unwrap_or_else(|| layers::nominal_size(l.rid, full));
            views.push(LayerView {
                layer: Layer::of(l.rid),
                width,
                height,
                active: l
                    .last_packet
                    .is_some_and(|t| now.saturating_duration_since(t) < LAYER_ACTIVE),
                bps: l.rate.bps(),
            });
        }
        views
    }

    /// Records the level of an audio packet: -dBov as RFC 6464 carries it.
    /// Smoothed over about 200 ms of 20 ms packets.
    pub fn observe_level(&mut self, level: i8, now: Instant) {
        let dbov = level_dbov(level);
        let smoothed = match self.level {
            Some((old, _)) => old * 0.9 + dbov * 0.1,
            None => dbov,
        };
        self.level = Some((smoothed, now));
    }

    pub fn is_simulcast(&self) -> bool {
        self.layers.iter().any(|l| l.rid.is_some())
    }
}

/// An RFC 6464 audio level as dBov: 0 loudest, -127 silence.
pub(super) fn level_dbov(level: i8) -> f32 {
    -f32::from(level.unsigned_abs().min(127))
}

impl LayerStats {
    fn new(rid: Option<Rid>) -> Self {
        LayerStats {
            rid,
            last_packet: None,
            size: None,
            rate: RateMeter::new(),
            frames: FrameBoundary::default(),
            last_keyframe_request: None,
            last_keyframe: None,
        }
    }
}

#[derive(Debug)]
enum Negotiation {
    /// Joined; the client's first offer has not arrived. The server does not
    /// offer before it, so the client's first offer never meets one of ours.
    AwaitingFirstOffer,
    Stable,
    /// The server offered and waits for the answer.
    ServerOffered(SdpPendingOffer),
}

#[derive(Debug)]
pub(super) struct Participant {
    pub id: ParticipantId,
    rtc: Rtc,
    local_ufrag: String,
    host_candidates: Vec<Candidate>,
    pub published: Vec<Published>,
    pub subscriptions: Vec<Subscription>,
    negotiation: Negotiation,
    connected: bool,
    next_rtc_timeout: Option<Instant>,
    /// Removed if not connected by then.
    connect_deadline: Option<Instant>,
    /// Set while ICE reports the connection lost; removed if not back by then.
    lost_deadline: Option<Instant>,
    disconnect_grace: Duration,
    /// The estimate when ICE last went disconnected, until it is back.
    estimate_before_outage: Option<u64>,
    /// Remote addresses learned for demultiplexing, forgotten on removal.
    sources: Vec<(Protocol, SocketAddr)>,
    /// Remote candidates trickled before the first offer, replayed if the
    /// session is rebuilt for the offer's codec order.
    early_candidates: Vec<Candidate>,
    /// The latest estimate of the bandwidth towards this participant.
    pub estimate_bps: Option<u64>,
    /// What the estimator was last asked to sustain and to find, and when
    /// it was last asked to probe.
    bwe_targets: (u64, u64),
    /// When the estimate was last found short of the desired rate (and a
    /// probe asked for), and the estimate then.
    last_probe: Option<(Instant, u64)>,
    last_estimate_at: Option<Instant>,
    dead: bool,
    /// The mids the client's latest offer marked as screen sharing.
    screen_mids: Vec<Mid>,
    /// Their microphone goes to the captions tap, labelled so.
    pub tapped: Option<TapLabel>,
    /// The connection's latest figures, for the operator.
    pub figures: Figures,
}

/// While the estimate stays below what the participant's videos need, ask
/// the estimator to probe again this often: str0m probes when the desired
/// rate rises, not while it stays the same.
const REPROBE_INTERVAL: Duration = Duration::from_secs(3);

/// Once the estimate has grown by half since the last probe (the probe
/// found room), probe again this soon. str0m caps each probe at twice the
/// estimate, so a link that widened from 80 kbit/s takes several probes to
/// find; 3 s apart, videos paused by a squeeze came back 10-16 s after the
/// link was freed.
const REPROBE_AFTER_GAIN: Duration = Duration::from_millis(500);

/// How many timeouts one drain hands str0m when it asks for one at once.
/// Its pacer lets one queued packet out per timeout, even from unpaced
/// streams, and then asks for a timeout "now". Left to the SFU's timer, a
/// backlog (a large room's audio, retransmissions) went out one packet per
/// wake-up: in a room of 17 the queues and frame latency grew to seconds.
/// Bounded, so that a session asking for "now" again and again cannot hold
/// up the others.
const IMMEDIATE_TIMEOUTS: usize = 64;

/// The video codecs the SFU forwards, in its default order of preference.
/// Every browser decodes both; others (VP9, AV1, H265) are not offered so
/// that no publisher sends what some subscriber could not decode.
const VIDEO_CODECS: [Codec; 2] = [Codec::Vp8, Codec::H264];

/// Where the bandwidth estimate towards a participant starts.
const INITIAL_ESTIMATE_KBPS: u64 = 1500;

/// A session configured for the SFU: RTP mode (packets are forwarded, not
/// depacketised), bandwidth estimation from transport-wide congestion control
/// feedback, Opus, and VP8 and H264 in `video_order`.
fn build_rtc(now: Instant, creds: Option<IceCreds>, video_order: &[Codec]) -> Rtc {
    let mut config = Rtc::builder()
        .set_rtp_mode(true)
        .enable_bwe(Some(Bitrate::kbps(INITIAL_ESTIMATE_KBPS)))
        .set_stats_interval(Some(FIGURES_INTERVAL))
        .clear_codecs()
        .enable_opus(true, false);
    for codec in video_order {
        config = match codec {
            Codec::H264 => config.enable_h264(true),
            _ => config.enable_vp8(true),
        };
    }
    if let Some(creds) = creds {
        config = config.set_local_ice_credentials(creds);
    }
    config.build(now)
}

/// The order in which an SDP offer lists VP8 and H264 in its first video
/// section, followed by any of them it does not list. Tolerates any input.
fn offered_video_order(sdp: &str) -> Vec<Codec> {
    let mut order = Vec::new();
    let Some(start) = sdp.find("m=video ") else {
        return VIDEO_CODECS.to_vec();
    };
    let section = &sdp[start..];
    let section = section
        .get(1..)
        .and_then(|rest| rest.find("\nm="))
        .map_or(section, |end| &section[..end + 1]);
    let pts = section
        .lines()
        .next()
        .map(|m| m.split_whitespace().skip(3).collect::<Vec<_>>())
        .unwrap_or_default();
    for pt in pts {
        let prefix = format!("a=rtpmap:{pt} ");
        let name = section
            .lines()
            .find_map(|l| l.trim_end().strip_prefix(prefix.as_str()));
        let codec = match name
            .and_then(|n| n.split('/').next())
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            Some("VP8") => Codec::Vp8,
            Some("H264") => Codec::H264,
            _ => continue,
        };
        if !order.contains(&codec) {
            order.push(codec);
        }
    }
    for codec in VIDEO_CODECS {
        if !order.contains(&codec) {
            order.push(codec);
        }
    }
    order
}

impl Participant {
    pub fn new(
        id: ParticipantId,
        host_candidates: &[Candidate],
        now: Instant,
        config: &SfuConfig,
    ) -> Self {
        let mut rtc = build_rtc(now, None, &VIDEO_CODECS);
        for c in host_candidates {
            rtc.add_local_candidate(c.clone());
        }
        let host_candidates = host_candidates.to_vec();
        let local_ufrag = rtc.direct_api().local_ice_credentials().ufrag;
        Participant {
            id,
            rtc,
            local_ufrag,
            host_candidates,
            published: Vec::new(),
            subscriptions: Vec::new(),
            negotiation: Negotiation::AwaitingFirstOffer,
            connected: false,
            next_rtc_timeout: Some(now),
            connect_deadline: Some(now + config.connect_timeout),
            lost_deadline: None,
            disconnect_grace: config.disconnect_grace,
            estimate_before_outage: None,
            sources: Vec::new(),
            early_candidates: Vec::new(),
            estimate_bps: None,
            bwe_targets: (0, 0),
            last_probe: None,
            last_estimate_at: None,
            dead: false,
            screen_mids: Vec::new(),
            tapped: None,
            figures: Figures::default(),
        }
    }

    pub fn local_ufrag(&self) -> &str {
        &self.local_ufrag
    }

    pub fn sources(&self) -> &[(Protocol, SocketAddr)] {
        &self.sources
    }

    pub fn remember_source(&mut self, addr: (Protocol, SocketAddr)) {
        if !self.sources.contains(&addr) {
            self.sources.push(addr);
        }
    }

    pub fn accepts(&self, input: &str0m::Input<'_>) -> bool {
        !self.dead && self.rtc.accepts(input)
    }

    /// Feeds a received datagram. A datagram str0m refuses (garbage, a
    /// replay) is an error for the caller to log; the session carries on.
    pub fn handle_receive(&mut self, input: str0m::Input<'_>) -> Result<(), SfuError> {
        self.rtc
            .handle_input(input)
            .map_err(|e| SfuError::Rejected(e.to_string()))?;
        self.next_rtc_timeout = None;
        Ok(())
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        self.rtc_timeout(now);
        self.next_rtc_timeout = None;
        if self.reprobe_if_stuck(now) {
            tracing::trace!(participant = %self.id, "asked for a new bandwidth probe");
        }
    }

    /// Time has come for the session (a failure shows at the next poll).
    fn rtc_timeout(&mut self, now: Instant) {
        if let Err(e) = self.rtc.handle_input(str0m::Input::Timeout(now)) {
            tracing::debug!(participant = %self.id, error = %e, "timeout input failed");
        }
    }

    /// The earliest time this participant needs attention.
    pub fn next_timeout(&self) -> Option<Instant> {
        [
            self.next_rtc_timeout,
            self.connect_deadline,
            self.lost_deadline,
            self.next_reprobe(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Whether a deadline of the participant's own (not str0m's) has passed.
    pub fn expired(&self, now: Instant) -> Option<LeaveReason> {
        let passed = |d: Option<Instant>| d.is_some_and(|d| d <= now);
        (passed(self.connect_deadline) || passed(self.lost_deadline))
            .then_some(LeaveReason::ConnectionLost)
    }

    pub fn rtc_due(&self, now: Instant) -> bool {
        self.next_rtc_timeout.is_none_or(|t| t <= now)
            || self.next_reprobe().is_some_and(|t| t <= now)
    }

    /// Adds a trickled remote candidate. Browsers hide host addresses behind
    /// mDNS `.local` names, which cannot be resolved here; those are skipped
    /// and the path is found through peer-reflexive candidates instead.
    pub fn add_remote_candidate(&mut self, candidate: &str) -> Result<(), String> {
        let text = candidate.trim().trim_start_matches("a=");
        if text.is_empty() {
            return Ok(());
        }
        match Candidate::from_sdp_string(text) {
            Ok(c) => {
                if matches!(self.negotiation, Negotiation::AwaitingFirstOffer) {
                    self.early_candidates.push(c.clone());
                }
                self.rtc.add_remote_candidate(c);
                Ok(())
            }
            Err(_) if is_mdns_candidate(text) => Ok(()),
            Err(_) => Err("unparseable ICE candidate".into()),
        }
    }

    /// Drains the session: transmits go to `outputs`, everything the room
    /// must act on to `happenings`. Keeps str0m's rule: poll until `Timeout`.
    pub fn drain(
        &mut self,
        now: Instant,
        outputs: &mut VecDeque<Output>,
        happenings: &mut Vec<Happening>,
    ) {
        if self.dead {
            return;
        }
        let mut immediate = 0;
        loop {
            match self.rtc.poll_output() {
                Ok(str0m::Output::Timeout(t)) if t <= now && immediate < IMMEDIATE_TIMEOUTS => {
                    immediate += 1;
                    self.rtc_timeout(now);
                }
                Ok(str0m::Output::Timeout(t)) => {
                    self.next_rtc_timeout = Some(t);
                    break;
                }
                Ok(str0m::Output::Transmit(t)) => outputs.push_back(Output::Transmit(Transmit {
                    proto: t.proto,
                    source: t.source,
                    destination: t.destination,
                    contents: t.contents.into(),
                })),
                Ok(str0m::Output::Event(e)) => self.on_event(e, now, happenings),
                Err(e) => {
                    tracing::debug!(participant = %self.id, error = %e, "session failed");
                    self.die(LeaveReason::ConnectionLost, happenings);
                    break;
                }
            }
        }
        if !self.rtc.is_alive() && !self.dead {
            self.die(LeaveReason::ConnectionLost, happenings);
        }
    }

    fn die(&mut self, reason: LeaveReason, happenings: &mut Vec<Happening>) {
        self.dead = true;
        self.next_rtc_timeout = None;
        happenings.push(Happening::Dead(reason));
    }

    fn on_event(&mut self, event: Event, now: Instant, happenings: &mut Vec<Happening>) {
        match event {
            Event::Connected => {
                self.connected = true;
                self.connect_deadline = None;
                happenings.push(Happening::Connected);
            }
            Event::IceConnectionStateChange(state) => match state {
                IceConnectionState::Disconnected if self.connected => {
                    self.lost_deadline
                        .get_or_insert(now + self.disconnect_grace);
                    self.estimate_before_outage
                        .get_or_insert(self.estimate_bps.unwrap_or(0));
                }
                IceConnectionState::Connected | IceConnectionState::Completed => {
                    self.lost_deadline = None;
                    // Back after an outage (a new network, an ICE restart):
                    // what the estimator learnt while nothing got through
                    // says nothing about the path now. Start again from what
                    // held before, or from the initial estimate if that was
                    // less (the gap may already have pulled it down), rather
                    // than creep up from the bottom for seconds without video.
                    if let Some(before) = self.estimate_before_outage.take() {
                        let start = before.max(INITIAL_ESTIMATE_KBPS * 1000);
                        self.rtc.bwe().reset(Bitrate::from(start));
                        self.estimate_bps = Some(start);
                        self.last_estimate_at = Some(now);
                        happenings.push(Happening::Estimate);
                    }
                }
                _ => {}
            },
            Event::MediaAdded(added) if added.direction.is_receiving() => {
                let rids = added
                    .simulcast
                    .map(|s| s.recv.iter().chain(&s.send).map(|l| l.rid).collect())
                    .unwrap_or_default();
                let kind = media_kind(added.kind);
                let source = TrackSource::of(kind, self.screen_mids.contains(&added.mid));
                happenings.push(Happening::TrackAdded(NewTrack {
                    mid: added.mid,
                    kind,
                    source,
                    rids,
                }));
            }
            Event::MediaChanged(changed) => {
                let published = self.published.iter().any(|p| p.mid == changed.mid);
                if published && !changed.direction.is_receiving() {
                    happenings.push(Happening::TrackStopped { mid: changed.mid });
                }
            }
            Event::RtpPacket(packet) => {
                let mut api = self.rtc.direct_api();
                let Some(stream) = api.stream_rx(&packet.header.ssrc) else {
                    return;
                };
                let (mid, rid) = (stream.mid(), stream.rid());
                let pt = packet.header.payload_type;
                let Some(params) = self.rtc.codec_config().find(|p| p.pt() == pt).copied() else {
                    return;
                };
                happenings.push(Happening::Rtp(RtpIn::new(mid, rid, params, packet)));
            }
            Event::KeyframeRequest(req) => happenings.push(Happening::KeyframeRequest(req)),
            Event::EgressBitrateEstimate(BweKind::Twcc { estimate, .. }) => {
                self.estimate_bps = Some(estimate.as_u64());
                self.last_estimate_at = Some(now);
                happenings.push(Happening::Estimate);
            }
            Event::PeerStats(stats) => self.figures = Figures::from_stats(&stats),
            Event::Closed => self.die(LeaveReason::Left, happenings),
            _ => {}
        }
    }

    /// Whether `mid` carries a shared screen (or its audio).
    pub fn is_screen(&self, mid: Mid) -> bool {
        self.screen_mids.contains(&mid)
    }

    /// The client's SDP offer. The answer (or a typed error) goes to `outputs`.
    /// `screen`: the mids the client marks as screen sharing (the grant is
    /// checked by signalling; at most `MAX_SCREEN_MIDS` are kept). An offer
    /// with new ICE credentials restarts ICE (the client changed network):
    /// str0m answers with new local credentials, and the old and new ufrag
    /// are returned so that the new one can be indexed in the old one's place.
    pub fn handle_offer(
        &mut self,
        request_id: RequestId,
        sdp: &str,
        screen: &[String],
        now: Instant,
        outputs: &mut VecDeque<Output>,
    ) -> Option<(String, String)> {
        if matches!(self.negotiation, Negotiation::ServerOffered(_)) {
            self.error(
                Some(request_id),
                ErrorCode::NegotiationConflict,
                "server offer outstanding",
                outputs,
            );
            return None;
        }
        let Ok(offer) = SdpOffer::from_sdp_string(sdp) else {
            self.error(
                Some(request_id),
                ErrorCode::InvalidSdp,
                "offer does not parse",
                outputs,
            );
            return None;
        };
        if matches!(self.negotiation, Negotiation::AwaitingFirstOffer) {
            self.adopt_codec_order(sdp, now);
        }
        self.screen_mids = screen
            .iter()
            .take(MAX_SCREEN_MIDS)
            .map(|m| Mid::from(m.as_str()))
            .collect();
        let answer = match self.rtc.sdp_api().accept_offer(offer) {
            Ok(answer) => answer,
            Err(e) => {
                self.error(
                    Some(request_id),
                    ErrorCode::InvalidSdp,
                    &format!("offer refused: {e}"),
                    outputs,
                );
                return None;
            }
        };
        self.subscriptions
            .iter_mut()
            .for_each(Subscription::forget_payload_type);
        let first = matches!(self.negotiation, Negotiation::AwaitingFirstOffer);
        let ufrag = self.rtc.direct_api().local_ice_credentials().ufrag;
        if ufrag != self.local_ufrag && self.connected {
            // An ICE restart: the client found its path dead (a new
            // network) before our consent checks did. The estimate from the
            // gap is as meaningless as after a disconnection.
            self.estimate_before_outage
                .get_or_insert(self.estimate_bps.unwrap_or(0));
        }
        let restarted = (ufrag != self.local_ufrag).then(|| {
            (
                std::mem::replace(&mut self.local_ufrag, ufrag.clone()),
                ufrag,
            )
        });
        self.negotiation = Negotiation::Stable;
        self.early_candidates.clear();
        outputs.push_back(Output::Event(SfuEvent::Answer {
            participant: self.id.clone(),
            request_id,
            sdp: answer.to_sdp_string(),
        }));
        // The browser forgets our candidates on an ICE restart: send them again.
        if first || restarted.is_some() {
            for c in &self.host_candidates {
                outputs.push_back(Output::Event(SfuEvent::Candidate {
                    participant: self.id.clone(),
                    candidate: c.to_sdp_string(),
                }));
            }
        }
        restarted
    }

    /// Before the first offer nothing has been negotiated, so the session can
    /// be rebuilt with the same ICE credentials and the publisher's own order
    /// of video codecs: the answer then lists its preferred codec first, and
    /// the browser sends that one.
    fn adopt_codec_order(&mut self, sdp: &str, now: Instant) {
        let order = offered_video_order(sdp);
        if order == VIDEO_CODECS {
            return;
        }
        let creds = self.rtc.direct_api().local_ice_credentials();
        let mut rtc = build_rtc(now, Some(creds), &order);
        for c in &self.host_candidates {
            rtc.add_local_candidate(c.clone());
        }
        for c in &self.early_candidates {
            rtc.add_remote_candidate(c.clone());
        }
        self.rtc = rtc;
        self.next_rtc_timeout = Some(now);
    }

    /// The client's answer to our offer. Returns whether any subscription
    /// opened.
    pub fn handle_answer(
        &mut self,
        request_id: RequestId,
        sdp: &str,
        outputs: &mut VecDeque<Output>,
    ) -> bool {
        let pending = match std::mem::replace(&mut self.negotiation, Negotiation::Stable) {
            Negotiation::ServerOffered(pending) => pending,
            other => {
                self.negotiation = other;
                self.error(
                    Some(request_id),
                    ErrorCode::NoPendingOffer,
                    "no server offer outstanding",
                    outputs,
                );
                return false;
            }
        };
        let Ok(answer) = SdpAnswer::from_sdp_string(sdp) else {
            // Keep waiting for a usable answer to the same offer.
            self.negotiation = Negotiation::ServerOffered(pending);
            self.error(
                Some(request_id),
                ErrorCode::InvalidSdp,
                "answer does not parse",
                outputs,
            );
            return false;
        };
        if let Err(e) = self.rtc.sdp_api().accept_answer(pending, answer) {
            // The offer is spent. Put every change back so the next
            // negotiation offers it again.
            self.subscriptions
                .iter_mut()
                .for_each(Subscription::offer_refused);
            self.error(
                Some(request_id),
                ErrorCode::InvalidSdp,
                &format!("answer refused: {e}"),
                outputs,
            );
            return false;
        }
        let mut opened = false;
        for sub in &mut self.subscriptions {
            opened |= sub.offer_accepted();
        }
        self.subscriptions.retain(|s| !s.is_stopped());
        outputs.push_back(Output::Event(SfuEvent::AnswerAccepted {
            participant: self.id.clone(),
            request_id,
        }));
        opened
    }

    /// Offers the subscription changes that are due, if no negotiation is
    /// under way. The offer goes to `outputs`.
    pub fn negotiate(&mut self, outputs: &mut VecDeque<Output>) {
        if !matches!(self.negotiation, Negotiation::Stable) || self.dead {
            return;
        }
        // Called after every drain: only build an SDP change when one is due.
        if !self.subscriptions.iter().any(Subscription::is_due) {
            return;
        }
        self.subscriptions.retain(|s| !s.never_offered());
        let mut api = self.rtc.sdp_api();
        for sub in &mut self.subscriptions {
            sub.offer(&mut api);
        }
        if !api.has_changes() {
            return;
        }
        tracing::debug!(participant = %self.id, "offering subscription changes");
        if let Some((offer, pending)) = api.apply() {
            self.negotiation = Negotiation::ServerOffered(pending);
            outputs.push_back(Output::Event(SfuEvent::Offer {
                participant: self.id.clone(),
                sdp: offer.to_sdp_string(),
            }));
        }
    }

    /// Asks this participant (as publisher) for a keyframe on layer `rid` of
    /// `track`: at most once per layer per `interval`, except that the
    /// SFU's own need ([`KeyframeNeed::Start`]) asks again as soon as a
    /// keyframe has arrived since the last request. Returns whether a
    /// request was sent.
    pub fn request_keyframe(
        &mut self,
        track: TrackKey,
        rid: Option<Rid>,
        now: Instant,
        interval: Duration,
        need: KeyframeNeed,
    ) -> bool {
        let Some(published) = self.published.iter_mut().find(|p| p.key == track) else {
            return false;
        };
        if published.kind != MediaKind::Video {
            return false;
        }
        let Some(layer) = published.layers.iter_mut().find(|l| l.rid == rid) else {
            return false;
        };
        let answered = |asked: Instant| layer.last_keyframe.is_some_and(|k| k >= asked);
        if layer.last_keyframe_request.is_some_and(|asked| {
            now < asked + interval && !(need == KeyframeNeed::Start && answered(asked))
        }) {
            return false;
        }
        let mut api = self.rtc.direct_api();
        // Nothing received on that layer yet: try again on the next need.
        let Some(stream) = api.stream_rx_by_mid(published.mid, rid) else {
            return false;
        };
        stream.request_keyframe(KeyframeRequestKind::Pli);
        layer.last_keyframe_request = Some(now);
        true
    }

    /// Publishes a track the client started to send, under `key` (unique
    /// in the room).
    pub fn publish(&mut self, new: NewTrack, key: TrackKey) -> TrackId {
        let NewTrack {
            mid,
            kind,
            source,
            rids,
        } = new;
        let track = TrackId::new(format!("{}.{}", self.id, mid));
        let mut layers: Vec<LayerStats> = if rids.is_empty() {
            vec![LayerStats::new(None)]
        } else {
            rids.into_iter()
                .take(MAX_LAYERS)
                .map(|r| LayerStats::new(Some(r)))
                .collect()
        };
        layers.sort_by_key(|l| layers::rid_rank(l.rid));
        self.published.push(Published {
            track: track.clone(),
            key,
            mid,
            kind,
            source,
            layers,
            announced: None,
            level: None,
        });
        track
    }

    pub fn published_by_mid_mut(&mut self, mid: Mid) -> Option<&mut Published> {
        self.published.iter_mut().find(|p| p.mid == mid)
    }

    /// Tells the bandwidth estimator what to sustain and what to probe for.
    pub fn set_bwe_targets(&mut self, minimum_bps: u64, desired_bps: u64) {
        let desired_bps = desired_bps.max(minimum_bps);
        if desired_bps > self.bwe_targets.1 {
            self.last_probe = None;
        }
        self.bwe_targets = (minimum_bps, desired_bps);
        self.rtc
            .bwe()
            .set_bitrate(Bitrate::from(minimum_bps), Bitrate::from(desired_bps));
    }

    /// If the estimate has stayed below the desired rate for a while, asks
    /// the estimator for a new probe (by raising the desired rate again). If
    /// the estimator has not produced an estimate at all for that long (seen
    /// after heavy loss: its feedback processing stalls), it is restarted
    /// from its last estimate. Returns whether it did either.
    pub fn reprobe_if_stuck(&mut self, now: Instant) -> bool {
        let (minimum, desired) = self.bwe_targets;
        let Some(estimate) = self.estimate_bps else {
            return false;
        };
        if estimate >= desired || self.dead || !self.connected {
            self.last_probe = None;
            return false;
        }
        let (since, _) = *self.last_probe.get_or_insert((now, estimate));
        if now.saturating_duration_since(since) < self.reprobe_interval() {
            return false;
        }
        self.last_probe = Some((now, estimate));
        let silent = self
            .last_estimate_at
            .is_none_or(|t| now.saturating_duration_since(t) >= REPROBE_INTERVAL);
        let mut bwe = self.rtc.bwe();
        if silent {
            tracing::debug!(participant = %self.id, estimate, "bandwidth estimator silent; restarting it");
            bwe.reset(Bitrate::from(estimate));
        } else {
            bwe.set_bitrate(
                Bitrate::from(minimum.min(estimate)),
                Bitrate::from(estimate),
            );
        }
        bwe.set_bitrate(Bitrate::from(minimum), Bitrate::from(desired));
        true
    }

    /// When this participant next needs a reprobe check.
    fn next_reprobe(&self) -> Option<Instant> {
        self.last_probe.map(|(t, _)| t + self.reprobe_interval())
    }

    fn reprobe_interval(&self) -> Duration {
        match (self.last_probe, self.estimate_bps) {
            (Some((_, then)), Some(estimate)) if estimate >= then + then / 2 => REPROBE_AFTER_GAIN,
            _ => REPROBE_INTERVAL,
        }
    }

    /// Every video received starts again: nothing is forwarded until the
    /// next keyframe of the chosen layer, which forwarding asks for.
    pub fn restart_video(&mut self) {
        self.subscriptions
            .iter_mut()
            .for_each(Subscription::restart_video);
    }

    /// Whether the media path is up (ICE and DTLS). Until then nothing is
    /// forwarded to this participant: str0m would queue the packets and
    /// send them, stale, once connected.
    pub fn is_connected(&self) -> bool {
        self.connected
    }

    /// Alive and not yet connected (ICE or DTLS still under way).
    pub fn is_connecting(&self) -> bool {
        !self.dead && !self.connected
    }

    /// The session and the subscriptions, borrowed together for forwarding.
    pub fn rtc_and_subscriptions(&mut self) -> (&mut Rtc, &mut [Subscription]) {
        (&mut self.rtc, &mut self.subscriptions)
    }

    pub fn mark_dead(&mut self) {
        self.dead = true;
    }

    fn error(
        &self,
        request_id: Option<RequestId>,
        code: ErrorCode,
        detail: &str,
        outputs: &mut VecDeque<Output>,
    ) {
        outputs.push_back(Output::Event(SfuEvent::Error {
            participant: self.id.clone(),
            request_id,
            code,
            detail: detail.to_owned(),
        }));
    }
}

fn is_mdns_candidate(text: &str) -> bool {
    // candidate:<foundation> <component> <proto> <priority> <address> ...
    text.split_whitespace()
        .nth(4)
        .is_some_and(|addr| addr.ends_with(".local"))
}

fn media_kind(kind: str0m::media::MediaKind) -> MediaKind {
    match kind {
        str0m::media::MediaKind::Audio => MediaKind::Audio,
        str0m::media::MediaKind::Video => MediaKind::Video,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_codec_order_follows_the_offer() {
        let h264_first = "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n\
            m=video 9 UDP/TLS/RTP/SAVPF 102 96 45\r\na=rtpmap:96 VP8/90000\r\na=rtpmap:102 H264/90000\r\n\
            a=rtpmap:45 AV1/90000\r\n";
        assert_eq!(
            offered_video_order(h264_first),
            vec![Codec::H264, Codec::Vp8]
        );
        let vp9_then_vp8 = "m=video 9 UDP/TLS/RTP/SAVPF 98 96\r\na=rtpmap:98 VP9/90000\r\na=rtpmap:96 vp8/90000\r\n";
        assert_eq!(
            offered_video_order(vp9_then_vp8),
            vec![Codec::Vp8, Codec::H264]
        );
        assert_eq!(
            offered_video_order("no video at all"),
            VIDEO_CODECS.to_vec()
        );
        assert_eq!(offered_video_order("m=video "), VIDEO_CODECS.to_vec());
        assert_eq!(
            offered_video_order("m=video 9 X 1 2\na=rtpmap:2 H264\n"),
            vec![Codec::H264, Codec::Vp8]
        );
    }
}

/// What a tapped microphone's packets say to the captions service: the
/// language the participant speaks, whether someone reads them in English,
/// and whether that language is only assumed (the service may detect it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TapLabel {
    pub language: String,
    pub english: bool,
    pub detect: bool,
}
