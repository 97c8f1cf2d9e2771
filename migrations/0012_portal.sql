-- The patient portal (issue 26): a client opens it with a 6-digit PIN
-- sent to their address, and sees their appointments.
--
-- A PIN request is answered alike whether or not a client has the
-- address: a row is written either way (email NULL when none has it, and
-- then no mail goes out and no PIN can match). The browser that asked
-- keeps the request's challenge; only its SHA-256 is stored, and the PIN
-- is stored only hashed together with the challenge, so a copy of the
-- database cannot be used to guess PINs. Single use, at most five tries,
-- valid 30 minutes.
CREATE TABLE portal_pins (
    challenge_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    -- Lower case; NULL when no client of the organisation has it.
    email TEXT,
    -- SHA-256 of the organisation and the address asked for, known or not:
    -- the daily limit per address counts from here (surviving restarts)
    -- alike for both. (The clients table holds the addresses themselves.)
    address_hash TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    used INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX portal_pins_expiry ON portal_pins (expires_at);
CREATE INDEX portal_pins_address ON portal_pins (org_id, address_hash, created_at);

-- A portal session: a cookie (only its hash here) for one organisation
-- and one address, which shows the clients of that organisation with that
-- address (a parent's address on their children's records).
CREATE TABLE portal_sessions (
    token_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX portal_sessions_expiry ON portal_sessions (expires_at);

-- Clinics may word the PIN mail, and the notices of unread messages in a
-- chat channel (to staff, and to the patient), themselves: the template
-- kinds gain 'portal_pin', 'channel_unread' and 'channel_reply'. (The
-- table is rebuilt because SQLite cannot change a CHECK constraint in
-- place; the same statements work on PostgreSQL.)
CREATE TABLE email_templates_new (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    department_id TEXT REFERENCES departments (id),
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'participant_invitation', 'reminder', 'cancellation', 'password', 'portal_pin', 'channel_unread', 'channel_reply')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    language TEXT
);
INSERT INTO email_templates_new (id, org_id, department_id, kind, subject, body, updated_at, language)
    SELECT id, org_id, department_id, kind, subject, body, updated_at, language FROM email_templates;
DROP TABLE email_templates;
ALTER TABLE email_templates_new RENAME TO email_templates;
CREATE UNIQUE INDEX email_templates_scope ON email_templates (org_id, COALESCE(department_id, ''), kind, COALESCE(language, ''));
