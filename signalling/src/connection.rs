//! One websocket connection: parse what the client sends and hand it to the
//! hub; write what the hub sends back. Generic over the sink and stream so it
//! does not care where the frames come from.

use anteroom_protocol::{ErrorCode, ServerMsg};
use axum::extract::ws::{CloseFrame, Message};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use tokio::sync::mpsc;

use crate::hub::{ConnId, HubHandle, Outbound};
use crate::parse::parse_client_msg;

/// Messages queued to one client before it counts as too slow and is
/// disconnected (a hub never waits on a client).
pub(crate) const OUTBOUND_QUEUE: usize = 256;

pub(crate) async fn run<S, R, E>(mut sink: S, mut stream: R, hub: HubHandle, max_message_bytes: usize)
where
    S: Sink<Message> + Unpin + Send + 'static,
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
    let (tx, mut rx) = mpsc::channel::<Outbound>(OUTBOUND_QUEUE);
    let Some(conn) = hub.connect(tx.clone()).await else { return };

    let writer = tokio::spawn(async move {
        while let Some(out) = rx.recv().await {
            let frame = match out {
                Outbound::Msg(msg) => match serde_json::to_string(&msg) {
                    Ok(text) => Message::Text(text.into()),
                    Err(e) => {
                        tracing::error!(error = %e, "server message does not serialise");
                        continue;
                    }
                },
                Outbound::Close => {
                    let _ = sink.send(Message::Close(Some(CloseFrame { code: 1000, reason: "bye".into() }))).await;
                    break;
                }
            };
            if sink.send(frame).await.is_err() {
                break;
            }
        }
    });

    read_loop(conn, &mut stream, &hub, &tx, max_message_bytes).await;
    hub.disconnect(conn).await;
    drop(tx);
    let _ = writer.await;
}

async fn read_loop<R, E>(conn: ConnId, stream: &mut R, hub: &HubHandle, tx: &mpsc::Sender<Outbound>, max: usize)
where
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
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
        match parse_client_msg(text.as_str(), max) {
            Ok(msg) => {
                if !hub.message(conn, msg).await {
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
