//! A simulated network between str0m client peers and the SFU core, with
//! virtual time. The harness plays signalling: it turns `SfuEvent`s into SDP
//! and candidate calls on the peers, and the peers' SDP into `SfuCommand`s.
//! Nothing here reads the clock except to report how long a run took.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{MediaKind, ParticipantId, RequestId, RoomName, SfuCommand, SfuEvent};
use anteroom_sfu::{Input, Output, Sfu, SfuConfig};
use str0m::change::{SdpAnswer, SdpOffer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{
    Direction, Frequency, KeyframeRequestKind, MediaTime, Mid, Rid, Simulcast, SimulcastLayer,
};
use str0m::net::{Protocol, Receive, TcpType};
use str0m::{Candidate, Event, Rtc};

pub const SERVER: &str = "127.0.0.1:40000";
/// One-way network delay of the simulated links.
pub const LATENCY: Duration = Duration::from_millis(10);
/// Granularity of virtual time: a real timer's. At 5 ms, every packet of a
/// tick arrived at once and the delay-based estimator read the steps as
/// congestion: with six peers the estimates fell from 1.5 Mbit/s to 400
/// kbit/s on an unlimited network and frames queued for seconds.
pub const TICK: Duration = Duration::from_millis(1);
/// Offset in a video frame where the sender's index is written; the layer
/// index follows it.
const VIDEO_MARK: usize = 10;

/// Simulcast layers a simulcast peer sends: rid, size, bytes per frame.
pub const LAYERS: [(&str, u16, u16, usize); 3] = [
    ("q", 320, 180, 300),
    ("h", 640, 360, 900),
    ("f", 1280, 720, 2500),
];
/// The layer index a non-simulcast frame carries.
pub const SINGLE_LAYER: u8 = 9;

/// One video frame a peer received.
#[derive(Debug, Clone)]
pub struct Frame {
    pub at: Duration,
    pub sender: u8,
    pub layer: u8,
    pub keyframe: bool,
    /// str0m saw no gap in sequence numbers before this frame.
    pub contiguous: bool,
    pub first_seq: u64,
    pub last_seq: u64,
    /// When the sender wrote it (simulated time since the sender joined).
    pub sent_at: Duration,
}

/// A client peer: a str0m `Rtc` that publishes audio and video whose payloads
/// carry the sender's index, and counts what it receives by sender.
pub struct Peer {
    pub index: u8,
    pub id: ParticipantId,
    pub addr: SocketAddr,
    pub rtc: Rtc,
    pending: Option<SdpPendingOffer>,
    pub audio_mid: Option<Mid>,
    pub video_mid: Option<Mid>,
    pub connected: bool,
    next_audio: Instant,
    next_video: Instant,
    frames_sent: u64,
    /// Frames received, by (sender index, kind).
    pub received: BTreeMap<(u8, MediaKind), u64>,
    /// Frames received that this peer sent itself (must stay 0).
    pub echoed: u64,
    /// Audio frames received after a gap in their stream's sequence numbers.
    pub audio_gaps: u64,
    /// Mids the SFU offered to this peer that are currently active.
    pub active_recv_mids: usize,
    next_request: u64,
    pub simulcast: bool,
    /// Layers (None: the single layer) whose next frame must be a keyframe.
    keyframe_due: Vec<Option<Rid>>,
    /// Keyframe requests this peer received, as publisher.
    pub keyframe_requests: Vec<(Duration, Option<Rid>)>,
    /// Every video frame received.
    pub frames: Vec<Frame>,
    start: Instant,
    /// Audio level to send (-dBov, 0 loudest), if any.
    pub audio_level: Option<i8>,
    last_now: Instant,
    /// (publisher id, mid) of the video m-lines received.
    pub recv_video: Vec<(String, Mid)>,
    /// When the peer joined, simulated time since the start; `Frame::at`
    /// and `Frame::sent_at` count from the receiver's and the sender's join.
    pub joined_at: Duration,
    /// How long after joining ICE and DTLS were up.
    pub connected_after: Option<Duration>,
    /// Header extension ids this peer's SDP tells the SFU the wrong way
    /// round ([`Sim::join_hostile`]): the SFU reads the one extension's
    /// bytes as the other's.
    pub extmap_swap: Option<(u8, u8)>,
}

impl Peer {
    fn new(index: u8, start: Instant, simulcast: bool, rtp_mode: bool, tcp_only: bool) -> Peer {
        let addr: SocketAddr = format!("127.0.0.{}:{}", 10 + index, 50000 + u16::from(index))
            .parse()
            .unwrap();
        let mut rtc = Rtc::builder().set_rtp_mode(rtp_mode).build(start);
        rtc.add_local_candidate(peer_candidate(addr, tcp_only));
        Peer {
            index,
            id: ParticipantId::new(format!("peer{index}")),
            addr,
            rtc,
            pending: None,
            audio_mid: None,
            video_mid: None,
            connected: false,
            next_audio: start,
            next_video: start,
            frames_sent: 0,
            received: BTreeMap::new(),
            echoed: 0,
            audio_gaps: 0,
            active_recv_mids: 0,
            next_request: 1,
            simulcast,
            keyframe_due: Vec::new(),
            keyframe_requests: Vec::new(),
            frames: Vec::new(),
            start,
            audio_level: None,
            last_now: start,
            recv_video: Vec::new(),
            joined_at: Duration::ZERO,
            connected_after: None,
            extmap_swap: None,
        }
    }

    /// SDP as the other side should see it: with [`Peer::extmap_swap`]
    /// applied (an involution, so the same call undoes it).
    fn munge(&self, sdp: &str) -> String {
        match self.extmap_swap {
            Some((x, y)) => swap_extmap_ids(sdp, x, y),
            None => sdp.to_owned(),
        }
    }

    /// Video frames received from `sender` after `since`.
    pub fn frames_since(&self, sender: &Peer, since: Duration) -> Vec<&Frame> {
        self.frames
            .iter()
            .filter(|f| f.sender == sender.index && f.at >= since)
            .collect()
    }

    /// Video m-lines this peer receives from the publisher whose id is `stream`.
    fn recv_mids_from(&self, stream: &str) -> Vec<Mid> {
        self.recv_video
            .iter()
            .filter(|(s, _)| s == stream)
            .map(|(_, m)| *m)
            .collect()
    }

    pub fn frames_from(&self, sender: &Peer, kind: MediaKind) -> u64 {
        self.received
            .get(&(sender.index, kind))
            .copied()
            .unwrap_or(0)
    }

    fn request_id(&mut self) -> RequestId {
        self.next_request += 1;
        RequestId(self.next_request)
    }

    /// Writes the media that is due: 20 ms Opus frames, 30 fps VP8 frames
    /// with a keyframe every second.
    fn send_media(&mut self, now: Instant) {
        // A hostile peer's RTP is the test's to write.
        if !self.connected || self.extmap_swap.is_some() {
            return;
        }
        if let Some(mid) = self.audio_mid
            && now >= self.next_audio
        {
            self.next_audio += Duration::from_millis(20);
            let mut payload = vec![0u8; 60];
            payload[0] = self.index;
            let time = MediaTime::new(self.frames_sent * 960, Frequency::FORTY_EIGHT_KHZ);
            if let Some(writer) = self.rtc.writer(mid) {
                let writer = match self.audio_level {
                    Some(level) => writer.audio_level(-level, level < 40),
                    None => writer,
                };
                write_with(writer, Codec::Opus, now, time, payload);
            }
        }
        if let Some(mid) = self.video_mid
            && now >= self.next_video
        {
            self.next_video += Duration::from_micros(33_333);
            self.frames_sent += 1;
            let time = MediaTime::new(self.frames_sent * 3000, Frequency::NINETY_KHZ);
            // Keyframes at the start, every 3 s, and when asked for.
            let periodic = self.frames_sent % 90 == 1;
            if self.simulcast {
                for (i, (rid, w, h, bytes)) in LAYERS.iter().enumerate() {
                    let rid = Rid::from(*rid);
                    let keyframe = periodic || self.take_keyframe_due(Some(rid));
                    let payload = vp8_frame(
                        keyframe,
                        self.index,
                        i as u8,
                        (*w, *h),
                        if keyframe { bytes * 3 } else { *bytes },
                        now - self.start,
                    );
                    if let Some(writer) = self.rtc.writer(mid) {
                        write_with(writer.rid(rid), Codec::Vp8, now, time, payload);
                    }
                }
            } else {
                let keyframe = periodic || self.take_keyframe_due(None);
                let payload = vp8_frame(
                    keyframe,
                    self.index,
                    SINGLE_LAYER,
                    (640, 360),
                    if keyframe { 2500 } else { 700 },
                    now - self.start,
                );
                if let Some(writer) = self.rtc.writer(mid) {
                    write_with(writer, Codec::Vp8, now, time, payload);
                }
            }
        }
    }

    fn take_keyframe_due(&mut self, rid: Option<Rid>) -> bool {
        let due = self.keyframe_due.contains(&rid);
        self.keyframe_due.retain(|r| *r != rid);
        due
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Connected => {
                self.connected = true;
                self.connected_after
                    .get_or_insert(self.last_now - self.start);
            }
            Event::KeyframeRequest(req) => {
                self.keyframe_requests
                    .push((self.last_now - self.start, req.rid));
                if !self.keyframe_due.contains(&req.rid) {
                    self.keyframe_due.push(req.rid);
                }
            }
            Event::MediaData(data) => {
                let (sender, kind) = match data.data.len() {
                    0 => return,
                    n if n > VIDEO_MARK + 1
                        && self
                            .rtc
                            .media(data.mid)
                            .is_some_and(|m| m.kind().is_video()) =>
                    {
                        self.frames.push(Frame {
                            at: self.last_now - self.start,
                            sender: data.data[VIDEO_MARK],
                            layer: data.data[VIDEO_MARK + 1],
                            keyframe: data.data[0] & 1 == 0,
                            contiguous: data.contiguous,
                            first_seq: **data.seq_range.start(),
                            last_seq: **data.seq_range.end(),
                            sent_at: data
                                .data
                                .get(VIDEO_MARK + 2..VIDEO_MARK + 10)
                                .and_then(|b| b.try_into().ok())
                                .map_or(Duration::MAX, |b| {
                                    Duration::from_micros(u64::from_le_bytes(b))
                                }),
                        });
                        (data.data[VIDEO_MARK], MediaKind::Video)
                    }
                    _ => {
                        self.audio_gaps += u64::from(!data.contiguous);
                        (data.data[0], MediaKind::Audio)
                    }
                };
                if sender == self.index {
                    self.echoed += 1;
                }
                *self.received.entry((sender, kind)).or_default() += 1;
            }
            _ => {}
        }
    }
}

