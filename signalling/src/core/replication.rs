//! Other signalling nodes: their waiting people, room homes and room
//! members in a replica, their requests for this node, and their
//! liveness (a node silent for `crate::cluster::DEAD_AFTER` is dead).

use super::*;

impl Core {
    /// A message from another signalling node.
    pub(super) fn handle_cluster(&mut self, Envelope { from, msg }: Envelope) {
        let now = self.now;
        self.last_heard.insert(from.clone(), now);
        if self.dead_nodes.remove(&from).is_some() {
            tracing::warn!(node = %from, "a node taken for dead speaks again");
        }
        match msg {
            ClusterMsg::Alive => {}
            ClusterMsg::Waiting { waiter } => {
                // Someone waiting here reconnected there: their old
                // connection here is done, and their entry is that node's.
                if let Some(old) = self.waiting.remove(&waiter.entry.participant) {
                    if let Some(s) = self.sessions.get_mut(&old.conn) {
                        s.end_stage(|stage| matches!(stage, Stage::Waiting(_)));
                    }
                    self.send(
                        old.conn,
                        ServerMsg::Disconnected {
                            reason: LeaveReason::Left,
                        },
                    );
                    self.close(old.conn);
                }
                let (queues, room, entry) = (
                    waiter.queues.clone(),
                    waiter.entry.room.clone(),
                    waiter.entry.clone(),
                );
                self.remote_waiting
                    .insert(entry.participant.clone(), (from, waiter));
                self.tell_followers(&queues, &room, ServerMsg::PatientWaiting { entry });
                self.tell_estimates(estimate::line(&queues));
            }
            ClusterMsg::LeftWaiting {
                participant,
                admitted,
            } => {
                // Only the node that holds the entry now removes it.
                if self
                    .remote_waiting
                    .get(&participant)
                    .is_some_and(|(node, _)| *node == from)
                {
                    if let Some((_, waiter)) = self.remote_waiting.remove(&participant) {
                        self.tell_followers(
                            &waiter.queues,
                            &waiter.entry.room,
                            ServerMsg::PatientLeftWaiting {
                                participant,
                                admitted,
                            },
                        );
                        self.tell_estimates(estimate::line(&waiter.queues));
                    }
                }
            }
            ClusterMsg::Entered { room, sub } => {
                self.remote_members.insert((room, sub), from);
            }
            ClusterMsg::Exited { room, sub } => {
                let key = (room, sub);
                if self
                    .remote_members
                    .get(&key)
                    .is_some_and(|node| *node == from)
                {
                    self.remote_members.remove(&key);
                }
            }
            ClusterMsg::WaitingChat {
                queues,
                participant,
                from_patient,
                display_name,
                text,
                at_ms,
            } => {
                self.tell_watchers(
                    &Waited {
                        queues: &queues,
                        room: None,
                    },
                    ServerMsg::WaitingChat {
                        participant,
                        from_patient,
                        display_name,
                        text,
                        at_ms,
                    },
                );
            }
            ClusterMsg::RoomOpened { room, url } => {
                self.remote_rooms.insert(room, (from, url));
            }
            ClusterMsg::RoomClosed { room } => {
                if self
                    .remote_rooms
                    .get(&room)
                    .is_some_and(|(node, _)| *node == from)
                {
                    self.remote_rooms.remove(&room);
                }
                self.remote_members
                    .retain(|(r, _), node| !(*r == room && *node == from));
            }
            ClusterMsg::RoomEnded { room } => self.end_waiting(&room),
            ClusterMsg::Admit { participant, by } => {
                let Some(waiter) = self.waiting.get(&participant) else {
                    return;
                };
                // The rule, asked again here: another node's word is not
                // taken for it.
                if !admission::may_admit(
                    &by.viewer(),
                    &Waited {
                        queues: &waiter.queues,
                        room: Some(&waiter.entry.room),
                    },
                ) {
                    tracing::warn!(participant = %participant, node = %from, "admission from another node refused: the rule does not let them admit this person");
                    return;
                }
                match self.may_enter(waiter) {
                    Ok(()) => {
                        let conn = waiter.conn;
                        self.let_in(conn);
                    }
                    Err(code) => {
                        tracing::info!(participant = %participant, ?code, "admission from another node refused")
                    }
                }
            }
            ClusterMsg::Pass { room, sub } => {
                let waiting_here = self
                    .waiting
                    .values()
                    .find(|w| w.sub == sub && w.entry.room == room)
                    .map(|w| w.conn);
                match waiting_here {
                    // They arrived before the pass: in they come.
                    Some(conn) => self.let_in(conn),
                    None => self.recently_in.remember((room, sub), (), self.now),
                }
            }
            ClusterMsg::ChatToWaiting {
                participant,
                display_name,
                text,
                at_ms,
                by,
            } => {
                let allowed = |w: &&Waiter| {
                    admission::may_chat(
                        &by.viewer(),
                        &Waited {
                            queues: &w.queues,
                            room: Some(&w.entry.room),
                        },
                    )
                };
                if let Some(conn) = self
                    .waiting
                    .get(&participant)
                    .filter(allowed)
                    .map(|w| w.conn)
                {
                    self.send(
                        conn,
                        ServerMsg::Chat {
                            from: None,
                            display_name,
                            text,
                            at_ms,
                        },
                    );
                }
            }
        }
    }

    /// Takes nodes not heard for [`crate::cluster::DEAD_AFTER`] for dead:
    /// their rooms are re-homed at once (whoever joins one next, here or
    /// on another node, opens it there), the people in them may come back
    /// without a new admission within the rejoin grace, and the people
    /// who waited on them stay in the lists, in their place, for that
    /// grace (reconnecting anywhere, they take their entry over); then
    /// those who have not come back leave the lists.
    pub(super) fn check_nodes(&mut self) {
        let now = self.now;
        let silent: Vec<String> = self
            .last_heard
            .iter()
            .filter(|(node, at)| {
                now.saturating_duration_since(**at) >= crate::cluster::DEAD_AFTER
                    && !self.dead_nodes.contains_key(*node)
            })
            .map(|(node, _)| node.clone())
            .collect();
        for node in silent {
            tracing::warn!(node = %node, "a signalling node went silent: taken for dead, its rooms re-homed");
            self.remote_rooms.retain(|_, (n, _)| *n != node);
            let members: Vec<(RoomName, String)> = self
                .remote_members
                .iter()
                .filter(|(_, n)| **n == node)
                .map(|(k, _)| k.clone())
                .collect();
            for key in members {
                self.remote_members.remove(&key);
                self.recently_in.remember(key, (), now);
            }
            self.dead_nodes.insert(node, now + self.config.rejoin_grace);
        }
        let gone: Vec<String> = self
            .dead_nodes
            .iter()
            .filter(|(_, until)| now >= **until)
            .map(|(n, _)| n.clone())
            .collect();
        for node in gone {
            self.dead_nodes.remove(&node);
            self.last_heard.remove(&node);
            let orphans: Vec<ParticipantId> = self
                .remote_waiting
                .iter()
                .filter(|(_, (n, _))| *n == node)
                .map(|(p, _)| p.clone())
                .collect();
            for participant in orphans {
                if let Some((_, waiter)) = self.remote_waiting.remove(&participant) {
                    self.tell_followers(
                        &waiter.queues,
                        &waiter.entry.room,
                        ServerMsg::PatientLeftWaiting {
                            participant,
                            admitted: false,
                        },
                    );
                    self.tell_estimates(estimate::line(&waiter.queues));
                }
            }
        }
    }
}
