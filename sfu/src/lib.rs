//! anteroom's selective forwarding unit.
//!
//! - [`core`] is sans-IO: it owns rooms and participants (one `str0m::Rtc`
//!   each), takes [`core::Input`]s that each carry an `Instant`, and returns
//!   [`core::Output`]s: datagrams to send, events for signalling, and the next
//!   time it wants to be woken. No sockets, no clock, no locks.
//! - [`driver`] runs the core: one worker thread per core, each with its own
//!   UDP socket and its own `Sfu` holding the rooms placed on it; it reads
//!   the clock, batches socket I/O, and moves commands and events over
//!   channels.

pub mod core;
pub mod driver;

pub use crate::core::{
    ConnectionFigures, Input, Output, Sfu, SfuConfig, SfuError, Transmit, Transport,
};
pub use crate::driver::{DriverConfig, DriverError, MediaTcp, SfuFigures, SfuHandle};
/// The transport of an [`Input::Datagram`] and a [`Transmit`] (UDP or TCP).
pub use str0m::net::Protocol;