fn write_with(
    writer: str0m::media::Writer<'_>,
    codec: Codec,
    now: Instant,
    time: MediaTime,
    payload: Vec<u8>,
) {
    let Some(pt) = writer
        .payload_params()
        .find(|p| p.spec().codec == codec)
        .map(|p| p.pt())
    else {
        return;
    };
    writer.write(pt, now, time, payload).unwrap();
}

/// A VP8 frame with a valid frame tag (and keyframe start code and size), the
/// sender's and layer's index at [`VIDEO_MARK`], the time it was sent
/// after them, and filler.
fn vp8_frame(
    keyframe: bool,
    sender: u8,
    layer: u8,
    (w, h): (u16, u16),
    len: usize,
    sent: Duration,
) -> Vec<u8> {
    let mut f = vec![0x55u8; len];
    let first_partition = 100u32;
    let tag = (first_partition << 5) | (1 << 4) | u32::from(!keyframe);
    f[0] = (tag & 0xff) as u8;
    f[1] = ((tag >> 8) & 0xff) as u8;
    f[2] = ((tag >> 16) & 0xff) as u8;
    if keyframe {
        f[3..6].copy_from_slice(&[0x9d, 0x01, 0x2a]);
        f[6..8].copy_from_slice(&w.to_le_bytes());
        f[8..10].copy_from_slice(&h.to_le_bytes());
    }
    f[VIDEO_MARK] = sender;
    f[VIDEO_MARK + 1] = layer;
    f[VIDEO_MARK + 2..VIDEO_MARK + 10].copy_from_slice(&(sent.as_micros() as u64).to_le_bytes());
    f
}

