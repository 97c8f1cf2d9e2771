//! A room: its participants and the routing of media and keyframe requests
//! between them.

use std::collections::VecDeque;
use std::time::Instant;

use anteroom_protocol::{
    AudioTap, LeaveReason, MediaKind, ParticipantId, RequestId, RoomName, SfuEvent, TrackId,
    TrackInfo,
};
use str0m::format::Codec;
use str0m::media::{KeyframeRequest, Mid, Rid};

use super::forward::{RtpIn, Subscription, forward_rtp};
use super::layers::{self, FrameStart, Layer, Views};
use super::participant::{Happening, KeyframeNeed, NewTrack, Participant, TrackKey, level_dbov};
use super::{Output, SfuConfig};

#[derive(Debug)]
pub(super) struct Room {
    name: RoomName,
    participants: Members,
    /// Something changed what subscribers want to see: work out again which
    /// layers each publisher should send.
    layers_dirty: bool,
    /// Who speaks now, and when the speaker is next re-evaluated.
    speaker: Option<ParticipantId>,
    next_speaker_check: Option<Instant>,
    /// The microphones of the last people to speak (at most
    /// `SfuConfig::audible_speakers`), with when each last had voice.
    audible: Vec<(TrackKey, Instant)>,
    /// The key the next track published gets.
    next_track_key: u64,
    /// Scratch space of [`Room::process`], kept to save allocations on
    /// every packet: who must be drained, and what a drain produced.
    work: Work,
    happenings: Vec<Happening>,
    /// The tracks unpublished last (at most [`ENDED_REMEMBERED`]): a
    /// subscriber may size one of them in the moment before it hears that
    /// it ended, which is no error of theirs.
    ended: VecDeque<TrackId>,
}

/// How many ended tracks a room remembers. Track ids are never reused
/// (participant ids are unique), and a request races an unpublication by a
/// round trip at most; a busy room ends a few tracks a second.
const ENDED_REMEMBERED: usize = 64;

/// What became of a subscriber's video size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum VideoSize {
    Set,
    /// The track ended just before: nothing to do.
    Ended,
    /// Not a video track this subscriber receives, nor one that ended.
    Unknown,
}

/// A room's participants, ordered by id (so that processing order, and so
/// every test, is deterministic) and addressed by position while a room is
/// processed, where comparing and cloning ids for every packet and every
/// subscriber cost a tenth of the SFU's time.
#[derive(Debug, Default)]
struct Members(Vec<Participant>);

impl Members {
    /// Where `id` is (Ok), or where it would go (Err).
    fn search(&self, id: &ParticipantId) -> Result<usize, usize> {
        self.0.binary_search_by(|p| p.id.cmp(id))
    }

    fn position(&self, id: &ParticipantId) -> Option<usize> {
        self.search(id).ok()
    }

    fn get(&self, id: &ParticipantId) -> Option<&Participant> {
        self.position(id).map(|i| &self.0[i])
    }

    fn get_mut(&mut self, id: &ParticipantId) -> Option<&mut Participant> {
        self.position(id).map(|i| &mut self.0[i])
    }

    /// Adds a participant in its place by id (ids are unique: the SFU
    /// refuses a second join under the same one).
    fn insert(&mut self, participant: Participant) {
        let at = self.search(&participant.id).unwrap_or_else(|at| at);
        self.0.insert(at, participant);
    }

    fn remove(&mut self, id: &ParticipantId) -> Option<Participant> {
        self.position(id).map(|i| self.0.remove(i))
    }
}

/// The participants of a room waiting to be drained (by position), each
/// at most once at a time: the last one marked is drained first.
#[derive(Debug, Default)]
struct Work {
    queue: Vec<usize>,
    queued: Vec<bool>,
}

impl Work {
    fn reset(&mut self, participants: usize) {
        self.queue.clear();
        self.queued.clear();
        self.queued.resize(participants, false);
    }

