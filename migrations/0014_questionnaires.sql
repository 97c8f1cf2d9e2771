-- Questionnaires (issue 28): versioned documents per organisation (or
-- department); one attached to an appointment, answered by its patient.
-- The answers are sealed (AES-256-GCM) by the organisation's data key,
-- which is stored only wrapped by the key-encryption key from the
-- server's configuration (decision 0078): the database alone reveals none.

-- Which key-encryption key this database's keys were made with: a sealed
-- constant that only that key opens (a server with another key refuses
-- to start).
CREATE TABLE key_checks (
    name TEXT PRIMARY KEY,
    sealed TEXT NOT NULL
);

-- Each organisation's data key, wrapped.
CREATE TABLE answer_keys (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id),
    wrapped TEXT NOT NULL
);

CREATE TABLE questionnaires (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    -- NULL: the whole organisation's.
    department_id TEXT REFERENCES departments (id),
    title TEXT NOT NULL,
    current_version BIGINT NOT NULL,
    -- One of the questionnaires every organisation starts with ('intake',
    -- 'consent'): it follows the organisation's language until it is
    -- edited or asked of an appointment.
    default_kind TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX questionnaires_org ON questionnaires (org_id, title);

-- Every version ever saved: answers refer to the one filled in.
CREATE TABLE questionnaire_versions (
    id TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
    version BIGINT NOT NULL,
    -- The fields, as JSON (no patient data).
    definition TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT REFERENCES staff (id)
);
CREATE UNIQUE INDEX questionnaire_versions_order ON questionnaire_versions (questionnaire_id, version);

-- The questionnaire of an appointment and its answers (sealed).
CREATE TABLE appointment_questionnaires (
    appointment_id TEXT PRIMARY KEY REFERENCES appointments (id),
    version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
    status TEXT NOT NULL CHECK (status IN ('new', 'started', 'completed')),
    answers TEXT,
    updated_at BIGINT NOT NULL,
    completed_at BIGINT
);

-- Whether the organisation was given the default questionnaires (an
-- intake and a consent form, in its language), which happens the first
-- time its staff list questionnaires; never again, even if it deletes them.
ALTER TABLE organisations ADD COLUMN questionnaire_defaults INTEGER NOT NULL DEFAULT 0;