/// A datagram in flight.
struct Packet {
    at: Instant,
    proto: Protocol,
    from: SocketAddr,
    to: SocketAddr,
    bytes: Vec<u8>,
}

/// The SFU, its peers and the network between them.
pub struct Sim {
    pub start: Instant,
    pub now: Instant,
    pub sfu: Sfu,
    pub server: SocketAddr,
    pub peers: Vec<Peer>,
    in_flight: VecDeque<Packet>,
    sfu_wake: Instant,
    /// Every event the SFU emitted, with the time.
    pub events: Vec<(Duration, SfuEvent)>,
    /// Seeded random loss on every link, 0.0 to 1.0.
    pub loss: f64,
    rng: fastrand::Rng,
    pub room: RoomName,
    pub delivered: u64,
    /// Bottlenecks on the links from the SFU to some peers: (peer address,
    /// bits/s, the longest a datagram may queue, the time the queue drains).
    downlinks: Vec<(SocketAddr, u64, Duration, Instant)>,
    /// Datagrams dropped at a full bottleneck queue.
    pub dropped: u64,
    /// Bytes sent towards each address.
    pub bytes_to: std::collections::HashMap<SocketAddr, u64>,
    /// Real time spent inside the SFU's own calls, and the datagrams it sent
    /// (for the forwarding benchmark; the peers' work is not counted).
    pub sfu_busy: Duration,
    pub sfu_transmits: u64,
    /// Of `sfu_busy`, the time spent in timer wake-ups, and their number;
    /// and the datagrams the SFU received.
    pub sfu_timer_busy: Duration,
    pub sfu_wakes: u64,
    pub sfu_received: u64,
    /// Microphone packets the SFU copied to the captions tap.
    pub taps: Vec<anteroom_protocol::AudioTap>,
    /// Extra delay on STUN success responses from peers to the server.
    pub stun_response_delay: Duration,
    /// Datagrams sent towards each address.
    pub datagrams_to: std::collections::HashMap<SocketAddr, u64>,
    /// Datagrams delivered to the SFU, by the address they came from.
    pub datagrams_from: std::collections::HashMap<SocketAddr, u64>,
    /// Datagrams delivered to the SFU over TCP, by the address they came from.
    pub tcp_from: std::collections::HashMap<SocketAddr, u64>,
    /// Peers whose network drops all UDP.
    pub udp_blocked: std::collections::HashSet<SocketAddr>,
}

