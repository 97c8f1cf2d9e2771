//! A browser-like client of the REST API (through the router, no sockets)
//! and the set-up steps tests share: an organisation with its admin logged
//! in, staff, departments, clients.

use std::sync::Arc;

use anteroom_control_plane::{ControlPlane, ControlPlaneConfig, Db, ManualClock, admin};
use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{Value, json};
use tower::ServiceExt;

pub const PASSWORD: &str = "a long enough password";

/// A browser-like client of the API: keeps the session cookie and sends
/// the CSRF token on state-changing requests.
#[derive(Clone)]
pub struct Client {
    pub router: Router,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    /// An API key sent as `Authorization: Bearer`.
    pub bearer: Option<String>,
    /// Sent as `X-Forwarded-For`: the client's address, for a control
    /// plane that trusts it (`trust_forwarded_for`).
    pub forwarded_for: Option<String>,
    /// More headers sent with every request.
    pub extra_headers: Vec<(String, String)>,
}

impl Client {
    pub fn new(cp: &ControlPlane) -> Client {
        Client {
            router: cp.router(),
            cookie: None,
            csrf: None,
            bearer: None,
            forwarded_for: None,
            extra_headers: Vec::new(),
        }
    }

    /// A client that comes from `address` (with `trust_forwarded_for`).
    pub fn from_address(cp: &ControlPlane, address: &str) -> Client {
        Client {
            forwarded_for: Some(address.to_owned()),
            ..Client::new(cp)
        }
    }

    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
        csrf: Option<&str>,
    ) -> (StatusCode, Value, Option<String>) {
        let (status, value, headers) = self.raw_full(method, path, content_type, body, csrf).await;
        (
            status,
            value,
            headers
                .get("set-cookie")
                .map(|v| v.to_str().unwrap().to_owned()),
        )
    }

    /// A request with its response's headers.
    pub async fn raw_full(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
        csrf: Option<&str>,
    ) -> (StatusCode, Value, axum::http::HeaderMap) {
        let mut req = Request::builder().method(method).uri(path);
        for (name, value) in &self.extra_headers {
            req = req.header(name.as_str(), value.as_str());
        }
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        if let Some(k) = &self.bearer {
            req = req.header("authorization", format!("Bearer {k}"));
        }
        if let Some(a) = &self.forwarded_for {
            req = req.header("x-forwarded-for", a);
        }
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        if let Some(t) = csrf {
            req = req.header("x-csrf-token", t);
        }
        let response = self
            .router
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 10 << 20)
            .await
            .unwrap();
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        (status, value, headers)
    }

    /// A POST of JSON with an `Idempotency-Key`; with the response's headers.
    pub async fn post_idempotent(
        &self,
        path: &str,
        key: &str,
        body: Value,
    ) -> (StatusCode, Value, axum::http::HeaderMap) {
        let with_key = Client {
            extra_headers: vec![("idempotency-key".into(), key.into())],
            ..self.clone()
        };
        with_key
            .raw_full(
                Method::POST,
                path,
                Some("application/json"),
                serde_json::to_vec(&body).unwrap(),
                self.csrf.as_deref(),
            )
            .await
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let bytes = body
            .map(|b| serde_json::to_vec(&b).unwrap())
            .unwrap_or_default();
        let ct = (!bytes.is_empty()).then_some("application/json");
        let (s, v, _) = self
            .raw(method, path, ct, bytes, self.csrf.as_deref())
            .await;
        (s, v)
    }

    /// A GET whose body is not JSON (a PDF, an image): status, headers
    /// and the bytes.
    pub async fn bytes(&self, path: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let mut req = Request::builder().method(Method::GET).uri(path);
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        if let Some(k) = &self.bearer {
            req = req.header("authorization", format!("Bearer {k}"));
        }
        let response = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = axum::body::to_bytes(response.into_body(), 10 << 20)
            .await
            .unwrap();
        (status, headers, bytes.to_vec())
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.call(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, Some(body)).await
    }

    pub async fn login(
        cp: &ControlPlane,
        email: &str,
        password: &str,
        totp: Option<String>,
    ) -> Result<Client, (StatusCode, Value)> {
        Client::new(cp).log_in(email, password, totp).await
    }

    /// Logs in as this client (from its address).
    pub async fn log_in(
        self,
        email: &str,
        password: &str,
        totp: Option<String>,
    ) -> Result<Client, (StatusCode, Value)> {
        let mut client = self;
        let body =
            serde_json::to_vec(&json!({ "email": email, "password": password, "totp": totp }))
                .unwrap();
        let (status, value, cookie) = client
            .raw(
                Method::POST,
                "/api/v1/auth/login",
                Some("application/json"),
                body,
                None,
            )
            .await;
        if status != StatusCode::OK {
            return Err((status, value));
        }
        let cookie = cookie.unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        client.cookie = Some(cookie.split(';').next().unwrap().to_owned());
        client.csrf = Some(value["csrf_token"].as_str().unwrap().to_owned());
        Ok(client)
    }
}

pub fn code(value: &Value) -> &str {
    value["error"]["code"].as_str().unwrap_or("<no error code>")
}

pub fn token_of(link: &str) -> String {
    link.split("#token=").nth(1).unwrap().to_owned()
}

pub struct Setup {
    pub cp: ControlPlane,
    pub clock: ManualClock,
}

pub fn control_plane(db: Db) -> Setup {
    control_plane_with(db, ControlPlaneConfig::default())
}

/// A control plane on `db` at 2026-11-22T09:00:00Z on a manual clock.
pub fn control_plane_with(db: Db, config: ControlPlaneConfig) -> Setup {
    let clock = ManualClock::new("2026-11-22T09:00:00Z".parse().unwrap());
    let cp = ControlPlane::new(db, Arc::new(clock.clone()), config);
    Setup { cp, clock }
}

/// Sets a password through a link and logs in.
pub async fn activate(cp: &ControlPlane, link: &str, email: &str) -> Client {
    let (status, body) = Client::new(cp)
        .post(
            "/api/v1/auth/password",
            json!({ "token": token_of(link), "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    Client::login(cp, email, PASSWORD, None).await.unwrap()
}

/// An organisation with its admin logged in.
pub async fn organisation(cp: &ControlPlane, name: &str) -> Client {
    let email = format!("admin@{}.example", name.to_lowercase().replace(' ', "-"));
    let created = admin::create_organisation(cp, name, &email, Some("Admin"))
        .await
        .unwrap();
    activate(cp, &created.password_link, &email).await
}

pub async fn add_staff(
    cp: &ControlPlane,
    by: &Client,
    email: &str,
    role: &str,
    departments: &[&str],
) -> (Client, String) {
    let (status, body) = by
        .post(
            "/api/v1/staff",
            json!({ "email": email, "name": email, "role": role, "departments": departments }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let client = activate(cp, body["password_link"].as_str().unwrap(), email).await;
    (client, body["staff"]["id"].as_str().unwrap().to_owned())
}

pub async fn add_department(by: &Client, name: &str) -> String {
    let (status, body) = by
        .post("/api/v1/departments", json!({ "name": name }))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

pub async fn add_client(
    by: &Client,
    last_name: &str,
    departments: &[&str],
    practitioners: &[&str],
) -> String {
    let (status, body) = by
        .post(
            "/api/v1/clients",
            json!({ "initials": "J.", "last_name": last_name, "date_of_birth": "1980-02-29", "email": "patient@example.org",
                    "departments": departments, "practitioners": practitioners }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

pub fn ids(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}
