//! One websocket connection: parse what the client sends and hand it to the
//! hub; write what the hub sends back. Generic over the sink and stream so it
//! does not care where the frames come from.

use anteroom_protocol::{ClientMsg, ErrorCode, ServerMsg};
use axum::extract::ws::{CloseFrame, Message};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, Semaphore, mpsc, oneshot};

use crate::driver::{ConnId, HubHandle, Outbound};
use crate::parse::parse_client_msg;
use crate::token::JoinVerifier;

/// Messages queued to one client before it counts as too slow and is
/// disconnected (a hub never waits on a client).
pub(crate) const OUTBOUND_QUEUE: usize = 256;

/// Requests of one client the hub may hold before the connection stops
/// reading more. With the check on free queue space below, replies can never
/// fill the client's queue: only a client that does not read can.
const MAX_IN_FLIGHT: usize = 64;

/// How many messages one client may send: a token bucket per kind, refilled
/// continuously. Beyond it a message is refused with `rate_limited`; a
/// client that keeps going after [`STRIKES_BURST`] refusals (refilled at
/// [`STRIKES_PER_SECOND`]) is closed with code 1008.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClientRates {
    /// Messages that reach other people (chat, to the room or between the
    /// waiting room and the clinic; mute changes; captions settings;
    /// admissions; ending): per second, and the burst allowed.
    pub to_others_per_second: f64,
    pub to_others_burst: u32,
    /// All messages (SDP, ICE candidates, video sizes too).
    pub all_per_second: f64,
    pub all_burst: u32,
}

impl Default for ClientRates {
    fn default() -> Self {
        ClientRates {
            to_others_per_second: 2.0,
            to_others_burst: 20,
            all_per_second: 50.0,
            all_burst: 200,
        }
    }
}

const STRIKES_BURST: f64 = 50.0;
const STRIKES_PER_SECOND: f64 = 5.0;

/// A token bucket on tokio's clock (the connection is the IO layer; the hub
/// never reads a clock for this).
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    burst: f64,
    per_second: f64,
    at: tokio::time::Instant,
}

impl Bucket {
    fn new(burst: f64, per_second: f64, now: tokio::time::Instant) -> Bucket {
        Bucket {
            tokens: burst,
            burst,
            per_second,
            at: now,
        }
    }

