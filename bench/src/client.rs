//! One simulated participant: str0m peer connections on one UDP socket,
//! driven by a signalling adapter (anteroom's protocol or Janus's) through
//! two channels, publishing the looped clip and measuring what it receives.
//!
//! Many participants share the bench's threads: each is a tokio task that
//! sleeps until its next packet, timer or media frame is due.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anteroom_transcoder::{OPUS_FRAME_SAMPLES, VideoDecoder};
use str0m::change::{SdpAnswer, SdpOffer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{
    Direction, Frequency, MediaKind, MediaTime, Mid, Rid, Simulcast, SimulcastLayer,
};
use str0m::net::{Protocol, Receive};
use str0m::{Candidate, Event, Input, Output, Rtc};
use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use crate::media::{Clips, Stamp};
use crate::run::{Live, Sample};
use crate::scenario::Scenario;

/// Who a participant is.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Index over the whole run.
    pub index: u32,
    /// Room number (0-based) and place in the room.
    pub room: u32,
    pub seat: u32,
    pub publish: bool,
    pub role: Role,
    /// Which of the participant's sessions (churn and soak start one after
    /// another): each is a different person.
    pub session: u32,
}

/// How a participant enters its room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// By the room's name, with no token (a server with open rooms; Janus).
    Open,
    /// With a staff token that may admit: in the call first.
    Practitioner,
    /// With a patient's token: waits until admitted.
    Patient,
}

impl Plan {
    pub fn name(&self) -> String {
        format!("bench-{}-{}", self.room, self.seat)
    }
}

/// What a signalling adapter tells the participant.
#[derive(Debug)]
pub enum ToMedia {
    /// In the room: publish now if the plan says so (on connection 0).
    /// `waited`: how long the participant waited to be admitted.
    /// `offer_to_receive`: a participant that publishes nothing still makes
    /// the first offer (a data channel), as anteroom's SDK does, so that
    /// its connection comes up and the server can offer it tracks.
    Joined {
        waited: Option<Duration>,
        offer_to_receive: bool,
    },
    /// The server's answer to our offer on a connection.
    Answer { conn: usize, sdp: String },
    /// The server offers (new tracks to receive, or a subscription).
    Offer { conn: usize, sdp: String },
    /// The server refused our offer because its own crossed it; it will
    /// offer next, and we publish again after answering.
    Conflict { conn: usize },
    /// A trickled server candidate.
    Candidate { conn: usize, candidate: String },
    /// The run cannot go on for this participant.
    Failed(String),
}

/// What the participant asks of its signalling adapter.
#[derive(Debug)]
pub enum ToSignal {
    Offer { conn: usize, sdp: String },
    Answer { conn: usize, sdp: String },
    Candidate { conn: usize, candidate: String },
}

/// Connections per participant at most (anteroom uses one for both
/// directions; Janus one to publish and one to subscribe).
pub const MAX_CONNS: usize = 2;

/// How often a participant reports its figures.
pub const SAMPLE_EVERY: Duration = Duration::from_secs(1);

/// A publisher this late with its next frame skips ahead instead.
const CATCH_UP: Duration = Duration::from_millis(100);

/// A gap between two frames of one video longer than this is a freeze.
pub const FREEZE_GAP: Duration = Duration::from_millis(500);

struct Conn {
    rtc: Rtc,
    pending: Option<SdpPendingOffer>,
    /// Our own sending m-lines, once the answer is in.
    audio: Option<Mid>,
    video: Option<Mid>,
    offered_publish: bool,
    /// The m-lines of our outstanding publish offer (audio, video).
    offered_mids: (Option<Mid>, Option<Mid>),
    connected: bool,
}

/// One received video (a receiving m-line).
#[derive(Default)]
struct Inbound {
    last_frame: Option<Instant>,
    layer: Option<u8>,
    first_seq: Option<u64>,
    max_seq: Option<u64>,
    decoder: Option<VideoDecoder>,
}

impl Inbound {
    fn expected(&self) -> u64 {
        match (self.first_seq, self.max_seq) {
            (Some(first), Some(max)) => max - first + 1,
            _ => 0,
        }
    }
}

