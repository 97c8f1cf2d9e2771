-- API keys for integrators: one organisation each, acting with the rights
-- of the organisation admin who made it. Only the key's SHA-256 is kept.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    -- The first characters of the key, to tell keys apart in lists.
    prefix TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_keys_org ON api_keys (org_id);
