//! Appointments, invitation links and their window, waiting-area texts,
//! availability and public booking, anonymisation: on SQLite and on a real
//! PostgreSQL, with an injected clock.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_control_plane::appointments::anonymise_due;
use anteroom_protocol::Queue;
use axum::http::{Method, StatusCode};
use common::client::*;
use serde_json::{Value, json};

fn at(time: &str) -> jiff::Timestamp {
    time.parse().unwrap()
}

/// The token part of an invitation link.
fn link_token(link: &Value) -> String {
    let link = link.as_str().unwrap();
    assert!(link.starts_with("http://127.0.0.1:8080/c/"), "{link}");
    link.rsplit('/').next().unwrap().to_owned()
}

async fn set_settings(admin: &Client, settings: Value) {
    let (status, body) = admin
        .call(Method::PUT, "/api/v1/organisation/settings", Some(settings))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// A join token's claims, checked against `key` (a raw Ed25519 public key)
/// but not against the system's clock, which is not the test's.
fn decode_token(
    token: &str,
    key: &[u8],
) -> Result<anteroom_protocol::JoinClaims, jsonwebtoken::errors::Error> {
    use jsonwebtoken::{Algorithm, DecodingKey, Validation};
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.validate_exp = false;
    Ok(jsonwebtoken::decode(token, &DecodingKey::from_ed_der(key), &validation)?.claims)
}

async fn appointment(by: &Client, body: Value) -> Value {
    let (status, created) = by.post("/api/v1/appointments", body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created
}

#[tokio::test]
async fn links_follow_the_window_and_the_appointment_status() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Kliniek").await;
        set_settings(&admin, json!({ "timezone": "Europe/Amsterdam" })).await;
        let cardio = add_department(&admin, "Cardiology").await;
        let (doctor, doctor_id) = add_staff(
            &cp,
            &admin,
            "doc@kliniek.example",
            "practitioner",
            &[&cardio],
        )
        .await;
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let (_, group) = doctor
            .post(
                "/api/v1/participant-groups",
                json!({ "name": "Family Jansen" }),
            )
            .await;
        let (_, daughter) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Anna", "kind": "family", "group": group["id"] }),
            )
            .await;
        let (_, interpreter) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Ivo", "kind": "interpreter", "email": "ivo@example.org" }),
            )
            .await;

        // Welcome text of the organisation, and a department's own.
        let (status, body) = admin
            .call(Method::PUT, "/api/v1/waiting-texts", Some(json!({ "body": "Welcome to *|clinic|*. *|practitioner|* sees you at *|time|* on *|date|*." })))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/waiting-texts",
                Some(json!({ "body": "Hello *|client_name|*" })),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "unknown placeholder"
        );
        let (status, _) = admin.post("/api/v1/announcements", json!({ "body": "Delays of 10 minutes today", "expires_at": "2026-11-22T12:15:00Z" })).await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, body) = admin
            .post(
                "/api/v1/announcements",
                json!({ "body": "Old", "expires_at": "2026-11-22T08:00:00Z" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "already expired"
        );

        // 12:00 UTC is 13:00 in Amsterdam; now is 09:00 UTC.
        let created = appointment(
            &doctor,
            json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T13:00:00+01:00", "duration_minutes": 30,
                    "message": "Bring your blood pressure diary.\nAnd the medication list.", "participants": [interpreter["id"]], "groups": [group["id"]] }),
        )
        .await;
        let a = &created["appointment"];
        let id = a["id"].as_str().unwrap().to_owned();
        assert_eq!(
            (a["status"].as_str(), a["origin"].as_str()),
            (Some("scheduled"), Some("staff"))
        );
        assert_eq!(a["starts_at"], "2026-11-22T12:00:00Z");
        assert_eq!(a["client"]["last_name"], "Jansen");
        assert_eq!(a["practitioner"]["id"].as_str(), Some(doctor_id.as_str()));
        let names: Vec<&str> = a["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            vec!["Anna", "Ivo"],
            "named directly and through the group"
        );
        let patient = link_token(&created["invitation"]["patient_link"]);
        let links = created["invitation"]["participant_links"]
            .as_array()
            .unwrap();
        assert_eq!(links.len(), 2);
        let anna = links
            .iter()
            .find(|l| l["participant"] == daughter["id"])
            .map(|l| link_token(&l["link"]))
            .unwrap();

        let public = Client::new(&cp);
        let resolve = |token: String| {
            let public = public.clone();
            async move { public.get(&format!("/api/v1/links/{token}")).await }
        };
        // Early: the window opens 60 minutes before, closes 60 after the end.
        let (status, view) = resolve(patient.clone()).await;
        assert_eq!(status, StatusCode::OK, "{view}");
        assert_eq!(
            (
                view["state"].as_str(),
                view["role"].as_str(),
                view["opens_at"].as_str(),
                view["closes_at"].as_str()
            ),
            (
                Some("early"),
                Some("patient"),
                Some("2026-11-22T11:00:00Z"),
                Some("2026-11-22T13:30:00Z")
            )
        );
        assert_eq!(
            (view["may_wait"].as_bool(), view["timezone"].as_str()),
            (Some(false), Some("Europe/Amsterdam"))
        );
        assert_eq!(
            view["waiting_text"],
            "Welcome to Kliniek. doc@kliniek.example sees you at 13:00 on 2026-11-22."
        );
        assert_eq!(view["announcements"], json!(["Delays of 10 minutes today"]));
        assert!(
            !view.to_string().contains("Jansen"),
            "a link shows no client data: {view}"
        );
        let (status, body) = public
            .post(&format!("/api/v1/links/{patient}/arrive"), json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "link_not_open")
        );

        // Open, from 11:00: arriving marks the appointment as waiting.
        clock.set(at("2026-11-22T11:00:00Z"));
        let (status, view) = public
            .post(&format!("/api/v1/links/{patient}/arrive"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{view}");
        assert_eq!(
            (
                view["state"].as_str(),
                view["may_wait"].as_bool(),
                view["may_chat"].as_bool()
            ),
            (Some("open"), Some(true), Some(true))
        );
        let (_, a) = doctor.get(&format!("/api/v1/appointments/{id}")).await;
        assert_eq!(a["status"], "waiting");
        let (_, view) = resolve(anna.clone()).await;
        assert_eq!(
            (view["role"].as_str(), view["state"].as_str()),
            (Some("participant"), Some("open"))
        );

        // A few minutes behind is still on time (a quick consult made
        // "now" is never late); late from five minutes after the start.
        clock.set(at("2026-11-22T12:04:59Z"));
        assert_eq!(resolve(patient.clone()).await.1["state"], "open");
        // Late after the start; the announcement has expired by 12:15.
        clock.set(at("2026-11-22T12:20:00Z"));
        let (_, view) = resolve(patient.clone()).await;
        assert_eq!(
            (
                view["state"].as_str(),
                view["announcements"].as_array().map(Vec::len)
            ),
            (Some("late"), Some(0))
        );
        // Chat in the waiting area is an organisation setting.
        set_settings(
            &admin,
            json!({ "timezone": "Europe/Amsterdam", "chat_in_waiting_area": false }),
        )
        .await;
        let (_, view) = resolve(patient.clone()).await;
        assert_eq!(
            (view["may_wait"].as_bool(), view["may_chat"].as_bool()),
            (Some(true), Some(false))
        );

        // Expired at 13:30.
        clock.set(at("2026-11-22T13:30:00Z"));
        let (_, view) = resolve(patient.clone()).await;
        assert_eq!(
            (view["state"].as_str(), view["may_wait"].as_bool()),
            (Some("expired"), Some(false))
        );
        let (status, body) = public
            .post(&format!("/api/v1/links/{patient}/arrive"), json!({}))
            .await;
        assert_eq!((status, code(&body)), (StatusCode::GONE, "link_closed"));
        // A shorter window (10 minutes each side) applies at once.
        set_settings(&admin, json!({ "timezone": "Europe/Amsterdam", "link_opens_minutes_before": 10, "link_closes_minutes_after": 10 })).await;
        let (_, view) = resolve(patient.clone()).await;
        assert_eq!(
            (view["opens_at"].as_str(), view["closes_at"].as_str()),
            (Some("2026-11-22T11:50:00Z"), Some("2026-11-22T12:40:00Z"))
        );

        // Unknown and malformed tokens.
        for token in [
            "0123456789abcdef0123456789abcdef",
            "not-a-token",
            "%27%20OR%201%3D1--",
        ] {
            let (status, body) = resolve(token.to_owned()).await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::UNAUTHORIZED, "invalid_token"),
                "{token}"
            );
        }

        // A second appointment, cancelled: its link says so; its status is final.
        clock.set(at("2026-11-22T14:00:00Z"));
        let created = appointment(
            &doctor,
            json!({ "client": client, "department": cardio, "starts_at": "2026-11-23T09:00:00Z", "duration_minutes": 20 }),
        )
        .await;
        let second = created["appointment"]["id"].as_str().unwrap().to_owned();
        let first_link = link_token(&created["invitation"]["patient_link"]);
        // Resending makes a new link; the old one keeps working.
        let (status, again) = doctor
            .post(
                &format!("/api/v1/appointments/{second}/invitations"),
                json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{again}");
        let second_link = link_token(&again["patient_link"]);
        assert_ne!(first_link, second_link);
        let (status, a) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{second}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(
            (status, a["status"].as_str()),
            (StatusCode::OK, Some("cancelled")),
            "{a}"
        );
        for token in [&first_link, &second_link] {
            let (_, view) = resolve(token.clone()).await;
            assert_eq!(view["state"], "cancelled");
        }
        let (status, body) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{second}"),
                Some(json!({ "status": "scheduled" })),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
        let (status, body) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{second}"),
                Some(json!({ "starts_at": "2026-11-24T09:00:00Z" })),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
        let (status, body) = doctor
            .post(
                &format!("/api/v1/appointments/{second}/invitations"),
                json!({}),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );

        // The first appointment runs its course: waiting, in progress, completed.
        for (to, expect) in [
            ("in_progress", StatusCode::OK),
            ("completed", StatusCode::OK),
            ("waiting", StatusCode::CONFLICT),
        ] {
            let (status, body) = doctor
                .call(
                    Method::PATCH,
                    &format!("/api/v1/appointments/{id}"),
                    Some(json!({ "status": to })),
                )
                .await;
            assert_eq!(status, expect, "{to}: {body}");
        }
        let (_, view) = resolve(patient.clone()).await;
        assert_eq!(view["state"], "ended");

        // Lists: by time range and status, in start order.
        let (_, list) = doctor
            .get("/api/v1/appointments?from=2026-11-22T00:00:00Z&to=2026-11-23T00:00:00Z")
            .await;
        assert_eq!(ids(&list), vec![id.clone()]);
        let (_, list) = doctor.get("/api/v1/appointments?status=cancelled").await;
        assert_eq!(ids(&list), vec![second.clone()]);
        let (_, list) = doctor
            .get(&format!("/api/v1/appointments?client={client}"))
            .await;
        assert_eq!(ids(&list), vec![id.clone(), second.clone()]);
        let (status, body) = doctor.get("/api/v1/appointments?status=sleeping").await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, body) = doctor.get("/api/v1/appointments?from=yesterday").await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        db.close().await;
    }
}

