//! The anteroom target: our own signalling protocol over a websocket
//! (`/ws`), one peer connection per participant for both directions.
//! Participants enter open rooms by name, or, with the server's join key,
//! with tokens as the control plane would sign them: a practitioner who
//! admits, and patients who wait to be admitted.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anteroom_protocol::{
    ClientMsg, DisplayName, ErrorCode, Grant, JoinClaims, JoinRole, Marker, MediaKind, OrgId,
    PROTOCOL_VERSION, ParticipantId, Queue, RequestId, RoomName, ServerMsg, TrackInfo,
    WaitingClaims,
};
use futures_util::{SinkExt, StreamExt};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use tokio::sync::{Semaphore, mpsc};
use tokio_tungstenite::tungstenite::Message;

use crate::BenchError;
use crate::client::{Plan, Role, ToMedia, ToSignal};

/// How long connecting and joining may take before the participant gives
/// up (waiting to be admitted is not counted).
pub const JOIN_TIMEOUT: Duration = Duration::from_secs(15);

/// Signs join tokens with the server's join key, as the control plane does.
pub struct Tokens {
    key: EncodingKey,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens(Ed25519)")
    }
}

impl Tokens {
    /// From the server's `--join-key-file` (PEM, PKCS#8 Ed25519).
    pub fn from_key_file(path: &std::path::Path) -> Result<Tokens, BenchError> {
        let bytes = std::fs::read(path)
            .map_err(|e| BenchError::Scenario(format!("join key {}: {e}", path.display())))?;
        let pem = pem::parse(bytes)
            .map_err(|e| BenchError::Scenario(format!("join key {}: {e}", path.display())))?;
        if pem.tag() != "PRIVATE KEY" {
            return Err(BenchError::Scenario(format!(
                "join key {}: not a PRIVATE KEY",
                path.display()
            )));
        }
        Ok(Tokens {
            key: EncodingKey::from_ed_der(pem.contents()),
        })
    }

    fn sign(&self, claims: &JoinClaims) -> Result<String, String> {
        jsonwebtoken::encode(&Header::new(Algorithm::EdDSA), claims, &self.key)
            .map_err(|e| format!("signing a join token: {e}"))
    }
}

/// What every participant's signalling shares.
#[derive(Debug, Clone)]
pub struct Config {
    /// `ws://host:port/ws`
    pub ws_url: String,
    /// Tags the rooms of this run: `bench-{run}-{room}`.
    pub run: String,
    /// The size at which every remote video is shown.
    pub view: (u32, u32),
    pub max_participants: u32,
    pub tokens: Option<Arc<Tokens>>,
    /// Admissions allowed so far (the waiting scenario's rate).
    pub admissions: Option<Arc<Semaphore>>,
    /// Send a chat message this often (while waiting too).
    pub chat_every: Option<Duration>,
}

/// Runs one participant's signalling.
pub async fn signal(
    config: Config,
    plan: Plan,
    to_media: mpsc::Sender<ToMedia>,
    from_media: mpsc::Receiver<ToSignal>,
) {
    if let Err(reason) = run(&config, &plan, &to_media, from_media).await {
        let _ = to_media.send(ToMedia::Failed(reason)).await;
    }
}

type Sink = futures_util::stream::SplitSink<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    Message,
>;

