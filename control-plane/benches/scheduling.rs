//! Appointment creation and today's-list queries at 10,000 clients and
//! 100,000 appointments, on SQLite and PostgreSQL.
//!
//! The data is loaded with bulk SQL; the measured requests go through the
//! real router and handlers (session cookie, CSRF check, permission query,
//! the transaction with links and audit row) in this process, without a
//! socket. Creation is measured one request at a time (latency) and with
//! 16 at once (throughput); the list is the admin's and, with strict
//! department segregation, one practitioner's today, 0:00 to 24:00 UTC
//! (137 appointments for the admin, 7 for the practitioner).
//!
//! Run: `cargo bench -p anteroom-control-plane --bench scheduling`
//! (PostgreSQL: a private cluster as in the tests, or
//! `ANTEROOM_TEST_POSTGRES_URL`).
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use anteroom_control_plane::Db;
use common::client::*;
use serde_json::json;

const CLIENTS: usize = 10_000;
const APPOINTMENTS: usize = 100_000;
const PRACTITIONERS: usize = 20;
const CREATES: usize = 2_000;
const LISTS: usize = 1_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(what: &str, mut latencies: Vec<Duration>, wall: Duration) {
    latencies.sort();
    println!(
        "  {what:<56} {:>7.0}/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
        latencies.len() as f64 / wall.as_secs_f64(),
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
    );
}

/// Rows in one multi-row INSERT.
const CHUNK: usize = 500;

async fn bulk_load(db: &Db, org: &str, practitioners: &[String]) -> Vec<String> {
    let pool = db.pool();
    let mut clients = Vec::with_capacity(CLIENTS);
    let mut tx = pool.begin().await.unwrap();
    for chunk in (0..CLIENTS).collect::<Vec<_>>().chunks(CHUNK) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                format!(
                    "(${}, ${}, 'B.', ${}, NULL, NULL, NULL, NULL, 0)",
                    i * 3 + 1,
                    i * 3 + 2,
                    i * 3 + 3
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO clients (id, org_id, initials, last_name, date_of_birth, email, phone, external_number, created_at) VALUES {}",
            values.join(", ")
        );
        let mut q = sqlx::query(&sql);
        for n in chunk {
            let id = format!("{:032x}", fastrand::u128(..));
            q = q
                .bind(id.clone())
                .bind(org.to_owned())
                .bind(format!("Client{n:05}"));
            clients.push(id);
        }
        q.execute(&mut *tx).await.unwrap();
    }
    // Appointments every 10 minutes or so across two years around now,
    // spread over the practitioners.
    let now_ms = at("2026-11-22T00:00:00Z").as_millisecond();
    let span_ms: i64 = 730 * 86_400_000;
    for chunk in (0..APPOINTMENTS).collect::<Vec<_>>().chunks(CHUNK) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let b = i * 5;
                format!(
                    "(${}, ${}, ${}, ${}, ${}, 20, NULL, 'completed', 'staff', NULL, 0, 0)",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4,
                    b + 5
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO appointments (id, org_id, practitioner_id, client_id, starts_at, duration_minutes, message, status, origin, \
             created_by, created_at, updated_at) VALUES {}",
            values.join(", ")
        );
        let mut q = sqlx::query(&sql);
        for n in chunk {
            let starts = now_ms - span_ms / 2 + (*n as i64) * (span_ms / APPOINTMENTS as i64);
            q = q
                .bind(format!("{:032x}", fastrand::u128(..)))
                .bind(org.to_owned())
                .bind(practitioners[n % practitioners.len()].clone())
                .bind(clients[n % clients.len()].clone())
                .bind(starts);
        }
        q.execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
    clients
}

fn at(time: &str) -> jiff::Timestamp {
    time.parse().unwrap()
}

async fn run(name: &str, db: Db) {
    println!("{name}");
    let Setup { cp, .. } = control_plane(db.clone());
    let admin = organisation(&cp, "Bench").await;
    let (_, me) = admin.get("/api/v1/me").await;
    let org = me["organisation"].as_str().unwrap().to_owned();
    let mut practitioners = Vec::new();
    let mut doctor = None;
    for i in 0..PRACTITIONERS {
        let (client, id) = add_staff(
            &cp,
            &admin,
            &format!("p{i}@bench.example"),
            "practitioner",
            &[],
        )
        .await;
        doctor.get_or_insert(client);
        practitioners.push(id);
    }
    let doctor = doctor.unwrap();
    let load = Instant::now();
    let clients = bulk_load(&db, &org, &practitioners).await;
    println!(
        "  loaded {CLIENTS} clients and {APPOINTMENTS} appointments in {:.1} s",
        load.elapsed().as_secs_f64()
    );

    let create = |n: usize| {
        json!({ "client": clients[n % clients.len()], "practitioner": practitioners[n % practitioners.len()],
                "starts_at": format!("2026-12-{:02}T{:02}:{:02}:00Z", 1 + n % 28, 8 + (n / 28) % 10, (n * 7) % 60), "duration_minutes": 20 })
    };
    let mut latencies = Vec::with_capacity(CREATES);
    let wall = Instant::now();
    for n in 0..CREATES {
        let start = Instant::now();
        let (status, body) = admin.post("/api/v1/appointments", create(n)).await;
        assert_eq!(status, axum::http::StatusCode::CREATED, "{body}");
        latencies.push(start.elapsed());
    }
    report(
        "create appointment, one at a time",
        latencies,
        wall.elapsed(),
    );

    let wall = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..16 {
        let (admin, bodies) = (
            admin.clone(),
            (0..CREATES / 16)
                .map(|i| create(CREATES + worker * 1000 + i))
                .collect::<Vec<_>>(),
        );
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for body in bodies {
                let start = Instant::now();
                let (status, body) = admin.post("/api/v1/appointments", body).await;
                assert_eq!(status, axum::http::StatusCode::CREATED, "{body}");
                latencies.push(start.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    report("create appointment, 16 at once", latencies, wall.elapsed());

    // With strict department segregation a practitioner (in no
    // department here) sees their own appointments only, through the
    // visibility clause's subqueries.
    let (status, _) = admin
        .call(
            axum::http::Method::PUT,
            "/api/v1/organisation/settings",
            Some(json!({ "strict_department_segregation": true })),
        )
        .await;
    assert_eq!(status, axum::http::StatusCode::OK);
    for (who, client) in [("admin", &admin), ("practitioner, segregated", &doctor)] {
        let path =
            "/api/v1/appointments?from=2026-11-22T00:00:00Z&to=2026-11-23T00:00:00Z&limit=200";
        let (_, page) = client.get(path).await;
        let count = page["items"].as_array().unwrap().len();
        let mut latencies = Vec::with_capacity(LISTS);
        let wall = Instant::now();
        for _ in 0..LISTS {
            let start = Instant::now();
            let (status, _) = client.get(path).await;
            assert_eq!(status, axum::http::StatusCode::OK);
            latencies.push(start.elapsed());
        }
        report(
            &format!("today's list, {who} ({count} appointments)"),
            latencies,
            wall.elapsed(),
        );
    }
    db.close().await;
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        run("SQLite (file, WAL)", common::sqlite().await).await;
        run("PostgreSQL (local)", common::postgres().await).await;
    });
}
