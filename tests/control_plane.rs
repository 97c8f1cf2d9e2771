//! The control plane in the real binary: `anteroom admin create-organisation`
//! creates the first organisation and prints a one-time link; `anteroom
//! serve` on the same database lets the admin set a password, log in, and
//! use the API.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use common::{Server, scratch_file};

fn admin(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_anteroom"))
        .arg("admin")
        .args(args)
        .env("ANTEROOM_LOG", "warn")
        .output()
        .expect("the anteroom binary runs")
}

#[test]
fn the_first_admin_comes_from_the_command_line_and_logs_in_over_http() {
    let db = format!("sqlite:{}", scratch_file("cp.db").display());
    let db_arg = format!("--database-url={db}");

    let out = admin(&[
        "create-organisation",
        "--name",
        "Clinic",
        "--admin-email",
        "Admin@Clinic.example",
        &db_arg,
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = stdout
        .lines()
        .find(|l| l.contains("/staff/set-password#token="))
        .unwrap();
    let token = link.split("#token=").nth(1).unwrap();
    assert_eq!(token.len(), 32);

    // The same address again, or a bad one: a clear error, nothing created.
    let again = admin(&[
        "create-organisation",
        "--name",
        "Other",
        "--admin-email",
        "admin@clinic.example",
        &db_arg,
    ]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let bad = admin(&[
        "create-organisation",
        "--name",
        "Other",
        "--admin-email",
        "not-an-email",
        &db_arg,
    ]);
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("invalid admin_email"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );

    let server = Server::start(&[&db_arg]);
    let body = format!(r#"{{"token": "{token}", "password": "a long enough password"}}"#);
    let (status, _, _) = server.request("POST", "/api/v1/auth/password", &[], &body);
    assert_eq!(status, 204);
    let (status, _, body) = server.request("POST", "/api/v1/auth/password", &[], &body);
    assert_eq!(status, 401, "the link works once: {body}");

    let login = r#"{"email": "admin@clinic.example", "password": "a long enough password"}"#;
    let (status, head, body) = server.request("POST", "/api/v1/auth/login", &[], login);
    assert_eq!(status, 200, "{body}");
    let cookie_line = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap();
    assert!(
        cookie_line.contains("HttpOnly") && cookie_line.contains("SameSite=Strict"),
        "{cookie_line}"
    );
    let cookie = cookie_line
        .split_once(':')
        .unwrap()
        .1
        .trim()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let login: serde_json::Value = serde_json::from_str(&body).unwrap();
    let csrf = login["csrf_token"].as_str().unwrap();

    let (status, _, me) = server.request("GET", "/api/v1/me", &[("Cookie", &cookie)], "");
    assert_eq!(status, 200);
    let me: serde_json::Value = serde_json::from_str(&me).unwrap();
    assert_eq!(me["staff"]["role"], "org_admin");

    let (status, _, _) = server.request(
        "POST",
        "/api/v1/departments",
        &[("Cookie", &cookie)],
        r#"{"name": "GP"}"#,
    );
    assert_eq!(status, 403, "no CSRF token");
    let (status, _, body) = server.request(
        "POST",
        "/api/v1/departments",
        &[("Cookie", &cookie), ("X-CSRF-Token", csrf)],
        r#"{"name": "GP"}"#,
    );
    assert_eq!(status, 201, "{body}");
    assert!(server.stop().success());

    // The data outlives the process.
    let server = Server::start(&[&db_arg]);
    let (status, _, body) =
        server.request("GET", "/api/v1/departments", &[("Cookie", &cookie)], "");
    assert_eq!(status, 200);
    assert!(body.contains("\"GP\""), "{body}");
}

/// A scaled setup: `anteroom control-plane --node-key` takes kept captions
/// from signalling nodes that present the key, and nobody else; a short
/// key is refused at start; a signalling node needs the control plane's
/// address and the key together.
#[test]
fn the_control_plane_takes_kept_captions_only_from_nodes_with_its_key() {
    let key = "nk-0123456789abcdef0123456789abcdef";
    let db = format!(
        "--database-url=sqlite:{}",
        scratch_file("nodes.db").display()
    );
    let server = Server::spawn(&[
        "control-plane",
        "--http",
        "127.0.0.1:0",
        &db,
        "--node-key",
        key,
    ]);
    let line = r#"{"room": "a-0123", "speaker": "J. Jansen", "text": "My chest hurts.", "language": "en"}"#;
    let bearer = format!("Bearer {key}");
    let (status, _, body) = server.request(
        "POST",
        "/internal/v1/transcript-lines",
        &[("Authorization", &bearer)],
        line,
    );
    assert_eq!(
        (status, body.as_str()),
        (200, r#"{"kept":false}"#),
        "no such appointment: taken, not kept"
    );
    let (status, _, body) = server.request(
        "POST",
        "/internal/v1/transcript-lines",
        &[("Authorization", "Bearer nk-guess")],
        line,
    );
    assert_eq!(status, 401, "{body}");
    assert!(server.stop().success());

    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_anteroom"))
            .args(args)
            .env("ANTEROOM_LOG", "warn")
            .output()
            .expect("the anteroom binary runs")
    };
    let short = run(&[
        "control-plane",
        "--http",
        "127.0.0.1:0",
        &db,
        "--node-key",
        "short",
    ]);
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr)
            .contains("--node-key must be at least 32 characters"),
        "{}",
        String::from_utf8_lossy(&short.stderr)
    );
    let alone = run(&[
        "signalling",
        "--join-public-key",
        &"0".repeat(64),
        "--control-plane-url",
        "http://127.0.0.1:8080",
    ]);
    assert!(!alone.status.success());
    assert!(
        String::from_utf8_lossy(&alone.stderr).contains("--node-key"),
        "{}",
        String::from_utf8_lossy(&alone.stderr)
    );
}

/// The headers every page and API answer carry (the security review's
/// defect 4): a content security policy that allows only our own scripts
/// and styles and no framing on every page, no sniffing, no referrer (links
/// carry tokens), nothing of the API stored by caches, HSTS behind
/// `--secure-cookies`, and bodies refused as too large or of the wrong type
/// end the connection.
#[test]
fn pages_and_the_api_send_security_headers() {
    let server = Server::start(&["--open-rooms"]);
    let header = |head: &str, name: &str| {
        head.lines().find_map(|l| {
            l.split_once(':')
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_owned())
        })
    };
    for page in [
        "/",
        "/call/demo",
        "/c/0123456789abcdef0123456789abcdef",
        "/g/0123456789abcdef0123456789abcdef",
        "/walk-in/org",
        "/staff",
        "/staff/login",
        "/examples/room.html",
    ] {
        let (status, head, _) = server.request("GET", page, &[], "");
        assert_eq!(status, 200, "{page}: {head}");
        let csp = header(&head, "content-security-policy")
            .unwrap_or_else(|| panic!("{page} has no CSP: {head}"));
        for directive in [
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(csp.contains(directive), "{page}: {csp}");
        }
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
            "{page}: {csp}"
        );
        assert_eq!(
            header(&head, "x-content-type-options").as_deref(),
            Some("nosniff"),
            "{page}"
        );
        assert_eq!(
            header(&head, "referrer-policy").as_deref(),
            Some("no-referrer"),
            "{page}"
        );
        assert_eq!(
            header(&head, "x-frame-options").as_deref(),
            Some("DENY"),
            "{page}"
        );
        assert_eq!(
            header(&head, "strict-transport-security"),
            None,
            "no HSTS over plain HTTP"
        );
    }
    // The pages themselves hold no inline script or style the policy
    // would block.
    for file in [
        "/",
        "/call/demo",
        "/c/x",
        "/walk-in/org",
        "/staff",
        "/examples/room.html",
    ] {
        let (_, body) = server.get(file);
        assert!(
            !body.contains("<style")
                && !body.contains("style=\"")
                && !body.contains(" onsubmit=")
                && !body.contains(" onclick="),
            "{file}"
        );
        assert!(
            body.match_indices("<script").all(|(i, _)| body[i..]
                .split('>')
                .next()
                .unwrap()
                .contains("src=")),
            "{file}: an inline script"
        );
    }
    // API answers with personal data are not stored.
    for path in [
        "/api/v1/me",
        "/api/v1/clients",
        "/api/v1/appointments",
        "/api/v1/links/0123456789abcdef0123456789abcdef",
    ] {
        let (_, head, _) = server.request("GET", path, &[], "");
        assert_eq!(
            header(&head, "cache-control").as_deref(),
            Some("no-store"),
            "{path}: {head}"
        );
        assert_eq!(
            header(&head, "referrer-policy").as_deref(),
            Some("no-referrer"),
            "{path}"
        );
    }
    // A body over the limit (256 KiB) or of the wrong type: answered, and
    // the connection is closed (not read on as requests).
    let big = format!("{{\"email\":\"{}\"}}", "a".repeat(300 * 1024));
    let (status, head, _) = server.request("POST", "/api/v1/auth/login", &[], &big);
    assert_eq!(status, 413, "{head}");
    assert_eq!(
        header(&head, "connection").as_deref(),
        Some("close"),
        "{head}"
    );
    let (status, head, _) = server.request(
        "POST",
        "/api/v1/auth/login",
        &[("Content-Type", "text/plain")],
        "",
    );
    assert_eq!(status, 415, "{head}");
    assert_eq!(
        header(&head, "connection").as_deref(),
        Some("close"),
        "{head}"
    );
    server.stop();

    // Served over HTTPS (behind a proxy, with --secure-cookies): HSTS.
    let secure = Server::start(&["--secure-cookies"]);
    let (_, head, _) = secure.request("GET", "/staff", &[], "");
    assert_eq!(
        header(&head, "strict-transport-security").as_deref(),
        Some("max-age=31536000"),
        "{head}"
    );
    let (_, head, _) = secure.request("GET", "/api/v1/me", &[], "");
    assert!(
        header(&head, "strict-transport-security").is_some(),
        "{head}"
    );
    secure.stop();
}

