//! Chat: in a room, from a waiting person to the clinic, and from the
//! clinic to one waiting person. With a chat store (`anteroom serve`),
//! every message is kept in its room's conversation before it is
//! acknowledged or passed on (the outputs it makes wait in
//! `pending_chats` for `Input::ChatKept`), and whoever starts waiting,
//! enters the room or watches someone wait gets the conversation so far.
//! Without one, nothing is kept.

use super::*;

impl Core {
    /// Checks a chat text: trimmed, not empty, within the limit.
    pub(super) fn chat_text(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        text: &str,
    ) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            self.error(conn, Some(request_id), ErrorCode::MalformedMessage);
            return None;
        }
        if text.chars().count() > MAX_CHAT_CHARS {
            self.error(conn, Some(request_id), ErrorCode::ChatTooLong);
            return None;
        }
        Some(text.to_owned())
    }

    pub(super) fn chat_in_room(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        room: &RoomName,
        from: ParticipantId,
        text: String,
    ) {
        if !self.granted(conn, Grant::Chat) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        let Some(text) = self.chat_text(conn, request_id, &text) else {
            return;
        };
        let Some(display_name) = self
            .rooms
            .get(room)
            .and_then(|r| r.members.get(&from))
            .map(|m| m.info.display_name.clone())
        else {
            return;
        };
        let mark = self.outputs.len();
        let chat = self.kept_chat(conn, &display_name, &text);
        self.send(conn, ServerMsg::Ack { request_id });
        self.broadcast(
            room,
            None,
            ServerMsg::Chat {
                from: Some(from),
                display_name,
                text,
                at_ms: self.wall_ms,
            },
        );
        self.keep_first(mark, conn, request_id, room.clone(), chat);
    }

    /// A waiting person writes to the clinic: every watcher of their queues
    /// reads it.
    pub(super) fn chat_from_waiting(&mut self, conn: ConnId, request_id: RequestId, text: String) {
        let waiter = self
            .sessions
            .get(&conn)
            .and_then(Session::waiting_as)
            .and_then(|p| self.waiting.get(p));
        let Some(waiter) = waiter.filter(|w| w.grants.contains(&Grant::WaitingChat)) else {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        };
        let (participant, display_name, queues, room) = (
            waiter.entry.participant.clone(),
            waiter.entry.display_name.clone(),
            waiter.queues.clone(),
            waiter.entry.room.clone(),
        );
        let Some(text) = self.chat_text(conn, request_id, &text) else {
            return;
        };
        let mark = self.outputs.len();
        let chat = self.kept_chat(conn, &display_name, &text);
        self.send(conn, ServerMsg::Ack { request_id });
        self.tell_all_watchers(&queues, participant, true, display_name, text, self.wall_ms);
        self.keep_first(mark, conn, request_id, room, chat);
    }

    /// A watcher writes to one waiting person; the other watchers of their
    /// queues see the reply too.
    pub(super) fn chat_to_waiting(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        participant: &ParticipantId,
        text: String,
    ) {
        let Some(watcher) = self
            .sessions
            .get(&conn)
            .and_then(Session::watcher)
            .filter(|w| w.grants.contains(&Grant::Chat))
        else {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        };
        let (viewer, display_name) = (watcher.viewer(), watcher.name.clone());
        let by = SharedViewer::of(&viewer);
        let may_chat = |queues: &[Queue], entry: &WaitingEntry| {
            admission::may_chat(
                &viewer,
                &Waited {
                    queues,
                    room: Some(&entry.room),
                },
            )
        };
        // Waiting here, or on another node (which passes it on). Someone
        // the caller may not write to is, to them, not waiting.
        let (to, their_queues, room) = match self
            .waiting
            .get(participant)
            .filter(|w| may_chat(&w.queues, &w.entry))
        {
            Some(waiter) => (
                Ok(waiter.conn),
                waiter.queues.clone(),
                waiter.entry.room.clone(),
            ),
            None => match self
                .remote_waiting
                .get(participant)
                .filter(|(_, w)| may_chat(&w.queues, &w.entry))
            {
                Some((node, waiter)) => (
                    Err(node.clone()),
                    waiter.queues.clone(),
                    waiter.entry.room.clone(),
                ),
                None => {
                    self.error(conn, Some(request_id), ErrorCode::NotWaiting);
                    return;
                }
            },
        };
        let Some(text) = self.chat_text(conn, request_id, &text) else {
            return;
        };
        let at_ms = self.wall_ms;
        let mark = self.outputs.len();
        let chat = self.kept_chat(conn, &display_name, &text);
        self.send(conn, ServerMsg::Ack { request_id });
        match to {
            Ok(to) => self.send(
                to,
                ServerMsg::Chat {
                    from: None,
                    display_name: display_name.clone(),
                    text: text.clone(),
                    at_ms,
                },
            ),
            Err(node) => self.publish(
                Target::Node(node),
                ClusterMsg::ChatToWaiting {
                    participant: participant.clone(),
                    display_name: display_name.clone(),
                    text: text.clone(),
                    at_ms,
                    by,
                },
            ),
        }
        self.tell_all_watchers(
            &their_queues,
            participant.clone(),
            false,
            display_name,
            text,
            at_ms,
        );
        self.keep_first(mark, conn, request_id, room, chat);
    }

    /// A message `conn` writes as `display_name`, as the store keeps it;
    /// none without a store (nothing is kept, nothing copied).
    fn kept_chat(&self, conn: ConnId, display_name: &DisplayName, text: &str) -> Option<KeptChat> {
        self.config.chat_store.as_ref()?;
        let session = self.sessions.get(&conn);
        Some(KeptChat {
            sender: session.and_then(|s| s.sub.clone()),
            from_clinic: session
                .is_some_and(|s| s.watcher().is_some() || s.role == Some(JoinRole::Practitioner)),
            display_name: display_name.clone(),
            text: text.to_owned(),
            at_ms: self.wall_ms,
        })
    }

    /// With a chat store (`chat` is then some): holds back the outputs made
    /// since `mark` (the sender's `ack` and the deliveries) until `chat` is
    /// kept in `room`.
    fn keep_first(
        &mut self,
        mark: usize,
        conn: ConnId,
        request_id: RequestId,
        room: RoomName,
        chat: Option<KeptChat>,
    ) {
        let Some(chat) = chat else { return };
        let outputs: Vec<Output> = self.outputs.split_off(mark).into();
        let key = self.next_chat_key;
        self.next_chat_key += 1;
        self.pending_chats.insert(
            key,
            PendingChat {
                conn,
                request_id,
                outputs,
            },
        );
        self.outputs.push_back(Output::KeepChat { key, room, chat });
    }

    /// The store answered: pass the message on, or tell the sender it was
    /// not sent.
    pub(super) fn chat_kept(&mut self, key: u64, kept: bool) {
        let Some(pending) = self.pending_chats.remove(&key) else {
            return;
        };
        if kept {
            self.outputs.extend(pending.outputs);
        } else {
            self.error(
                pending.conn,
                Some(pending.request_id),
                ErrorCode::ChatNotKept,
            );
        }
    }

    /// Asks the store for `room`'s conversation for `conns`. (Without a
    /// store there is none.)
    pub(super) fn load_chat(
        &mut self,
        conns: Vec<ConnId>,
        room: &RoomName,
        participant: Option<ParticipantId>,
    ) {
        if self.config.chat_store.is_none() || conns.is_empty() {
            return;
        }
        self.outputs.push_back(Output::LoadChat {
            conns,
            room: room.clone(),
            participant,
        });
    }

    /// A conversation read back: to each of `conns` still here, marked
    /// with what they wrote themselves.
    pub(super) fn chat_history(
        &mut self,
        conns: Vec<ConnId>,
        participant: Option<ParticipantId>,
        chats: Vec<KeptChat>,
    ) {
        if chats.is_empty() {
            return;
        }
        for conn in conns {
            let Some(me) = self.sessions.get(&conn).map(|s| s.sub.clone()) else {
                continue;
            };
            let messages: Vec<ChatRecord> = chats
                .iter()
                .map(|c| ChatRecord {
                    mine: me.is_some() && c.sender == me,
                    from_clinic: c.from_clinic,
                    display_name: c.display_name.clone(),
                    text: c.text.clone(),
                    at_ms: c.at_ms,
                })
                .collect();
            let msg = match &participant {
                Some(participant) => ServerMsg::WaitingChatHistory {
                    participant: participant.clone(),
                    messages,
                },
                None => ServerMsg::ChatHistory { messages },
            };
            self.send(conn, msg);
        }
    }

    /// A chat message between the clinic and a waiting person, to the
    /// watchers of their queues on every node.
    pub(super) fn tell_all_watchers(
        &mut self,
        queues: &[Queue],
        participant: ParticipantId,
        from_patient: bool,
        display_name: DisplayName,
        text: String,
        at_ms: u64,
    ) {
        let msg = ServerMsg::WaitingChat {
            participant: participant.clone(),
            from_patient,
            display_name: display_name.clone(),
            text: text.clone(),
            at_ms,
        };
        self.tell_watchers(&Waited { queues, room: None }, msg);
        self.publish(
            Target::All,
            ClusterMsg::WaitingChat {
                queues: queues.to_vec(),
                participant,
                from_patient,
                display_name,
                text,
                at_ms,
            },
        );
    }
}