#[tokio::test]
async fn appointments_follow_the_segregation_settings() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let admin = organisation(&cp, "Segregated").await;
        let d1 = add_department(&admin, "One").await;
        let d2 = add_department(&admin, "Two").await;
        let (p1, p1_id) = add_staff(&cp, &admin, "p1@seg.example", "practitioner", &[&d1]).await;
        let (p1b, _) = add_staff(&cp, &admin, "p1b@seg.example", "practitioner", &[&d1]).await;
        let (p2, p2_id) = add_staff(&cp, &admin, "p2@seg.example", "practitioner", &[&d2]).await;
        let client = add_client(&admin, "Shared", &[&d1, &d2], &[&p1_id]).await;
        let own = appointment(&p1, json!({ "client": client, "practitioner": p1_id, "starts_at": "2026-11-23T09:00:00Z", "duration_minutes": 20 })).await;
        let own = own["appointment"]["id"].as_str().unwrap().to_owned();
        let department = appointment(&admin, json!({ "client": client, "department": d1, "starts_at": "2026-11-23T10:00:00Z", "duration_minutes": 20 })).await;
        let department = department["appointment"]["id"].as_str().unwrap().to_owned();
        let visible = |c: &Client| {
            let c = c.clone();
            async move { ids(&c.get("/api/v1/appointments").await.1) }
        };
        assert_eq!(
            visible(&p2).await,
            vec![own.clone(), department.clone()],
            "not segregated"
        );

        set_settings(&admin, json!({ "strict_department_segregation": true })).await;
        assert_eq!(visible(&p1).await, vec![own.clone(), department.clone()]);
        assert_eq!(
            visible(&p1b).await,
            vec![own.clone(), department.clone()],
            "a colleague's and the department's"
        );
        assert!(visible(&p2).await.is_empty());
        let (status, _) = p2.get(&format!("/api/v1/appointments/{own}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = p2
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{own}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // Nobody makes an appointment they could not see afterwards.
        let (status, body) = p2
            .post("/api/v1/appointments", json!({ "client": client, "practitioner": p1_id, "starts_at": "2026-11-23T11:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "{body}"
        );
        let (status, body) = p1
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{own}"),
                Some(json!({ "practitioner": p2_id })),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "handing it out of sight: {body}"
        );
        let (_, still) = p1.get(&format!("/api/v1/appointments/{own}")).await;
        assert_eq!(
            still["practitioner"]["id"].as_str(),
            Some(p1_id.as_str()),
            "nothing half-written"
        );

        set_settings(
            &admin,
            json!({ "strict_department_segregation": true, "strict_client_segregation": true }),
        )
        .await;
        assert_eq!(visible(&p1).await, vec![own.clone(), department.clone()]);
        assert_eq!(
            visible(&p1b).await,
            vec![department.clone()],
            "only the department's queue, not a colleague's patients"
        );
        assert_eq!(visible(&admin).await, vec![own.clone(), department.clone()]);

        // The live waiting list follows the same rule: the practitioners'
        // watch tokens say "own clients only" (signalling then shows them,
        // through the department's queue, only people without a
        // practitioner); the admin's does not. The patient of `own` waits
        // in p1's queue, so p1 sees them and p1b does not.
        let watch_claims = |c: &Client| {
            let c = c.clone();
            let key = cp.config().join_signer.public_key().to_vec();
            async move {
                let (status, ticket) = c.post("/api/v1/waiting/watch", json!({})).await;
                assert_eq!(status, StatusCode::OK, "{ticket}");
                let claims = decode_token(ticket["token"].as_str().unwrap(), &key).unwrap();
                assert_eq!(
                    ticket["own_clients_only"].as_bool(),
                    Some(claims.own_clients_only)
                );
                claims
            }
        };
        assert!(watch_claims(&p1).await.own_clients_only);
        assert!(watch_claims(&p1b).await.own_clients_only);
        assert!(!watch_claims(&admin).await.own_clients_only);
        set_settings(
            &admin,
            json!({ "strict_department_segregation": true, "strict_client_segregation": false }),
        )
        .await;
        assert!(
            !watch_claims(&p1b).await.own_clients_only,
            "department segregation alone: the department's patients"
        );
        db.close().await;
    }
}

#[tokio::test]
async fn bad_appointments_get_typed_errors_and_write_nothing() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let admin = organisation(&cp, "Careful").await;
        set_settings(&admin, json!({ "max_participants_per_call": 3 })).await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@careful.example", "practitioner", &[]).await;
        let client = add_client(&doctor, "Client", &[], &[]).await;
        let (_, p1) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "One", "kind": "family" }),
            )
            .await;
        let (_, p2) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Two", "kind": "home_care" }),
            )
            .await;
        let good = json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-23T09:00:00Z", "duration_minutes": 20 });
        let with = |key: &str, value: Value| {
            let mut body = good.clone();
            body[key] = value;
            body
        };
        let cases = [
            (
                with("starts_at", json!("2026-11-22T08:00:00Z")),
                "starts_at",
                "in the past",
            ),
            (
                with("starts_at", json!("2026-11-23 09:00")),
                "starts_at",
                "no offset",
            ),
            (
                with("starts_at", json!("2031-01-01T00:00:00Z")),
                "starts_at",
                "years ahead",
            ),
            (
                with("duration_minutes", json!(0)),
                "duration_minutes",
                "zero",
            ),
            (
                with("duration_minutes", json!(481)),
                "duration_minutes",
                "too long",
            ),
            (
                with("message", json!("x\u{0}y")),
                "message",
                "control character",
            ),
            (
                with("message", json!("x".repeat(2001))),
                "message",
                "too long",
            ),
            (
                with("client", json!("0123456789abcdef0123456789abcdef")),
                "client",
                "unknown client",
            ),
            (
                with("practitioner", json!("nobody")),
                "practitioner",
                "unknown practitioner",
            ),
            (
                with("participants", json!([p1["id"], p2["id"]])),
                "participants",
                "more than the call holds",
            ),
            (
                with("participants", json!(["nobody"])),
                "participants",
                "unknown participant",
            ),
            (with("groups", json!(["nobody"])), "groups", "unknown group"),
            (
                json!({ "client": client, "starts_at": "2026-11-23T09:00:00Z", "duration_minutes": 20 }),
                "practitioner",
                "neither practitioner nor department",
            ),
        ];
        for (body, field, why) in cases {
            let (status, error) = doctor.post("/api/v1/appointments", body).await;
            assert_eq!(
                (status, code(&error), error["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, "invalid_field", Some(field)),
                "{why}"
            );
        }
        let (status, error) = doctor
            .post("/api/v1/appointments", with("surprise", json!(1)))
            .await;
        assert_eq!(
            (status, code(&error)),
            (StatusCode::BAD_REQUEST, "invalid_body"),
            "unknown field"
        );
        let (status, error) = doctor
            .post("/api/v1/appointments", json!({ "client": client }))
            .await;
        assert_eq!(
            (status, code(&error)),
            (StatusCode::BAD_REQUEST, "invalid_body"),
            "missing fields"
        );
        let (list_status, list) = doctor.get("/api/v1/appointments").await;
        assert_eq!(
            (list_status, ids(&list).len()),
            (StatusCode::OK, 0),
            "nothing was written"
        );

        // SQL meta-characters are text, stored and returned as they are.
        let hostile = "Robert'); DROP TABLE appointments;-- \"%_\\";
        let created = appointment(&doctor, with("message", json!(hostile))).await;
        assert_eq!(created["appointment"]["message"], hostile);
        let (_, group) = doctor
            .post("/api/v1/participant-groups", json!({ "name": hostile }))
            .await;
        assert_eq!(group["name"], hostile);
        let (status, body) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "X", "kind": "stranger" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_body"),
            "unknown kind"
        );
        let (status, body) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "X", "kind": "family", "email": "not an email" }),
            )
            .await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("email"))
        );
        db.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn availability_becomes_slots_and_a_slot_is_booked_once() {
    for db in common::test_dbs().await {
        // Behind a proxy: each member of the public comes from an address.
        let config = anteroom_control_plane::ControlPlaneConfig {
            trust_forwarded_for: true,
            ..Default::default()
        };
        let Setup { cp, clock } = control_plane_with(db.clone(), config);
        let admin = organisation(&cp, "Booking").await;
        set_settings(&admin, json!({ "timezone": "Europe/Amsterdam" })).await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@booking.example", "practitioner", &[]).await;

        // Mondays 09:00-11:00 Amsterdam time, 20-minute slots with 10 between.
        let (status, block) = doctor
            .post("/api/v1/availability", json!({ "kind": "weekly", "date": "2026-11-23", "start": "09:00", "end": "11:00", "slot_minutes": 20, "gap_minutes": 10 }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{block}");
        assert_eq!(block["weekday"], 1);
        let bad = [
            (
                json!({ "kind": "once", "date": "2026-11-30", "start": "10:00", "end": "12:00", "slot_minutes": 20 }),
                StatusCode::CONFLICT,
                "conflict",
            ),
            (
                json!({ "kind": "weekly", "date": "2026-12-07", "start": "08:00", "end": "09:30", "slot_minutes": 20 }),
                StatusCode::CONFLICT,
                "conflict",
            ),
            (
                json!({ "kind": "once", "date": "2026-11-24", "start": "12:00", "end": "11:00", "slot_minutes": 20 }),
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                json!({ "kind": "once", "date": "2026-11-24", "start": "11:00", "end": "11:15", "slot_minutes": 20 }),
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                json!({ "kind": "once", "date": "2026-11-21", "start": "09:00", "end": "11:00", "slot_minutes": 20 }),
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                json!({ "kind": "once", "date": "2026-11-24", "start": "9:00", "end": "11:00", "slot_minutes": 20 }),
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                json!({ "kind": "once", "date": "2026-11-24", "until": "2026-12-01", "start": "09:00", "end": "11:00", "slot_minutes": 20 }),
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
        ];
        for (body, status, expected) in bad {
            let (got, error) = doctor.post("/api/v1/availability", body.clone()).await;
            assert_eq!((got, code(&error)), (status, expected), "{body}");
        }
        let (status, _) = doctor
            .post("/api/v1/availability", json!({ "kind": "once", "date": "2026-11-24", "start": "14:00", "end": "15:00", "slot_minutes": 30 }))
            .await;
        assert_eq!(
            status,
            StatusCode::CREATED,
            "a Tuesday afternoon does not overlap"
        );

        let (status, slots) = doctor
            .get(&format!(
                "/api/v1/staff/{doctor_id}/slots?from=2026-11-23&to=2026-11-30"
            ))
            .await;
        assert_eq!(status, StatusCode::OK, "{slots}");
        let starts: Vec<&str> = slots
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["starts_at"].as_str().unwrap())
            .collect();
        assert_eq!(
            starts,
            vec![
                "2026-11-23T08:00:00Z",
                "2026-11-23T08:30:00Z",
                "2026-11-23T09:00:00Z",
                "2026-11-23T09:30:00Z",
                "2026-11-24T13:00:00Z",
                "2026-11-24T13:30:00Z",
                "2026-11-30T08:00:00Z",
                "2026-11-30T08:30:00Z",
                "2026-11-30T09:00:00Z",
                "2026-11-30T09:30:00Z",
            ],
            "two hours at 20 + 10 minutes are four slots, at 09:00 Amsterdam (08:00 UTC)"
        );
        let (status, body) = doctor
            .get(&format!(
                "/api/v1/staff/{doctor_id}/slots?from=2026-11-23&to=2027-03-01"
            ))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "range too long"
        );

        // The public sees the clinic and the free slots, without logging in.
        let public = Client::new(&cp);
        let (status, clinic) = public.get(&format!("/api/v1/booking/{org}")).await;
        assert_eq!(status, StatusCode::OK, "{clinic}");
        assert_eq!(
            (
                clinic["name"].as_str(),
                clinic["practitioners"][0]["id"].as_str()
            ),
            (Some("Booking"), Some(doctor_id.as_str()))
        );
        assert_eq!(
            clinic["practitioners"][0].get("email"),
            None,
            "no staff emails in public: {clinic}"
        );
        let free = |from: &str| {
            let (public, org, doctor_id, from) = (
                public.clone(),
                org.clone(),
                doctor_id.clone(),
                from.to_owned(),
            );
            async move {
                let (_, slots) = public.get(&format!("/api/v1/booking/{org}/practitioners/{doctor_id}/slots?from={from}&to={from}")).await;
                slots
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["starts_at"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(free("2026-11-23").await.len(), 4);

        // A manual appointment over 08:10-08:40 UTC takes two slots.
        let client = add_client(&doctor, "Manual", &[], &[]).await;
        let manual = appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-23T08:10:00Z", "duration_minutes": 30 })).await;
        assert_eq!(
            free("2026-11-23").await,
            vec!["2026-11-23T09:00:00Z", "2026-11-23T09:30:00Z"]
        );
        let manual = manual["appointment"]["id"].as_str().unwrap().to_owned();
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{manual}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            free("2026-11-23").await.len(),
            4,
            "a cancelled appointment frees its time"
        );

        // 50 people, each from their own address, book the same slot at
        // once: exactly one gets it. (From one address, the visit limit
        // would refuse most of them first.)
        let request = |n: usize| {
            json!({ "practitioner": doctor_id, "starts_at": "2026-11-23T08:30:00Z", "initials": "P.", "last_name": format!("Patient{n}"),
                    "date_of_birth": "1990-01-01", "email": format!("p{n}@example.org") })
        };
        let mut tasks = Vec::new();
        for n in 0..50 {
            let (public, body, org) = (
                Client::from_address(&cp, &format!("198.51.100.{n}")),
                request(n),
                org.clone(),
            );
            tasks.push(tokio::spawn(async move {
                public
                    .post(&format!("/api/v1/booking/{org}/appointments"), body)
                    .await
            }));
        }
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap());
        }
        let won: Vec<&Value> = outcomes
            .iter()
            .filter(|(s, _)| *s == StatusCode::CREATED)
            .map(|(_, b)| b)
            .collect();
        assert_eq!(won.len(), 1, "{outcomes:?}");
        assert!(
            outcomes.iter().all(|(s, b)| *s == StatusCode::CREATED
                || (*s == StatusCode::CONFLICT && code(b) == "conflict")),
            "{outcomes:?}"
        );
        let (_, booked) = doctor
            .get("/api/v1/appointments?from=2026-11-23T08:30:00Z&to=2026-11-23T08:31:00Z")
            .await;
        assert_eq!(ids(&booked).len(), 1, "one appointment: {booked}");
        assert_eq!(
            (
                booked["items"][0]["origin"].as_str(),
                booked["items"][0]["status"].as_str()
            ),
            (Some("booking"), Some("scheduled"))
        );
        assert_eq!(
            booked["items"][0]["duration_minutes"], 20,
            "as long as the slot"
        );
        let (_, clients) = doctor.get("/api/v1/clients?q=patient").await;
        assert_eq!(ids(&clients).len(), 1, "losers left no client behind");
        let (status, _) = public
            .get(&format!(
                "/api/v1/links/{}",
                link_token(&won[0]["patient_link"])
            ))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            free("2026-11-23").await,
            vec![
                "2026-11-23T08:00:00Z",
                "2026-11-23T09:00:00Z",
                "2026-11-23T09:30:00Z"
            ]
        );

        // Booking outside the slots, or with bad details.
        let (status, body) = public.post(&format!("/api/v1/booking/{org}/appointments"), json!({ "practitioner": doctor_id, "starts_at": "2026-11-23T08:10:00Z", "initials": "P", "last_name": "P", "email": "p@example.org" })).await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("starts_at"))
        );
        let (status, body) = public.post(&format!("/api/v1/booking/{org}/appointments"), json!({ "practitioner": doctor_id, "starts_at": "2026-11-23T08:00:00Z", "initials": "P", "last_name": "P", "email": "p@" })).await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("email"))
        );
        let (status, _) = public
            .get("/api/v1/booking/0123456789abcdef0123456789abcdef")
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Slots in the past are not offered.
        clock.set(at("2026-11-23T09:15:00Z"));
        assert_eq!(free("2026-11-23").await, vec!["2026-11-23T09:30:00Z"]);

        // The walk-in switch shows on the public page. (A day later: log in again.)
        let doctor = Client::login(&cp, "doc@booking.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, _) = doctor
            .call(
                Method::PUT,
                &format!("/api/v1/staff/{doctor_id}/walk-in"),
                Some(json!({ "open": true })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, clinic) = public.get(&format!("/api/v1/booking/{org}")).await;
        assert_eq!(clinic["practitioners"][0]["walk_in"], true);
        db.close().await;
    }
}