/// Everything a session needs that outlives it.
#[derive(Debug, Clone)]
pub struct Shared {
    pub epoch: Instant,
    pub clips: Arc<Clips>,
    pub scenario: Arc<Scenario>,
    pub live: Arc<Live>,
    pub samples: mpsc::UnboundedSender<Sample>,
    pub stop: tokio::sync::watch::Receiver<bool>,
    /// The address client sockets bind to.
    pub client_ip: std::net::IpAddr,
}

/// The signalling half of a session: given the plan and the two channels,
/// runs until the participant drops its sender.
pub type Signaller = Arc<
    dyn Fn(Plan, mpsc::Sender<ToMedia>, mpsc::Receiver<ToSignal>) -> tokio::task::JoinHandle<()>
        + Send
        + Sync,
>;

/// Runs one participant until the run stops: one session, or in churn a
/// session after another.
pub async fn participant(mut plan: Plan, shared: Shared, signaller: Signaller) {
    let mut rng = fastrand::Rng::with_seed(
        shared.scenario.seed ^ u64::from(plan.index).wrapping_mul(0x9e37_79b9_7f4a_7c15),
    );
    loop {
        // Churn: everyone comes and goes. Soak: patients do; their
        // practitioner sees several in one session (as at walk-in hours)
        // and then joins again, as for the next appointment's room.
        let sessions = match (shared.scenario.kind, plan.role) {
            (crate::scenario::Kind::Churn, _) => Some(1.0),
            (crate::scenario::Kind::Soak, Role::Patient) => Some(1.0),
            (crate::scenario::Kind::Soak, _) => Some(PRACTITIONER_SESSIONS),
            _ => None,
        };
        let lifetime = sessions.map(|n| {
            Duration::from_secs_f64(n * shared.scenario.session_secs * (0.67 + rng.f64() * 0.66))
        });
        let mut session = Session::new(plan.clone(), shared.clone(), &mut rng);
        let outcome = session.run(&signaller, lifetime).await;
        session.report(outcome.err());
        if lifetime.is_none() || *shared.stop.borrow() {
            return;
        }
        plan.session += 1;
    }
}

/// Soak: a practitioner stays in one session for about this many patient
/// sessions. (One connection that outlives dozens of others grows its SDP
/// by two m-lines each, since str0m never recycles a stopped one: see
/// docs/limits.md.)
const PRACTITIONER_SESSIONS: f64 = 4.0;

struct Session {
    plan: Plan,
    shared: Shared,
    started: Instant,
    socket: Option<UdpSocket>,
    local: SocketAddr,
    conns: Vec<Option<Conn>>,
    inbound: HashMap<(usize, Mid), Inbound>,
    rng: fastrand::Rng,
    /// Datagrams held back by the injected delay: (due, to, bytes) out, and
    /// (due, from, bytes) in.
    delayed_out: std::collections::VecDeque<(Instant, SocketAddr, Vec<u8>)>,
    delayed_in: std::collections::VecDeque<(Instant, SocketAddr, Vec<u8>)>,
    next_audio: Instant,
    next_video: Instant,
    audio_pos: usize,
    video_pos: Vec<usize>,
    audio_frames_sent: u64,
    video_frames_sent: u64,
    to_signal: Option<mpsc::Sender<ToSignal>>,
    sample: Sample,
    /// Ingress statistics (cumulative per stream) for NACKs and keyframe
    /// requests sent.
    ingress: HashMap<(usize, Mid, Option<Rid>), (u64, u64)>,
    joined_at_frame: bool,
    /// Receiving media (a subscriber), or sending it (a fanout's publisher).
    ready: bool,
    want_publish: bool,
    /// When the participant was let into the room (after waiting).
    admitted_at: Option<Instant>,
}

