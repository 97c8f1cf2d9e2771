//! Websocket helpers for tests that speak the signalling protocol.
#![allow(dead_code, clippy::unwrap_used)]

use std::time::Duration;

use anteroom_protocol::{ErrorCode, ServerMsg};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::Server;

pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub async fn connect(server: &Server) -> Ws {
    connect_url(&server.ws_url()).await
}

pub async fn connect_url(url: &str) -> Ws {
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    ws
}

pub async fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text)).await.unwrap();
}

/// The next server message (bounded wait: a missing reply fails the test).
pub async fn recv(ws: &mut Ws) -> ServerMsg {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("a reply")
            .unwrap()
            .unwrap();
        if let Message::Text(text) = frame {
            return serde_json::from_str(&text).unwrap();
        }
    }
}

/// Receives until an error arrives; returns its request id and code.
pub async fn expect_error(ws: &mut Ws) -> (Option<u64>, ErrorCode) {
    match recv(ws).await {
        ServerMsg::Error {
            request_id, code, ..
        } => (request_id.map(|r| r.0), code),
        other => panic!("expected an error, got {other:?}"),
    }
}

pub fn join(request_id: u64, room: &str, name: &str) -> String {
    format!(
        r#"{{"type":"join","request_id":{request_id},"protocol_version":1,"room":"{room}","display_name":"{name}"}}"#
    )
}

pub fn join_with_token(request_id: u64, room: &str, name: &str, token: &str) -> String {
    format!(
        r#"{{"type":"join","request_id":{request_id},"protocol_version":1,"room":"{room}","display_name":"{name}","token":"{token}"}}"#
    )
}

/// Everything the hub has sent `ws` so far: sends a request the hub always
/// refuses without side effects (admitting nobody) and collects what
/// arrives before that refusal. The hub handles a connection's messages in
/// order, so nothing sent before the marker can come after it. (A marker
/// the connection task answers itself, such as an unknown type, would race
/// with the hub.)
pub async fn hub_drain(ws: &mut Ws, marker: u64) -> Vec<ServerMsg> {
    let nobody = "p00000000000000000000000000000000";
    send(
        ws,
        &format!(r#"{{"type":"admit","request_id":{marker},"participant":"{nobody}"}}"#),
    )
    .await;
    let mut got = Vec::new();
    loop {
        match recv(ws).await {
            ServerMsg::Error {
                request_id: Some(r),
                ..
            } if r.0 == marker => return got,
            other => got.push(other),
        }
    }
}

/// Claims for `name` (sub `x:{name}`) in `room`, valid for ten minutes; with
/// `queue`, the join waits in the waiting area, listed in that queue.
pub fn claims(
    name: &str,
    room: &str,
    role: anteroom_protocol::JoinRole,
    grants: &[anteroom_protocol::Grant],
    queue: Option<&str>,
) -> anteroom_protocol::JoinClaims {
    use anteroom_protocol::{DisplayName, JoinClaims, Marker, RoomName, WaitingClaims};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    JoinClaims {
        sub: format!("x:{name}"),
        org: anteroom_protocol::OrgId::new("org").unwrap(),
        room: RoomName::new(room).unwrap(),
        name: DisplayName::new(name).unwrap(),
        role,
        grants: grants.to_vec(),
        max_participants: 6,
        iat: now,
        exp: now + 600,
        waiting: queue.map(|q| WaitingClaims {
            queues: vec![anteroom_protocol::Queue::parse(q).expect("a queue")],
            marker: Marker::OnTime,
            starts_at: None,
            duration_minutes: None,
        }),
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    }
}

/// Reads until the server closes the websocket; returns the close code and
/// reason, and the server messages that came before it.
pub async fn until_closed(ws: &mut Ws, within: Duration) -> (Option<u16>, String, Vec<ServerMsg>) {
    let mut before = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, ws.next())
            .await
            .expect("the server closes the connection in time")
        {
            Some(Ok(Message::Text(text))) => before.push(serde_json::from_str(&text).unwrap()),
            Some(Ok(Message::Close(frame))) => {
                return (
                    frame.as_ref().map(|f| u16::from(f.code)),
                    frame.map(|f| f.reason.to_string()).unwrap_or_default(),
                    before,
                );
            }
            Some(Ok(_)) => {}
            Some(Err(e)) => panic!("the connection ended without a close frame: {e}"),
            None => panic!("the connection ended without a close frame"),
        }
    }
}
