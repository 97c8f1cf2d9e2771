//! Rooms: joining (with a token, or by name in an open room), entering,
//! leaving, ending a consultation. (The SFU's events: `media.rs`.)

use super::*;

impl Core {
    pub(super) fn join(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        protocol_version: u16,
        room: RoomName,
        display_name: DisplayName,
        claims: Option<Box<JoinClaims>>,
    ) {
        if protocol_version != PROTOCOL_VERSION {
            self.error(
                conn,
                Some(request_id),
                ErrorCode::UnsupportedProtocolVersion,
            );
            return;
        }
        // A room is entered with a join token for it, or by name alone only
        // when the server runs with open rooms (development).
        let (display_name, grants, capacity) = match claims {
            Some(claims) if claims.room != room => {
                self.error(conn, Some(request_id), ErrorCode::InvalidToken);
                return;
            }
            Some(claims) => {
                let claims = *claims;
                let capacity = usize::try_from(claims.max_participants)
                    .unwrap_or(usize::MAX)
                    .min(self.config.max_participants_per_room);
                let now = self.now;
                if let Some(s) = self.sessions.get_mut(&conn) {
                    s.sub = Some(claims.sub.clone());
                    s.role = Some(claims.role);
                    s.language.clone_from(&claims.language);
                }
                // Back within the grace after being in this room: no new
                // admission.
                let mut was_in = self
                    .recently_in
                    .take(&(room.clone(), claims.sub.clone()), now)
                    .is_some();
                // Still in the room on an older connection (a reload or a
                // network switch the server has not noticed yet): the new
                // connection takes over.
                let older: Vec<ConnId> = self
                    .sessions
                    .iter()
                    .filter(|(c, s)| {
                        **c != conn
                            && s.sub.as_deref() == Some(claims.sub.as_str())
                            && s.joined().is_some_and(|(r, _)| *r == room)
                    })
                    .map(|(c, _)| *c)
                    .collect();
                for old in older {
                    self.send(
                        old,
                        ServerMsg::Disconnected {
                            reason: LeaveReason::OpenedElsewhere,
                        },
                    );
                    self.leave(old, LeaveReason::Left, true);
                    self.close(old);
                    was_in = true;
                }
                // In this room on another node: sent over there (below),
                // where they are let back in; if that node died, they come
                // back in here (the room is re-homed) within the grace.
                was_in |= self
                    .remote_members
                    .contains_key(&(room.clone(), claims.sub.clone()));
                if let Some(waiting) = claims.waiting.filter(|_| !was_in) {
                    // Waiting here in another window or on another device:
                    // this one takes the place over (one entry in the list,
                    // the same place in the line); the other is told.
                    let here = self
                        .waiting
                        .values()
                        .find(|w| w.conn != conn && w.sub == claims.sub && w.entry.room == room)
                        .map(|w| w.conn)
                        .and_then(|old| {
                            let waiter = self.stop_waiting(old, false)?;
                            self.send(
                                old,
                                ServerMsg::Disconnected {
                                    reason: LeaveReason::OpenedElsewhere,
                                },
                            );
                            self.close(old);
                            Some((waiter.entry.participant, waiter.entry.since_ms))
                        });
                    // Waiting on another node a moment ago (it died, or the
                    // network moved them here): the same entry, taken over.
                    let adopted = here.or_else(|| {
                        self.remote_waiting
                            .iter()
                            .find(|(_, (_, w))| w.sub == claims.sub && w.entry.room == room)
                            .map(|(p, _)| p.clone())
                            .and_then(|p| self.remote_waiting.remove(&p))
                            .map(|(_, w)| (w.entry.participant, w.entry.since_ms))
                    });
                    // Back within the grace after waiting: the same place in
                    // the list.
                    let since_ms = match adopted
                        .as_ref()
                        .map(|(_, since)| *since)
                        .or_else(|| self.recently_waiting.take(&claims.sub, now))
                    {
                        Some(since) => since,
                        None => {
                            self.last_arrival_ms = self.wall_ms.max(self.last_arrival_ms + 1);
                            self.last_arrival_ms
                        }
                    };
                    let entry = WaitingEntry {
                        participant: adopted.map_or_else(new_participant_id, |(p, _)| p),
                        display_name: claims.name,
                        role: claims.role,
                        room,
                        marker: waiting.marker,
                        starts_at_ms: waiting.starts_at.map(|s| s.saturating_mul(1000)),
                        duration_minutes: waiting.duration_minutes,
                        since_ms,
                        connection: self.sessions.get(&conn).and_then(|s| s.connection),
                    };
                    let waiter = Waiter {
                        conn,
                        request_id,
                        entry,
                        queues: waiting.queues,
                        grants: claims.grants,
                        capacity,
                        sub: claims.sub,
                        told: None,
                    };
                    if self.may_auto_admit(&waiter) {
                        let Waiter {
                            conn,
                            request_id,
                            entry,
                            grants,
                            ..
                        } = waiter;
                        let room = entry.room.clone();
                        tracing::info!(room = %room, participant = %entry.participant, "admitted on arrival (force start)");
                        self.enter(
                            conn,
                            request_id,
                            entry.room,
                            entry.participant,
                            entry.display_name,
                            grants,
                        );
                        // A patient's arrival may let waiting external
                        // participants in.
                        self.auto_admit_waiting(&room);
                    } else {
                        self.start_waiting(waiter);
                    }
                    return;
                }
                (claims.name, claims.grants, capacity)
            }
            None if self.config.open_rooms && admission::may_enter_open(&room) => (
                display_name,
                OPEN_ROOM_GRANTS.to_vec(),
                self.config.max_participants_per_room,
            ),
            None => {
                self.error(conn, Some(request_id), ErrorCode::RoomNotFound);
                return;
            }
        };
        // Another node holds the room: over there.
        if !self.rooms.contains_key(&room) {
            if let Some((_, url)) = self.remote_rooms.get(&room).cloned() {
                self.send(conn, ServerMsg::Moved { request_id, url });
                self.close(conn);
                return;
            }
        }
        let role = self.sessions.get(&conn).and_then(|s| s.role);
        if let Err(code) = admission::may_enter(role, capacity, self.place(&room)) {
            self.error(conn, Some(request_id), code);
            return;
        }
        self.enter(
            conn,
            request_id,
            room,
            new_participant_id(),
            display_name,
            grants,
        );
    }

