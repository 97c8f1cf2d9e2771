//! Waiting areas and waiting lists: who waits where, who follows them,
//! the estimate each patient is told, and letting people in (by staff,
//! by force start, or from another node). Who may see and admit whom is
//! `crate::admission`'s one rule, asked by every path here.

use super::*;

impl Core {
    /// Everyone waiting, here or on another node, whom `viewer` may see
    /// (`admission::may_see`), in no particular order.
    pub(super) fn waiting_seen_by(&self, viewer: &Viewer<'_>) -> Vec<WaitingEntry> {
        let sees = |queues: &[Queue], entry: &WaitingEntry| {
            admission::may_see(
                viewer,
                &Waited {
                    queues,
                    room: Some(&entry.room),
                },
            )
        };
        let local = self
            .waiting
            .values()
            .filter(|w| sees(&w.queues, &w.entry))
            .map(|w| w.entry.clone());
        let remote = self
            .remote_waiting
            .values()
            .filter(|(_, w)| sees(&w.queues, &w.entry))
            .map(|(_, w)| w.entry.clone());
        local.chain(remote).collect()
    }

    /// Whether a new arrival goes straight in: the room is force-started,
    /// has space, and (for an external participant) has the patient.
    pub(super) fn may_auto_admit(&self, waiter: &Waiter) -> bool {
        self.rooms
            .get(&waiter.entry.room)
            .is_some_and(|r| r.auto_admit)
            && self.may_enter(waiter).is_ok()
    }

    /// Lets in everyone waiting for a force-started room who may come in
    /// now: patients first, then (with the patient there) the others.
    pub(super) fn auto_admit_waiting(&mut self, room: &RoomName) {
        if !self.rooms.get(room).is_some_and(|r| r.auto_admit) {
            return;
        }
        loop {
            let mut ready: Vec<(bool, u64, ConnId)> = self
                .waiting
                .values()
                .filter(|w| w.entry.room == *room && self.may_auto_admit(w))
                .map(|w| (w.entry.role != JoinRole::Patient, w.entry.since_ms, w.conn))
                .collect();
            ready.sort();
            let Some(&(_, _, conn)) = ready.first() else {
                return;
            };
            let Some(waiter) = self.stop_waiting(conn, true) else {
                return;
            };
            let Waiter {
                conn,
                request_id,
                entry,
                grants,
                ..
            } = waiter;
            tracing::info!(room = %entry.room, participant = %entry.participant, "admitted on arrival (force start)");
            self.enter(
                conn,
                request_id,
                entry.room,
                entry.participant,
                entry.display_name,
                grants,
            );
        }
    }

    pub(super) fn patient_in(&self, room: &RoomName) -> bool {
        self.rooms.get(room).is_some_and(|r| {
            r.members.values().any(|m| {
                self.sessions
                    .get(&m.conn)
                    .is_some_and(|s| s.role == Some(JoinRole::Patient))
            })
        })
    }

    /// `room` as the entry rule sees it from here.
    pub(super) fn place(&self, room: &RoomName) -> Place {
        match self.rooms.get(room) {
            Some(r) => Place::Here {
                members: r.members.len(),
                patient: self.patient_in(room),
            },
            None if self.remote_rooms.contains_key(room) => Place::Elsewhere,
            None => Place::Nowhere,
        }
    }