impl Sim {
    pub fn new(seed: u64) -> Sim {
        Sim::with_config(seed, SfuConfig::default())
    }

    pub fn with_config(seed: u64, config: SfuConfig) -> Sim {
        let start = Instant::now();
        let server: SocketAddr = SERVER.parse().unwrap();
        let sfu = Sfu::new(config, vec![server], start).unwrap();
        Sim {
            start,
            now: start,
            sfu,
            server,
            peers: Vec::new(),
            in_flight: VecDeque::new(),
            sfu_wake: start,
            events: Vec::new(),
            loss: 0.0,
            rng: fastrand::Rng::with_seed(seed),
            room: RoomName::new("sim").unwrap(),
            delivered: 0,
            downlinks: Vec::new(),
            dropped: 0,
            bytes_to: std::collections::HashMap::new(),
            sfu_busy: Duration::ZERO,
            sfu_transmits: 0,
            sfu_timer_busy: Duration::ZERO,
            sfu_wakes: 0,
            sfu_received: 0,
            taps: Vec::new(),
            stun_response_delay: Duration::ZERO,
            datagrams_to: std::collections::HashMap::new(),
            datagrams_from: std::collections::HashMap::new(),
            udp_blocked: std::collections::HashSet::new(),
            tcp_from: std::collections::HashMap::new(),
        }
    }

    /// A simulation whose SFU also takes media over TCP, on the same
    /// address as its UDP (framing is the driver's: here each packet
    /// simply travels marked TCP).
    pub fn with_tcp(seed: u64) -> Sim {
        let mut sim = Sim::new(seed);
        let sfu = Sfu::new(SfuConfig::default(), vec![sim.server], sim.start)
            .unwrap()
            .with_tcp(&[sim.server])
            .unwrap();
        sim.sfu = sfu;
        sim
    }

    /// Packets the SFU took from `addr` over TCP.
    pub fn tcp_datagrams_from(&self, addr: SocketAddr) -> u64 {
        self.tcp_from.get(&addr).copied().unwrap_or(0)
    }

    /// Packets the SFU took from `addr` over UDP.
    pub fn udp_datagrams_from(&self, addr: SocketAddr) -> u64 {
        self.datagrams_from.get(&addr).copied().unwrap_or(0) - self.tcp_datagrams_from(addr)
    }

    pub fn elapsed(&self) -> Duration {
        self.now - self.start
    }

    pub fn command(&mut self, cmd: SfuCommand) {
        self.sfu
            .handle_input(Input::Command { at: self.now, cmd })
            .unwrap();
        self.drain_sfu();
    }

