//! Email through a real SMTP server (aiosmtpd), read back by an independent
//! parser (Python's email and icalendar packages): invitations with their
//! placeholders and calendar attachment, department templates, reminders on
//! the day, cancellations, password links; and the outbox keeping mail
//! while the server is down, delivering each exactly once after it
//! restarts, across a control-plane restart. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use anteroom_control_plane::email::{
    Delivery, MailConfig, Mailer, deliver_due, outbox, queue_reminders,
};
use anteroom_control_plane::{ControlPlane, ControlPlaneConfig};
use axum::http::{Method, StatusCode};
use common::client::*;
use common::smtp::{SmtpCapture, free_port};
use serde_json::{Value, json};

fn mail_config(port: u16) -> ControlPlaneConfig {
    ControlPlaneConfig {
        mail: Some(MailConfig {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            from: "Kliniek <noreply@kliniek.example>".into(),
        }),
        ..ControlPlaneConfig::default()
    }
}

fn mailer(cp: &ControlPlane) -> Mailer {
    Mailer::new(cp.config().mail.as_ref().unwrap()).unwrap()
}

fn at(time: &str) -> jiff::Timestamp {
    time.parse().unwrap()
}

fn to(mails: &[Value], address: &str) -> Vec<Value> {
    mails
        .iter()
        .filter(|m| m["to"].as_str().unwrap().contains(address))
        .cloned()
        .collect()
}

