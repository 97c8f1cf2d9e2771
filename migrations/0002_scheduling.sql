-- Appointments, their links, external participants, availability, public
-- booking, waiting-area texts and service announcements. Same conventions
-- as 0001: text ids, BIGINT milliseconds UTC, BIGINT 0/1 flags.

-- External participants (family, interpreter, home care), optionally in
-- groups, invited to appointments alongside the client.
CREATE TABLE participant_groups (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE external_participants (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    group_id TEXT REFERENCES participant_groups (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('family', 'interpreter', 'home_care', 'colleague', 'other')),
    email TEXT,
    phone TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX external_participants_org ON external_participants (org_id, name);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    -- With a practitioner, a department, or both; never neither.
    practitioner_id TEXT REFERENCES staff (id),
    department_id TEXT REFERENCES departments (id),
    -- NULL once anonymised.
    client_id TEXT REFERENCES clients (id),
    starts_at BIGINT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    message TEXT,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'waiting', 'in_progress', 'completed', 'cancelled', 'no_show', 'anonymised')),
    -- How it came to be: by staff, by public booking, or as a walk-in.
    origin TEXT NOT NULL CHECK (origin IN ('staff', 'booking', 'walk_in')),
    created_by TEXT REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (practitioner_id IS NOT NULL OR department_id IS NOT NULL)
);
CREATE INDEX appointments_org_start ON appointments (org_id, starts_at);
CREATE INDEX appointments_practitioner_start ON appointments (practitioner_id, starts_at);
CREATE INDEX appointments_client ON appointments (client_id);

CREATE TABLE appointment_participants (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    participant_id TEXT NOT NULL REFERENCES external_participants (id),
    PRIMARY KEY (appointment_id, participant_id)
);
CREATE INDEX appointment_participants_participant ON appointment_participants (participant_id);

-- Invitation links: the token itself is never stored, only its SHA-256.
-- participant_id NULL is the client's (patient's) link.
CREATE TABLE appointment_links (
    token_hash TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    participant_id TEXT REFERENCES external_participants (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX appointment_links_appointment ON appointment_links (appointment_id);

-- When a practitioner can be booked. Times are wall-clock times in the
-- organisation's time zone: a one-off block on a date, or a weekly block
-- on a weekday (1 = Monday) between two dates.
CREATE TABLE availability (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    kind TEXT NOT NULL CHECK (kind IN ('once', 'weekly')),
    -- 'once': the date; 'weekly': the first date it applies.
    date TEXT NOT NULL,
    -- 'weekly' only: the last date it applies (inclusive), or NULL.
    until TEXT,
    weekday BIGINT,
    start_minute BIGINT NOT NULL,
    end_minute BIGINT NOT NULL,
    slot_minutes BIGINT NOT NULL,
    gap_minutes BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX availability_staff ON availability (staff_id);

-- One row per booked slot: the primary key is what makes two concurrent
-- bookings of one slot impossible, on either database.
CREATE TABLE slot_bookings (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    starts_at BIGINT NOT NULL,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    PRIMARY KEY (staff_id, starts_at)
);
CREATE INDEX slot_bookings_appointment ON slot_bookings (appointment_id);

-- Walk-in: practitioners currently open to unannounced patients.
ALTER TABLE staff ADD COLUMN walk_in BIGINT NOT NULL DEFAULT 0;

-- What a waiting patient reads, per organisation (department_id NULL) or
-- per department, with placeholders filled in when shown.
CREATE TABLE waiting_texts (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    department_id TEXT REFERENCES departments (id),
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX waiting_texts_scope ON waiting_texts (org_id, COALESCE(department_id, ''));

CREATE TABLE announcements (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    department_id TEXT REFERENCES departments (id),
    body TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX announcements_org ON announcements (org_id, expires_at);
