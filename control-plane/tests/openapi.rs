//! The OpenAPI document against the server it describes, as a client
//! generated from it would meet the server.
//!
//! The test reads the document the server serves (`/api/v1/openapi.json`)
//! and takes a tour of the API through the real router and handlers on a
//! fresh SQLite file. Every call goes through [`Conformance::call`]:
//! - the request's path must be a documented operation, and the body it
//!   sends must validate against the documented request schema;
//! - the response's status must be documented, and its body must validate
//!   against the documented response schema (JSON Schema 2020-12, the
//!   dialect of OpenAPI 3.1), and every field of it must be declared: a
//!   field the server sends and the document omits fails it.
//!
//! At the end every operation of the document must have answered with a
//! success, and every value of every enum in a request (body fields and
//! query parameters) must have been sent and accepted at least once. The
//! tour takes those values from the document itself, so a value the
//! document lists and the server refuses fails the test, and so does a new
//! operation nobody calls here.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use anteroom_control_plane::auth::totp_code;
use axum::http::{Method, StatusCode};
use common::client::*;
use serde_json::{Value, json};

/// (method, path template) of a documented operation, e.g. ("patch",
/// "/appointments/{id}").
type Op = (String, String);

/// An enum-valued input of an operation: where ("body" or "query") and its
/// name (a body field's dotted path, or the parameter).
type Input = (Op, &'static str, String);

struct Conformance {
    doc: Value,
    /// Each documented enum-valued input with its documented values.
    enum_inputs: BTreeMap<Input, Vec<String>>,
    /// Operations that answered a success.
    succeeded: BTreeSet<Op>,
    /// Enum values sent in a request that succeeded.
    accepted: BTreeSet<(Input, String)>,
    responses_checked: usize,
}

impl Conformance {
    async fn load(client: &Client) -> Conformance {
        let (status, doc) = client.get("/api/v1/openapi.json").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            doc["openapi"].as_str().map(|v| &v[..2]),
            Some("3."),
            "an OpenAPI 3 document"
        );
        let mut conformance = Conformance {
            doc,
            enum_inputs: BTreeMap::new(),
            succeeded: BTreeSet::new(),
            accepted: BTreeSet::new(),
            responses_checked: 0,
        };
        conformance.enum_inputs = conformance.find_enum_inputs();
        conformance
    }

    fn operations(&self) -> BTreeSet<Op> {
        let mut ops = BTreeSet::new();
        for (path, item) in self.doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                if ["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                    ops.insert((method.clone(), path.clone()));
                }
            }
        }
        ops
    }

    /// `#/components/schemas/X` and the like, resolved in the document.
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => self.resolve(
                self.doc
                    .pointer(r.trim_start_matches('#'))
                    .unwrap_or_else(|| panic!("dangling {r}")),
            ),
            None => schema,
        }
    }

    /// The string values an input may take, if it is an enum: directly,
    /// through a reference, as the non-null half of an `Option`, or as the
    /// items of an array.
    fn enum_values(&self, schema: &Value) -> Option<Vec<String>> {
        let schema = self.resolve(schema);
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return Some(
                values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            );
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                let found: Vec<Vec<String>> = alternatives
                    .iter()
                    .filter_map(|a| self.enum_values(a))
                    .collect();
                if !found.is_empty() {
                    return Some(found.concat());
                }
            }
        }
        if schema.get("type").is_some_and(|t| {
            t == "array" || t.as_array().is_some_and(|t| t.contains(&json!("array")))
        }) {
            return schema
                .get("items")
                .and_then(|items| self.enum_values(items));
        }
        None
    }

    fn body_enums(&self, schema: &Value, prefix: &str, out: &mut Vec<(String, Vec<String>)>) {
        let schema = self.resolve(schema);
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                match self.enum_values(prop) {
                    Some(values) => out.push((path, values)),
                    None => self.body_enums(prop, &path, out),
                }
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for part in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.body_enums(part, prefix, out);
            }
        }
    }

    fn find_enum_inputs(&self) -> BTreeMap<Input, Vec<String>> {
        let mut inputs = BTreeMap::new();
        for op in self.operations() {
            let operation = &self.doc["paths"][&op.1][&op.0];
            for param in operation["parameters"].as_array().into_iter().flatten() {
                let param = self.resolve(param);
                if let Some(values) = self.enum_values(&param["schema"]) {
                    let name = param["name"].as_str().unwrap().to_owned();
                    inputs.insert((op.clone(), "query", name), values);
                }
            }
            if let Some(schema) = operation.pointer("/requestBody/content/application~1json/schema")
            {
                let mut found = Vec::new();
                self.body_enums(schema, "", &mut found);
                for (name, values) in found {
                    inputs.insert((op.clone(), "body", name), values);
                }
            }
        }
        inputs
    }

    /// The documented values of an enum-valued input.
    fn values(&self, method: &str, template: &str, place: &'static str, name: &str) -> Vec<String> {
        let key = (
            (method.to_owned(), template.to_owned()),
            place,
            name.to_owned(),
        );
        self.enum_inputs.get(&key).cloned().unwrap_or_else(|| {
            panic!("the document has no enum {place} input {name} on {method} {template}")
        })
    }

    /// The documented operation a concrete request path belongs to: a
    /// template whose literal segments match, the most literal first.
    fn operation_of(&self, method: &Method, path: &str) -> Op {
        let method = method.as_str().to_lowercase();
        let path = path
            .strip_prefix("/api/v1")
            .unwrap_or_else(|| panic!("{path} is outside /api/v1"));
        let path = path.split('?').next().unwrap();
        let segments: Vec<&str> = path.split('/').collect();
        let mut best: Option<(usize, String)> = None;
        for template in self.doc["paths"].as_object().unwrap().keys() {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() || self.doc["paths"][template].get(&method).is_none() {
                continue;
            }
            let matches = parts
                .iter()
                .zip(&segments)
                .all(|(t, s)| t.starts_with('{') || t == s);
            let literal = parts.iter().filter(|t| !t.starts_with('{')).count();
            if matches && best.as_ref().is_none_or(|(l, _)| literal > *l) {
                best = Some((literal, template.clone()));
            }
        }
        let (_, template) =
            best.unwrap_or_else(|| panic!("{method} {path} is not a documented operation"));
        (method, template)
    }

    /// A validator for `schema`, with the document's components beside it
    /// so that its references resolve.
    fn validator(&self, schema: &Value) -> jsonschema::Validator {
        let root = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "components": self.doc["components"],
            "allOf": [schema],
        });
        // Formats (date-time, date) are checked too, not only noted.
        jsonschema::options()
            .should_validate_formats(true)
            .build(&root)
            .unwrap_or_else(|e| panic!("the document's schema does not compile: {e}"))
    }

    /// Validates `value`, and also finds the fields the document does not
    /// declare (the schemas leave objects open, so a validator alone would
    /// let a field the server sends and the document omits pass).
    fn check(&self, what: &str, schema: &Value, value: &Value) {
        let validator = self.validator(schema);
        let mut errors: Vec<String> = validator
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        self.undeclared(schema, value, "", &mut errors);
        assert!(
            errors.is_empty(),
            "{what} disagrees with the document:\n  {}\nbody: {value:#}",
            errors.join("\n  ")
        );
    }

    /// The properties an object schema declares, with their schemas:
    /// its own, and those of the schemas it is composed of.
    fn declared<'a>(&'a self, schema: &'a Value, out: &mut BTreeMap<String, Vec<&'a Value>>) {
        let schema = self.resolve(schema);
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            out.entry(name.clone()).or_default().push(prop);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for part in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.declared(part, out);
            }
        }
    }

    fn undeclared(&self, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
        let resolved = self.resolve(schema);
        match value {
            Value::Object(fields) => {
                let mut declared = BTreeMap::new();
                self.declared(resolved, &mut declared);
                let open = resolved
                    .get("additionalProperties")
                    .is_some_and(|a| a != &Value::Bool(false));
                if declared.is_empty() && (open || resolved.get("type").is_none()) {
                    return; // a free-form object (or nothing to say)
                }
                for (name, field) in fields {
                    match declared.get(name) {
                        Some(schemas) => schemas.iter().for_each(|s| {
                            self.undeclared(s, field, &format!("{at}/{name}"), errors)
                        }),
                        None if open => {}
                        None => errors.push(format!("{at}/{name} is not in the document")),
                    }
                }
            }
            Value::Array(items) => {
                let mut item_schemas = Vec::new();
                self.items(resolved, &mut item_schemas);
                for (i, item) in items.iter().enumerate() {
                    item_schemas
                        .iter()
                        .for_each(|s| self.undeclared(s, item, &format!("{at}/{i}"), errors));
                }
            }
            _ => {}
        }
    }

    /// The item schemas of an array schema (through `oneOf` for `Option`).
    fn items<'a>(&'a self, schema: &'a Value, out: &mut Vec<&'a Value>) {
        let schema = self.resolve(schema);
        if let Some(items) = schema.get("items") {
            out.push(items);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for part in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.items(part, out);
            }
        }
    }

    /// Sends a request as `client`, checking it and the response against
    /// the document.
    async fn call(
        &mut self,
        client: &Client,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let op = self.operation_of(&method, path);
        let operation = self.doc["paths"][&op.1][&op.0].clone();
        if let Some(body) = &body {
            let schema = operation
                .pointer("/requestBody/content/application~1json/schema")
                .unwrap_or_else(|| panic!("{op:?} documents no JSON request body"));
            self.check(&format!("the request of {} {}", op.0, op.1), schema, body);
        }
        let (status, value) = client.call(method, path, body.clone()).await;
        let responses = &operation["responses"];
        let code = status.as_str().to_owned();
        let range = format!("{}XX", &code[..1]);
        let documented = responses
            .get(&code)
            .or_else(|| responses.get(&range))
            .or_else(|| responses.get("default"))
            .unwrap_or_else(|| {
                panic!(
                    "{} {} answered {status}, which the document does not list: {value}",
                    op.0, op.1
                )
            });
        let documented = self.resolve(documented);
        match documented.pointer("/content/application~1json/schema") {
            Some(schema) => self.check(
                &format!("the {status} response of {} {}", op.0, op.1),
                schema,
                &value,
            ),
            None => assert_eq!(
                value,
                Value::Null,
                "{} {} documents no body for {status}",
                op.0,
                op.1
            ),
        }
        self.responses_checked += 1;
        if status.is_success() {
            self.succeeded.insert(op.clone());
            self.note_accepted(&op, path, body.as_ref());
        }
        (status, value)
    }

    /// Records the enum values a successful request carried.
    fn note_accepted(&mut self, op: &Op, path: &str, body: Option<&Value>) {
        let query: BTreeMap<String, String> = path
            .split_once('?')
            .map(|(_, q)| {
                q.split('&')
                    .filter_map(|kv| kv.split_once('='))
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        for ((input_op, place, name), values) in &self.enum_inputs {
            if input_op != op {
                continue;
            }
            let sent: Vec<String> = match *place {
                "query" => query.get(name).cloned().into_iter().collect(),
                _ => {
                    let pointer = format!("/{}", name.replace('.', "/"));
                    match body.and_then(|b| b.pointer(&pointer)) {
                        Some(Value::String(s)) => vec![s.clone()],
                        Some(Value::Array(items)) => items
                            .iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect(),
                        _ => vec![],
                    }
                }
            };
            for value in sent {
                assert!(
                    values.contains(&value),
                    "{op:?} accepted {name} = {value:?}, which the document does not list ({values:?})"
                );
                self.accepted
                    .insert(((op.clone(), *place, name.clone()), value));
            }
        }
    }

    async fn get(&mut self, client: &Client, path: &str) -> Value {
        self.expect(client, Method::GET, path, None, StatusCode::OK)
            .await
    }

    async fn expect(
        &mut self,
        client: &Client,
        method: Method,
        path: &str,
        body: Option<Value>,
        want: StatusCode,
    ) -> Value {
        let (status, value) = self.call(client, method.clone(), path, body).await;
        assert_eq!(status, want, "{method} {path}: {value}");
        value
    }

    /// A request whose answer is not JSON (an image): the document must
    /// list the operation and its status, and the content type is checked
    /// by the caller.
    async fn expect_bytes(
        &mut self,
        client: &Client,
        path: &str,
        want: StatusCode,
    ) -> axum::http::HeaderMap {
        let op = self.operation_of(&Method::GET, path);
        let (status, _, headers) = client.raw_full(Method::GET, path, None, vec![], None).await;
        assert_eq!(status, want, "GET {path}");
        assert!(
            self.doc["paths"][&op.1][&op.0]["responses"]
                .get(status.as_str())
                .is_some(),
            "GET {path} answered {status}, which the document does not list"
        );
        self.responses_checked += 1;
        self.succeeded.insert(op.clone());
        self.note_accepted(&op, path, None);
        headers
    }

    fn finish(&self) {
        let missing: Vec<String> = self
            .operations()
            .difference(&self.succeeded)
            .map(|(m, p)| format!("{m} {p}"))
            .collect();
        assert!(
            missing.is_empty(),
            "operations this test never saw succeed: {missing:#?}"
        );
        let mut unsent = Vec::new();
        for (input, values) in &self.enum_inputs {
            for value in values {
                if !self.accepted.contains(&(input.clone(), value.clone())) {
                    unsent.push(format!(
                        "{} {} {} {} = {value}",
                        input.0.0, input.0.1, input.1, input.2
                    ));
                }
            }
        }
        assert!(
            unsent.is_empty(),
            "documented enum values never sent and accepted: {unsent:#?}"
        );
    }
}

fn id(value: &Value) -> String {
    value["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {value}"))
        .to_owned()
}

