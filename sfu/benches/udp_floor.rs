//! The kernel's own cost of what the SFU's driver asks of it for every
//! datagram it forwards, with no SFU at all: one UDP socket sending to 50
//! others on loopback, one datagram per `send_to` (each goes to a different
//! address, so GSO cannot batch them). On loopback the receiving side's
//! network stack runs in the sender's system call, so the figure includes
//! delivery into the receiver's socket, as the full-path benchmark's server
//! pays it. Reading the datagrams back is timed apart.
//!
//! This is the floor under the full-path figure ("forwarded packets per
//! server CPU-s" of `anteroom-bench`): no forwarding code, however fast,
//! makes a loopback run cheaper than this per datagram.
//!
//! Run: `cargo bench -p anteroom-sfu --bench udp_floor`. Wall-clock time of
//! a tight loop: run it on a quiet machine.

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

const DESTINATIONS: usize = 50;
const ROUNDS: usize = 4000;
/// Datagrams each receiver can hold before it is read back (its default
/// receive buffer holds about 90 of 1,200 bytes).
const ROUNDS_PER_DRAIN: usize = 20;

fn main() -> std::io::Result<()> {
    println!(
        "Loopback UDP, one sender to {DESTINATIONS} receiving sockets, one datagram per send_to, {ROUNDS} rounds"
    );
    println!(
        "{:>8} {:>12} {:>16} {:>18} {:>16}",
        "bytes", "datagrams", "send us/datagram", "datagrams/s/core", "read us/datagram"
    );
    for size in [1200, 200] {
        let (sent, send_time, received, read_time) = run(size)?;
        let per_send = send_time.as_secs_f64() * 1e6 / sent as f64;
        println!(
            "{size:>8} {sent:>12} {per_send:>16.2} {:>18.0} {:>16.2}",
            sent as f64 / send_time.as_secs_f64(),
            read_time.as_secs_f64() * 1e6 / received.max(1) as f64
        );
    }
    Ok(())
}

/// Sends `ROUNDS` datagrams of `size` bytes to every receiver. Returns the
/// datagrams sent and the time spent sending them, and the datagrams read
/// back and the time spent reading.
fn run(size: usize) -> std::io::Result<(u64, Duration, u64, Duration)> {
    let receivers = (0..DESTINATIONS)
        .map(|_| {
            let socket = UdpSocket::bind("127.0.0.1:0")?;
            socket.set_nonblocking(true)?;
            Ok(socket)
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    let addresses = receivers
        .iter()
        .map(UdpSocket::local_addr)
        .collect::<std::io::Result<Vec<SocketAddr>>>()?;
    let sender = UdpSocket::bind("127.0.0.1:0")?;
    let datagram = vec![0x80u8; size];
    let mut buffer = vec![0u8; 2048];
    let (mut sent, mut received) = (0u64, 0u64);
    let (mut send_time, mut read_time) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..ROUNDS / ROUNDS_PER_DRAIN {
        let started = Instant::now();
        for _ in 0..ROUNDS_PER_DRAIN {
            for address in &addresses {
                sender.send_to(&datagram, address)?;
                sent += 1;
            }
        }
        send_time += started.elapsed();
        let started = Instant::now();
        for receiver in &receivers {
            while receiver.recv(&mut buffer).is_ok() {
                received += 1;
            }
        }
        read_time += started.elapsed();
    }
    Ok((sent, send_time, received, read_time))
}
