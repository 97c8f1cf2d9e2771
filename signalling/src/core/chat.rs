//! Chat: in a room, from a waiting person to the clinic, and from the
//! clinic to one waiting person. Nothing is kept.

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
        let (participant, display_name, queues) = (
            waiter.entry.participant.clone(),
            waiter.entry.display_name.clone(),
            waiter.queues.clone(),
        );
        let Some(text) = self.chat_text(conn, request_id, &text) else {
            return;
        };
        self.send(conn, ServerMsg::Ack { request_id });
        self.tell_all_watchers(&queues, participant, true, display_name, text, self.wall_ms);
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
        let (to, their_queues) = match self
            .waiting
            .get(participant)
            .filter(|w| may_chat(&w.queues, &w.entry))
        {
            Some(waiter) => (Ok(waiter.conn), waiter.queues.clone()),
            None => match self
                .remote_waiting
                .get(participant)
                .filter(|(_, w)| may_chat(&w.queues, &w.entry))
            {
                Some((node, waiter)) => (Err(node.clone()), waiter.queues.clone()),
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
