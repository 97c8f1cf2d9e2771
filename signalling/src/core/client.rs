//! What a connection's message means: each `ClientMsg`, in the state the
//! connection is in (nothing yet, waiting, watching, in a room, testing
//! media), goes to the part of the core that handles it.

use super::*;

impl Core {
    pub(super) fn handle_client(
        &mut self,
        conn: ConnId,
        msg: ClientMsg,
        claims: Option<Box<JoinClaims>>,
    ) {
        // A media test still running is over once the real call begins.
        if matches!(msg, ClientMsg::Join { .. } | ClientMsg::Watch { .. })
            && self
                .sessions
                .get(&conn)
                .is_some_and(|s| s.probing().is_some())
        {
            self.end_probe(conn, None);
        }
        let Some(session) = self.sessions.get(&conn) else {
            return;
        };
        let joined = session
            .joined()
            .map(|(room, participant)| (room.clone(), participant.clone()));
        let busy = matches!(session.stage, Stage::Waiting(_) | Stage::Watching(_));
        let may_publish = session.grants.contains(&Grant::Publish);
        let probing = session
            .probing()
            .map(|(participant, _)| participant.clone());
        match (msg, joined) {
            (ClientMsg::GetIceServers { request_id }, _) => {
                let (servers, expires_at) = match &self.config.turn {
                    // Named by connection: nothing personal in coturn's logs.
                    Some(turn) => {
                        let (servers, expires) =
                            turn.credentials(&format!("c{}", conn.0), self.wall_ms / 1000);
                        (servers, Some(expires))
                    }
                    None => (Vec::new(), None),
                };
                self.send(
                    conn,
                    ServerMsg::IceServers {
                        request_id,
                        servers,
                        expires_at,
                    },
                );
            }
            (
                ClientMsg::Resume {
                    request_id,
                    participant,
                    key,
                },
                None,
            ) if !busy => self.resume(conn, request_id, participant, &key),
            (ClientMsg::Resume { request_id, .. }, _) => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined)
            }
            (ClientMsg::Probe { request_id, sdp }, None) if !busy => {
                self.probe(conn, request_id, sdp)
            }
            (ClientMsg::Probe { request_id, .. }, _) => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined)
            }
            (ClientMsg::Candidate { candidate }, None) if probing.is_some() => {
                if let Some(participant) = probing {
                    self.command_sfu(SfuCommand::Candidate {
                        participant,
                        candidate,
                    });
                }
            }
            (ClientMsg::Join { request_id, .. } | ClientMsg::Watch { request_id, .. }, None)
                if busy =>
            {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined);
            }
            (
                ClientMsg::Join {
                    request_id,
                    protocol_version,
                    room,
                    display_name,
                    connection,
                    ..
                },
                None,
            ) => {
                if let Some(s) = self.sessions.get_mut(&conn) {
                    s.connection = connection;
                }
                self.join(
                    conn,
                    request_id,
                    protocol_version,
                    room,
                    display_name,
                    claims,
                );
            }
            (ClientMsg::Watch { request_id, .. }, None) => self.watch(conn, request_id, claims),
            (ClientMsg::Watch { request_id, .. }, Some(_)) => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined)
            }
            (
                ClientMsg::Admit {
                    request_id,
                    participant,
                },
                joined,
            ) => {
                self.admit(
                    conn,
                    request_id,
                    &participant,
                    joined.as_ref().map(|(room, _)| room),
                );
            }
            (ClientMsg::Chat { request_id, text }, Some((room, participant))) => {
                self.chat_in_room(conn, request_id, &room, participant, text)
            }
            (ClientMsg::Chat { request_id, text }, None) if busy => {
                self.chat_from_waiting(conn, request_id, text)
            }
            (
                ClientMsg::ChatToWaiting {
                    request_id,
                    participant,
                    text,
                },
                None,
            ) if busy => {
                self.chat_to_waiting(conn, request_id, &participant, text);
            }
            (ClientMsg::ChatToWaiting { request_id, .. }, Some(_)) => {
                self.error(conn, Some(request_id), ErrorCode::NotAllowed)
            }
            (ClientMsg::End { request_id }, Some((room, _))) => self.end(conn, request_id, room),
            (ClientMsg::SetAutoAdmit { request_id, on }, Some((room, _))) => {
                if !self.granted(conn, Grant::ForceStart) {
                    self.error(conn, Some(request_id), ErrorCode::NotAllowed);
                    return;
                }
                if let Some(r) = self.rooms.get_mut(&room) {
                    r.auto_admit = on;
                }
                self.send(conn, ServerMsg::Ack { request_id });
                self.auto_admit_waiting(&room);
            }
            (
                ClientMsg::SetCaptions {
                    request_id,
                    on,
                    language,
                },
                Some((room, _)),
            ) => {
                if on && self.captions_state == CaptionsState::Unavailable {
                    self.error(conn, Some(request_id), ErrorCode::CaptionsUnavailable);
                    return;
                }
                // A multilingual model translates into English itself.
                // Otherwise, without a translator, reading the service's
                // language is reading captions as spoken.
                let whisper_english = self.captions_languages.len() > 1
                    && language.as_ref().is_some_and(LanguageCode::is_english);
                let language = language.filter(|l| {
                    self.config.translator.is_some()
                        || whisper_english
                        || *l != self.config.captions_language
                });
                if language.is_some() && self.config.translator.is_none() && !whisper_english {
                    self.error(conn, Some(request_id), ErrorCode::TranslationUnavailable);
                    return;
                }
                let reading = match (on, language) {
                    (false, _) => Reading::Off,
                    (true, None) => Reading::AsSpoken,
                    (true, Some(language)) => Reading::In(language),
                };
                self.set_captions(conn, &room, reading);
                self.send(conn, ServerMsg::Ack { request_id });
                if on {
                    self.send(
                        conn,
                        ServerMsg::CaptionsLanguages {
                            spoken: self.captions_languages.clone(),
                            read: self.readable_languages(),
                        },
                    );
                }
                if on && self.captions_state == CaptionsState::Delayed {
                    self.send(
                        conn,
                        ServerMsg::CaptionsState {
                            state: CaptionsState::Delayed,
                        },
                    );
                }
            }
            (
                ClientMsg::SetSpokenLanguage {
                    request_id,
                    participant,
                    language,
                },
                Some((room, _)),
            ) => {
                self.set_spoken_language(conn, request_id, &room, participant, language);
            }
            (ClientMsg::Leave { request_id }, None) if busy => {
                self.stop_waiting(conn, false);
                if let Some(s) = self.sessions.get_mut(&conn) {
                    s.end_stage(|stage| matches!(stage, Stage::Watching(_)));
                }
                self.send(conn, ServerMsg::Ack { request_id });
            }
            (
                ClientMsg::Offer {
                    request_id, sdp, ..
                },
                Some(_),
            ) if !may_publish && sdp_sends(&sdp) => {
                self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            }
            (
                ClientMsg::Offer {
                    request_id, screen, ..
                },
                Some(_),
            ) if !screen_mids_valid(&screen) => {
                self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
            }
            (
                ClientMsg::Offer {
                    request_id, screen, ..
                },
                Some(_),
            ) if !screen.is_empty() && !self.granted(conn, Grant::ScreenShare) => {
                self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            }
            (ClientMsg::Join { request_id, .. }, Some(_)) => {
                self.error(conn, Some(request_id), ErrorCode::AlreadyJoined);
            }
            (
                ClientMsg::Offer {
                    request_id,
                    sdp,
                    screen,
                },
                Some((_, participant)),
            ) => {
                self.command_sfu(SfuCommand::Offer {
                    participant,
                    request_id,
                    sdp,
                    screen,
                });
            }
            (ClientMsg::Answer { request_id, sdp }, Some((_, participant))) => {
                self.command_sfu(SfuCommand::Answer {
                    participant,
                    request_id,
                    sdp,
                });
            }
            (ClientMsg::Candidate { candidate }, Some((_, participant))) => {
                self.command_sfu(SfuCommand::Candidate {
                    participant,
                    candidate,
                });
            }
            (ClientMsg::EndOfCandidates, Some(_)) => {}
            (
                ClientMsg::SetVideoSize {
                    track,
                    width,
                    height,
                },
                Some((_, participant)),
            ) => {
                self.command_sfu(SfuCommand::SetVideoSize {
                    participant,
                    track,
                    width,
                    height,
                });
            }
            (
                ClientMsg::SetMute {
                    request_id,
                    kind,
                    muted,
                },
                Some((room, participant)),
            ) => {
                if let Some(member) = self
                    .rooms
                    .get_mut(&room)
                    .and_then(|r| r.members.get_mut(&participant))
                {
                    match kind {
                        MediaKind::Audio => member.info.audio_muted = muted,
                        MediaKind::Video => member.info.video_muted = muted,
                    }
                }
                self.send(conn, ServerMsg::Ack { request_id });
                self.broadcast(
                    &room,
                    Some(&participant),
                    ServerMsg::MuteChanged {
                        participant: participant.clone(),
                        kind,
                        muted,
                    },
                );
            }
            (ClientMsg::Leave { request_id }, Some(_)) => {
                self.leave(conn, LeaveReason::Left, true);
                self.send(conn, ServerMsg::Ack { request_id });
            }
            (msg, None) => {
                let request_id = request_id_of(&msg);
                self.error(conn, request_id, ErrorCode::NotJoined);
            }
        }
    }
}
