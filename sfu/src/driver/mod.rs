//! The driver: the only code that touches sockets or reads the clock.
//!
//! It runs one [`worker`] per core (configurable): an OS thread with its own
//! single-threaded runtime, its own UDP socket (its own port) and its own
//! [`Sfu`] core. A room lives on exactly one worker, so forwarding never
//! crosses threads and the packet path takes no lock. A router task on the
//! caller's runtime places new rooms on the least-loaded worker
//! ([`placement`]), sends each command to its participant's worker, and
//! passes the workers' events on to signalling.

mod placement;
mod tcp;
mod worker;

use std::net::{IpAddr, SocketAddr};
use std::ops::RangeInclusive;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anteroom_protocol::{AudioTap, ErrorCode, SfuCommand, SfuEvent};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use self::placement::Placement;
use self::worker::Worker;
use crate::core::{ConnectionFigures, Sfu, SfuConfig, SfuError};

/// Where the SFU receives media.
#[derive(Debug, Clone)]
pub struct DriverConfig {
    /// The address to bind. Defaults to 127.0.0.1 so that nothing is exposed
    /// by accident; use 0.0.0.0 (with `announce_ip`) or a public interface
    /// address to take calls from other machines.
    pub bind_ip: IpAddr,
    /// UDP ports to try, in order; the first free one is used.
    pub ports: RangeInclusive<u16>,
    /// The address clients are told to send media to (the host candidate),
    /// when it differs from `bind_ip` (binding 0.0.0.0, or a 1:1 NAT).
    pub announce_ip: Option<IpAddr>,
    /// Worker threads, each with its own socket (0: one per core).
    pub workers: usize,
    /// Media over TCP beside UDP, for clients whose network blocks UDP.
    pub tcp: MediaTcp,
    pub sfu: SfuConfig,
    /// Where tapped microphone packets go (the captions service). A full
    /// tap drops packets: captions may lose words, calls lose nothing.
    pub audio_tap: Option<std::sync::mpsc::SyncSender<AudioTap>>,
}

impl Default for DriverConfig {
    fn default() -> Self {
        DriverConfig {
            bind_ip: IpAddr::from([127, 0, 0, 1]),
            ports: 40000..=40099,
            announce_ip: None,
            workers: 0,
            tcp: MediaTcp::SamePorts,
            sfu: SfuConfig::default(),
            audio_tap: None,
        }
    }
}

/// Where the SFU takes media over TCP (ICE-TCP, RFC 6544 passive
/// candidates), for clients whose network lets no UDP through. UDP stays
/// preferred wherever it works: the TCP candidates rank below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaTcp {
    /// UDP only: a client whose network blocks UDP gets no media.
    Off,
    /// Each worker listens on TCP on the same port number as its UDP
    /// socket (the first port of the range free for both).
    SamePorts,
    /// Worker `i` listens on this port + `i` (443 behind nothing else, with
    /// one worker).
    From(u16),
}

#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("no free UDP port in {first}..={last} on {ip} (one is needed per worker)")]
    NoFreePort { ip: IpAddr, first: u16, last: u16 },
    #[error("cannot listen for media on TCP {addr}: {error}")]
    TcpPort {
        addr: SocketAddr,
        error: std::io::Error,
    },
    #[error(
        "binding {0} needs an announce address: clients cannot send media to an unspecified address"
    )]
    NeedAnnounceAddress(IpAddr),
    #[error(transparent)]
    Sfu(#[from] SfuError),
    #[error("socket: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot start a worker thread: {0}")]
    Thread(std::io::Error),
}

/// A running SFU: send it commands; its events arrive on the channel given
/// to [`SfuHandle::start`].
#[derive(Debug)]
pub struct SfuHandle {
    commands: mpsc::Sender<SfuCommand>,
    media_addrs: Vec<SocketAddr>,
    tcp_addrs: Vec<SocketAddr>,
    figures: SfuFigures,
    router: JoinHandle<()>,
}

/// Where every worker leaves its connections' latest figures (see
/// [`crate::core::ConnectionFigures`]); cheap to clone. A worker writes its
/// slot every couple of seconds, off the packet path.
#[derive(Debug, Clone, Default)]
pub struct SfuFigures(Arc<[Mutex<Vec<ConnectionFigures>>]>);

impl SfuFigures {
    fn new(workers: usize) -> SfuFigures {
        SfuFigures((0..workers).map(|_| Mutex::new(Vec::new())).collect())
    }

    /// The latest figures of every connection on every worker.
    pub fn read(&self) -> Vec<ConnectionFigures> {
        self.0
            .iter()
            .flat_map(|slot| slot.lock().map(|f| f.clone()).unwrap_or_default())
            .collect()
    }

