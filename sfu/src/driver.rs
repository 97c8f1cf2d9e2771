//! The tokio driver: owns the UDP socket, reads the clock, and moves
//! [`SfuCommand`]s in and [`SfuEvent`]s out. Everything else is the core's.

use std::net::{IpAddr, SocketAddr};
use std::ops::RangeInclusive;
use std::time::Instant;

use anteroom_protocol::{SfuCommand, SfuEvent};
use tokio::net::UdpSocket;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::core::{Input, Output, Sfu, SfuConfig, SfuError};

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
    pub sfu: SfuConfig,
}

impl Default for DriverConfig {
    fn default() -> Self {
        DriverConfig {
            bind_ip: IpAddr::from([127, 0, 0, 1]),
            ports: 40000..=40099,
            announce_ip: None,
            sfu: SfuConfig::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("no free UDP port in {first}..={last} on {ip}")]
    NoFreePort { ip: IpAddr, first: u16, last: u16 },
    #[error("binding {0} needs an announce address: clients cannot send media to an unspecified address")]
    NeedAnnounceAddress(IpAddr),
    #[error(transparent)]
    Sfu(#[from] SfuError),
    #[error("socket: {0}")]
    Io(#[from] std::io::Error),
}

/// A running SFU: send it commands; its events arrive on the channel given
/// to [`SfuHandle::start`].
#[derive(Debug)]
pub struct SfuHandle {
    commands: mpsc::Sender<SfuCommand>,
    media_addr: SocketAddr,
    task: JoinHandle<()>,
}

impl SfuHandle {
    /// Binds the media socket and starts the driver task.
    pub async fn start(config: DriverConfig, events: mpsc::UnboundedSender<SfuEvent>) -> Result<SfuHandle, DriverError> {
        let socket = bind_in_range(config.bind_ip, &config.ports).await?;
        let bound = socket.local_addr()?;
        let announce_ip = match config.announce_ip {
            Some(ip) => ip,
            None if bound.ip().is_unspecified() => return Err(DriverError::NeedAnnounceAddress(bound.ip())),
            None => bound.ip(),
        };
        let media_addr = SocketAddr::new(announce_ip, bound.port());
        let sfu = Sfu::new(config.sfu, vec![media_addr], Instant::now())?;
        let (commands, commands_rx) = mpsc::channel(1024);
        tracing::info!(bind = %bound, announce = %media_addr, "SFU media socket bound");
        let task = tokio::spawn(run(sfu, socket, media_addr, commands_rx, events));
        Ok(SfuHandle { commands, media_addr, task })
    }

    /// The address clients send media to.
    pub fn media_addr(&self) -> SocketAddr {
        self.media_addr
    }

    /// A sender for commands; cheap to clone.
    pub fn commands(&self) -> mpsc::Sender<SfuCommand> {
        self.commands.clone()
    }

    /// Stops taking commands and waits for the driver to finish.
    pub async fn shutdown(self) {
        drop(self.commands);
        if let Err(e) = self.task.await {
            tracing::warn!(error = %e, "SFU driver task ended abnormally");
        }
    }
}

async fn bind_in_range(ip: IpAddr, ports: &RangeInclusive<u16>) -> Result<UdpSocket, DriverError> {
    for port in ports.clone() {
        if let Ok(socket) = UdpSocket::bind(SocketAddr::new(ip, port)).await {
            return Ok(socket);
        }
    }
    Err(DriverError::NoFreePort { ip, first: *ports.start(), last: *ports.end() })
}

/// The loop: drain the core, then wait for a datagram, a command or the
/// core's timeout, whichever comes first. Ends when the command channel
/// closes (every sender dropped) or the event receiver is gone.
async fn run(
    mut sfu: Sfu,
    socket: UdpSocket,
    media_addr: SocketAddr,
    mut commands: mpsc::Receiver<SfuCommand>,
    events: mpsc::UnboundedSender<SfuEvent>,
) {
    let mut buf = vec![0u8; 2048];
    loop {
        let timeout = loop {
            match sfu.poll_output() {
                Output::Transmit(t) => {
                    if let Err(e) = socket.send_to(&t.contents, t.destination).await {
                        tracing::debug!(error = %e, "send failed");
                    }
                }
                Output::Event(e) => {
                    if events.send(e).is_err() {
                        return;
                    }
                }
                Output::Timeout(t) => break t,
            }
        };
        let result = tokio::select! {
            received = socket.recv_from(&mut buf) => match received {
                Ok((n, source)) => sfu.handle_input(Input::Datagram {
                    at: Instant::now(),
                    source,
                    destination: media_addr,
                    bytes: &buf[..n],
                }),
                Err(e) => {
                    // ICMP errors from a peer that went away surface here on some systems.
                    tracing::debug!(error = %e, "receive failed");
                    Ok(())
                }
            },
            command = commands.recv() => match command {
                Some(cmd) => sfu.handle_input(Input::Command { at: Instant::now(), cmd }),
                None => return,
            },
            _ = tokio::time::sleep_until(tokio::time::Instant::from_std(timeout)) => {
                sfu.handle_input(Input::Timeout(Instant::now()))
            }
        };
        if let Err(e) = result {
            tracing::trace!(error = %e, "input dropped");
        }
    }
}