async fn run(
    config: &Config,
    plan: &Plan,
    to_media: &mpsc::Sender<ToMedia>,
    mut from_media: mpsc::Receiver<ToSignal>,
) -> Result<(), String> {
    let url = config.ws_url.as_str();
    let ws = match tokio::time::timeout(JOIN_TIMEOUT, tokio_tungstenite::connect_async(url)).await {
        Ok(Ok((ws, _))) => ws,
        Ok(Err(e)) => return Err(format!("cannot open {url}: {e}")),
        Err(_) => {
            return Err(format!(
                "{url} did not answer within {} s",
                JOIN_TIMEOUT.as_secs()
            ));
        }
    };
    let (mut sink, mut stream) = ws.split();
    let room =
        RoomName::new(format!("bench-{}-{}", config.run, plan.room)).map_err(|e| e.to_string())?;
    let display_name = DisplayName::new(plan.name()).map_err(|e| e.to_string())?;
    let token = match plan.role {
        Role::Open => None,
        role => {
            let tokens = config.tokens.as_ref().ok_or(
                "this scenario needs join tokens: give the server's --join-key-file, or --spawn",
            )?;
            Some(tokens.sign(&claims(config, plan, role, &room, &display_name))?)
        }
    };
    let join = ClientMsg::Join {
        request_id: RequestId(1),
        protocol_version: PROTOCOL_VERSION,
        room,
        display_name,
        token,
        connection: None,
    };
    send(&mut sink, &join)
        .await
        .map_err(|_| "the websocket closed while joining")?;

    // Chat, as a patient writes while waiting and everyone in a call does.
    let chat_every = config.chat_every.unwrap_or(Duration::from_secs(3600));
    let mut chat_tick =
        tokio::time::interval_at(tokio::time::Instant::now() + chat_every, chat_every);
    let mut next_request = 1u64;

    // Joined at once, or after waiting to be admitted.
    let deadline = tokio::time::Instant::now() + JOIN_TIMEOUT;
    let mut waiting_since: Option<Instant> = None;
    let (me, participants) = loop {
        let next = tokio::select! {
            next = stream.next() => next,
            _ = chat_tick.tick(), if config.chat_every.is_some() && waiting_since.is_some() => {
                next_request += 1;
                let chat = ClientMsg::Chat { request_id: RequestId(next_request), text: format!("waiting, message {next_request}") };
                send(&mut sink, &chat).await.map_err(|_| "the websocket closed while waiting")?;
                continue;
            }
            _ = tokio::time::sleep_until(deadline), if waiting_since.is_none() => return Err(format!("no answer to join within {} s", JOIN_TIMEOUT.as_secs())),
            // The run ended while we waited.
            None = from_media.recv() => return Ok(()),
        };
        match next {
            Some(Ok(Message::Text(text))) => match serde_json::from_str::<ServerMsg>(&text) {
                Ok(ServerMsg::Joined {
                    participants,
                    participant,
                    ..
                }) => break (participant, participants),
                Ok(ServerMsg::Waiting { .. }) if plan.role == Role::Patient => {
                    waiting_since = Some(Instant::now())
                }
                Ok(ServerMsg::Waiting { .. }) => {
                    return Err(
                        "put in a waiting area: the bench needs a server started with --open-rooms"
                            .into(),
                    );
                }
                Ok(ServerMsg::Error { code, message, .. }) => {
                    let hint = if matches!(code, ErrorCode::RoomNotFound | ErrorCode::InvalidToken)
                        && plan.role == Role::Open
                    {
                        " (the bench joins without a token: run anteroom with --open-rooms)"
                    } else {
                        ""
                    };
                    return Err(format!(
                        "join refused: {}: {message}{hint}",
                        code_name(code)
                    ));
                }
                Ok(ServerMsg::Disconnected { reason }) => {
                    return Err(format!("disconnected while joining: {reason:?}"));
                }
                _ => {}
            },
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(format!("websocket: {e}")),
            None => return Err("the server closed the websocket while joining".into()),
        }
    };
    let waited = waiting_since.map(|since| since.elapsed());
    if to_media
        .send(ToMedia::Joined {
            waited,
            offer_to_receive: true,
        })
        .await
        .is_err()
    {
        return Ok(());
    }

    // A practitioner admits the patients who wait for the room, at the
    // run's admission rate.
    let (admit_tx, admits) = mpsc::channel::<ParticipantId>(64);
    let (admit_ready_tx, mut admit_ready) = mpsc::channel::<ParticipantId>(64);
    let admitter = config
        .admissions
        .clone()
        .filter(|_| plan.role == Role::Practitioner)
        .map(|permits| {
            let mut queue = admits;
            tokio::spawn(async move {
                while let Some(patient) = queue.recv().await {
                    match permits.acquire().await {
                        Ok(permit) => permit.forget(),
                        Err(_) => return,
                    }
                    if admit_ready_tx.send(patient).await.is_err() {
                        return;
                    }
                }
            })
        });

    // Video tracks in the room; each is given our view size once the
    // server's offer for it has been answered (before that the SFU does
    // not know it as ours to receive).
    let mut videos: Vec<TrackInfo> = participants
        .into_iter()
        .flat_map(|p| p.tracks)
        .filter(|t| t.kind == MediaKind::Video)
        .collect();
    let mut sized = 0;
    let mut offer_request: Option<RequestId> = None;
    let mut admit_requests: Vec<RequestId> = Vec::new();
    let result = loop {
        tokio::select! {
            message = stream.next() => {
                let text = match message {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_))) | None => break Err("the server closed the websocket".to_string()),
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => break Err(format!("websocket: {e}")),
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
                    // A track that ended is not sized any more (its
                    // publisher left: it is no longer ours to receive).
                    ServerMsg::TrackUnpublished { track, .. } => {
                        if let Some(at) = videos.iter().position(|t| t.id == track) {
                            videos.remove(at);
                            if at < sized {
                                sized -= 1;
                            }
                        }
                        None
                    }
                    ServerMsg::PatientWaiting { entry } => {
                        let _ = admit_tx.send(entry.participant).await;
                        None
                    }
                    ServerMsg::Error { request_id, code: ErrorCode::NegotiationConflict, .. } if request_id.is_some() && request_id == offer_request => {
                        Some(ToMedia::Conflict { conn: 0 })
                    }
                    // A patient who left before their turn: not ours to fail on.
                    ServerMsg::Error { request_id: Some(id), .. } if admit_requests.contains(&id) => None,
                    ServerMsg::Error { code, message, .. } => Some(ToMedia::Failed(format!("server error {}: {message}", code_name(code)))),
                    ServerMsg::Disconnected { reason } => Some(ToMedia::Failed(format!("disconnected by the server: {reason:?}"))),
                    _ => None,
                };
                if let Some(to) = to && to_media.send(to).await.is_err() {
                    break Ok(());
                }
            }
            _ = chat_tick.tick(), if config.chat_every.is_some() => {
                next_request += 1;
                let chat = ClientMsg::Chat { request_id: RequestId(next_request), text: format!("in the call, message {next_request}") };
                if send(&mut sink, &chat).await.is_err() {
                    break Err("the websocket closed".into());
                }
            }
            Some(patient) = admit_ready.recv() => {
                next_request += 1;
                admit_requests.push(RequestId(next_request));
                if send(&mut sink, &ClientMsg::Admit { request_id: RequestId(next_request), participant: patient }).await.is_err() {
                    break Err("the websocket closed".into());
                }
            }
            request = from_media.recv() => {
                let Some(request) = request else { break Ok(()) };
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
                    break Err("the websocket closed".into());
                }
                if answered {
                    for track in &videos[sized..] {
                        let size = ClientMsg::SetVideoSize { track: track.id.clone(), width: config.view.0, height: config.view.1 };
                        let _ = send(&mut sink, &size).await;
                    }
                    sized = videos.len();
                }
            }
        }
    };
    if let Some(task) = admitter {
        task.abort();
    }
    // The participant is done: leave, and (as the SDK does) wait up to 2 s
    // for the server to say so before closing. A session that came straight
    // back (churn) would otherwise race its own departure: its join could
    // reach the room while its old self still takes the last seat.
    let leave = RequestId(next_request + 1);
    if send(&mut sink, &ClientMsg::Leave { request_id: leave })
        .await
        .is_ok()
    {
        let acked = async {
            while let Some(Ok(message)) = stream.next().await {
                if let Message::Text(text) = message
                    && matches!(serde_json::from_str::<ServerMsg>(&text), Ok(ServerMsg::Ack { request_id }) if request_id == leave)
                {
                    return;
                }
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(2), acked).await;
    }
    let _ = sink.close().await;
    result
}

