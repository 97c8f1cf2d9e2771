//! Questionnaires with encrypted answers: versioned definitions checked
//! for bad input, attached to an appointment, answered by the patient
//! through their link (drafts, then submitted), read by staff who may see
//! the appointment (each read audited) and by nobody else; the database
//! holds no answer in plain form (the raw SQLite file, and every row of
//! every table in PostgreSQL), a rotation of the key-encryption key keeps
//! every answer readable, and a wrong key is refused. On SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use anteroom_control_plane::answer_keys::{AnswersKey, KeyError, rotate};
use anteroom_control_plane::{ControlPlane, ControlPlaneConfig, Db};
use axum::http::{Method, StatusCode};
use common::client::*;
use serde_json::{Value, json};

const SECRET: &str = "Paracetamol-4711 twice a day";

fn intake() -> Value {
    json!({ "title": "Intake", "fields": [
        { "id": "about", "type": "heading", "label": "About your visit" },
        { "id": "why", "type": "long_text", "label": "Why do you come?", "required": true },
        { "id": "meds", "type": "single_choice", "label": "Do you take medication?", "options": ["yes", "no"], "required": true },
        { "id": "which", "type": "short_text", "label": "Which?", "required": true, "show_if": { "field": "meds", "equals": "yes" } },
        { "id": "country", "type": "country", "label": "Where do you live?" },
        { "id": "agree", "type": "consent", "label": "I agree that the clinic reads my answers.", "required": true }
    ] })
}

/// Everything PostgreSQL holds in the test database, every row of every
/// table as text (a dump).
async fn postgres_dump(db: &Db) -> String {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let mut all = String::new();
    for table in tables {
        let rows: Vec<String> =
            sqlx::query_scalar(&format!("SELECT CAST(t AS TEXT) FROM {table} t"))
                .fetch_all(db.pool())
                .await
                .unwrap();
        all.push_str(&rows.join("\n"));
    }
    all
}

