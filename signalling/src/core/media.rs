//! The SFU's events for the people in rooms: answers, offers and
//! candidates to their own connections; published and ended tracks, wanted
//! layers, paused videos and the active speaker to the room.

use super::*;

impl Core {
    pub(super) fn handle_sfu_event(&mut self, event: SfuEvent) {
        // Events about a participant who has already left are stale.
        let Some(&conn) = self.conn_of.get(event.participant()) else {
            return;
        };
        if self
            .sessions
            .get(&conn)
            .and_then(Session::probing)
            .is_some_and(|(p, _)| p == event.participant())
        {
            self.handle_probe_event(conn, event);
            return;
        }
        let Some(room) = self
            .sessions
            .get(&conn)
            .and_then(Session::joined)
            .map(|(room, _)| room.clone())
        else {
            return;
        };
        match event {
            SfuEvent::Answer {
                request_id, sdp, ..
            } => self.send(conn, ServerMsg::Answer { request_id, sdp }),
            SfuEvent::Offer { sdp, .. } => self.send(conn, ServerMsg::Offer { sdp }),
            SfuEvent::AnswerAccepted { request_id, .. } => {
                self.send(conn, ServerMsg::Ack { request_id })
            }
            SfuEvent::Candidate { candidate, .. } => {
                self.send(conn, ServerMsg::Candidate { candidate })
            }
            SfuEvent::Connected { participant } => {
                tracing::debug!(participant = %participant, "media connected");
            }
            SfuEvent::TrackPublished { participant, track } => {
                if let Some(m) = self
                    .rooms
                    .get_mut(&room)
                    .and_then(|r| r.members.get_mut(&participant))
                {
                    m.info.tracks.push(track.clone());
                }
                self.broadcast(
                    &room,
                    None,
                    ServerMsg::TrackPublished { participant, track },
                );
            }
            SfuEvent::TrackUnpublished { participant, track } => {
                if let Some(m) = self
                    .rooms
                    .get_mut(&room)
                    .and_then(|r| r.members.get_mut(&participant))
                {
                    m.info.tracks.retain(|t| t.id != track);
                }
                self.broadcast(
                    &room,
                    None,
                    ServerMsg::TrackUnpublished { participant, track },
                );
            }
            SfuEvent::PublishLayers { track, layers, .. } => {
                self.send(conn, ServerMsg::PublishLayers { track, layers })
            }
            SfuEvent::VideoPaused { track, paused, .. } => {
                self.send(conn, ServerMsg::VideoPaused { track, paused })
            }
            SfuEvent::ActiveSpeaker {
                participant,
                speaking,
            } => {
                let participant = speaking.then_some(participant);
                self.broadcast(&room, None, ServerMsg::ActiveSpeaker { participant });
            }
            SfuEvent::ParticipantRemoved { reason, .. } => {
                self.send(conn, ServerMsg::Disconnected { reason });
                self.leave(conn, reason, false);
                self.close(conn);
            }
            SfuEvent::Error {
                participant,
                request_id,
                code,
                detail,
            } => {
                tracing::debug!(participant = %participant, ?code, detail, "SFU refused a request");
                self.error(conn, request_id, code);
                if matches!(code, ErrorCode::RoomFull | ErrorCode::AlreadyJoined) {
                    // The SFU did not take the participant: undo the join.
                    self.leave(conn, LeaveReason::Left, false);
                }
            }
        }
    }
}