/// The walk-in page may be framed only by the origins its organisation
/// lists (a walk-in widget on the clinic's own site); every other page,
/// and the walk-in page of an organisation that lists none, never.
#[test]
fn an_organisation_lets_its_own_site_frame_the_walk_in_page() {
    let db = format!("sqlite:{}", scratch_file("framing.db").display());
    let out = admin(&[
        "create-organisation",
        "--name",
        "Framed",
        "--admin-email",
        "admin@framed.example",
        &format!("--database-url={db}"),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let org = stdout
        .lines()
        .find_map(|l| l.strip_prefix("organisation "))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let token = stdout
        .lines()
        .find_map(|l| l.split("#token=").nth(1))
        .unwrap()
        .to_owned();
    let server = Server::start(&[&format!("--database-url={db}")]);
    let password =
        serde_json::json!({ "token": token, "password": "a long enough password" }).to_string();
    assert_eq!(
        server
            .request("POST", "/api/v1/auth/password", &[], &password)
            .0,
        204
    );
    let (_, head, body) = server.request(
        "POST",
        "/api/v1/auth/login",
        &[],
        r#"{"email": "admin@framed.example", "password": "a long enough password"}"#,
    );
    let cookie = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap()
        .split_once(':')
        .unwrap()
        .1
        .trim()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let csrf = serde_json::from_str::<serde_json::Value>(&body).unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let csp = |path: &str| {
        let (status, head, _) = server.request("GET", path, &[], "");
        assert_eq!(status, 200, "{path}");
        let csp = head.lines().find_map(|l| {
            l.split_once(':')
                .filter(|(n, _)| n.eq_ignore_ascii_case("content-security-policy"))
                .map(|(_, v)| v.trim().to_owned())
        });
        let xfo = head
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("x-frame-options:"));
        (csp.unwrap(), xfo)
    };
    let (walk_in, xfo) = csp(&format!("/walk-in/{org}"));
    assert!(
        walk_in.contains("frame-ancestors 'none'") && xfo,
        "{walk_in}"
    );

    let settings = |origins: serde_json::Value| {
        serde_json::json!({ "walk_in_frame_origins": origins }).to_string()
    };
    let put = |body: String| {
        server.request(
            "PUT",
            "/api/v1/organisation/settings",
            &[("Cookie", &cookie), ("X-CSRF-Token", &csrf)],
            &body,
        )
    };
    // Anything that is not a plain origin is refused, so nothing can break
    // out of the directive.
    for bad in [
        serde_json::json!(["https://clinic.example; script-src *"]),
        serde_json::json!(["*"]),
        serde_json::json!(["https://clinic.example/path"]),
    ] {
        let (status, _, body) = put(settings(bad));
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("walk_in_frame_origins"), "{body}");
    }
    let (status, _, body) = put(settings(serde_json::json!([
        "https://clinic.example",
        "https://www.clinic.example:8443"
    ])));
    assert_eq!(status, 200, "{body}");
    let (walk_in, xfo) = csp(&format!("/walk-in/{org}"));
    assert!(
        walk_in.contains("frame-ancestors https://clinic.example https://www.clinic.example:8443")
            && !xfo,
        "{walk_in}"
    );
    assert!(
        walk_in.contains("script-src 'self'"),
        "the rest of the policy stands: {walk_in}"
    );
    // Other pages, and other organisations' walk-in pages, stay unframed.
    for path in [
        "/staff",
        "/call/x",
        "/c/0123456789abcdef0123456789abcdef",
        "/walk-in/0123456789abcdef0123456789abcdef",
    ] {
        let (policy, xfo) = csp(path);
        assert!(
            policy.contains("frame-ancestors 'none'") && xfo,
            "{path}: {policy}"
        );
    }
    server.stop();
}

