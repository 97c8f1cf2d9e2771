-- A clinic's logo, shown on its patients' pages (issue 25): PNG, JPEG or
-- WebP, at most 128 KiB, kept base64-encoded as text so that one column
-- type serves SQLite and PostgreSQL.
CREATE TABLE organisation_logos (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id),
    content_type TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
