//! What the SFU measures of each participant's connection, for an
//! operator's `/metrics`: the path, round trip, loss both ways, the
//! bandwidth estimate towards them and the bytes carried. str0m reports
//! these every [`FIGURES_INTERVAL`]; the latest report is kept.

use std::time::Duration;

use anteroom_protocol::ParticipantId;
use str0m::net::Protocol;
use str0m::stats::PeerStats;

/// How often str0m reports a session's figures.
pub(super) const FIGURES_INTERVAL: Duration = Duration::from_secs(2);

/// How media reaches a participant, as far as the SFU can tell (a relayed
/// participant's packets come from their TURN server, over UDP).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Udp,
    Tcp,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Udp => "udp",
            Transport::Tcp => "tcp",
        }
    }
}

/// One participant's latest figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionFigures {
    pub participant: ParticipantId,
    /// Unknown until ICE has selected a path.
    pub transport: Option<Transport>,
    /// From the latest ICE consent check on the selected path, else from
    /// RTCP.
    pub round_trip: Option<Duration>,
    /// Share (0 to 1) of the participant's packets to the SFU that were
    /// lost, and of the SFU's packets to them.
    pub loss_from: Option<f32>,
    pub loss_to: Option<f32>,
    /// The bandwidth estimate towards the participant, bits/s.
    pub estimate_bps: Option<u64>,
    pub bytes_received: u64,
    pub bytes_sent: u64,
}

/// A participant's figures without its id (the participant holds it).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Figures {
    transport: Option<Transport>,
    round_trip: Option<Duration>,
    loss_from: Option<f32>,
    loss_to: Option<f32>,
    bytes_received: u64,
    bytes_sent: u64,
}

impl Figures {
    pub(super) fn from_stats(stats: &PeerStats) -> Figures {
        let pair = stats.selected_candidate_pair.as_ref();
        Figures {
            transport: pair.map(|p| match p.protocol {
                Protocol::Udp => Transport::Udp,
                _ => Transport::Tcp,
            }),
            round_trip: pair.and_then(|p| p.current_round_trip_time).or(stats.rtt),
            loss_from: stats.ingress_loss_fraction,
            loss_to: stats.egress_loss_fraction,
            bytes_received: stats.peer_bytes_rx,
            bytes_sent: stats.peer_bytes_tx,
        }
    }

    pub(super) fn of(
        &self,
        participant: &ParticipantId,
        estimate_bps: Option<u64>,
    ) -> ConnectionFigures {
        ConnectionFigures {
            participant: participant.clone(),
            transport: self.transport,
            round_trip: self.round_trip,
            loss_from: self.loss_from,
            loss_to: self.loss_to,
            estimate_bps,
            bytes_received: self.bytes_received,
            bytes_sent: self.bytes_sent,
        }
    }
}