impl Session {
    fn new(plan: Plan, shared: Shared, rng: &mut fastrand::Rng) -> Session {
        let layers = shared.clips.video.len();
        let now = Instant::now();
        // Everyone receives the others, except a fanout's publisher.
        let subscriber = shared.scenario.kind != crate::scenario::Kind::Fanout || !plan.publish;
        let sample = Sample {
            participant: plan.index,
            subscriber,
            ..Sample::default()
        };
        Session {
            plan,
            started: now,
            socket: None,
            local: SocketAddr::from(([127, 0, 0, 1], 0)),
            conns: (0..MAX_CONNS).map(|_| None).collect(),
            inbound: HashMap::new(),
            rng: fastrand::Rng::with_seed(rng.u64(..)),
            delayed_out: Default::default(),
            delayed_in: Default::default(),
            next_audio: now,
            next_video: now,
            audio_pos: 0,
            video_pos: vec![0; layers],
            audio_frames_sent: 0,
            video_frames_sent: 0,
            to_signal: None,
            sample,
            ingress: HashMap::new(),
            joined_at_frame: false,
            ready: false,
            want_publish: false,
            admitted_at: None,
            shared,
        }
    }

    async fn run(
        &mut self,
        signaller: &Signaller,
        lifetime: Option<Duration>,
    ) -> Result<(), String> {
        let socket = UdpSocket::bind((self.shared.client_ip, 0))
            .await
            .map_err(|e| format!("binding a client socket: {e}"))?;
        self.local = socket.local_addr().map_err(|e| e.to_string())?;
        self.socket = Some(socket);
        let (to_media_tx, mut to_media) = mpsc::channel(64);
        let (to_signal_tx, to_signal_rx) = mpsc::channel(64);
        self.to_signal = Some(to_signal_tx);
        let signalling = signaller(self.plan.clone(), to_media_tx, to_signal_rx);
        let result = self.drive(&mut to_media, lifetime).await;
        // Dropping the sender ends the signalling task (it leaves politely).
        self.to_signal = None;
        let _ = tokio::time::timeout(Duration::from_secs(5), signalling).await;
        result
    }

    async fn drive(
        &mut self,
        to_media: &mut mpsc::Receiver<ToMedia>,
        lifetime: Option<Duration>,
    ) -> Result<(), String> {
        let mut buf = vec![0u8; 2000];
        let mut stop = self.shared.stop.clone();
        let end = lifetime.map(|l| self.started + l);
        let mut next_sample = self.started + SAMPLE_EVERY;
        loop {
            let mut wake = self.poll_all().await?;
            let now = Instant::now();
            if self.send_media(now) {
                continue;
            }
            if now >= next_sample {
                next_sample += SAMPLE_EVERY;
                self.flush_sample(false);
            }
            self.release_delayed(now).await;
            if end.is_some_and(|e| now >= e) || *stop.borrow() {
                return Ok(());
            }
            wake = wake.min(next_sample);
            if let Some(e) = end {
                wake = wake.min(e);
            }
            if self.publishing() {
                wake = wake.min(self.next_due());
            }
            if let Some((due, ..)) = self.delayed_out.front() {
                wake = wake.min(*due);
            }
            if let Some((due, ..)) = self.delayed_in.front() {
                wake = wake.min(*due);
            }
            let Some(socket) = self.socket.as_ref() else {
                return Err("no socket".into());
            };
            tokio::select! {
                received = socket.recv_from(&mut buf) => {
                    let (n, from) = received.map_err(|e| format!("client socket: {e}"))?;
                    let data = buf[..n].to_vec();
                    self.arrive(Instant::now(), from, data)?;
                }
                message = to_media.recv() => match message {
                    Some(message) => self.on_signal(message).await?,
                    None => return Err("signalling ended".into()),
                },
                _ = stop.changed() => {}
                _ = tokio::time::sleep_until(tokio::time::Instant::from_std(wake)) => {
                    let now = Instant::now();
                    for conn in self.conns.iter_mut().flatten() {
                        conn.rtc.handle_input(Input::Timeout(now)).map_err(|e| format!("str0m: {e}"))?;
                    }
                }
            }
        }
    }

