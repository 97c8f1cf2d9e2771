//! The REST API through its router (`oneshot`), on SQLite and on a real
//! PostgreSQL: every test body runs once per database.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use anteroom_control_plane::auth::totp_code;
use anteroom_control_plane::{Clock, admin};
use axum::http::{Method, StatusCode};
use common::client::*;
use serde_json::json;

#[tokio::test]
async fn an_admin_sets_up_departments_staff_and_clients() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Clinic").await;
        let (status, me) = admin.get("/api/v1/me").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(me["staff"]["role"], "org_admin");

        let cardio = add_department(&admin, "Cardiology").await;
        let (status, body) = admin
            .post("/api/v1/departments", json!({ "name": "Cardiology" }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::CONFLICT, "conflict"),
            "department names are unique"
        );

        let (doctor, doctor_id) = add_staff(
            &cp,
            &admin,
            "Dr.House@Example.org",
            "practitioner",
            &[&cardio],
        )
        .await;
        let (_, staff) = admin.get("/api/v1/staff").await;
        assert_eq!(ids(&staff).len(), 2);
        let (_, house) = admin.get(&format!("/api/v1/staff/{doctor_id}")).await;
        assert_eq!(
            (house["email"].as_str(), house["active"].as_bool()),
            (Some("dr.house@example.org"), Some(true))
        );

        // A practitioner's new client is theirs.
        let client = add_client(&doctor, "Jansen", &[], &[]).await;
        clock.advance(Duration::from_secs(1));
        let (_, c) = doctor.get(&format!("/api/v1/clients/{client}")).await;
        assert_eq!(c["practitioners"], json!([doctor_id]));
        assert_eq!(c["date_of_birth"], "1980-02-29");

        clock.advance(Duration::from_secs(1));
        let (status, c) = doctor
            .call(
                Method::PATCH,
                &format!("/api/v1/clients/{client}"),
                Some(json!({ "phone": "+31 20 123 4567", "email": "" })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{c}");
        assert_eq!(
            (
                c["phone"].as_str(),
                c["email"].as_str(),
                c["last_name"].as_str()
            ),
            (Some("+31 20 123 4567"), None, Some("Jansen"))
        );

        let (_, found) = admin.get("/api/v1/clients?q=jan").await;
        assert_eq!(ids(&found), vec![client.clone()]);
        let (_, none) = admin.get("/api/v1/clients?q=xyz").await;
        assert!(ids(&none).is_empty());

        // Every read and change of the client is in the audit log, by whom.
        let (_, audit) = admin
            .get(&format!("/api/v1/audit?entity_id={client}"))
            .await;
        let actions: Vec<(&str, &str)> = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["action"].as_str().unwrap(), e["staff"].as_str().unwrap()))
            .collect();
        assert_eq!(
            actions,
            vec![
                ("update", doctor_id.as_str()),
                ("read", doctor_id.as_str()),
                ("create", doctor_id.as_str())
            ]
        );
        let (status, body) = doctor.get("/api/v1/audit").await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));

        // Pages.
        for i in 0..5 {
            add_client(&admin, &format!("Page{i}"), &[], &[]).await;
        }
        let (_, first) = admin.get("/api/v1/clients?limit=4").await;
        assert_eq!(
            (ids(&first).len(), first["next_offset"].as_u64()),
            (4, Some(4))
        );
        let (_, second) = admin.get("/api/v1/clients?limit=4&offset=4").await;
        assert_eq!((ids(&second).len(), second.get("next_offset")), (2, None));

        // Logging out ends the session.
        let (status, _) = admin.post("/api/v1/auth/logout", json!({})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, body) = admin.get("/api/v1/me").await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::UNAUTHORIZED, "unauthenticated")
        );
        db.close().await;
    }
}