#[tokio::test]
async fn old_appointments_are_anonymised_after_the_setting() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Forgetful").await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@forgetful.example", "practitioner", &[]).await;
        let client = add_client(&doctor, "Private", &[], &[]).await;
        let (_, helper) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Helper", "kind": "home_care" }),
            )
            .await;
        let old = appointment(
            &doctor,
            json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-23T09:00:00Z", "duration_minutes": 20,
                    "message": "private note", "participants": [helper["id"]] }),
        )
        .await;
        let old_link = link_token(&old["invitation"]["patient_link"]);
        let old = old["appointment"]["id"].as_str().unwrap().to_owned();
        let recent = appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-12-13T09:00:00Z", "duration_minutes": 20 })).await;
        let recent = recent["appointment"]["id"].as_str().unwrap().to_owned();

        // No setting: nothing happens, however old.
        clock.advance(Duration::from_secs(49 * 86_400));
        assert_eq!(anonymise_due(&cp).await.unwrap(), 0);
        // (Sessions last 12 hours; log in again.)
        let admin = Client::login(&cp, "admin@forgetful.example", PASSWORD, None)
            .await
            .unwrap();
        let doctor = Client::login(&cp, "doc@forgetful.example", PASSWORD, None)
            .await
            .unwrap();
        set_settings(&admin, json!({ "anonymise_after_days": 30 })).await;
        // 2026-11-23 is 49 days before now; 2026-12-13 only 29.
        assert_eq!(anonymise_due(&cp).await.unwrap(), 1);
        assert_eq!(anonymise_due(&cp).await.unwrap(), 0, "done once");
        let (_, a) = doctor.get(&format!("/api/v1/appointments/{old}")).await;
        assert_eq!(
            (a["status"].as_str(), a.get("client"), a.get("message")),
            (Some("anonymised"), Some(&Value::Null), Some(&Value::Null)),
            "{a}"
        );
        assert_eq!(
            (a["starts_at"].as_str(), a["duration_minutes"].as_u64()),
            (Some("2026-11-23T09:00:00Z"), Some(20))
        );
        assert_eq!(a["practitioner"]["id"].as_str(), Some(doctor_id.as_str()));
        assert_eq!(a["participants"], json!([]));
        let (status, _) = Client::new(&cp)
            .get(&format!("/api/v1/links/{old_link}"))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "its links are gone");
        let (_, r) = doctor.get(&format!("/api/v1/appointments/{recent}")).await;
        assert_eq!(
            (r["status"].as_str(), r["client"]["last_name"].as_str()),
            (Some("scheduled"), Some("Private"))
        );
        db.close().await;
    }
}

