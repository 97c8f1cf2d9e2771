-- Idempotency keys of POSTs that create records (appointments, clients,
-- bookings, walk-ins): a retried request with the same key gets the record
-- the first one made instead of a second one. Only a hash of the request is
-- kept, never its body; keys are forgotten after 24 hours.
CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