    fn publishing(&self) -> bool {
        self.conns
            .iter()
            .flatten()
            .any(|c| c.connected && (c.audio.is_some() || c.video.is_some()))
    }

    fn next_due(&self) -> Instant {
        let audio = if self.shared.clips.audio.is_some() {
            self.next_audio
        } else {
            self.next_video
        };
        if self.shared.clips.video.is_empty() {
            audio
        } else {
            audio.min(self.next_video)
        }
    }

    /// A datagram arrived: through the injected loss and delay, to the
    /// connection that owns it.
    fn arrive(&mut self, now: Instant, from: SocketAddr, data: Vec<u8>) -> Result<(), String> {
        let live = &self.shared.live;
        live.bytes_in
            .fetch_add(data.len() as u64, Ordering::Relaxed);
        if is_rtp(&data) {
            live.rtp_in.fetch_add(1, Ordering::Relaxed);
        }
        if self.shared.scenario.loss > 0.0 && self.rng.f64() < self.shared.scenario.loss {
            return Ok(());
        }
        if self.shared.scenario.delay_ms > 0 {
            let due = now + Duration::from_millis(u64::from(self.shared.scenario.delay_ms));
            self.delayed_in.push_back((due, from, data));
            return Ok(());
        }
        self.deliver(now, from, &data)
    }

    fn deliver(&mut self, now: Instant, from: SocketAddr, data: &[u8]) -> Result<(), String> {
        let Ok(contents) = data.try_into() else {
            return Ok(());
        };
        let input = Input::Receive(
            now,
            Receive {
                proto: Protocol::Udp,
                source: from,
                destination: self.local,
                contents,
            },
        );
        let mut open = 0;
        for conn in self.conns.iter_mut().flatten() {
            open += 1;
            if conn.rtc.accepts(&input) {
                return conn
                    .rtc
                    .handle_input(input)
                    .map_err(|e| format!("str0m: {e}"));
            }
        }
        // A server's first DTLS flight can arrive before our ICE agent has
        // seen its address succeed (`accepts` says no): with one
        // connection there is no doubt whose it is. Dropping it cost a
        // DTLS retransmission, about a second, as a browser would not.
        if open == 1
            && let Some(conn) = self.conns.iter_mut().flatten().next()
        {
            return conn
                .rtc
                .handle_input(input)
                .map_err(|e| format!("str0m: {e}"));
        }
        Ok(())
    }

    async fn release_delayed(&mut self, now: Instant) {
        while self.delayed_in.front().is_some_and(|(due, ..)| *due <= now) {
            if let Some((_, from, data)) = self.delayed_in.pop_front() {
                let _ = self.deliver(now, from, &data);
            }
        }
        while self
            .delayed_out
            .front()
            .is_some_and(|(due, ..)| *due <= now)
        {
            if let (Some((_, to, data)), Some(socket)) =
                (self.delayed_out.pop_front(), self.socket.as_ref())
            {
                let _ = socket.send_to(&data, to).await;
            }
        }
    }

    /// Polls every connection until each is waiting; returns the earliest
    /// time one wants to be woken.
    async fn poll_all(&mut self) -> Result<Instant, String> {
        let mut wake = Instant::now() + Duration::from_secs(1);
        for index in 0..MAX_CONNS {
            while let Some(conn) = self.conns[index].as_mut() {
                match conn.rtc.poll_output().map_err(|e| format!("str0m: {e}"))? {
                    Output::Timeout(t) => {
                        wake = wake.min(t);
                        break;
                    }
                    Output::Transmit(t) => {
                        let contents: Vec<u8> = t.contents.into();
                        self.transmit(t.destination, contents).await;
                    }
                    Output::Event(event) => self.on_event(index, event),
                }
            }
        }
        Ok(wake)
    }

    async fn transmit(&mut self, to: SocketAddr, data: Vec<u8>) {
        let scenario = &self.shared.scenario;
        if scenario.loss > 0.0 && self.rng.f64() < scenario.loss {
            return;
        }
        self.shared
            .live
            .bytes_out
            .fetch_add(data.len() as u64, Ordering::Relaxed);
        if scenario.delay_ms > 0 {
            let due = Instant::now() + Duration::from_millis(u64::from(scenario.delay_ms));
            self.delayed_out.push_back((due, to, data));
            return;
        }
        if let Some(socket) = self.socket.as_ref() {
            let _ = socket.send_to(&data, to).await;
        }
    }