#[tokio::test]
async fn invitations_reminders_cancellations_and_password_links_arrive() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, clock } = control_plane_with(db.clone(), mail_config(smtp.port));
        let mailer = mailer(&cp);
        let admin = organisation(&cp, "Kliniek").await;
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "timezone": "Europe/Amsterdam" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let cardio = add_department(&admin, "Cardiology").await;
        // A department's own invitation; unknown placeholders are refused.
        let (status, body) = admin
            .call(Method::PUT, "/api/v1/email-templates", Some(json!({ "kind": "invitation", "department": cardio,
                "subject": "Cardiology: *|date|* *|time|*", "body": "Dear *|client_name|*, see *|practitioner|*: *|consult_deeplink|* (*|shoe_size|*)" })))
            .await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("body"))
        );
        let (status, _) = admin
            .call(Method::PUT, "/api/v1/email-templates", Some(json!({ "kind": "invitation", "department": cardio,
                "subject": "Cardiology: *|date|* *|time|*", "body": "Dear *|client_name|*, see *|practitioner|*: *|consult_deeplink|*" })))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);

        // A new practitioner gets the password link by mail.
        let (status, created) = admin
            .post("/api/v1/staff", json!({ "email": "doc@kliniek.example", "name": "Dr. Visser", "role": "practitioner", "departments": [cardio] }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let password_link = created["password_link"].as_str().unwrap().to_owned();
        let doctor_id = created["staff"]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            deliver_due(&cp, &mailer).await.unwrap(),
            Delivery {
                sent: 1,
                deferred: 0,
                failed: 0
            }
        );
        let mails = smtp.mails();
        assert_eq!(mails.len(), 1);
        assert_eq!(
            mails[0]["subject"],
            "Set your password for Kliniek on anteroom"
        );
        assert!(
            mails[0]["body"].as_str().unwrap().contains(&password_link),
            "{}",
            mails[0]["body"]
        );
        let doctor = activate(&cp, &password_link, "doc@kliniek.example").await;

        let (status, client) = doctor
            .post(
                "/api/v1/clients",
                json!({ "initials": "J.", "last_name": "de Vries", "email": "jan@example.org" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (_, interpreter) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Ivo Tolk", "kind": "interpreter", "email": "ivo@example.org" }),
            )
            .await;
        let (_, silent) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "No Mail", "kind": "family" }),
            )
            .await;
        // Monday 10:00 in Amsterdam is 09:00 UTC.
        let (status, created) = doctor
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": doctor_id, "starts_at": "2026-11-23T10:00:00+01:00",
                "duration_minutes": 20, "message": "Please have your medication at hand.", "participants": [interpreter["id"], silent["id"]] }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        let patient_link = created["invitation"]["patient_link"]
            .as_str()
            .unwrap()
            .to_owned();
        let ivo_link = created["invitation"]["participant_links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["participant"] == interpreter["id"])
            .map(|l| l["link"].as_str().unwrap().to_owned())
            .unwrap();
        assert_eq!(
            deliver_due(&cp, &mailer).await.unwrap().sent,
            2,
            "client and the participant with an address"
        );
        let mails = smtp.mails();
        let jan = to(&mails, "jan@example.org");
        assert_eq!(jan.len(), 1);
        assert_eq!(
            jan[0]["subject"],
            "Your video consultation with Kliniek on Monday 23 November 2026 at 10:00"
        );
        assert_eq!(jan[0]["from"], "Kliniek <noreply@kliniek.example>");
        let body = jan[0]["body"].as_str().unwrap();
        for expected in [
            "Hello J. de Vries",
            "with Dr. Visser (Kliniek)",
            "at 10:00 (Europe/Amsterdam), for 20 minutes",
            &patient_link,
            "Please have your medication at hand.",
        ] {
            assert!(
                body.contains(expected),
                "{expected:?} missing from:\n{body}"
            );
        }
        assert!(!body.contains("*|"), "every placeholder filled:\n{body}");
        let calendar = &jan[0]["calendars"][0];
        assert_eq!(calendar["method"], "REQUEST");
        let event = &calendar["events"][0];
        assert_eq!(
            (
                event["uid"].as_str(),
                event["dtstart"].as_str(),
                event["dtend"].as_str(),
                event["sequence"].as_i64()
            ),
            (
                Some(format!("{id}@anteroom").as_str()),
                Some("2026-11-23T09:00:00+00:00"),
                Some("2026-11-23T09:20:00+00:00"),
                Some(0)
            )
        );
        assert_eq!(event["url"].as_str(), Some(patient_link.as_str()));
        assert_eq!(
            event["attendees"],
            json!(["mailto:jan@example.org"]),
            "iTIP names the attendee"
        );
        let ivo = to(&mails, "ivo@example.org");
        assert_eq!(ivo.len(), 1);
        assert!(
            ivo[0]["body"].as_str().unwrap().contains("Hello Ivo Tolk")
                && ivo[0]["body"].as_str().unwrap().contains(&ivo_link)
        );
        assert_eq!(
            ivo[0]["calendars"][0]["events"][0]["url"].as_str(),
            Some(ivo_link.as_str())
        );

        // The department's template for a department appointment.
        let (_, dept) = doctor
            .post("/api/v1/appointments", json!({ "client": client["id"], "department": cardio, "starts_at": "2026-11-24T14:30:00Z", "duration_minutes": 30 }))
            .await;
        let dept_id = dept["appointment"]["id"].as_str().unwrap().to_owned();
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 1);
        let mails = smtp.mails();
        let custom = mails
            .iter()
            .find(|m| m["subject"].as_str().unwrap().starts_with("Cardiology"))
            .unwrap();
        assert_eq!(
            custom["subject"],
            "Cardiology: Tuesday 24 November 2026 15:30"
        );
        assert_eq!(
            custom["body"].as_str().unwrap().trim(),
            format!(
                "Dear J. de Vries, see Cardiology: {}",
                dept["invitation"]["patient_link"].as_str().unwrap()
            )
        );

        // Reminders go out on the day from 07:00 clinic time, once.
        clock.set(at("2026-11-23T05:30:00Z")); // 06:30 in Amsterdam
        assert_eq!(queue_reminders(&cp).await.unwrap(), 0);
        clock.set(at("2026-11-23T06:05:00Z"));
        assert_eq!(
            queue_reminders(&cp).await.unwrap(),
            1,
            "the Monday appointment, not Tuesday's"
        );
        assert_eq!(queue_reminders(&cp).await.unwrap(), 0, "once");
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 1);
        let mails = smtp.mails();
        let reminder = mails
            .iter()
            .find(|m| m["subject"] == "Reminder: your video consultation today at 10:00")
            .unwrap();
        assert_eq!(reminder["to"], "jan@example.org");
        let fresh = reminder["body"]
            .as_str()
            .unwrap()
            .lines()
            .find(|l| l.contains("/c/"))
            .unwrap()
            .trim()
            .to_owned();
        assert_ne!(
            fresh, patient_link,
            "a new link: the first exists only as a hash"
        );
        let token = fresh.rsplit('/').next().unwrap();
        let (status, view) = Client::new(&cp)
            .get(&format!("/api/v1/links/{token}"))
            .await;
        assert_eq!(
            (status, view["state"].as_str()),
            (StatusCode::OK, Some("early"))
        );

        // Cancelling tells the client and the participant; the calendar
        // event is cancelled with a higher sequence.
        let doctor = Client::login(&cp, "doc@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{id}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 2);
        let mails = smtp.mails();
        let cancelled: Vec<&Value> = mails
            .iter()
            .filter(|m| m["subject"].as_str().unwrap().starts_with("Cancelled"))
            .collect();
        assert_eq!(cancelled.len(), 2);
        for mail in cancelled {
            let calendar = &mail["calendars"][0];
            assert_eq!(
                (
                    calendar["method"].as_str(),
                    calendar["events"][0]["status"].as_str()
                ),
                (Some("CANCEL"), Some("CANCELLED"))
            );
            assert_eq!(
                (
                    calendar["events"][0]["uid"].as_str(),
                    calendar["events"][0]["sequence"].as_i64()
                ),
                (Some(format!("{id}@anteroom").as_str()), Some(1))
            );
        }

        // Moving an appointment sends an updated invitation (sequence 1).
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{dept_id}"),
                Some(json!({ "starts_at": "2026-11-24T15:00:00Z" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 1);
        let mails = smtp.mails();
        let moved = mails
            .iter()
            .find(|m| m["subject"] == "Cardiology: Tuesday 24 November 2026 16:00")
            .unwrap();
        assert_eq!(moved["calendars"][0]["events"][0]["sequence"], 1);

        // An organisation that sends no emails queues none.
        let admin = Client::login(&cp, "admin@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "timezone": "Europe/Amsterdam", "no_emails": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = admin
            .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": doctor_id, "starts_at": "2026-11-25T09:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(outbox::waiting(&cp).await.unwrap(), 0);
        assert_eq!(smtp.mails().len(), 8, "every mail once, none extra");
        db.close().await;
    }
}

#[tokio::test]
async fn mail_waits_while_smtp_is_down_and_arrives_once_after_a_restart() {
    for db in common::test_dbs().await {
        let port = free_port();
        let Setup { cp, clock } = control_plane_with(db.clone(), mail_config(port));
        let admin = organisation(&cp, "Patient").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let admin_id = me["staff"]["id"].as_str().unwrap().to_owned();
        for n in 0..3 {
            let (_, client) = admin.post("/api/v1/clients", json!({ "initials": "P", "last_name": format!("P{n}"), "email": format!("p{n}@example.org") })).await;
            let (status, _) = admin
                .post("/api/v1/appointments", json!({ "client": client["id"], "practitioner": admin_id, "starts_at": format!("2026-11-23T{:02}:00:00Z", 8 + n), "duration_minutes": 20 }))
                .await;
            assert_eq!(status, StatusCode::CREATED);
        }
        // Nobody listens on the port: every attempt is deferred.
        let first = mailer(&cp);
        assert_eq!(
            deliver_due(&cp, &first).await.unwrap(),
            Delivery {
                sent: 0,
                deferred: 3,
                failed: 0
            }
        );
        assert_eq!(outbox::waiting(&cp).await.unwrap(), 3);
        clock.advance(Duration::from_secs(10));
        assert_eq!(
            deliver_due(&cp, &first).await.unwrap(),
            Delivery::default(),
            "backing off"
        );
        clock.advance(Duration::from_secs(25));
        assert_eq!(
            deliver_due(&cp, &first).await.unwrap().deferred,
            3,
            "second attempt after 30 s"
        );

        // The process restarts (a new control plane on the same database),
        // and the SMTP server comes up.
        let restarted = ControlPlane::new(db.clone(), Arc::new(clock.clone()), mail_config(port));
        let smtp = SmtpCapture::start(port);
        let second = mailer(&restarted);
        clock.advance(Duration::from_secs(30));
        assert_eq!(
            deliver_due(&restarted, &second).await.unwrap(),
            Delivery::default(),
            "the second backoff is 60 s"
        );
        clock.advance(Duration::from_secs(31));
        assert_eq!(
            deliver_due(&restarted, &second).await.unwrap(),
            Delivery {
                sent: 3,
                deferred: 0,
                failed: 0
            }
        );
        clock.advance(Duration::from_secs(3600));
        assert_eq!(
            deliver_due(&restarted, &second).await.unwrap(),
            Delivery::default(),
            "nothing is sent twice"
        );
        let mails = smtp.mails();
        let mut recipients: Vec<&str> = mails.iter().map(|m| m["to"].as_str().unwrap()).collect();
        recipients.sort();
        assert_eq!(
            recipients,
            vec!["p0@example.org", "p1@example.org", "p2@example.org"]
        );
        assert_eq!(outbox::waiting(&restarted).await.unwrap(), 0);
        // Sent mail keeps no content (the links) in the database.
        let kept: i64 = sqlx::Row::try_get(
            &sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE body IS NOT NULL OR ics IS NOT NULL OR subject IS NOT NULL")
                .fetch_one(db.pool())
                .await
                .unwrap(),
            "n",
        )
        .unwrap();
        assert_eq!(kept, 0);
        db.close().await;
    }
}

#[tokio::test]
async fn mails_go_out_in_the_clients_language_as_text_and_html_with_whom_to_call() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, .. } = control_plane_with(db.clone(), mail_config(smtp.port));
        let mailer = mailer(&cp);
        let admin = organisation(&cp, "Kliniek").await;
        // A colour white text would be unreadable on is refused.
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "brand_colour": "#ffcc00" })),
            )
            .await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (
                StatusCode::BAD_REQUEST,
                "invalid_field",
                Some("brand_colour")
            )
        );
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "timezone": "Europe/Amsterdam", "language": "de-AT", "contact_phone": "+31 20 123 4567",
                    "contact_email": " Balie@Kliniek.example ", "brand_colour": "#7A1F5C" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            (
                body["contact_email"].as_str(),
                body["brand_colour"].as_str()
            ),
            (Some("balie@kliniek.example"), Some("#7a1f5c")),
            "stored as shown"
        );

        // Staff set a client's language; only shipped ones.
        let (status, body) = admin
            .post(
                "/api/v1/clients",
                json!({ "initials": "X.", "last_name": "Y", "language": "tlh" }),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("language"))
        );
        let (status, jan) = admin
            .post("/api/v1/clients", json!({ "initials": "J.", "last_name": "de Vries", "email": "jan@example.org", "language": "nl" }))
            .await;
        assert_eq!(
            (status, jan["language"].as_str()),
            (StatusCode::CREATED, Some("nl"))
        );
        let (_, eva) = admin
            .post(
                "/api/v1/clients",
                json!({ "initials": "E.", "last_name": "Huber", "email": "eva@example.org" }),
            )
            .await;
        assert_eq!(eva["language"], Value::Null, "the clinic's language");

        // The clinic's own Dutch invitation; a waiting-room text in Dutch
        // and one for every other language.
        let (status, _) = admin
            .call(Method::PUT, "/api/v1/email-templates", Some(json!({ "kind": "invitation", "language": "nl",
                "subject": "Uw afspraak op *|date|*", "body": "Beste *|client_name|*,\n\nKlik op *|consult_deeplink|*." })))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/email-templates",
                Some(json!({ "kind": "invitation", "language": "tlh",
                "subject": "x", "body": "y" })),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("language"))
        );
        let (_, templates) = admin.get("/api/v1/email-templates").await;
        assert_eq!(templates["templates"][0]["language"], "nl");
        let arabic = templates["defaults"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["language"] == "ar" && t["kind"] == "reminder")
            .expect("the built-in texts in every language");
        assert!(
            arabic["body"]
                .as_str()
                .unwrap()
                .contains("*|consult_deeplink|*")
        );
        for (language, body) in [
            (Some("nl"), "Welkom bij *|clinic|*"),
            (None, "Welcome to *|clinic|*"),
        ] {
            let (status, _) = admin
                .call(
                    Method::PUT,
                    "/api/v1/waiting-texts",
                    Some(json!({ "language": language, "body": body })),
                )
                .await;
            assert_eq!(status, StatusCode::NO_CONTENT);
        }

        let gp = add_department(&admin, "Huisarts").await;
        let mut links = Vec::new();
        for client in [&jan, &eva] {
            let (status, created) = admin
                .post("/api/v1/appointments", json!({ "client": client["id"], "department": gp, "starts_at": "2026-11-23T10:00:00+01:00", "duration_minutes": 20 }))
                .await;
            assert_eq!(status, StatusCode::CREATED, "{created}");
            links.push(
                created["invitation"]["patient_link"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
        }
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 2);
        let mails = smtp.mails();

        // Jan: the clinic's Dutch text, a Dutch date, Dutch calendar words.
        let dutch = &to(&mails, "jan@example.org")[0];
        assert_eq!(dutch["subject"], "Uw afspraak op maandag 23 november 2026");
        let text = dutch["body"].as_str().unwrap();
        assert!(text.starts_with("Beste J. de Vries,"), "{text}");
        assert!(text.contains(&links[0]), "{text}");
        assert!(
            text.contains("+31 20 123 4567")
                && text.contains("balie@kliniek.example")
                && !text.contains("Questions"),
            "whom to call, in Dutch:\n{text}"
        );
        assert_eq!(
            dutch["parts"],
            json!([
                "multipart/mixed",
                "multipart/alternative",
                "text/plain",
                "text/html",
                "text/calendar"
            ])
        );
        let html = dutch["html"].as_str().unwrap();
        assert!(html.contains("<html lang=\"nl\" dir=\"ltr\">"), "{html}");
        assert!(
            html.contains(&format!(
                "<a href=\"{0}\" style=\"color:#7a1f5c;word-break:break-all;\">{0}</a>",
                links[0]
            )),
            "{html}"
        );
        assert!(html.contains("+31 20 123 4567"), "{html}");
        let summary = dutch["calendars"][0]["events"][0]["summary"]
            .as_str()
            .unwrap();
        assert!(
            summary.contains("Kliniek") && !summary.starts_with("Video consultation"),
            "{summary}"
        );

        // Eva has no language: the clinic's (de-AT: German), built in.
        let german = &to(&mails, "eva@example.org")[0];
        let subject = german["subject"].as_str().unwrap();
        assert!(subject.contains("Montag, 23. November 2026"), "{subject}");
        assert!(
            german["html"]
                .as_str()
                .unwrap()
                .contains("<html lang=\"de\"")
        );

        // The pages get the same language, the text in it, and whom to call.
        let view = |link: &str| {
            let cp = cp.clone();
            let token = link.rsplit('/').next().unwrap().to_owned();
            async move {
                Client::new(&cp)
                    .get(&format!("/api/v1/links/{token}"))
                    .await
                    .1
            }
        };
        let jan_view = view(&links[0]).await;
        assert_eq!(
            (
                jan_view["language"].as_str(),
                jan_view["waiting_text"].as_str()
            ),
            (Some("nl"), Some("Welkom bij Kliniek"))
        );
        assert_eq!(
            jan_view["contact"],
            json!({ "phone": "+31 20 123 4567", "email": "balie@kliniek.example", "colour": "#7a1f5c", "logo": null })
        );
        let eva_view = view(&links[1]).await;
        assert_eq!(
            (
                eva_view["language"].as_str(),
                eva_view["waiting_text"].as_str()
            ),
            (Some("de"), Some("Welcome to Kliniek"))
        );

        // Staff change Jan's language back to the clinic's.
        let (status, changed) = admin
            .call(
                Method::PATCH,
                &format!("/api/v1/clients/{}", jan["id"].as_str().unwrap()),
                Some(json!({ "language": "" })),
            )
            .await;
        assert_eq!(
            (status, changed["language"].clone()),
            (StatusCode::OK, Value::Null)
        );
        assert_eq!(view(&links[0]).await["language"], "de");
        drop(db);
    }
}