/// Signs the first admin of a new organisation in (on `server`, made on
/// database `db_arg`): their cookie and CSRF token.
fn first_admin(server: &Server, db_arg: &str, email: &str) -> (String, String) {
    let out = admin(&[
        "create-organisation",
        "--name",
        "Node Clinic",
        "--admin-email",
        email,
        db_arg,
    ]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let token = stdout
        .lines()
        .find_map(|l| l.split("#token=").nth(1))
        .unwrap()
        .trim()
        .to_owned();
    let password = format!(r#"{{"token": "{token}", "password": "a long enough password"}}"#);
    assert_eq!(
        server
            .request("POST", "/api/v1/auth/password", &[], &password)
            .0,
        204
    );
    let login = format!(r#"{{"email": "{email}", "password": "a long enough password"}}"#);
    let (status, head, body) = server.request("POST", "/api/v1/auth/login", &[], &login);
    assert_eq!(status, 200, "{body}");
    let cookie = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().split(';').next().unwrap().to_owned())
        .unwrap();
    let login: serde_json::Value = serde_json::from_str(&body).unwrap();
    (cookie, login["csrf_token"].as_str().unwrap().to_owned())
}

/// A scaled setup keeps chat too (issue 26: no message ever lost): a
/// signalling node with the control plane's address and key hands each
/// message to the control plane before it acknowledges it, staff who open
/// the waiting list later on the node read what the patient wrote, and
/// while the control plane is down the patient is told their message was
/// not kept (and nobody gets it) instead of a false acknowledgement.
#[tokio::test]
async fn a_signalling_node_keeps_chat_in_the_control_plane() {
    use anteroom_control_plane::join::JoinSigner;
    use anteroom_protocol::{ErrorCode, Grant, JoinClaims, JoinRole, Queue, RequestId, ServerMsg};
    use common::ws::{claims, connect, join_with_token, recv, send};

    let key = "nk-0123456789abcdef0123456789abcdef";
    let db_arg = format!(
        "--database-url=sqlite:{}",
        scratch_file("node-chat.db").display()
    );
    let mut control = Server::spawn(&[
        "control-plane",
        "--http",
        "127.0.0.1:0",
        &db_arg,
        "--node-key",
        key,
    ]);
    let (cookie, csrf) = first_admin(&control, &db_arg, "admin@node.example");
    let auth = [("Cookie", cookie.as_str()), ("X-CSRF-Token", csrf.as_str())];
    let post = |path: &str, body: &str| {
        let (status, _, body) = control.request("POST", path, &auth, body);
        assert!((200..300).contains(&status), "{path}: {status} {body}");
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };
    let me: serde_json::Value =
        serde_json::from_str(&control.request("GET", "/api/v1/me", &auth, "").2).unwrap();
    let doctor = me["staff"]["id"].as_str().unwrap().to_owned();
    let client = post(
        "/api/v1/clients",
        r#"{"initials": "P.", "last_name": "Node", "email": "p@node.example"}"#,
    );
    let starts_at = jiff::Timestamp::now() + jiff::SignedDuration::from_mins(5);
    let appointment = post(
        "/api/v1/appointments",
        &serde_json::json!({ "client": client["id"], "practitioner": doctor, "starts_at": starts_at.to_string(), "duration_minutes": 20 }).to_string(),
    );
    let room = format!("a-{}", appointment["appointment"]["id"].as_str().unwrap());

    let signer = JoinSigner::generate().unwrap();
    let control_url = format!("http://{}", control.http);
    let node = Server::spawn(&[
        "signalling",
        "--http",
        "127.0.0.1:0",
        "--join-public-key",
        &hex::encode(signer.public_key()),
        "--media-ports",
        "42400-42449",
        "--sfu-workers",
        "1",
        "--control-plane-url",
        &control_url,
        "--node-key",
        key,
    ]);
    let sign = |c: &JoinClaims| signer.sign(c).unwrap();
    let queue = format!("staff:{doctor}");
    let patient = sign(&claims(
        "Pat",
        &room,
        JoinRole::Patient,
        &[
            Grant::Publish,
            Grant::Subscribe,
            Grant::Chat,
            Grant::WaitingChat,
        ],
        Some(&queue),
    ));
    let mut pat = connect(&node).await;
    send(&mut pat, &join_with_token(1, &room, "x", &patient)).await;
    assert!(matches!(recv(&mut pat).await, ServerMsg::Waiting { .. }));
    // Before anyone watches: kept, then acknowledged.
    send(
        &mut pat,
        r#"{"type":"chat","request_id":2,"text":"I'm here, my camera does not work."}"#,
    )
    .await;
    loop {
        match recv(&mut pat).await {
            ServerMsg::Ack {
                request_id: RequestId(2),
            } => break,
            ServerMsg::WaitEstimate { .. } | ServerMsg::ChatHistory { .. } => {}
            other => panic!("expected the ack, got {other:?}"),
        }
    }
    // In the control plane's database.
    let bearer = format!("Bearer {key}");
    let (status, _, body) = control.request(
        "GET",
        &format!("/internal/v1/chat-messages?room={room}"),
        &[("Authorization", &bearer)],
        "",
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("my camera does not work"), "{body}");
    let (status, _, _) = control.request(
        "GET",
        &format!("/internal/v1/chat-messages?room={room}"),
        &[("Authorization", "Bearer nk-guess")],
        "",
    );
    assert_eq!(status, 401);

    // The doctor opens the waiting list on the node: the patient's message
    // is there.
    let staff = [Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat];
    let watch = JoinClaims {
        watch: vec![Queue::staff(&doctor)],
        ..claims("Doc", "w-1", JoinRole::Practitioner, &staff, None)
    };
    let mut desk = connect(&node).await;
    send(
        &mut desk,
        &serde_json::json!({ "type": "watch", "request_id": 1, "token": sign(&watch) }).to_string(),
    )
    .await;
    let history = loop {
        match recv(&mut desk).await {
            ServerMsg::WaitingChatHistory { messages, .. } => break messages,
            ServerMsg::WaitingList { .. } => {}
            other => panic!("expected the waiting chat's history, got {other:?}"),
        }
    };
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].text, "I'm here, my camera does not work.");
    assert!(!history[0].from_clinic);

    // The control plane goes away: a message is refused, not lost silently.
    control.kill();
    send(
        &mut pat,
        r#"{"type":"chat","request_id":3,"text":"Hello?"}"#,
    )
    .await;
    loop {
        match recv(&mut pat).await {
            ServerMsg::Error {
                request_id: Some(RequestId(3)),
                code,
                ..
            } => {
                assert_eq!(code, ErrorCode::ChatNotKept);
                break;
            }
            ServerMsg::Ack {
                request_id: RequestId(3),
            } => panic!("acknowledged a message nobody kept"),
            _ => {}
        }
    }
    drop(node);
}

