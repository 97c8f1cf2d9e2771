//! The patient portal: a PIN by email (through a real SMTP server, read
//! back by Python's email package), the same answer for known and unknown
//! addresses, single use, five tries, 30 minutes, limits per address and
//! per client IP; a session tied to one organisation that shows only the
//! appointments of the records with that address, and a way into an
//! upcoming one. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_control_plane::ControlPlaneConfig;
use anteroom_control_plane::email::{MailConfig, Mailer, deliver_due};
use axum::http::{Method, StatusCode};
use common::client::*;
use common::smtp::{SmtpCapture, free_port};
use serde_json::{Value, json};

fn config(port: u16) -> ControlPlaneConfig {
    ControlPlaneConfig {
        mail: Some(MailConfig {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            from: "Kliniek <noreply@kliniek.example>".into(),
        }),
        // Each part of the test comes from its own address.
        trust_forwarded_for: true,
        ..ControlPlaneConfig::default()
    }
}

/// The six digits in a PIN mail's subject.
fn pin_in(mail: &Value) -> String {
    let subject = mail["subject"].as_str().unwrap();
    let digits: String = subject
        .rsplit(' ')
        .next()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(digits.len(), 6, "{subject}");
    digits
}

async fn client_with(by: &Client, last_name: &str, email: &str, language: Option<&str>) -> String {
    let (status, body) = by
        .post(
            "/api/v1/clients",
            json!({ "initials": "A.", "last_name": last_name, "email": email, "language": language }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

async fn appointment(by: &Client, client: &str, department: &str, starts_at: &str) -> String {
    let (status, body) = by
        .post(
            "/api/v1/appointments",
            json!({ "client": client, "department": department, "starts_at": starts_at, "duration_minutes": 20 }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["appointment"]["id"].as_str().unwrap().to_owned()
}

async fn ask(from: &Client, org: &str, email: &str) -> (StatusCode, Value) {
    from.post(
        &format!("/api/v1/portal/{org}/pin"),
        json!({ "email": email, "language": "en" }),
    )
    .await
}

/// Answers a challenge; the session cookie on success.
async fn answer(
    from: &Client,
    org: &str,
    challenge: &str,
    pin: &str,
) -> (StatusCode, Value, Option<String>) {
    from.raw(
        Method::POST,
        &format!("/api/v1/portal/{org}/session"),
        Some("application/json"),
        serde_json::to_vec(&json!({ "challenge": challenge, "pin": pin })).unwrap(),
        None,
    )
    .await
}

/// The PIN of the one mail that arrived since the mails in `seen`.
fn new_pin(smtp: &SmtpCapture, seen: &mut Vec<String>) -> (Value, String) {
    let fresh: Vec<Value> = smtp
        .mails()
        .into_iter()
        .filter(|m| !seen.contains(&m["message_id"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(fresh.len(), 1, "{fresh:?}");
    seen.push(fresh[0]["message_id"].as_str().unwrap().to_owned());
    let pin = pin_in(&fresh[0]);
    (fresh[0].clone(), pin)
}

fn with_cookie(from: &Client, set_cookie: &str) -> Client {
    Client {
        cookie: Some(set_cookie.split(';').next().unwrap().to_owned()),
        ..from.clone()
    }
}

fn ids_of(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_pin_opens_the_portal_of_one_clinic_to_the_appointments_of_that_address() {
    for db in common::test_dbs().await {
        let smtp = SmtpCapture::start(free_port());
        let Setup { cp, clock } = control_plane_with(db.clone(), config(smtp.port));
        let mailer = Mailer::new(cp.config().mail.as_ref().unwrap()).unwrap();
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let gp = add_department(&admin, "GP").await;
        // A mother and her child share an address; a neighbour has another.
        let anna = client_with(&admin, "Jansen", "anna@example.org", Some("nl")).await;
        let kim = client_with(&admin, "Jansen-Kind", "anna@example.org", None).await;
        let bob = client_with(&admin, "Bakker", "bob@example.org", None).await;
        let tomorrow = appointment(&admin, &anna, &gp, "2026-11-23T10:00:00Z").await;
        let later = appointment(&admin, &kim, &gp, "2026-11-25T10:00:00Z").await;
        let cancelled = appointment(&admin, &anna, &gp, "2026-11-24T10:00:00Z").await;
        let (status, _) = admin
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{cancelled}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let neighbours = appointment(&admin, &bob, &gp, "2026-11-23T11:00:00Z").await;
        // Another clinic has the same address on its own record.
        let other = organisation(&cp, "Elders").await;
        let (_, other_me) = other.get("/api/v1/me").await;
        let other_org = other_me["organisation"].as_str().unwrap().to_owned();
        let other_gp = add_department(&other, "GP").await;
        let elsewhere = client_with(&other, "Jansen", "anna@example.org", None).await;
        let elsewhere_appointment =
            appointment(&other, &elsewhere, &other_gp, "2026-11-23T12:00:00Z").await;
        deliver_due(&cp, &mailer).await.unwrap();
        let mut seen: Vec<String> = smtp
            .mails()
            .iter()
            .map(|m| m["message_id"].as_str().unwrap().to_owned())
            .collect();

        // The same answer whether or not the address is known.
        let patient = Client::from_address(&cp, "198.51.100.10");
        let (status, known) = ask(&patient, &org, "Anna@Example.org ").await;
        assert_eq!(status, StatusCode::ACCEPTED, "{known}");
        let (status, unknown) = ask(&patient, &org, "nobody@example.org").await;
        assert_eq!(status, StatusCode::ACCEPTED, "{unknown}");
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&known), keys(&unknown));
        assert_eq!(known["expires_at"], "2026-11-22T09:30:00Z");
        assert_eq!(known["challenge"].as_str().unwrap().len(), 32);
        // Only the known address gets a mail: in its record's language,
        // with the portal's address.
        assert_eq!(deliver_due(&cp, &mailer).await.unwrap().sent, 1);
        let (mail, pin) = new_pin(&smtp, &mut seen);
        assert!(mail["to"].as_str().unwrap().contains("anna@example.org"));
        assert!(mail["html"].as_str().unwrap().contains(&pin));
        let body = mail["body"].as_str().unwrap();
        assert!(body.contains(&pin), "{body}");
        assert!(
            body.contains(&format!("http://127.0.0.1:8080/portal/{org}")),
            "{body}"
        );
        assert!(
            !body.contains("Enter this PIN"),
            "in the client's language (Dutch), not English: {body}"
        );
        // The PIN is stored only hashed.
        let stored: Vec<String> = sqlx::query_scalar("SELECT pin_hash FROM portal_pins")
            .fetch_all(db.pool())
            .await
            .unwrap();
        assert!(!stored.is_empty() && stored.iter().all(|h| h.len() == 64 && !h.contains(&pin)));

        // A wrong PIN, the unknown address's challenge, a made-up
        // challenge and a malformed PIN are all the same error.
        let challenge = known["challenge"].as_str().unwrap();
        let wrong = if pin == "000000" { "000001" } else { "000000" };
        for (challenge, pin) in [
            (challenge, wrong),
            (unknown["challenge"].as_str().unwrap(), pin.as_str()),
            ("0123456789abcdef0123456789abcdef", pin.as_str()),
            (challenge, "12345"),
            (challenge, "abcdef"),
        ] {
            let (status, body, cookie) = answer(&patient, &org, challenge, pin).await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::UNAUTHORIZED, "invalid_pin")
            );
            assert!(cookie.is_none());
        }
        // Another clinic's portal does not take it.
        let (status, body, _) = answer(&patient, &other_org, challenge, &pin).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_pin")
        );

        // The right PIN opens the portal: the records with that address in
        // this clinic, and their appointments only.
        let (status, view, cookie) = answer(&patient, &org, challenge, &pin).await;
        assert_eq!(status, StatusCode::OK, "{view}");
        let cookie = cookie.unwrap();
        for part in [
            "anteroom_portal=",
            "HttpOnly",
            "SameSite=Strict",
            "Path=/api/v1/portal/",
            "Max-Age=3600",
        ] {
            assert!(cookie.contains(part), "{cookie}");
        }
        assert_eq!(view["clients"], json!(["A. Jansen", "A. Jansen-Kind"]));
        assert_eq!(view["language"], "nl");
        assert_eq!(
            ids_of(&view["upcoming"]),
            vec![tomorrow.clone(), later.clone()]
        );
        assert_eq!(view["upcoming"][0]["state"], "early");
        assert_eq!(view["upcoming"][0]["may_enter"], true);
        assert_eq!(view["upcoming"][1]["client"], "A. Jansen-Kind");
        assert_eq!(ids_of(&view["past"]), vec![cancelled.clone()]);
        assert_eq!(view["past"][0]["state"], "cancelled");
        let text = view.to_string();
        for hidden in [&neighbours, &elsewhere_appointment, &bob] {
            assert!(!text.contains(hidden.as_str()), "{text}");
        }
        // Single use.
        let (status, body, _) = answer(&patient, &org, challenge, &pin).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_pin")
        );

        let signed_in = with_cookie(&patient, &cookie);
        let (status, again) = signed_in.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(again["upcoming"], view["upcoming"]);
        // The session is this clinic's only.
        let (status, body) = signed_in
            .get(&format!("/api/v1/portal/{other_org}/me"))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "unauthenticated")
        );
        let (status, body) = patient.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "unauthenticated")
        );

        // A way into an upcoming appointment: a new personal link.
        let (status, entered) = signed_in
            .post(
                &format!("/api/v1/portal/{org}/appointments/{tomorrow}/link"),
                json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{entered}");
        let link = entered["link"].as_str().unwrap();
        let token = link.rsplit('/').next().unwrap();
        let (status, link_view) = Client::new(&cp)
            .get(&format!("/api/v1/links/{token}"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(link_view["role"], "patient");
        assert_eq!(link_view["portal"], format!("/portal/{org}"));
        // A page of a sibling site (or any other) cannot use the cookie.
        let sibling = Client {
            extra_headers: vec![("sec-fetch-site".into(), "same-site".into())],
            ..signed_in.clone()
        };
        let (status, body) = sibling
            .post(
                &format!("/api/v1/portal/{org}/appointments/{tomorrow}/link"),
                json!({}),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        // Not into a cancelled one, a neighbour's or another clinic's.
        for id in [&cancelled, &neighbours, &elsewhere_appointment] {
            let (status, body) = signed_in
                .post(
                    &format!("/api/v1/portal/{org}/appointments/{id}/link"),
                    json!({}),
                )
                .await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::NOT_FOUND, "not_found"),
                "{id}"
            );
        }

        // Sessions are short: an hour.
        clock.advance(Duration::from_secs(61 * 60));
        let (status, _) = signed_in.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // A PIN is valid 30 minutes.
        let from = Client::from_address(&cp, "198.51.100.11");
        let (_, late) = ask(&from, &org, "anna@example.org").await;
        deliver_due(&cp, &mailer).await.unwrap();
        let (_, late_pin) = new_pin(&smtp, &mut seen);
        clock.advance(Duration::from_secs(31 * 60));
        let (status, body, _) =
            answer(&from, &org, late["challenge"].as_str().unwrap(), &late_pin).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_pin")
        );

        // Five wrong tries spend a challenge, even for the right PIN after.
        let (_, fresh) = ask(&from, &org, "anna@example.org").await;
        deliver_due(&cp, &mailer).await.unwrap();
        let (_, fresh_pin) = new_pin(&smtp, &mut seen);
        let wrong = if fresh_pin == "999999" {
            "999998"
        } else {
            "999999"
        };
        for _ in 0..5 {
            answer(&from, &org, fresh["challenge"].as_str().unwrap(), wrong).await;
        }
        let (status, body, _) = answer(
            &from,
            &org,
            fresh["challenge"].as_str().unwrap(),
            &fresh_pin,
        )
        .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_pin")
        );

        // Three PINs per address a quarter of an hour, known or not: the
        // limit tells nothing either.
        for address in ["anna@example.org", "nobody-at-all@example.org"] {
            // Anna's address had one already in this quarter.
            for _ in 0..(if address.starts_with("anna") { 2 } else { 3 }) {
                let (status, _) = ask(&from, &org, address).await;
                assert_eq!(status, StatusCode::ACCEPTED, "{address}");
            }
            let (status, body) =
                ask(&Client::from_address(&cp, "198.51.100.12"), &org, address).await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
                "{address}"
            );
        }
        // And ten requests per client IP.
        let busy = Client::from_address(&cp, "198.51.100.13");
        for i in 0..10 {
            let (status, _) = ask(&busy, &org, &format!("someone{i}@example.org")).await;
            assert_eq!(status, StatusCode::ACCEPTED);
        }
        let (status, body) = ask(&busy, &org, "someone-else@example.org").await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
        );

        // A clinic that sends no email says so (for every address alike).
        let (status, _) = other
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "no_emails": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = ask(
            &Client::from_address(&cp, "198.51.100.30"),
            &other_org,
            "anna@example.org",
        )
        .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );

        // Bad input: typed errors.
        let (status, body) = ask(&patient, &org, "not an address").await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("email"))
        );
        let (status, body) = ask(&patient, "no-such-clinic", "anna@example.org").await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));
        let (status, body) = patient
            .post(
                &format!("/api/v1/portal/{org}/pin"),
                json!({ "email": "anna@example.org", "language": "xx" }),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("language"))
        );
        let (status, body, _) = patient
            .raw(
                Method::POST,
                &format!("/api/v1/portal/{org}/session"),
                Some("text/plain"),
                b"{}".to_vec(),
                None,
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
        );

        // (The mails those requests sent.)
        deliver_due(&cp, &mailer).await.unwrap();
        seen = smtp
            .mails()
            .iter()
            .map(|m| m["message_id"].as_str().unwrap().to_owned())
            .collect();

        // Ten PINs a day per address at most, across the quarter-hour
        // windows and restarts (counted in the database), known or not.
        for window in 0..4 {
            clock.advance(Duration::from_secs(16 * 60));
            let from = Client::from_address(&cp, &format!("198.51.100.{}", 40 + window));
            for i in 0..3 {
                let (status, body) = ask(&from, &org, "daily@example.org").await;
                let expected = if window * 3 + i < 10 {
                    StatusCode::ACCEPTED
                } else {
                    StatusCode::TOO_MANY_REQUESTS
                };
                assert_eq!(status, expected, "request {}: {body}", window * 3 + i);
            }
        }

        // Signing out ends the session.
        let from = Client::from_address(&cp, "198.51.100.14");
        clock.advance(Duration::from_secs(16 * 60));
        let (_, last) = ask(&from, &org, "anna@example.org").await;
        deliver_due(&cp, &mailer).await.unwrap();
        let (_, last_pin) = new_pin(&smtp, &mut seen);
        let (status, _, cookie) =
            answer(&from, &org, last["challenge"].as_str().unwrap(), &last_pin).await;
        assert_eq!(status, StatusCode::OK);
        let signed_in = with_cookie(&from, &cookie.unwrap());
        let (status, _) = signed_in
            .post(&format!("/api/v1/portal/{org}/logout"), json!({}))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = signed_in.get(&format!("/api/v1/portal/{org}/me")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
}
