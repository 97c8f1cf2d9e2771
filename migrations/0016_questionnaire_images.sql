-- Questionnaires, continued (issue 28).

-- Images a questionnaire shows (a body map, an instruction): the clinic's
-- content, never a patient's. Fetched without login by an unguessable id,
-- like the logo, since the patient's pages have none.
CREATE TABLE questionnaire_images (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    content_type TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX questionnaire_images_org ON questionnaire_images (org_id);

-- Asked of every new appointment of its department (of every department
-- without one of its own, for an organisation-wide questionnaire) when
-- whoever makes it chooses none: at most one per department and one for
-- the organisation, kept so by the server.
ALTER TABLE questionnaires ADD COLUMN asked_by_default INTEGER NOT NULL DEFAULT 0;
