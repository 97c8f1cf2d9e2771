//! The core on virtual time, without a runtime: a harness feeds it inputs
//! and collects what it asks for, per connection, for the SFU and for
//! other nodes. Translation is done here, at once, by a test double (no
//! translation service can run on these machines).
#![allow(clippy::unwrap_used)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;
use crate::translate::{TranslateError, Translator};

/// Drives a [`Core`].
struct Harness {
    core: Core,
    now: Instant,
    wall_ms: u64,
    next_conn: u64,
    inbox: HashMap<ConnId, VecDeque<ServerMsg>>,
    closed: HashSet<ConnId>,
    sfu: VecDeque<SfuCommand>,
    cluster: Vec<(Target, ClusterMsg)>,
    kept: Vec<(String, String, String)>,
    /// The chat store this harness plays (with a store configured).
    chats: HashMap<RoomName, Vec<KeptChat>>,
    /// The chat store is down.
    store_down: bool,
    /// Caption lags the core reported, by room.
    lags: Vec<(String, u64)>,
}

impl Harness {
    fn new(config: SignallingConfig) -> Harness {
        let now = Instant::now();
        let wall_ms = 1_800_000_000_000;
        Harness {
            core: Core::new(config, now, wall_ms),
            now,
            wall_ms,
            next_conn: 0,
            inbox: HashMap::new(),
            closed: HashSet::new(),
            sfu: VecDeque::new(),
            cluster: Vec::new(),
            kept: Vec::new(),
            chats: HashMap::new(),
            store_down: false,
            lags: Vec::new(),
        }
    }

    /// Feeds one input and carries out what the core asks, as the driver does.
    fn input(&mut self, input: Input) {
        self.core.handle(input, self.now, self.wall_ms);
        while let Some(output) = self.core.poll_output() {
            match output {
                Output::Send(conn, msg) => self.inbox.entry(conn).or_default().push_back(msg),
                Output::Close(conn) => {
                    self.closed.insert(conn);
                }
                Output::Sfu(cmd) => self.sfu.push_back(cmd),
                Output::Cluster(to, msg) => self.cluster.push((to, msg)),
                Output::CaptionLag { room, lag_ms } => self.lags.push((room.to_string(), lag_ms)),
                Output::Translate { msg, target, conns } => {
                    let ServerMsg::Caption { text, language, .. } = &msg else {
                        panic!("only captions are translated")
                    };
                    let msg = match Tagging::tag(text, language.as_str(), target.as_str()) {
                        Ok(text) => translated(msg, text, target),
                        Err(_) => msg,
                    };
                    self.core
                        .handle(Input::Deliver { conns, msg }, self.now, self.wall_ms);
                }
                Output::Keep {
                    room,
                    speaker,
                    text,
                    ..
                } => self
                    .kept
                    .push((room.to_string(), speaker.as_str().to_owned(), text)),
                Output::KeepChat { key, room, chat } => {
                    let kept = !self.store_down;
                    if kept {
                        self.chats.entry(room).or_default().push(chat);
                    }
                    self.core
                        .handle(Input::ChatKept { key, kept }, self.now, self.wall_ms);
                }
                Output::LoadChat {
                    conns,
                    room,
                    participant,
                } => {
                    let chats = self.chats.get(&room).cloned().unwrap_or_default();
                    self.core.handle(
                        Input::ChatHistory {
                            conns,
                            participant,
                            chats,
                        },
                        self.now,
                        self.wall_ms,
                    );
                }
            }
        }
    }

    /// Lets `d` of virtual time pass, ticking as the driver does.
    fn advance(&mut self, d: Duration) {
        let end = self.now + d;
        while self.now < end {
            let step = crate::cluster::HEARTBEAT.min(end - self.now);
            self.now += step;
            self.wall_ms += u64::try_from(step.as_millis()).unwrap();
            self.input(Input::Tick);
        }
    }

    fn connect(&mut self) -> ConnId {
        let conn = ConnId(self.next_conn);
        self.next_conn += 1;
        self.input(Input::Connect { conn });
        conn
    }

    fn send(&mut self, conn: ConnId, msg: ClientMsg) {
        self.input(Input::Message {
            conn,
            msg,
            claims: None,
        });
    }

    /// The next message to `conn`, past the room's comings and goings.
    fn next(&mut self, conn: ConnId) -> ServerMsg {
        loop {
            match self.inbox.get_mut(&conn).and_then(VecDeque::pop_front) {
                Some(ServerMsg::ParticipantJoined { .. }) => continue,
                Some(msg) => return msg,
                None => panic!("nothing more for connection {}", conn.0),
            }
        }
    }

    /// Everything sent to `conn` so far.
    fn drain(&mut self, conn: ConnId) -> Vec<ServerMsg> {
        self.inbox.remove(&conn).map(Vec::from).unwrap_or_default()
    }

    /// The participants the core has tapped (`on`) or untapped since last
    /// asked, sorted.
    fn taps(&mut self, on: bool) -> Vec<ParticipantId> {
        let mut got: Vec<ParticipantId> = self
            .taps_with()
            .into_iter()
            .filter(|(_, o, _)| *o == on)
            .map(|(p, _, _)| p)
            .collect();
        got.sort();
        got
    }

    /// (on, english) of each tap command since last asked.
    fn taps_now(&mut self) -> Vec<(bool, bool)> {
        self.taps_with()
            .into_iter()
            .map(|(_, on, english)| (on, english))
            .collect()
    }

    fn taps_with(&mut self) -> Vec<(ParticipantId, bool, bool)> {
        let mut got = Vec::new();
        while let Some(cmd) = self.sfu.pop_front() {
            if let SfuCommand::Tap {
                participant,
                on,
                english,
                ..
            } = cmd
            {
                got.push((participant, on, english));
            }
        }
        got
    }

    /// Each of `conns` got its next `ack`.
    fn acked(&mut self, conns: &[ConnId]) {
        for c in conns {
            while !matches!(self.next(*c), ServerMsg::Ack { .. }) {}
        }
    }

    /// Each turned captions on: the ack, then the languages they can
    /// choose for speakers (and to read in, which
    /// `captions_menus_offer_only_what_the_server_can_do` checks).
    fn captions_on(&mut self, conns: &[ConnId], spoken: &[&str]) {
        for c in conns {
            while !matches!(self.next(*c), ServerMsg::Ack { .. }) {}
            let ServerMsg::CaptionsLanguages { spoken: got, .. } = self.next(*c) else {
                panic!("the languages follow the ack")
            };
            assert_eq!(got, spoken.iter().map(|l| lang(l)).collect::<Vec<_>>());
        }
    }

    /// Each of `names` joins with `join(name)`: their ids and connections.
    fn joined(
        &mut self,
        names: &[&str],
        join: impl Fn(&str) -> ClientMsg,
    ) -> (Vec<ParticipantId>, Vec<ConnId>) {
        let mut ids = Vec::new();
        let mut conns = Vec::new();
        for name in names {
            let c = self.connect();
            self.send(c, join(name));
            loop {
                if let ServerMsg::Joined { participant, .. } = self.next(c) {
                    ids.push(participant);
                    break;
                }
            }
            conns.push(c);
        }
        (ids, conns)
    }