/// The token at the end of a link (`/c/{token}`, `/g/{token}`, or
/// `#token=`).
fn link_token(link: &str) -> String {
    link.rsplit(['/', '=']).next().unwrap().to_owned()
}

#[tokio::test]
async fn the_openapi_document_describes_the_server() {
    let db = common::sqlite().await;
    // Mail is queued (nothing sends it): the portal's PIN is read from the
    // outbox.
    let Setup { cp, clock } = control_plane_with(
        db,
        anteroom_control_plane::ControlPlaneConfig {
            mail: Some(anteroom_control_plane::email::MailConfig {
                smtp_url: "smtp://127.0.0.1:9".into(),
                from: "Conformance <noreply@conformance.example>".into(),
            }),
            ..anteroom_control_plane::ControlPlaneConfig::default()
        },
    );
    let anonymous = Client::new(&cp);
    let mut api = Conformance::load(&anonymous).await;
    assert!(
        api.operations().len() >= 60,
        "{} operations",
        api.operations().len()
    );
    assert!(!api.enum_inputs.is_empty());

    // Timestamps are documented as date-times.
    let appointment_schema = api
        .resolve(&api.doc["components"]["schemas"]["Appointment"])
        .clone();
    assert_eq!(
        appointment_schema["properties"]["starts_at"]["format"], "date-time",
        "{appointment_schema:#}"
    );
    assert!(
        api.doc["components"]["schemas"].get("String").is_none(),
        "a bare string component stands in for a typed field"
    );

    // The first admin, made by the admin command, sets a password and logs in.
    let created = anteroom_control_plane::admin::create_organisation(
        &cp,
        "Conformance Clinic",
        "admin@conformance.example",
        Some("Admin"),
    )
    .await
    .unwrap();
    let org = created.org.as_str().to_owned();
    api.expect(
        &anonymous,
        Method::POST,
        "/api/v1/auth/password",
        Some(json!({ "token": token_of(&created.password_link), "password": PASSWORD })),
        StatusCode::NO_CONTENT,
    )
    .await;
    let admin = login(&mut api, &cp, "admin@conformance.example").await;
    api.get(&admin, "/api/v1/me").await;
    api.get(&admin, "/api/v1/organisation").await;
    let settings = api
        .expect(
            &admin,
            Method::PUT,
            "/api/v1/organisation/settings",
            Some(json!({ "timezone": "Europe/Amsterdam", "keep_transcript": true })),
            StatusCode::OK,
        )
        .await;
    assert_eq!(settings["timezone"], "Europe/Amsterdam");
    let renamed = api
        .expect(
            &admin,
            Method::PUT,
            "/api/v1/organisation/name",
            Some(json!({ "name": "Conformance Clinic" })),
            StatusCode::OK,
        )
        .await;
    assert_eq!(renamed["name"], "Conformance Clinic");
    // The clinic's logo: set, fetched by anyone, removed.
    let org_id = api.get(&admin, "/api/v1/organisation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let logo = api
        .expect(
            &admin,
            Method::PUT,
            "/api/v1/organisation/logo",
            Some(json!({ "content_type": "image/png", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" })),
            StatusCode::OK,
        )
        .await;
    let headers = api
        .expect_bytes(&anonymous, logo["url"].as_str().unwrap(), StatusCode::OK)
        .await;
    assert_eq!(headers["content-type"], "image/png");
    api.expect(
        &admin,
        Method::DELETE,
        "/api/v1/organisation/logo",
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &anonymous,
        Method::GET,
        &format!("/api/v1/logos/{org_id}"),
        None,
        StatusCode::NOT_FOUND,
    )
    .await;

    // Departments and staff, with every documented role.
    let department = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/departments",
            Some(json!({ "name": "Cardiology" })),
            StatusCode::CREATED,
        )
        .await;
    let department = id(&department);
    api.get(&admin, "/api/v1/departments").await;
    api.get(&admin, &format!("/api/v1/departments/{department}"))
        .await;
    let mut practitioner = None;
    for role in api.values("post", "/staff", "body", "role") {
        let email = format!("{role}@conformance.example");
        let made = api
            .expect(&admin, Method::POST, "/api/v1/staff", Some(json!({ "email": email, "name": role, "role": role, "departments": [department] })), StatusCode::CREATED)
            .await;
        if role == "practitioner" {
            practitioner = Some((
                id(&made["staff"]),
                made["password_link"].as_str().unwrap().to_owned(),
                email,
            ));
        }
    }
    let (doctor_id, doctor_link, doctor_email) =
        practitioner.expect("the document lists the practitioner role");
    api.expect(
        &anonymous,
        Method::POST,
        "/api/v1/auth/password",
        Some(json!({ "token": token_of(&doctor_link), "password": PASSWORD })),
        StatusCode::NO_CONTENT,
    )
    .await;
    let doctor = login(&mut api, &cp, &doctor_email).await;
    api.get(&admin, "/api/v1/staff").await;
    api.get(&admin, &format!("/api/v1/staff/{doctor_id}")).await;

    // Two-factor: enrol, confirm, and an admin resets it.
    let enrolment = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/me/totp",
            None,
            StatusCode::OK,
        )
        .await;
    let code = totp_code(
        enrolment["secret"].as_str().unwrap(),
        cp.clock().now().as_second(),
    )
    .unwrap();
    api.expect(
        &doctor,
        Method::POST,
        "/api/v1/me/totp/confirm",
        Some(json!({ "code": code })),
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/staff/{doctor_id}/totp/reset"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    // The reset ended the doctor's sessions.
    let doctor = login(&mut api, &cp, &doctor_email).await;

    // Clients.
    let client = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/clients",
            Some(json!({ "initials": "J.", "last_name": "Jansen", "date_of_birth": "1980-02-29", "email": "patient@example.org", "departments": [department], "practitioners": [doctor_id] })),
            StatusCode::CREATED,
        )
        .await;
    let client = id(&client);
    api.get(&doctor, "/api/v1/clients?q=jan").await;
    api.get(&doctor, &format!("/api/v1/clients/{client}")).await;
    api.expect(
        &doctor,
        Method::PATCH,
        &format!("/api/v1/clients/{client}"),
        Some(json!({ "phone": "+31 20 123 4567" })),
        StatusCode::OK,
    )
    .await;

    // External participants of every kind, one in a group.
    let group = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/participant-groups",
            Some(json!({ "name": "Family Jansen" })),
            StatusCode::CREATED,
        )
        .await;
    let group = id(&group);
    api.get(&doctor, "/api/v1/participant-groups").await;
    let mut participant = None;
    for kind in api.values("post", "/participants", "body", "kind") {
        let made = api
            .expect(&doctor, Method::POST, "/api/v1/participants", Some(json!({ "name": format!("A {kind}"), "kind": kind, "email": "someone@example.org" })), StatusCode::CREATED)
            .await;
        participant = Some(id(&made));
    }
    let participant = participant.unwrap();
    api.expect(
        &doctor,
        Method::POST,
        "/api/v1/participants",
        Some(json!({ "name": "Anna", "kind": "family", "group": group })),
        StatusCode::CREATED,
    )
    .await;
    api.get(&doctor, "/api/v1/participants").await;
    api.get(&doctor, &format!("/api/v1/participants?group={group}"))
        .await;
    api.get(&doctor, &format!("/api/v1/participants/{participant}"))
        .await;

    // Waiting-area texts, announcements, email templates of every kind.
    api.expect(
        &admin,
        Method::PUT,
        "/api/v1/waiting-texts",
        Some(json!({ "body": "Welcome to *|clinic|*." })),
        StatusCode::NO_CONTENT,
    )
    .await;
    api.get(&admin, "/api/v1/waiting-texts").await;
    let announcement = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/announcements",
            Some(json!({ "body": "Delays today", "expires_at": "2026-11-22T18:00:00Z" })),
            StatusCode::CREATED,
        )
        .await;
    api.get(&admin, "/api/v1/announcements").await;
    api.expect(
        &admin,
        Method::DELETE,
        &format!("/api/v1/announcements/{}", id(&announcement)),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    let templates = api.get(&admin, "/api/v1/email-templates").await;
    for kind in api.values("put", "/email-templates", "body", "kind") {
        // The template as the server lists it, put back: its placeholders
        // are the ones that kind allows.
        let current = templates
            .as_object()
            .and_then(|t| {
                t.values()
                    .filter_map(Value::as_array)
                    .flatten()
                    .find(|t| t["kind"] == kind.as_str())
            })
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} template listed: {templates}"));
        let body = json!({ "kind": kind, "subject": current["subject"], "body": current["body"] });
        api.expect(
            &admin,
            Method::PUT,
            "/api/v1/email-templates",
            Some(body),
            StatusCode::NO_CONTENT,
        )
        .await;
    }

    // Availability of every kind, its slots, walk-in.
    let mut availability = Vec::new();
    for kind in api.values("post", "/availability", "body", "kind") {
        let mut body = json!({ "staff": doctor_id, "kind": kind, "date": "2026-11-23", "start": "09:00", "end": "12:00", "slot_minutes": 30 });
        if kind == "weekly" {
            body["date"] = json!("2026-11-24");
            body["until"] = json!("2026-12-29");
        }
        let made = api
            .expect(
                &admin,
                Method::POST,
                "/api/v1/availability",
                Some(body),
                StatusCode::CREATED,
            )
            .await;
        availability.push(id(&made));
    }
    api.get(&admin, &format!("/api/v1/availability?staff={doctor_id}"))
        .await;
    api.get(
        &doctor,
        &format!("/api/v1/staff/{doctor_id}/slots?from=2026-11-23&to=2026-11-30"),
    )
    .await;
    api.expect(
        &admin,
        Method::PUT,
        &format!("/api/v1/staff/{doctor_id}/walk-in"),
        Some(json!({ "open": true })),
        StatusCode::NO_CONTENT,
    )
    .await;

    // Public booking and walk-in.
    api.get(&anonymous, &format!("/api/v1/booking/{org}")).await;
    let slots = api.get(&anonymous, &format!("/api/v1/booking/{org}/practitioners/{doctor_id}/slots?from=2026-11-23&to=2026-11-23")).await;
    let slot = slots
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["free"] == true)
        .unwrap_or_else(|| panic!("no free slot: {slots}"));
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/booking/{org}/appointments"),
        Some(json!({ "practitioner": doctor_id, "starts_at": slot["starts_at"], "initials": "B.", "last_name": "Bakker", "date_of_birth": "1975-05-05", "email": "bakker@example.org" })),
        StatusCode::CREATED,
    )
    .await;
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/booking/{org}/walk-in"),
        Some(json!({ "practitioner": doctor_id, "initials": "W.", "last_name": "Walker", "date_of_birth": "1990-01-01", "accept_terms": true })),
        StatusCode::CREATED,
    )
    .await;
    for availability in availability {
        api.expect(
            &admin,
            Method::DELETE,
            &format!("/api/v1/availability/{availability}"),
            None,
            StatusCode::NO_CONTENT,
        )
        .await;
    }

    // Appointments: made, listed by every status, read, invited, joined.
    let new_appointment = |minutes: i64| {
        let starts_at = cp
            .clock()
            .now()
            .checked_add(jiff::SignedDuration::from_mins(minutes))
            .unwrap();
        json!({ "client": client, "practitioner": doctor_id, "department": department, "starts_at": starts_at.to_string(), "duration_minutes": 30,
                "message": "Bring your medication list.", "participants": [participant], "groups": [group] })
    };
    let made = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/appointments",
            Some(new_appointment(30)),
            StatusCode::CREATED,
        )
        .await;
    let appointment = id(&made["appointment"]);
    let patient_link = made["invitation"]["patient_link"]
        .as_str()
        .unwrap()
        .to_owned();
    api.get(&doctor, "/api/v1/appointments").await;
    for status in api.values("get", "/appointments", "query", "status") {
        api.get(&doctor, &format!("/api/v1/appointments?status={status}&from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z")).await;
    }
    api.get(&doctor, &format!("/api/v1/appointments/{appointment}"))
        .await;
    api.expect(
        &doctor,
        Method::POST,
        &format!("/api/v1/appointments/{appointment}/invitations"),
        None,
        StatusCode::CREATED,
    )
    .await;
    let later = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/participants",
            Some(json!({ "name": "Added Later", "kind": "colleague" })),
            StatusCode::CREATED,
        )
        .await;
    api.expect(
        &doctor,
        Method::POST,
        &format!("/api/v1/appointments/{appointment}/participants"),
        Some(json!({ "participant": id(&later) })),
        StatusCode::CREATED,
    )
    .await;
    api.expect(
        &doctor,
        Method::POST,
        &format!("/api/v1/appointments/{appointment}/join"),
        None,
        StatusCode::OK,
    )
    .await;
    api.get(
        &doctor,
        &format!("/api/v1/appointments/{appointment}/transcript"),
    )
    .await;
    let guest = api
        .expect(
            &doctor,
            Method::POST,
            &format!("/api/v1/appointments/{appointment}/guest-links"),
            Some(json!({ "name": "Dr. Colleague" })),
            StatusCode::CREATED,
        )
        .await;

    // The patient's link, and a guest's.
    let token = link_token(&patient_link);
    api.get(&anonymous, &format!("/api/v1/links/{token}")).await;
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/links/{token}/arrive"),
        None,
        StatusCode::OK,
    )
    .await;
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/links/{token}/join"),
        None,
        StatusCode::OK,
    )
    .await;
    api.expect(
        &doctor,
        Method::POST,
        "/api/v1/waiting/watch",
        None,
        StatusCode::OK,
    )
    .await;
    let guest_token = link_token(guest["link"].as_str().unwrap());
    api.get(&anonymous, &format!("/api/v1/guest-links/{guest_token}"))
        .await;
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/guest-links/{guest_token}/join"),
        None,
        StatusCode::OK,
    )
    .await;

    // Every status an appointment can be moved to, each from a state it
    // may be moved from.
    for status in api.values("patch", "/appointments/{id}", "body", "status") {
        let made = api
            .expect(
                &doctor,
                Method::POST,
                "/api/v1/appointments",
                Some(new_appointment(120)),
                StatusCode::CREATED,
            )
            .await;
        let path = format!("/api/v1/appointments/{}", id(&made["appointment"]));
        let before = match status.as_str() {
            "scheduled" => Some("waiting"),
            "completed" => Some("in_progress"),
            _ => None,
        };
        if let Some(before) = before {
            api.expect(
                &doctor,
                Method::PATCH,
                &path,
                Some(json!({ "status": before })),
                StatusCode::OK,
            )
            .await;
        }
        let changed = api
            .expect(
                &doctor,
                Method::PATCH,
                &path,
                Some(json!({ "status": status })),
                StatusCode::OK,
            )
            .await;
        assert_eq!(changed["status"], status.as_str());
    }

    // Meeting rooms.
    let room = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/meeting-rooms",
            Some(json!({ "name": "Staff room" })),
            StatusCode::CREATED,
        )
        .await;
    let room = id(&room);
    api.get(&admin, "/api/v1/meeting-rooms").await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/meeting-rooms/{room}/join"),
        None,
        StatusCode::OK,
    )
    .await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/meeting-rooms/{room}/guest-links"),
        Some(json!({ "name": "Visitor", "expires_in_minutes": 60 })),
        StatusCode::CREATED,
    )
    .await;

    // API keys: made, used, listed, revoked.
    let key = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/api-keys",
            Some(json!({ "name": "Integration" })),
            StatusCode::CREATED,
        )
        .await;
    let integrator = Client {
        bearer: Some(key["key"].as_str().unwrap().to_owned()),
        ..Client::new(&cp)
    };
    api.get(&integrator, "/api/v1/appointments").await;
    api.get(&admin, "/api/v1/api-keys").await;
    api.expect(
        &admin,
        Method::DELETE,
        &format!("/api/v1/api-keys/{}", id(&key)),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;

    // The audit log, and errors in the documented shape.
    api.get(&admin, "/api/v1/audit").await;
    api.get(&admin, &format!("/api/v1/audit?entity_id={client}"))
        .await;
    api.expect(
        &doctor,
        Method::GET,
        "/api/v1/audit",
        None,
        StatusCode::FORBIDDEN,
    )
    .await;
    api.expect(
        &doctor,
        Method::GET,
        "/api/v1/clients/no-such-client",
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    api.expect(
        &doctor,
        Method::PATCH,
        &format!("/api/v1/appointments/{appointment}"),
        Some(json!({ "duration_minutes": 0 })),
        StatusCode::BAD_REQUEST,
    )
    .await;
    // Questionnaires: made, changed, copied, asked of an appointment,
    // answered through the patient's link, read by the doctor.
    let definition = json!({ "title": "Intake", "fields": [
        { "id": "about", "type": "heading", "label": "About you" },
        { "id": "why", "type": "long_text", "label": "Why?", "required": true },
        { "id": "meds", "type": "single_choice", "label": "Medication?", "options": ["yes", "no"] },
        { "id": "which", "type": "short_text", "label": "Which?", "show_if": { "field": "meds", "equals": "yes" } },
        { "id": "how", "type": "multiple_choice", "label": "How?", "options": ["a", "b"] },
        { "id": "since", "type": "date", "label": "Since?" },
        { "id": "list", "type": "dropdown", "label": "Pick", "options": ["x", "y"] },
        { "id": "home", "type": "country", "label": "Country" },
        { "id": "text", "type": "paragraph", "label": "Please read this." },
        { "id": "agree", "type": "consent", "label": "I agree", "required": true }
    ] });
    let image = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/questionnaire-images",
            Some(json!({ "content_type": "image/png", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" })),
            StatusCode::CREATED,
        )
        .await;
    let headers = api
        .expect_bytes(&anonymous, image["url"].as_str().unwrap(), StatusCode::OK)
        .await;
    assert_eq!(headers["content-type"], "image/png");
    let mut definition = definition;
    definition["fields"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "map", "type": "image", "label": "A body map", "image": image["id"] }));
    let made = api
        .expect(
            &admin,
            Method::POST,
            "/api/v1/questionnaires",
            Some(json!({ "definition": definition, "department": department })),
            StatusCode::CREATED,
        )
        .await;
    let questionnaire = id(&made);
    api.get(&admin, "/api/v1/questionnaires").await;
    api.get(&admin, &format!("/api/v1/questionnaires/{questionnaire}"))
        .await;
    api.expect(
        &admin,
        Method::PUT,
        &format!("/api/v1/questionnaires/{questionnaire}"),
        Some(json!({ "definition": definition })),
        StatusCode::OK,
    )
    .await;
    api.expect(
        &admin,
        Method::PUT,
        &format!("/api/v1/questionnaires/{questionnaire}/asked-by-default"),
        Some(json!({ "asked_by_default": true })),
        StatusCode::OK,
    )
    .await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/questionnaires/{questionnaire}/duplicate"),
        None,
        StatusCode::CREATED,
    )
    .await;
    let asked = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/appointments",
            Some(new_appointment(45)),
            StatusCode::CREATED,
        )
        .await;
    let asked_id = asked["appointment"]["id"].as_str().unwrap().to_owned();
    api.expect(
        &doctor,
        Method::PUT,
        &format!("/api/v1/appointments/{asked_id}/questionnaire"),
        Some(json!({ "questionnaire": questionnaire })),
        StatusCode::NO_CONTENT,
    )
    .await;
    let link_token = asked["invitation"]["patient_link"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    api.get(
        &anonymous,
        &format!("/api/v1/links/{link_token}/questionnaire"),
    )
    .await;
    api.expect(
        &anonymous,
        Method::PUT,
        &format!("/api/v1/links/{link_token}/questionnaire"),
        Some(json!({ "answers": { "why": "A cough" } })),
        StatusCode::OK,
    )
    .await;
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/links/{link_token}/questionnaire/submit"),
        Some(json!({ "answers": { "why": "A cough", "meds": "yes", "which": "Syrup", "how": ["a"], "since": "2026-11-01",
            "list": "y", "home": "NL", "agree": true } })),
        StatusCode::OK,
    )
    .await;
    api.get(
        &doctor,
        &format!("/api/v1/appointments/{asked_id}/questionnaire"),
    )
    .await;
    for (format, content_type) in [
        ("pdf", "application/pdf"),
        ("text", "text/plain; charset=utf-8"),
    ] {
        let headers = api
            .expect_bytes(
                &doctor,
                &format!("/api/v1/appointments/{asked_id}/questionnaire/export?format={format}"),
                StatusCode::OK,
            )
            .await;
        assert_eq!(headers["content-type"], content_type);
    }

    // The patient portal: a PIN (read from the outbox, which no mailer
    // empties here), a session, the view, a way in, signing out.
    let upcoming = api
        .expect(
            &doctor,
            Method::POST,
            "/api/v1/appointments",
            Some(new_appointment(60)),
            StatusCode::CREATED,
        )
        .await;
    let upcoming = upcoming["appointment"]["id"].as_str().unwrap().to_owned();
    let mut pins = Vec::new();
    for _ in 0..2 {
        let asked = api
            .expect(
                &anonymous,
                Method::POST,
                &format!("/api/v1/portal/{org}/pin"),
                Some(json!({ "email": "patient@example.org", "language": "en" })),
                StatusCode::ACCEPTED,
            )
            .await;
        let body: String = sqlx::query_scalar(
            "SELECT body FROM outbox WHERE kind = 'portal_pin' ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .fetch_one(cp.db().pool())
        .await
        .unwrap();
        let pin: String = body
            .lines()
            .map(str::trim)
            .find(|l| l.len() == 6 && l.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or_else(|| panic!("no PIN in {body}"))
            .to_owned();
        sqlx::query("DELETE FROM outbox WHERE kind = 'portal_pin'")
            .execute(cp.db().pool())
            .await
            .unwrap();
        pins.push((asked["challenge"].as_str().unwrap().to_owned(), pin));
    }
    api.expect(
        &anonymous,
        Method::POST,
        &format!("/api/v1/portal/{org}/session"),
        Some(json!({ "challenge": pins[0].0, "pin": pins[0].1 })),
        StatusCode::OK,
    )
    .await;
    let (status, _, cookie) = anonymous
        .raw(
            Method::POST,
            &format!("/api/v1/portal/{org}/session"),
            Some("application/json"),
            serde_json::to_vec(&json!({ "challenge": pins[1].0, "pin": pins[1].1 })).unwrap(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let patient = Client {
        cookie: Some(cookie.unwrap().split(';').next().unwrap().to_owned()),
        ..anonymous.clone()
    };
    let portal_view = api.get(&patient, &format!("/api/v1/portal/{org}/me")).await;
    // Chat channels: the patient's side, then the staff's.
    let channel = portal_view["channels"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no channel in {portal_view}"))
        .to_owned();
    api.expect(
        &patient,
        Method::POST,
        &format!("/api/v1/portal/{org}/channels/{channel}/messages"),
        Some(json!({ "text": "A question about my medication." })),
        StatusCode::CREATED,
    )
    .await;
    api.get(
        &patient,
        &format!("/api/v1/portal/{org}/channels/{channel}"),
    )
    .await;
    api.get(&doctor, "/api/v1/channels").await;
    api.get(&admin, &format!("/api/v1/channels?client={client}"))
        .await;
    api.get(&doctor, &format!("/api/v1/channels/{channel}"))
        .await;
    api.expect(
        &doctor,
        Method::POST,
        &format!("/api/v1/channels/{channel}/messages"),
        Some(json!({ "text": "Take it with food." })),
        StatusCode::CREATED,
    )
    .await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/channels/{channel}/join"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    let admin_id = api.get(&admin, "/api/v1/me").await["staff"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    api.expect(
        &admin,
        Method::DELETE,
        &format!("/api/v1/channels/{channel}/members/{admin_id}"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &admin,
        Method::PUT,
        &format!("/api/v1/channels/{channel}/open"),
        Some(json!({ "open": true })),
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &admin,
        Method::POST,
        &format!("/api/v1/clients/{client}/channels"),
        Some(json!({ "department": department })),
        StatusCode::CREATED,
    )
    .await;
    api.expect(
        &patient,
        Method::POST,
        &format!("/api/v1/portal/{org}/appointments/{upcoming}/link"),
        None,
        StatusCode::OK,
    )
    .await;
    api.expect(
        &patient,
        Method::POST,
        &format!("/api/v1/portal/{org}/logout"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &patient,
        Method::GET,
        &format!("/api/v1/portal/{org}/me"),
        None,
        StatusCode::UNAUTHORIZED,
    )
    .await;

    clock.advance(std::time::Duration::from_secs(1));
    api.expect(
        &doctor,
        Method::POST,
        "/api/v1/auth/logout",
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    api.expect(
        &doctor,
        Method::GET,
        "/api/v1/me",
        None,
        StatusCode::UNAUTHORIZED,
    )
    .await;

    api.finish();
    assert!(api.responses_checked > api.operations().len());
}

/// Logs in through the documented operation; the client keeps the cookie
/// and CSRF token as a browser would.
async fn login(
    api: &mut Conformance,
    cp: &anteroom_control_plane::ControlPlane,
    email: &str,
) -> Client {
    let anonymous = Client::new(cp);
    api.expect(
        &anonymous,
        Method::POST,
        "/api/v1/auth/login",
        Some(json!({ "email": email, "password": PASSWORD })),
        StatusCode::OK,
    )
    .await;
    Client::login(cp, email, PASSWORD, None).await.unwrap()
}