    fn mark(&mut self, i: usize) {
        if let Some(queued) = self.queued.get_mut(i)
            && !*queued
        {
            *queued = true;
            self.queue.push(i);
        }
    }

    fn pop(&mut self) -> Option<usize> {
        let i = self.queue.pop()?;
        self.queued[i] = false;
        Some(i)
    }
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
        Room {
            name,
            participants: Members::default(),
            layers_dirty: false,
            speaker: None,
            next_speaker_check: None,
            audible: Vec::new(),
            next_track_key: 0,
            work: Work::default(),
            happenings: Vec::new(),
            ended: VecDeque::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.participants.0.len()
    }

    /// Every participant, by id.
    pub fn members(&self) -> impl Iterator<Item = &Participant> {
        self.participants.0.iter()
    }

    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.get(id)
    }

    pub fn participant_mut(&mut self, id: &ParticipantId) -> Option<&mut Participant> {
        self.participants.get_mut(id)
    }

    /// Adds a participant, subscribed to every track already published.
    pub fn insert(&mut self, mut participant: Participant) {
        for other in &self.participants.0 {
            for p in &other.published {
                participant.subscriptions.push(Subscription::new(
                    p.track.clone(),
                    p.key,
                    other.id.clone(),
                    p.kind,
                    p.source,
                ));
            }
        }
        self.participants.insert(participant);
        self.layers_dirty = true;
    }

    /// Removes a participant; its tracks are unpublished and everyone else's
    /// subscriptions to them are marked for stopping.
    pub fn remove(
        &mut self,
        id: &ParticipantId,
        outputs: &mut VecDeque<Output>,
    ) -> Option<Participant> {
        let mut participant = self.participants.remove(id)?;
        participant.mark_dead();
        self.audible
            .retain(|(t, _)| !participant.published.iter().any(|p| p.key == *t));
        for p in &participant.published {
            self.remember_ended(p.track.clone());
            outputs.push_back(Output::Event(SfuEvent::TrackUnpublished {
                participant: id.clone(),
                track: p.track.clone(),
            }));
        }
        for other in &mut self.participants.0 {
            other
                .subscriptions
                .iter_mut()
                .filter(|s| s.publisher() == id)
                .for_each(Subscription::end);
        }
        self.layers_dirty = true;
        if self.speaker.as_ref() == Some(id) {
            self.speaker = None;
            outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker {
                participant: id.clone(),
                speaking: false,
            }));
        }
        Some(participant)
    }

    pub fn next_timeout(&self) -> Option<Instant> {
        self.participants
            .0
            .iter()
            .filter_map(Participant::next_timeout)
            .chain(self.next_speaker_check)
            .min()
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
            .0
            .iter()
            .filter_map(|p| Some((p.id.clone(), level_of(p)?)))
            .filter(|(_, level)| *level >= SPEAKING_DBOV)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let current_level = self
            .speaker
            .as_ref()
            .and_then(|id| self.participants.get(id))
            .and_then(level_of);
        let next = match (&loudest, current_level) {
            (None, _) => None,
            (Some((_, level)), Some(current))
                if current >= SPEAKING_DBOV && *level < current + TAKEOVER_DB =>
            {
                self.speaker.clone()
            }
            (Some((id, _)), _) => Some(id.clone()),
        };
        if next == self.speaker {
            return;
        }
        match (&next, self.speaker.take()) {
            (Some(id), _) => outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker {
                participant: id.clone(),
                speaking: true,
            })),
            (None, Some(previous)) => outputs.push_back(Output::Event(SfuEvent::ActiveSpeaker {
                participant: previous,
                speaking: false,
            })),
            (None, None) => {}
        }
        self.speaker = next;
    }

    /// Participants whose session wants a timeout now, and those whose own
    /// deadline (connect, lost connection) has passed.
    pub fn due_participants(
        &self,
        now: Instant,
    ) -> (Vec<ParticipantId>, Vec<(ParticipantId, LeaveReason)>) {
        let mut due = Vec::new();
        let mut expired = Vec::new();
        for p in &self.participants.0 {
            if let Some(reason) = p.expired(now) {
                expired.push((p.id.clone(), reason));
            } else if p.rtc_due(now) {
                due.push(p.id.clone());
            }
        }
        (due, expired)
    }

    pub fn find_accepting(&self, input: &str0m::Input<'_>) -> Option<ParticipantId> {
        self.participants
            .0
            .iter()
            .find(|p| p.accepts(input))
            .map(|p| p.id.clone())
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
        self.participants
            .get_mut(id)
            .and_then(|p| p.handle_offer(request_id, sdp, screen, now, outputs))
    }

    /// The subscriber's answer. Subscriptions it opens start with no layer,
    /// so forwarding asks for a keyframe of the right layer on its own.
    pub fn handle_answer(
        &mut self,
        id: &ParticipantId,
        request_id: RequestId,
        sdp: &str,
        outputs: &mut VecDeque<Output>,
    ) {
        let Some(p) = self.participants.get_mut(id) else {
            return;
        };
        self.layers_dirty |= p.handle_answer(request_id, sdp, outputs);
    }

    /// Copies a tapped participant's microphone packet to the captions tap
    /// (never a shared screen's audio).
    fn tap(&self, at: usize, input: &RtpIn, outputs: &mut VecDeque<Output>) {
        let Some(p) = self.participants.0.get(at) else {
            return;
        };
        let Some(label) = &p.tapped else {
            return;
        };
        if input.params.spec().codec == Codec::Opus
            && !p.is_screen(input.mid)
            && !input.packet.payload.is_empty()
        {
            let (participant, seq, payload) = (
                p.id.clone(),
                *input.packet.seq_no,
                input.packet.payload.to_vec(),
            );
            let tap = AudioTap {
                participant,
                seq,
                language: label.language.clone(),
                english: label.english,
                detect: label.detect,
                payload,
            };
            outputs.push_back(Output::Tap(tap));
        }
    }

    /// Drains the participants `first` (None: everyone) and everyone their
    /// output touches, until all are quiet. Returns the participants whose
    /// session died.
    pub fn process(
        &mut self,
        first: Option<&ParticipantId>,
        now: Instant,
        config: &SfuConfig,
        outputs: &mut VecDeque<Output>,
    ) -> Vec<(ParticipantId, LeaveReason)> {
        let mut work = std::mem::take(&mut self.work);
        let mut happenings = std::mem::take(&mut self.happenings);
        work.reset(self.len());
        match first {
            Some(id) => {
                if let Some(at) = self.participants.position(id) {
                    work.mark(at);
                }
            }
            None => (0..self.len()).for_each(|at| work.mark(at)),
        }
        // Nobody joins or leaves while a room is processed (the dead are
        // removed by the caller), so positions hold throughout.
        let mut dead = Vec::new();
        while let Some(at) = work.pop() {
            let Some(p) = self.participants.0.get_mut(at) else {
                continue;
            };
            p.drain(now, outputs, &mut happenings);
            for happening in happenings.drain(..) {
                match happening {
                    Happening::Rtp(input) => {
                        self.tap(at, &input, outputs);
                        self.forward(at, &input, now, config, &mut work)
                    }
                    Happening::KeyframeRequest(req) => {
                        self.route_keyframe_request(at, &req, now, config, &mut work)
                    }
                    Happening::TrackAdded(new) => self.publish(at, new, outputs, &mut work),
                    Happening::TrackStopped { mid } => self.unpublish(at, mid, outputs, &mut work),
                    Happening::Estimate => self.allocate_at(at, now, outputs),
                    Happening::Connected => {
                        let Some(p) = self.participants.0.get_mut(at) else {
                            continue;
                        };
                        tracing::debug!(room = %self.name, participant = %p.id, "connected");
                        outputs.push_back(Output::Event(SfuEvent::Connected {
                            participant: p.id.clone(),
                        }));
                        // Nothing was forwarded before the media path was up:
                        // start every video from a keyframe.
                        p.restart_video();
                    }
                    Happening::Dead(reason) => {
                        if let Some(p) = self.participants.0.get(at) {
                            dead.push((p.id.clone(), reason));
                        }
                    }
                }
            }
            if let Some(p) = self.participants.0.get_mut(at) {
                p.negotiate(outputs);
            }
        }
        self.work = work;
        self.happenings = happenings;
        if self.layers_dirty {
            self.layers_dirty = false;
            self.announce_layers(now, outputs);
        }
        dead
    }

    /// The subscriber shows `track` at `width` x `height` (0 x 0: hidden).
    /// Returns false if it does not receive such a track.
    pub fn set_video_size(
        &mut self,
        subscriber: &ParticipantId,
        track: &TrackId,
        width: u32,
        height: u32,
    ) -> VideoSize {
        let Some(s) = self.participants.get_mut(subscriber) else {
            return VideoSize::Unknown;
        };
        let Some(sub) = s
            .subscriptions
            .iter_mut()
            .find(|s| s.track() == track && !s.is_ended())
        else {
            return if self.ended.contains(track) {
                VideoSize::Ended
            } else {
                VideoSize::Unknown
            };
        };
        if !sub.is_video() {
            return VideoSize::Unknown;
        }
        tracing::debug!(participant = %subscriber, track = %track, width, height, "video size");
        sub.show_at(width, height);
        self.layers_dirty = true;
        VideoSize::Set
    }

    fn remember_ended(&mut self, track: TrackId) {
        if self.ended.len() == ENDED_REMEMBERED {
            self.ended.pop_front();
        }
        self.ended.push_back(track);
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
    pub fn allocate(
        &mut self,
        subscriber: &ParticipantId,
        now: Instant,
        outputs: &mut VecDeque<Output>,
    ) {
        if let Some(at) = self.participants.position(subscriber) {
            self.allocate_at(at, now, outputs);
        }
    }

    fn allocate_at(&mut self, at: usize, now: Instant, outputs: &mut VecDeque<Output>) {
        /// Reserved per audio track received.
        const AUDIO_BPS: u64 = 40_000;
        let Some(s) = self.participants.0.get(at) else {
            return;
        };
        let Some(estimate) = s.estimate_bps else {
            return;
        };
        tracing::trace!(participant = %s.id, estimate, "allocating");
        let audio = s
            .subscriptions
            .iter()
            .filter(|x| !x.is_video() && x.forwarding_mid().is_some())
            .count();
        let mut plans = Vec::new();
        // Hidden videos get nothing, but still count in what the estimator
        // should find room for: their absence must not make it forget the
        // capacity it knows (str0m keeps its estimate near what is desired).
        let mut hidden_bps = 0;
        for (i, sub) in s.subscriptions.iter().enumerate() {
            if !sub.is_video() || sub.forwarding_mid().is_none() {
                continue;
            }
            let Some(views) = self
                .participants
                .get(sub.publisher())
                .and_then(|p| p.published.iter().find(|t| t.key == sub.key()))
                .map(|t| t.views(now))
            else {
                continue;
            };
            let Some(ideal) = sub.ideal(&views) else {
                let when_visible = sub.ideal_when_visible(&views);
                hidden_bps += views
                    .iter()
                    .find(|l| Some(l.layer) == when_visible)
                    .map_or(0, layers::layer_bps);
                continue;
            };
            plans.push((i, views, ideal, sub.area()));
        }
        plans.sort_by_key(|(_, _, _, area)| std::cmp::Reverse(*area));

        let mut remaining = estimate.saturating_sub(audio as u64 * AUDIO_BPS);
        let (mut used, mut desired, mut next_step) = (
            audio as u64 * AUDIO_BPS,
            audio as u64 * AUDIO_BPS + hidden_bps,
            u64::MAX,
        );
        let mut budgets = Vec::new();
        for (i, views, ideal, _) in &plans {
            let Some(sub) = s.subscriptions.get(*i) else {
                continue;
            };
            let cost = |layer: Layer| {
                views
                    .iter()
                    .find(|l| l.layer == layer)
                    .map_or(0, layers::layer_bps)
            };
            desired += cost(*ideal);
            let smallest_bps = views.iter().find(|l| l.active).map(layers::layer_bps);
            let margin = if sub.is_congested() { 115 } else { 100 };
            let short = smallest_bps.is_some_and(|bps| bps * margin / 100 > remaining);
            if short && (sub.is_congested() || sub.is_settled(now, CONGESTION_GRACE)) {
                budgets.push((*i, remaining, true));
                next_step = next_step.min(smallest_bps.unwrap_or(0));
                continue;
            }
            let chosen = layers::choose_layer(views, *ideal, Some(remaining), sub.current());
            let chosen_bps = cost(chosen);
            budgets.push((*i, remaining, false));
            remaining = remaining.saturating_sub(chosen_bps);
            used += chosen_bps;
            // The cheapest way up: the next layer above the chosen one, up to the ideal.
            let at = views.iter().position(|l| l.layer == chosen).unwrap_or(0);
            let top = views.iter().position(|l| l.layer == *ideal).unwrap_or(at);
            if at < top {
                next_step =
                    next_step.min(layers::layer_bps(&views[at + 1]).saturating_sub(chosen_bps));
            }
        }
        let Some(s) = self.participants.0.get_mut(at) else {
            return;
        };
        for (i, budget, congested) in budgets {
            if let Some(sub) = s.subscriptions.get_mut(i) {
                if sub.allot(budget, congested) {
                    tracing::debug!(participant = %s.id, track = %sub.track(), congested, budget, "video paused or resumed for bandwidth");
                    outputs.push_back(Output::Event(SfuEvent::VideoPaused {
                        participant: s.id.clone(),
                        track: sub.track().clone(),
                        paused: congested,
                    }));
                }
            }
        }
        // Padding sustains the rate of the next step up while there is one.
        // With every video at its ideal layer there is nothing to reach for:
        // sustaining what is used made str0m pad every lull in the media
        // (a fifth more packets than the media itself in a consultation).
        let minimum = if next_step == u64::MAX {
            0
        } else {
            used + next_step
        };
        s.set_bwe_targets(minimum, desired);
    }

    /// Tells each publisher of a simulcast track which of its layers anyone
    /// would watch (whatever the bandwidth), when that set changed, so it can
    /// stop encoding the others.
    fn announce_layers(&mut self, now: Instant, outputs: &mut VecDeque<Output>) {
        let mut changes = Vec::new();
        for publisher in &self.participants.0 {
            for published in publisher
                .published
                .iter()
                .filter(|p| p.kind == MediaKind::Video && p.is_simulcast())
            {
                let views = published.views(now);
                let mut wanted: Vec<Option<Rid>> = Vec::new();
                for other in self.participants.0.iter().filter(|o| o.id != publisher.id) {
                    let Some(sub) = other
                        .subscriptions
                        .iter()
                        .find(|s| s.receives(published.key))
                    else {
                        continue;
                    };
                    if let Some(rid) = sub.ideal(&views).map(Layer::rid)
                        && !wanted.contains(&rid)
                    {
                        wanted.push(rid);
                    }
                }
                wanted.sort_by_key(|r| layers::rid_rank(*r));
                let names: Vec<String> = wanted
                    .into_iter()
                    .flatten()
                    .map(|r| r.to_string())
                    .collect();
                if published.announced.as_ref() != Some(&names) {
                    changes.push((publisher.id.clone(), published.track.clone(), names));
                }
            }
        }
        for (publisher_id, track, names) in changes {
            let Some(p) = self.participants.get_mut(&publisher_id) else {
                continue;
            };
            if let Some(published) = p.published.iter_mut().find(|t| t.track == track) {
                published.announced = Some(names.clone());
            }
            tracing::debug!(room = %self.name, participant = %publisher_id, track = %track, layers = ?names, "layers wanted");
            outputs.push_back(Output::Event(SfuEvent::PublishLayers {
                participant: publisher_id,
                track,
                layers: names,
            }));
        }
    }

    fn publish(
        &mut self,
        at: usize,
        new: NewTrack,
        outputs: &mut VecDeque<Output>,
        work: &mut Work,
    ) {
        let key = TrackKey(self.next_track_key);
        let Some(p) = self.participants.0.get_mut(at) else {
            return;
        };
        self.next_track_key += 1;
        let (kind, source) = (new.kind, new.source);
        let track = p.publish(new, key);
        let id = p.id.clone();
        self.layers_dirty = true;
        tracing::debug!(room = %self.name, participant = %id, track = %track, ?kind, ?source, "track published");
        outputs.push_back(Output::Event(SfuEvent::TrackPublished {
            participant: id.clone(),
            track: TrackInfo {
                id: track.clone(),
                kind,
                source,
            },
        }));
        for (i, other) in self
            .participants
            .0
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| *i != at)
        {
            other.subscriptions.push(Subscription::new(
                track.clone(),
                key,
                id.clone(),
                kind,
                source,
            ));
            work.mark(i);
        }
    }

    fn unpublish(&mut self, at: usize, mid: Mid, outputs: &mut VecDeque<Output>, work: &mut Work) {
        let Some(p) = self.participants.0.get_mut(at) else {
            return;
        };
        let Some(pos) = p.published.iter().position(|t| t.mid == mid) else {
            return;
        };
        let published = p.published.remove(pos);
        let participant = p.id.clone();
        self.layers_dirty = true;
        self.audible.retain(|(t, _)| *t != published.key);
        self.remember_ended(published.track.clone());
        outputs.push_back(Output::Event(SfuEvent::TrackUnpublished {
            participant,
            track: published.track,
        }));
        for (i, other) in self.participants.0.iter_mut().enumerate() {
            for sub in other
                .subscriptions
                .iter_mut()
                .filter(|s| s.key() == published.key)
            {
                sub.end();
                work.mark(i);
            }
        }
    }

    /// Forwards one packet of `publisher` to every subscriber of its track:
    /// audio to everyone, video by each subscription's layer choice.
    fn forward(
        &mut self,
        publisher: usize,
        input: &RtpIn,
        now: Instant,
        config: &SfuConfig,
        work: &mut Work,
    ) {
        let Some(published) = self
            .participants
            .0
            .get_mut(publisher)
            .and_then(|p| p.published_by_mid_mut(input.mid))
        else {
            return;
        };
        let (track, video) = (published.key, published.kind == MediaKind::Video);
        if let (false, Some(level)) = (video, input.packet.header.ext_vals.audio_level) {
            published.observe_level(level, now);
            self.next_speaker_check.get_or_insert(now + SPEAKER_CHECK);
        }
        let frame = if video {
            layers::inspect(input.params.spec().codec, &input.packet.payload)
        } else {
            FrameStart::default()
        };
        let switch_point = published.observe(input.rid, now, &input.packet, frame);
        let views = if video {
            published.views(now)
        } else {
            Views::default()
        };
        let audio_passes = video
            || self.audio_passes(
                track,
                voiced(&input.packet.header.ext_vals),
                now,
                config.audible_speakers,
            );

        let mut keyframes_needed: Vec<Layer> = Vec::new();
        for (i, subscriber) in self
            .participants
            .0
            .iter_mut()
            .enumerate()
            .filter(|(i, p)| *i != publisher && p.is_connected())
        {
            let (rtc, subscriptions) = subscriber.rtc_and_subscriptions();
            let Some(sub) = subscriptions.iter_mut().find(|s| s.key() == track) else {
                continue;
            };
            let Some(mid) = sub.forwarding_mid() else {
                continue;
            };
            if !video && !sub.route_audio(audio_passes) {
                continue;
            }
            if video {
                let (target, current_fits) = (sub.target(&views), sub.current_fits(&views));
                let (forward, keyframe_on) =
                    sub.route_video(Layer::of(input.rid), switch_point, target, current_fits);
                if let Some(layer) = keyframe_on
                    && !keyframes_needed.contains(&layer)
                {
                    keyframes_needed.push(layer);
                }
                if !forward {
                    continue;
                }
            }
            if forward_rtp(rtc, mid, sub, input, now) {
                work.mark(i);
            }
        }
        if let Some(p) = self.participants.0.get_mut(publisher) {
            for layer in keyframes_needed {
                if p.request_keyframe(
                    track,
                    layer.rid(),
                    now,
                    config.keyframe_request_interval,
                    KeyframeNeed::Start,
                ) {
                    work.mark(publisher);
                }
            }
        }
    }

    /// Whether a packet of the microphone `track` is forwarded (`voiced`:
    /// whether the packet has voice in it, None when it does not say). In a
    /// room with more microphones than `limit`, a quiet packet goes only if
    /// its microphone is among the last `limit` to have had voice.
    fn audio_passes(
        &mut self,
        track: TrackKey,
        voiced: Option<bool>,
        now: Instant,
        limit: usize,
    ) -> bool {
        if limit == 0 {
            return true;
        }
        match voiced {
            None => return true,
            Some(true) => {
                match self.audible.iter_mut().find(|(t, _)| *t == track) {
                    Some(entry) => entry.1 = now,
                    None => {
                        self.audible.push((track, now));
                        if self.audible.len() > limit
                            && let Some(oldest) = self
                                .audible
                                .iter()
                                .enumerate()
                                .min_by_key(|(_, (_, at))| *at)
                                .map(|(i, _)| i)
                        {
                            self.audible.swap_remove(oldest);
                        }
                    }
                }
                return true;
            }
            Some(false) => {}
        }
        if self.audible.iter().any(|(t, _)| *t == track) {
            return true;
        }
        // Counted only as far as it matters: this runs for every quiet packet.
        let microphones = self
            .participants
            .0
            .iter()
            .flat_map(|p| &p.published)
            .filter(|t| t.kind == MediaKind::Audio)
            .take(limit + 1)
            .count();
        microphones <= limit
    }

    /// A subscriber's PLI/FIR goes to the publisher of that track, throttled.
    fn route_keyframe_request(
        &mut self,
        subscriber: usize,
        req: &KeyframeRequest,
        now: Instant,
        config: &SfuConfig,
        work: &mut Work,
    ) {
        let Some(s) = self.participants.0.get(subscriber) else {
            return;
        };
        let Some(sub) = s
            .subscriptions
            .iter()
            .find(|s| s.forwarding_mid() == Some(req.mid))
        else {
            return;
        };
        let (track, rid) = (sub.key(), sub.layer());
        let Some(publisher) = self.participants.position(sub.publisher()) else {
            return;
        };
        if self.participants.0[publisher].request_keyframe(
            track,
            rid,
            now,
            config.keyframe_request_interval,
            KeyframeNeed::Subscriber,
        ) {
            work.mark(publisher);
        }
    }
}

/// Whether an audio packet has voice in it, by its RFC 6464 extension: the
/// sender's voice activity flag, or a level at which the active speaker
/// counts as speaking. None when the packet carries no level.
fn voiced(ext: &str0m::rtp::ExtensionValues) -> Option<bool> {
    let loud = ext
        .audio_level
        .map(|level| level_dbov(level) >= SPEAKING_DBOV);
    match (ext.voice_activity, loud) {
        (None, None) => None,
        (activity, loud) => Some(activity == Some(true) || loud == Some(true)),
    }
}
