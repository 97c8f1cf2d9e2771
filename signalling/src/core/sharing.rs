//! Shared files: requests from `/files`, checked against the key of a
//! session in a room with the `files` grant.

use super::*;

impl Core {
    /// Shared files: the key names a session in a room with the `files`
    /// grant, or the request is refused.
    pub(super) fn handle_file(&mut self, request: FileRequest) {
        let key = match &request {
            FileRequest::Check { key, .. }
            | FileRequest::Store { key, .. }
            | FileRequest::Fetch { key, .. } => key,
        };
        let holder = self.file_keys.get(key).and_then(|conn| {
            let session = self.sessions.get(conn)?;
            let (room, participant) = session.joined().map(|(r, p)| (r.clone(), p.clone()))?;
            session
                .grants
                .contains(&Grant::Files)
                .then_some((room, participant))
        });
        let space = |hub: &Core, room: &RoomName, size: usize| -> Result<(), ErrorCode> {
            let in_room = hub.rooms.get(room).map_or(0, |r| r.files.bytes());
            if in_room + size > hub.config.max_room_file_bytes
                || hub.file_bytes + size > hub.config.max_file_bytes
            {
                return Err(ErrorCode::FileStorageFull);
            }
            Ok(())
        };
        match request {
            FileRequest::Check { size, reply, .. } => {
                let result = holder
                    .ok_or(ErrorCode::SessionEnded)
                    .and_then(|(room, _)| space(self, &room, size.unwrap_or(0)));
                let _ = reply.send(result);
            }
            FileRequest::Fetch { id, reply, .. } => {
                let result = holder.ok_or(ErrorCode::SessionEnded).and_then(|(room, _)| {
                    self.rooms
                        .get(&room)
                        .and_then(|r| r.files.get(&id))
                        .ok_or(ErrorCode::UnknownFile)
                });
                let _ = reply.send(result);
            }
            FileRequest::Store {
                name,
                content_type,
                data,
                reply,
                ..
            } => {
                let Some((room, participant)) = holder else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                if let Err(code) = space(self, &room, data.len()) {
                    let _ = reply.send(Err(code));
                    return;
                }
                let Some(r) = self.rooms.get_mut(&room) else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                let display_name = r
                    .members
                    .get(&participant)
                    .map(|m| m.info.display_name.clone());
                let Some(display_name) = display_name else {
                    let _ = reply.send(Err(ErrorCode::SessionEnded));
                    return;
                };
                let file = SharedFile {
                    id: FileId::new(new_secret("f")),
                    name,
                    size: u64::try_from(data.len()).unwrap_or(u64::MAX),
                    content_type,
                    from: participant,
                    display_name,
                    at_ms: self.wall_ms,
                };
                self.file_bytes += data.len();
                r.files.add(file.clone(), data);
                tracing::info!(room = %room, file = %file.id, bytes = file.size, "file shared");
                let _ = reply.send(Ok(file.clone()));
                self.broadcast(&room, None, ServerMsg::FileShared { file });
            }
        }
    }
}
