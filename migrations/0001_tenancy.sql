-- Organisations, departments, staff, sessions, clients, audit.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. Ids are text
-- (128 random bits, hex); times are BIGINT milliseconds since the Unix
-- epoch (UTC); flags are BIGINT 0/1 (sqlx's Any driver cannot read SQLite
-- booleans); dates of birth are ISO 8601 text (YYYY-MM-DD).

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- OrgSettings as JSON; every field has a default, so new settings need
    -- no migration.
    settings TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    -- Lower-cased; one login per address across the service.
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('org_admin', 'department_admin', 'practitioner')),
    -- argon2id PHC string; NULL until the person sets a password.
    password_hash TEXT,
    -- Base32 TOTP secret; enabled once the person confirmed a code.
    totp_secret TEXT,
    totp_enabled BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX staff_org ON staff (org_id);

CREATE TABLE staff_departments (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    department_id TEXT NOT NULL REFERENCES departments (id),
    PRIMARY KEY (staff_id, department_id)
);
CREATE INDEX staff_departments_department ON staff_departments (department_id);

-- One-time links to set a password (first login, reset).
CREATE TABLE password_tokens (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    csrf_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_staff ON sessions (staff_id);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    initials TEXT NOT NULL,
    last_name TEXT NOT NULL,
    date_of_birth TEXT,
    email TEXT,
    phone TEXT,
    external_number TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX clients_org ON clients (org_id, last_name, id);

CREATE TABLE client_departments (
    client_id TEXT NOT NULL REFERENCES clients (id),
    department_id TEXT NOT NULL REFERENCES departments (id),
    PRIMARY KEY (client_id, department_id)
);

CREATE TABLE client_practitioners (
    client_id TEXT NOT NULL REFERENCES clients (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (client_id, staff_id)
);

-- Who read or changed which record. Never holds the record's data.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    staff_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (org_id, entity, entity_id);
