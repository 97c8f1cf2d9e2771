//! Resuming: a participant whose connection stopped answering (their
//! network changed: the old address is gone, but the server has not
//! noticed yet) carries on over a new connection with the key their
//! `joined` gave them. Their place in the room and their media session
//! stay; only the connection they are reached on changes, and the old one
//! is closed without a goodbye to the room.

use subtle::ConstantTimeEq;

use super::*;

impl Core {
    pub(super) fn resume(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        participant: ParticipantId,
        key: &str,
    ) {
        let old = self.conn_of.get(&participant).copied().filter(|old| {
            *old != conn
                && self.sessions.get(old).is_some_and(|s| {
                    s.joined().is_some_and(|(_, p)| *p == participant)
                        && s.resume_key
                            .as_deref()
                            .is_some_and(|k| bool::from(k.as_bytes().ct_eq(key.as_bytes())))
                })
        });
        let Some(old) = old else {
            tracing::debug!(
                participant = %participant,
                held = self.conn_of.contains_key(&participant),
                "resume refused"
            );
            self.error(conn, Some(request_id), ErrorCode::CannotResume);
            return;
        };
        let Some(session) = self.sessions.remove(&old) else {
            return;
        };
        let Some((room, _)) = session.joined().map(|(r, p)| (r.clone(), p.clone())) else {
            return;
        };
        self.sessions.insert(conn, session);
        self.conn_of.insert(participant.clone(), conn);
        for c in self.file_keys.values_mut().filter(|c| **c == old) {
            *c = conn;
        }
        let mut others = Vec::new();
        if let Some(r) = self.rooms.get_mut(&room) {
            if let Some(m) = r.members.get_mut(&participant) {
                m.conn = conn;
            }
            if let Some(reading) = r.caption_viewers.remove(&old) {
                r.caption_viewers.insert(conn, reading);
            }
            others = r
                .members
                .iter()
                .filter(|(id, _)| **id != participant)
                .map(|(_, m)| m.info.clone())
                .collect();
        }
        // Its session gone, the old connection's end changes nothing.
        self.outputs.push_back(Output::Close(old));
        tracing::info!(room = %room, participant = %participant, "resumed on a new connection");
        self.send(
            conn,
            ServerMsg::Resumed {
                request_id,
                participants: others,
            },
        );
    }
}
