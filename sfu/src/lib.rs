//! anteroom's selective forwarding unit.
//!
//! - [`core`] is sans-IO: it owns rooms and participants (one `str0m::Rtc`
//!   each), takes [`core::Input`]s that each carry an `Instant`, and returns
//!   [`core::Output`]s: datagrams to send, events for signalling, and the next
//!   time it wants to be woken. No sockets, no clock, no locks.
//! - [`driver`] is the thin tokio loop around it: it owns the UDP socket, reads
//!   the clock, and moves commands and events over channels.

pub mod core;
pub mod driver;

pub use crate::core::{Input, Output, Sfu, SfuConfig, SfuError, Transmit};
pub use crate::driver::{DriverConfig, DriverError, SfuHandle};
