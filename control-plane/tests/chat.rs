//! A consultation's conversation kept in the database (issue 26): kept in
//! order, read back by a control plane started again on the same
//! database, none for rooms that are no appointment's, and gone when the
//! consultation ends (if the organisation says so), when it is cancelled,
//! and when the appointment is anonymised. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use anteroom_control_plane::appointments::anonymise_due;
use anteroom_control_plane::chat::{ChatMessage, history, keep};
use anteroom_control_plane::{ControlPlane, ControlPlaneConfig};
use axum::http::{Method, StatusCode};
use common::client::*;
use serde_json::json;

fn message(text: &str, from_clinic: bool, at_ms: i64) -> ChatMessage {
    ChatMessage {
        sender: Some(
            if from_clinic {
                "staff:doc"
            } else {
                "client:ann"
            }
            .into(),
        ),
        from_clinic,
        display_name: if from_clinic {
            "Dr. Visser"
        } else {
            "A. Jansen"
        }
        .into(),
        text: text.into(),
        at_ms,
    }
}

#[tokio::test]
async fn a_conversation_is_kept_read_back_and_deleted_as_the_clinic_says() {
    for db in common::test_dbs().await {
        let Setup { cp, clock } = control_plane(db.clone());
        let admin = organisation(&cp, "Kliniek").await;
        let gp = add_department(&admin, "Huisarts").await;
        let client = add_client(&admin, "Jansen", &[&gp], &[]).await;
        let appointment = |starts_at: &'static str| {
            let admin = &admin;
            let (client, gp) = (client.clone(), gp.clone());
            async move {
                let (status, created) = admin
                    .post("/api/v1/appointments", json!({ "client": client, "department": gp, "starts_at": starts_at, "duration_minutes": 20 }))
                    .await;
                assert_eq!(status, StatusCode::CREATED, "{created}");
                created["appointment"]["id"].as_str().unwrap().to_owned()
            }
        };
        let first = appointment("2026-11-22T10:00:00Z").await;
        let room = format!("a-{first}");
        // Two in one millisecond stay in the order they were kept.
        for m in [
            message("I'm here", false, 1),
            message("my camera does not work", false, 1),
            message("I'll call you", true, 2),
        ] {
            assert!(keep(&cp, &room, &m).await.unwrap());
        }
        // A control plane started again on the same database reads them.
        let again = ControlPlane::new(
            db.clone(),
            Arc::new(clock.clone()),
            ControlPlaneConfig::default(),
        );
        let read = history(&again, &room).await.unwrap();
        assert_eq!(
            read.iter()
                .map(|m| (m.text.as_str(), m.from_clinic, m.sender.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("I'm here", false, Some("client:ann")),
                ("my camera does not work", false, Some("client:ann")),
                ("I'll call you", true, Some("staff:doc"))
            ]
        );
        // Rooms that are no appointment's keep nothing.
        for other in ["m-room", "open-room", "a-nosuchappointment"] {
            assert!(
                !keep(&cp, other, &message("x", false, 3)).await.unwrap(),
                "{other}"
            );
            assert!(history(&cp, other).await.unwrap().is_empty(), "{other}");
        }

        // The consultation ends: by default its conversation goes.
        for status in ["in_progress", "completed"] {
            let (s, body) = admin
                .call(
                    Method::PATCH,
                    &format!("/api/v1/appointments/{first}"),
                    Some(json!({ "status": status })),
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{body}");
        }
        assert!(
            history(&cp, &room).await.unwrap().is_empty(),
            "deleted at the end"
        );
        assert!(!keep(&cp, &room, &message("after", false, 4)).await.unwrap());

        // A cancelled appointment's conversation goes at once.
        let third = appointment("2026-11-25T09:00:00Z").await;
        let room = format!("a-{third}");
        assert!(
            keep(&cp, &room, &message("can we move it?", false, 6))
                .await
                .unwrap()
        );
        admin
            .call(
                Method::PATCH,
                &format!("/api/v1/appointments/{third}"),
                Some(json!({ "status": "cancelled" })),
            )
            .await;
        assert!(history(&cp, &room).await.unwrap().is_empty());

        // A clinic that keeps chat after the consultation: kept until the
        // appointment is anonymised.
        let (s, _) = admin
            .call(
                Method::PUT,
                "/api/v1/organisation/settings",
                Some(json!({ "delete_chat_after_consultation": false, "anonymise_after_days": 1 })),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let second = appointment("2026-11-22T11:00:00Z").await;
        let room = format!("a-{second}");
        assert!(
            keep(&cp, &room, &message("see you", false, 5))
                .await
                .unwrap()
        );
        for status in ["in_progress", "completed"] {
            admin
                .call(
                    Method::PATCH,
                    &format!("/api/v1/appointments/{second}"),
                    Some(json!({ "status": status })),
                )
                .await;
        }
        assert_eq!(
            history(&cp, &room).await.unwrap().len(),
            1,
            "kept after the end"
        );
        clock.set("2026-11-24T12:00:00Z".parse().unwrap());
        assert!(anonymise_due(&cp).await.unwrap() >= 1);
        assert!(
            history(&cp, &room).await.unwrap().is_empty(),
            "gone with the client data"
        );
    }
}