    /// `c` joins their claims' room with them: the `joined` they get.
    fn join_with(&mut self, c: ConnId, claims: JoinClaims) -> ServerMsg {
        let join = ClientMsg::Join {
            request_id: RequestId(1),
            protocol_version: PROTOCOL_VERSION,
            room: claims.room.clone(),
            display_name: DisplayName::new("x").unwrap(),
            token: None,
            connection: None,
        };
        self.input(Input::Message {
            conn: c,
            msg: join,
            claims: Some(Box::new(claims)),
        });
        loop {
            let msg = self.next(c);
            if matches!(msg, ServerMsg::Joined { .. } | ServerMsg::Waiting { .. }) {
                return msg;
            }
        }
    }
}

/// "Translates" by tagging the text with the target language; fails for
/// `xx`.
#[derive(Debug)]
struct Tagging;

impl Tagging {
    fn tag(text: &str, from: &str, to: &str) -> Result<String, TranslateError> {
        if to == "xx" {
            return Err(TranslateError::Service("no such language".into()));
        }
        Ok(format!("[{from}->{to}] {text}"))
    }
}

impl Translator for Tagging {
    fn translate<'a>(
        &'a self,
        text: &'a str,
        from: &'a str,
        to: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<String, TranslateError>> + Send + 'a>> {
        Box::pin(async move { Tagging::tag(text, from, to) })
    }
}

/// A patient's claims: waits in `staff:doc`'s line for `room`.
fn patient(name: &str, room: &str) -> JoinClaims {
    JoinClaims {
        role: JoinRole::Patient,
        grants: vec![Grant::Publish, Grant::Subscribe],
        waiting: Some(anteroom_protocol::WaitingClaims {
            queues: vec![Queue::staff("doc")],
            marker: anteroom_protocol::Marker::OnTime,
            starts_at: None,
            duration_minutes: None,
        }),
        ..claims(name, room, Vec::new())
    }
}

/// On virtual time: a waiting patient who drops keeps their place in the
/// line for the rejoin grace, and only for it; a node that goes silent is
/// taken for dead after `DEAD_AFTER`, and the people who waited on it
/// leave the lists once the grace is over.
#[test]
fn places_are_kept_for_the_grace_and_silent_nodes_are_dead_on_virtual_time() {
    let grace = Duration::from_secs(30);
    let mut h = Harness::new(SignallingConfig {
        rejoin_grace: grace,
        ..SignallingConfig::default()
    });
    let desk = h.connect();
    let watch = JoinClaims {
        watch: vec![Queue::staff("doc")],
        ..claims("Desk", "w-1", vec![Grant::Admit])
    };
    h.input(Input::Message {
        conn: desk,
        msg: ClientMsg::Watch {
            request_id: RequestId(1),
            token: String::new(),
        },
        claims: Some(Box::new(watch)),
    });
    assert!(matches!(h.next(desk), ServerMsg::WaitingList { entries, .. } if entries.is_empty()));

    // Ann arrives, drops, and is back 29 s later: the same arrival time.
    let ann = h.connect();
    assert!(matches!(
        h.join_with(ann, patient("Ann", "a-1")),
        ServerMsg::Waiting { .. }
    ));
    let ServerMsg::PatientWaiting { entry: first } = h.next(desk) else {
        panic!("Ann is listed")
    };
    h.input(Input::Disconnect { conn: ann });
    h.advance(Duration::from_secs(29));
    let ann = h.connect();
    h.join_with(ann, patient("Ann", "a-1"));
    let again: Vec<ServerMsg> = h.drain(desk);
    let Some(ServerMsg::PatientWaiting { entry }) = again.last() else {
        panic!("{again:?}")
    };
    assert_eq!(entry.since_ms, first.since_ms, "her place in the line");
    // Dropping for longer than the grace loses it.
    h.input(Input::Disconnect { conn: ann });
    h.advance(grace);
    let ann = h.connect();
    h.join_with(ann, patient("Ann", "a-1"));
    let ServerMsg::PatientWaiting { entry } = h.drain(desk).pop().unwrap() else {
        panic!("listed")
    };
    assert!(entry.since_ms > first.since_ms, "a new arrival");

    // Bob waits on another node, which then falls silent.
    let bob = SharedWaiter {
        entry: WaitingEntry {
            participant: ParticipantId::new("pbob"),
            display_name: DisplayName::new("Bob").unwrap(),
            ..entry.clone()
        },
        queues: vec![Queue::staff("doc")],
        sub: "x:Bob".into(),
    };
    h.input(Input::Cluster(Envelope {
        from: "n-other".into(),
        msg: ClusterMsg::Waiting { waiter: bob },
    }));
    h.input(Input::Cluster(Envelope {
        from: "n-other".into(),
        msg: ClusterMsg::RoomOpened {
            room: RoomName::new("a-9").unwrap(),
            url: "ws://other/ws".into(),
        },
    }));
    assert!(
        matches!(h.next(desk), ServerMsg::PatientWaiting { entry } if entry.participant.as_str() == "pbob")
    );
    h.advance(crate::cluster::DEAD_AFTER - crate::cluster::HEARTBEAT);
    assert!(
        h.core
            .remote_rooms
            .contains_key(&RoomName::new("a-9").unwrap()),
        "not yet dead"
    );
    h.advance(crate::cluster::HEARTBEAT);
    assert!(h.core.remote_rooms.is_empty(), "dead: its room is re-homed");
    assert!(
        h.drain(desk).is_empty(),
        "Bob stays listed while he may reconnect"
    );
    h.advance(grace);
    assert!(
        matches!(h.drain(desk).as_slice(), [ServerMsg::PatientLeftWaiting { participant, admitted: false }] if participant.as_str() == "pbob")
    );
}

#[test]
fn a_core_makes_no_output_it_was_not_asked_for() {
    let mut h = Harness::new(SignallingConfig::default());
    h.advance(Duration::from_secs(60));
    assert!(h.sfu.is_empty() && h.cluster.is_empty() && h.inbox.is_empty() && h.closed.is_empty());
}

/// A practitioner's claims for `name` in `room`, as a verified token
/// gives them (no organisation language).
fn claims(name: &str, room: &str, grants: Vec<Grant>) -> JoinClaims {
    JoinClaims {
        sub: format!("x:{name}"),
        org: anteroom_protocol::OrgId::new("org").unwrap(),
        room: RoomName::new(room).unwrap(),
        name: DisplayName::new(name).unwrap(),
        role: JoinRole::Practitioner,
        grants,
        max_participants: 6,
        iat: 0,
        exp: u64::MAX,
        waiting: None,
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    }
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::new(code).unwrap()
}