    /// Puts a connection's participant into a room: they get `joined`, the
    /// others `participant_joined`, and the SFU a new participant.
    pub(super) fn enter(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        room: RoomName,
        participant: ParticipantId,
        display_name: DisplayName,
        grants: Vec<Grant>,
    ) {
        // They speak the organisation's language, if captions can hear it.
        let org_language = self.sessions.get(&conn).and_then(|s| s.language.clone());
        let spoken_language = org_language
            .filter(|l| self.captions_languages.contains(l))
            .unwrap_or_else(|| self.config.captions_language.clone());
        let info = ParticipantInfo {
            id: participant.clone(),
            display_name,
            tracks: Vec::new(),
            audio_muted: false,
            video_muted: false,
            spoken_language: Some(spoken_language.clone()),
        };
        let others: Vec<ParticipantInfo> = self
            .rooms
            .get(&room)
            .map(|r| r.members.values().map(|m| m.info.clone()).collect())
            .unwrap_or_default();
        self.broadcast(
            &room,
            None,
            ServerMsg::ParticipantJoined {
                participant: info.clone(),
            },
        );
        if !self.rooms.contains_key(&room) {
            let url = self.config.ws_url.clone().unwrap_or_default();
            self.publish(
                Target::All,
                ClusterMsg::RoomOpened {
                    room: room.clone(),
                    url,
                },
            );
        }
        self.rooms.entry(room.clone()).or_default().members.insert(
            participant.clone(),
            Member {
                conn,
                info,
                language_chosen: false,
            },
        );
        if let Some(sub) = self.sessions.get(&conn).and_then(|s| s.sub.clone()) {
            self.publish(
                Target::All,
                ClusterMsg::Entered {
                    room: room.clone(),
                    sub,
                },
            );
        }
        self.conn_of.insert(participant.clone(), conn);
        let files_key = grants.contains(&Grant::Files).then(|| new_secret("fk"));
        if let Some(key) = &files_key {
            self.file_keys.insert(key.clone(), conn);
        }
        let resume_key = new_secret("rk");
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.stage = Stage::Joined(room.clone(), participant.clone());
            s.grants.clone_from(&grants);
            s.files_key.clone_from(&files_key);
            s.resume_key = Some(resume_key.clone());
        }
        tracing::info!(room = %room, participant = %participant, "participant joined");
        let files: Vec<SharedFile> = self
            .rooms
            .get(&room)
            .map(|r| r.files.list().cloned().collect())
            .unwrap_or_default();
        self.send(
            conn,
            ServerMsg::Joined {
                request_id,
                protocol_version: PROTOCOL_VERSION,
                room: room.clone(),
                participant: participant.clone(),
                participants: others,
                grants,
                files_key,
                spoken_language: Some(spoken_language.clone()),
                resume_key: Some(resume_key),
            },
        );
        for file in files {
            self.send(conn, ServerMsg::FileShared { file });
        }
        // The conversation so far (the waiting room's included).
        if self.granted(conn, Grant::Chat) {
            self.load_chat(vec![conn], &room, None);
        }
        if self.granted(conn, Grant::Admit) {
            let viewer = Viewer::in_room(&room, self.grants_of(conn));
            for entry in self.waiting_seen_by(&viewer) {
                self.send(conn, ServerMsg::PatientWaiting { entry });
            }
        }
        if self.granted(conn, Grant::KeepTranscript) {
            if let Some(r) = self.rooms.get_mut(&room) {
                r.keep_transcript = true;
            }
        }
        let tapped = self
            .rooms
            .get(&room)
            .filter(|r| !r.caption_viewers.is_empty())
            .map(Room::reads_english);
        self.command_sfu(SfuCommand::Join {
            room,
            participant: participant.clone(),
        });
        if let Some(english) = tapped {
            self.command_sfu(SfuCommand::Tap {
                participant,
                on: true,
                language: spoken_language.to_string(),
                english,
                detect: true,
            });
        }
    }

    /// Takes the connection's participant out of its room and tells the
    /// others. `tell_sfu` is false when the SFU itself removed them.
    pub(super) fn leave(&mut self, conn: ConnId, reason: LeaveReason, tell_sfu: bool) {
        let Some(Stage::Joined(room, participant)) = self
            .sessions
            .get_mut(&conn)
            .and_then(|s| s.end_stage(|s| matches!(s, Stage::Joined(..))))
        else {
            return;
        };
        // Whoever leaves (or drops) may come back within the grace without
        // a new admission.
        if let Some(sub) = self.sessions.get(&conn).and_then(|s| s.sub.clone()) {
            self.recently_in
                .remember((room.clone(), sub.clone()), (), self.now);
            self.publish(
                Target::All,
                ClusterMsg::Exited {
                    room: room.clone(),
                    sub,
                },
            );
        }
        if let Some(key) = self
            .sessions
            .get_mut(&conn)
            .and_then(|s| s.files_key.take())
        {
            self.file_keys.remove(&key);
        }
        self.conn_of.remove(&participant);
        let was_viewing = self
            .rooms
            .get(&room)
            .is_some_and(|r| r.caption_viewers.contains_key(&conn));
        if was_viewing {
            self.set_captions(conn, &room, Reading::Off);
        }
        if let Some(r) = self.rooms.get_mut(&room) {
            r.members.remove(&participant);
            if r.members.is_empty() {
                // The consultation is over for everyone: its files go with it.
                if let Some(r) = self.rooms.remove(&room) {
                    self.file_bytes -= r.files.bytes();
                }
                self.publish(Target::All, ClusterMsg::RoomClosed { room: room.clone() });
            }
        }
        tracing::info!(room = %room, participant = %participant, ?reason, "participant left");
        self.broadcast(
            &room,
            None,
            ServerMsg::ParticipantLeft {
                participant: participant.clone(),
                reason,
            },
        );
        if tell_sfu {
            self.command_sfu(SfuCommand::Leave { participant });
        }
    }

    /// Ends the consultation in `room`: everyone in it and everyone waiting
    /// for it is told and let go, and nobody comes back by the grace.
    pub(super) fn end(&mut self, conn: ConnId, request_id: RequestId, room: RoomName) {
        if !self.granted(conn, Grant::Admit) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        self.send(conn, ServerMsg::Ack { request_id });
        let members: Vec<ConnId> = self
            .rooms
            .get(&room)
            .map(|r| r.members.values().map(|m| m.conn).collect())
            .unwrap_or_default();
        for member in members {
            self.send(
                member,
                ServerMsg::Disconnected {
                    reason: LeaveReason::Ended,
                },
            );
            self.leave(member, LeaveReason::Ended, true);
            self.close(member);
        }
        self.end_waiting(&room);
        self.publish(Target::All, ClusterMsg::RoomEnded { room: room.clone() });
        tracing::info!(room = %room, "consultation ended");
    }
}