    pub(super) fn start_waiting(&mut self, waiter: Waiter) {
        let (conn, participant) = (waiter.conn, waiter.entry.participant.clone());
        self.send(
            conn,
            ServerMsg::Waiting {
                request_id: waiter.request_id,
                room: waiter.entry.room.clone(),
            },
        );
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.stage = Stage::Waiting(participant.clone());
        }
        tracing::info!(room = %waiter.entry.room, participant = %participant, "waiting for admission");
        self.tell_followers(
            &waiter.queues,
            &waiter.entry.room,
            ServerMsg::PatientWaiting {
                entry: waiter.entry.clone(),
            },
        );
        // The conversation so far: to them (a reload, another window), and
        // to the watchers who may write to them.
        if waiter.grants.contains(&Grant::WaitingChat) {
            let room = waiter.entry.room.clone();
            self.load_chat(vec![conn], &room, None);
            let watchers = self.watchers_chatting(&waiter.queues, &room);
            self.load_chat(watchers, &room, Some(participant.clone()));
        }
        let shared = SharedWaiter {
            entry: waiter.entry.clone(),
            queues: waiter.queues.clone(),
            sub: waiter.sub.clone(),
        };
        self.publish(Target::All, ClusterMsg::Waiting { waiter: shared });
        let line = estimate::line(&waiter.queues).cloned();
        self.waiting.insert(participant, waiter);
        self.tell_estimates(line.as_ref());
    }

    /// Tells each patient here who waits in `line` where they stand, when
    /// that has changed (another place in the line, or a turn a minute or
    /// more away from the last one told).
    pub(super) fn tell_estimates(&mut self, line: Option<&Queue>) {
        let Some(line) = line else { return };
        let in_line = |queues: &[Queue], entry: &WaitingEntry| {
            estimate::line(queues) == Some(line) && estimate::takes_a_place(entry)
        };
        let everyone: Vec<&WaitingEntry> = self
            .waiting
            .values()
            .filter(|w| in_line(&w.queues, &w.entry))
            .map(|w| &w.entry)
            .chain(
                self.remote_waiting
                    .values()
                    .filter(|(_, w)| in_line(&w.queues, &w.entry))
                    .map(|(_, w)| &w.entry),
            )
            .collect();
        let now = self.wall_ms;
        let news: Vec<(ParticipantId, u32, u64)> = self
            .waiting
            .values()
            .filter(|w| in_line(&w.queues, &w.entry))
            .filter_map(|w| {
                let (ahead, wait_ms) = estimate::estimate(&w.entry, everyone.iter().copied(), now);
                let turn = now + wait_ms;
                let same = w
                    .told
                    .is_some_and(|(a, t)| a == ahead && t.abs_diff(turn) < 60_000);
                (!same).then(|| (w.entry.participant.clone(), ahead, wait_ms))
            })
            .collect();
        for (participant, ahead, wait_ms) in news {
            if let Some(w) = self.waiting.get_mut(&participant) {
                w.told = Some((ahead, now + wait_ms));
                let conn = w.conn;
                self.send(conn, ServerMsg::WaitEstimate { ahead, wait_ms });
            }
        }
    }

    /// Takes the connection's waiting person out of the waiting area, and
    /// tells the watchers; returns them.
    pub(super) fn stop_waiting(&mut self, conn: ConnId, admitted: bool) -> Option<Waiter> {
        let Some(Stage::Waiting(participant)) = self
            .sessions
            .get_mut(&conn)
            .and_then(|s| s.end_stage(|s| matches!(s, Stage::Waiting(_))))
        else {
            return None;
        };
        let waiter = self.waiting.remove(&participant)?;
        self.tell_followers(
            &waiter.queues,
            &waiter.entry.room,
            ServerMsg::PatientLeftWaiting {
                participant: participant.clone(),
                admitted,
            },
        );
        self.publish(
            Target::All,
            ClusterMsg::LeftWaiting {
                participant,
                admitted,
            },
        );
        self.tell_estimates(estimate::line(&waiter.queues));
        Some(waiter)
    }

    /// Tells everyone here who follows a waiting person about them: the
    /// watchers of their `queues`, and those in the `room` they wait for
    /// who may admit (staff in the consultation).
    pub(super) fn tell_followers(&mut self, queues: &[Queue], room: &RoomName, msg: ServerMsg) {
        let waited = Waited {
            queues,
            room: Some(room),
        };
        let admitters: Vec<ConnId> = self
            .rooms
            .get(room)
            .map(|r| {
                r.members
                    .values()
                    .map(|m| m.conn)
                    .filter(|c| {
                        admission::may_see(&Viewer::in_room(room, self.grants_of(*c)), &waited)
                    })
                    .collect()
            })
            .unwrap_or_default();
        for conn in admitters {
            self.send(conn, msg.clone());
        }
        self.tell_watchers(&waited, msg);
    }

    /// The watchers here who may write to someone waiting in `queues` for
    /// `room`.
    fn watchers_chatting(&self, queues: &[Queue], room: &RoomName) -> Vec<ConnId> {
        let waited = Waited {
            queues,
            room: Some(room),
        };
        self.sessions
            .iter()
            .filter(|(_, s)| {
                s.watcher().is_some_and(|w| {
                    w.grants.contains(&Grant::Chat) && admission::may_chat(&w.viewer(), &waited)
                })
            })
            .map(|(c, _)| *c)
            .collect()
    }

    /// Tells the watchers here who may see `waited`.
    pub(super) fn tell_watchers(&mut self, waited: &Waited<'_>, msg: ServerMsg) {
        let conns: Vec<ConnId> = self
            .sessions
            .iter()
            .filter(|(_, s)| {
                s.watcher()
                    .is_some_and(|w| admission::may_see(&w.viewer(), waited))
            })
            .map(|(c, _)| *c)
            .collect();
        for conn in conns {
            self.send(conn, msg.clone());
        }
    }

    pub(super) fn watch(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        claims: Option<Box<JoinClaims>>,
    ) {
        let Some(claims) = claims.filter(|c| !c.watch.is_empty()) else {
            self.error(conn, Some(request_id), ErrorCode::InvalidToken);
            return;
        };
        let claims = *claims;
        let watcher = Watcher {
            queues: claims.watch,
            own_clients_only: claims.own_clients_only,
            grants: claims.grants,
            name: claims.name,
        };
        let mut entries = self.waiting_seen_by(&watcher.viewer());
        entries.sort_by_key(|e| e.since_ms);
        // What each of them wrote before this watcher opened the list.
        let chats: Vec<(RoomName, ParticipantId)> = if watcher.grants.contains(&Grant::Chat) {
            let viewer = watcher.viewer();
            entries
                .iter()
                .filter(|e| {
                    self.queues_of(&e.participant).is_some_and(|queues| {
                        admission::may_chat(
                            &viewer,
                            &Waited {
                                queues: &queues,
                                room: Some(&e.room),
                            },
                        )
                    })
                })
                .map(|e| (e.room.clone(), e.participant.clone()))
                .collect()
        } else {
            Vec::new()
        };
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.stage = Stage::Watching(watcher);
        }
        self.send(
            conn,
            ServerMsg::WaitingList {
                request_id,
                entries,
            },
        );
        for (room, participant) in chats {
            self.load_chat(vec![conn], &room, Some(participant));
        }
    }

    /// The queues someone waits in, here or on another node.
    fn queues_of(&self, participant: &ParticipantId) -> Option<Vec<Queue>> {
        self.waiting
            .get(participant)
            .map(|w| w.queues.clone())
            .or_else(|| {
                self.remote_waiting
                    .get(participant)
                    .map(|(_, w)| w.queues.clone())
            })
    }

    /// Sends everyone waiting here for `room` home (the consultation has
    /// ended), and forgets who may come back to it.
    pub(super) fn end_waiting(&mut self, room: &RoomName) {
        let waiting: Vec<ConnId> = self
            .waiting
            .values()
            .filter(|w| w.entry.room == *room)
            .map(|w| w.conn)
            .collect();
        for waiter in waiting {
            self.send(
                waiter,
                ServerMsg::Disconnected {
                    reason: LeaveReason::Ended,
                },
            );
            self.stop_waiting(waiter, false);
            self.close(waiter);
        }
        self.recently_in.forget(|(r, _)| r == room);
    }

    /// `admit` from `conn`, who is in `room` (if any): allowed with the
    /// admit grant, to a watcher of one of the person's queues or to
    /// someone in the room they wait for.
    pub(super) fn admit(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        participant: &ParticipantId,
        room: Option<&RoomName>,
    ) {
        let viewer = match self.sessions.get(&conn).and_then(Session::watcher) {
            Some(w) => Viewer { room, ..w.viewer() },
            None => Viewer {
                watch: None,
                room,
                grants: self.grants_of(conn),
            },
        };
        if !viewer.grants.contains(&Grant::Admit) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        let may_admit = |queues: &[Queue], entry: &WaitingEntry| {
            admission::may_admit(
                &viewer,
                &Waited {
                    queues,
                    room: Some(&entry.room),
                },
            )
        };
        // Someone waiting on another node: the checks this node can make,
        // then the request goes to their node.
        if let Some((node, shared)) = self.remote_waiting.get(participant) {
            // Someone the caller may not admit is, to them, not waiting.
            if !may_admit(&shared.queues, &shared.entry) {
                self.error(conn, Some(request_id), ErrorCode::NotWaiting);
                return;
            }
            // Space is their node's to judge (it holds their capacity);
            // the patient's presence is checked here when the room is here.
            let place = match self.place(&shared.entry.room) {
                here @ Place::Here { .. } => here,
                _ => Place::Elsewhere,
            };
            if let Err(code) = admission::may_enter(Some(shared.entry.role), usize::MAX, place) {
                self.error(conn, Some(request_id), code);
                return;
            }
            let node = node.clone();
            self.publish(
                Target::Node(node),
                ClusterMsg::Admit {
                    participant: participant.clone(),
                    by: SharedViewer::of(&viewer),
                },
            );
            self.send(conn, ServerMsg::Ack { request_id });
            return;
        }
        // Someone the caller may not see is, to them, not waiting.
        let Some(waiter) = self.waiting.get(participant) else {
            self.error(conn, Some(request_id), ErrorCode::NotWaiting);
            return;
        };
        if !may_admit(&waiter.queues, &waiter.entry) {
            self.error(conn, Some(request_id), ErrorCode::NotWaiting);
            return;
        }
        if let Err(code) = self.may_enter(waiter) {
            self.error(conn, Some(request_id), code);
            return;
        }
        let waiter_conn = waiter.conn;
        self.send(conn, ServerMsg::Ack { request_id });
        self.let_in(waiter_conn);
    }

    /// Whether a waiting person may come in now: the room (if this node
    /// holds it) has space, and an external participant needs the patient
    /// there.
    pub(super) fn may_enter(&self, waiter: &Waiter) -> Result<(), ErrorCode> {
        admission::may_enter(
            Some(waiter.entry.role),
            waiter.capacity,
            self.place(&waiter.entry.room),
        )
    }

    /// Lets a person waiting on this node in: into the room here, or, when
    /// another node holds the room, over there: that node is told to
    /// expect them, and they are sent its address.
    pub(super) fn let_in(&mut self, waiter_conn: ConnId) {
        let Some(waiter) = self.stop_waiting(waiter_conn, true) else {
            return;
        };
        let room = waiter.entry.room.clone();
        tracing::info!(room = %room, participant = %waiter.entry.participant, "admitted");
        if !self.rooms.contains_key(&room) {
            if let Some((node, url)) = self.remote_rooms.get(&room).cloned() {
                self.publish(
                    Target::Node(node),
                    ClusterMsg::Pass {
                        room,
                        sub: waiter.sub,
                    },
                );
                self.send(
                    waiter.conn,
                    ServerMsg::Moved {
                        request_id: waiter.request_id,
                        url,
                    },
                );
                self.close(waiter.conn);
                return;
            }
        }
        let Waiter {
            conn: patient,
            request_id: join_request,
            entry,
            grants,
            ..
        } = waiter;
        self.enter(
            patient,
            join_request,
            entry.room,
            entry.participant,
            entry.display_name,
            grants,
        );
        self.auto_admit_waiting(&room);
    }
}
