//! The driver on real sockets: str0m clients on loopback UDP talk to a
//! multi-worker SFU through its command and event channels (this test plays
//! signalling). Rooms must land on different workers (different media
//! ports), and media must flow inside each room and never across rooms.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{ParticipantId, RequestId, RoomName, SfuCommand, SfuEvent};
use anteroom_sfu::{DriverConfig, SfuHandle};
use str0m::change::{SdpAnswer, SdpOffer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{Direction, Frequency, MediaKind, MediaTime, Mid};
use str0m::net::{Protocol, Receive};
use str0m::{Candidate, Event, Input, Output, Rtc};
use tokio::net::UdpSocket;
use tokio::sync::mpsc;

/// What a client task tells the test.
#[derive(Debug)]
enum Report {
    /// The port of a server candidate the SFU trickled to this client.
    ServerPort { client: u8, port: u16 },
    /// An audio frame arrived from the client with this index.
    Audio { client: u8, from: u8 },
}

/// A client: publishes one Opus track whose payloads start with its index,
/// and reports what it receives.
struct Client {
    index: u8,
    id: ParticipantId,
    rtc: Rtc,
    socket: UdpSocket,
    local: SocketAddr,
    pending: Option<SdpPendingOffer>,
    audio: Mid,
    sfu: mpsc::Sender<SfuCommand>,
    reports: mpsc::UnboundedSender<Report>,
    next_request: u64,
}

impl Client {
    async fn join(
        index: u8,
        room: &RoomName,
        sfu: mpsc::Sender<SfuCommand>,
        reports: mpsc::UnboundedSender<Report>,
    ) -> Client {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let local = socket.local_addr().unwrap();
        let mut rtc = Rtc::builder().build(Instant::now());
        let candidate = Candidate::host(local, "udp").unwrap();
        rtc.add_local_candidate(candidate.clone());
        let mut api = rtc.sdp_api();
        let audio = api.add_media(MediaKind::Audio, Direction::SendOnly, None, None, None);
        let (offer, pending) = api.apply().unwrap();
        let id = ParticipantId::new(format!("{room}-{index}"));
        sfu.send(SfuCommand::Join {
            room: room.clone(),
            participant: id.clone(),
        })
        .await
        .unwrap();
        sfu.send(SfuCommand::Offer {
            participant: id.clone(),
            request_id: RequestId(1),
            sdp: offer.to_sdp_string(),
            screen: vec![],
        })
        .await
        .unwrap();
        sfu.send(SfuCommand::Candidate {
            participant: id.clone(),
            candidate: candidate.to_sdp_string(),
        })
        .await
        .unwrap();
        Client {
            index,
            id,
            rtc,
            socket,
            local,
            pending: Some(pending),
            audio,
            sfu,
            reports,
            next_request: 1,
        }
    }

    /// Runs until the signalling channel closes.
    async fn run(mut self, mut signalling: mpsc::UnboundedReceiver<SfuEvent>) {
        let mut buf = vec![0u8; 2048];
        let mut connected = false;
        let mut frames = 0u64;
        let mut next_audio = Instant::now();
        loop {
            let timeout = loop {
                match self.rtc.poll_output().unwrap() {
                    Output::Timeout(t) => break t,
                    Output::Transmit(t) => {
                        let _ = self.socket.send_to(&t.contents, t.destination).await;
                    }
                    Output::Event(Event::Connected) => connected = true,
                    Output::Event(Event::MediaData(data)) => {
                        if let Some(&from) = data.data.first() {
                            let _ = self.reports.send(Report::Audio {
                                client: self.index,
                                from,
                            });
                        }
                    }
                    Output::Event(_) => {}
                }
            };
            let now = Instant::now();
            if connected && now >= next_audio {
                next_audio += Duration::from_millis(20);
                frames += 1;
                let mut payload = vec![0u8; 60];
                payload[0] = self.index;
                if let Some(writer) = self.rtc.writer(self.audio) {
                    let pt = writer
                        .payload_params()
                        .find(|p| p.spec().codec == Codec::Opus)
                        .map(|p| p.pt())
                        .unwrap();
                    writer
                        .write(
                            pt,
                            now,
                            MediaTime::new(frames * 960, Frequency::FORTY_EIGHT_KHZ),
                            payload,
                        )
                        .unwrap();
                }
                continue;
            }
            let wake = if connected {
                timeout.min(next_audio)
            } else {
                timeout
            };
            tokio::select! {
                received = self.socket.recv_from(&mut buf) => {
                    let (n, source) = received.unwrap();
                    let Ok(contents) = buf[..n].try_into() else { continue };
                    let input = Input::Receive(Instant::now(), Receive { proto: Protocol::Udp, source, destination: self.local, contents });
                    let _ = self.rtc.handle_input(input);
                }
                event = signalling.recv() => match event {
                    Some(event) => self.on_sfu_event(event).await,
                    None => return,
                },
                _ = tokio::time::sleep_until(tokio::time::Instant::from_std(wake)) => {
                    self.rtc.handle_input(Input::Timeout(Instant::now())).unwrap();
                }
            }
        }
    }

    async fn on_sfu_event(&mut self, event: SfuEvent) {
        match event {
            SfuEvent::Answer { sdp, .. } => {
                let pending = self.pending.take().expect("an answer matches our offer");
                self.rtc
                    .sdp_api()
                    .accept_answer(pending, SdpAnswer::from_sdp_string(&sdp).unwrap())
                    .unwrap();
            }
            SfuEvent::Offer { sdp, .. } => {
                let answer = self
                    .rtc
                    .sdp_api()
                    .accept_offer(SdpOffer::from_sdp_string(&sdp).unwrap())
                    .unwrap();
                self.next_request += 1;
                let cmd = SfuCommand::Answer {
                    participant: self.id.clone(),
                    request_id: RequestId(self.next_request),
                    sdp: answer.to_sdp_string(),
                };
                self.sfu.send(cmd).await.unwrap();
            }
            SfuEvent::Candidate { candidate, .. } => {
                let candidate = Candidate::from_sdp_string(&candidate).unwrap();
                let _ = self.reports.send(Report::ServerPort {
                    client: self.index,
                    port: candidate.addr().port(),
                });
                self.rtc.add_remote_candidate(candidate);
            }
            SfuEvent::Error { code, detail, .. } => {
                panic!("client {}: SFU error {code:?}: {detail}", self.index)
            }
            _ => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_spread_over_workers_and_media_stays_in_its_room() {
    let (events_tx, mut events) = mpsc::unbounded_channel();
    let config = DriverConfig {
        ports: 42000..=42099,
        workers: 2,
        ..DriverConfig::default()
    };
    let sfu = SfuHandle::start(config, events_tx).await.unwrap();
    let worker_ports: Vec<u16> = sfu.media_addrs().iter().map(|a| a.port()).collect();
    assert_eq!(worker_ports.len(), 2);
    assert_ne!(
        worker_ports[0], worker_ports[1],
        "each worker has its own socket"
    );

    // Clients 0 and 1 meet in room a, 2 and 3 in room b.
    let (reports_tx, mut reports) = mpsc::unbounded_channel();
    let mut routes: HashMap<ParticipantId, mpsc::UnboundedSender<SfuEvent>> = HashMap::new();
    let mut tasks = Vec::new();
    for index in 0..4u8 {
        let room = RoomName::new(if index < 2 { "a" } else { "b" }).unwrap();
        let client = Client::join(index, &room, sfu.commands(), reports_tx.clone()).await;
        let (tx, rx) = mpsc::unbounded_channel();
        routes.insert(client.id.clone(), tx);
        tasks.push(tokio::spawn(client.run(rx)));
    }
    let room_of = |client: u8| client / 2;

    // Play signalling until every client has heard its room mate for a
    // second (50 frames), or give up after 20 s.
    let mut ports: HashMap<u8, u16> = HashMap::new();
    let mut heard: HashMap<(u8, u8), u32> = HashMap::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let done = |heard: &HashMap<(u8, u8), u32>| {
        (0..4u8).all(|c| heard.get(&(c, c ^ 1)).copied().unwrap_or(0) >= 50)
    };
    while !done(&heard) {
        tokio::select! {
            Some(event) = events.recv() => {
                if let Some(route) = routes.get(event.participant()) {
                    let _ = route.send(event);
                }
            }
            Some(report) = reports.recv() => match report {
                Report::ServerPort { client, port } => {
                    ports.insert(client, port);
                }
                Report::Audio { client, from } => {
                    assert_eq!(room_of(client), room_of(from), "client {client} received audio from {from} in another room");
                    *heard.entry((client, from)).or_default() += 1;
                }
            },
            _ = tokio::time::sleep_until(deadline) => panic!("media did not flow in both rooms within 20 s: {heard:?}"),
        }
    }

    // Each room's participants share a worker; the two rooms use both.
    assert_eq!(
        ports.len(),
        4,
        "every client got a server candidate: {ports:?}"
    );
    assert_eq!(
        ports.get(&0),
        ports.get(&1),
        "room a on one worker: {ports:?}"
    );
    assert_eq!(
        ports.get(&2),
        ports.get(&3),
        "room b on one worker: {ports:?}"
    );
    assert_ne!(
        ports.get(&0),
        ports.get(&2),
        "rooms a and b on different workers: {ports:?}"
    );
    assert!(ports.values().all(|p| worker_ports.contains(p)));
    assert!(
        !heard.keys().any(|(c, from)| c == from),
        "nobody hears themselves"
    );

    drop(routes);
    for task in tasks {
        task.await.unwrap();
    }
    tokio::time::timeout(Duration::from_secs(10), sfu.shutdown())
        .await
        .expect("the workers stop");
}
