//! Chat channels: made with the first appointment (one per client and
//! practitioner), written by the patient in the portal and by staff in
//! their inbox with unread counts, joined by colleagues who may see the
//! client and by nobody else (segregation), switched off by an
//! administrator, followed live (server-sent events with the channel's id
//! only), notices of unread messages by email after the organisation's
//! delay without the words (through a real SMTP server), and deleted
//! after the retention the organisation chose. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_control_plane::ControlPlaneConfig;
use anteroom_control_plane::channels::{forget_old, notify_unread};
use anteroom_control_plane::email::{MailConfig, Mailer, deliver_due};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::client::*;
use common::smtp::{SmtpCapture, free_port};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tower::ServiceExt;

fn config(port: u16) -> ControlPlaneConfig {
    ControlPlaneConfig {
        mail: Some(MailConfig {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            from: "Kliniek <noreply@kliniek.example>".into(),
        }),
        trust_forwarded_for: true,
        ..ControlPlaneConfig::default()
    }
}

/// Signs the holder of `email` in to the portal of `org` with the PIN from
/// the mail; a client with the portal cookie.
async fn portal(
    cp: &anteroom_control_plane::ControlPlane,
    smtp: &SmtpCapture,
    mailer: &Mailer,
    org: &str,
    email: &str,
) -> Client {
    let from = Client::from_address(cp, "198.51.100.20");
    let before: Vec<String> = smtp
        .mails()
        .iter()
        .map(|m| m["message_id"].as_str().unwrap().to_owned())
        .collect();
    let (status, asked) = from
        .post(
            &format!("/api/v1/portal/{org}/pin"),
            json!({ "email": email }),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    deliver_due(cp, mailer).await.unwrap();
    let mail = smtp
        .mails()
        .into_iter()
        .find(|m| !before.contains(&m["message_id"].as_str().unwrap().to_owned()))
        .unwrap();
    let pin: String = mail["subject"]
        .as_str()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let (status, _, cookie) = from
        .raw(
            Method::POST,
            &format!("/api/v1/portal/{org}/session"),
            Some("application/json"),
            serde_json::to_vec(
                &json!({ "challenge": asked["challenge"], "pin": pin[pin.len() - 6..] }),
            )
            .unwrap(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    Client {
        cookie: Some(cookie.unwrap().split(';').next().unwrap().to_owned()),
        ..from
    }
}

fn unread_of(list: &Value, id: &str) -> u64 {
    list.as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {list}"))["unread"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn a_patient_and_their_practitioner_write_in_a_channel_that_outlives_the_call() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, clock } = control_plane_with(db.clone(), config(smtp.port));
        let mailer = Mailer::new(cp.config().mail.as_ref().unwrap()).unwrap();
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let gp = add_department(&admin, "GP").await;
        let (doctor, doctor_id) = add_staff(
            &cp,
            &admin,
            "doctor@kliniek.example",
            "practitioner",
            &[&gp],
        )
        .await;
        let (colleague, colleague_id) = add_staff(
            &cp,
            &admin,
            "colleague@kliniek.example",
            "practitioner",
            &[&gp],
        )
        .await;
        let (status, client) = admin
            .post(
                "/api/v1/clients",
                json!({ "initials": "A.", "last_name": "Jansen", "email": "anna@example.org", "departments": [gp], "practitioners": [doctor_id] }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let client = client["id"].as_str().unwrap().to_owned();

        // Two appointments with the doctor: one channel.
        for at in ["2026-11-23T10:00:00Z", "2026-11-30T10:00:00Z"] {
            let (status, body) = doctor
                .post(
                    "/api/v1/appointments",
                    json!({ "client": client, "practitioner": doctor_id, "starts_at": at, "duration_minutes": 20 }),
                )
                .await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
        }
        let (status, channels) = doctor
            .get(&format!("/api/v1/channels?client={client}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{channels}");
        assert_eq!(channels.as_array().unwrap().len(), 1, "{channels}");
        let channel = channels[0]["id"].as_str().unwrap().to_owned();
        assert_eq!(channels[0]["practitioner"], doctor_id.as_str());
        assert_eq!(channels[0]["joined"], true);
        assert_eq!(channels[0]["open"], true);

        // The doctor follows the inbox live.
        let mut live = doctor_stream(&doctor).await;
        deliver_due(&cp, &mailer).await.unwrap();

        // The patient writes from the portal.
        let patient = portal(&cp, &smtp, &mailer, &org, "anna@example.org").await;
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"][0]["id"], channel.as_str());
        assert_eq!(view["channels"][0]["with"], "doctor@kliniek.example");
        let (status, written) = patient
            .post(
                &format!("/api/v1/portal/{org}/channels/{channel}/messages"),
                json!({ "text": "Dokter, mag ik de tabletten 's avonds nemen?" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{written}");
        assert_eq!(written["from_clinic"], false);
        assert_eq!(written["display_name"], "A. Jansen");
        let event = next_event(&mut live).await;
        assert!(
            event.contains("event: channel") && event.contains(&channel),
            "{event}"
        );
        assert!(
            !event.contains("tabletten"),
            "no words in the stream: {event}"
        );
        let (_, inbox) = doctor.get("/api/v1/channels").await;
        assert_eq!(unread_of(&inbox, &channel), 1);

        // Not mailed before the delay (15 minutes by default), then once.
        clock.advance(Duration::from_secs(10 * 60));
        assert_eq!(notify_unread(&cp).await.unwrap(), 0);
        clock.advance(Duration::from_secs(6 * 60));
        assert_eq!(notify_unread(&cp).await.unwrap(), 1);
        assert_eq!(notify_unread(&cp).await.unwrap(), 0, "told once");
        deliver_due(&cp, &mailer).await.unwrap();
        let mails = smtp.mails();
        let notice = mails
            .iter()
            .find(|m| {
                m["to"].as_str().unwrap().contains("doctor@kliniek.example")
                    && m["body"].as_str().unwrap().contains("/staff/messages/")
            })
            .unwrap();
        let body = notice["body"].as_str().unwrap();
        assert!(
            body.contains(&format!("/staff/messages/{channel}")),
            "{body}"
        );
        assert!(
            !body.contains("tabletten") && !body.contains("Jansen"),
            "{body}"
        );

        // Reading marks it read; the doctor answers.
        let (status, conversation) = doctor.get(&format!("/api/v1/channels/{channel}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            conversation["messages"][0]["text"],
            "Dokter, mag ik de tabletten 's avonds nemen?"
        );
        let (_, inbox) = doctor.get("/api/v1/channels").await;
        assert_eq!(unread_of(&inbox, &channel), 0);
        let (status, _) = doctor
            .post(
                &format!("/api/v1/channels/{channel}/messages"),
                json!({ "text": "Ja, dat kan." }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"][0]["unread"], 1);
        // The patient is told by email (not the words) if they do not read it.
        clock.advance(Duration::from_secs(16 * 60));
        assert_eq!(notify_unread(&cp).await.unwrap(), 1);
        deliver_due(&cp, &mailer).await.unwrap();
        let reply = smtp
            .mails()
            .into_iter()
            .find(|m| {
                m["to"].as_str().unwrap().contains("anna@example.org")
                    && m["body"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("/portal/{org}"))
                    && !m["subject"]
                        .as_str()
                        .unwrap()
                        .chars()
                        .any(|c| c.is_ascii_digit())
            })
            .unwrap();
        assert!(
            !reply["body"].as_str().unwrap().contains("Ja, dat kan"),
            "{reply}"
        );
        let (_, read) = patient
            .get(&format!("/api/v1/portal/{org}/channels/{channel}"))
            .await;
        assert_eq!(read["messages"].as_array().unwrap().len(), 2);
        assert_eq!(read["messages"][1]["from_clinic"], true);
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"][0]["unread"], 0);

        // A colleague of the department sees it but reads and writes only
        // after joining; then it is in their inbox too.
        let (status, body) = colleague.get(&format!("/api/v1/channels/{channel}")).await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        let (status, body) = colleague
            .post(
                &format!("/api/v1/channels/{channel}/messages"),
                json!({ "text": "Hallo" }),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        let (_, inbox) = colleague.get("/api/v1/channels").await;
        assert_eq!(inbox, json!([]));
        let (status, _) = colleague
            .post(&format!("/api/v1/channels/{channel}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, inbox) = colleague.get("/api/v1/channels").await;
        assert_eq!(inbox[0]["id"], channel.as_str());
        assert_eq!(inbox[0]["members"], json!([colleague_id]));

        // Bad input: typed errors, nothing kept.
        for text in [
            json!(""),
            json!("   "),
            json!("a".repeat(4001)),
            json!("bell\u{7}"),
        ] {
            let (status, body) = colleague
                .post(
                    &format!("/api/v1/channels/{channel}/messages"),
                    json!({ "text": text }),
                )
                .await;
            assert_eq!(
                (status, body["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, Some("text"))
            );
        }
        let (status, body) = colleague
            .post(
                &format!("/api/v1/channels/{channel}/messages"),
                json!({ "words": "x" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_body")
        );
        let (status, _) = colleague
            .get("/api/v1/channels/0123456789abcdef0123456789abcdef")
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Under strict client segregation the colleague (not the client's
        // practitioner) no longer sees it at all.
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "strict_client_segregation": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        for (method, path) in [
            (Method::GET, format!("/api/v1/channels/{channel}")),
            (Method::POST, format!("/api/v1/channels/{channel}/join")),
        ] {
            let (status, body) = colleague
                .call(
                    method.clone(),
                    &path,
                    (method == Method::POST).then(|| json!({})),
                )
                .await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::NOT_FOUND, "not_found"),
                "{method} {path}"
            );
        }
        let (_, listed) = colleague
            .get(&format!("/api/v1/channels?client={client}"))
            .await;
        assert_eq!(listed, json!([]));
        // Nor can a practitioner switch it off, remove someone, or start
        // one for a client they cannot see.
        let (status, body) = doctor
            .call(
                Method::PUT,
                &format!("/api/v1/channels/{channel}/open"),
                Some(json!({ "open": false })),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        let (status, body) = colleague
            .post(
                &format!("/api/v1/clients/{client}/channels"),
                json!({ "practitioner": colleague_id }),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));

        // The administrator switches it off: the patient no longer sees it,
        // nobody writes.
        let (status, _) = admin
            .call(
                Method::PUT,
                &format!("/api/v1/channels/{channel}/open"),
                Some(json!({ "open": false })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"], json!([]));
        let (status, _) = patient
            .get(&format!("/api/v1/portal/{org}/channels/{channel}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, body) = doctor
            .post(
                &format!("/api/v1/channels/{channel}/messages"),
                json!({ "text": "Nog iets?" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
        let (status, _) = admin
            .call(
                Method::PUT,
                &format!("/api/v1/channels/{channel}/open"),
                Some(json!({ "open": true })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);

        // Another clinic's patient portal does not reach it.
        let other = organisation(&cp, "Elders").await;
        let (_, other_me) = other.get("/api/v1/me").await;
        let other_org = other_me["organisation"].as_str().unwrap().to_owned();
        let (status, _) = patient
            .get(&format!("/api/v1/portal/{other_org}/channels/{channel}"))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _) = other.get(&format!("/api/v1/channels/{channel}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Staff start a channel from the client's record (with a
        // department here); asking again gives the same one.
        let (status, made) = admin
            .post(
                &format!("/api/v1/clients/{client}/channels"),
                json!({ "department": gp }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
        let (_, again) = admin
            .post(
                &format!("/api/v1/clients/{client}/channels"),
                json!({ "department": gp }),
            )
            .await;
        assert_eq!(again["id"], made["id"]);
        let (status, body) = admin
            .post(&format!("/api/v1/clients/{client}/channels"), json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );

        // Retention: messages older than the organisation keeps them go.
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "strict_client_segregation": true, "chat_retention_days": 30 })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(forget_old(&cp).await.unwrap(), 0);
        clock.advance(Duration::from_secs(31 * 86_400));
        assert_eq!(forget_old(&cp).await.unwrap(), 2);
        // (A month on, the doctor signs in again.)
        let doctor = Client::login(&cp, "doctor@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, conversation) = doctor.get(&format!("/api/v1/channels/{channel}")).await;
        assert_eq!(status, StatusCode::OK, "{conversation}");
        assert_eq!(conversation["messages"], json!([]));
        // A new message after the old ones went is new to the doctor (its
        // place is counted on, never given again).
        let patient = portal(&cp, &smtp, &mailer, &org, "anna@example.org").await;
        let (status, written) = patient
            .post(
                &format!("/api/v1/portal/{org}/channels/{channel}/messages"),
                json!({ "text": "Back again." }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(written["seq"], 3);
        let (_, inbox) = doctor.get("/api/v1/channels").await;
        assert_eq!(unread_of(&inbox, &channel), 1);
    }
}

/// The doctor's live inbox: the body of `GET /api/v1/live`.
async fn doctor_stream(doctor: &Client) -> axum::body::BodyDataStream {
    let request = Request::builder()
        .uri("/api/v1/live")
        .header("cookie", doctor.cookie.clone().unwrap())
        .body(Body::empty())
        .unwrap();
    let response = doctor.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    response.into_body().into_data_stream()
}

/// The next event of a stream of server-sent events (keep-alive comments
/// skipped), waiting for it at most 10 seconds.
async fn next_event(stream: &mut axum::body::BodyDataStream) -> String {
    tokio::time::timeout(Duration::from_secs(10), async {
        let mut text = String::new();
        loop {
            let chunk = stream.next().await.unwrap().unwrap();
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("event:") && text.contains("\n\n") {
                return text;
            }
        }
    })
    .await
    .expect("an event within 10 s")
}

/// A department's channel (an appointment without a practitioner) is read
/// by the department's staff and told to them; a practitioner booked with
/// a client not assigned to them reads their channel even under strict
/// client segregation; with chat channels switched off for the
/// organisation, patients see none and nobody writes.
#[tokio::test]
async fn department_channels_own_channels_and_switching_channels_off() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, clock } = control_plane_with(db.clone(), config(smtp.port));
        let mailer = Mailer::new(cp.config().mail.as_ref().unwrap()).unwrap();
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let gp = add_department(&admin, "GP").await;
        let other_department = add_department(&admin, "Dermatology").await;
        let (nurse, _) =
            add_staff(&cp, &admin, "nurse@kliniek.example", "practitioner", &[&gp]).await;
        let (outsider, _) = add_staff(
            &cp,
            &admin,
            "derm@kliniek.example",
            "practitioner",
            &[&other_department],
        )
        .await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doctor@kliniek.example", "practitioner", &[]).await;
        let (_, client) = admin
            .post("/api/v1/clients", json!({ "initials": "B.", "last_name": "Dept", "email": "b@example.org", "departments": [gp] }))
            .await;
        let client = client["id"].as_str().unwrap().to_owned();
        let (status, _) = admin
            .post("/api/v1/appointments", json!({ "client": client, "department": gp, "starts_at": "2026-11-23T10:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        // Booked by the admin with a client not assigned to the doctor.
        let (status, _) = admin
            .post("/api/v1/appointments", json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-24T10:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = admin
            .call(Method::PUT, "/api/v1/organisation/settings", Some(json!({ "strict_department_segregation": true, "strict_client_segregation": true })))
            .await;
        assert_eq!(status, StatusCode::OK);

        let patient = portal(&cp, &smtp, &mailer, &org, "b@example.org").await;
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"].as_array().unwrap().len(), 2, "{view}");
        let department_channel = view["channels"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["with"] == "GP")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let doctor_channel = view["channels"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["with"] == "doctor@kliniek.example")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        for channel in [&department_channel, &doctor_channel] {
            let (status, _) = patient
                .post(
                    &format!("/api/v1/portal/{org}/channels/{channel}/messages"),
                    json!({ "text": "Hello?" }),
                )
                .await;
            assert_eq!(status, StatusCode::CREATED);
        }
        // The department's staff have it in their inbox, and write in it;
        // staff of another department do not see it.
        let (_, inbox) = nurse.get("/api/v1/channels").await;
        assert_eq!(unread_of(&inbox, &department_channel), 1);
        let (status, _) = nurse
            .post(
                &format!("/api/v1/channels/{department_channel}/messages"),
                json!({ "text": "We read you." }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = outsider
            .get(&format!("/api/v1/channels/{department_channel}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // The doctor reads their own channel though the client is not
        // theirs by assignment.
        let (_, inbox) = doctor.get("/api/v1/channels").await;
        assert_eq!(unread_of(&inbox, &doctor_channel), 1);
        let (status, conversation) = doctor
            .get(&format!("/api/v1/channels/{doctor_channel}"))
            .await;
        assert_eq!(
            (status, conversation["messages"][0]["text"].clone()),
            (StatusCode::OK, json!("Hello?"))
        );
        // Unread by the doctor's colleague? Not theirs. The nurse was told
        // of nothing (they answered); the doctor read it: no notice at all.
        clock.advance(Duration::from_secs(16 * 60));
        assert_eq!(
            notify_unread(&cp).await.unwrap(),
            1,
            "the patient, of the nurse's answer"
        );

        // A live stream does not outlive its session: signed out, it ends
        // at the next event.
        let watcher = Client::login(&cp, "nurse@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let mut stream = doctor_stream(&watcher).await;
        let (status, _) = watcher.post("/api/v1/auth/logout", json!({})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = patient
            .post(
                &format!("/api/v1/portal/{org}/channels/{department_channel}/messages"),
                json!({ "text": "Anyone?" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let ended = tokio::time::timeout(Duration::from_secs(10), stream.next())
            .await
            .expect("the stream ends within 10 s");
        assert!(ended.is_none(), "no event after signing out: {ended:?}");

        // Switched off for the organisation: nothing to see or write.
        let (status, _) = admin
            .call(Method::PUT, "/api/v1/organisation/settings", Some(json!({ "strict_department_segregation": true, "strict_client_segregation": true, "chat_channels": false })))
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, view) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(view["channels"], json!([]));
        let (status, _) = patient
            .post(
                &format!("/api/v1/portal/{org}/channels/{doctor_channel}/messages"),
                json!({ "text": "Still there?" }),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let doctor = Client::login(&cp, "doctor@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, body) = doctor
            .post(
                &format!("/api/v1/channels/{doctor_channel}/messages"),
                json!({ "text": "Yes." }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
    }
}
