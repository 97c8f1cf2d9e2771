-- Meeting rooms: standing rooms of an organisation for its staff (team
-- meetings, case conferences). Staff enter from the staff pages; anyone
-- else only with a guest link, and waits until someone inside lets them in.
CREATE TABLE meeting_rooms (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    created_by TEXT REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    UNIQUE (org_id, name)
);

-- Guest links: one person, one use, a short life, for an appointment's
-- consultation or a meeting room. Only the token's SHA-256 is kept; the
-- name is what the staff member gave for the guest to be shown as.
CREATE TABLE guest_links (
    token_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    appointment_id TEXT REFERENCES appointments (id),
    meeting_room_id TEXT REFERENCES meeting_rooms (id),
    name TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    CHECK ((appointment_id IS NULL) <> (meeting_room_id IS NULL))
);
CREATE INDEX guest_links_appointment ON guest_links (appointment_id);
CREATE INDEX guest_links_meeting_room ON guest_links (meeting_room_id);
