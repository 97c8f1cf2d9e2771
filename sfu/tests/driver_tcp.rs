//! ICE over TCP through the real driver: a str0m client that reaches the SFU
//! only over TCP (RFC 6544 active, RFC 4571 framing, as a browser behind a
//! firewall that drops UDP) and one on UDP hear each other; garbage on the
//! TCP port closes that connection and harms nobody.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{ParticipantId, RequestId, RoomName, SfuCommand, SfuEvent};
use anteroom_sfu::{DriverConfig, SfuHandle};
use str0m::change::{SdpAnswer, SdpOffer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{Direction, Frequency, MediaKind, MediaTime, Mid};
use str0m::net::{Protocol, Receive, TcpType};
use str0m::{Candidate, Event, Input, Output, Rtc};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpStream, UdpSocket};
use tokio::sync::mpsc;

/// How a client reaches the SFU.
enum Link {
    Udp(UdpSocket, SocketAddr),
    /// Not connected until the SFU's TCP candidate arrives.
    Tcp(Option<(OwnedWriteHalf, SocketAddr)>),
}

/// What a client task tells the test: an audio frame from client `from`
/// reached client `to`, or a client connected over this transport.
#[derive(Debug)]
enum Report {
    Audio { to: u8, from: u8 },
    Connected { client: u8, tcp: bool },
}

struct Client {
    index: u8,
    id: ParticipantId,
    rtc: Rtc,
    link: Link,
    pending: Option<SdpPendingOffer>,
    audio: Mid,
    sfu: mpsc::Sender<SfuCommand>,
    reports: mpsc::UnboundedSender<Report>,
}

