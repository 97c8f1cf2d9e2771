//! The anteroom target: our own signalling protocol over a websocket
//! (`/ws`), one peer connection per participant for both directions.

use std::time::Duration;

use anteroom_protocol::{ClientMsg, DisplayName, ErrorCode, MediaKind, PROTOCOL_VERSION, RequestId, RoomName, ServerMsg, TrackInfo};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use crate::client::{Plan, ToMedia, ToSignal};

/// How long connecting and joining may take before the participant gives up.
pub const JOIN_TIMEOUT: Duration = Duration::from_secs(15);

/// Runs one participant's signalling against `ws_url` (`ws://host:port/ws`)
/// in room `bench-{run}-{room}`.
pub async fn signal(ws_url: String, run: String, view: (u32, u32), plan: Plan, to_media: mpsc::Sender<ToMedia>, mut from_media: mpsc::Receiver<ToSignal>) {
    let fail = |reason: String| {
        let to_media = to_media.clone();
        async move {
            let _ = to_media.send(ToMedia::Failed(reason)).await;
        }
    };
    let ws = match tokio::time::timeout(JOIN_TIMEOUT, tokio_tungstenite::connect_async(ws_url.as_str())).await {
        Ok(Ok((ws, _))) => ws,
        Ok(Err(e)) => return fail(format!("cannot open {ws_url}: {e}")).await,
        Err(_) => return fail(format!("{ws_url} did not answer within {} s", JOIN_TIMEOUT.as_secs())).await,
    };
    let (mut sink, mut stream) = ws.split();
    let (Ok(room), Ok(display_name)) = (RoomName::new(format!("bench-{run}-{}", plan.room)), DisplayName::new(plan.name())) else {
        return fail("bad room or participant name".into()).await;
    };
    let join = ClientMsg::Join { request_id: RequestId(1), protocol_version: PROTOCOL_VERSION, room, display_name, token: None };
    let mut next_request = 1u64;
    let mut offer_request: Option<RequestId> = None;
    if send(&mut sink, &join).await.is_err() {
        return fail("the websocket closed while joining".into()).await;
    }
    let joined = tokio::time::timeout(JOIN_TIMEOUT, async {
        loop {
            match stream.next().await {
                Some(Ok(Message::Text(text))) => match serde_json::from_str::<ServerMsg>(&text) {
                    Ok(ServerMsg::Joined { participants, participant, .. }) => return Ok((participant, participants)),
                    Ok(ServerMsg::Waiting { .. }) => return Err("put in a waiting area: the bench needs a server started with --open-rooms".to_string()),
                    Ok(ServerMsg::Error { code, message, .. }) => {
                        let hint = if matches!(code, ErrorCode::RoomNotFound | ErrorCode::InvalidToken) { " (the bench joins without a token: run anteroom with --open-rooms)" } else { "" };
                        return Err(format!("join refused: {}: {message}{hint}", code_name(code)));
                    }
                    _ => {}
                },
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(format!("websocket: {e}")),
                None => return Err("the server closed the websocket while joining".to_string()),
            }
        }
    })
    .await;
    let (me, participants) = match joined {
        Ok(Ok(joined)) => joined,
        Ok(Err(reason)) => return fail(reason).await,
        Err(_) => return fail(format!("no answer to join within {} s", JOIN_TIMEOUT.as_secs())).await,
    };
    if to_media.send(ToMedia::Joined).await.is_err() {
        return;
    }
    // Video tracks in the room; each is given our view size once the
    // server's offer for it has been answered (before that the SFU does
    // not know it as ours to receive).
    let mut videos: Vec<TrackInfo> = participants.into_iter().flat_map(|p| p.tracks).filter(|t| t.kind == MediaKind::Video).collect();
    let mut sized = 0;
    loop {
        tokio::select! {
            message = stream.next() => {
                let text = match message {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_))) | None => return fail("the server closed the websocket".into()).await,
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => return fail(format!("websocket: {e}")).await,
                };
                let Ok(message) = serde_json::from_str::<ServerMsg>(&text) else { continue };
                let to = match message {
                    ServerMsg::Answer { sdp, .. } => Some(ToMedia::Answer { conn: 0, sdp }),
                    ServerMsg::Offer { sdp } => Some(ToMedia::Offer { conn: 0, sdp }),
                    ServerMsg::Candidate { candidate } => Some(ToMedia::Candidate { conn: 0, candidate }),
                    ServerMsg::TrackPublished { track, participant } => {
                        if track.kind == MediaKind::Video && participant != me {
                            videos.push(track);
                        }
                        None
                    }
                    ServerMsg::Error { request_id, code: ErrorCode::NegotiationConflict, .. } if request_id.is_some() && request_id == offer_request => {
                        Some(ToMedia::Conflict { conn: 0 })
                    }
                    ServerMsg::Error { code, message, .. } => Some(ToMedia::Failed(format!("server error {}: {message}", code_name(code)))),
                    ServerMsg::Disconnected { reason } => Some(ToMedia::Failed(format!("disconnected by the server: {reason:?}"))),
                    _ => None,
                };
                if let Some(to) = to && to_media.send(to).await.is_err() {
                    break;
                }
            }
            request = from_media.recv() => {
                let Some(request) = request else { break };
                next_request += 1;
                let answered = matches!(request, ToSignal::Answer { .. });
                let msg = match request {
                    ToSignal::Offer { sdp, .. } => {
                        offer_request = Some(RequestId(next_request));
                        ClientMsg::Offer { request_id: RequestId(next_request), sdp, screen: vec![] }
                    }
                    ToSignal::Answer { sdp, .. } => ClientMsg::Answer { request_id: RequestId(next_request), sdp },
                    ToSignal::Candidate { candidate, .. } => ClientMsg::Candidate { candidate },
                };
                if send(&mut sink, &msg).await.is_err() {
                    return fail("the websocket closed".into()).await;
                }
                if answered {
                    for track in &videos[sized..] {
                        let size = ClientMsg::SetVideoSize { track: track.id.clone(), width: view.0, height: view.1 };
                        let _ = send(&mut sink, &size).await;
                    }
                    sized = videos.len();
                }
            }
        }
    }
    // The participant is done: leave, then close.
    let _ = send(&mut sink, &ClientMsg::Leave { request_id: RequestId(next_request + 1) }).await;
    let _ = sink.close().await;
}

async fn send<S>(sink: &mut S, msg: &ClientMsg) -> Result<(), ()>
where
    S: futures_util::Sink<Message> + Unpin,
{
    let text = serde_json::to_string(msg).map_err(|_| ())?;
    sink.send(Message::text(text)).await.map_err(|_| ())
}

fn code_name(code: ErrorCode) -> String {
    serde_json::to_value(code).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| format!("{code:?}"))
}