/// The claims the control plane would sign for this participant.
fn claims(
    config: &Config,
    plan: &Plan,
    role: Role,
    room: &RoomName,
    name: &DisplayName,
) -> JoinClaims {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let queue = Queue::staff(format!("bench-{}-{}", config.run, plan.room));
    let practitioner = role == Role::Practitioner;
    JoinClaims {
        // A new person each session: a patient admitted once comes back
        // in without waiting.
        sub: format!("bench:{}:{}:{}", config.run, plan.index, plan.session),
        org: OrgId::new("bench").expect("a valid organisation id"),
        room: room.clone(),
        name: name.clone(),
        role: if practitioner {
            JoinRole::Practitioner
        } else {
            JoinRole::Patient
        },
        grants: if practitioner {
            vec![Grant::Publish, Grant::Subscribe, Grant::Admit, Grant::Chat]
        } else {
            vec![
                Grant::Publish,
                Grant::Subscribe,
                Grant::Chat,
                Grant::WaitingChat,
            ]
        },
        max_participants: config.max_participants,
        iat: now,
        exp: now + 600,
        waiting: (!practitioner).then(|| WaitingClaims {
            queues: vec![queue],
            marker: Marker::OnTime,
            starts_at: None,
            duration_minutes: None,
        }),
        watch: Vec::new(),
        own_clients_only: false,
        language: None,
    }
}

async fn send(sink: &mut Sink, msg: &ClientMsg) -> Result<(), ()> {
    let text = serde_json::to_string(msg).map_err(|_| ())?;
    sink.send(Message::text(text)).await.map_err(|_| ())
}

fn code_name(code: ErrorCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("{code:?}"))
}
