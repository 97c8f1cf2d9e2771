//! A room: its participants and the routing of media and keyframe requests
//! between them.

use std::collections::{BTreeMap, VecDeque};
use std::time::Instant;

use anteroom_protocol::{AudioTap, LeaveReason, MediaKind, ParticipantId, RequestId, RoomName, SfuEvent, TrackId, TrackInfo};
use str0m::format::Codec;
use str0m::media::{KeyframeRequest, Mid, Rid};

use super::forward::{forward_rtp, RtpIn, Subscription};
use super::layers::{self, FrameStart};
use super::participant::{level_dbov, Happening, NewTrack, Participant};
use super::{Output, SfuConfig};

#[derive(Debug)]
pub(super) struct Room {
    name: RoomName,
    /// Ordered, so that processing order (and so every test) is deterministic.
    participants: BTreeMap<ParticipantId, Participant>,
    /// Something changed what subscribers want to see: work out again which
    /// layers each publisher should send.
    layers_dirty: bool,
    /// Who speaks now, and when the speaker is next re-evaluated.
    speaker: Option<ParticipantId>,
    next_speaker_check: Option<Instant>,
    /// The microphones of the last people to speak (at most
    /// `SfuConfig::audible_speakers`), with when each last had voice.
    audible: Vec<(TrackId, Instant)>,
}

/// Active speaker: checked this often; a level counts while this fresh; a
/// speaker must be this loud (dBov); a new one must be this much louder
/// than the current one to take over.
const SPEAKER_CHECK: std::time::Duration = std::time::Duration::from_millis(300);
const LEVEL_FRESH: std::time::Duration = std::time::Duration::from_millis(500);
const SPEAKING_DBOV: f32 = -50.0;
const TAKEOVER_DB: f32 = 3.0;

/// A video is not paused for bandwidth in its first moments: the estimate
/// has not been tested yet and the first rate measured of a layer includes
/// the keyframe it started with (a 500 kbit/s layer measured 1.5 Mbit/s and
/// more, and videos paused half a second after they started on loopback).
const CONGESTION_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

impl Room {
    pub fn new(name: RoomName) -> Self {
        Room { name, participants: BTreeMap::new(), layers_dirty: false, speaker: None, next_speaker_check: None, audible: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.participants.len()
    }

    pub fn participant_ids(&self) -> Vec<ParticipantId> {
        self.participants.keys().cloned().collect()
    }

    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.get(id)
    }

    pub fn participant_mut(&mut self, id: &ParticipantId) -> Option<&mut Participant> {
        self.participants.get_mut(id)
    }

    /// Adds a participant, subscribed to every track already published.
    pub fn insert(&mut self, mut participant: Participant) {
        for other in self.participants.values() {
            for p in &other.published {
                participant.subscriptions.push(Subscription::new(p.track.clone(), other.id.clone(), p.kind, p.source));
            }
        }
        self.participants.insert(participant.id.clone(), participant);
        self.layers_dirty = true;
    }