    fn on_event(&mut self, index: usize, event: Event) {
        let now = Instant::now();
        match event {
            Event::Connected => {
                if let Some(conn) = self.conns[index].as_mut() {
                    conn.connected = true;
                }
                // Someone who receives nothing is in once its media path is up.
                if !self.sample.subscriber {
                    self.mark_ready();
                }
            }
            Event::MediaData(data) => {
                let video = self.conns[index]
                    .as_ref()
                    .and_then(|c| c.rtc.media(data.mid))
                    .is_some_and(|m| m.kind() == MediaKind::Video);
                if video {
                    self.on_video(index, now, &data);
                } else {
                    self.sample.counts.audio_frames += 1;
                    self.count_packets(index, &data);
                    if !self.shared.scenario.video && !self.joined_at_frame {
                        self.first_frame(now);
                    }
                }
            }
            Event::KeyframeRequest(request) => {
                self.sample.counts.keyframe_requests_received += 1;
                // Restart that layer's loop: frame 0 is an IDR frame.
                let layer = match request.rid {
                    Some(rid) => self
                        .shared
                        .clips
                        .video
                        .iter()
                        .position(|(r, _)| Rid::from(*r) == rid),
                    None => Some(0),
                };
                if let Some(pos) = layer.and_then(|l| self.video_pos.get_mut(l)) {
                    *pos = 0;
                }
            }
            Event::MediaIngressStats(stats) => {
                let entry = self
                    .ingress
                    .entry((index, stats.mid, stats.rid))
                    .or_default();
                let (nacks, kfr) = (stats.nacks, stats.plis + stats.firs);
                self.sample.counts.nacks += nacks.saturating_sub(entry.0);
                self.sample.counts.keyframe_requests_sent += kfr.saturating_sub(entry.1);
                *entry = (nacks, kfr);
            }
            _ => {}
        }
    }

    /// Counts a frame's packets towards the expected (highest sequence
    /// number seen, less the first) and the delivered ones.
    fn count_packets(&mut self, index: usize, data: &str0m::media::MediaData) {
        let inbound = self.inbound.entry((index, data.mid)).or_default();
        let (first, last) = (**data.seq_range.start(), **data.seq_range.end());
        let start = *inbound.first_seq.get_or_insert(first);
        if first < start {
            return;
        }
        let before = inbound.expected();
        inbound.max_seq = Some(inbound.max_seq.unwrap_or(last).max(last));
        self.sample.counts.packets_expected += inbound.expected() - before;
        self.sample.counts.packets_in_frames += last - first + 1;
    }

    fn on_video(&mut self, index: usize, now: Instant, data: &str0m::media::MediaData) {
        let decode = self.shared.scenario.decode;
        let epoch = self.shared.epoch;
        let stamp = Stamp::find(&data.data);
        self.count_packets(index, data);
        let inbound = self.inbound.entry((index, data.mid)).or_default();
        let mut freeze = false;
        if let Some(last) = inbound.last_frame
            && now.duration_since(last) > FREEZE_GAP
        {
            freeze = true;
        }
        inbound.last_frame = Some(now);
        let mut switched = false;
        if let Some(stamp) = stamp {
            switched = inbound.layer.is_some_and(|l| l != stamp.layer);
            inbound.layer = Some(stamp.layer);
        }
        let mut decoded = None;
        // Like a player, start decoding at the first keyframe: a server may
        // forward frames that depend on one this subscriber never had.
        if decode {
            if inbound.decoder.is_none() && crate::media::is_keyframe(&data.data) {
                inbound.decoder = VideoDecoder::new().ok();
            }
            decoded = inbound.decoder.as_mut().map(|d| d.decode(&data.data));
        }
        self.sample.counts.video_frames += 1;
        self.sample.counts.freezes += u64::from(freeze);
        self.sample.counts.layer_switches += u64::from(switched);
        match decoded {
            Some(Ok(Some(_))) => self.sample.counts.frames_decoded += 1,
            Some(Err(_)) => self.sample.counts.decode_errors += 1,
            _ => {}
        }
        if let Some(stamp) = stamp {
            let sent = epoch + Duration::from_micros(stamp.sent_us);
            let latency = now.saturating_duration_since(sent);
            self.sample
                .latencies_us
                .push(latency.as_micros().min(u128::from(u32::MAX)) as u32);
            self.sample.layers_seen |= 1 << stamp.layer.min(7);
        }
        // Joined once there is a picture to show: the first keyframe (a
        // server may forward frames that depend on one not yet received).
        if !self.joined_at_frame && crate::media::is_keyframe(&data.data) {
            self.first_frame(now);
        }
    }

