//! Pins the JSON form of every browser <-> signalling message.
//!
//! Each example is serialised and compared with `tests/golden/NAME.json`, and
//! parsed back from that file. `docs/protocol.md` must quote every golden
//! example verbatim, so the reference cannot drift from the code. After an
//! intended change, regenerate with `UPDATE_GOLDEN=1 cargo test -p
//! anteroom-protocol --test golden` and update the docs.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use anteroom_protocol::*;

fn lang(code: &str) -> LanguageCode {
    LanguageCode::new(code).unwrap()
}

fn examples() -> Vec<(&'static str, Msg)> {
    let alice = ParticipantId::new("p3f2a9c0e1b7d4a6f8e2c1b0a9d8e7f6a");
    let bob = ParticipantId::new("p0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e");
    let bob_video = TrackId::new("p0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.1");
    let room = RoomName::new("clinic-42").unwrap();
    let candidate = "candidate:1 1 udp 2130706431 127.0.0.1 40000 typ host".to_string();
    let patient = ParticipantId::new("p9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b");
    let waiting_entry = WaitingEntry {
        participant: patient.clone(),
        display_name: DisplayName::new("J. Jansen").unwrap(),
        role: JoinRole::Patient,
        room: RoomName::new("a-5d1c0e7a9b3f4c2d8e6a1b0c9d8e7f6a").unwrap(),
        marker: Marker::Late,
        starts_at_ms: Some(1_795_860_000_000),
        duration_minutes: Some(15),
        since_ms: 1_795_860_180_000,
        connection: Some(ConnectionCheck::TcpOnly),
    };
    vec![
        ("join", Msg::C(ClientMsg::Join {
            request_id: RequestId(1),
            protocol_version: PROTOCOL_VERSION,
            room: room.clone(),
            display_name: DisplayName::new("Dr. Ada Lovelace").unwrap(),
            token: None,
            connection: None,
        })),
        ("offer", Msg::C(ClientMsg::Offer { request_id: RequestId(2), sdp: "v=0\r\n...".into(), screen: vec![] })),
        ("offer_screen", Msg::C(ClientMsg::Offer { request_id: RequestId(5), sdp: "v=0\r\n...".into(), screen: vec!["2".into()] })),
        ("answer", Msg::C(ClientMsg::Answer { request_id: RequestId(3), sdp: "v=0\r\n...".into() })),
        ("candidate", Msg::C(ClientMsg::Candidate { candidate: candidate.clone() })),
        ("end_of_candidates", Msg::C(ClientMsg::EndOfCandidates)),
        ("set_mute", Msg::C(ClientMsg::SetMute { request_id: RequestId(4), kind: MediaKind::Audio, muted: true })),
        ("set_video_size", Msg::C(ClientMsg::SetVideoSize { track: bob_video.clone(), width: 640, height: 360 })),
        ("leave", Msg::C(ClientMsg::Leave { request_id: RequestId(5) })),
        ("watch", Msg::C(ClientMsg::Watch { request_id: RequestId(1), token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJFZERTQSJ9.eyJzdWIiOi...".into() })),
        ("admit", Msg::C(ClientMsg::Admit { request_id: RequestId(2), participant: patient.clone() })),
        ("end", Msg::C(ClientMsg::End { request_id: RequestId(7) })),
        ("set_auto_admit", Msg::C(ClientMsg::SetAutoAdmit { request_id: RequestId(8), on: true })),
        ("probe", Msg::C(ClientMsg::Probe { request_id: RequestId(1), sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=recvonly\r\n".into() })),
        ("probe_result", Msg::S(ServerMsg::ProbeResult { request_id: RequestId(1), connected: true })),
        ("get_ice_servers", Msg::C(ClientMsg::GetIceServers { request_id: RequestId(2) })),
        ("resume", Msg::C(ClientMsg::Resume {
            request_id: RequestId(11),
            participant: alice.clone(),
            key: "rk2e4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e".into(),
        })),
        ("resumed", Msg::S(ServerMsg::Resumed {
            request_id: RequestId(11),
            participants: vec![ParticipantInfo {
                id: bob.clone(),
                display_name: DisplayName::new("Bob").unwrap(),
                tracks: vec![TrackInfo { id: bob_video.clone(), kind: MediaKind::Video, source: TrackSource::Camera }],
                audio_muted: false,
                video_muted: false,
                spoken_language: Some(lang("nl")),
            }],
        })),
        ("ice_servers", Msg::S(ServerMsg::IceServers {
            request_id: RequestId(2),
            servers: vec![IceServer {
                urls: vec!["turn:turn.clinic.example:3478?transport=tcp".into(), "turns:turn.clinic.example:443".into()],
                username: "1796594400:c42".into(),
                credential: "S3+30XcbnA1T0yxqH0oakkyC5HM=".into(),
            }],
            expires_at: Some(1_796_594_400),
        })),
        ("set_captions", Msg::C(ClientMsg::SetCaptions { request_id: RequestId(9), on: true, language: Some(lang("nl")) })),
        ("set_spoken_language", Msg::C(ClientMsg::SetSpokenLanguage { request_id: RequestId(10), participant: bob.clone(), language: lang("tr") })),
        ("captions_languages", Msg::S(ServerMsg::CaptionsLanguages { spoken: vec![lang("en"), lang("nl"), lang("tr")], read: vec![lang("en")] })),
        ("spoken_language", Msg::S(ServerMsg::SpokenLanguage { participant: bob.clone(), language: lang("tr") })),
        ("chat", Msg::C(ClientMsg::Chat { request_id: RequestId(6), text: "I can hear you well.".into() })),
        ("chat_to_waiting", Msg::C(ClientMsg::ChatToWaiting {
            request_id: RequestId(3),
            participant: patient.clone(),
            text: "We are running 10 minutes late, sorry.".into(),
        })),
        ("joined", Msg::S(ServerMsg::Joined {
            request_id: RequestId(1),
            protocol_version: PROTOCOL_VERSION,
            room,
            participant: alice.clone(),
            participants: vec![ParticipantInfo {
                id: bob.clone(),
                display_name: DisplayName::new("Bob").unwrap(),
                tracks: vec![TrackInfo { id: bob_video.clone(), kind: MediaKind::Video, source: TrackSource::Camera }],
                audio_muted: false,
                video_muted: false,
                spoken_language: Some(lang("nl")),
            }],
            grants: vec![Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::ScreenShare, Grant::Chat, Grant::Files],
            files_key: Some("fk7c1e9a2b4d6f8e0a1c3e5b7d9f1a3c5e".into()),
            resume_key: Some("rk2e4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e".into()),
            spoken_language: Some(lang("nl")),
        })),
        ("server_answer", Msg::S(ServerMsg::Answer { request_id: RequestId(2), sdp: "v=0\r\n...".into() })),
        ("server_offer", Msg::S(ServerMsg::Offer { sdp: "v=0\r\n...".into() })),
        ("server_candidate", Msg::S(ServerMsg::Candidate { candidate })),
        ("participant_joined", Msg::S(ServerMsg::ParticipantJoined {
            participant: ParticipantInfo {
                id: bob.clone(),
                display_name: DisplayName::new("Bob").unwrap(),
                tracks: vec![],
                audio_muted: false,
                video_muted: true,
                spoken_language: Some(lang("nl")),
            },
        })),
        ("participant_left", Msg::S(ServerMsg::ParticipantLeft { participant: bob.clone(), reason: LeaveReason::ConnectionLost })),
        ("track_published", Msg::S(ServerMsg::TrackPublished {
            participant: bob.clone(),
            track: TrackInfo { id: bob_video.clone(), kind: MediaKind::Video, source: TrackSource::Camera },
        })),
        ("track_published_screen", Msg::S(ServerMsg::TrackPublished {
            participant: bob.clone(),
            track: TrackInfo { id: TrackId::new("p0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.2"), kind: MediaKind::Video, source: TrackSource::Screen },
        })),
        ("track_unpublished", Msg::S(ServerMsg::TrackUnpublished { participant: bob.clone(), track: bob_video })),
        ("mute_changed", Msg::S(ServerMsg::MuteChanged { participant: bob.clone(), kind: MediaKind::Video, muted: true })),
        ("publish_layers", Msg::S(ServerMsg::PublishLayers {
            track: TrackId::new("p3f2a9c0e1b7d4a6f8e2c1b0a9d8e7f6a.1"),
            layers: vec!["q".into(), "f".into()],
        })),
        ("video_paused", Msg::S(ServerMsg::VideoPaused { track: TrackId::new("p3f2a9c0e1b7d4a6f8e2c1b0a9d8e7f6a.1"), paused: true })),
        ("moved", Msg::S(ServerMsg::Moved { request_id: RequestId(1), url: "wss://node-2.clinic.example/ws".into() })),
        ("file_shared", Msg::S(ServerMsg::FileShared {
            file: SharedFile {
                id: FileId::new("f4e2c0a8b6d4f2e0c8a6b4d2f0e8c6a4b"),
                name: FileName::new("Blood test results.pdf").unwrap(),
                size: 482_133,
                content_type: "application/pdf".into(),
                from: alice.clone(),
                display_name: DisplayName::new("Dr. Ada Lovelace").unwrap(),
                at_ms: 1_795_860_420_000,
            },
        })),
        ("file_error", Msg::F(FileError { code: ErrorCode::FileTooLarge, message: "files are limited to 20 MiB".into() })),
        ("active_speaker", Msg::S(ServerMsg::ActiveSpeaker { participant: Some(alice.clone()) })),
        ("caption", Msg::S(ServerMsg::Caption {
            participant: bob.clone(),
            display_name: DisplayName::new("J. Jansen").unwrap(),
            segment: 3,
            text: "The pain started two days".into(),
            tentative: "ago after".into(),
            is_final: false,
            language: lang("en"),
            translated_from: None,
            start_ms: 61_240,
            end_ms: 63_880,
            words_missed: false,
        })),
        ("caption_translated", Msg::S(ServerMsg::Caption {
            participant: bob.clone(),
            display_name: DisplayName::new("J. Jansen").unwrap(),
            segment: 3,
            text: "De pijn begon twee dagen geleden, na het sporten.".into(),
            tentative: String::new(),
            is_final: true,
            language: lang("nl"),
            translated_from: Some(lang("en")),
            start_ms: 61_240,
            end_ms: 65_100,
            words_missed: false,
        })),
        ("caption_words_missed", Msg::S(ServerMsg::Caption {
            participant: bob.clone(),
            display_name: DisplayName::new("J. Jansen").unwrap(),
            segment: 4,
            text: "so I stopped running.".into(),
            tentative: String::new(),
            is_final: true,
            language: lang("en"),
            translated_from: None,
            start_ms: 68_900,
            end_ms: 70_200,
            words_missed: true,
        })),
        ("captions_state", Msg::S(ServerMsg::CaptionsState { state: CaptionsState::Delayed })),
        ("active_speaker_nobody", Msg::S(ServerMsg::ActiveSpeaker { participant: None })),
        ("ack", Msg::S(ServerMsg::Ack { request_id: RequestId(4) })),
        ("error", Msg::S(ServerMsg::Error {
            request_id: Some(RequestId(2)),
            code: ErrorCode::NegotiationConflict,
            message: "answer the server's offer first, then offer again".into(),
        })),
        ("disconnected", Msg::S(ServerMsg::Disconnected { reason: LeaveReason::ServerShutdown })),
        ("disconnected_ended", Msg::S(ServerMsg::Disconnected { reason: LeaveReason::Ended })),
        ("disconnected_opened_elsewhere", Msg::S(ServerMsg::Disconnected { reason: LeaveReason::OpenedElsewhere })),
        ("waiting", Msg::S(ServerMsg::Waiting { request_id: RequestId(1), room: RoomName::new("a-5d1c0e7a9b3f4c2d8e6a1b0c9d8e7f6a").unwrap() })),
        ("wait_estimate", Msg::S(ServerMsg::WaitEstimate { ahead: 2, wait_ms: 1_260_000 })),
        ("waiting_list", Msg::S(ServerMsg::WaitingList { request_id: RequestId(1), entries: vec![waiting_entry.clone()] })),
        ("patient_waiting", Msg::S(ServerMsg::PatientWaiting { entry: waiting_entry })),
        ("server_chat", Msg::S(ServerMsg::Chat {
            from: Some(alice.clone()),
            display_name: DisplayName::new("Dr. Ada Lovelace").unwrap(),
            text: "I can hear you well.".into(),
            at_ms: 1_795_860_240_000,
        })),
        ("waiting_chat", Msg::S(ServerMsg::WaitingChat {
            participant: patient.clone(),
            from_patient: true,
            display_name: DisplayName::new("J. Jansen").unwrap(),
            text: "I am here, a few minutes early.".into(),
            at_ms: 1_795_860_190_000,
        })),
        ("chat_history", Msg::S(ServerMsg::ChatHistory {
            messages: vec![
                ChatRecord {
                    mine: true,
                    from_clinic: false,
                    display_name: DisplayName::new("J. Jansen").unwrap(),
                    text: "I am here, a few minutes early.".into(),
                    at_ms: 1_795_860_190_000,
                },
                ChatRecord {
                    mine: false,
                    from_clinic: true,
                    display_name: DisplayName::new("Dr. Ada Lovelace").unwrap(),
                    text: "Thank you, I will let you in shortly.".into(),
                    at_ms: 1_795_860_200_000,
                },
            ],
        })),
        ("waiting_chat_history", Msg::S(ServerMsg::WaitingChatHistory {
            participant: patient.clone(),
            messages: vec![ChatRecord {
                mine: false,
                from_clinic: false,
                display_name: DisplayName::new("J. Jansen").unwrap(),
                text: "I am here, a few minutes early.".into(),
                at_ms: 1_795_860_190_000,
            }],
        })),
        ("patient_left_waiting", Msg::S(ServerMsg::PatientLeftWaiting { participant: patient, admitted: true })),
    ]
}

#[derive(Debug, PartialEq)]
enum Msg {
    C(ClientMsg),
    S(ServerMsg),
    /// An HTTP error body from `/files`.
    F(FileError),
}

impl Msg {
    fn to_json(&self) -> String {
        match self {
            Msg::C(m) => serde_json::to_string(m).unwrap(),
            Msg::S(m) => serde_json::to_string(m).unwrap(),
            Msg::F(m) => serde_json::to_string(m).unwrap(),
        }
    }

    fn parse_like(&self, json: &str) -> Msg {
        match self {
            Msg::C(_) => Msg::C(serde_json::from_str(json).unwrap()),
            Msg::S(_) => Msg::S(serde_json::from_str(json).unwrap()),
            Msg::F(_) => Msg::F(serde_json::from_str(json).unwrap()),
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn messages_match_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let dir = root().join("tests/golden");
    for (name, msg) in examples() {
        let json = msg.to_json();
        let path = dir.join(format!("{name}.json"));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, format!("{json}\n")).unwrap();
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path:?}"));
        assert_eq!(json, golden.trim_end(), "{name}: serialised form changed");
        assert_eq!(
            msg.parse_like(golden.trim_end()),
            msg,
            "{name}: does not parse back"
        );
    }
}

#[test]
fn every_client_message_type_has_a_golden_example() {
    let names: Vec<String> = examples()
        .iter()
        .filter(|(_, m)| matches!(m, Msg::C(_)))
        .map(|(_, m)| m.to_json().split('"').nth(3).unwrap().to_owned())
        .collect();
    for t in CLIENT_MSG_TYPES {
        assert!(names.iter().any(|n| n == t), "no golden example of {t}");
    }
    for n in &names {
        assert!(
            CLIENT_MSG_TYPES.contains(&n.as_str()),
            "{n} is not in CLIENT_MSG_TYPES"
        );
    }
}

#[test]
fn protocol_reference_quotes_every_golden_example() {
    let doc = std::fs::read_to_string(root().join("../docs/protocol.md")).unwrap();
    for (name, msg) in examples() {
        assert!(
            doc.contains(&msg.to_json()),
            "docs/protocol.md does not show the {name} example:\n{}",
            msg.to_json()
        );
    }
}
