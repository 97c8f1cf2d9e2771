-- The time step (unix seconds / 30) of the last TOTP code a staff member
-- used: a code is accepted once, so one seen over a shoulder or replayed
-- from a captured request within its 90-second validity is refused.
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT;
