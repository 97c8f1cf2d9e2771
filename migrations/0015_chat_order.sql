-- A consultation's chat messages are numbered by a counter on the
-- appointment, not by MAX(seq) + 1 over the messages: with several
-- signalling nodes keeping messages of one room at once, two could take
-- the same number, and their order would then be arbitrary. Writers queue
-- on the appointment's row.
ALTER TABLE appointments ADD COLUMN chat_seq BIGINT NOT NULL DEFAULT 0;
UPDATE appointments SET chat_seq = (SELECT COALESCE(MAX(seq), 0) FROM chat_messages WHERE chat_messages.appointment_id = appointments.id);