impl Client {
    async fn join(
        index: u8,
        tcp: bool,
        sfu: mpsc::Sender<SfuCommand>,
        reports: mpsc::UnboundedSender<Report>,
    ) -> Client {
        let mut rtc = Rtc::builder().build(Instant::now());
        let link = if tcp {
            Link::Tcp(None)
        } else {
            let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
            let local = socket.local_addr().unwrap();
            rtc.add_local_candidate(Candidate::host(local, "udp").unwrap());
            Link::Udp(socket, local)
        };
        let mut api = rtc.sdp_api();
        let audio = api.add_media(MediaKind::Audio, Direction::SendRecv, None, None, None);
        let (offer, pending) = api.apply().unwrap();
        let id = ParticipantId::new(format!("tcp-test-{index}"));
        let room = RoomName::new("tcp").unwrap();
        sfu.send(SfuCommand::Join {
            room,
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
        if let Link::Udp(_, local) = &link {
            let candidate = Candidate::host(*local, "udp").unwrap().to_sdp_string();
            sfu.send(SfuCommand::Candidate {
                participant: id.clone(),
                candidate,
            })
            .await
            .unwrap();
        }
        Client {
            index,
            id,
            rtc,
            link,
            pending: Some(pending),
            audio,
            sfu,
            reports,
        }
    }

    async fn run(mut self, mut signalling: mpsc::UnboundedReceiver<SfuEvent>) {
        let mut buf = vec![0u8; 2048];
        let (frames_tx, mut frames) = mpsc::channel::<(SocketAddr, SocketAddr, Vec<u8>)>(256);
        let mut connected = false;
        let mut sent = 0u64;
        let mut next_audio = Instant::now();
        loop {
            let timeout = loop {
                match self.rtc.poll_output().unwrap() {
                    Output::Timeout(t) => break t,
                    Output::Transmit(t) => match &mut self.link {
                        Link::Udp(socket, _) => {
                            let _ = socket.send_to(&t.contents, t.destination).await;
                        }
                        Link::Tcp(Some((write, _))) if t.proto == Protocol::Tcp => {
                            let len = u16::try_from(t.contents.len()).unwrap().to_be_bytes();
                            let _ = write.write_all(&[&len[..], &t.contents[..]].concat()).await;
                        }
                        Link::Tcp(_) => {}
                    },
                    Output::Event(Event::Connected) => {
                        connected = true;
                        let tcp = matches!(self.link, Link::Tcp(_));
                        let _ = self.reports.send(Report::Connected {
                            client: self.index,
                            tcp,
                        });
                    }
                    Output::Event(Event::MediaData(data)) => {
                        if let Some(&from) = data.data.first() {
                            let _ = self.reports.send(Report::Audio {
                                to: self.index,
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
                sent += 1;
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
                            MediaTime::new(sent * 960, Frequency::FORTY_EIGHT_KHZ),
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
            let udp = match &self.link {
                Link::Udp(socket, local) => Some((socket, *local)),
                Link::Tcp(_) => None,
            };
            tokio::select! {
                received = async { udp.unwrap().0.recv_from(&mut buf).await }, if udp.is_some() => {
                    let (n, source) = received.unwrap();
                    let destination = udp.unwrap().1;
                    let Ok(contents) = buf[..n].try_into() else { continue };
                    let input = Input::Receive(Instant::now(), Receive { proto: Protocol::Udp, source, destination, contents });
                    let _ = self.rtc.handle_input(input);
                }
                Some((source, destination, bytes)) = frames.recv() => {
                    let Ok(contents) = bytes.as_slice().try_into() else { continue };
                    let input = Input::Receive(Instant::now(), Receive { proto: Protocol::Tcp, source, destination, contents });
                    let _ = self.rtc.handle_input(input);
                }
                event = signalling.recv() => match event {
                    Some(event) => self.on_sfu_event(event, &frames_tx).await,
                    None => return,
                },
                _ = tokio::time::sleep_until(tokio::time::Instant::from_std(wake)) => {
                    self.rtc.handle_input(Input::Timeout(Instant::now())).unwrap();
                }
            }
        }
    }

    async fn on_sfu_event(
        &mut self,
        event: SfuEvent,
        frames: &mpsc::Sender<(SocketAddr, SocketAddr, Vec<u8>)>,
    ) {
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
                let cmd = SfuCommand::Answer {
                    participant: self.id.clone(),
                    request_id: RequestId(2),
                    sdp: answer.to_sdp_string(),
                };
                self.sfu.send(cmd).await.unwrap();
            }
            SfuEvent::Candidate { candidate, .. } => {
                let candidate = Candidate::from_sdp_string(&candidate).unwrap();
                if let Link::Tcp(link) = &mut self.link
                    && link.is_none()
                    && candidate.proto() == Protocol::Tcp
                {
                    assert_eq!(candidate.tcptype(), Some(TcpType::Passive));
                    // Connect as a browser does to a passive candidate, and
                    // offer the connection's own end as an active one.
                    let stream = TcpStream::connect(candidate.addr()).await.unwrap();
                    let local = stream.local_addr().unwrap();
                    let remote = candidate.addr();
                    let (read, write) = stream.into_split();
                    tokio::spawn(read_frames(read, remote, local, frames.clone()));
                    *link = Some((write, local));
                    let mine = Candidate::builder()
                        .tcp()
                        .host(local)
                        .tcptype(TcpType::Active)
                        .build()
                        .unwrap();
                    self.rtc.add_local_candidate(mine.clone());
                    let cmd = SfuCommand::Candidate {
                        participant: self.id.clone(),
                        candidate: mine.to_sdp_string(),
                    };
                    self.sfu.send(cmd).await.unwrap();
                }
                self.rtc.add_remote_candidate(candidate);
            }
            SfuEvent::Error { code, detail, .. } => {
                panic!("client {}: SFU error {code:?}: {detail}", self.index)
            }
            _ => {}
        }
    }
}

async fn read_frames(
    mut read: OwnedReadHalf,
    remote: SocketAddr,
    local: SocketAddr,
    frames: mpsc::Sender<(SocketAddr, SocketAddr, Vec<u8>)>,
) {
    loop {
        let Ok(len) = read.read_u16().await else {
            return;
        };
        let mut bytes = vec![0; usize::from(len)];
        if read.read_exact(&mut bytes).await.is_err()
            || frames.send((remote, local, bytes)).await.is_err()
        {
            return;
        }
    }
}

/// Reads from `stream` until the server closes it (within `within`).
async fn closed_within(mut stream: TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 64];
    tokio::time::timeout(within, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_reaches_the_sfu_only_over_tcp_hears_and_is_heard() {
    let (events_tx, mut events) = mpsc::unbounded_channel();
    let config = DriverConfig {
        ports: 42200..=42299,
        workers: 1,
        ..DriverConfig::default()
    };
    let sfu = SfuHandle::start(config, events_tx).await.unwrap();
    let tcp_addr = sfu.tcp_addrs()[0];
    assert_eq!(
        tcp_addr.port(),
        sfu.media_addrs()[0].port(),
        "TCP beside UDP, on the same port number"
    );

    // Garbage first: an HTTP request and a zero-length frame are closed at
    // once; a frame that never completes holds nothing but its socket.
    let http = TcpStream::connect(tcp_addr).await.unwrap();
    let (r, mut w) = http.into_split();
    w.write_all(b"\x00\x1cGET / HTTP/1.1\r\nHost: sfu\r\n\r\n")
        .await
        .unwrap();
    assert!(
        closed_within(r.reunite(w).unwrap(), Duration::from_secs(5)).await,
        "not STUN: closed"
    );
    let mut empty = TcpStream::connect(tcp_addr).await.unwrap();
    empty.write_all(&[0, 0]).await.unwrap();
    assert!(
        closed_within(empty, Duration::from_secs(5)).await,
        "an empty frame: closed"
    );
    let mut stalled = TcpStream::connect(tcp_addr).await.unwrap();
    stalled.write_all(&[0xff, 0xff, 1, 2, 3]).await.unwrap();

    let (reports_tx, mut reports) = mpsc::unbounded_channel();
    let mut routes = std::collections::HashMap::new();
    let mut tasks = Vec::new();
    for (index, tcp) in [(0u8, false), (1u8, true)] {
        let client = Client::join(index, tcp, sfu.commands(), reports_tx.clone()).await;
        let (tx, rx) = mpsc::unbounded_channel();
        routes.insert(client.id.clone(), tx);
        tasks.push(tokio::spawn(client.run(rx)));
    }
    let mut heard = [0u32; 2];
    let mut over_tcp = None;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while heard.iter().any(|&n| n < 50) {
        tokio::select! {
            Some(event) = events.recv() => {
                if let Some(route) = routes.get(event.participant()) {
                    let _ = route.send(event);
                }
            }
            Some(report) = reports.recv() => match report {
                Report::Audio { to, from } => {
                    assert_ne!(to, from, "nobody hears themselves");
                    heard[usize::from(to)] += 1;
                }
                Report::Connected { client: 1, tcp } => over_tcp = Some(tcp),
                Report::Connected { .. } => {}
            },
            _ = tokio::time::sleep_until(deadline) => panic!("audio did not flow both ways within 20 s: {heard:?}"),
        }
    }
    assert_eq!(over_tcp, Some(true), "the TCP client connected over TCP");

    drop(stalled);
    drop(routes);
    for task in tasks {
        task.await.unwrap();
    }
    tokio::time::timeout(Duration::from_secs(10), sfu.shutdown())
        .await
        .expect("the workers stop");
}