fn set_captions(id: u64, on: bool, language: Option<&str>) -> ClientMsg {
    ClientMsg::SetCaptions {
        request_id: RequestId(id),
        on,
        language: language.map(lang),
    }
}

/// A `join` of an open room (no token), by display name.
fn open_join(room: &RoomName) -> impl Fn(&str) -> ClientMsg + '_ {
    |name: &str| ClientMsg::Join {
        request_id: RequestId(1),
        protocol_version: PROTOCOL_VERSION,
        room: room.clone(),
        display_name: DisplayName::new(name).unwrap(),
        token: None,
        connection: None,
    }
}

fn segment(participant: &ParticipantId, text: &str, is_final: bool) -> CaptionsEvent {
    CaptionsEvent::Segment {
        participant: participant.clone(),
        segment: 0,
        text: text.into(),
        tentative: if is_final {
            String::new()
        } else {
            "pain".into()
        },
        is_final,
        language: "en".into(),
        start_ms: 0,
        end_ms: 900,
        english: None,
        words_missed: false,
        lag_ms: 0,
    }
}

#[test]
fn viewers_get_captions_as_spoken_or_translated_and_others_get_none() {
    let mut h = Harness::new(SignallingConfig {
        open_rooms: true,
        captions: true,
        translator: Some(Arc::new(Tagging)),
        ..SignallingConfig::default()
    });
    let room = RoomName::new("consult").unwrap();
    let join = open_join(&room);
    let (ids, clients) = h.joined(&["Pat", "Ada", "Nel", "Xan"], join);
    let set = set_captions;
    // (A language that is not a code does not parse: `parse::tests`.)
    // Ada reads as spoken ("en" is the spoken language, so the same),
    // Nel in Dutch, Xan in a language the service fails on.
    h.send(clients[1], set(3, true, Some("en")));
    h.send(clients[2], set(3, true, Some("nl")));
    h.send(clients[3], set(3, true, Some("xx")));
    h.captions_on(&clients[1..], &["en"]);
    // The first viewer tapped every microphone in the room.
    let mut everyone = ids.clone();
    everyone.sort();
    assert_eq!(h.taps(true), everyone);

    h.input(Input::Captions(segment(&ids[0], "My chest", false)));
    h.input(Input::Captions(segment(&ids[0], "My chest hurts.", true)));
    let caption = |m: ServerMsg| match m {
        ServerMsg::Caption {
            display_name,
            text,
            tentative,
            is_final,
            language,
            translated_from,
            ..
        } => (
            display_name.as_str().to_owned(),
            text,
            tentative,
            is_final,
            language.to_string(),
            translated_from.map(|l| l.to_string()),
        ),
        other => panic!("expected a caption, got {other:?}"),
    };
    let en = || Some("en".to_owned());
    assert_eq!(
        caption(h.next(clients[1])),
        (
            "Pat".into(),
            "My chest".into(),
            "pain".into(),
            false,
            "en".into(),
            None
        )
    );
    assert_eq!(
        caption(h.next(clients[1])),
        (
            "Pat".into(),
            "My chest hurts.".into(),
            String::new(),
            true,
            "en".into(),
            None
        )
    );
    // Only the final segment, translated.
    assert_eq!(
        caption(h.next(clients[2])),
        (
            "Pat".into(),
            "[en->nl] My chest hurts.".into(),
            String::new(),
            true,
            "nl".into(),
            en()
        )
    );
    // Translation failed: as spoken, not marked translated.
    assert_eq!(
        caption(h.next(clients[3])),
        (
            "Pat".into(),
            "My chest hurts.".into(),
            String::new(),
            true,
            "en".into(),
            None
        )
    );
    // Pat did not turn captions on: nothing.
    // (A request the hub refuses without side effects marks the end
    // of what it sent before.)
    h.send(
        clients[0],
        ClientMsg::Admit {
            request_id: RequestId(9),
            participant: ParticipantId::new("pnobody"),
        },
    );
    assert!(matches!(
        h.next(clients[0]),
        ServerMsg::Error {
            request_id: Some(RequestId(9)),
            ..
        }
    ));

    // The service falls behind: viewers are told.
    h.input(Input::Captions(CaptionsEvent::State {
        state: CaptionsState::Delayed,
    }));
    assert_eq!(
        h.next(clients[1]),
        ServerMsg::CaptionsState {
            state: CaptionsState::Delayed
        }
    );

    // The last viewers turning captions off stops the taps.
    for c in &clients[1..] {
        h.send(*c, set(4, false, None));
    }
    h.acked(&clients[1..]);
    assert_eq!(h.taps(false), everyone);
}

#[derive(Debug, Default)]
struct Kept(std::sync::Mutex<Vec<(String, String, String)>>);
impl crate::TranscriptSink for Kept {
    fn keep(&self, room: &RoomName, speaker: &DisplayName, text: &str, _language: &str) {
        self.0.lock().unwrap().push((
            room.to_string(),
            speaker.as_str().to_owned(),
            text.to_owned(),
        ));
    }
}

#[test]
fn final_segments_are_kept_only_where_a_member_holds_keep_transcript() {
    let kept = Arc::new(Kept::default());
    let mut h = Harness::new(SignallingConfig {
        captions: true,
        transcripts: Some(kept.clone()),
        ..SignallingConfig::default()
    });
    let mut speakers = Vec::new();
    let mut clients = Vec::new();
    for (name, room, keeps) in [
        ("Doc", "a-1", true),
        ("Pat", "a-1", false),
        ("Ann", "a-2", false),
        ("Bob", "a-2", false),
    ] {
        let c = h.connect();
        let grants = if keeps {
            vec![Grant::Subscribe, Grant::KeepTranscript]
        } else {
            vec![Grant::Subscribe]
        };
        if let ServerMsg::Joined { participant, .. } = h.join_with(c, claims(name, room, grants)) {
            speakers.push(participant);
        }
        clients.push(c);
    }
    // Doc and Ann turn captions on; Pat and Bob speak.
    for i in [0, 2] {
        h.send(
            clients[i],
            ClientMsg::SetCaptions {
                request_id: RequestId(2),
                on: true,
                language: None,
            },
        );
        h.captions_on(&clients[i..=i], &["en"]);
    }
    for (speaker, text) in [(&speakers[1], "My chest"), (&speakers[3], "Hello")] {
        h.input(Input::Captions(segment(speaker, text, false)));
        h.input(Input::Captions(segment(
            speaker,
            &format!("{text} hurts."),
            true,
        )));
    }
    // Both viewers got both updates of their room's speaker...
    for i in [0, 2] {
        assert!(matches!(
            h.next(clients[i]),
            ServerMsg::Caption {
                is_final: false,
                ..
            }
        ));
        assert!(matches!(
            h.next(clients[i]),
            ServerMsg::Caption { is_final: true, .. }
        ));
    }
    // ...and only a-1's final line was kept.
    assert_eq!(
        h.kept,
        [(
            "a-1".to_owned(),
            "Pat".to_owned(),
            "My chest hurts.".to_owned()
        )]
    );
    assert!(
        kept.0.lock().unwrap().is_empty(),
        "the driver keeps them, not the core"
    );
}