#[tokio::test]
async fn a_participant_added_later_gets_a_link_of_their_own_by_mail() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, .. } = control_plane_with(db.clone(), mail_config(smtp.port));
        let mailer = mailer(&cp);
        let admin = organisation(&cp, "Kliniek").await;
        let gp = add_department(&admin, "Huisarts").await;
        let (_, jan) = admin
            .post(
                "/api/v1/clients",
                json!({ "initials": "J.", "last_name": "de Vries", "email": "jan@example.org" }),
            )
            .await;
        let (status, created) = admin
            .post("/api/v1/appointments", json!({ "client": jan["id"], "department": gp, "starts_at": "2026-11-22T10:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            deliver_due(&cp, &mailer).await.unwrap().sent,
            1,
            "the client's invitation"
        );
        let (_, ivo) = admin
            .post(
                "/api/v1/participants",
                json!({ "name": "Ivo Tolk", "kind": "interpreter", "email": "ivo@example.org" }),
            )
            .await;
        let add = |participant: Value| {
            let admin = &admin;
            let path = format!("/api/v1/appointments/{id}/participants");
            async move {
                admin
                    .post(&path, json!({ "participant": participant }))
                    .await
            }
        };
        let (status, added) = add(ivo["id"].clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{added}");
        let link = added["link"].as_str().unwrap().to_owned();

        // Only Ivo is mailed, with his own link; the client is not mailed
        // again.
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 1);
        let ivo_mails = to(&smtp.mails(), "ivo@example.org");
        assert_eq!(ivo_mails.len(), 1);
        assert!(ivo_mails[0]["body"].as_str().unwrap().contains(&link));
        assert_eq!(to(&smtp.mails(), "jan@example.org").len(), 1);
        let token = link.rsplit('/').next().unwrap();
        let (_, view) = Client::new(&cp)
            .get(&format!("/api/v1/links/{token}"))
            .await;
        assert_eq!(view["role"], "participant");
        let (_, appointment) = admin.get(&format!("/api/v1/appointments/{id}")).await;
        assert_eq!(appointment["participants"][0]["id"], ivo["id"]);

        // Not twice; not someone of another organisation; not beyond the
        // call's size; not once it is cancelled.
        let (status, body) = add(ivo["id"].clone()).await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("participant"))
        );
        let other = organisation(&cp, "Elders").await;
        let (_, stranger) = other
            .post(
                "/api/v1/participants",
                json!({ "name": "Stranger", "kind": "family" }),
            )
            .await;
        let (status, body) = add(stranger["id"].clone()).await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("participant"))
        );
        let (s, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "max_participants_per_call": 3 })),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let (_, ann) = admin
            .post(
                "/api/v1/participants",
                json!({ "name": "Ann", "kind": "family" }),
            )
            .await;
        let (status, _) = add(ann["id"].clone()).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "client, practitioner and Ivo fill a call of three"
        );
        admin
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{id}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        let (status, body) = add(ann["id"].clone()).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
    }
}