    /// Turns the captions tap on (labelled with the spoken language,
    /// whether someone reads English and whether the language may be
    /// detected) or off (None) for a peer's microphone.
    pub fn tap(&mut self, peer: usize, language: Option<(&str, bool, bool)>) {
        let participant = self.peers[peer].id.clone();
        let (language, english, detect) = language.unwrap_or_default();
        self.command(SfuCommand::Tap {
            participant,
            on: !language.is_empty(),
            language: language.to_owned(),
            english,
            detect,
        });
    }

    /// A new peer joins, publishes audio and video and trickles its candidate.
    pub fn join(&mut self) -> usize {
        self.join_with(false, false, true, None)
    }

    /// A new peer, publishing audio and video, whose network drops all UDP
    /// both ways: it offers only a TCP candidate (RFC 6544 active), as a
    /// browser does whose UDP gets nowhere.
    pub fn join_behind_udp_firewall(&mut self) -> usize {
        let index = self.peers.len();
        let i = self.join_with_transport(false, false, true, None, true);
        assert_eq!(i, index);
        let addr = self.peers[i].addr;
        self.udp_blocked.insert(addr);
        i
    }

    /// A new peer that publishes audio and video with its session in RTP
    /// mode, so that a test can write any RTP it likes under valid SRTP
    /// (`rtc.direct_api()`), and whose SDP swaps the ids of the audio level
    /// and RTP stream id header extensions: the SFU reads its audio levels
    /// as rids and its rids as audio levels.
    pub fn join_hostile(&mut self) -> usize {
        self.join_with(false, false, true, Some((1, 10)))
    }

    /// A new peer that publishes nothing: its offer has only a data
    /// channel, as the JS SDK's receive-only participants do.
    pub fn join_receive_only(&mut self) -> usize {
        self.join_with(false, false, false, None)
    }

    /// A new peer that publishes video as three simulcast layers ([`LAYERS`]).
    pub fn join_simulcast(&mut self) -> usize {
        self.join_with(true, false, true, None)
    }

    /// A new peer whose offer marks its video as a shared screen.
    pub fn join_sharing_screen(&mut self) -> usize {
        self.join_with(false, true, true, None)
    }

    /// `extmap_swap`: a hostile peer ([`Sim::join_hostile`]), its session in
    /// RTP mode and its SDP telling the SFU these extension ids swapped.
    fn join_with(
        &mut self,
        simulcast: bool,
        screen: bool,
        publish: bool,
        extmap_swap: Option<(u8, u8)>,
    ) -> usize {
        self.join_with_transport(simulcast, screen, publish, extmap_swap, false)
    }

    fn join_with_transport(
        &mut self,
        simulcast: bool,
        screen: bool,
        publish: bool,
        extmap_swap: Option<(u8, u8)>,
        tcp_only: bool,
    ) -> usize {
        let index = self.peers.len() as u8;
        let mut peer = Peer::new(index, self.now, simulcast, extmap_swap.is_some(), tcp_only);
        peer.extmap_swap = extmap_swap;
        peer.joined_at = self.now - self.start;
        let id = peer.id.clone();
        let layers = simulcast.then(|| Simulcast {
            send: LAYERS
                .iter()
                .map(|(rid, ..)| SimulcastLayer::new(rid))
                .collect(),
            recv: vec![],
        });
        let mut api = peer.rtc.sdp_api();
        let mut mids = None;
        if publish {
            let audio = api.add_media(
                str0m::media::MediaKind::Audio,
                Direction::SendOnly,
                None,
                None,
                None,
            );
            let video = api.add_media(
                str0m::media::MediaKind::Video,
                Direction::SendOnly,
                None,
                None,
                layers,
            );
            mids = Some((audio, video));
        } else {
            api.add_channel("signalling".into());
        }
        let (offer, pending) = api.apply().unwrap();
        let offer = peer.munge(&offer.to_sdp_string());
        peer.audio_mid = mids.map(|m| m.0);
        peer.video_mid = mids.map(|m| m.1);
        peer.pending = Some(pending);
        let candidate = peer_candidate(peer.addr, tcp_only).to_sdp_string();
        let request_id = peer.request_id();
        self.peers.push(peer);
        self.command(SfuCommand::Join {
            room: self.room.clone(),
            participant: id.clone(),
        });
        let screen = match mids {
            Some((_, video)) if screen => vec![video.to_string()],
            _ => Vec::new(),
        };
        self.command(SfuCommand::Offer {
            participant: id.clone(),
            request_id,
            sdp: offer,
            screen,
        });
        self.command(SfuCommand::Candidate {
            participant: id,
            candidate,
        });
        self.peers.len() - 1
    }