    pub(crate) fn write(&self, worker: usize, figures: Vec<ConnectionFigures>) {
        if let Some(Ok(mut slot)) = self.0.get(worker).map(|s| s.lock()) {
            *slot = figures;
        }
    }
}

impl SfuHandle {
    /// Binds one media socket per worker and starts the workers and the
    /// router. Must be called inside a tokio runtime (the router runs on it).
    pub async fn start(
        config: DriverConfig,
        events: mpsc::UnboundedSender<SfuEvent>,
    ) -> Result<SfuHandle, DriverError> {
        let count = match config.workers {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        let (worker_events_tx, worker_events) = mpsc::unbounded_channel();
        let mut senders = Vec::with_capacity(count);
        let mut threads = Vec::with_capacity(count);
        let mut media_addrs = Vec::with_capacity(count);
        let mut tcp_addrs = Vec::new();
        let mut ports = config.ports.clone();
        let figures = SfuFigures::new(count);
        for index in 0..count {
            let (socket, tcp) = bind_media(config.bind_ip, &mut ports, config.tcp, index)?;
            let bound = socket.local_addr()?;
            let announce_ip = match config.announce_ip {
                Some(ip) => ip,
                None if bound.ip().is_unspecified() => {
                    return Err(DriverError::NeedAnnounceAddress(bound.ip()));
                }
                None => bound.ip(),
            };
            let media_addr = SocketAddr::new(announce_ip, bound.port());
            let tcp_addr = match &tcp {
                Some(listener) => Some(SocketAddr::new(announce_ip, listener.local_addr()?.port())),
                None => None,
            };
            let mut sfu = Sfu::new(config.sfu.clone(), vec![media_addr], Instant::now())?;
            if let Some(addr) = tcp_addr {
                sfu = sfu.with_tcp(&[addr])?;
                tcp_addrs.push(addr);
            }
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let (socket, tcp) = {
                let _entered = runtime.enter();
                let tcp = match (tcp, tcp_addr) {
                    (Some(listener), Some(addr)) => {
                        Some((tokio::net::TcpListener::from_std(listener)?, addr))
                    }
                    _ => None,
                };
                (tokio::net::UdpSocket::from_std(socket)?, tcp)
            };
            let (commands_tx, commands) = mpsc::channel(1024);
            let worker = Worker {
                index,
                sfu,
                socket,
                media_addr,
                tcp,
                commands,
                events: worker_events_tx.clone(),
                tap: config.audio_tap.clone(),
                figures: figures.clone(),
            };
            let thread = std::thread::Builder::new()
                .name(format!("sfu-worker-{index}"))
                .spawn(move || runtime.block_on(worker.run()))
                .map_err(DriverError::Thread)?;
            tracing::info!(worker = index, bind = %bound, announce = %media_addr, tcp = ?tcp_addr, "SFU worker started");
            senders.push(commands_tx);
            threads.push(thread);
            media_addrs.push(media_addr);
        }
        drop(worker_events_tx);
        let (commands, commands_rx) = mpsc::channel(1024);
        let router = Router {
            placement: Placement::new(count),
            workers: senders,
            events,
        };
        let router = tokio::spawn(router.run(commands_rx, worker_events, threads));
        Ok(SfuHandle {
            commands,
            media_addrs,
            tcp_addrs,
            figures,
            router,
        })
    }

    /// The address clients send media to on the first worker.
    pub fn media_addr(&self) -> SocketAddr {
        self.media_addrs[0]
    }

    /// Every worker's media address, by worker index.
    pub fn media_addrs(&self) -> &[SocketAddr] {
        &self.media_addrs
    }

    /// Every worker's media address on TCP, by worker index (empty with
    /// [`MediaTcp::Off`]).
    pub fn tcp_addrs(&self) -> &[SocketAddr] {
        &self.tcp_addrs
    }

    /// Every connection's latest figures, for `/metrics`.
    pub fn figures(&self) -> SfuFigures {
        self.figures.clone()
    }

    /// A sender for commands; cheap to clone.
    pub fn commands(&self) -> mpsc::Sender<SfuCommand> {
        self.commands.clone()
    }

    /// Stops taking commands and waits for every worker to finish.
    pub async fn shutdown(self) {
        drop(self.commands);
        if let Err(e) = self.router.await {
            tracing::warn!(error = %e, "SFU router task ended abnormally");
        }
    }
}

/// Binds worker `index`'s media sockets: UDP in `ports` (see
/// [`bind_in_range`]) and, as `tcp` says, a TCP listener.
fn bind_media(
    ip: IpAddr,
    ports: &mut RangeInclusive<u16>,
    tcp: MediaTcp,
    index: usize,
) -> Result<(std::net::UdpSocket, Option<std::net::TcpListener>), DriverError> {
    let listen = |port: u16| -> std::io::Result<std::net::TcpListener> {
        let listener = std::net::TcpListener::bind(SocketAddr::new(ip, port))?;
        listener.set_nonblocking(true)?;
        Ok(listener)
    };
    match tcp {
        MediaTcp::Off => Ok((bind_in_range(ip, ports)?, None)),
        MediaTcp::From(first) => {
            let udp = bind_in_range(ip, ports)?;
            let port = u16::try_from(usize::from(first) + index).unwrap_or(u16::MAX);
            let addr = SocketAddr::new(ip, port);
            let listener = listen(port).map_err(|error| DriverError::TcpPort { addr, error })?;
            Ok((udp, Some(listener)))
        }
        MediaTcp::SamePorts => {
            let (first, last) = (*ports.start(), *ports.end());
            loop {
                let udp = bind_in_range(ip, ports).map_err(|_| DriverError::NoFreePort {
                    ip,
                    first,
                    last,
                })?;
                let port = udp.local_addr()?.port();
                if let Ok(listener) = listen(port) {
                    return Ok((udp, Some(listener)));
                }
                // That number is taken on TCP: try the next one for both.
            }
        }
    }
}

/// Binds the first free port left in `ports` and moves the range past it,
/// so that the next worker takes the next free port.
fn bind_in_range(
    ip: IpAddr,
    ports: &mut RangeInclusive<u16>,
) -> Result<std::net::UdpSocket, DriverError> {
    let (first, last) = (*ports.start(), *ports.end());
    for port in ports.by_ref() {
        if let Ok(socket) = std::net::UdpSocket::bind(SocketAddr::new(ip, port)) {
            socket.set_nonblocking(true)?;
            return Ok(socket);
        }
    }
    Err(DriverError::NoFreePort { ip, first, last })
}

/// Sends each command to its participant's worker and passes the workers'
/// events on, keeping [`Placement`] up to date on the way. Control traffic
/// only: media never passes through here.
#[derive(Debug)]
struct Router {
    placement: Placement,
    workers: Vec<mpsc::Sender<SfuCommand>>,
    events: mpsc::UnboundedSender<SfuEvent>,
}

impl Router {
    async fn run(
        mut self,
        mut commands: mpsc::Receiver<SfuCommand>,
        mut worker_events: mpsc::UnboundedReceiver<SfuEvent>,
        threads: Vec<std::thread::JoinHandle<()>>,
    ) {
        loop {
            tokio::select! {
                command = commands.recv() => match command {
                    Some(cmd) => self.route(cmd).await,
                    None => break,
                },
                event = worker_events.recv() => match event {
                    Some(event) => {
                        if !self.on_event(event) {
                            break;
                        }
                    }
                    None => break,
                },
            }
        }
        // Closing the workers' command channels stops them; their event
        // senders go with them, which ends this drain.
        self.workers.clear();
        while let Some(event) = worker_events.recv().await {
            self.on_event(event);
        }
        let joined =
            tokio::task::spawn_blocking(move || threads.into_iter().all(|t| t.join().is_ok()))
                .await;
        if !matches!(joined, Ok(true)) {
            tracing::warn!("an SFU worker thread ended abnormally");
        }
    }

    async fn route(&mut self, cmd: SfuCommand) {
        let worker = match &cmd {
            SfuCommand::Join { room, participant } => {
                let worker = self.placement.join(room, participant);
                tracing::debug!(room = %room, worker, load = ?self.placement.load(), "participant placed");
                Some(worker)
            }
            SfuCommand::Leave { participant } => self.placement.remove(participant),
            other => self.placement.worker_of(other.participant()),
        };
        let Some(worker) = worker else {
            tracing::trace!(participant = %cmd.participant(), "command for an unknown participant dropped");
            return;
        };
        if self.workers[worker].send(cmd).await.is_err() {
            tracing::error!(worker, "SFU worker is gone; its commands are dropped");
        }
    }

    /// Passes an event on; false once nobody listens.
    fn on_event(&mut self, event: SfuEvent) -> bool {
        match &event {
            SfuEvent::ParticipantRemoved { participant, .. } => {
                self.placement.remove(participant);
            }
            // The worker did not take the participant.
            SfuEvent::Error {
                participant,
                code: ErrorCode::RoomFull,
                ..
            } => {
                self.placement.remove(participant);
            }
            _ => {}
        }
        self.events.send(event).is_ok()
    }
}
