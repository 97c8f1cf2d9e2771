//! One SFU worker: an OS thread with its own single-threaded tokio runtime,
//! its own UDP socket and its own [`Sfu`] core holding the rooms placed on
//! it. Nothing on the packet path is shared with other workers, so nothing
//! on it takes a lock.
//!
//! Socket I/O is batched through quinn-udp: `recvmmsg` with UDP GRO on
//! receive (one system call for up to [`quinn_udp::BATCH_SIZE`] datagrams,
//! coalesced runs split by their stride), and on send the transmits the core
//! produced in one round are flushed together, runs to the same destination
//! with equal sizes going out as one GSO `sendmsg`.
//!
//! A worker may also listen on TCP for clients whose network blocks UDP
//! ([`super::tcp`]): their packets reach the same core as datagrams marked
//! TCP, and what the core sends them goes back through their connection.

use std::collections::HashMap;
use std::io::IoSliceMut;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anteroom_protocol::{AudioTap, SfuCommand, SfuEvent};
use quinn_udp::{RecvMeta, UdpSocketState};
use str0m::net::Protocol;
use tokio::io::Interest;
use tokio::net::{TcpListener, UdpSocket};
use tokio::sync::mpsc;

use super::tcp::{self, TcpIn, TcpOut};
use crate::core::{Input, Output, Sfu, Transmit};

/// Largest datagram or GRO-coalesced run accepted in one receive buffer.
const RECV_BUF: usize = 64 * 1024;
/// Transmits gathered before they are flushed even if the core has more.
const MAX_PENDING: usize = 256;
/// Largest GSO send (the kernel's limit for one UDP send is 64 KiB).
const MAX_GSO_BYTES: usize = 60 * 1024;

/// Everything one worker thread owns.
#[derive(Debug)]
pub(crate) struct Worker {
    pub index: usize,
    pub sfu: Sfu,
    pub socket: UdpSocket,
    pub media_addr: SocketAddr,
    /// The TCP listener beside the UDP socket, and the address its
    /// candidate announces.
    pub tcp: Option<(TcpListener, SocketAddr)>,
    pub commands: mpsc::Receiver<SfuCommand>,
    pub events: mpsc::UnboundedSender<SfuEvent>,
    pub tap: Option<std::sync::mpsc::SyncSender<AudioTap>>,
    pub figures: super::SfuFigures,
}

/// How often a worker leaves its connections' figures for `/metrics`.
const FIGURES_EVERY: Duration = Duration::from_secs(2);