    /// Peer `index` moves to another network (a new address; the old one
    /// is gone) and restarts ICE with a new offer, as a browser does.
    pub fn switch_network(&mut self, index: usize) {
        let peer = &mut self.peers[index];
        let addr: SocketAddr = format!(
            "127.0.1.{}:{}",
            10 + peer.index,
            51000 + u16::from(peer.index)
        )
        .parse()
        .unwrap();
        peer.addr = addr;
        // str0m applies the restart when the answer comes, dropping local
        // candidates unless asked to keep them: keep them (the old one just
        // never gets through any more). The new address's candidate is
        // added after the offer and never trickled: as behind a NAT, the SFU
        // learns the new path only from the peer's own checks, which name
        // the SFU's new ufrag.
        let mut api = peer.rtc.sdp_api();
        api.ice_restart(true);
        let (offer, pending) = api.apply().expect("an ICE restart is a change");
        peer.pending = Some(pending);
        peer.rtc
            .add_local_candidate(Candidate::host(addr, "udp").unwrap());
        let request_id = peer.request_id();
        let id = peer.id.clone();
        self.command(SfuCommand::Offer {
            participant: id,
            request_id,
            sdp: offer.to_sdp_string(),
            screen: Vec::new(),
        });
    }

    /// The id of the video track peer `publisher` publishes.
    pub fn video_track(&self, publisher: usize) -> anteroom_protocol::TrackId {
        let id = &self.peers[publisher].id;
        self.events
            .iter()
            .find_map(|(_, e)| match e {
                SfuEvent::TrackPublished { participant, track }
                    if participant == id && track.kind == MediaKind::Video =>
                {
                    Some(track.id.clone())
                }
                _ => None,
            })
            .expect("the publisher's video track was published")
    }

    /// Peer `subscriber` shows `publisher`'s video at `width` x `height`.
    pub fn set_video_size(&mut self, subscriber: usize, publisher: usize, width: u32, height: u32) {
        let track = self.video_track(publisher);
        let participant = self.peers[subscriber].id.clone();
        self.command(SfuCommand::SetVideoSize {
            participant,
            track,
            width,
            height,
        });
    }

    /// Peer `subscriber` asks for a keyframe of what it receives from `publisher`.
    pub fn send_pli(&mut self, subscriber: usize, publisher: usize) {
        let stream = self.peers[publisher].id.to_string();
        let peer = &mut self.peers[subscriber];
        let mids: Vec<Mid> = peer.recv_mids_from(&stream);
        for mid in mids {
            if let Some(mut writer) = peer.rtc.writer(mid) {
                let _ = writer.request_keyframe(None, KeyframeRequestKind::Pli);
            }
        }
        self.drain_peer(subscriber);
    }

    /// The SFU's latest bandwidth estimate towards peer `index`, from its events.
    pub fn sfu_estimate(&self, index: usize) -> Option<u64> {
        self.sfu.bandwidth_estimate(&self.peers[index].id)
    }

    pub fn leave(&mut self, index: usize) {
        let id = self.peers[index].id.clone();
        self.command(SfuCommand::Leave { participant: id });
    }

    /// Later joins go to room `name`.
    pub fn use_room(&mut self, name: &str) {
        self.room = RoomName::new(name).unwrap();
    }

    /// Injects one datagram straight into the SFU, as if it arrived now.
    pub fn inject(&mut self, from: SocketAddr, bytes: &[u8]) {
        let _ = self.sfu.handle_input(Input::Datagram {
            at: self.now,
            proto: Protocol::Udp,
            source: from,
            destination: self.server,
            bytes,
        });
        self.drain_sfu();
    }

    /// A copy of some datagram currently in flight towards the SFU.
    pub fn sample_in_flight(&mut self) -> Option<(SocketAddr, Vec<u8>)> {
        let to_server: Vec<&Packet> = self
            .in_flight
            .iter()
            .filter(|p| p.to == self.server)
            .collect();
        if to_server.is_empty() {
            return None;
        }
        let p = to_server[self.rng.usize(..to_server.len())];
        Some((p.from, p.bytes.clone()))
    }

