//! Forwarding: which media goes to which subscriber, and how it is written.
//!
//! A [`Subscription`] is one participant receiving one published track. Its
//! SDP life cycle (an m-line the server offers, then stops) is the state
//! machine below; what it forwards is decided by [`Subscription::wants`].
//!
//! Today media is forwarded as whole frames through str0m's frame API (the
//! publisher's RTP is depacketised once, then packetised per subscriber).
//! The adaptive-media work replaces [`forward_frame`] with RTP-level
//! forwarding (rewriting SSRC, sequence numbers and timestamps) and teaches
//! [`Subscription::wants`] to pick a simulcast layer; the state machine and
//! the room's routing stay as they are.

use anteroom_protocol::{MediaKind, ParticipantId, TrackId};
use str0m::media::{MediaData, Mid, Rid};
use str0m::{Rtc, RtcError};

/// Where a subscription's m-line is in its negotiation with the subscriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SubscriptionState {
    /// Not yet offered to the subscriber.
    ToOpen,
    /// Offered as `mid`; waiting for the subscriber's answer.
    Negotiating(Mid),
    /// Negotiated: media is forwarded on `mid`.
    Open(Mid),
    /// A stop of `mid` was offered; waiting for the answer.
    NegotiatingStop(Mid),
}

#[derive(Debug)]
pub(super) struct Subscription {
    pub track: TrackId,
    pub publisher: ParticipantId,
    pub kind: MediaKind,
    pub state: SubscriptionState,
    /// The published track is gone: stop the m-line at the next negotiation.
    pub removed: bool,
    /// The simulcast layer being forwarded, fixed at the first frame seen.
    layer: Option<Option<Rid>>,
}

impl Subscription {
    pub fn new(track: TrackId, publisher: ParticipantId, kind: MediaKind) -> Self {
        Subscription { track, publisher, kind, state: SubscriptionState::ToOpen, removed: false, layer: None }
    }

    /// The subscriber's m-line on which media is forwarded now, if any.
    pub fn forwarding_mid(&self) -> Option<Mid> {
        match self.state {
            SubscriptionState::Open(mid) if !self.removed => Some(mid),
            _ => None,
        }
    }

    /// Whether a frame of simulcast layer `rid` should be forwarded. Without
    /// simulcast every frame has `rid` None. With simulcast (not yet asked
    /// for by our SDK) one layer is followed, so the receiver never sees two
    /// streams interleaved.
    pub fn wants(&mut self, rid: Option<Rid>) -> bool {
        match self.layer {
            None => {
                self.layer = Some(rid);
                true
            }
            Some(layer) => layer == rid,
        }
    }

    /// The layer keyframe requests for this subscription should name.
    pub fn layer(&self) -> Option<Rid> {
        self.layer.flatten()
    }
}

/// Writes one frame into the subscriber's session on `mid`. Returns whether
/// it was written: nothing is written when the subscriber negotiated no
/// payload type matching the publisher's codec.
pub(super) fn forward_frame(rtc: &mut Rtc, mid: Mid, data: &MediaData) -> Result<bool, RtcError> {
    let Some(writer) = rtc.writer(mid) else { return Ok(false) };
    let Some(pt) = writer.match_params(data.params) else { return Ok(false) };
    writer.write(pt, data.network_time, data.time, data.data.clone())?;
    Ok(true)
}
