-- Chat kept as data (issue 26): every message of a consultation's
-- conversation (the waiting room's and the call's are one), kept before it
-- is passed on, read back by whoever opens the conversation later. Deleted
-- when the consultation ends if the organisation says so
-- (delete_chat_after_consultation), else when the appointment is
-- anonymised. The words never reach the logs.
CREATE TABLE chat_messages (
    id TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    -- The writer's token subject (the same person in any window).
    sender TEXT,
    from_clinic INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    -- The order they were kept in, within a millisecond too.
    seq BIGINT NOT NULL
);
CREATE INDEX chat_messages_appointment ON chat_messages (appointment_id, seq);