impl Worker {
    /// The loop: drain the core, flush what it wants sent, then wait for a
    /// batch of datagrams, a command or the core's timeout. Ends when the
    /// command channel closes or nobody listens to events any more.
    pub async fn run(mut self) {
        let state = match UdpSocketState::new((&self.socket).into()) {
            Ok(state) => state,
            Err(e) => {
                tracing::error!(worker = self.index, error = %e, "cannot set up the media socket; this worker stops");
                return;
            }
        };
        let mut recv = RecvBatch::new();
        let mut out: Vec<Transmit> = Vec::with_capacity(MAX_PENDING);
        let mut scratch: Vec<u8> = Vec::with_capacity(MAX_GSO_BYTES);
        let (tcp_in_tx, mut tcp_in) = mpsc::channel::<TcpIn>(1024);
        let mut tcp_out: HashMap<SocketAddr, TcpOut> = HashMap::new();
        let mut figures_due = Instant::now();
        loop {
            let now = Instant::now();
            if now >= figures_due {
                self.figures.write(self.index, self.sfu.figures());
                figures_due = now + FIGURES_EVERY;
            }
            let timeout = loop {
                match self.sfu.poll_output() {
                    Output::Transmit(t) if t.proto == Protocol::Tcp => {
                        // No connection from there (any more): lost, as a
                        // datagram would be.
                        if let Some(conn) = tcp_out.get(&t.destination) {
                            conn.send(&t.contents);
                        }
                    }
                    Output::Transmit(t) => {
                        out.push(t);
                        if out.len() >= MAX_PENDING {
                            flush(&self.socket, &state, &mut out, &mut scratch).await;
                        }
                    }
                    Output::Event(e) => {
                        if self.events.send(e).is_err() {
                            return;
                        }
                    }
                    Output::Tap(frame) => {
                        if let Some(tap) = &self.tap {
                            // Never blocks the media path.
                            let _ = tap.try_send(frame);
                        }
                    }
                    Output::Timeout(t) => break t,
                }
            };
            flush(&self.socket, &state, &mut out, &mut scratch).await;
            tokio::select! {
                ready = self.socket.readable() => {
                    if let Err(e) = ready {
                        tracing::warn!(worker = self.index, error = %e, "media socket failed");
                        return;
                    }
                    recv.receive(&self.socket, &state, &mut self.sfu, self.media_addr);
                }
                accepted = accept(self.tcp.as_ref()) => match accepted {
                    Ok((stream, source)) => {
                        if tcp_out.len() >= tcp::MAX_CONNECTIONS {
                            tracing::debug!(worker = self.index, "media TCP connection refused: too many");
                        } else {
                            tcp_out.insert(source, tcp::start(stream, source, tcp_in_tx.clone()));
                        }
                    }
                    Err(e) => tracing::debug!(worker = self.index, error = %e, "media TCP accept failed"),
                },
                Some(tcp) = tcp_in.recv() => match tcp {
                    TcpIn::Packet { source, bytes } => {
                        if let Some((_, addr)) = &self.tcp {
                            let input = Input::Datagram {
                                at: Instant::now(),
                                proto: Protocol::Tcp,
                                source,
                                destination: *addr,
                                bytes: &bytes,
                            };
                            if let Err(e) = self.sfu.handle_input(input) {
                                tracing::trace!(error = %e, "TCP packet dropped");
                            }
                        }
                    }
                    TcpIn::Closed { source } => {
                        tcp_out.remove(&source);
                    }
                },
                command = self.commands.recv() => match command {
                    Some(cmd) => {
                        if let Err(e) = self.sfu.handle_input(Input::Command { at: Instant::now(), cmd }) {
                            tracing::trace!(error = %e, "command dropped");
                        }
                    }
                    None => return,
                },
                // Also wakes for the figures, so that a room that emptied
                // leaves none behind.
                _ = tokio::time::sleep_until(tokio::time::Instant::from_std(timeout.min(figures_due))) => {
                    if let Err(e) = self.sfu.handle_input(Input::Timeout(Instant::now())) {
                        tracing::trace!(error = %e, "timeout input dropped");
                    }
                }
            }
        }
    }
}

/// Receive buffers for one `recvmmsg`, allocated once per worker.
struct RecvBatch {
    bufs: Vec<u8>,
    meta: [RecvMeta; quinn_udp::BATCH_SIZE],
}

impl RecvBatch {
    fn new() -> RecvBatch {
        RecvBatch {
            bufs: vec![0; RECV_BUF * quinn_udp::BATCH_SIZE],
            meta: [RecvMeta::default(); quinn_udp::BATCH_SIZE],
        }
    }

