-- Every patient in their own language (issue 25).
--
-- A client's language (a shipped one, such as 'nl'), set by staff: their
-- emails and pages use it unless they choose another on the page. NULL:
-- the organisation's language.
ALTER TABLE clients ADD COLUMN language TEXT;

-- Email templates and waiting-room texts per language. NULL: for every
-- language without a text of its own (what every existing row was).
ALTER TABLE email_templates ADD COLUMN language TEXT;
DROP INDEX email_templates_scope;
CREATE UNIQUE INDEX email_templates_scope ON email_templates (org_id, COALESCE(department_id, ''), kind, COALESCE(language, ''));

ALTER TABLE waiting_texts ADD COLUMN language TEXT;
DROP INDEX waiting_texts_scope;
CREATE UNIQUE INDEX waiting_texts_scope ON waiting_texts (org_id, COALESCE(department_id, ''), COALESCE(language, ''));

-- Mails go out as text and HTML: the HTML part, cleared with the rest once
-- the mail is sent or has failed for good.
ALTER TABLE outbox ADD COLUMN html TEXT;