/// The SQLite database's files, as bytes (after a checkpoint, with its
/// write-ahead log if any).
async fn sqlite_bytes(db: &Db, path: &std::path::Path) -> Vec<u8> {
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(db.pool())
        .await
        .unwrap();
    let mut bytes = std::fs::read(path).unwrap();
    let wal = format!("{}-wal", path.display());
    if let Ok(more) = std::fs::read(&wal) {
        bytes.extend(more);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn answers_are_sealed_read_by_staff_who_may_and_survive_a_key_rotation() {
    let sqlite_path = common::scratch_path("questionnaires.db");
    let sqlite = Db::connect(&format!("sqlite:{}", sqlite_path.display()))
        .await
        .unwrap();
    for (db, raw) in [
        (sqlite, Some(sqlite_path.clone())),
        (common::postgres().await, None),
    ] {
        let (key, _) = AnswersKey::generate().unwrap();
        let key = Arc::new(key);
        key.check(db.pool()).await.unwrap();
        let config = ControlPlaneConfig {
            answers_key: key.clone(),
            ..ControlPlaneConfig::default()
        };
        let Setup { cp, clock } = control_plane_with(db.clone(), config);
        let admin = organisation(&cp, "Kliniek").await;
        let gp = add_department(&admin, "GP").await;
        let (doctor, doctor_id) = add_staff(
            &cp,
            &admin,
            "doctor@kliniek.example",
            "practitioner",
            &[&gp],
        )
        .await;
        let (other_doctor, other_id) =
            add_staff(&cp, &admin, "other@kliniek.example", "practitioner", &[&gp]).await;

        // Definitions: bad ones are typed 4xx, nothing made.
        let (status, body) = admin
            .post("/api/v1/questionnaires", json!({ "definition": { "title": "X", "fields": [{ "id": "a", "type": "video", "label": "?" }] } }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_body")
        );
        let many: Vec<Value> = (0..5000)
            .map(|i| json!({ "id": format!("f{i}"), "type": "short_text", "label": "x" }))
            .collect();
        let (status, body) = admin
            .post(
                "/api/v1/questionnaires",
                json!({ "definition": { "title": "X", "fields": many } }),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("fields"))
        );
        // A practitioner may not make one; an administrator may.
        let (status, _) = doctor
            .post("/api/v1/questionnaires", json!({ "definition": intake() }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, made) = admin
            .post("/api/v1/questionnaires", json!({ "definition": intake() }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
        let questionnaire = made["id"].as_str().unwrap().to_owned();
        assert_eq!(made["version"], 1);
        // Editing makes version 2.
        let mut v2 = intake();
        v2["title"] = json!("Intake form");
        let (status, updated) = admin
            .call(
                Method::PUT,
                &format!("/api/v1/questionnaires/{questionnaire}"),
                Some(json!({ "definition": v2 })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{updated}");
        assert_eq!(updated["version"], 2);
        // The list: the two every organisation starts with (made the first
        // time it is read, in the organisation's language), and this one.
        let (_, list) = doctor.get("/api/v1/questionnaires").await;
        let titles: Vec<&str> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["title"].as_str().unwrap())
            .collect();
        assert_eq!(
            titles,
            [
                "Before your consultation",
                "Consent for the video consultation",
                "Intake form"
            ],
            "{list}"
        );
        let (_, again) = admin.get("/api/v1/questionnaires").await;
        assert_eq!(again.as_array().unwrap().len(), 3, "made once");
        let (status, copy) = admin
            .post(
                &format!("/api/v1/questionnaires/{questionnaire}/duplicate"),
                json!({}),
            )
            .await;
        assert_eq!(
            (status, copy["version"].clone()),
            (StatusCode::CREATED, json!(1))
        );
        assert_ne!(copy["id"], made["id"]);

        // An appointment that asks for it; the client is the doctor's only
        // (strict client segregation below).
        let (_, client) = admin
            .post("/api/v1/clients", json!({ "initials": "A.", "last_name": "Jansen", "practitioners": [doctor_id], "departments": [gp] }))
            .await;
        let (status, created) = doctor
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": doctor_id, "starts_at": "2026-11-22T09:30:00Z",
                "duration_minutes": 20, "questionnaire": questionnaire }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let appointment = created["appointment"]["id"].as_str().unwrap().to_owned();
        let token = created["invitation"]["patient_link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let patient = Client::new(&cp);
        let link = format!("/api/v1/links/{token}/questionnaire");
        let (status, form) = patient.get(&link).await;
        assert_eq!(status, StatusCode::OK, "{form}");
        assert_eq!(
            (form["status"].clone(), form["version"].clone()),
            (json!("new"), json!(2))
        );

        // Saved as they type; bad answers are typed errors.
        let (status, saved) = patient
            .call(
                Method::PUT,
                &link,
                Some(json!({ "answers": { "why": "Headache", "meds": "yes" } })),
            )
            .await;
        assert_eq!(
            (status, saved["status"].clone()),
            (StatusCode::OK, json!("started"))
        );
        for wrong in [
            json!({ "nope": "x" }),
            json!({ "meds": "perhaps" }),
            json!({ "agree": "yes" }),
            json!({ "about": "x" }),
        ] {
            let (status, body) = patient
                .call(Method::PUT, &link, Some(json!({ "answers": wrong })))
                .await;
            assert_eq!(
                (status, body["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, Some("answers")),
                "{wrong}"
            );
        }
        // A reload finds what was saved.
        let (_, again) = patient.get(&link).await;
        assert_eq!(
            again["answers"],
            json!({ "why": "Headache", "meds": "yes" })
        );
        // Submitting needs what is required and shown ("which", since
        // medication is "yes").
        let answers = json!({ "why": "Headache", "meds": "yes", "agree": true, "country": "NL" });
        let (status, _) = patient
            .post(&format!("{link}/submit"), json!({ "answers": answers }))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let mut complete = answers.clone();
        complete["which"] = json!(SECRET);
        let (status, done) = patient
            .post(&format!("{link}/submit"), json!({ "answers": complete }))
            .await;
        assert_eq!(
            (status, done["status"].clone()),
            (StatusCode::OK, json!("completed")),
            "{done}"
        );
        let (status, _) = patient
            .call(Method::PUT, &link, Some(json!({ "answers": answers })))
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "no change after submitting");

        // The database holds none of it in plain form.
        match &raw {
            Some(path) => {
                let bytes = sqlite_bytes(&db, path).await;
                assert!(
                    contains(&bytes, "Intake form"),
                    "the definition is there (no patient data)"
                );
                assert!(!contains(&bytes, SECRET) && !contains(&bytes, "Headache"));
            }
            None => {
                let dump = postgres_dump(&db).await;
                assert!(dump.contains("Intake form"));
                assert!(!dump.contains(SECRET) && !dump.contains("Headache"));
            }
        }

        // The doctor reads them; the read is audited. A new version does
        // not change what was answered.
        let mut v3 = intake();
        v3["title"] = json!("Intake, third edition");
        admin
            .call(
                Method::PUT,
                &format!("/api/v1/questionnaires/{questionnaire}"),
                Some(json!({ "definition": v3 })),
            )
            .await;
        let answers_path = format!("/api/v1/appointments/{appointment}/questionnaire");
        let (status, read) = doctor.get(&answers_path).await;
        assert_eq!(status, StatusCode::OK, "{read}");
        assert_eq!(read["answers"]["which"], SECRET);
        assert_eq!(
            (read["version"].clone(), read["definition"]["title"].clone()),
            (json!(2), json!("Intake form"))
        );
        let (_, audit) = admin
            .get(&format!("/api/v1/audit?entity_id={appointment}"))
            .await;
        assert!(
            audit["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["action"] == "read"
                    && e["entity"] == "answers"
                    && e["staff"] == doctor_id.as_str()
                    // Which appointment, readable without reading it.
                    && e["appointment"]["client"] == "A. Jansen"
                    && e["appointment"]["starts_at"] == json!(1_795_339_800_000_i64)),
            "{audit}"
        );

        // Segregation: under strict client segregation another practitioner
        // cannot read them through any endpoint.
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "strict_client_segregation": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = other_doctor.get(&answers_path).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = other_doctor
            .call(
                Method::PUT,
                &answers_path,
                Some(json!({ "questionnaire": questionnaire })),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let _ = other_id;

        // Rotation: every data key re-wrapped, the answers readable with the
        // new key only; the old one is refused from now on.
        let (new_key, _) = AnswersKey::generate().unwrap();
        assert_eq!(rotate(db.pool(), &key, &new_key).await.unwrap(), 1);
        assert!(matches!(
            key.check(db.pool()).await,
            Err(KeyError::WrongKey)
        ));
        new_key.check(db.pool()).await.unwrap();
        let rotated = ControlPlane::new(
            db.clone(),
            Arc::new(clock.clone()),
            ControlPlaneConfig {
                answers_key: Arc::new(new_key),
                ..ControlPlaneConfig::default()
            },
        );
        let doctor = Client::login(&rotated, "doctor@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, read) = doctor.get(&answers_path).await;
        assert_eq!(
            (status, read["answers"]["which"].clone()),
            (StatusCode::OK, json!(SECRET))
        );
        let (wrong, _) = AnswersKey::generate().unwrap();
        assert!(matches!(
            rotate(db.pool(), &wrong, &key).await,
            Err(KeyError::WrongKey)
        ));

        // A server still running with the old key makes no data key the
        // new one cannot open: it refuses (and the patient's answers wait),
        // and a server with the new key takes them.
        let newcomer = organisation(&cp, "Nieuw").await;
        let (_, made) = newcomer
            .post("/api/v1/questionnaires", json!({ "definition": intake() }))
            .await;
        let (_, me) = newcomer.get("/api/v1/me").await;
        let (_, client) = newcomer
            .post(
                "/api/v1/clients",
                json!({ "initials": "N.", "last_name": "Ieuw" }),
            )
            .await;
        let (status, created) = newcomer
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": me["staff"]["id"], "starts_at": "2026-11-22T09:30:00Z",
                "duration_minutes": 20, "questionnaire": made["id"] }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let token = created["invitation"]["patient_link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let path = format!("/api/v1/links/{token}/questionnaire");
        let (status, _) = Client::new(&cp)
            .call(
                Method::PUT,
                &path,
                Some(json!({ "answers": { "why": "Rash" } })),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "the old key makes no data key"
        );
        let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM answer_keys WHERE org_id = $1")
            .bind(me["organisation"].as_str().unwrap())
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(keys, 0);
        let (status, saved) = Client::new(&rotated)
            .call(
                Method::PUT,
                &path,
                Some(json!({ "answers": { "why": "Rash" } })),
            )
            .await;
        assert_eq!(
            (status, saved["status"].clone()),
            (StatusCode::OK, json!("started"))
        );
    }
}

/// The invitation announces the questionnaire (its title, in the patient's
/// language), through a real SMTP server; never any answer.
#[tokio::test]
async fn the_invitation_announces_the_questionnaire() {
    use anteroom_control_plane::email::{MailConfig, Mailer, deliver_due};
    use common::smtp::{SmtpCapture, free_port};
    let db = common::sqlite().await;
    let smtp = SmtpCapture::start(free_port());
    let Setup { cp, .. } = control_plane_with(
        db,
        ControlPlaneConfig {
            mail: Some(MailConfig {
                smtp_url: format!("smtp://127.0.0.1:{}", smtp.port),
                from: "Kliniek <noreply@kliniek.example>".into(),
            }),
            ..ControlPlaneConfig::default()
        },
    );
    let mailer = Mailer::new(cp.config().mail.as_ref().unwrap()).unwrap();
    let admin = organisation(&cp, "Kliniek").await;
    let (_, me) = admin.get("/api/v1/me").await;
    let (_, made) = admin
        .post("/api/v1/questionnaires", json!({ "definition": intake() }))
        .await;
    for (last_name, email, language) in [
        ("Visser", "nl@example.org", "nl"),
        ("Smith", "en@example.org", "en"),
    ] {
        let (_, client) = admin
            .post("/api/v1/clients", json!({ "initials": "A.", "last_name": last_name, "email": email, "language": language }))
            .await;
        let (status, _) = admin
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": me["staff"]["id"], "starts_at": "2026-11-23T10:00:00Z",
                "duration_minutes": 20, "questionnaire": made["id"] }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    deliver_due(&cp, &mailer).await.unwrap();
    let mails = smtp.mails();
    let body_to = |address: &str| {
        mails
            .iter()
            .find(|m| m["to"].as_str().unwrap().contains(address))
            .map(|m| m["body"].as_str().unwrap().to_owned())
            .unwrap()
    };
    let english = body_to("en@example.org");
    assert!(
        english.contains("asks you to answer a few questions (\"Intake\")"),
        "{english}"
    );
    let dutch = body_to("nl@example.org");
    assert!(dutch.contains("Intake"), "{dutch}");
    assert!(!dutch.contains("asks you to answer"), "in Dutch: {dutch}");
}

/// Every organisation starts with an intake and a consent form, in its
/// language, made once (the first time its staff list questionnaires);
/// until edited or asked of an appointment they follow the organisation's
/// language when it changes.
#[tokio::test]
async fn the_default_questionnaires_come_in_the_organisations_language() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db);
        let admin = organisation(&cp, "Kliniek").await;
        let titles = |list: &Value| {
            let mut t: Vec<String> = list
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["title"].as_str().unwrap().to_owned())
                .collect();
            t.sort();
            t
        };
        let expected = |language: &str| {
            let mut t: Vec<String> =
                anteroom_control_plane::questionnaires::definition::defaults(language)
                    .iter()
                    .map(|d| d.title.clone())
                    .collect();
            t.sort();
            t
        };
        // Made in English (the organisation's language at first).
        let (status, list) = admin.get("/api/v1/questionnaires").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(titles(&list), expected("en"));
        // The clinic is Dutch: the untouched defaults follow.
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "language": "nl" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, list) = admin.get("/api/v1/questionnaires").await;
        assert_eq!(titles(&list), expected("nl"));
        assert!(!titles(&list).contains(&"Before your consultation".to_owned()));
        // The intake form's follow-up question is shown for the Dutch "yes".
        let dutch = anteroom_control_plane::questionnaires::definition::defaults("nl");
        let intake = list
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["title"] == dutch[0].title.as_str())
            .unwrap()
            .clone();
        let (_, full) = admin
            .get(&format!(
                "/api/v1/questionnaires/{}",
                intake["id"].as_str().unwrap()
            ))
            .await;
        let medication = &full["definition"]["fields"][3];
        let which = &full["definition"]["fields"][4];
        assert_eq!(which["show_if"]["equals"], medication["options"][0]);
        // Edited, the intake form stays as the clinic made it; the consent
        // form, untouched, follows the next language.
        let mut edited = full["definition"].clone();
        edited["title"] = json!("Ons intakeformulier");
        let (status, _) = admin
            .call(
                Method::PUT,
                &format!("/api/v1/questionnaires/{}", intake["id"].as_str().unwrap()),
                Some(json!({ "definition": edited })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "language": "de" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, list) = admin.get("/api/v1/questionnaires").await;
        let german = anteroom_control_plane::questionnaires::definition::defaults("de");
        let mut want = vec!["Ons intakeformulier".to_owned(), german[1].title.clone()];
        want.sort();
        assert_eq!(titles(&list), want);
    }
}

/// A 1x1 PNG.
const PNG: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/// Every field type, with the words in `language`'s script.
fn every_type(image: &str, words: [&str; 12]) -> Value {
    let [
        title,
        heading,
        paragraph,
        short,
        long,
        single,
        multiple,
        date,
        dropdown,
        country,
        consent,
        picture,
    ] = words;
    json!({ "title": title, "fields": [
        { "id": "h", "type": "heading", "label": heading },
        { "id": "p", "type": "paragraph", "label": paragraph },
        { "id": "img", "type": "image", "label": picture, "image": image },
        { "id": "short", "type": "short_text", "label": short, "required": true },
        { "id": "long", "type": "long_text", "label": long },
        { "id": "single", "type": "single_choice", "label": single, "options": ["A", "B"] },
        { "id": "multiple", "type": "multiple_choice", "label": multiple, "options": ["x", "y", "z"] },
        { "id": "date", "type": "date", "label": date },
        { "id": "dropdown", "type": "dropdown", "label": dropdown, "options": ["1", "2", "3"] },
        { "id": "country", "type": "country", "label": country },
        { "id": "consent", "type": "consent", "label": consent, "required": true },
        { "id": "never", "type": "short_text", "label": "NEVER-SHOWN", "show_if": { "field": "single", "equals": "B" } },
        { "id": "skipped", "type": "short_text", "label": "Skipped" }
    ] })
}

/// Runs `program` (from poppler-utils) on `pdf`; its output.
fn poppler(program: &str, pdf: &[u8]) -> String {
    let path = common::scratch_path(&format!("export-{}.pdf", fastrand::u64(..)));
    std::fs::write(&path, pdf).unwrap();
    let mut command = std::process::Command::new(program);
    command.arg(&path);
    if program == "pdftotext" {
        command.arg("-");
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{program} (apt install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Answers as PDF and text, in the patient's language, with every field
/// type, Arabic and Dutch alike: read back with poppler; every download
/// audited; nobody who may not see the appointment gets one.
#[tokio::test]
async fn every_field_type_exports_as_pdf_and_text_in_arabic_and_dutch() {
    let db = common::sqlite().await;
    let Setup { cp, .. } = control_plane(db);
    let admin = organisation(&cp, "Kliniek De Linde").await;
    let gp = add_department(&admin, "GP").await;
    let (doctor, doctor_id) = add_staff(
        &cp,
        &admin,
        "doctor@kliniek.example",
        "practitioner",
        &[&gp],
    )
    .await;
    let (other, _) = add_staff(&cp, &admin, "other@kliniek.example", "practitioner", &[&gp]).await;
    // Images: only real ones of the accepted types; a practitioner may not.
    let (status, _) = admin
        .post(
            "/api/v1/questionnaire-images",
            json!({ "content_type": "image/png", "data": "aGVsbG8=" }),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = doctor
        .post(
            "/api/v1/questionnaire-images",
            json!({ "content_type": "image/png", "data": PNG }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, image) = admin
        .post(
            "/api/v1/questionnaire-images",
            json!({ "content_type": "image/png", "data": PNG }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{image}");
    let (status, _, headers) = Client::new(&cp)
        .raw_full(
            Method::GET,
            image["url"].as_str().unwrap(),
            None,
            Vec::new(),
            None,
        )
        .await;
    assert_eq!(
        (status, headers["content-type"].to_str().unwrap()),
        (StatusCode::OK, "image/png")
    );
    // An image field needs an image of this organisation.
    let elsewhere = organisation(&cp, "Elders").await;
    let (_, foreign) = elsewhere
        .post(
            "/api/v1/questionnaire-images",
            json!({ "content_type": "image/png", "data": PNG }),
        )
        .await;
    let (status, body) = admin
        .post(
            "/api/v1/questionnaires",
            json!({ "definition": every_type(foreign["id"].as_str().unwrap(), ["T"; 12]) }),
        )
        .await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (StatusCode::BAD_REQUEST, Some("fields"))
    );
    let image = image["id"].as_str().unwrap();

    let arabic = [
        "استبيان قبل الموعد",
        "عن زيارتك",
        "يرجى الإجابة على الأسئلة التالية.",
        "ما اسم الدواء؟",
        "صف الأعراض",
        "اختر واحدا",
        "اختر ما ينطبق",
        "منذ متى؟",
        "كم مرة؟",
        "بلد الإقامة",
        "أوافق على الاستشارة بالفيديو",
        "صورة الجسم",
    ];
    let dutch = [
        "Vragenlijst vóór het consult",
        "Over uw bezoek",
        "Beantwoord de volgende vragen.",
        "Welk geneesmiddel?",
        "Beschrijf uw klachten",
        "Kies er één",
        "Kies wat past",
        "Sinds wanneer?",
        "Hoe vaak?",
        "Land",
        "Ik ga akkoord met het videoconsult",
        "Lichaamskaart",
    ];
    for (language, words, short_answer, long_answer) in [
        (
            "ar",
            arabic,
            "باراسيتامول 500 ملغ",
            "صداع منذ ثلاثة أيام، مع حمى خفيفة.",
        ),
        (
            "nl",
            dutch,
            "Paracetamol 500 mg",
            "Hoofdpijn sinds drie dagen, met lichte koorts: één à twee keer per dag.",
        ),
    ] {
        let (status, made) = admin
            .post(
                "/api/v1/questionnaires",
                json!({ "definition": every_type(image, words) }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
        let (_, client) = admin
            .post("/api/v1/clients", json!({ "initials": "M.", "last_name": format!("Patient-{language}"), "date_of_birth": "1980-04-01",
                "language": language, "practitioners": [doctor_id], "departments": [gp] }))
            .await;
        let (status, created) = doctor
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": doctor_id, "starts_at": "2026-11-22T09:30:00Z",
                "duration_minutes": 20, "questionnaire": made["id"] }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let appointment = created["appointment"]["id"].as_str().unwrap().to_owned();
        let token = created["invitation"]["patient_link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let answers = json!({ "short": short_answer, "long": long_answer, "single": "A", "multiple": ["x", "z"],
            "date": "2026-11-01", "dropdown": "2", "country": "NL", "consent": true });
        let (status, done) = Client::new(&cp)
            .post(
                &format!("/api/v1/links/{token}/questionnaire/submit"),
                json!({ "answers": answers }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{done}");

        let export = format!("/api/v1/appointments/{appointment}/questionnaire/export");
        let (status, text, headers) = doctor
            .raw_full(
                Method::GET,
                &format!("{export}?format=text"),
                None,
                Vec::new(),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["content-type"], "text/plain; charset=utf-8");
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert_eq!(headers["cache-control"], "no-store");
        let text = text.as_str().unwrap();
        let catalogue = anteroom_control_plane::l10n::catalogues();
        let say = |id: &str| catalogue.message(language, id, &fluent_bundle::FluentArgs::new());
        let day = |date: &str| {
            let zoned = date
                .parse::<jiff::civil::Date>()
                .unwrap()
                .to_zoned(jiff::tz::TimeZone::UTC)
                .unwrap();
            anteroom_control_plane::l10n::day(language, &zoned)
        };
        for expected in [
            "Kliniek De Linde",
            words[0],
            words[3],
            short_answer,
            long_answer,
            "x, z",
            &day("2026-11-01"),
            &day("1980-04-01"),
            "NL",
            &say("questionnaires-export-yes"),
            &say("questionnaires-export-not-answered"),
        ] {
            assert!(
                text.contains(expected),
                "{language}: {expected:?} in\n{text}"
            );
        }
        assert!(
            !text.contains("NEVER-SHOWN"),
            "a field not shown to the patient is left out"
        );
        assert_ne!(
            say("questionnaires-export-not-answered"),
            catalogue.message(
                "en",
                "questionnaires-export-not-answered",
                &fluent_bundle::FluentArgs::new()
            ),
            "{language}: in the patient's language"
        );

        let (status, headers, pdf) = doctor.bytes(&export).await;
        assert_eq!(
            (status, headers["content-type"].to_str().unwrap()),
            (StatusCode::OK, "application/pdf")
        );
        assert!(pdf.starts_with(b"%PDF-"));
        // To look at them: ANTEROOM_KEEP_EXPORTS=/some/dir.
        if let Ok(dir) = std::env::var("ANTEROOM_KEEP_EXPORTS") {
            std::fs::write(format!("{dir}/answers-{language}.pdf"), &pdf).unwrap();
        }
        assert!(contains(&pdf, "/Subtype/Image"), "the image is in it");
        let fonts = poppler("pdffonts", &pdf);
        assert!(
            fonts.contains("DejaVuSans") && fonts.contains("yes yes"),
            "embedded subsets:\n{fonts}"
        );
        let read = poppler("pdftotext", &pdf);
        // pdftotext gives the text back in logical order, with bidi
        // controls around runs and spaces of its own between them: compare
        // without either. (It spells the lam-alef ligature alef-lam, so
        // these words have none.)
        let squeeze = |s: &str| {
            s.chars()
                .filter(|c| !c.is_whitespace() && !('\u{202a}'..='\u{202e}').contains(c))
                .collect::<String>()
        };
        for expected in [
            "Kliniek De Linde",
            words[3],
            words[5],
            short_answer,
            &day("2026-11-01"),
        ] {
            assert!(
                squeeze(&read).contains(&squeeze(expected)),
                "{language}: {expected:?} in\n{read}"
            );
        }
        assert!(!read.contains("NEVER-SHOWN"));

        // Both downloads are in the audit log; another practitioner (strict
        // segregation below) gets none.
        let (_, audit) = admin
            .get(&format!(
                "/api/v1/audit?entity_id={appointment}&entity=answers"
            ))
            .await;
        let exports = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "export")
            .count();
        assert_eq!(exports, 2, "{audit}");
        let _ = &other;
    }
    let (status, _) = admin
        .call(
            Method::PUT,
            "/api/v1/organisation/settings",
            Some(json!({ "strict_client_segregation": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = doctor.get("/api/v1/appointments").await;
    for a in list["items"].as_array().unwrap() {
        let (status, _) = other
            .get(&format!(
                "/api/v1/appointments/{}/questionnaire/export?format=text",
                a["id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

/// A department's questionnaire asked by default goes to its new
/// appointments unless another (or none) is chosen; the organisation's to
/// the rest; one per scope.
#[tokio::test]
async fn questionnaires_asked_by_default_per_department() {
    let db = common::sqlite().await;
    let Setup { cp, .. } = control_plane(db);
    let admin = organisation(&cp, "Kliniek").await;
    let (_, me) = admin.get("/api/v1/me").await;
    let gp = add_department(&admin, "GP").await;
    let physio = add_department(&admin, "Physio").await;
    let make = |department: Option<&str>, title: &str| {
        let mut body = json!({ "definition": { "title": title, "fields": [{ "id": "a", "type": "short_text", "label": "?" }] } });
        if let Some(d) = department {
            body["department"] = json!(d);
        }
        body
    };
    let (_, org_wide) = admin
        .post("/api/v1/questionnaires", make(None, "Everyone"))
        .await;
    let (_, gp_one) = admin
        .post("/api/v1/questionnaires", make(Some(&gp), "GP intake"))
        .await;
    let (_, gp_two) = admin
        .post("/api/v1/questionnaires", make(Some(&gp), "GP intake 2"))
        .await;
    for q in [&org_wide, &gp_one, &gp_two] {
        let (status, body) = admin
            .call(
                Method::PUT,
                &format!(
                    "/api/v1/questionnaires/{}/asked-by-default",
                    q["id"].as_str().unwrap()
                ),
                Some(json!({ "asked_by_default": true })),
            )
            .await;
        assert_eq!(
            (status, body["asked_by_default"].clone()),
            (StatusCode::OK, json!(true))
        );
    }
    let (_, list) = admin.get("/api/v1/questionnaires").await;
    let by_default: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["asked_by_default"] == true)
        .map(|q| q["title"].as_str().unwrap())
        .collect();
    assert_eq!(by_default, ["Everyone", "GP intake 2"], "one per scope");
    let (_, client) = admin
        .post(
            "/api/v1/clients",
            json!({ "initials": "A.", "last_name": "B" }),
        )
        .await;
    let mut asked = Vec::new();
    for (department, questionnaire) in [
        (Some(&gp), None),
        (Some(&physio), None),
        (None, None),
        (Some(&gp), Some(Value::Null)),
        (Some(&gp), Some(gp_one["id"].clone())),
    ] {
        let mut body = json!({ "client": client["id"], "practitioner": me["staff"]["id"], "starts_at": "2026-11-23T10:00:00Z", "duration_minutes": 20 });
        if let Some(d) = department {
            body["department"] = json!(d);
        }
        if let Some(q) = questionnaire {
            body["questionnaire"] = q;
        }
        let (status, created) = admin.post("/api/v1/appointments", body).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        asked.push(
            created["appointment"]["questionnaire"]["title"]
                .as_str()
                .map(str::to_owned),
        );
    }
    assert_eq!(
        asked,
        [
            Some("GP intake 2".into()),
            Some("Everyone".into()),
            Some("Everyone".into()),
            None,
            Some("GP intake".into())
        ]
    );
    // Switched off: not asked any more.
    admin
        .call(
            Method::PUT,
            &format!(
                "/api/v1/questionnaires/{}/asked-by-default",
                gp_two["id"].as_str().unwrap()
            ),
            Some(json!({ "asked_by_default": false })),
        )
        .await;
    let (_, created) = admin
        .post(
            "/api/v1/appointments",
            json!({ "client": client["id"], "practitioner": me["staff"]["id"], "department": gp,
            "starts_at": "2026-11-24T10:00:00Z", "duration_minutes": 20 }),
        )
        .await;
    assert_eq!(created["appointment"]["questionnaire"]["title"], "Everyone");
}
