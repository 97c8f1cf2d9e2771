//! One websocket connection: parse what the client sends and hand it to the
//! hub; write what the hub sends back. Generic over the sink and stream so it
//! does not care where the frames come from.

use anteroom_protocol::{ClientMsg, ErrorCode, ServerMsg};
use axum::extract::ws::{CloseFrame, Message};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot, Notify, Semaphore};

use crate::hub::{ConnId, HubHandle, Outbound};
use crate::parse::parse_client_msg;
use crate::token::JoinVerifier;

/// Messages queued to one client before it counts as too slow and is
/// disconnected (a hub never waits on a client).
pub(crate) const OUTBOUND_QUEUE: usize = 256;

/// Requests of one client the hub may hold before the connection stops
/// reading more. With the check on free queue space below, replies can never
/// fill the client's queue: only a client that does not read can.
const MAX_IN_FLIGHT: usize = 64;

pub(crate) async fn run<S, R, E>(mut sink: S, mut stream: R, hub: HubHandle, max_message_bytes: usize, verifier: Option<JoinVerifier>)
where
    S: Sink<Message> + Unpin + Send + 'static,
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
    let (tx, mut rx) = mpsc::channel::<Outbound>(OUTBOUND_QUEUE);
    let (kill_tx, mut kill) = oneshot::channel();
    let Some(conn) = hub.connect(tx.clone(), kill_tx).await else { return };
    // Signalled by the writer whenever it has taken messages off the queue.
    let drained = Arc::new(Notify::new());
    let writer_drained = drained.clone();

    let writer = tokio::spawn(async move {
        let drained = writer_drained;
        // Feed everything queued, then flush once: one write per burst rather
        // than one per message.
        while let Some(first) = rx.recv().await {
            let mut next = Some(first);
            while let Some(out) = next.take() {
                match out {
                    Outbound::Msg(msg) => match serde_json::to_string(&msg) {
                        Ok(text) => {
                            if sink.feed(Message::Text(text.into())).await.is_err() {
                                return;
                            }
                        }
                        Err(e) => tracing::error!(error = %e, "server message does not serialise"),
                    },
                    Outbound::Close => {
                        let close = CloseFrame { code: 1000, reason: "bye".into() };
                        let _ = sink.send(Message::Close(Some(close))).await;
                        return;
                    }
                }
                next = rx.try_recv().ok();
            }
            drained.notify_waiters();
            if sink.flush().await.is_err() {
                return;
            }
        }
    });

    let killed = tokio::select! {
        _ = read_loop(conn, &mut stream, &hub, &tx, &drained, max_message_bytes, verifier.as_ref()) => false,
        _ = &mut kill => true,
    };
    hub.disconnect(conn).await;
    drop(tx);
    if killed {
        writer.abort();
        return;
    }
    // Let the writer flush what is queued (a goodbye, a close frame), but
    // not wait forever on a peer that stopped reading.
    let abort = writer.abort_handle();
    if tokio::time::timeout(Duration::from_secs(5), writer).await.is_err() {
        abort.abort();
    }
}

async fn read_loop<R, E>(
    conn: ConnId,
    stream: &mut R,
    hub: &HubHandle,
    tx: &mpsc::Sender<Outbound>,
    drained: &Notify,
    max: usize,
    verifier: Option<&JoinVerifier>,
)
where
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
    let in_flight = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    while let Some(frame) = stream.next().await {
        let text = match frame {
            Ok(Message::Text(text)) => text,
            Ok(Message::Binary(_)) => {
                reply_error(tx, None, ErrorCode::MalformedMessage, "binary frames are not accepted");
                continue;
            }
            Ok(Message::Close(_)) => return,
            Ok(Message::Ping(_) | Message::Pong(_)) => continue,
            Err(e) => {
                // Includes frames over the transport limit (closed with 1009).
                tracing::debug!(conn = conn.0, error = %e, "websocket read failed");
                return;
            }
        };
        // Backpressure: pass the next message on only while at least half of
        // this client's outbound queue is free and fewer than MAX_IN_FLIGHT
        // of its requests wait in the hub, so a client that sends faster than
        // it reads its replies is slowed down here instead of overflowing
        // its queue (which the hub treats as a dead client).
        // (Waiting by reserving slots would be wrong: the channel hands freed
        // slots to a waiting reservation first, so the hub would find the
        // queue full and drop a healthy client.)
        loop {
            let notified = drained.notified();
            if tx.is_closed() {
                return;
            }
            if tx.capacity() >= OUTBOUND_QUEUE / 2 {
                break;
            }
            notified.await;
        }
        let Ok(permit) = in_flight.clone().acquire_owned().await else { return };
        match parse_client_msg(text.as_str(), max) {
            Ok(msg) => {
                // A join token is checked here, on the connection's own
                // task, so that signature checks run in parallel and the
                // hub only ever sees verified claims.
                let token = match &msg {
                    ClientMsg::Join { token: Some(token), request_id, .. } | ClientMsg::Watch { token, request_id } => Some((token, *request_id)),
                    _ => None,
                };
                let claims = match (token, verifier) {
                    (Some((token, request_id)), Some(verifier)) => match verifier.verify(token) {
                        Ok(claims) => Some(Box::new(claims)),
                        Err(code) => {
                            reply_error(tx, Some(request_id), code, token_error_text(code));
                            continue;
                        }
                    },
                    (Some((_, request_id)), None) => {
                        reply_error(tx, Some(request_id), ErrorCode::InvalidToken, "this server does not accept join tokens");
                        continue;
                    }
                    (None, _) => None,
                };
                if !hub.message(conn, msg, claims, permit).await {
                    return;
                }
            }
            Err(e) => reply_error(tx, e.request_id, e.code, &e.message),
        }
    }
}

fn reply_error(tx: &mpsc::Sender<Outbound>, request_id: Option<anteroom_protocol::RequestId>, code: ErrorCode, message: &str) {
    let msg = ServerMsg::Error { request_id, code, message: message.to_owned() };
    // A client that does not read its errors loses them; the hub's own
    // overflow rule disconnects it on the next hub message.
    let _ = tx.try_send(Outbound::Msg(msg));
}

fn token_error_text(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::TokenExpired => "the join token has expired",
        _ => "the join token is not valid",
    }
}