#[tokio::test]
async fn nobody_sees_another_organisations_data_on_any_read_route() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let a = organisation(&cp, "Alpha").await;
        let b = organisation(&cp, "Beta").await;
        let b_department = add_department(&b, "Beta Surgery").await;
        let (b_doctor, b_staff) = add_staff(
            &cp,
            &b,
            "doc@beta.example",
            "practitioner",
            &[&b_department],
        )
        .await;
        let b_client = add_client(&b_doctor, "Betaclient", &[], &[]).await;
        let (_, b_me) = b.get("/api/v1/me").await;
        let b_org = b_me["organisation"].as_str().unwrap().to_owned();
        let b_admin = b_me["staff"]["id"].as_str().unwrap().to_owned();
        b.get(&format!("/api/v1/clients/{b_client}")).await; // something in B's audit log
        // B's scheduling: a participant in a group, an appointment with them,
        // availability, a waiting text and an announcement.
        let (_, group) = b
            .post(
                "/api/v1/participant-groups",
                json!({ "name": "Betafamily" }),
            )
            .await;
        let (status, participant) = b
            .post(
                "/api/v1/participants",
                json!({ "name": "Betainterpreter", "kind": "interpreter", "group": group["id"] }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{participant}");
        let b_participant = participant["id"].as_str().unwrap().to_owned();
        let (status, created) = b_doctor
            .post("/api/v1/appointments", json!({ "client": b_client, "practitioner": b_staff, "starts_at": "2026-11-23T10:00:00Z",
                    "duration_minutes": 20, "message": "Betamessage", "groups": [group["id"]] }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let b_appointment = created["appointment"]["id"].as_str().unwrap().to_owned();
        let (status, _) = b_doctor
            .post("/api/v1/availability", json!({ "kind": "weekly", "date": "2026-11-23", "start": "09:00", "end": "12:00", "slot_minutes": 20 }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = b
            .call(
                Method::PUT,
                "/api/v1/waiting-texts",
                Some(json!({ "body": "Betawelcome" })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = b
            .post(
                "/api/v1/announcements",
                json!({ "body": "Betanews", "expires_at": "2026-12-01T00:00:00Z" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, b_key) = b
            .post("/api/v1/api-keys", json!({ "name": "Betakey" }))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let b_key_id = b_key["id"].as_str().unwrap().to_owned();
        // B's questionnaire, asked of B's appointment.
        let (status, made) = b
            .post(
                "/api/v1/questionnaires",
                json!({ "definition": { "title": "Betaquestionnaire", "fields": [
                { "id": "why", "type": "short_text", "label": "Betaquestion" }] } }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
        let b_questionnaire = made["id"].as_str().unwrap().to_owned();
        let (status, _) = b
            .call(
                Method::PUT,
                &format!("/api/v1/appointments/{b_appointment}/questionnaire"),
                Some(json!({ "questionnaire": b_questionnaire })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let secrets = [
            &b_department,
            &b_staff,
            &b_client,
            &b_org,
            &b_admin,
            &b_participant,
            &b_appointment,
            "Betaclient",
            "Beta Surgery",
            "doc@beta.example",
            "Betafamily",
            "Betainterpreter",
            "Betamessage",
            "Betawelcome",
            "Betanews",
            "Betakey",
            &b_key_id,
            &b_questionnaire,
            "Betaquestionnaire",
            "Betaquestion",
        ];

        // B's client's chat channel (made with B's appointment).
        let b_channel: String = sqlx::query_scalar("SELECT id FROM channels WHERE client_id = $1")
            .bind(&b_client)
            .fetch_one(db.pool())
            .await
            .unwrap();

        // Also a user of A with data of their own, so lists are not empty.
        let a_department = add_department(&a, "Alpha Surgery").await;
        add_client(&a, "Alphaclient", &[&a_department], &[]).await;

        // The read routes come from the OpenAPI document, which the router
        // is built from: a new endpoint cannot escape this test. Every id in
        // a path or a query is one of B's.
        let (_, doc) = a.get("/api/v1/openapi.json").await;
        let group_id = group["id"].as_str().unwrap();
        let mut checked = 0;
        for (route, item) in doc["paths"].as_object().unwrap() {
            let Some(op) = item.get("get") else { continue };
            if op["security"].as_array().is_some_and(|s| {
                s.iter()
                    .any(|r| r.as_object().is_some_and(|r| r.is_empty()))
            }) {
                continue; // public by design: links and the booking page
            }
            let mut segments = Vec::new();
            for segment in route.split('/') {
                let filled = match (segment, segments.last().copied()) {
                    ("{id}", Some("departments")) => b_department.as_str(),
                    ("{id}", Some("staff")) => b_staff.as_str(),
                    ("{id}", Some("clients")) => b_client.as_str(),
                    ("{id}", Some("participants")) => b_participant.as_str(),
                    ("{id}", Some("appointments")) => b_appointment.as_str(),
                    ("{org}", Some("portal")) => b_org.as_str(),
                    ("{id}", Some("channels")) => b_channel.as_str(),
                    ("{id}", Some("questionnaires")) => b_questionnaire.as_str(),
                    (s, previous) => {
                        assert!(
                            !s.starts_with('{'),
                            "{route}: the test does not know which of B's ids to put in {s} after {previous:?}"
                        );
                        s
                    }
                };
                segments.push(filled);
            }
            let slots = route.ends_with("/slots");
            let mut query = Vec::new();
            for param in op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
            {
                let name = param["name"].as_str().unwrap();
                let value = match name {
                    "staff" | "practitioner" => b_staff.as_str(),
                    "department" => b_department.as_str(),
                    "client" | "entity_id" => b_client.as_str(),
                    "group" => group_id,
                    "from" if slots => "2026-11-23",
                    "to" if slots => "2026-11-30",
                    "from" => "2026-11-01T00:00:00Z",
                    "to" => "2026-12-31T00:00:00Z",
                    "limit" | "offset" | "status" | "q" | "entity" => continue,
                    "format" => "text",
                    other => panic!("{route}: the test does not know what to pass as ?{other}="),
                };
                query.push(format!("{name}={value}"));
            }
            let path = format!(
                "/api/v1{}{}{}",
                segments.join("/"),
                if query.is_empty() { "" } else { "?" },
                query.join("&")
            );
            let (status, body) = a.get(&path).await;
            let text = body.to_string();
            if route.starts_with("/portal/") {
                // A patient portal session, which no staff session is.
                assert_eq!(
                    (status, code(&body)),
                    (StatusCode::UNAUTHORIZED, "unauthenticated"),
                    "{path}: {text}"
                );
            } else if route.contains('{') {
                assert_eq!(
                    (status, code(&body)),
                    (StatusCode::NOT_FOUND, "not_found"),
                    "{path}: {text}"
                );
            } else if query
                .iter()
                .any(|q| !q.starts_with("from=") && !q.starts_with("to="))
            {
                // Filtering by B's ids: an empty list or "not found".
                assert!(
                    status == StatusCode::OK
                        || (status, code(&body)) == (StatusCode::NOT_FOUND, "not_found"),
                    "{path}: {text}"
                );
            } else {
                assert_eq!(status, StatusCode::OK, "{path}: {text}");
            }
            for secret in secrets {
                assert!(
                    !text.contains(secret),
                    "{route} shows organisation B's {secret}: {text}"
                );
            }
            checked += 1;
        }
        assert!(checked >= 20, "only {checked} read routes checked");
        // Writes by id are refused the same way.
        let (status, _) = a
            .call(
                Method::DELETE,
                &format!("/api/v1/api-keys/{b_key_id}"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // B's key reads B's data only: A's client is not found with it.
        let b_bearer = Client {
            bearer: Some(b_key["key"].as_str().unwrap().to_owned()),
            ..Client::new(&cp)
        };
        let (status, list) = b_bearer.get("/api/v1/clients").await;
        assert_eq!(
            (status, ids(&list)),
            (StatusCode::OK, vec![b_client.clone()])
        );
        let (status, _) = a
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{b_appointment}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = a
            .post(
                &format!("/api/v1/appointments/{b_appointment}/invitations"),
                json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = a
            .call(
                Method::PUT,
                &format!("/api/v1/staff/{b_staff}/walk-in"),
                Some(json!({ "open": true })),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, body) = a
            .post("/api/v1/appointments", json!({ "client": b_client, "practitioner": b_staff, "starts_at": "2026-11-23T11:00:00Z", "duration_minutes": 20 }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, body) = a
            .post(
                "/api/v1/participants",
                json!({ "name": "X", "kind": "family", "group": group["id"] }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, _) = a
            .call(
                Method::PATCH,
                &format!("/api/v1/clients/{b_client}"),
                Some(json!({ "last_name": "X" })),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = a
            .post(&format!("/api/v1/staff/{b_staff}/totp/reset"), json!({}))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // And B's ids cannot be linked into A's records.
        let (status, body) = a
            .post(
                "/api/v1/clients",
                json!({ "initials": "A", "last_name": "A", "departments": [b_department] }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, body) = a
            .post(
                "/api/v1/clients",
                json!({ "initials": "A", "last_name": "A", "practitioners": [b_staff] }),
            )
            .await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (_, b_view) = b.get(&format!("/api/v1/clients/{b_client}")).await;
        assert_eq!(b_view["last_name"], "Betaclient", "B's client is untouched");
        db.close().await;
    }
}

#[tokio::test]
async fn segregation_settings_limit_what_each_role_sees() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let admin = organisation(&cp, "Segregated").await;
        let d1 = add_department(&admin, "One").await;
        let d2 = add_department(&admin, "Two").await;
        let (p1, p1_id) = add_staff(&cp, &admin, "p1@seg.example", "practitioner", &[&d1]).await;
        let (p1b, _) = add_staff(&cp, &admin, "p1b@seg.example", "practitioner", &[&d1]).await;
        let (p2, _) = add_staff(&cp, &admin, "p2@seg.example", "practitioner", &[&d2]).await;
        let (dept_admin, _) =
            add_staff(&cp, &admin, "da@seg.example", "department_admin", &[&d1]).await;
        let c1 = add_client(&admin, "One", &[&d1], &[&p1_id]).await;
        let c2 = add_client(&admin, "Two", &[&d2], &[]).await;
        let visible = |c: &Client| {
            let c = c.clone();
            async move {
                let (_, list) = c.get("/api/v1/clients").await;
                let mut v = ids(&list);
                v.sort();
                v
            }
        };
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };

        // Not segregated: everyone sees everything.
        assert_eq!(visible(&p2).await, sorted(vec![c1.clone(), c2.clone()]));

        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "strict_department_segregation": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(visible(&p1).await, vec![c1.clone()]);
        assert_eq!(
            visible(&p1b).await,
            vec![c1.clone()],
            "a colleague in the department sees the department's clients"
        );
        assert_eq!(visible(&p2).await, vec![c2.clone()]);
        assert_eq!(visible(&dept_admin).await, vec![c1.clone()]);
        assert_eq!(visible(&admin).await, sorted(vec![c1.clone(), c2.clone()]));
        let (status, _) = p2.get(&format!("/api/v1/clients/{c1}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // A practitioner cannot file a client where they would lose sight of it.
        let (status, body) = p2.post("/api/v1/clients", json!({ "initials": "X", "last_name": "X", "departments": [d1], "practitioners": [p1_id] })).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );

        let (status, _) = admin
            .call(Method::PUT, "/api/v1/organisation/settings", Some(json!({ "strict_department_segregation": true, "strict_client_segregation": true })))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(visible(&p1).await, vec![c1.clone()], "assigned to p1");
        assert!(
            visible(&p1b).await.is_empty(),
            "strict client segregation: only one's own clients"
        );
        assert!(visible(&p2).await.is_empty());
        assert_eq!(
            visible(&dept_admin).await,
            vec![c1.clone()],
            "department admins see their departments"
        );

        // Roles: practitioners cannot change settings, add departments or staff.
        let (status, _) = p1
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({})),
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = p1
            .post("/api/v1/departments", json!({ "name": "Mine" }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = p1.post("/api/v1/staff", json!({ "email": "x@seg.example", "name": "X", "role": "practitioner", "departments": [d1] })).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        // Department admins add practitioners to their own departments only.
        let (status, _) = dept_admin.post("/api/v1/staff", json!({ "email": "y@seg.example", "name": "Y", "role": "practitioner", "departments": [d2] })).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = dept_admin.post("/api/v1/staff", json!({ "email": "y@seg.example", "name": "Y", "role": "org_admin", "departments": [d1] })).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = dept_admin.post("/api/v1/staff", json!({ "email": "y@seg.example", "name": "Y", "role": "practitioner", "departments": [d1] })).await;
        assert_eq!(status, StatusCode::CREATED);
        db.close().await;
    }
}

#[tokio::test]
async fn bad_input_gets_typed_errors_and_writes_nothing() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let admin = organisation(&cp, "Strict").await;
        let department = add_department(&admin, "Dept").await;
        let csrf = admin.csrf.clone().unwrap();
        let send = |body: &'static [u8], ct: Option<&'static str>| {
            let admin = admin.clone();
            let csrf = csrf.clone();
            async move {
                admin
                    .raw(
                        Method::POST,
                        "/api/v1/clients",
                        ct,
                        body.to_vec(),
                        Some(&csrf),
                    )
                    .await
            }
        };
        let json_ct = Some("application/json");
        for (body, ct, want_status, want_code) in [
            (
                &b"{not json"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "malformed_json",
            ),
            (
                &b"{\"initials\": 5}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_body",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"B\", \"nonsense\": 1}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_body",
            ),
            (
                &b"{\"initials\": \"A\"}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"B\"}"[..],
                Some("text/plain"),
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"B\", \"email\": \"no-at-sign\"}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"B\", \"date_of_birth\": \"2030-01-01\"}"
                    [..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"B\", \"phone\": \"call me\"}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
            (
                &b"{\"initials\": \"A\", \"last_name\": \"\\u0000\"}"[..],
                json_ct,
                StatusCode::BAD_REQUEST,
                "invalid_field",
            ),
        ] {
            let (status, value, _) = send(body, ct).await;
            assert_eq!(
                (status, code(&value)),
                (want_status, want_code),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        let huge = format!(
            "{{\"initials\": \"A\", \"last_name\": \"{}\"}}",
            "x".repeat(300 * 1024)
        );
        let (status, value, _) = admin
            .raw(
                Method::POST,
                "/api/v1/clients",
                json_ct,
                huge.into_bytes(),
                Some(&csrf),
            )
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large")
        );

        // CSRF: missing or wrong token on a state-changing request.
        let ok_body = br#"{"initials": "A", "last_name": "B"}"#.to_vec();
        for token in [None, Some("0123456789abcdef0123456789abcdef")] {
            let (status, value, _) = admin
                .raw(
                    Method::POST,
                    "/api/v1/clients",
                    json_ct,
                    ok_body.clone(),
                    token,
                )
                .await;
            assert_eq!(
                (status, code(&value)),
                (StatusCode::FORBIDDEN, "csrf_mismatch")
            );
        }
        // Bad paging.
        let (status, value) = admin.get("/api/v1/clients?limit=0").await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, value) = admin.get("/api/v1/clients?limit=abc").await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, value) = admin.get("/api/v1/nothing-here").await;
        assert_eq!((status, code(&value)), (StatusCode::NOT_FOUND, "not_found"));
        // Invalid settings.
        let (status, value) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "max_participants_per_call": 1 })),
            )
            .await;
        assert_eq!(
            (status, code(&value), value["error"]["field"].as_str()),
            (
                StatusCode::BAD_REQUEST,
                "invalid_field",
                Some("max_participants_per_call")
            )
        );

        // None of that wrote a client.
        let (_, list) = admin.get("/api/v1/clients").await;
        assert!(ids(&list).is_empty(), "{list}");

        // Staff with one unknown department: refused, and no staff row half-written.
        let (status, value) =
            admin.post("/api/v1/staff", json!({ "email": "half@strict.example", "name": "H", "role": "practitioner", "departments": [department, "unknown"] })).await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, _) = admin.post("/api/v1/staff", json!({ "email": "half@strict.example", "name": "H", "role": "practitioner", "departments": [department] })).await;
        assert_eq!(
            status,
            StatusCode::CREATED,
            "the address was not taken by the refused attempt"
        );
        let (status, value) = admin
            .post(
                "/api/v1/staff",
                json!({ "email": "HALF@strict.example", "name": "H", "role": "practitioner" }),
            )
            .await;
        assert_eq!((status, code(&value)), (StatusCode::CONFLICT, "conflict"));
        let (status, value) = admin
            .post(
                "/api/v1/staff",
                json!({ "email": "x@strict.example", "name": "H", "role": "superuser" }),
            )
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::BAD_REQUEST, "invalid_body")
        );

        // SQL meta-characters in every text field are stored as text.
        let nasty = "O'Brien\"; DROP TABLE clients; -- %_\\";
        let (status, created) = admin
            .post("/api/v1/clients", json!({ "initials": "'--", "last_name": nasty, "phone": "+1 (555) 123", "external_number": nasty }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let (_, read) = admin
            .get(&format!(
                "/api/v1/clients/{}",
                created["id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(
            (
                read["last_name"].as_str(),
                read["initials"].as_str(),
                read["external_number"].as_str()
            ),
            (Some(nasty), Some("'--"), Some(nasty))
        );
        let (_, found) = admin.get("/api/v1/clients?q=O'Brien%22%3B%20DROP").await;
        assert_eq!(ids(&found).len(), 1);
        let (_, found) = admin.get("/api/v1/clients?q=%25").await;
        assert!(ids(&found).is_empty(), "% is a literal in searches");
        let (status, _) = admin
            .post(
                "/api/v1/departments",
                json!({ "name": "'; DELETE FROM departments; --" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (_, departments) = admin.get("/api/v1/departments").await;
        assert_eq!(ids(&departments).len(), 2);

        // Password links: unknown, reused.
        let (status, value) = Client::new(&cp)
            .post(
                "/api/v1/auth/password",
                json!({ "token": "0".repeat(32), "password": PASSWORD }),
            )
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "invalid_token")
        );
        db.close().await;
    }
}

#[tokio::test]
async fn password_links_expire_sessions_expire_and_logins_are_rate_limited() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let created = admin::create_organisation(&cp, "Timed", "admin@timed.example", None)
            .await
            .unwrap();
        let token = token_of(&created.password_link);
        // Too short a password is refused and the link stays usable.
        let (status, value) = Client::new(&cp)
            .post(
                "/api/v1/auth/password",
                json!({ "token": token, "password": "short" }),
            )
            .await;
        assert_eq!(
            (status, code(&value), value["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, "invalid_field", Some("password"))
        );
        clock.advance(Duration::from_secs(73 * 3600));
        let (status, value) = Client::new(&cp)
            .post(
                "/api/v1/auth/password",
                json!({ "token": token, "password": PASSWORD }),
            )
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "invalid_token"),
            "a 72-hour link has expired"
        );

        let created = admin::create_organisation(&cp, "Timed 2", "admin2@timed.example", None)
            .await
            .unwrap();
        let admin = activate(&cp, &created.password_link, "admin2@timed.example").await;
        let (status, value) = Client::new(&cp)
            .post(
                "/api/v1/auth/password",
                json!({ "token": token_of(&created.password_link), "password": PASSWORD }),
            )
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "invalid_token"),
            "a link works once"
        );

        clock.advance(Duration::from_secs(12 * 3600 + 1));
        let (status, value) = admin.get("/api/v1/me").await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "unauthenticated"),
            "sessions last 12 hours"
        );

        // Unknown addresses and wrong passwords look the same.
        let err = Client::login(&cp, "nobody@timed.example", PASSWORD, None)
            .await
            .err()
            .unwrap();
        assert_eq!(
            (err.0, code(&err.1)),
            (StatusCode::UNAUTHORIZED, "invalid_credentials")
        );
        for _ in 0..5 {
            let err = Client::login(&cp, "admin2@timed.example", "wrong password!!", None)
                .await
                .err()
                .unwrap();
            assert_eq!(code(&err.1), "invalid_credentials");
        }
        let err = Client::login(&cp, "admin2@timed.example", PASSWORD, None)
            .await
            .err()
            .unwrap();
        assert_eq!(
            (err.0, code(&err.1)),
            (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            "locked even with the right password"
        );
        clock.advance(Duration::from_secs(15 * 60));
        assert!(
            Client::login(&cp, "admin2@timed.example", PASSWORD, None)
                .await
                .is_ok(),
            "the lock ends with the window"
        );
        db.close().await;
    }
}

/// The login throttle (defect 2 of the security review): attempts are
/// reserved before the password is checked, per account and address, per
/// address, and with a growing delay per account, so that concurrent
/// guesses cannot slip past, one address cannot lock the real user out,
/// and many addresses are slowed down without a lockout.
#[tokio::test]
async fn login_guessing_is_throttled_without_locking_the_user_out() {
    for db in common::test_dbs().await {
        let config = anteroom_control_plane::ControlPlaneConfig {
            trust_forwarded_for: true,
            ..Default::default()
        };
        let Setup { cp, clock } = control_plane_with(db.clone(), config);
        let created = admin::create_organisation(&cp, "Guarded", "admin@guarded.example", None)
            .await
            .unwrap();
        activate(&cp, &created.password_link, "admin@guarded.example").await;
        let email = "admin@guarded.example";
        let attempt = |address: &str, password: &'static str| {
            let client = Client::from_address(&cp, address);
            async move {
                client
                    .log_in(email, password, None)
                    .await
                    .err()
                    .map(|(s, v)| (s, code(&v).to_owned()))
            }
        };

        // 60 concurrent wrong passwords from one address: at most five are
        // checked, the rest are refused before the check.
        // join_all polls them in turn on one task: each reaches the password
        // check before any of them has an answer.
        let guesses = futures_util::future::join_all(
            (0..60).map(|_| attempt("198.51.100.1", "wrong password!!")),
        )
        .await;
        let checked = guesses
            .iter()
            .filter(|g| g.as_ref().is_some_and(|(_, c)| c == "invalid_credentials"))
            .count();
        let refused = guesses
            .iter()
            .filter(|g| {
                g.as_ref().is_some_and(|(s, c)| {
                    *s == StatusCode::TOO_MANY_REQUESTS && c == "rate_limited"
                })
            })
            .count();
        assert_eq!((checked, refused), (5, 55));
        // That address is refused even with the right password...
        assert_eq!(
            attempt("198.51.100.1", PASSWORD)
                .await
                .map(|e| e.1)
                .as_deref(),
            Some("rate_limited")
        );
        // ...but the real user, elsewhere, logs in.
        assert_eq!(
            attempt("203.0.113.5", PASSWORD).await,
            None,
            "no lockout from another address"
        );

        // Many addresses, one wrong password each: after ten failures of
        // the account, unfamiliar addresses wait a growing delay; the
        // user's own address does not.
        for i in 0..5 {
            assert_eq!(
                attempt(&format!("192.0.2.{i}"), "wrong password!!")
                    .await
                    .map(|e| e.1)
                    .as_deref(),
                Some("invalid_credentials")
            );
        }
        // 5 from the first address + 5 here: the next unfamiliar attempt
        // gets a one-second slot, the one after it is refused.
        assert_eq!(
            attempt("192.0.2.100", "wrong password!!")
                .await
                .map(|e| e.1)
                .as_deref(),
            Some("invalid_credentials")
        );
        assert_eq!(
            attempt("192.0.2.101", "wrong password!!")
                .await
                .map(|e| e.1)
                .as_deref(),
            Some("rate_limited")
        );
        assert_eq!(
            attempt("203.0.113.5", PASSWORD).await,
            None,
            "the familiar address is never delayed"
        );
        let mut waited = Vec::new();
        for i in 0..8 {
            // Each slot opens later than the one before, up to a minute.
            let mut ms = 0;
            while attempt(&format!("192.0.2.{}", 110 + i), "wrong password!!")
                .await
                .map(|e| e.1)
                .as_deref()
                == Some("rate_limited")
            {
                clock.advance(Duration::from_millis(250));
                ms += 250;
                assert!(ms <= 60_000, "a slot opens within a minute");
            }
            waited.push(ms);
        }
        assert!(
            waited.windows(2).all(|w| w[1] >= w[0]),
            "the delay grows: {waited:?}"
        );
        assert_eq!(
            *waited.last().unwrap(),
            60_000,
            "up to a minute: {waited:?}"
        );
        // A new address with the right password waits for its slot too, but
        // gets in: nothing is locked for good.
        clock.advance(Duration::from_secs(60));
        assert_eq!(attempt("192.0.2.200", PASSWORD).await, None);
        // Quiet for the window, the account is forgiven.
        clock.advance(Duration::from_secs(15 * 60));
        assert_eq!(
            attempt("192.0.2.201", "wrong password!!")
                .await
                .map(|e| e.1)
                .as_deref(),
            Some("invalid_credentials")
        );
        assert_eq!(
            attempt("192.0.2.202", "wrong password!!")
                .await
                .map(|e| e.1)
                .as_deref(),
            Some("invalid_credentials")
        );

        // One address spraying many accounts is bounded too.
        let mut outcomes = Vec::new();
        for i in 0..40 {
            let client = Client::from_address(&cp, "198.51.100.77");
            let result = client
                .log_in(
                    &format!("user{i}@guarded.example"),
                    "wrong password!!",
                    None,
                )
                .await
                .err()
                .unwrap();
            outcomes.push(code(&result.1).to_owned());
        }
        assert_eq!(
            outcomes
                .iter()
                .filter(|c| *c == "invalid_credentials")
                .count(),
            30
        );
        assert_eq!(outcomes.iter().filter(|c| *c == "rate_limited").count(), 10);
        db.close().await;
    }
}

#[tokio::test]
async fn two_factor_enrolment_login_requirement_and_reset() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Totp").await;
        let (doctor, doctor_id) =
            add_staff(&cp, &admin, "doc@totp.example", "practitioner", &[]).await;

        // The organisation requires two-factor: until enrolled, only /me and enrolment work.
        let (status, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "require_two_factor": true })),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, value) = doctor.get("/api/v1/clients").await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "totp_required")
        );
        let (_, me) = doctor.get("/api/v1/me").await;
        assert_eq!(me["must_enrol_totp"], true);

        let (status, enrolment) = doctor.post("/api/v1/me/totp", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{enrolment}");
        let secret = enrolment["secret"].as_str().unwrap().to_owned();
        assert!(
            enrolment["otpauth_uri"]
                .as_str()
                .unwrap()
                .starts_with("otpauth://totp/")
        );
        assert!(
            enrolment["qr_svg"].as_str().unwrap().contains("<svg"),
            "{}",
            enrolment["qr_svg"]
        );
        let now = clock.now_seconds();
        let (status, value) = doctor
            .post("/api/v1/me/totp/confirm", json!({ "code": "000000" }))
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::BAD_REQUEST, "invalid_field")
        );
        let (status, _) = doctor
            .post(
                "/api/v1/me/totp/confirm",
                json!({ "code": totp_code(&secret, now).unwrap() }),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = doctor.get("/api/v1/clients").await;
        assert_eq!(status, StatusCode::OK);

        // Login now needs the code.
        let err = Client::login(&cp, "doc@totp.example", PASSWORD, None)
            .await
            .err()
            .unwrap();
        assert_eq!(
            (err.0, code(&err.1)),
            (StatusCode::UNAUTHORIZED, "totp_required")
        );
        let err = Client::login(&cp, "doc@totp.example", PASSWORD, Some("123456".into()))
            .await
            .err()
            .unwrap();
        assert_eq!(code(&err.1), "invalid_credentials");
        clock.advance(Duration::from_secs(60));
        let code_now = totp_code(&secret, clock.now_seconds()).unwrap();
        assert!(
            Client::login(&cp, "doc@totp.example", PASSWORD, Some(code_now.clone()))
                .await
                .is_ok()
        );
        // A code works once: replayed within its validity it is refused,
        // and so is the one before it; the next step's code works.
        let err = Client::login(&cp, "doc@totp.example", PASSWORD, Some(code_now))
            .await
            .err()
            .unwrap();
        assert_eq!(
            (err.0, code(&err.1)),
            (StatusCode::UNAUTHORIZED, "invalid_credentials"),
            "a replayed code"
        );
        let earlier = totp_code(&secret, clock.now_seconds() - 30).unwrap();
        let err = Client::login(&cp, "doc@totp.example", PASSWORD, Some(earlier))
            .await
            .err()
            .unwrap();
        assert_eq!(
            code(&err.1),
            "invalid_credentials",
            "a code older than the last one used"
        );
        clock.advance(Duration::from_secs(30));
        let next = totp_code(&secret, clock.now_seconds()).unwrap();
        assert!(
            Client::login(&cp, "doc@totp.example", PASSWORD, Some(next))
                .await
                .is_ok(),
            "the next code"
        );

        // Lost phone: the admin resets it, which also ends the person's
        // sessions. The requirement holds for the admin too.
        let (status, value) = admin
            .post(&format!("/api/v1/staff/{doctor_id}/totp/reset"), json!({}))
            .await;
        assert_eq!(
            (status, code(&value)),
            (StatusCode::UNAUTHORIZED, "totp_required")
        );
        let (_, enrolment) = admin.post("/api/v1/me/totp", json!({})).await;
        let admin_code =
            totp_code(enrolment["secret"].as_str().unwrap(), clock.now_seconds()).unwrap();
        let (status, _) = admin
            .post("/api/v1/me/totp/confirm", json!({ "code": admin_code }))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = admin
            .post(&format!("/api/v1/staff/{doctor_id}/totp/reset"), json!({}))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = doctor.get("/api/v1/me").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let again = Client::login(&cp, "doc@totp.example", PASSWORD, None)
            .await
            .unwrap();
        let (_, me) = again.get("/api/v1/me").await;
        assert_eq!(
            (
                me["staff"]["totp_enabled"].as_bool(),
                me["must_enrol_totp"].as_bool()
            ),
            (Some(false), Some(true))
        );
        db.close().await;
    }
}

#[tokio::test]
async fn api_keys_are_shown_once_act_as_their_admin_and_can_be_revoked() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let admin = organisation(&cp, "Integrated").await;
        let (_, me) = admin.get("/api/v1/me").await;
        let admin_id = me["staff"]["id"].as_str().unwrap().to_owned();
        let (status, created) = admin
            .post("/api/v1/api-keys", json!({ "name": "EHR sync" }))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let key = created["key"].as_str().unwrap().to_owned();
        assert!(key.starts_with("ak_") && key.len() == 35, "{key}");
        assert!(key.starts_with(created["prefix"].as_str().unwrap()));
        let (_, keys) = admin.get("/api/v1/api-keys").await;
        assert_eq!(keys.as_array().unwrap().len(), 1);
        assert!(
            !keys.to_string().contains(&key),
            "the key is shown only once: {keys}"
        );

        // With the key: no cookie, no CSRF token, the admin's rights.
        let integrator = Client {
            bearer: Some(key.clone()),
            ..Client::new(&cp)
        };
        let (status, client) = integrator
            .post(
                "/api/v1/clients",
                json!({ "initials": "K", "last_name": "Keyed" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{client}");
        let (_, audit) = admin
            .get(&format!(
                "/api/v1/audit?entity_id={}",
                client["id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(
            audit["items"][0]["staff"].as_str(),
            Some(admin_id.as_str()),
            "audited under the admin who made the key"
        );
        let (_, keys) = admin.get("/api/v1/api-keys").await;
        assert!(keys[0]["last_used_at"].is_string(), "{keys}");
        let (status, _) = integrator
            .post("/api/v1/api-keys", json!({ "name": "another" }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a key does not make keys");

        // Wrong, malformed and other kinds of credentials.
        for bad in ["ak_00000000000000000000000000000000", "not-a-key", ""] {
            let (status, body) = Client {
                bearer: Some(bad.into()),
                ..Client::new(&cp)
            }
            .get("/api/v1/clients")
            .await;
            assert_eq!(
                (status, code(&body)),
                (StatusCode::UNAUTHORIZED, "unauthenticated"),
                "{bad:?}"
            );
        }
        let (status, _, _) = Client::new(&cp)
            .raw(Method::GET, "/api/v1/clients", None, Vec::new(), None)
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // Practitioners make no keys.
        let (doctor, _) =
            add_staff(&cp, &admin, "doc@integrated.example", "practitioner", &[]).await;
        let (status, _) = doctor
            .post("/api/v1/api-keys", json!({ "name": "mine" }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        // Revoked: refused at once.
        let id = created["id"].as_str().unwrap();
        let (status, _) = admin
            .call(Method::DELETE, &format!("/api/v1/api-keys/{id}"), None)
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = integrator.get("/api/v1/clients").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _) = admin
            .call(Method::DELETE, &format!("/api/v1/api-keys/{id}"), None)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        db.close().await;
    }
}

/// The OpenAPI document is generated from the same annotations that route
/// the handlers; this checks what it claims against what the server does:
/// every operation it marks as needing a login answers `unauthenticated`
/// without one (so the route exists: an unknown one is a 404), no public
/// one does, and every schema it refers to is defined.
#[tokio::test]
async fn the_openapi_document_describes_the_router() {
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db.clone());
        let anonymous = Client::new(&cp);
        let (status, doc) = anonymous.get("/api/v1/openapi.json").await;
        assert_eq!(status, StatusCode::OK, "{doc}");
        assert!(
            doc["openapi"].as_str().unwrap().starts_with("3."),
            "{}",
            doc["openapi"]
        );
        assert_eq!(doc["servers"][0]["url"], "/api/v1");
        let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
        assert!(
            schemes.contains_key("session")
                && schemes.contains_key("api_key")
                && schemes.contains_key("portal"),
            "{schemes:?}"
        );

        let mut operations = 0;
        let mut public = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                operations += 1;
                assert!(
                    op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                    "{method} {path} documents no response"
                );
                let is_public = op["security"].as_array().is_some_and(|s| {
                    s.iter()
                        .any(|r| r.as_object().is_some_and(|r| r.is_empty()))
                });
                let concrete = path
                    .split('/')
                    .map(|s| {
                        if s.starts_with('{') {
                            "0123456789abcdef0123456789abcdef"
                        } else {
                            s
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                let body = (method != Method::GET && method != Method::DELETE).then(|| json!({}));
                let (status, answer) = anonymous
                    .call(method.clone(), &format!("/api/v1{concrete}"), body)
                    .await;
                if is_public {
                    public.push(format!("{method} {path}"));
                    assert!(
                        code(&answer) != "unauthenticated"
                            && status != StatusCode::METHOD_NOT_ALLOWED,
                        "public {method} {path}: {status} {answer}"
                    );
                } else {
                    assert_eq!(
                        (status, code(&answer)),
                        (StatusCode::UNAUTHORIZED, "unauthenticated"),
                        "{method} {path}"
                    );
                }
            }
        }
        public.sort();
        assert_eq!(
            public,
            [
                "GET /booking/{org}",
                "GET /booking/{org}/practitioners/{id}/slots",
                "GET /guest-links/{token}",
                "GET /links/{token}",
                "GET /links/{token}/questionnaire",
                "GET /logos/{org}",
                "GET /questionnaire-images/{id}",
                "POST /auth/login",
                "POST /auth/password",
                "POST /booking/{org}/appointments",
                "POST /booking/{org}/walk-in",
                "POST /guest-links/{token}/join",
                "POST /links/{token}/arrive",
                "POST /links/{token}/join",
                "POST /links/{token}/questionnaire/submit",
                "POST /portal/{org}/logout",
                "POST /portal/{org}/pin",
                "POST /portal/{org}/session",
                "PUT /links/{token}/questionnaire",
            ]
        );
        assert!(operations >= 50, "only {operations} operations documented");

        // Every reference resolves.
        fn refs<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
            match v {
                serde_json::Value::Object(m) => {
                    if let Some(r) = m.get("$ref").and_then(|r| r.as_str()) {
                        out.push(r);
                    }
                    m.values().for_each(|v| refs(v, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&doc, &mut all);
        assert!(!all.is_empty());
        for r in all {
            let name = r
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected reference {r}"));
            assert!(
                doc["components"]["schemas"].get(name).is_some(),
                "{r} is not defined"
            );
        }
        // A documented request body has the fields the handler reads.
        let login = &doc["components"]["schemas"]["LoginBody"]["properties"];
        assert!(
            login.get("email").is_some() && login.get("password").is_some(),
            "{login}"
        );
    }
}

#[tokio::test]
async fn a_clinics_logo_is_an_image_it_says_it_is_and_anyone_may_fetch_it() {
    use base64::Engine;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    for db in common::test_dbs().await {
        let Setup { cp, .. } = control_plane(db);
        let admin = organisation(&cp, "Logo Clinic").await;
        let (_, org) = admin.get("/api/v1/organisation").await;
        let org = org["id"].as_str().unwrap().to_owned();
        let (practitioner, _) =
            add_staff(&cp, &admin, "doc@logo.example", "practitioner", &[]).await;
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(b"the rest of a small picture");
        let logo = json!({ "content_type": "image/png", "data": b64(&png) });

        let (status, body) = practitioner
            .call(Method::PUT, "/api/v1/organisation/logo", Some(logo.clone()))
            .await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        for (bad, field) in [
            (
                json!({ "content_type": "image/svg+xml", "data": b64(b"<svg onload=alert(1)>") }),
                "data",
            ),
            (
                json!({ "content_type": "image/jpeg", "data": b64(&png) }),
                "content_type",
            ),
            (
                json!({ "content_type": "image/png", "data": "not base64!" }),
                "data",
            ),
            (
                json!({ "content_type": "image/png", "data": b64(&[png.clone(), vec![0; 128 * 1024]].concat()) }),
                "data",
            ),
        ] {
            let (status, body) = admin
                .call(Method::PUT, "/api/v1/organisation/logo", Some(bad))
                .await;
            assert_eq!(
                (status, code(&body), body["error"]["field"].as_str()),
                (StatusCode::BAD_REQUEST, "invalid_field", Some(field))
            );
        }
        let (status, _, _) = Client::new(&cp)
            .raw_full(
                Method::GET,
                &format!("/api/v1/logos/{org}"),
                None,
                vec![],
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "none yet");

        let (status, set) = admin
            .call(Method::PUT, "/api/v1/organisation/logo", Some(logo))
            .await;
        assert_eq!(status, StatusCode::OK, "{set}");
        let url = set["url"].as_str().unwrap().to_owned();
        assert!(url.starts_with(&format!("/api/v1/logos/{org}?v=")), "{url}");
        let (status, image, headers) = Client::new(&cp)
            .raw_full(Method::GET, &url, None, vec![], None)
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["content-type"], "image/png");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(
            image
                .as_str()
                .unwrap()
                .ends_with("the rest of a small picture")
        );
        // The public pages learn where it is.
        let (_, clinic) = Client::new(&cp)
            .get(&format!("/api/v1/booking/{org}"))
            .await;
        assert_eq!(clinic["contact"]["logo"].as_str(), Some(url.as_str()));
        // The clinic's name, as patients see it: admins rename it.
        let (status, body) = practitioner
            .call(
                Method::PUT,
                "/api/v1/organisation/name",
                Some(json!({ "name": "X" })),
            )
            .await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "forbidden"));
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/name",
                Some(json!({ "name": "  " })),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("name"))
        );
        let (status, body) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/name",
                Some(json!({ "name": " Kliniek Noord " })),
            )
            .await;
        assert_eq!(
            (status, body["name"].as_str()),
            (StatusCode::OK, Some("Kliniek Noord"))
        );
        let (_, clinic) = Client::new(&cp)
            .get(&format!("/api/v1/booking/{org}"))
            .await;
        assert_eq!(clinic["name"], "Kliniek Noord");

        let (status, _) = admin
            .call(Method::DELETE, "/api/v1/organisation/logo", None)
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, clinic) = Client::new(&cp)
            .get(&format!("/api/v1/booking/{org}"))
            .await;
        assert_eq!(clinic["contact"]["logo"], serde_json::Value::Null);
    }
}
