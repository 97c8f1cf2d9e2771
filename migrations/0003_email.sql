-- Email: templates per organisation or department, and a durable outbox.

CREATE TABLE email_templates (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    department_id TEXT REFERENCES departments (id),
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'participant_invitation', 'reminder', 'cancellation', 'password')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX email_templates_scope ON email_templates (org_id, COALESCE(department_id, ''), kind);

-- Mails waiting to be sent, being sent, or done. Subject, body and
-- calendar attachment (which carry links) are cleared once the mail is
-- sent or has failed for good; the row stays as a record that it went.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    appointment_id TEXT REFERENCES appointments (id),
    kind TEXT NOT NULL,
    recipient TEXT,
    subject TEXT,
    body TEXT,
    ics TEXT,
    ics_method TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    -- While 'sending': until when this sender holds it (a sender that died
    -- lets it go back to the queue after this).
    lease_until BIGINT,
    -- A category ('connect', 'transient', 'permanent'), never server text.
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_appointment ON outbox (appointment_id);

-- When the reminder of the day was queued; the calendar SEQUENCE, raised
-- whenever the appointment's time changes or it is cancelled.
ALTER TABLE appointments ADD COLUMN reminded_at BIGINT;
ALTER TABLE appointments ADD COLUMN ics_sequence BIGINT NOT NULL DEFAULT 0;