    pub fn rng(&mut self) -> &mut fastrand::Rng {
        &mut self.rng
    }

    /// Runs virtual time forward by `d`.
    pub fn run_for(&mut self, d: Duration) {
        let end = self.now + d;
        while self.now < end {
            self.now += TICK;
            self.tick();
        }
    }

    fn tick(&mut self) {
        let now = self.now;
        // Deliver what has arrived.
        while self.in_flight.front().is_some_and(|p| p.at <= now) {
            let p = self.in_flight.pop_front().unwrap();
            self.delivered += 1;
            if p.to == self.server {
                let started = Instant::now();
                self.sfu_received += 1;
                *self.datagrams_from.entry(p.from).or_default() += 1;
                if p.proto == Protocol::Tcp {
                    *self.tcp_from.entry(p.from).or_default() += 1;
                }
                let _ = self.sfu.handle_input(Input::Datagram {
                    at: now,
                    proto: p.proto,
                    source: p.from,
                    destination: p.to,
                    bytes: &p.bytes,
                });
                self.drain_sfu();
                self.sfu_busy += started.elapsed();
            } else if let Some(peer) = self.peers.iter_mut().find(|x| x.addr == p.to) {
                let Ok(receive) = Receive::new(p.proto, p.from, p.to, &p.bytes) else {
                    continue;
                };
                let _ = peer.rtc.handle_input(str0m::Input::Receive(now, receive));
            }
        }
        for i in 0..self.peers.len() {
            self.peers[i].last_now = now;
            self.peers[i].send_media(now);
            let _ = self.peers[i].rtc.handle_input(str0m::Input::Timeout(now));
            self.drain_peer(i);
        }
        if now >= self.sfu_wake {
            let started = Instant::now();
            self.sfu.handle_input(Input::Timeout(now)).unwrap();
            self.drain_sfu();
            self.sfu_busy += started.elapsed();
            self.sfu_timer_busy += started.elapsed();
            self.sfu_wakes += 1;
        }
    }

    /// Limits the link from the SFU to peer `index` to `bps` (None: unlimited).
    /// The link queues what exceeds the rate and drops what would wait more
    /// than `buffer`, like a router.
    pub fn set_downlink(&mut self, index: usize, bps: Option<u64>, buffer: Duration) {
        let addr = self.peers[index].addr;
        // What is queued stays queued: a link changing rate does not reorder.
        let drained = self
            .downlinks
            .iter()
            .find(|(a, ..)| *a == addr)
            .map_or(self.now, |(.., d)| *d);
        self.downlinks.retain(|(a, ..)| *a != addr);
        if let Some(bps) = bps {
            self.downlinks.push((addr, bps, buffer, drained));
        }
    }

    fn send(&mut self, proto: Protocol, from: SocketAddr, to: SocketAddr, bytes: Vec<u8>) {
        if proto == Protocol::Udp
            && (self.udp_blocked.contains(&from) || self.udp_blocked.contains(&to))
        {
            return;
        }
        *self.bytes_to.entry(to).or_default() += bytes.len() as u64;
        *self.datagrams_to.entry(to).or_default() += 1;
        if self.loss > 0.0 && self.rng.f64() < self.loss {
            return;
        }
        let mut at = self.now + LATENCY;
        // A STUN success response (type 0x0101) from a peer to the server
        // held back: the peer's next datagrams overtake it.
        if to == self.server && bytes.starts_with(&[0x01, 0x01]) {
            at += self.stun_response_delay;
        }
        if let Some((_, bps, buffer, drained)) = self.downlinks.iter_mut().find(|(a, ..)| *a == to)
        {
            let start = (*drained).max(self.now);
            if start > self.now + *buffer {
                self.dropped += 1;
                return;
            }
            *drained =
                start + Duration::from_secs_f64((bytes.len() as f64 + 28.0) * 8.0 / *bps as f64);
            at = *drained + LATENCY;
        }
        // Keep the queue ordered by delivery time.
        let pos = self
            .in_flight
            .iter()
            .rposition(|p| p.at <= at)
            .map_or(0, |i| i + 1);
        self.in_flight.insert(
            pos,
            Packet {
                at,
                proto,
                from,
                to,
                bytes,
            },
        );
    }