#[test]
fn without_a_translator_another_language_is_refused() {
    let mut h = Harness::new(SignallingConfig {
        open_rooms: true,
        captions: true,
        ..SignallingConfig::default()
    });
    let c = h.connect();
    let join = ClientMsg::Join {
        request_id: RequestId(1),
        protocol_version: PROTOCOL_VERSION,
        room: RoomName::new("r").unwrap(),
        display_name: DisplayName::new("A").unwrap(),
        token: None,
        connection: None,
    };
    h.send(c, join);
    while !matches!(h.next(c), ServerMsg::Joined { .. }) {}
    h.send(
        c,
        ClientMsg::SetCaptions {
            request_id: RequestId(2),
            on: true,
            language: Some(lang("nl")),
        },
    );
    assert!(matches!(
        h.next(c),
        ServerMsg::Error {
            code: ErrorCode::TranslationUnavailable,
            ..
        }
    ));
    h.send(
        c,
        ClientMsg::SetCaptions {
            request_id: RequestId(3),
            on: true,
            language: None,
        },
    );
    assert_eq!(
        h.next(c),
        ServerMsg::Ack {
            request_id: RequestId(3)
        }
    );
    // Reading English, the service's own language, is reading as spoken.
    h.send(
        c,
        ClientMsg::SetCaptions {
            request_id: RequestId(4),
            on: true,
            language: Some(lang("en")),
        },
    );
    h.captions_on(&[c], &["en"]);
}