    /// Removes a participant; its tracks are unpublished and everyone else's
    /// subscriptions to them are marked for stopping.
    pub fn remove(&mut self, id: &ParticipantId, outputs: &mut VecDeque<Output>) -> Option<Participant> {
        let mut participant = self.participants.remove(id)?;
        participant.mark_dead();
        self.audible.retain(|(t, _)| !participant.published.iter().any(|p| &p.track == t));
        for p in &participant.published {
            outputs.push_back(Output::Event(SfuEvent::TrackUnpublished {
                participant: id.clone(),
                track: p.track.clone(),
            }));
        }
        for other in self.participants.values_mut() {
            for sub in other.subscriptions.iter_mut().filter(|s| &s.publisher == id) {
                sub.removed = true;
            }
        }
        self.layers_dirty = true;
        if self.speaker.as_ref() == Some(id) {
            self.speaker = None;
            outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker { participant: id.clone(), speaking: false }));
        }
        Some(participant)
    }

    pub fn next_timeout(&self) -> Option<Instant> {
        self.participants.values().filter_map(Participant::next_timeout).chain(self.next_speaker_check).min()
    }

    /// Re-evaluates the active speaker when due: the loudest participant
    /// whose smoothed level is above the speaking threshold, changing only
    /// for someone clearly louder; nobody once everyone is quiet.
    pub fn check_speaker(&mut self, now: Instant, outputs: &mut VecDeque<Output>) {
        if self.next_speaker_check.is_some_and(|t| t > now) {
            return;
        }
        self.next_speaker_check = Some(now + SPEAKER_CHECK);
        let level_of = |p: &Participant| {
            p.published
                .iter()
                .filter_map(|t| t.level)
                .filter(|(_, at)| now.saturating_duration_since(*at) < LEVEL_FRESH)
                .map(|(level, _)| level)
                .reduce(f32::max)
        };
        let loudest = self
            .participants
            .values()
            .filter_map(|p| Some((p.id.clone(), level_of(p)?)))
            .filter(|(_, level)| *level >= SPEAKING_DBOV)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let current_level = self.speaker.as_ref().and_then(|id| self.participants.get(id)).and_then(level_of);
        let next = match (&loudest, current_level) {
            (None, _) => None,
            (Some((_, level)), Some(current)) if current >= SPEAKING_DBOV && *level < current + TAKEOVER_DB => {
                self.speaker.clone()
            }
            (Some((id, _)), _) => Some(id.clone()),
        };
        if next == self.speaker {
            return;
        }
        match (&next, self.speaker.take()) {
            (Some(id), _) => outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker { participant: id.clone(), speaking: true })),
            (None, Some(previous)) => {
                outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker { participant: previous, speaking: false }))
            }
            (None, None) => {}
        }
        self.speaker = next;
    }

    /// Participants whose session wants a timeout now, and those whose own
    /// deadline (connect, lost connection) has passed.
    pub fn due_participants(&self, now: Instant) -> (Vec<ParticipantId>, Vec<(ParticipantId, LeaveReason)>) {
        let mut due = Vec::new();
        let mut expired = Vec::new();
        for (id, p) in &self.participants {
            if let Some(reason) = p.expired(now) {
                expired.push((id.clone(), reason));
            } else if p.rtc_due(now) {
                due.push(id.clone());
            }
        }
        (due, expired)
    }

    pub fn find_accepting(&self, input: &str0m::Input<'_>) -> Option<ParticipantId> {
        self.participants.values().find(|p| p.accepts(input)).map(|p| p.id.clone())
    }

    pub fn handle_offer(
        &mut self,
        id: &ParticipantId,
        request_id: RequestId,
        sdp: &str,
        screen: &[String],
        now: Instant,
        outputs: &mut VecDeque<Output>,
    ) -> Option<(String, String)> {
        self.participants.get_mut(id).and_then(|p| p.handle_offer(request_id, sdp, screen, now, outputs))
    }

    /// The subscriber's answer. Subscriptions it opens start with no layer,
    /// so forwarding asks for a keyframe of the right layer on its own.
    pub fn handle_answer(&mut self, id: &ParticipantId, request_id: RequestId, sdp: &str, outputs: &mut VecDeque<Output>) {
        let Some(p) = self.participants.get_mut(id) else { return };
        self.layers_dirty |= p.handle_answer(request_id, sdp, outputs);
    }

    /// Copies a tapped participant's microphone packet to the captions tap
    /// (never a shared screen's audio).
    fn tap(&self, id: &ParticipantId, input: &RtpIn, outputs: &mut VecDeque<Output>) {
        let Some(p) = self.participants.get(id) else { return };
        let Some((language, english)) = &p.tapped else { return };
        if input.params.spec().codec == Codec::Opus && !p.is_screen(input.mid) && !input.packet.payload.is_empty() {
            let (participant, seq, payload) = (id.clone(), *input.packet.seq_no, input.packet.payload.to_vec());
            let tap = AudioTap { participant, seq, language: language.clone(), english: *english, payload };
            outputs.push_back(Output::Tap(tap));
        }
    }

    /// Drains the `dirty` participants and everyone their output touches,
    /// until all are quiet. Returns the participants whose session died.
    pub fn process(
        &mut self,
        mut dirty: Vec<ParticipantId>,
        now: Instant,
        config: &SfuConfig,
        outputs: &mut VecDeque<Output>,
    ) -> Vec<(ParticipantId, LeaveReason)> {
        let mut dead = Vec::new();
        while let Some(id) = dirty.pop() {
            let Some(p) = self.participants.get_mut(&id) else { continue };
            let happenings = p.drain(now, outputs);
            for happening in happenings {
                match happening {
                    Happening::Rtp(input) => {
                        self.tap(&id, &input, outputs);
                        self.forward(&id, &input, now, config, &mut dirty)
                    }
                    Happening::KeyframeRequest(req) => self.route_keyframe_request(&id, &req, now, config, &mut dirty),
                    Happening::TrackAdded(new) => self.publish(&id, new, outputs, &mut dirty),
                    Happening::TrackStopped { mid } => self.unpublish(&id, mid, outputs, &mut dirty),
                    Happening::Estimate => self.allocate(&id, now, outputs),
                    Happening::Connected => {
                        tracing::debug!(room = %self.name, participant = %id, "connected");
                        outputs.push_back(Output::Event(SfuEvent::Connected { participant: id.clone() }));
                        // Nothing was forwarded before the media path was up:
                        // start every video from a keyframe.
                        if let Some(p) = self.participants.get_mut(&id) {
                            p.restart_video();
                        }
                    }
                    Happening::Dead(reason) => dead.push((id.clone(), reason)),
                }
            }
            if let Some(p) = self.participants.get_mut(&id) {
                p.negotiate(outputs);
            }
        }
        if self.layers_dirty {
            self.layers_dirty = false;
            self.announce_layers(now, outputs);
        }
        dead
    }

    /// The subscriber shows `track` at `width` x `height` (0 x 0: hidden).
    /// Returns false if it does not receive such a track.
    pub fn set_video_size(&mut self, subscriber: &ParticipantId, track: &TrackId, width: u32, height: u32) -> bool {
        let Some(s) = self.participants.get_mut(subscriber) else { return false };
        let Some(sub) = s.subscriptions.iter_mut().find(|s| &s.track == track && !s.removed) else { return false };
        if sub.kind != MediaKind::Video {
            return false;
        }
        tracing::debug!(participant = %subscriber, track = %track, width, height, "video size");
        sub.shown = Some((width, height));
        if width > 0 && height > 0 {
            sub.last_visible = sub.shown;
        }
        self.layers_dirty = true;
        true
    }

    /// Shares the bandwidth estimated towards `subscriber` among the videos
    /// it receives: audio first, then each video (the largest shown first)
    /// gets the best layer up to its ideal one that fits what is left. A
    /// video whose smallest layer does not fit either is paused (congested;
    /// not in its first [`CONGESTION_GRACE`]) until it fits with 15% to
    /// spare, and the subscriber is told: a link too small for every video
    /// keeps its audio and its largest videos live instead of queueing all
    /// of them seconds deep. Tells the estimator to sustain the next step up
    /// (or the resumption of a paused video) and to probe for everything
    /// ideal.
    pub fn allocate(&mut self, subscriber: &ParticipantId, now: Instant, outputs: &mut VecDeque<Output>) {
        /// Reserved per audio track received.
        const AUDIO_BPS: u64 = 40_000;
        let Some(s) = self.participants.get(subscriber) else { return };
        let Some(estimate) = s.estimate_bps else { return };
        tracing::trace!(participant = %subscriber, estimate, "allocating");
        let audio = s.subscriptions.iter().filter(|x| x.kind == MediaKind::Audio && x.forwarding_mid().is_some()).count();
        let mut plans = Vec::new();
        // Hidden videos get nothing, but still count in what the estimator
        // should find room for: their absence must not make it forget the
        // capacity it knows (str0m keeps its estimate near what is desired).
        let mut hidden_bps = 0;
        for (i, sub) in s.subscriptions.iter().enumerate() {
            if sub.kind != MediaKind::Video || sub.forwarding_mid().is_none() {
                continue;
            }
            let Some(views) = self
                .participants
                .get(&sub.publisher)
                .and_then(|p| p.published.iter().find(|t| t.track == sub.track))
                .map(|t| t.views(now))
            else {
                continue;
            };
            let Some(ideal) = layers::ideal_layer(&views, sub.shown) else {
                let when_visible = layers::ideal_layer(&views, sub.last_visible).flatten();
                hidden_bps += views.iter().find(|l| l.rid == when_visible).map_or(0, layers::layer_bps);
                continue;
            };
            let area = sub.shown.map_or(u64::MAX, |(w, h)| u64::from(w) * u64::from(h));
            plans.push((i, views, ideal, area));
        }
        plans.sort_by_key(|(_, _, _, area)| std::cmp::Reverse(*area));

        let mut remaining = estimate.saturating_sub(audio as u64 * AUDIO_BPS);
        let (mut used, mut desired, mut next_step) = (audio as u64 * AUDIO_BPS, audio as u64 * AUDIO_BPS + hidden_bps, u64::MAX);
        let mut budgets = Vec::new();
        for (i, views, ideal, _) in &plans {
            let Some(sub) = s.subscriptions.get(*i) else { continue };
            let cost = |rid: Option<Rid>| views.iter().find(|l| l.rid == rid).map_or(0, layers::layer_bps);
            desired += cost(*ideal);
            let smallest_bps = views.iter().find(|l| l.active).map(layers::layer_bps);
            let margin = if sub.congested { 115 } else { 100 };
            let short = smallest_bps.is_some_and(|bps| bps * margin / 100 > remaining);
            let settled = sub.started_at.is_some_and(|t| now.saturating_duration_since(t) >= CONGESTION_GRACE);
            if short && (sub.congested || settled) {
                budgets.push((*i, remaining, true));
                next_step = next_step.min(smallest_bps.unwrap_or(0));
                continue;
            }
            let chosen = layers::choose_layer(views, *ideal, Some(remaining), sub.current);
            let chosen_bps = cost(chosen);
            budgets.push((*i, remaining, false));
            remaining = remaining.saturating_sub(chosen_bps);
            used += chosen_bps;
            // The cheapest way up: the next layer above the chosen one, up to the ideal.
            let at = views.iter().position(|l| l.rid == chosen).unwrap_or(0);
            let top = views.iter().position(|l| l.rid == *ideal).unwrap_or(at);
            if at < top {
                next_step = next_step.min(layers::layer_bps(&views[at + 1]).saturating_sub(chosen_bps));
            }
        }
        let Some(s) = self.participants.get_mut(subscriber) else { return };
        for (i, budget, congested) in budgets {
            if let Some(sub) = s.subscriptions.get_mut(i) {
                if sub.congested != congested {
                    tracing::debug!(participant = %subscriber, track = %sub.track, congested, budget, "video paused or resumed for bandwidth");
                    outputs.push_back(Output::Event(SfuEvent::VideoPaused {
                        participant: subscriber.clone(),
                        track: sub.track.clone(),
                        paused: congested,
                    }));
                }
                sub.budget_bps = Some(budget);
                sub.congested = congested;
            }
        }
        // Padding sustains the rate of the next step up while there is one.
        // With every video at its ideal layer there is nothing to reach for:
        // sustaining what is used made str0m pad every lull in the media
        // (a fifth more packets than the media itself in a consultation).
        let minimum = if next_step == u64::MAX { 0 } else { used + next_step };
        s.set_bwe_targets(minimum, desired);
    }

    /// Tells each publisher of a simulcast track which of its layers anyone
    /// would watch (whatever the bandwidth), when that set changed, so it can
    /// stop encoding the others.
    fn announce_layers(&mut self, now: Instant, outputs: &mut VecDeque<Output>) {
        let mut changes = Vec::new();
        for (publisher_id, publisher) in &self.participants {
            for published in publisher.published.iter().filter(|p| p.kind == MediaKind::Video && p.is_simulcast()) {
                let views = published.views(now);
                let mut wanted: Vec<Option<Rid>> = Vec::new();
                for (_, other) in self.participants.iter().filter(|(o, _)| *o != publisher_id) {
                    let Some(sub) = other.subscriptions.iter().find(|s| s.track == published.track && !s.removed) else {
                        continue;
                    };
                    if let Some(rid) = layers::ideal_layer(&views, sub.shown)
                        && !wanted.contains(&rid)
                    {
                        wanted.push(rid);
                    }
                }
                wanted.sort_by_key(|r| layers::rid_rank(*r));
                let names: Vec<String> = wanted.into_iter().flatten().map(|r| r.to_string()).collect();
                if published.announced.as_ref() != Some(&names) {
                    changes.push((publisher_id.clone(), published.track.clone(), names));
                }
            }
        }
        for (publisher_id, track, names) in changes {
            let Some(p) = self.participants.get_mut(&publisher_id) else { continue };
            if let Some(published) = p.published.iter_mut().find(|t| t.track == track) {
                published.announced = Some(names.clone());
            }
            tracing::debug!(room = %self.name, participant = %publisher_id, track = %track, layers = ?names, "layers wanted");
            outputs.push_back(Output::Event(SfuEvent::PublishLayers { participant: publisher_id, track, layers: names }));
        }
    }

    fn publish(
        &mut self,
        id: &ParticipantId,
        new: NewTrack,
        outputs: &mut VecDeque<Output>,
        dirty: &mut Vec<ParticipantId>,
    ) {
        let Some(p) = self.participants.get_mut(id) else { return };
        let (kind, source) = (new.kind, new.source);
        let track = p.publish(new);
        self.layers_dirty = true;
        tracing::debug!(room = %self.name, participant = %id, track = %track, ?kind, ?source, "track published");
        outputs.push_back(Output::Event(SfuEvent::TrackPublished {
            participant: id.clone(),
            track: TrackInfo { id: track.clone(), kind, source },
        }));
        for (other_id, other) in self.participants.iter_mut().filter(|(o, _)| *o != id) {
            other.subscriptions.push(Subscription::new(track.clone(), id.clone(), kind, source));
            mark(dirty, other_id);
        }
    }

    fn unpublish(&mut self, id: &ParticipantId, mid: Mid, outputs: &mut VecDeque<Output>, dirty: &mut Vec<ParticipantId>) {
        let Some(p) = self.participants.get_mut(id) else { return };
        let Some(pos) = p.published.iter().position(|t| t.mid == mid) else { return };
        let track = p.published.remove(pos).track;
        self.layers_dirty = true;
        self.audible.retain(|(t, _)| *t != track);
        outputs.push_back(Output::Event(SfuEvent::TrackUnpublished { participant: id.clone(), track: track.clone() }));
        for (other_id, other) in self.participants.iter_mut() {
            for sub in other.subscriptions.iter_mut().filter(|s| s.track == track) {
                sub.removed = true;
                mark(dirty, other_id);
            }
        }
    }

    /// Forwards one packet of `publisher` to every subscriber of its track:
    /// audio to everyone, video by each subscription's layer choice.
    fn forward(
        &mut self,
        publisher: &ParticipantId,
        input: &RtpIn,
        now: Instant,
        config: &SfuConfig,
        dirty: &mut Vec<ParticipantId>,
    ) {
        let Some(published) = self.participants.get_mut(publisher).and_then(|p| p.published_by_mid_mut(input.mid)) else {
            return;
        };
        let (track, video) = (published.track.clone(), published.kind == MediaKind::Video);
        if let (false, Some(level)) = (video, input.packet.header.ext_vals.audio_level) {
            published.observe_level(level, now);
            self.next_speaker_check.get_or_insert(now + SPEAKER_CHECK);
        }
        let frame =
            if video { layers::inspect(input.params.spec().codec, &input.packet.payload) } else { FrameStart::default() };
        let switch_point = published.observe(input.rid, now, &input.packet, frame);
        let views = if video { published.views(now) } else { Vec::new() };
        let audio_passes = video || self.audio_passes(&track, voiced(&input.packet.header.ext_vals), now, config.audible_speakers);

        let mut keyframes_needed: Vec<Option<Rid>> = Vec::new();
        for (sub_id, subscriber) in self.participants.iter_mut().filter(|(s, p)| *s != publisher && p.is_connected()) {
            let (rtc, subscriptions) = subscriber.rtc_and_subscriptions();
            let Some(sub) = subscriptions.iter_mut().find(|s| s.track == track) else { continue };
            let Some(mid) = sub.forwarding_mid() else { continue };
            if !video && !sub.route_audio(audio_passes) {
                continue;
            }
            if video {
                let target = layers::ideal_layer(&views, sub.shown)
                    .filter(|_| !sub.congested)
                    .map(|ideal| layers::choose_layer(&views, ideal, sub.budget_bps, sub.current));
                let current_fits = sub.budget_bps.is_none_or(|budget| {
                    views.iter().find(|l| Some(l.rid) == sub.current).is_none_or(|l| layers::layer_bps(l) <= budget)
                });
                let (forward, keyframe_on) = sub.route_video(input.rid, switch_point, target, current_fits);
                if let Some(rid) = keyframe_on
                    && !keyframes_needed.contains(&rid)
                {
                    keyframes_needed.push(rid);
                }
                if !forward {
                    continue;
                }
            }
            if forward_rtp(rtc, mid, sub, input) {
                sub.started_at.get_or_insert(now);
                mark(dirty, sub_id);
            }
        }
        if let Some(p) = self.participants.get_mut(publisher) {
            for rid in keyframes_needed {
                if p.request_keyframe(&track, rid, now, config.keyframe_request_interval) {
                    mark(dirty, publisher);
                }
            }
        }
    }

    /// Whether a packet of the microphone `track` is forwarded (`voiced`:
    /// whether the packet has voice in it, None when it does not say). In a
    /// room with more microphones than `limit`, a quiet packet goes only if
    /// its microphone is among the last `limit` to have had voice.
    fn audio_passes(&mut self, track: &TrackId, voiced: Option<bool>, now: Instant, limit: usize) -> bool {
        if limit == 0 {
            return true;
        }
        match voiced {
            None => return true,
            Some(true) => {
                match self.audible.iter_mut().find(|(t, _)| t == track) {
                    Some(entry) => entry.1 = now,
                    None => {
                        self.audible.push((track.clone(), now));
                        if self.audible.len() > limit
                            && let Some(oldest) = self.audible.iter().enumerate().min_by_key(|(_, (_, at))| *at).map(|(i, _)| i)
                        {
                            self.audible.swap_remove(oldest);
                        }
                    }
                }
                return true;
            }
            Some(false) => {}
        }
        if self.audible.iter().any(|(t, _)| t == track) {
            return true;
        }
        // Counted only as far as it matters: this runs for every quiet packet.
        let microphones =
            self.participants.values().flat_map(|p| &p.published).filter(|t| t.kind == MediaKind::Audio).take(limit + 1).count();
        microphones <= limit
    }

    /// A subscriber's PLI/FIR goes to the publisher of that track, throttled.
    fn route_keyframe_request(
        &mut self,
        subscriber: &ParticipantId,
        req: &KeyframeRequest,
        now: Instant,
        config: &SfuConfig,
        dirty: &mut Vec<ParticipantId>,
    ) {
        let Some(s) = self.participants.get(subscriber) else { return };
        let Some(sub) = s.subscriptions.iter().find(|s| s.forwarding_mid() == Some(req.mid)) else { return };
        let (publisher, track, rid) = (sub.publisher.clone(), sub.track.clone(), sub.layer());
        if let Some(p) = self.participants.get_mut(&publisher)
            && p.request_keyframe(&track, rid, now, config.keyframe_request_interval)
        {
            mark(dirty, &publisher);
        }
    }
}

/// Whether an audio packet has voice in it, by its RFC 6464 extension: the
/// sender's voice activity flag, or a level at which the active speaker
/// counts as speaking. None when the packet carries no level.
fn voiced(ext: &str0m::rtp::ExtensionValues) -> Option<bool> {
    let loud = ext.audio_level.map(|level| level_dbov(level) >= SPEAKING_DBOV);
    match (ext.voice_activity, loud) {
        (None, None) => None,
        (activity, loud) => Some(activity == Some(true) || loud == Some(true)),
    }
}

fn mark(dirty: &mut Vec<ParticipantId>, id: &ParticipantId) {
    if !dirty.contains(id) {
        dirty.push(id.clone());
    }
}