    /// Reads one batch (if the socket really has data) and feeds every
    /// datagram in it to the core.
    fn receive(
        &mut self,
        socket: &UdpSocket,
        state: &UdpSocketState,
        sfu: &mut Sfu,
        media_addr: SocketAddr,
    ) {
        let count = {
            let mut chunks = self.bufs.chunks_mut(RECV_BUF);
            let mut iovs: [IoSliceMut<'_>; quinn_udp::BATCH_SIZE] =
                std::array::from_fn(|_| IoSliceMut::new(chunks.next().unwrap_or_default()));
            let meta = &mut self.meta;
            socket.try_io(Interest::READABLE, || {
                state.recv(socket.into(), &mut iovs, meta)
            })
        };
        let count = match count {
            Ok(n) => n,
            // Spurious readiness; tokio has cleared it.
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
            Err(e) => {
                // ICMP errors from a peer that went away surface here on some systems.
                tracing::debug!(error = %e, "receive failed");
                return;
            }
        };
        let at = Instant::now();
        for (i, meta) in self.meta.iter().take(count).enumerate() {
            let start = i * RECV_BUF;
            let data = &self.bufs[start..start + meta.len.min(RECV_BUF)];
            // With GRO one buffer holds several datagrams of `stride` bytes
            // (the last may be shorter) from the same source.
            for bytes in data.chunks(meta.stride.max(1)) {
                let input = Input::Datagram {
                    at,
                    proto: Protocol::Udp,
                    source: meta.addr,
                    destination: media_addr,
                    bytes,
                };
                if let Err(e) = sfu.handle_input(input) {
                    tracing::trace!(error = %e, "datagram dropped");
                }
            }
        }
    }
}

/// The next connection on the TCP listener; never, without one.
async fn accept(
    listener: Option<&(TcpListener, SocketAddr)>,
) -> std::io::Result<(tokio::net::TcpStream, SocketAddr)> {
    match listener {
        Some((listener, _)) => listener.accept().await,
        None => std::future::pending().await,
    }
}

/// Sends every pending transmit. A run of transmits to one destination with
/// the same size (the last may be smaller) goes out as one GSO send when the
/// socket supports it.
async fn flush(
    socket: &UdpSocket,
    state: &UdpSocketState,
    out: &mut Vec<Transmit>,
    scratch: &mut Vec<u8>,
) {
    let max_segments = state.max_gso_segments();
    let mut i = 0;
    while i < out.len() {
        let run = gso_run(&out[i..], max_segments);
        let first = &out[i];
        if run == 1 {
            send(socket, state, first.destination, &first.contents, None).await;
        } else {
            scratch.clear();
            for t in &out[i..i + run] {
                scratch.extend_from_slice(&t.contents);
            }
            send(
                socket,
                state,
                first.destination,
                scratch,
                Some(first.contents.len()),
            )
            .await;
        }
        i += run;
    }
    out.clear();
}

/// How many transmits from the start of `pending` can share one GSO send.
fn gso_run(pending: &[Transmit], max_segments: usize) -> usize {
    let Some(first) = pending.first() else {
        return 0;
    };
    let size = first.contents.len();
    if max_segments <= 1 || size == 0 {
        return 1;
    }
    let limit = max_segments.min(MAX_GSO_BYTES / size).max(1);
    let mut run = 1;
    for t in &pending[1..] {
        if run >= limit
            || t.destination != first.destination
            || t.contents.len() > size
            || t.contents.is_empty()
        {
            break;
        }
        run += 1;
        if t.contents.len() < size {
            // A shorter segment can only be the last one.
            break;
        }
    }
    run
}

async fn send(
    socket: &UdpSocket,
    state: &UdpSocketState,
    destination: SocketAddr,
    contents: &[u8],
    segment_size: Option<usize>,
) {
    let transmit = quinn_udp::Transmit {
        destination,
        ecn: None,
        contents,
        segment_size,
        src_ip: None,
    };
    // `UdpSocketState::send` reports only WouldBlock (on which tokio waits
    // for the socket to drain) and logs anything else: UDP losses are the
    // peers' to recover from.
    if let Err(e) = socket
        .async_io(Interest::WRITABLE, || state.send(socket.into(), &transmit))
        .await
    {
        tracing::debug!(error = %e, "send failed");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn t(to: u16, len: usize) -> Transmit {
        let addr: SocketAddr = format!("127.0.0.1:{to}").parse().unwrap();
        Transmit {
            proto: Protocol::Udp,
            source: addr,
            destination: addr,
            contents: vec![0; len],
        }
    }

    #[test]
    fn gso_runs_need_one_destination_and_equal_sizes_but_the_last() {
        assert_eq!(gso_run(&[], 64), 0);
        assert_eq!(gso_run(&[t(1, 1200), t(1, 1200), t(1, 1200)], 64), 3);
        assert_eq!(
            gso_run(&[t(1, 1200), t(1, 1200), t(1, 1200)], 1),
            1,
            "no GSO on this socket"
        );
        assert_eq!(
            gso_run(&[t(1, 1200), t(1, 1200), t(1, 500), t(1, 500)], 64),
            3,
            "a shorter one ends the run"
        );
        assert_eq!(
            gso_run(&[t(1, 1200), t(1, 1300)], 64),
            1,
            "a longer one cannot follow"
        );
        assert_eq!(
            gso_run(&[t(1, 1200), t(2, 1200), t(1, 1200)], 64),
            1,
            "another destination ends the run"
        );
        assert_eq!(
            gso_run(&[t(1, 1200), t(1, 1200), t(1, 1200)], 2),
            2,
            "at most max_segments"
        );
        let many: Vec<_> = (0..64).map(|_| t(1, 1200)).collect();
        assert_eq!(
            gso_run(&many, 64),
            MAX_GSO_BYTES / 1200,
            "at most 60 KiB in one send"
        );
    }
}