/// Staff get a signed join token for the consultation room of an
/// appointment they can see, with the rights their organisation allows;
/// nobody gets one for a cancelled appointment or another organisation's.
#[tokio::test]
async fn staff_get_join_tokens_for_their_appointments() {
    use anteroom_protocol::{Grant, JoinRole};

    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        clock.set(at("2026-11-22T09:00:00Z"));
        let admin = organisation(&cp, "Kliniek").await;
        set_settings(
            &admin,
            json!({ "screen_sharing": false, "max_participants_per_call": 4, "language": "nl-BE" }),
        )
        .await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@kliniek.example", "practitioner", &[]).await;
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let created =
            appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T10:00:00Z", "duration_minutes": 20 })).await;
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();

        let (status, ticket) = doctor
            .post(&format!("/api/v1/appointments/{id}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{ticket}");
        let token = ticket["token"].as_str().unwrap();
        assert_eq!(ticket["room"], format!("a-{id}"));
        assert_eq!(
            ticket["call_url"],
            format!("http://127.0.0.1:8080/call/a-{id}#token={token}")
        );
        let claims = decode_token(token, cp.config().join_signer.public_key()).unwrap();
        assert_eq!(
            (claims.room.as_str(), claims.role, claims.sub.as_str()),
            (
                format!("a-{id}").as_str(),
                JoinRole::Practitioner,
                format!("staff:{doctor_id}").as_str()
            )
        );
        assert_eq!(
            serde_json::to_value(&claims.name).unwrap(),
            "doc@kliniek.example"
        );
        assert_eq!(
            claims.grants,
            [
                Grant::Publish,
                Grant::Subscribe,
                Grant::Admit,
                Grant::Chat,
                Grant::Files
            ],
            "no screen sharing in this organisation"
        );
        assert_eq!(
            (claims.max_participants, claims.iat, claims.exp - claims.iat),
            (4, at("2026-11-22T09:00:00Z").as_second() as u64, 600)
        );
        assert_eq!(
            claims
                .language
                .as_ref()
                .map(anteroom_protocol::LanguageCode::as_str),
            Some("nl"),
            "the organisation's language, for captions"
        );
        // Another key does not verify it.
        let other = anteroom_control_plane::join::JoinSigner::generate().unwrap();
        assert!(decode_token(token, other.public_key()).is_err());

        // Another organisation cannot; a cancelled appointment cannot.
        let stranger = organisation(&cp, "Elsewhere").await;
        let (status, body) = stranger
            .post(&format!("/api/v1/appointments/{id}/join"), json!({}))
            .await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{id}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = doctor
            .post(&format!("/api/v1/appointments/{id}/join"), json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
        db.close().await;
    }
}

/// A patient's link gives, inside its window only, a join token that puts
/// them in the waiting area, listed in their practitioner's, department's
/// and organisation's queues with an on-time or late marker; a
/// participant's link gives one under the participant's name. Staff get
/// watch tokens for their own queues.
#[tokio::test]
async fn links_give_waiting_area_tokens_and_staff_watch_their_queues() {
    use anteroom_protocol::{Grant, JoinRole, Marker};

    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let claims_of =
            |token: &str| decode_token(token, cp.config().join_signer.public_key()).unwrap();
        clock.set(at("2026-11-22T08:00:00Z"));
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let cardio = add_department(&admin, "Cardiology").await;
        let (doctor, doctor_id) = add_staff(
            &cp,
            &admin,
            "doc@kliniek.example",
            "practitioner",
            &[&cardio],
        )
        .await;
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let (_, interpreter) = doctor
            .post(
                "/api/v1/participants",
                json!({ "name": "Ivo Tolk", "kind": "interpreter" }),
            )
            .await;
        let created = appointment(
            &doctor,
            json!({ "client": client, "practitioner": doctor_id, "department": cardio, "starts_at": "2026-11-22T10:00:00Z",
                    "duration_minutes": 20, "participants": [interpreter["id"]] }),
        )
        .await;
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        let patient = link_token(&created["invitation"]["patient_link"]);
        let participant = link_token(&created["invitation"]["participant_links"][0]["link"]);
        let anonymous = Client::new(&cp);
        let join = |token: String| {
            let anonymous = anonymous.clone();
            async move {
                anonymous
                    .post(&format!("/api/v1/links/{token}/join"), json!({}))
                    .await
            }
        };

        // Too early (the window opens at 09:00), unknown: refused.
        let (status, body) = join(patient.clone()).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "link_not_open")
        );
        let (status, body) = join("0".repeat(32)).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_token")
        );

        // On time: a waiting-area token in three queues.
        clock.set(at("2026-11-22T09:55:00Z"));
        let (status, arrival) = join(patient.clone()).await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        assert_eq!(arrival["link"]["state"], "open");
        assert_eq!(arrival["ticket"]["room"], format!("a-{id}"));
        let claims = claims_of(arrival["ticket"]["token"].as_str().unwrap());
        assert_eq!(
            (claims.role, claims.sub.as_str(), claims.org.as_str()),
            (
                JoinRole::Patient,
                format!("client:{id}").as_str(),
                org.as_str()
            )
        );
        assert_eq!(serde_json::to_value(&claims.name).unwrap(), "J. Jansen");
        assert_eq!(
            claims.grants,
            [
                Grant::Publish,
                Grant::Subscribe,
                Grant::Chat,
                Grant::WaitingChat,
                Grant::ScreenShare,
                Grant::Files
            ]
        );
        assert!(!claims.may(Grant::Admit));
        let waiting = claims.waiting.unwrap();
        assert_eq!(
            waiting.queues,
            [
                Queue::org(anteroom_protocol::OrgId::new(org.as_str()).unwrap()),
                Queue::staff(doctor_id.as_str()),
                Queue::department(cardio.as_str())
            ]
        );
        assert_eq!(
            (waiting.marker, waiting.starts_at),
            (
                Marker::OnTime,
                Some(at("2026-11-22T10:00:00Z").as_second() as u64)
            )
        );
        assert_eq!(
            waiting.duration_minutes,
            Some(20),
            "the booked length, for the wait estimate"
        );
        let (_, a) = doctor.get(&format!("/api/v1/appointments/{id}")).await;
        assert_eq!(
            a["status"], "waiting",
            "arriving marks the appointment as waiting"
        );

        // Late, and the interpreter under their own name.
        clock.set(at("2026-11-22T10:05:00Z"));
        let (_, arrival) = join(patient.clone()).await;
        assert_eq!(
            claims_of(arrival["ticket"]["token"].as_str().unwrap())
                .waiting
                .unwrap()
                .marker,
            Marker::Late
        );
        let (status, arrival) = join(participant).await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        let claims = claims_of(arrival["ticket"]["token"].as_str().unwrap());
        assert_eq!(
            (claims.role, serde_json::to_value(&claims.name).unwrap()),
            (JoinRole::Participant, json!("Ivo Tolk"))
        );
        assert!(
            claims.waiting.is_some(),
            "external participants wait to be admitted too"
        );
        // Captions take everyone to speak the organisation's language, and
        // a patient whose record has one to speak that.
        let org_language = claims.language.clone();
        assert_eq!(org_language.as_ref().map(|l| l.as_str()), Some("en"));
        let (status, body) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/clients/{client}"),
                Some(json!({ "language": "nl" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, arrival) = join(patient.clone()).await;
        let claims = claims_of(arrival["ticket"]["token"].as_str().unwrap());
        assert_eq!(claims.language.as_ref().map(|l| l.as_str()), Some("nl"));

        // Watch tokens: the practitioner's own and department's queues;
        // the admin's include the organisation's. They carry no room rights.
        let doctor = Client::login(&cp, "doc@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, watch) = doctor.post("/api/v1/waiting/watch", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{watch}");
        assert_eq!(
            watch["queues"],
            json!([format!("staff:{doctor_id}"), format!("department:{cardio}")])
        );
        let claims = claims_of(watch["token"].as_str().unwrap());
        assert_eq!(
            (claims.watch.len(), claims.grants.as_slice()),
            (2, [Grant::Admit, Grant::Chat].as_slice())
        );
        let admin = Client::login(&cp, "admin@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        let (_, watch) = admin.post("/api/v1/waiting/watch", json!({})).await;
        assert!(
            watch["queues"]
                .as_array()
                .unwrap()
                .contains(&json!(format!("org:{org}"))),
            "{watch}"
        );
        let (status, _) = anonymous.post("/api/v1/waiting/watch", json!({})).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // Cancelled: the link no longer gives a token.
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{id}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = join(patient).await;
        assert_eq!((status, code(&body)), (StatusCode::GONE, "link_closed"));
        db.close().await;
    }
}

/// Walk-in: a visitor may ask for a practitioner only while that
/// practitioner is open for walk-in, must accept the terms and give a
/// valid date of birth; they get a link whose waiting-area token marks them
/// walk-in, and the clinic sees a walk-in appointment starting now.
#[tokio::test]
async fn walk_in_visitors_wait_marked_walk_in() {
    use anteroom_protocol::Marker;

    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        clock.set(at("2026-11-22T14:00:00Z"));
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@kliniek.example", "practitioner", &[]).await;
        let anonymous = Client::new(&cp);
        let visit = |body: Value| {
            let anonymous = anonymous.clone();
            let org = org.clone();
            async move {
                anonymous
                    .post(&format!("/api/v1/booking/{org}/walk-in"), body)
                    .await
            }
        };
        let visitor = |practitioner: &str, terms: bool, born: &str| json!({ "practitioner": practitioner, "initials": "W.", "last_name": "Walker", "date_of_birth": born, "accept_terms": terms });

        let (status, body) = visit(visitor(&doctor_id, true, "1970-05-01")).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state"),
            "not open for walk-in"
        );
        let (status, _) = doctor
            .call(
                Method::PUT,
                &format!("/api/v1/staff/{doctor_id}/walk-in"),
                Some(json!({ "open": true })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, clinic) = anonymous.get(&format!("/api/v1/booking/{org}")).await;
        assert_eq!(clinic["practitioners"][0]["walk_in"], true, "{clinic}");
        for (body, field) in [
            (visitor(&doctor_id, false, "1970-05-01"), "accept_terms"),
            (visitor(&doctor_id, true, "2030-01-01"), "date_of_birth"),
            (visitor(&"0".repeat(32), true, "1970-05-01"), "practitioner"),
        ] {
            let (status, answer) = visit(body).await;
            assert_eq!(
                (status, code(&answer), answer["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, "invalid_field", Some(field)),
                "{answer}"
            );
        }
        let (status, body) = anonymous
            .post(
                &format!("/api/v1/booking/{}/walk-in", "0".repeat(32)),
                visitor(&doctor_id, true, "1970-05-01"),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));
        let (_, list) = doctor.get("/api/v1/appointments").await;
        assert!(
            ids(&list).is_empty(),
            "nothing was written by refused visits"
        );

        let (status, walked) = visit(visitor(&doctor_id, true, "1970-05-01")).await;
        assert_eq!(status, StatusCode::CREATED, "{walked}");
        let token = link_token(&walked["patient_link"]);
        let (status, arrival) = anonymous
            .post(&format!("/api/v1/links/{token}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        let claims = decode_token(
            arrival["ticket"]["token"].as_str().unwrap(),
            cp.config().join_signer.public_key(),
        )
        .unwrap();
        let waiting = claims.waiting.unwrap();
        assert_eq!(
            (waiting.marker, waiting.duration_minutes),
            (Marker::WalkIn, Some(20))
        );
        assert_eq!(serde_json::to_value(&claims.name).unwrap(), "W. Walker");
        let (_, list) = doctor.get("/api/v1/appointments").await;
        assert_eq!(list["items"][0]["origin"], "walk_in");
        assert_eq!(list["items"][0]["starts_at"], "2026-11-22T14:00:00Z");
        assert_eq!(list["items"][0]["status"], "waiting");

        // One requester may make ten visits in ten minutes (refused ones
        // do not count); the eleventh is refused and writes nothing; the
        // next window allows again.
        for _ in 1..10 {
            let (status, walked) = visit(visitor(&doctor_id, true, "1980-01-01")).await;
            assert_eq!(status, StatusCode::CREATED, "{walked}");
        }
        let (status, body) = visit(visitor(&doctor_id, true, "1980-01-01")).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
        );
        let (_, list) = doctor.get("/api/v1/appointments").await;
        assert_eq!(ids(&list).len(), 10);
        clock.advance(Duration::from_secs(10 * 60));
        let (status, _) = visit(visitor(&doctor_id, true, "1980-01-01")).await;
        assert_eq!(status, StatusCode::CREATED);

        // 30 at once in a new window: the limit is reserved before the
        // records are written, so exactly ten get in (it used to count
        // after the commit, and all 30 did).
        clock.advance(Duration::from_secs(10 * 60));
        let answers = futures_util::future::join_all(
            (0..30).map(|_| visit(visitor(&doctor_id, true, "1980-01-01"))),
        )
        .await;
        let created = answers
            .iter()
            .filter(|(s, _)| *s == StatusCode::CREATED)
            .count();
        let refused = answers
            .iter()
            .filter(|(s, b)| *s == StatusCode::TOO_MANY_REQUESTS && code(b) == "rate_limited")
            .count();
        assert_eq!((created, refused), (10, 20));
        let (_, list) = doctor.get("/api/v1/appointments?limit=200").await;
        assert_eq!(ids(&list).len(), 21);
        db.close().await;
    }
}

/// Meeting rooms: any staff member makes one and enters it; nobody else
/// sees it. Guest links: one use, a limited life, a name the staff member
/// chose; a consultation's guest waits like an external participant, a
/// meeting room's guest waits for those in the room only.
#[tokio::test]
async fn meeting_rooms_and_one_time_guest_links() {
    use anteroom_protocol::{Grant, JoinRole};

    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let claims_of =
            |token: &str| decode_token(token, cp.config().join_signer.public_key()).unwrap();
        clock.set(at("2026-11-22T09:00:00Z"));
        let admin = organisation(&cp, "Kliniek").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@kliniek.example", "practitioner", &[]).await;
        let anonymous = Client::new(&cp);

        // Meeting rooms.
        let (status, room) = doctor
            .post(
                "/api/v1/meeting-rooms",
                json!({ "name": "Case conference" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{room}");
        let room_id = room["id"].as_str().unwrap().to_owned();
        let (status, body) = admin
            .post(
                "/api/v1/meeting-rooms",
                json!({ "name": "Case conference" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "conflict"),
            "names are unique in the organisation"
        );
        let (status, body) = admin
            .post("/api/v1/meeting-rooms", json!({ "name": "  " }))
            .await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("name"))
        );
        let (_, list) = admin.get("/api/v1/meeting-rooms").await;
        assert_eq!(ids(&list), std::slice::from_ref(&room_id));
        let (status, ticket) = admin
            .post(&format!("/api/v1/meeting-rooms/{room_id}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{ticket}");
        assert_eq!(ticket["room"], format!("m-{room_id}"));
        let claims = claims_of(ticket["token"].as_str().unwrap());
        assert_eq!(
            (claims.role, claims.waiting.is_none()),
            (JoinRole::Practitioner, true),
            "staff go straight in"
        );
        assert!(claims.may(Grant::Admit));
        let stranger = organisation(&cp, "Elsewhere").await;
        let (_, list) = stranger.get("/api/v1/meeting-rooms").await;
        assert!(ids(&list).is_empty());
        for path in [
            format!("/api/v1/meeting-rooms/{room_id}/join"),
            format!("/api/v1/meeting-rooms/{room_id}/guest-links"),
        ] {
            let (status, body) = stranger.post(&path, json!({ "name": "Mallory" })).await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::NOT_FOUND, "not_found"),
                "{path}"
            );
        }
        let (status, _) = anonymous
            .post("/api/v1/meeting-rooms", json!({ "name": "Mine" }))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // A guest link for the meeting room: bad names and lives refused.
        let guest_link = |body: Value| {
            let doctor = doctor.clone();
            let room_id = room_id.clone();
            async move {
                doctor
                    .post(
                        &format!("/api/v1/meeting-rooms/{room_id}/guest-links"),
                        body,
                    )
                    .await
            }
        };
        for (body, field) in [
            (json!({ "name": "" }), "name"),
            (json!({ "name": "Bad\u{202e}name" }), "name"),
            (
                json!({ "name": "Guest", "expires_in_minutes": 2 }),
                "expires_in_minutes",
            ),
            (
                json!({ "name": "Guest", "expires_in_minutes": 1441 }),
                "expires_in_minutes",
            ),
        ] {
            let (status, err) = guest_link(body.clone()).await;
            assert_eq!(
                (status, err["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, Some(field)),
                "{body}"
            );
        }
        let (status, link) = guest_link(json!({ "name": "Dr. Visitor" })).await;
        assert_eq!(status, StatusCode::CREATED, "{link}");
        assert_eq!(
            link["expires_at"], "2026-11-22T10:00:00Z",
            "an hour by default"
        );
        let url = link["link"].as_str().unwrap();
        assert!(url.starts_with("http://127.0.0.1:8080/g/"), "{url}");
        let token = url.rsplit('/').next().unwrap().to_owned();
        let (status, view) = anonymous.get(&format!("/api/v1/guest-links/{token}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            (
                view["state"].as_str(),
                view["meeting_room"].as_str(),
                view["name"].as_str()
            ),
            (Some("open"), Some("Case conference"), Some("Dr. Visitor"))
        );
        assert_eq!(view["organisation"], "Kliniek");

        // Used once: a waiting token for the room, seen by nobody's queue.
        let (status, arrival) = anonymous
            .post(&format!("/api/v1/guest-links/{token}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        assert_eq!(arrival["ticket"]["room"], format!("m-{room_id}"));
        let claims = claims_of(arrival["ticket"]["token"].as_str().unwrap());
        assert_eq!(
            (claims.role, serde_json::to_value(&claims.name).unwrap()),
            (JoinRole::Guest, json!("Dr. Visitor"))
        );
        assert!(
            claims.waiting.as_ref().unwrap().queues.is_empty(),
            "only those in the room let a meeting guest in"
        );
        assert!(!claims.may(Grant::Admit));
        let (status, body) = anonymous
            .post(&format!("/api/v1/guest-links/{token}/join"), json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_token"),
            "a second use"
        );
        let (_, view) = anonymous.get(&format!("/api/v1/guest-links/{token}")).await;
        assert_eq!(view["state"], "used");
        let (status, body) = anonymous
            .get(&format!("/api/v1/guest-links/{}", "0".repeat(32)))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_token")
        );
        let (status, body) = anonymous
            .post("/api/v1/guest-links/not-a-token/join", json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "invalid_token")
        );

        // Expired.
        let (_, link) = guest_link(json!({ "name": "Late guest", "expires_in_minutes": 5 })).await;
        let late = link["link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        clock.set(at("2026-11-22T09:05:00Z"));
        let (status, body) = anonymous
            .post(&format!("/api/v1/guest-links/{late}/join"), json!({}))
            .await;
        assert_eq!((status, code(&body)), (StatusCode::GONE, "link_closed"));

        // A guest of a consultation waits as an external participant, in
        // the appointment's queues, and only while it is still to happen.
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let created =
            appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T09:30:00Z", "duration_minutes": 20 })).await;
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        let (status, link) = doctor
            .post(
                &format!("/api/v1/appointments/{id}/guest-links"),
                json!({ "name": "Interpreter" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{link}");
        let token = link["link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let (_, view) = anonymous.get(&format!("/api/v1/guest-links/{token}")).await;
        assert_eq!(view.get("meeting_room"), Some(&Value::Null));
        let (status, arrival) = anonymous
            .post(&format!("/api/v1/guest-links/{token}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        assert_eq!(arrival["ticket"]["room"], format!("a-{id}"));
        let claims = claims_of(arrival["ticket"]["token"].as_str().unwrap());
        assert_eq!(
            claims.role,
            JoinRole::Participant,
            "the patient-present rule applies"
        );
        assert_eq!(
            claims.waiting.unwrap().queues,
            [
                Queue::org(anteroom_protocol::OrgId::new(org.as_str()).unwrap()),
                Queue::staff(doctor_id.as_str())
            ]
        );
        let (status, body) = stranger
            .post(
                &format!("/api/v1/appointments/{id}/guest-links"),
                json!({ "name": "Mallory" }),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));
        let (_, link) = doctor
            .post(
                &format!("/api/v1/appointments/{id}/guest-links"),
                json!({ "name": "Family" }),
            )
            .await;
        let unused = link["link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let (status, _) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{id}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = anonymous
            .post(&format!("/api/v1/guest-links/{unused}/join"), json!({}))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::GONE, "link_closed"),
            "the consultation is off"
        );
        let (status, body) = doctor
            .post(
                &format!("/api/v1/appointments/{id}/guest-links"),
                json!({ "name": "Family" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "invalid_state")
        );
        db.close().await;
    }
}

/// Kept captions: off by default (nothing kept, no notice in the tokens);
/// with `keep_transcript` the appointment's tokens carry the notice, final
/// lines are kept and read back by staff who may see the appointment (and
/// the read is audited); turned off, nothing more is kept; anonymisation
/// deletes them.
#[tokio::test]
async fn kept_captions_follow_the_setting_and_go_with_anonymisation() {
    use anteroom_control_plane::transcripts::{NewLine, keep};
    use anteroom_protocol::Grant;

    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        clock.set(at("2026-11-22T09:00:00Z"));
        let admin = organisation(&cp, "Kliniek").await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@kliniek.example", "practitioner", &[]).await;
        let (other, _) = add_staff(&cp, &admin, "other@kliniek.example", "practitioner", &[]).await;
        set_settings(&admin, json!({ "strict_client_segregation": true })).await;
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let created =
            appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T10:00:00Z", "duration_minutes": 20 })).await;
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        let room = format!("a-{id}");
        let line = |text: &str| NewLine {
            speaker: "J. Jansen".into(),
            text: text.into(),
            language: "en".into(),
        };
        let grants = |token: &str| {
            decode_token(token, cp.config().join_signer.public_key())
                .unwrap()
                .grants
        };

        // Off: no notice, nothing kept.
        let (_, ticket) = doctor
            .post(&format!("/api/v1/appointments/{id}/join"), json!({}))
            .await;
        assert!(!grants(ticket["token"].as_str().unwrap()).contains(&Grant::KeepTranscript));
        assert!(!keep(&cp, &room, line("Not kept.")).await.unwrap());

        // On: the staff's and the patient's tokens say so; lines are kept.
        set_settings(
            &admin,
            json!({ "strict_client_segregation": true, "keep_transcript": true }),
        )
        .await;
        let (_, ticket) = doctor
            .post(&format!("/api/v1/appointments/{id}/join"), json!({}))
            .await;
        assert!(grants(ticket["token"].as_str().unwrap()).contains(&Grant::KeepTranscript));
        let patient = link_token(&created["invitation"]["patient_link"]);
        let (status, arrival) = Client::new(&cp)
            .post(&format!("/api/v1/links/{patient}/join"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{arrival}");
        assert!(
            grants(arrival["ticket"]["token"].as_str().unwrap()).contains(&Grant::KeepTranscript)
        );
        assert!(keep(&cp, &room, line("My chest hurts.")).await.unwrap());
        clock.advance(Duration::from_secs(5));
        assert!(
            keep(
                &cp,
                &room,
                NewLine {
                    speaker: "Dr Who".into(),
                    text: "Since when?".into(),
                    language: "en".into()
                }
            )
            .await
            .unwrap()
        );
        // Not an appointment's room, or an unknown one: nothing.
        assert!(!keep(&cp, "m-0123", line("x")).await.unwrap());
        assert!(
            !keep(&cp, "a-00000000000000000000000000000000", line("x"))
                .await
                .unwrap()
        );

        let (status, transcript) = doctor
            .get(&format!("/api/v1/appointments/{id}/transcript"))
            .await;
        assert_eq!(status, StatusCode::OK, "{transcript}");
        let lines: Vec<(&str, &str)> = transcript["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (l["speaker"].as_str().unwrap(), l["text"].as_str().unwrap()))
            .collect();
        assert_eq!(
            lines,
            [("J. Jansen", "My chest hurts."), ("Dr Who", "Since when?")]
        );
        assert_eq!(transcript["lines"][0]["spoken_at"], "2026-11-22T09:00:00Z");
        // Someone who may not see the appointment may not read it.
        let (status, body) = other
            .get(&format!("/api/v1/appointments/{id}/transcript"))
            .await;
        assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, "not_found"));
        let (_, log) = admin.get("/api/v1/audit?limit=100").await;
        assert!(
            log["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["action"] == "read"
                    && e["entity"] == "transcript"
                    && e["entity_id"] == id.as_str()),
            "{log}"
        );

        // Off again: nothing more is kept.
        set_settings(
            &admin,
            json!({ "strict_client_segregation": true, "keep_transcript": false }),
        )
        .await;
        assert!(!keep(&cp, &room, line("Not kept either.")).await.unwrap());

        // Anonymised: the lines are gone.
        clock.advance(Duration::from_secs(40 * 86_400));
        let admin = Client::login(&cp, "admin@kliniek.example", PASSWORD, None)
            .await
            .unwrap();
        set_settings(&admin, json!({ "anonymise_after_days": 30 })).await;
        assert_eq!(anonymise_due(&cp).await.unwrap(), 1);
        let (_, transcript) = admin
            .get(&format!("/api/v1/appointments/{id}/transcript"))
            .await;
        assert_eq!(transcript["lines"], json!([]));
        db.close().await;
    }
}

/// A scaled setup's signalling nodes hand kept captions over with the node
/// key: without a configured key the route does not exist; a wrong or
/// missing key is refused; bad lines get typed errors and keep nothing;
/// a good line is kept as `anteroom serve` keeps it (only where the
/// organisation keeps transcripts).
#[tokio::test]
async fn signalling_nodes_hand_kept_captions_over_with_the_node_key() {
    use anteroom_control_plane::secret::token_hash;

    for db in common::test_dbs().await {
        let key = "nk-0123456789abcdef0123456789abcdef";
        let config = anteroom_control_plane::ControlPlaneConfig {
            node_key_hash: Some(token_hash(key)),
            ..anteroom_control_plane::ControlPlaneConfig::default()
        };
        let Setup { cp, .. } = control_plane_with(db.clone(), config);
        let admin = organisation(&cp, "Kliniek").await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@kliniek.example", "practitioner", &[]).await;
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        let created =
            appointment(&doctor, json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T10:00:00Z", "duration_minutes": 20 })).await;
        let id = created["appointment"]["id"].as_str().unwrap().to_owned();
        let line = |text: &str| json!({ "room": format!("a-{id}"), "speaker": "J. Jansen", "text": text, "language": "nl" });
        let node = |bearer: Option<&str>| Client {
            bearer: bearer.map(str::to_owned),
            ..Client::new(&cp)
        };
        let path = "/internal/v1/transcript-lines";

        // No key, or another: refused.
        for who in [
            node(None),
            node(Some("nk-guess")),
            node(Some(&format!("{key}x"))),
        ] {
            let (status, body) = who.post(path, line("Mijn borst doet pijn.")).await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::UNAUTHORIZED, "unauthenticated"),
                "{body}"
            );
        }
        let node = node(Some(key));
        // Not keeping: accepted, not kept.
        let (status, body) = node.post(path, line("Niet bewaard.")).await;
        assert_eq!((status, &body), (StatusCode::OK, &json!({ "kept": false })));
        set_settings(&admin, json!({ "keep_transcript": true })).await;
        // Bad lines: typed errors.
        let long = "a".repeat(10_001);
        for (bad, field) in [
            (
                json!({ "room": format!("a-{id}"), "speaker": "", "text": "x", "language": "nl" }),
                "speaker",
            ),
            (
                json!({ "room": format!("a-{id}"), "speaker": "A\u{7}", "text": "x", "language": "nl" }),
                "speaker",
            ),
            (
                json!({ "room": format!("a-{id}"), "speaker": "A", "text": "  ", "language": "nl" }),
                "text",
            ),
            (
                json!({ "room": format!("a-{id}"), "speaker": "A", "text": long, "language": "nl" }),
                "text",
            ),
            (
                json!({ "room": format!("a-{id}"), "speaker": "A", "text": "x", "language": "Dutch" }),
                "language",
            ),
            (
                json!({ "room": "", "speaker": "A", "text": "x", "language": "nl" }),
                "room",
            ),
        ] {
            let (status, body) = node.post(path, bad).await;
            assert_eq!(
                (status, code(&body), body["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, "invalid_field", Some(field)),
                "{body}"
            );
        }
        let (status, body) = node
            .post(path, json!({ "room": "a-1", "speaker": "A" }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_body"),
            "{body}"
        );
        // Kept, and read back by the practitioner.
        let (status, body) = node.post(path, line("Mijn borst doet pijn.")).await;
        assert_eq!((status, &body), (StatusCode::OK, &json!({ "kept": true })));
        let (_, transcript) = doctor
            .get(&format!("/api/v1/appointments/{id}/transcript"))
            .await;
        let lines: Vec<(&str, &str, &str)> = transcript["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["speaker"].as_str().unwrap(),
                    l["text"].as_str().unwrap(),
                    l["language"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(lines, [("J. Jansen", "Mijn borst doet pijn.", "nl")]);

        // Without a node key configured, there is no such route.
        let Setup { cp, .. } = control_plane(db.clone());
        let (status, body) = Client {
            bearer: Some(key.into()),
            ..Client::new(&cp)
        }
        .post(path, line("x"))
        .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::NOT_FOUND, "not_found"),
            "{body}"
        );
        db.close().await;
    }
}

/// `Idempotency-Key` (the security review's defect 5): a retried creation
/// makes nothing new, answers with what the first made (marked replayed,
/// with working links), concurrent retries make one record, another
/// request under the same key is refused, and keys are forgotten after a
/// day.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn retried_creations_with_an_idempotency_key_make_one_record() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Retry").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let org = me["organisation"].as_str().unwrap().to_owned();
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@retry.example", "practitioner", &[]).await;
        let replayed = |h: &axum::http::HeaderMap| {
            h.get("idempotent-replayed")
                .map(|v| v.to_str().unwrap().to_owned())
        };

        // Clients.
        let new_client =
            json!({ "initials": "R.", "last_name": "Retry", "date_of_birth": "1970-01-01" });
        let (s1, c1, h1) = doctor
            .post_idempotent("/api/v1/clients", "client-key-1", new_client.clone())
            .await;
        let (s2, c2, h2) = doctor
            .post_idempotent("/api/v1/clients", "client-key-1", new_client.clone())
            .await;
        assert_eq!(
            (s1, s2),
            (StatusCode::CREATED, StatusCode::CREATED),
            "{c1} {c2}"
        );
        assert_eq!(c1["id"], c2["id"], "the same client");
        assert_eq!(
            (replayed(&h1), replayed(&h2).as_deref()),
            (None, Some("true"))
        );
        let (_, clients) = doctor.get("/api/v1/clients?q=retry").await;
        assert_eq!(ids(&clients).len(), 1);
        let client = c1["id"].as_str().unwrap().to_owned();
        // Another request under the same key is refused, and writes nothing.
        let (status, body, _) = doctor
            .post_idempotent(
                "/api/v1/clients",
                "client-key-1",
                json!({ "initials": "O.", "last_name": "Other" }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused")
        );
        // A key is per caller: the admin's own use of it makes their own.
        let (status, c3, h3) = admin
            .post_idempotent("/api/v1/clients", "client-key-1", new_client.clone())
            .await;
        assert_eq!((status, replayed(&h3)), (StatusCode::CREATED, None));
        assert_ne!(c3["id"], c1["id"]);
        // A key that is not one: typed 400.
        let (status, body, _) = doctor
            .post_idempotent("/api/v1/clients", &"k".repeat(300), new_client.clone())
            .await;
        assert_eq!(
            (status, code(&body), body["error"]["field"].as_str()),
            (
                StatusCode::BAD_REQUEST,
                "invalid_field",
                Some("Idempotency-Key")
            )
        );

        // Appointments: ten retries at once make one, each answer with a
        // link that works (the first one's too).
        let new_appointment = json!({ "client": client, "practitioner": doctor_id, "starts_at": "2026-11-22T10:00:00Z", "duration_minutes": 20 });
        let answers = futures_util::future::join_all((0..10).map(|_| {
            doctor.post_idempotent(
                "/api/v1/appointments",
                "appointment-key",
                new_appointment.clone(),
            )
        }))
        .await;
        assert!(
            answers.iter().all(|(s, _, _)| *s == StatusCode::CREATED),
            "{answers:?}"
        );
        let made: std::collections::BTreeSet<String> = answers
            .iter()
            .map(|(_, b, _)| b["appointment"]["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(made.len(), 1, "one appointment");
        assert_eq!(
            answers
                .iter()
                .filter(|(_, _, h)| replayed(h).is_none())
                .count(),
            1,
            "one of them made it"
        );
        let (_, list) = doctor.get("/api/v1/appointments").await;
        assert_eq!(ids(&list).len(), 1);
        let anonymous = Client::new(&cp);
        for (_, body, _) in &answers {
            let (status, link) = anonymous
                .get(&format!(
                    "/api/v1/links/{}",
                    link_token(&body["invitation"]["patient_link"])
                ))
                .await;
            assert_eq!(status, StatusCode::OK, "{link}");
        }

        // Public booking and walk-in.
        let (status, _) = admin.post("/api/v1/availability", json!({ "staff": doctor_id, "kind": "once", "date": "2026-11-23", "start": "09:00", "end": "10:00", "slot_minutes": 30 })).await;
        assert_eq!(status, StatusCode::CREATED);
        let booking = json!({ "practitioner": doctor_id, "starts_at": "2026-11-23T09:00:00Z", "initials": "B.", "last_name": "Booker", "email": "b@example.org" });
        // Three tries at once (a patient's page retrying): one booking,
        // every try answered with it, none told the slot is taken.
        let path = format!("/api/v1/booking/{org}/appointments");
        let tries = futures_util::future::join_all(
            (0..3).map(|_| anonymous.post_idempotent(&path, "booking-key", booking.clone())),
        )
        .await;
        assert!(
            tries.iter().all(|(s, _, _)| *s == StatusCode::CREATED),
            "{tries:?}"
        );
        let (s1, b1, _) = tries[0].clone();
        let (s2, b2, h2) = anonymous
            .post_idempotent(&path, "booking-key", booking.clone())
            .await;
        assert_eq!(
            (s1, s2, replayed(&h2).as_deref()),
            (StatusCode::CREATED, StatusCode::CREATED, Some("true")),
            "{b1} {b2}"
        );
        assert_eq!(
            (b1["starts_at"].clone(), b1["ends_at"].clone()),
            (b2["starts_at"].clone(), b2["ends_at"].clone())
        );
        let (status, _) = anonymous
            .get(&format!(
                "/api/v1/links/{}",
                link_token(&b2["patient_link"])
            ))
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = doctor
            .call(
                Method::PUT,
                &format!("/api/v1/staff/{doctor_id}/walk-in"),
                Some(json!({ "open": true })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let visitor = json!({ "practitioner": doctor_id, "initials": "W.", "last_name": "Walker", "date_of_birth": "1980-01-01", "accept_terms": true });
        let (s1, _, _) = anonymous
            .post_idempotent(
                &format!("/api/v1/booking/{org}/walk-in"),
                "walk-in-key",
                visitor.clone(),
            )
            .await;
        let (s2, w2, h2) = anonymous
            .post_idempotent(
                &format!("/api/v1/booking/{org}/walk-in"),
                "walk-in-key",
                visitor.clone(),
            )
            .await;
        assert_eq!(
            (s1, s2, replayed(&h2).as_deref()),
            (StatusCode::CREATED, StatusCode::CREATED, Some("true")),
            "{w2}"
        );
        let (_, list) = doctor.get("/api/v1/appointments?limit=200").await;
        assert_eq!(
            ids(&list).len(),
            3,
            "the appointment, one booking, one walk-in"
        );

        // A day later the key is forgotten: the same request makes another.
        clock.advance(std::time::Duration::from_secs(24 * 3600 + 1));
        let doctor = Client::login(&cp, "doc@retry.example", PASSWORD, None)
            .await
            .unwrap();
        let (status, again, h) = doctor
            .post_idempotent("/api/v1/clients", "client-key-1", new_client.clone())
            .await;
        assert_eq!((status, replayed(&h)), (StatusCode::CREATED, None));
        assert_ne!(again["id"], c1["id"]);
        db.close().await;
    }
}