#[test]
fn a_speakers_language_holds_for_the_room_and_relabels_their_tapped_microphone() {
    let config = SignallingConfig {
        captions: true,
        captions_languages: vec![lang("en"), lang("nl")],
        ..SignallingConfig::default()
    };
    let mut h = Harness::new(config);
    let mut clients = Vec::new();
    let mut ids = Vec::new();
    let mut told = Vec::new();
    // Pat's organisation speaks Dutch, which captions hear; Ada's French,
    // which they do not: she is taken to speak English, the service's.
    for (name, org_language) in [("Pat", "nl"), ("Ada", "fr")] {
        let c = h.connect();
        let claims = JoinClaims {
            language: Some(lang(org_language)),
            ..claims(name, "a-1", vec![Grant::Subscribe, Grant::Publish])
        };
        if let ServerMsg::Joined {
            participant,
            participants,
            spoken_language,
            ..
        } = h.join_with(c, claims)
        {
            told.push((
                spoken_language.map(|l| l.to_string()).unwrap_or_default(),
                participants
                    .iter()
                    .map(|p| {
                        p.spoken_language
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>(),
            ));
            ids.push(participant);
        }
        clients.push(c);
    }
    assert_eq!(
        told,
        [
            ("nl".to_owned(), vec![]),
            ("en".to_owned(), vec!["nl".to_owned()])
        ]
    );
    // Ada turns captions on: the microphones are tapped, each in its language.
    h.send(
        clients[1],
        ClientMsg::SetCaptions {
            request_id: RequestId(2),
            on: true,
            language: None,
        },
    );
    h.captions_on(&clients[1..], &["en", "nl"]);
    let mut tapped = Vec::new();
    while let Some(cmd) = h.sfu.pop_front() {
        if let SfuCommand::Tap {
            participant,
            on: true,
            language,
            english: false,
            detect: true,
        } = cmd
        {
            tapped.push((participant, language));
        }
    }
    tapped.sort();
    let mut expected = vec![
        (ids[0].clone(), "nl".to_owned()),
        (ids[1].clone(), "en".to_owned()),
    ];
    expected.sort();
    assert_eq!(tapped, expected);

    let set = |id: u64, who: &ParticipantId, language: &str| ClientMsg::SetSpokenLanguage {
        request_id: RequestId(id),
        participant: who.clone(),
        language: lang(language),
    };
    // A language the service cannot hear and somebody not in the room:
    // refused, and nothing changes. (One that is not a code never gets
    // here: it does not parse, `parse::tests`.)
    for (msg, code) in [
        (set(3, &ids[0], "de"), ErrorCode::SpokenLanguageUnavailable),
        (
            set(5, &ParticipantId::new("pnobody"), "nl"),
            ErrorCode::UnknownParticipant,
        ),
    ] {
        h.send(clients[1], msg);
        assert!(
            matches!(h.next(clients[1]), ServerMsg::Error { code: c, .. } if c == code),
            "{code:?}"
        );
    }
    assert!(h.sfu.is_empty());
    // Ada speaks Dutch after all: everyone is told, her tap is relabelled.
    h.send(clients[1], set(6, &ids[1], "nl"));
    assert_eq!(
        h.next(clients[1]),
        ServerMsg::Ack {
            request_id: RequestId(6)
        }
    );
    let said = ServerMsg::SpokenLanguage {
        participant: ids[1].clone(),
        language: lang("nl"),
    };
    assert_eq!(h.next(clients[1]), said);
    assert_eq!(h.next(clients[0]), said);
    assert_eq!(
        h.sfu.pop_front(),
        Some(SfuCommand::Tap {
            participant: ids[1].clone(),
            on: true,
            language: "nl".into(),
            english: false,
            detect: false,
        })
    );
    // The same again changes nothing: an ack, no news.
    h.send(clients[1], set(7, &ids[1], "nl"));
    assert_eq!(
        h.next(clients[1]),
        ServerMsg::Ack {
            request_id: RequestId(7)
        }
    );
    assert!(h.sfu.is_empty());
    // A worker with a multilingual model connects: viewers (only Ada)
    // learn the new choices, and German can be chosen.
    let spoken = vec!["de".to_owned(), "en".to_owned(), "nl".to_owned()];
    h.input(Input::Captions(CaptionsEvent::Languages {
        spoken: spoken.clone(),
    }));
    // Without a translation service, a multilingual model lets them read
    // in English (whisper translates into English itself).
    assert_eq!(
        h.next(clients[1]),
        ServerMsg::CaptionsLanguages {
            spoken: spoken.iter().map(|l| lang(l)).collect(),
            read: vec![lang("en")],
        }
    );
    h.send(clients[0], set(8, &ids[0], "de"));
    assert_eq!(
        h.next(clients[0]),
        ServerMsg::Ack {
            request_id: RequestId(8)
        }
    );
    let said = ServerMsg::SpokenLanguage {
        participant: ids[0].clone(),
        language: lang("de"),
    };
    assert_eq!(
        h.next(clients[0]),
        said,
        "Pat got no captions_languages: her captions are off"
    );
    assert_eq!(h.next(clients[1]), said);
    // Someone joining later sees it.
    let late = h.connect();
    let ServerMsg::Joined {
        participants,
        spoken_language,
        ..
    } = h.join_with(late, claims("Nel", "a-1", vec![Grant::Subscribe]))
    else {
        panic!("joined")
    };
    assert_eq!(
        spoken_language,
        Some(lang("en")),
        "no organisation language: the service's"
    );
    let mut heard: Vec<(String, String)> = participants
        .into_iter()
        .map(|p| {
            (
                p.display_name.as_str().to_owned(),
                p.spoken_language.map(|l| l.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    heard.sort();
    assert_eq!(
        heard,
        [
            ("Ada".to_owned(), "nl".to_owned()),
            ("Pat".to_owned(), "de".to_owned())
        ]
    );
}

#[test]
fn a_language_the_service_detects_becomes_the_speakers_unless_someone_chose_one() {
    let config = SignallingConfig {
        captions: true,
        captions_languages: vec![lang("en"), lang("nl"), lang("de")],
        ..SignallingConfig::default()
    };
    let mut h = Harness::new(config);
    // A Dutch clinic: everyone is taken to speak Dutch.
    let mut clients = Vec::new();
    let mut ids = Vec::new();
    for name in ["Pat", "Guest"] {
        let c = h.connect();
        let claims = JoinClaims {
            language: Some(lang("nl")),
            ..claims(name, "a-1", vec![Grant::Subscribe, Grant::Publish])
        };
        let ServerMsg::Joined { participant, .. } = h.join_with(c, claims) else {
            panic!("joined")
        };
        ids.push(participant);
        clients.push(c);
    }
    h.send(
        clients[0],
        ClientMsg::SetCaptions {
            request_id: RequestId(2),
            on: true,
            language: None,
        },
    );
    h.captions_on(&clients[..1], &["en", "nl", "de"]);
    h.sfu.clear();
    for c in &clients {
        h.drain(*c);
    }
    // The service hears the guest speak English: everyone is told, and
    // their tap is relabelled, still open to detection.
    h.input(Input::Captions(CaptionsEvent::Detected {
        participant: ids[1].clone(),
        language: "en".into(),
    }));
    let said = ServerMsg::SpokenLanguage {
        participant: ids[1].clone(),
        language: lang("en"),
    };
    assert_eq!(h.next(clients[0]), said);
    assert_eq!(h.next(clients[1]), said);
    assert_eq!(
        h.sfu.pop_front(),
        Some(SfuCommand::Tap {
            participant: ids[1].clone(),
            on: true,
            language: "en".into(),
            english: false,
            detect: true,
        })
    );
    // The same again, a language it cannot offer, garbage, and someone not
    // here change nothing.
    for (who, language) in [
        (&ids[1], "en"),
        (&ids[1], "fr"),
        (&ids[1], "N\0"),
        (&ParticipantId::new("pnobody"), "de"),
    ] {
        h.input(Input::Captions(CaptionsEvent::Detected {
            participant: who.clone(),
            language: language.into(),
        }));
    }
    assert!(h.sfu.is_empty());
    for c in &clients {
        assert_eq!(h.drain(*c), Vec::new(), "nobody is told");
    }
    // Pat's language is chosen (the one assumed, even): her tap is no
    // longer open to detection, and a detection later changes nothing.
    h.send(
        clients[0],
        ClientMsg::SetSpokenLanguage {
            request_id: RequestId(3),
            participant: ids[0].clone(),
            language: lang("nl"),
        },
    );
    assert_eq!(
        h.next(clients[0]),
        ServerMsg::Ack {
            request_id: RequestId(3)
        }
    );
    assert_eq!(
        h.sfu.pop_front(),
        Some(SfuCommand::Tap {
            participant: ids[0].clone(),
            on: true,
            language: "nl".into(),
            english: false,
            detect: false,
        })
    );
    h.input(Input::Captions(CaptionsEvent::Detected {
        participant: ids[0].clone(),
        language: "de".into(),
    }));
    assert!(h.sfu.is_empty());
    for c in &clients {
        assert_eq!(h.drain(*c), Vec::new(), "nobody is told");
    }
}

#[test]
fn a_multilingual_model_gives_english_readers_whispers_own_translation() {
    // No translation service: English comes from the model itself.
    let config = SignallingConfig {
        open_rooms: true,
        captions: true,
        captions_languages: vec![lang("en"), lang("nl")],
        ..SignallingConfig::default()
    };
    let mut h = Harness::new(config);
    let room = RoomName::new("consult").unwrap();
    let join = open_join(&room);
    let (ids, clients) = h.joined(&["Pat", "Ada", "Nel"], join);
    let set = set_captions;
    // German needs a translation service; English does not.
    h.send(clients[1], set(2, true, Some("de")));
    assert!(matches!(
        h.next(clients[1]),
        ServerMsg::Error {
            code: ErrorCode::TranslationUnavailable,
            ..
        }
    ));
    h.send(clients[2], set(2, true, None));
    h.captions_on(&clients[2..], &["en", "nl"]);
    assert_eq!(h.taps_now(), [(true, false); 3], "nobody reads English yet");
    h.send(clients[1], set(3, true, Some("en")));
    h.captions_on(&clients[1..2], &["en", "nl"]);
    assert_eq!(
        h.taps_now(),
        [(true, true); 3],
        "the taps now ask for English"
    );
    h.send(
        clients[0],
        ClientMsg::SetSpokenLanguage {
            request_id: RequestId(2),
            participant: ids[0].clone(),
            language: lang("nl"),
        },
    );
    for c in &clients {
        while !matches!(h.next(*c), ServerMsg::SpokenLanguage { .. }) {}
    }
    assert_eq!(h.taps_now(), [(true, true)]);

    // Pat speaks Dutch: a partial (as spoken only), then the final
    // segment with Whisper's English.
    let dutch = |text: &str, is_final: bool, english: Option<&str>| CaptionsEvent::Segment {
        participant: ids[0].clone(),
        segment: 0,
        text: text.into(),
        tentative: String::new(),
        is_final,
        language: "nl".into(),
        start_ms: 0,
        end_ms: 900,
        english: english.map(str::to_owned),
        words_missed: false,
        lag_ms: 0,
    };
    h.input(Input::Captions(dutch("Mijn borst", false, None)));
    h.input(Input::Captions(dutch(
        "Mijn borst doet pijn.",
        true,
        Some("My chest hurts."),
    )));
    let caption = |m: ServerMsg| match m {
        ServerMsg::Caption {
            text,
            is_final,
            language,
            translated_from,
            ..
        } => (text, is_final, language, translated_from),
        other => panic!("expected a caption, got {other:?}"),
    };
    let nl = || Some(lang("nl"));
    assert_eq!(
        caption(h.next(clients[2])),
        ("Mijn borst".into(), false, lang("nl"), None)
    );
    assert_eq!(
        caption(h.next(clients[2])),
        ("Mijn borst doet pijn.".into(), true, lang("nl"), None)
    );
    assert_eq!(
        caption(h.next(clients[1])),
        ("My chest hurts.".into(), true, lang("en"), nl())
    );
    // A final segment the model gave no English for: as spoken.
    h.input(Input::Captions(dutch("Ja.", true, None)));
    assert_eq!(
        caption(h.next(clients[1])),
        ("Ja.".into(), true, lang("nl"), None)
    );
    // Ada stops reading English: the taps stop asking for it.
    h.send(clients[1], set(4, false, None));
    h.acked(&clients[1..2]);
    assert_eq!(h.taps_now(), [(true, false); 3]);
}

#[test]
fn an_offer_sends_when_a_media_section_sends() {
    let head = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    let data = "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:2\r\n";
    let audio = |dir: &str| format!("m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n{dir}");
    assert!(sdp_sends(&format!("{head}{}", audio("a=sendrecv\r\n"))));
    assert!(sdp_sends(&format!(
        "{head}{}{data}",
        audio("a=sendonly\r\n")
    )));
    assert!(
        sdp_sends(&format!("{head}{}", audio(""))),
        "no direction means sendrecv"
    );
    assert!(!sdp_sends(&format!(
        "{head}{}{data}",
        audio("a=recvonly\r\n")
    )));
    assert!(!sdp_sends(&format!(
        "{head}{}{}",
        audio("a=inactive\r\n"),
        "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly\r\n"
    )));
    assert!(
        !sdp_sends(&format!("{head}{data}")),
        "a data channel alone sends no media"
    );
    assert!(!sdp_sends("garbage"));
}

#[test]
fn any_connection_gets_turn_credentials_of_its_own_and_never_the_secret() {
    // Without TURN: an empty list.
    let mut h = Harness::new(SignallingConfig::default());
    let c = h.connect();
    h.send(
        c,
        ClientMsg::GetIceServers {
            request_id: RequestId(1),
        },
    );
    assert_eq!(
        h.next(c),
        ServerMsg::IceServers {
            request_id: RequestId(1),
            servers: vec![],
            expires_at: None
        }
    );

    let turn = crate::turn::TurnConfig::new(
        vec!["turn:10.213.0.1:3478?transport=tcp".into()],
        "a-long-shared-secret".into(),
        Duration::from_secs(4 * 3600),
    )
    .unwrap();
    let mut h = Harness::new(SignallingConfig {
        turn: Some(turn.clone()),
        ..SignallingConfig::default()
    });
    let (a, b) = (h.connect(), h.connect());
    let mut got = Vec::new();
    for c in [a, b] {
        h.send(
            c,
            ClientMsg::GetIceServers {
                request_id: RequestId(7),
            },
        );
        let ServerMsg::IceServers {
            request_id,
            servers,
            expires_at,
        } = h.next(c)
        else {
            panic!("ice_servers")
        };
        assert_eq!(request_id, RequestId(7));
        // Valid for the configured time from now (the harness's wall clock).
        assert_eq!(expires_at, Some(1_800_000_000 + 4 * 3600));
        assert_eq!(servers.len(), 1);
        assert_eq!(
            servers[0].urls,
            vec!["turn:10.213.0.1:3478?transport=tcp".to_owned()]
        );
        assert!(
            servers[0]
                .username
                .starts_with(&format!("{}:", 1_800_000_000 + 4 * 3600))
        );
        assert!(!servers[0].credential.contains("a-long-shared-secret"));
        // The same as the credentials coturn will compute for that username.
        let id = servers[0].username.split_once(':').unwrap().1.to_owned();
        let (expected, _) = turn.credentials(&id, 1_800_000_000);
        assert_eq!(servers, expected);
        got.push(servers[0].username.clone());
    }
    assert_ne!(got[0], got[1], "each connection its own username");
}

#[test]
fn the_desk_sees_what_a_patients_pre_call_check_found() {
    let mut h = Harness::new(SignallingConfig::default());
    let desk = desk_watch(&mut h, "Desk");
    assert!(matches!(h.next(desk), ServerMsg::WaitingList { entries, .. } if entries.is_empty()));
    for (name, check) in [("Ann", Some(ConnectionCheck::TcpOnly)), ("Bob", None)] {
        let c = h.connect();
        let claims = patient(name, &format!("a-{name}"));
        h.input(Input::Message {
            conn: c,
            msg: ClientMsg::Join {
                request_id: RequestId(1),
                protocol_version: PROTOCOL_VERSION,
                room: claims.room.clone(),
                display_name: DisplayName::new(name).unwrap(),
                token: None,
                connection: check,
            },
            claims: Some(Box::new(claims)),
        });
        let ServerMsg::PatientWaiting { entry } = h.next(desk) else {
            panic!("{name} is listed")
        };
        assert_eq!(entry.connection, check, "{name}");
    }
}

#[test]
fn a_participant_carries_on_over_a_new_connection_with_their_resume_key() {
    let mut h = Harness::new(SignallingConfig {
        open_rooms: true,
        ..SignallingConfig::default()
    });
    let room = RoomName::new("move").unwrap();
    let mut keys = Vec::new();
    let mut ids = Vec::new();
    let mut conns = Vec::new();
    for name in ["Ann", "Bob"] {
        let c = h.connect();
        h.send(
            c,
            ClientMsg::Join {
                request_id: RequestId(1),
                protocol_version: PROTOCOL_VERSION,
                room: room.clone(),
                display_name: DisplayName::new(name).unwrap(),
                token: None,
                connection: None,
            },
        );
        let ServerMsg::Joined {
            participant,
            resume_key,
            ..
        } = h.next(c)
        else {
            panic!("{name} joined")
        };
        keys.push(resume_key.expect("a resume key"));
        ids.push(participant);
        conns.push(c);
    }
    h.drain(conns[0]);
    h.drain(conns[1]);
    let resume = |id: u64, who: &ParticipantId, key: &str| ClientMsg::Resume {
        request_id: RequestId(id),
        participant: who.clone(),
        key: key.to_owned(),
    };

    // A wrong key, someone else's key, or nobody: refused, nothing moves.
    let stranger = h.connect();
    for msg in [
        resume(2, &ids[0], "rk-guess"),
        resume(3, &ids[0], &keys[1]),
        resume(4, &ParticipantId::new("pnobody"), &keys[0]),
    ] {
        h.send(stranger, msg);
        assert!(matches!(
            h.next(stranger),
            ServerMsg::Error {
                code: ErrorCode::CannotResume,
                ..
            }
        ));
    }
    assert!(h.closed.is_empty());

    // Ann's network changed: she carries on over a new connection.
    let fresh = h.connect();
    h.send(fresh, resume(5, &ids[0], &keys[0]));
    let ServerMsg::Resumed {
        request_id,
        participants,
    } = h.next(fresh)
    else {
        panic!("resumed")
    };
    assert_eq!(request_id, RequestId(5));
    assert_eq!(
        participants
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>(),
        vec![ids[1].clone()]
    );
    assert!(h.closed.contains(&conns[0]), "the old connection is closed");
    // Bob saw nobody leave, and what is meant for Ann reaches her new connection.
    h.send(
        conns[1],
        ClientMsg::Chat {
            request_id: RequestId(6),
            text: "Still there?".into(),
        },
    );
    assert!(
        h.drain(fresh)
            .iter()
            .any(|m| matches!(m, ServerMsg::Chat { text, .. } if text == "Still there?"))
    );
    // The old connection ending changes nothing.
    h.input(Input::Disconnect { conn: conns[0] });
    assert!(
        !h.drain(conns[1])
            .iter()
            .any(|m| matches!(m, ServerMsg::ParticipantLeft { .. })),
        "Bob never sees Ann leave"
    );
    assert!(
        h.sfu.iter().all(|c| !matches!(c, SfuCommand::Leave { .. })),
        "her media session stays"
    );
    // A connection already in a room cannot take over another session.
    h.send(fresh, resume(7, &ids[1], &keys[1]));
    assert!(matches!(
        h.next(fresh),
        ServerMsg::Error {
            code: ErrorCode::AlreadyJoined,
            ..
        }
    ));
}

/// The pre-call media test on virtual time: the answer comes when the
/// SFU session connects, the session then stays for the client to measure
/// through it, and the server ends it after the measuring time even if
/// the client never closes.
#[test]
fn a_connected_probe_stays_for_measuring_and_then_ends() {
    let mut h = Harness::new(SignallingConfig::default());
    let ann = h.connect();
    h.send(
        ann,
        ClientMsg::Probe {
            request_id: RequestId(1),
            sdp: "v=0".into(),
        },
    );
    let participant = match h.sfu.pop_back() {
        Some(SfuCommand::Offer { participant, .. }) => participant,
        other => panic!("the offer goes to the SFU: {other:?}"),
    };
    h.sfu.clear();
    h.input(Input::Sfu(SfuEvent::Connected {
        participant: participant.clone(),
    }));
    assert!(matches!(
        h.next(ann),
        ServerMsg::ProbeResult {
            connected: true,
            ..
        }
    ));
    h.advance(PROBE_MEASURE - Duration::from_secs(1));
    assert!(h.sfu.is_empty(), "still measuring: {:?}", h.sfu);
    h.advance(Duration::from_secs(1));
    assert!(
        matches!(h.sfu.pop_front(), Some(SfuCommand::Leave { participant: p }) if p == participant),
        "the test's session ends"
    );
    // The SFU's removal that follows says nothing more to the client.
    h.input(Input::Sfu(SfuEvent::ParticipantRemoved {
        participant,
        reason: LeaveReason::Left,
    }));
    assert!(h.drain(ann).is_empty());
}

/// The captions menus offer only what this server can do: to read in, no
/// language but as spoken with an English-only model and no translation
/// service; English too with a multilingual model; every translation
/// target with a translation service. And a language not offered is
/// refused, not silently shown as spoken.
#[test]
fn captions_menus_offer_only_what_the_server_can_do() {
    let read_after_on = |config: SignallingConfig, spoken: Option<Vec<String>>| {
        let mut h = Harness::new(SignallingConfig {
            open_rooms: true,
            captions: true,
            ..config
        });
        if let Some(spoken) = spoken {
            h.input(Input::Captions(CaptionsEvent::Languages { spoken }));
        }
        let room = RoomName::new("menus").unwrap();
        let join = open_join(&room);
        let (_, clients) = h.joined(&["Ada"], join);
        h.send(
            clients[0],
            ClientMsg::SetCaptions {
                request_id: RequestId(1),
                on: true,
                language: None,
            },
        );
        h.acked(&clients);
        let ServerMsg::CaptionsLanguages { read, .. } = h.next(clients[0]) else {
            panic!("the languages follow the ack")
        };
        (h, clients[0], read)
    };
    let (mut h, ada, read) = read_after_on(SignallingConfig::default(), None);
    assert_eq!(read, Vec::<LanguageCode>::new());
    h.send(
        ada,
        ClientMsg::SetCaptions {
            request_id: RequestId(2),
            on: true,
            language: Some(lang("de")),
        },
    );
    assert!(matches!(
        h.next(ada),
        ServerMsg::Error {
            code: ErrorCode::TranslationUnavailable,
            ..
        }
    ));
    let multilingual = Some(vec!["de".to_owned(), "en".to_owned(), "nl".to_owned()]);
    let (_, _, read) = read_after_on(SignallingConfig::default(), multilingual);
    assert_eq!(read, vec![lang("en")]);
    let translating = SignallingConfig {
        translator: Some(Arc::new(Tagging)),
        ..SignallingConfig::default()
    };
    let (_, _, read) = read_after_on(translating, None);
    assert!(
        read.len() > 10 && read.contains(&lang("ar")) && read.contains(&lang("nl")),
        "{read:?}"
    );
}

/// The same link opened in a second window (or on a phone as well): one
/// entry in the waiting list, with the first window's place in the line;
/// the first window is told and closed; opening it again takes it back.
#[test]
fn a_second_window_takes_the_place_in_the_waiting_list_over() {
    let mut h = Harness::new(SignallingConfig::default());
    let desk = desk_watch(&mut h, "Desk");
    assert!(matches!(h.next(desk), ServerMsg::WaitingList { entries, .. } if entries.is_empty()));
    let first = h.connect();
    assert!(matches!(
        h.join_with(first, patient("Ann", "a-1")),
        ServerMsg::Waiting { .. }
    ));
    let ServerMsg::PatientWaiting { entry } = h.next(desk) else {
        panic!("Ann is listed")
    };
    h.advance(Duration::from_secs(30));

    let mut windows = vec![first];
    for round in 0..2 {
        let window = h.connect();
        assert!(matches!(
            h.join_with(window, patient("Ann", "a-1")),
            ServerMsg::Waiting { .. }
        ));
        let before = *windows.last().unwrap();
        assert_eq!(
            h.drain(before).last(),
            Some(&ServerMsg::Disconnected {
                reason: LeaveReason::OpenedElsewhere
            }),
            "round {round}: the other window is told"
        );
        assert!(h.closed.contains(&before), "round {round}");
        assert_eq!(
            h.next(desk),
            ServerMsg::PatientLeftWaiting {
                participant: entry.participant.clone(),
                admitted: false
            }
        );
        let ServerMsg::PatientWaiting { entry: again } = h.next(desk) else {
            panic!("listed again")
        };
        assert_eq!(
            again, entry,
            "round {round}: the same entry, the same place"
        );
        // The closed window's disconnect changes nothing.
        h.input(Input::Disconnect { conn: before });
        assert!(h.drain(desk).is_empty(), "round {round}");
        windows.push(window);
    }
    // Someone watching from now on sees one Ann.
    let late = desk_watch(&mut h, "Late");
    let ServerMsg::WaitingList { entries, .. } = h.next(late) else {
        panic!("the list")
    };
    assert_eq!(entries, vec![entry]);
}

/// A store the core is told exists; the harness answers for it.
#[derive(Debug)]
struct HarnessStore;

impl crate::chat_store::ChatStore for HarnessStore {
    fn keep<'a>(
        &'a self,
        _: &'a RoomName,
        _: &'a KeptChat,
    ) -> Pin<Box<dyn Future<Output = Result<(), crate::chat_store::ChatStoreError>> + Send + 'a>>
    {
        unreachable!("the harness answers KeepChat")
    }
    fn history<'a>(
        &'a self,
        _: &'a RoomName,
    ) -> Pin<
        Box<
            dyn Future<Output = Result<Vec<KeptChat>, crate::chat_store::ChatStoreError>>
                + Send
                + 'a,
        >,
    > {
        unreachable!("the harness answers LoadChat")
    }
}

fn chatting_patient(name: &str, room: &str) -> JoinClaims {
    JoinClaims {
        grants: vec![
            Grant::Publish,
            Grant::Subscribe,
            Grant::WaitingChat,
            Grant::Chat,
        ],
        ..patient(name, room)
    }
}

/// A desk that watches `staff:doc`'s line (and may admit and write).
fn desk_watch(h: &mut Harness, name: &str) -> ConnId {
    let desk = h.connect();
    h.input(Input::Message {
        conn: desk,
        msg: ClientMsg::Watch {
            request_id: RequestId(1),
            token: String::new(),
        },
        claims: Some(Box::new(JoinClaims {
            watch: vec![Queue::staff("doc")],
            ..claims(name, "w-1", vec![Grant::Admit, Grant::Chat])
        })),
    });
    desk
}

/// Messages are data: what a waiting patient writes before anyone watches
/// is kept and shown to the practitioner who opens the list; a reload
/// shows the patient the whole conversation, their own marked; a message
/// the store cannot keep is not passed on, and the sender is told.
#[test]
fn chat_is_kept_before_it_is_passed_on_and_read_back_later() {
    let mut h = Harness::new(SignallingConfig {
        chat_store: Some(Arc::new(HarnessStore)),
        ..SignallingConfig::default()
    });
    let room = RoomName::new("a-1").unwrap();
    let ann = h.connect();
    assert!(matches!(
        h.join_with(ann, chatting_patient("Ann", "a-1")),
        ServerMsg::Waiting { .. }
    ));
    h.drain(ann);
    for (id, text) in [(2, "I'm here"), (3, "my camera does not work")] {
        h.send(
            ann,
            ClientMsg::Chat {
                request_id: RequestId(id),
                text: text.into(),
            },
        );
        assert_eq!(
            h.next(ann),
            ServerMsg::Ack {
                request_id: RequestId(id)
            }
        );
    }
    assert_eq!(h.chats[&room].len(), 2, "kept before anyone reads them");

    // The practitioner opens the list: both, beside Ann.
    let desk = desk_watch(&mut h, "Doc");
    let ServerMsg::WaitingList { entries, .. } = h.next(desk) else {
        panic!("the list")
    };
    let ann_id = entries[0].participant.clone();
    let ServerMsg::WaitingChatHistory {
        participant,
        messages,
    } = h.next(desk)
    else {
        panic!("what Ann wrote")
    };
    assert_eq!(participant, ann_id);
    assert_eq!(
        messages
            .iter()
            .map(|m| (m.text.as_str(), m.mine, m.from_clinic))
            .collect::<Vec<_>>(),
        [
            ("I'm here", false, false),
            ("my camera does not work", false, false)
        ]
    );

    // An answer: kept, then passed on.
    h.send(
        desk,
        ClientMsg::ChatToWaiting {
            request_id: RequestId(4),
            participant: ann_id.clone(),
            text: "I'll call you".into(),
        },
    );
    assert_eq!(
        h.next(desk),
        ServerMsg::Ack {
            request_id: RequestId(4)
        }
    );
    assert!(
        matches!(h.next(ann), ServerMsg::Chat { from: None, text, .. } if text == "I'll call you")
    );

    // Ann reloads: the whole conversation, hers marked as hers.
    let again = h.connect();
    assert!(matches!(
        h.join_with(again, chatting_patient("Ann", "a-1")),
        ServerMsg::Waiting { .. }
    ));
    let history = h
        .drain(again)
        .into_iter()
        .find_map(|m| match m {
            ServerMsg::ChatHistory { messages } => Some(messages),
            _ => None,
        })
        .expect("the conversation so far");
    assert_eq!(
        history
            .iter()
            .map(|m| (m.text.as_str(), m.mine, m.from_clinic))
            .collect::<Vec<_>>(),
        [
            ("I'm here", true, false),
            ("my camera does not work", true, false),
            ("I'll call you", false, true)
        ]
    );
    // The desk, which already had it, is given it again under the same
    // entry (Ann came back in another window).
    assert!(h.drain(desk).iter().any(|m| matches!(m, ServerMsg::WaitingChatHistory { participant, messages } if *participant == ann_id && messages.len() == 3)));

    // The store is down: not kept, not sent, and Ann is told.
    h.store_down = true;
    h.drain(again);
    h.send(
        again,
        ClientMsg::Chat {
            request_id: RequestId(9),
            text: "hello?".into(),
        },
    );
    let ServerMsg::Error {
        request_id, code, ..
    } = h.next(again)
    else {
        panic!("an error")
    };
    assert_eq!(
        (request_id, code),
        (Some(RequestId(9)), ErrorCode::ChatNotKept)
    );
    assert!(h.drain(desk).is_empty(), "nothing reached the desk");
    assert_eq!(h.chats[&room].len(), 3);
}

#[test]
fn words_missed_reach_every_reader_and_each_update_records_the_rooms_lag() {
    let mut h = Harness::new(SignallingConfig {
        open_rooms: true,
        captions: true,
        translator: Some(Arc::new(Tagging)),
        ..SignallingConfig::default()
    });
    let room = RoomName::new("consult").unwrap();
    let join = open_join(&room);
    let (ids, clients) = h.joined(&["Pat", "Ada", "Nel"], join);
    h.send(clients[1], set_captions(3, true, Some("en")));
    h.send(clients[2], set_captions(3, true, Some("nl")));
    h.captions_on(&clients[1..], &["en"]);
    let mut behind = segment(&ids[0], "and then it stopped.", true);
    if let CaptionsEvent::Segment {
        lag_ms,
        words_missed,
        ..
    } = &mut behind
    {
        *lag_ms = 2_400;
        *words_missed = true;
    }
    h.input(Input::Captions(behind));
    h.input(Input::Captions(segment(&ids[0], "Thank you.", true)));
    let missed = |m: ServerMsg| match m {
        ServerMsg::Caption {
            text, words_missed, ..
        } => (text, words_missed),
        other => panic!("expected a caption, got {other:?}"),
    };
    assert_eq!(
        missed(h.next(clients[1])),
        ("and then it stopped.".into(), true)
    );
    assert_eq!(missed(h.next(clients[1])), ("Thank you.".into(), false));
    assert_eq!(
        missed(h.next(clients[2])),
        ("[en->nl] and then it stopped.".into(), true)
    );
    assert_eq!(h.lags, [("consult".into(), 2_400), ("consult".into(), 0)]);
}