    fn drain_peer(&mut self, i: usize) {
        loop {
            match self.peers[i].rtc.poll_output() {
                Ok(str0m::Output::Timeout(_)) => break,
                Ok(str0m::Output::Transmit(t)) => {
                    let (from, to, bytes) = (t.source, t.destination, t.contents.into());
                    self.send(t.proto, from, to, bytes);
                }
                Ok(str0m::Output::Event(e)) => self.peers[i].on_event(e),
                Err(_) => break,
            }
        }
    }

    fn drain_sfu(&mut self) {
        loop {
            match self.sfu.poll_output() {
                Output::Timeout(t) => {
                    self.sfu_wake = t;
                    break;
                }
                Output::Transmit(t) => {
                    self.sfu_transmits += 1;
                    self.send(t.proto, t.source, t.destination, t.contents)
                }
                Output::Event(e) => self.on_sfu_event(e),
                Output::Tap(t) => self.taps.push(t),
            }
        }
    }

    /// The harness as signalling: apply the SFU's SDP and candidates to the peer.
    fn on_sfu_event(&mut self, event: SfuEvent) {
        self.events.push((self.elapsed(), event.clone()));
        let Some(i) = self.peers.iter().position(|p| &p.id == event.participant()) else {
            return;
        };
        match event {
            SfuEvent::Answer { sdp, .. } => {
                let peer = &mut self.peers[i];
                let pending = peer.pending.take().expect("an answer matches our offer");
                let answer = SdpAnswer::from_sdp_string(&peer.munge(&sdp)).unwrap();
                peer.rtc.sdp_api().accept_answer(pending, answer).unwrap();
                self.drain_peer(i);
            }
            SfuEvent::Offer { sdp, participant } => {
                let peer = &mut self.peers[i];
                let offer = SdpOffer::from_sdp_string(&peer.munge(&sdp)).unwrap();
                let answer = peer.rtc.sdp_api().accept_offer(offer).unwrap();
                let answer = peer.munge(&answer.to_sdp_string());
                peer.active_recv_mids = count_active_recv(&sdp);
                peer.recv_video = video_msids(&sdp);
                let request_id = peer.request_id();
                self.drain_peer(i);
                self.command(SfuCommand::Answer {
                    participant,
                    request_id,
                    sdp: answer,
                });
            }
            SfuEvent::Candidate { candidate, .. } => {
                let c = Candidate::from_sdp_string(&candidate).unwrap();
                self.peers[i].rtc.add_remote_candidate(c);
            }
            _ => {}
        }
    }
}

/// `sdp` with the header extension ids `x` and `y` exchanged.
fn swap_extmap_ids(sdp: &str, x: u8, y: u8) -> String {
    let swapped = |line: &str| -> Option<String> {
        let rest = line.strip_prefix("a=extmap:")?;
        let end = rest.find(|c: char| !c.is_ascii_digit())?;
        let id: u8 = rest[..end].parse().ok()?;
        let other = if id == x {
            y
        } else if id == y {
            x
        } else {
            return None;
        };
        Some(format!("a=extmap:{other}{}", &rest[end..]))
    };
    sdp.split("\r\n")
        .map(|line| swapped(line).unwrap_or_else(|| line.to_owned()))
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// Media sections the server sends on (sendonly from the server, port not 0).
fn count_active_recv(offer: &str) -> usize {
    offer
        .split("\r\nm=")
        .skip(1)
        .filter(|section| {
            !section.starts_with("application")
                && !section.contains(" 0 UDP")
                && section.contains("a=sendonly")
        })
        .count()
}

/// (msid stream id, mid) of each video section of an SDP.
fn video_msids(sdp: &str) -> Vec<(String, Mid)> {
    sdp.split("\r\nm=")
        .skip(1)
        .filter(|section| section.starts_with("video"))
        .filter_map(|section| {
            let mid = section.lines().find_map(|l| l.strip_prefix("a=mid:"))?;
            let stream = section
                .lines()
                .find_map(|l| l.strip_prefix("a=msid:"))?
                .split(' ')
                .next()?;
            Some((stream.to_owned(), Mid::from(mid.trim())))
        })
        .collect()
}

/// A peer's host candidate: UDP, or TCP active (it connects; RFC 6544) for
/// a peer whose network carries no UDP.
fn peer_candidate(addr: SocketAddr, tcp_only: bool) -> Candidate {
    if tcp_only {
        Candidate::builder()
            .tcp()
            .host(addr)
            .tcptype(TcpType::Active)
            .build()
            .unwrap()
    } else {
        Candidate::host(addr, "udp").unwrap()
    }
}
