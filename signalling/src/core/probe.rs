//! The pre-call media test: a throwaway SFU session, alone in a room
//! nobody can guess, that tells the client whether media gets through.
//! Once it has connected the client may send through it for a few seconds
//! to measure loss and bandwidth; the session ends when the client closes
//! its connection, starts its call, or after [`PROBE_MEASURE`].

use super::*;

impl Core {
    /// Starts the pre-call media test: a throwaway SFU session, alone in a
    /// room whose name nobody can guess, answered like a call's offer.
    pub(super) fn probe(&mut self, conn: ConnId, request_id: RequestId, sdp: String) {
        if self.sessions.get(&conn).is_some_and(|s| s.probed) {
            self.error(conn, Some(request_id), ErrorCode::NotAllowed);
            return;
        }
        if self
            .sessions
            .values()
            .filter(|s| s.probing().is_some())
            .count()
            >= MAX_PROBES
        {
            self.error(conn, Some(request_id), ErrorCode::ServerBusy);
            return;
        }
        let participant = new_participant_id();
        let Ok(room) = RoomName::new(format!("probe-{participant}")) else {
            return;
        };
        if let Some(s) = self.sessions.get_mut(&conn) {
            s.stage = Stage::Probing(participant.clone(), request_id, None);
            s.probed = true;
        }
        self.conn_of.insert(participant.clone(), conn);
        self.command_sfu(SfuCommand::Join {
            room,
            participant: participant.clone(),
        });
        self.command_sfu(SfuCommand::Offer {
            participant,
            request_id,
            sdp,
            screen: Vec::new(),
        });
    }

    /// Ends a running media test; with `connected`, tells the client how
    /// it went.
    pub(super) fn end_probe(&mut self, conn: ConnId, connected: Option<bool>) {
        let Some(session) = self.sessions.get_mut(&conn) else {
            return;
        };
        let Some(Stage::Probing(participant, request_id, _)) =
            session.end_stage(|s| matches!(s, Stage::Probing(..)))
        else {
            return;
        };
        self.conn_of.remove(&participant);
        self.command_sfu(SfuCommand::Leave { participant });
        if let Some(connected) = connected {
            self.send(
                conn,
                ServerMsg::ProbeResult {
                    request_id,
                    connected,
                },
            );
        }
    }

    /// Ends the media tests whose measuring time is up (on every tick).
    pub(super) fn end_measured_probes(&mut self) {
        let now = self.now;
        let done: Vec<ConnId> = self
            .sessions
            .iter()
            .filter(|(_, s)| {
                matches!(s.stage, Stage::Probing(_, _, Some(since))
                    if now.saturating_duration_since(since) >= PROBE_MEASURE)
            })
            .map(|(conn, _)| *conn)
            .collect();
        for conn in done {
            self.end_probe(conn, None);
        }
    }

    /// An SFU event about a media test.
    pub(super) fn handle_probe_event(&mut self, conn: ConnId, event: SfuEvent) {
        match event {
            SfuEvent::Answer {
                request_id, sdp, ..
            } => self.send(conn, ServerMsg::Answer { request_id, sdp }),
            SfuEvent::Candidate { candidate, .. } => {
                self.send(conn, ServerMsg::Candidate { candidate })
            }
            SfuEvent::Connected { .. } => {
                let now = self.now;
                let Some(session) = self.sessions.get_mut(&conn) else {
                    return;
                };
                if let Stage::Probing(_, request_id, since @ None) = &mut session.stage {
                    *since = Some(now);
                    let request_id = *request_id;
                    self.send(
                        conn,
                        ServerMsg::ProbeResult {
                            request_id,
                            connected: true,
                        },
                    );
                }
            }
            SfuEvent::ParticipantRemoved { .. } => {
                // The SFU gave up: its session is gone. Before it connected
                // that is the answer; after, the client has had it.
                if let Some(Stage::Probing(participant, request_id, since)) = self
                    .sessions
                    .get_mut(&conn)
                    .and_then(|s| s.end_stage(|s| matches!(s, Stage::Probing(..))))
                {
                    self.conn_of.remove(&participant);
                    if since.is_none() {
                        self.send(
                            conn,
                            ServerMsg::ProbeResult {
                                request_id,
                                connected: false,
                            },
                        );
                    }
                }
            }
            SfuEvent::Error {
                request_id, code, ..
            } => {
                self.error(conn, request_id, code);
                self.end_probe(conn, None);
            }
            _ => {}
        }
    }
}