    fn take(&mut self, now: tokio::time::Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.burst);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// One connection's limits.
#[derive(Debug)]
struct Limits {
    to_others: Bucket,
    all: Bucket,
    strikes: Bucket,
}

/// What to do with a message over a limit.
enum Refusal {
    /// Answer `rate_limited`.
    Tell,
    /// The client keeps going: close it.
    Close,
}

impl Limits {
    fn refuse(&mut self, now: tokio::time::Instant) -> Refusal {
        if self.strikes.take(now) {
            Refusal::Tell
        } else {
            Refusal::Close
        }
    }
}

/// What the read loop decided about the connection.
enum Ending {
    /// The client closed, or the socket failed.
    Gone,
    /// Close with this code and reason.
    Close(u16, &'static str),
}

pub(crate) async fn run<S, R, E>(
    mut sink: S,
    mut stream: R,
    hub: HubHandle,
    max_message_bytes: usize,
    verifier: Option<JoinVerifier>,
    rates: ClientRates,
    unjoined_idle: Duration,
) where
    S: Sink<Message> + Unpin + Send + 'static,
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
    let (tx, mut rx) = mpsc::channel::<Outbound>(OUTBOUND_QUEUE);
    let (kill_tx, mut kill) = oneshot::channel();
    let Some(conn) = hub.connect(tx.clone(), kill_tx).await else {
        return;
    };
    // Signalled by the writer whenever it has taken messages off the queue.
    let drained = Arc::new(Notify::new());
    let writer_drained = drained.clone();
    // Tells the writer to give up on what is queued and close (a client too
    // slow to read what it is sent).
    let (stop_tx, mut stop) = oneshot::channel::<(u16, &'static str)>();
    // Set by the writer once the hub has let this connection in somewhere:
    // a room, the waiting area, a waiting list, a media test.
    let engaged = Arc::new(AtomicBool::new(false));
    let writer_engaged = engaged.clone();

    let writer = tokio::spawn(async move {
        let drained = writer_drained;
        let close = |code: u16, reason: &'static str| {
            Message::Close(Some(CloseFrame {
                code,
                reason: reason.into(),
            }))
        };
        // Feed everything queued, then flush once: one write per burst rather
        // than one per message.
        let burst = async {
            while let Some(first) = rx.recv().await {
                let mut next = Some(first);
                while let Some(out) = next.take() {
                    match out {
                        Outbound::Msg(msg) => match serde_json::to_string(&msg) {
                            Ok(text) => {
                                if matches!(
                                    msg,
                                    ServerMsg::Joined { .. }
                                        | ServerMsg::Resumed { .. }
                                        | ServerMsg::Waiting { .. }
                                        | ServerMsg::WaitingList { .. }
                                        | ServerMsg::Answer { .. }
                                ) {
                                    writer_engaged.store(true, Ordering::Relaxed);
                                }
                                if sink.feed(Message::Text(text.into())).await.is_err() {
                                    return;
                                }
                            }
                            Err(e) => {
                                tracing::error!(error = %e, "server message does not serialise")
                            }
                        },
                        Outbound::Close => {
                            let _ = sink.send(close(1000, "bye")).await;
                            return;
                        }
                        Outbound::CloseWith(code, reason) => {
                            let _ = sink.send(close(code, reason)).await;
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
        };
        // (A stop may come just as the queue runs dry and closes: it wins.)
        let stopped = tokio::select! {
            biased;
            stopped = &mut stop => stopped.ok(),
            _ = burst => None,
        }
        .or_else(|| stop.try_recv().ok());
        if let Some((code, reason)) = stopped {
            // What was queued is dropped; the close frame still goes out
            // once the client reads what its socket holds, if it does so
            // soon.
            let sent =
                tokio::time::timeout(Duration::from_secs(30), sink.send(close(code, reason))).await;
            tracing::debug!(sent = matches!(sent, Ok(Ok(()))), code, "closed a client");
        }
    });

    let now = tokio::time::Instant::now();
    let mut limits = Limits {
        to_others: Bucket::new(
            f64::from(rates.to_others_burst),
            rates.to_others_per_second,
            now,
        ),
        all: Bucket::new(f64::from(rates.all_burst), rates.all_per_second, now),
        strikes: Bucket::new(STRIKES_BURST, STRIKES_PER_SECOND, now),
    };
    let ending = tokio::select! {
        ending = read_loop(conn, &mut stream, &hub, &tx, &drained, max_message_bytes, verifier.as_ref(), &mut limits, (unjoined_idle, &engaged)) => Some(ending),
        _ = &mut kill => None,
    };
    hub.disconnect(conn).await;
    match ending {
        Some(Ending::Close(code, reason)) => {
            tracing::debug!(
                conn = conn.0,
                code,
                reason,
                "closing a client that broke a rule"
            );
            // After what is queued; if the queue is full, instead of it.
            if tx.try_send(Outbound::CloseWith(code, reason)).is_err() {
                let _ = stop_tx.send((code, reason));
            }
        }
        Some(Ending::Gone) => {}
        None => {
            // The hub found this client's queue full: it does not read.
            let _ = stop_tx.send((1008, "too slow: messages were not read"));
        }
    }
    drop(tx);
    // Let the writer flush what is queued (a goodbye, a close frame), but
    // not wait forever on a peer that stopped reading.
    let abort = writer.abort_handle();
    if tokio::time::timeout(Duration::from_secs(32), writer)
        .await
        .is_err()
    {
        abort.abort();
    }
}

/// Whether a websocket read error is a frame or message over the size
/// limit (tungstenite's capacity error, behind axum's error type).
fn too_large(error: &dyn std::fmt::Display) -> bool {
    let text = error.to_string();
    text.contains("Space limit exceeded") || text.contains("too long") || text.contains("too big")
}

/// Messages that reach other people, limited more tightly.
fn reaches_others(msg: &ClientMsg) -> bool {
    matches!(
        msg,
        ClientMsg::Chat { .. }
            | ClientMsg::ChatToWaiting { .. }
            | ClientMsg::Join { .. }
            | ClientMsg::Leave { .. }
            | ClientMsg::SetMute { .. }
            | ClientMsg::SetCaptions { .. }
            | ClientMsg::SetSpokenLanguage { .. }
            | ClientMsg::SetAutoAdmit { .. }
            | ClientMsg::Admit { .. }
            | ClientMsg::End { .. }
    )
}

fn request_id_of(msg: &ClientMsg) -> Option<anteroom_protocol::RequestId> {
    serde_json::to_value(msg).ok().and_then(|v| {
        v.get("request_id")
            .and_then(|r| serde_json::from_value(r.clone()).ok())
    })
}

#[allow(clippy::too_many_arguments)]
async fn read_loop<R, E>(
    conn: ConnId,
    stream: &mut R,
    hub: &HubHandle,
    tx: &mpsc::Sender<Outbound>,
    drained: &Notify,
    max: usize,
    verifier: Option<&JoinVerifier>,
    limits: &mut Limits,
    (unjoined_idle, engaged): (Duration, &AtomicBool),
) -> Ending
where
    R: Stream<Item = Result<Message, E>> + Unpin,
    E: std::fmt::Display,
{
    let in_flight = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    // Until the hub has let it in somewhere (not merely asked: a join with
    // a bad token does not count), a connection may idle only briefly.
    let opened = tokio::time::Instant::now();
    loop {
        let frame = if engaged.load(Ordering::Relaxed) {
            stream.next().await
        } else {
            match tokio::time::timeout_at(opened + unjoined_idle, stream.next()).await {
                Ok(frame) => frame,
                Err(_) if engaged.load(Ordering::Relaxed) => continue,
                Err(_) => return Ending::Close(1008, "idle without joining"),
            }
        };
        let Some(frame) = frame else {
            return Ending::Gone;
        };
        // Every frame counts, malformed ones and pings too.
        if matches!(
            frame,
            Ok(Message::Text(_) | Message::Binary(_) | Message::Ping(_) | Message::Pong(_))
        ) && !limits.all.take(tokio::time::Instant::now())
        {
            match limits.refuse(tokio::time::Instant::now()) {
                Refusal::Close => return Ending::Close(1008, "too many messages"),
                Refusal::Tell => {
                    reply_error(
                        tx,
                        None,
                        ErrorCode::RateLimited,
                        "too many messages: slow down",
                    );
                    continue;
                }
            }
        }
        let text = match frame {
            Ok(Message::Text(text)) => text,
            Ok(Message::Binary(_)) => {
                reply_error(
                    tx,
                    None,
                    ErrorCode::MalformedMessage,
                    "binary frames are not accepted",
                );
                continue;
            }
            Ok(Message::Close(_)) => return Ending::Gone,
            Ok(Message::Ping(_) | Message::Pong(_)) => continue,
            Err(e) if too_large(&e) => {
                tracing::debug!(conn = conn.0, "frame over the transport limit");
                return Ending::Close(1009, "message too large");
            }
            Err(e) => {
                tracing::debug!(conn = conn.0, error = %e, "websocket read failed");
                return Ending::Gone;
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
                return Ending::Gone;
            }
            if tx.capacity() >= OUTBOUND_QUEUE / 2 {
                break;
            }
            notified.await;
        }
        let Ok(permit) = in_flight.clone().acquire_owned().await else {
            return Ending::Gone;
        };
        match parse_client_msg(text.as_str(), max) {
            Ok(msg) => {
                let now = tokio::time::Instant::now();
                if reaches_others(&msg) && !limits.to_others.take(now) {
                    match limits.refuse(now) {
                        Refusal::Close => return Ending::Close(1008, "too many messages"),
                        Refusal::Tell => {
                            reply_error(
                                tx,
                                request_id_of(&msg),
                                ErrorCode::RateLimited,
                                "too many messages: slow down",
                            );
                            continue;
                        }
                    }
                }
                // A join token is checked here, on the connection's own
                // task, so that signature checks run in parallel and the
                // hub only ever sees verified claims.
                let token = match &msg {
                    ClientMsg::Join {
                        token: Some(token),
                        request_id,
                        ..
                    }
                    | ClientMsg::Watch { token, request_id } => Some((token, *request_id)),
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
                        reply_error(
                            tx,
                            Some(request_id),
                            ErrorCode::InvalidToken,
                            "this server does not accept join tokens",
                        );
                        continue;
                    }
                    (None, _) => None,
                };
                if !hub.message(conn, msg, claims, permit).await {
                    return Ending::Gone;
                }
            }
            Err(e) => reply_error(tx, e.request_id, e.code, &e.message),
        }
    }
}

fn reply_error(
    tx: &mpsc::Sender<Outbound>,
    request_id: Option<anteroom_protocol::RequestId>,
    code: ErrorCode,
    message: &str,
) {
    let msg = ServerMsg::Error {
        request_id,
        code,
        message: message.to_owned(),
    };
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
