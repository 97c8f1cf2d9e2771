-- Final caption segments of consultations, kept only when the
-- organisation's "keep transcript" setting is on; deleted when the
-- appointment is anonymised.
CREATE TABLE transcript_lines (
    id TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    -- When the segment became final, ms since the epoch (the order).
    spoken_at BIGINT NOT NULL,
    speaker TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL
);
CREATE INDEX transcript_lines_appointment ON transcript_lines (appointment_id, spoken_at);
