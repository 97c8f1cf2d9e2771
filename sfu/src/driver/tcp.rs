//! ICE over TCP (RFC 6544), for clients whose network lets no UDP through.
//!
//! Each worker listens on a TCP port beside its UDP one and announces it as
//! a passive host candidate; the browser connects and then sends what it
//! would have sent as datagrams (STUN, DTLS, SRTP), each packet framed with
//! a 16-bit big-endian length (RFC 4571). A task per connection reads the
//! frames and hands them to its worker as if they were datagrams from the
//! connection's remote address; the worker writes what the core sends to
//! that address back through the connection's writer task.
//!
//! Hostile input costs little: a connection must send a STUN message as
//! its first frame within [`FIRST_FRAME`], and then something at least
//! every [`IDLE`] (ICE consent checks come every few seconds); a frame is
//! at most 64 KiB by construction; a worker holds at most [`MAX_CONNECTIONS`]
//! connections; a client that reads too slowly loses packets, as on UDP,
//! instead of growing a queue.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::mpsc;

/// How long a new connection has to send its first frame (a STUN check).
pub(crate) const FIRST_FRAME: Duration = Duration::from_secs(10);
/// How long a connection may stay silent before it is closed.
pub(crate) const IDLE: Duration = Duration::from_secs(30);
/// Connections one worker holds at most; more are closed at once.
pub(crate) const MAX_CONNECTIONS: usize = 4096;
/// Frames queued towards one client before new ones are dropped.
const WRITE_QUEUE: usize = 512;

/// What a connection's reader tells its worker.
#[derive(Debug)]
pub(crate) enum TcpIn {
    /// One framed packet from `source`.
    Packet { source: SocketAddr, bytes: Vec<u8> },
    /// The connection from `source` is gone.
    Closed { source: SocketAddr },
}

/// A connection's writer, as the worker holds it.
#[derive(Debug)]
pub(crate) struct TcpOut {
    frames: mpsc::Sender<Vec<u8>>,
}

impl TcpOut {
    /// Queues one packet, framed. Returns false (and drops it) when the
    /// client is not reading fast enough or the connection is gone.
    pub(crate) fn send(&self, packet: &[u8]) -> bool {
        let Ok(len) = u16::try_from(packet.len()) else {
            return false;
        };
        let mut frame = Vec::with_capacity(packet.len() + 2);
        frame.extend_from_slice(&len.to_be_bytes());
        frame.extend_from_slice(packet);
        self.frames.try_send(frame).is_ok()
    }
}

/// Starts the tasks of a connection just accepted from `source`; what it
/// reads goes to `to_worker`. Returns its writer.
pub(crate) fn start(
    stream: TcpStream,
    source: SocketAddr,
    to_worker: mpsc::Sender<TcpIn>,
) -> TcpOut {
    // Media is latency-bound: never wait to fill a segment.
    let _ = stream.set_nodelay(true);
    let (read, write) = stream.into_split();
    let (frames, queued) = mpsc::channel(WRITE_QUEUE);
    tokio::spawn(write_frames(write, queued));
    tokio::spawn(async move {
        let why = read_frames(read, source, &to_worker).await;
        tracing::debug!(%source, why, "media TCP connection closed");
        let _ = to_worker.send(TcpIn::Closed { source }).await;
    });
    TcpOut { frames }
}

/// Reads frames until the connection ends, misbehaves or idles; returns why
/// it stopped.
async fn read_frames(
    mut read: OwnedReadHalf,
    source: SocketAddr,
    to_worker: &mpsc::Sender<TcpIn>,
) -> &'static str {
    let mut first = true;
    loop {
        let wait = if first { FIRST_FRAME } else { IDLE };
        let bytes = match tokio::time::timeout(wait, read_frame(&mut read)).await {
            Err(_) => return "idle",
            Ok(Err(_)) => return "ended",
            Ok(Ok(None)) => return "empty frame",
            Ok(Ok(Some(bytes))) => bytes,
        };
        if first && !is_stun(&bytes) {
            return "first frame is not STUN";
        }
        first = false;
        if to_worker
            .send(TcpIn::Packet { source, bytes })
            .await
            .is_err()
        {
            return "worker gone";
        }
    }
}

/// One RFC 4571 frame: a 16-bit length, then that many bytes. None for a
/// frame of length zero, which no ICE, DTLS or RTP packet is.
async fn read_frame(read: &mut OwnedReadHalf) -> std::io::Result<Option<Vec<u8>>> {
    let len = usize::from(read.read_u16().await?);
    if len == 0 {
        return Ok(None);
    }
    let mut bytes = vec![0; len];
    read.read_exact(&mut bytes).await?;
    Ok(Some(bytes))
}

async fn write_frames(mut write: OwnedWriteHalf, mut queued: mpsc::Receiver<Vec<u8>>) {
    while let Some(frame) = queued.recv().await {
        if write.write_all(&frame).await.is_err() {
            return;
        }
    }
    let _ = write.shutdown().await;
}

/// Whether `bytes` is a STUN message (RFC 5389: the first two bits zero and
/// the magic cookie at bytes 4 to 8).
pub(crate) fn is_stun(bytes: &[u8]) -> bool {
    bytes.len() >= 20 && bytes[0] < 4 && bytes[4..8] == [0x21, 0x12, 0xa4, 0x42]
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn only_stun_opens_a_connection() {
        let mut binding = vec![0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42];
        binding.extend_from_slice(&[7; 12]);
        assert!(is_stun(&binding));
        assert!(!is_stun(&binding[..19]), "too short");
        let mut dtls = binding.clone();
        dtls[0] = 22;
        assert!(!is_stun(&dtls));
        let mut http = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec();
        http.truncate(20);
        assert!(!is_stun(&http));
    }
}
