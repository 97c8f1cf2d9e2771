-- Chat channels (issue 26): one conversation per client and practitioner
-- (or department, for appointments without a practitioner), made with the
-- first appointment or by staff from the client's record, and kept after
-- the consultation. The patient reads and writes in the portal; the
-- practitioner and staff who joined, in the staff pages.
CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    practitioner_id TEXT REFERENCES staff (id),
    department_id TEXT REFERENCES departments (id),
    -- The organisation switched it on (1) or off (0).
    open INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    -- The latest message's time, for the inbox's order.
    last_message_at BIGINT,
    -- The latest message's place: counted here, not from the messages,
    -- so that deleting old ones (retention) never gives a number again
    -- (readers' read_seq would then hide new messages), and concurrent
    -- writers queue on this row.
    last_seq BIGINT NOT NULL DEFAULT 0,
    CHECK (practitioner_id IS NOT NULL OR department_id IS NOT NULL)
);
CREATE UNIQUE INDEX channels_pair ON channels (client_id, COALESCE(practitioner_id, ''), COALESCE(department_id, ''));
CREATE INDEX channels_org ON channels (org_id, last_message_at);

-- Staff who joined a channel beside its practitioner.
CREATE TABLE channel_members (
    channel_id TEXT NOT NULL REFERENCES channels (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (channel_id, staff_id)
);

-- The words never reach the logs. Deleted after the organisation's
-- chat_retention_days, if it set one.
CREATE TABLE channel_messages (
    id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL REFERENCES channels (id),
    from_clinic INTEGER NOT NULL,
    -- Who wrote it, when staff did.
    staff_id TEXT REFERENCES staff (id),
    display_name TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    seq BIGINT NOT NULL
);
CREATE UNIQUE INDEX channel_messages_order ON channel_messages (channel_id, seq);

-- How far each reader has read ('client', or a staff id), and up to where
-- they were told by email of what they had not read.
CREATE TABLE channel_reads (
    channel_id TEXT NOT NULL REFERENCES channels (id),
    reader TEXT NOT NULL,
    read_seq BIGINT NOT NULL,
    notified_seq BIGINT NOT NULL,
    PRIMARY KEY (channel_id, reader)
);