    fn first_frame(&mut self, now: Instant) {
        self.joined_at_frame = true;
        self.sample.join_ms = Some(now.duration_since(self.started).as_secs_f64() * 1000.0);
        if let Some(admitted) = self.admitted_at {
            self.sample.admit_to_media_ms =
                Some(now.duration_since(admitted).as_secs_f64() * 1000.0);
        }
        self.mark_ready();
    }

    fn mark_ready(&mut self) {
        if !self.ready {
            self.ready = true;
            self.sample.ready = true;
            self.shared.live.joined.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Writes the audio and video frames that are due. True when it wrote
    /// something (the connection then has packets to send).
    fn send_media(&mut self, now: Instant) -> bool {
        if !self.publishing() {
            return false;
        }
        let clips = self.shared.clips.clone();
        let mut wrote = false;
        // Like a camera, skip what was missed (the connection coming up, the
        // bench falling behind) rather than send it in a burst.
        for next in [&mut self.next_audio, &mut self.next_video] {
            if now.saturating_duration_since(*next) > CATCH_UP {
                *next = now;
            }
        }
        let Some(conn) = self.conns[0].as_mut().filter(|c| c.connected) else {
            return false;
        };
        if let (Some(audio), Some(mid)) = (clips.audio.as_ref(), conn.audio)
            && now >= self.next_audio
        {
            self.next_audio += Duration::from_millis(20);
            let frame = audio.frames[self.audio_pos % audio.frames.len()].clone();
            self.audio_pos += 1;
            self.audio_frames_sent += 1;
            let time = MediaTime::new(
                self.audio_frames_sent * u64::from(OPUS_FRAME_SAMPLES),
                Frequency::FORTY_EIGHT_KHZ,
            );
            if let Some(pt) = payload_type(&mut conn.rtc, mid, Codec::Opus)
                && let Some(writer) = conn.rtc.writer(mid)
            {
                let _ = writer.write(pt.pt(), now, time, frame);
            }
            wrote = true;
        }
        if let Some(mid) = conn.video
            && now >= self.next_video
        {
            let fps = clips.fps;
            self.next_video += Duration::from_secs(1) / fps;
            self.video_frames_sent += 1;
            let time = MediaTime::new(
                self.video_frames_sent * u64::from(90_000 / fps),
                Frequency::NINETY_KHZ,
            );
            let sent_us = now.duration_since(self.shared.epoch).as_micros() as u64;
            let simulcast = clips.video.len() > 1;
            let Some(pt) = payload_type(&mut conn.rtc, mid, Codec::H264) else {
                return wrote;
            };
            for (layer, (rid, clip)) in clips.video.iter().enumerate() {
                let pos = self.video_pos[layer] % clip.frames.len();
                self.video_pos[layer] = pos + 1;
                let stamp = Stamp {
                    sent_us,
                    layer: clips.layer_index[layer],
                    publisher: self.plan.index,
                };
                let frame = stamp.insert(&clip.frames[pos].data);
                let Some(writer) = conn.rtc.writer(mid) else {
                    break;
                };
                let writer = if simulcast {
                    writer.rid(Rid::from(*rid))
                } else {
                    writer
                };
                let _ = writer.write(pt.pt(), now, time, frame);
            }
            wrote = true;
        }
        wrote
    }

    async fn on_signal(&mut self, message: ToMedia) -> Result<(), String> {
        match message {
            ToMedia::Joined {
                waited,
                offer_to_receive,
            } => {
                if let Some(waited) = waited {
                    self.admitted_at = Some(Instant::now());
                    self.sample.wait_ms = Some(waited.as_secs_f64() * 1000.0);
                }
                self.want_publish = self.plan.publish;
                if self.want_publish {
                    self.offer_publish(0).await?;
                } else if offer_to_receive {
                    self.offer_channel(0).await?;
                }
            }
            ToMedia::Answer { conn, sdp } => {
                let Some(c) = self.conns.get_mut(conn).and_then(|c| c.as_mut()) else {
                    return Ok(());
                };
                let Some(pending) = c.pending.take() else {
                    return Ok(());
                };
                let answer = SdpAnswer::from_sdp_string(&sdp)
                    .map_err(|e| format!("the server's answer: {e}"))?;
                c.rtc
                    .sdp_api()
                    .accept_answer(pending, answer)
                    .map_err(|e| format!("the server's answer: {e}"))?;
                self.note_own_mids(conn);
            }
            ToMedia::Offer { conn, sdp } => {
                let offer = SdpOffer::from_sdp_string(&sdp)
                    .map_err(|e| format!("the server's offer: {e}"))?;
                let c = self.conn(conn);
                // Our own offer, if any, is rolled back and made again after.
                let rolled_back = c.pending.take().is_some();
                let answer = c
                    .rtc
                    .sdp_api()
                    .accept_offer(offer)
                    .map_err(|e| format!("the server's offer: {e}"))?;
                self.signal(ToSignal::Answer {
                    conn,
                    sdp: answer.to_sdp_string(),
                })
                .await?;
                if rolled_back {
                    if let Some(c) = self.conns[conn].as_mut() {
                        c.offered_mids = (None, None);
                        c.offered_publish = false;
                    }
                }
                if rolled_back
                    || (conn == 0
                        && self.want_publish
                        && !self.conns[0].as_ref().is_some_and(|c| c.offered_publish))
                {
                    self.offer_publish(conn).await?;
                }
            }
            ToMedia::Conflict { conn } => {
                if let Some(c) = self.conns.get_mut(conn).and_then(|c| c.as_mut()) {
                    c.pending = None;
                    c.offered_publish = false;
                    c.offered_mids = (None, None);
                }
            }
            ToMedia::Candidate { conn, candidate } => {
                let candidate = Candidate::from_sdp_string(&candidate)
                    .map_err(|e| format!("a server candidate: {e}"))?;
                self.conn(conn).rtc.add_remote_candidate(candidate);
            }
            ToMedia::Failed(reason) => return Err(reason),
        }
        Ok(())
    }

    /// The connection `index`, made on first use.
    fn conn(&mut self, index: usize) -> &mut Conn {
        let local = self.local;
        let interval = SAMPLE_EVERY;
        self.conns[index].get_or_insert_with(|| {
            let mut rtc = Rtc::builder()
                .clear_codecs()
                .enable_h264(true)
                .enable_opus(true, false)
                .set_stats_interval(Some(interval))
                .build(Instant::now());
            if let Ok(candidate) = Candidate::host(local, "udp") {
                rtc.add_local_candidate(candidate);
            }
            Conn {
                rtc,
                pending: None,
                audio: None,
                video: None,
                offered_publish: false,
                offered_mids: (None, None),
                connected: false,
            }
        })
    }

    /// Offers our camera and microphone on connection `index`.
    async fn offer_publish(&mut self, index: usize) -> Result<(), String> {
        let audio = self.shared.clips.audio.is_some();
        let layers: Vec<&'static str> = self
            .shared
            .clips
            .video
            .iter()
            .map(|(rid, _)| *rid)
            .collect();
        let local = self.local;
        let c = self.conn(index);
        if c.pending.is_some() || c.audio.is_some() || c.video.is_some() {
            return Ok(());
        }
        let mut api = c.rtc.sdp_api();
        let audio = audio.then(|| {
            api.add_media(
                MediaKind::Audio,
                Direction::SendOnly,
                Some("bench".into()),
                Some("mic".into()),
                None,
            )
        });
        let video = (!layers.is_empty()).then(|| {
            let simulcast = (layers.len() > 1).then(|| Simulcast {
                send: layers.iter().map(|r| SimulcastLayer::new(r)).collect(),
                recv: vec![],
            });
            api.add_media(
                MediaKind::Video,
                Direction::SendOnly,
                Some("bench".into()),
                Some("camera".into()),
                simulcast,
            )
        });
        let Some((offer, pending)) = api.apply() else {
            return Ok(());
        };
        c.pending = Some(pending);
        c.offered_mids = (audio, video);
        c.offered_publish = true;
        self.signal(ToSignal::Offer {
            conn: index,
            sdp: offer.to_sdp_string(),
        })
        .await?;
        if let Ok(candidate) = Candidate::host(local, "udp") {
            self.signal(ToSignal::Candidate {
                conn: index,
                candidate: candidate.to_sdp_string(),
            })
            .await?;
        }
        Ok(())
    }

    /// Offers only a data channel on connection `index`, to bring the
    /// connection up for receiving.
    async fn offer_channel(&mut self, index: usize) -> Result<(), String> {
        let local = self.local;
        let c = self.conn(index);
        if c.pending.is_some() {
            return Ok(());
        }
        let mut api = c.rtc.sdp_api();
        api.add_channel("bench".into());
        let Some((offer, pending)) = api.apply() else {
            return Ok(());
        };
        c.pending = Some(pending);
        self.signal(ToSignal::Offer {
            conn: index,
            sdp: offer.to_sdp_string(),
        })
        .await?;
        if let Ok(candidate) = Candidate::host(local, "udp") {
            self.signal(ToSignal::Candidate {
                conn: index,
                candidate: candidate.to_sdp_string(),
            })
            .await?;
        }
        Ok(())
    }

    /// Our publish offer was answered: its m-lines now send.
    fn note_own_mids(&mut self, index: usize) {
        let Some(c) = self.conns[index].as_mut() else {
            return;
        };
        let (audio, video) = std::mem::take(&mut c.offered_mids);
        c.audio = c.audio.or(audio);
        c.video = c.video.or(video);
    }

    async fn signal(&mut self, message: ToSignal) -> Result<(), String> {
        let Some(tx) = self.to_signal.as_ref() else {
            return Err("signalling ended".into());
        };
        tx.send(message)
            .await
            .map_err(|_| "signalling ended".to_string())
    }

    /// Sends the figures gathered since the last sample.
    fn flush_sample(&mut self, last: bool) {
        let mut sample = std::mem::take(&mut self.sample);
        self.sample.participant = sample.participant;
        self.sample.subscriber = sample.subscriber;
        sample.last = last;
        let _ = self.shared.samples.send(sample);
    }

    fn report(&mut self, error: Option<String>) {
        if let Some(error) = error {
            self.sample
                .errors
                .push(format!("{}: {error}", self.plan.name()));
        }
        self.sample.sessions = 1;
        self.sample.joined = self.ready;
        self.flush_sample(true);
    }
}

/// The payload type negotiated for `codec` on the m-line `mid`.
fn payload_type(rtc: &mut Rtc, mid: Mid, codec: Codec) -> Option<str0m::format::PayloadParams> {
    rtc.writer(mid)?
        .payload_params()
        .find(|p| p.spec().codec == codec)
        .copied()
}

/// Whether a datagram is RTP (not RTCP, STUN or DTLS): version 2 and a
/// payload type outside RTCP's 200-207 (RFC 5761).
pub fn is_rtp(data: &[u8]) -> bool {
    data.len() >= 12 && data[0] >> 6 == 2 && !(200..=207).contains(&data[1])
}