/// The key-encryption key of questionnaire answers, as an operator meets
/// it: made on the first start; a start with a missing or another key is
/// refused with a clear error (never garbage, never a new key for a
/// database that has one); `anteroom admin rotate-answers-key` re-wraps
/// the organisations' keys, after which only the new key starts.
#[test]
fn a_wrong_answers_key_is_refused_at_start_and_a_rotated_one_is_taken() {
    let dir = scratch_file("answers-keys");
    std::fs::create_dir_all(&dir).unwrap();
    let db = format!("--database-url=sqlite:{}", dir.join("a.db").display());
    let key = |name: &str| dir.join(name).display().to_string();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_anteroom"))
            .args(args)
            .env("ANTEROOM_LOG", "warn")
            .env_remove("ANTEROOM_ANSWERS_KEY")
            .output()
            .expect("the anteroom binary runs")
    };
    let start = |file: &str| {
        Server::spawn(&[
            "control-plane",
            "--http",
            "127.0.0.1:0",
            &db,
            "--answers-key-file",
            file,
        ])
    };
    let refused = |file: &str| {
        let out = run(&[
            "control-plane",
            "--http",
            "127.0.0.1:0",
            &db,
            "--answers-key-file",
            file,
        ]);
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };

    // The first start makes the key (only its owner may read it).
    let first = start(&key("first.key"));
    assert!(first.stop().success());
    let text = std::fs::read_to_string(key("first.key")).unwrap();
    assert_eq!(text.trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(key("first.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    // A missing key is not replaced; another key does not open it.
    let missing = refused(&key("missing.key"));
    assert!(
        missing.contains("encrypted with a key that is not here"),
        "{missing}"
    );
    assert!(!std::path::Path::new(&key("missing.key")).exists());
    std::fs::write(key("other.key"), format!("{}\n", "ab".repeat(32))).unwrap();
    let other = refused(&key("other.key"));
    assert!(other.contains("does not open this database"), "{other}");
    std::fs::write(key("bad.key"), "not a key").unwrap();
    let bad = refused(&key("bad.key"));
    assert!(bad.contains("is not 64 hex digits"), "{bad}");

    // Rotation to a new key (made by the command).
    let out = run(&[
        "admin",
        "rotate-answers-key",
        &db,
        "--answers-key-file",
        &key("first.key"),
        "--new-answers-key-file",
        &key("second.key"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("re-wrapped"));
    let second = start(&key("second.key"));
    assert!(second.stop().success());
    let old = refused(&key("first.key"));
    assert!(old.contains("does not open this database"), "{old}");
}
