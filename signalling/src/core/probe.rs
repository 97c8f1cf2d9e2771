//! The pre-call media test: a throwaway SFU session, alone in a room
//! nobody can guess, that tells the client whether media gets through.

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
            s.stage = Stage::Probing(participant.clone(), request_id);
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
        let Some(Stage::Probing(participant, request_id)) =
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

    /// An SFU event about a media test.
    pub(super) fn handle_probe_event(&mut self, conn: ConnId, event: SfuEvent) {
        match event {
            SfuEvent::Answer {
                request_id, sdp, ..
            } => self.send(conn, ServerMsg::Answer { request_id, sdp }),
            SfuEvent::Candidate { candidate, .. } => {
                self.send(conn, ServerMsg::Candidate { candidate })
            }
            SfuEvent::Connected { .. } => self.end_probe(conn, Some(true)),
            SfuEvent::ParticipantRemoved { .. } => {
                // The SFU gave up (never connected): its session is gone.
                if let Some(Stage::Probing(participant, request_id)) = self
                    .sessions
                    .get_mut(&conn)
                    .and_then(|s| s.end_stage(|s| matches!(s, Stage::Probing(..))))
                {
                    self.conn_of.remove(&participant);
                    self.send(
                        conn,
                        ServerMsg::ProbeResult {
                            request_id,
                            connected: false,
                        },
                    );
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
