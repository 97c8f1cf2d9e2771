//! The driver of the signalling core: one task that owns the core
//! (`crate::core`), the connections' queues, the SFU's command channel
//! and the link to other nodes. It feeds the core each input with the
//! time, then carries out what the core asked for, in order: it never
//! waits on a client (a client whose queue is full is disconnected), and
//! waits on the SFU's channel only as the hub always did.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use anteroom_protocol::{
    CaptionsEvent, ClientMsg, JoinClaims, LanguageCode, ServerMsg, SfuCommand, SfuEvent,
};
use tokio::sync::{OwnedSemaphorePermit, mpsc, oneshot};

use crate::SignallingConfig;
use crate::cluster::{Envelope, Presence};
pub(crate) use crate::core::ConnId;
use crate::core::{Core, Input, Output, translated};
use crate::files::FileRequest;

/// What the driver sends down a connection.
#[derive(Debug)]
pub(crate) enum Outbound {
    Msg(ServerMsg),
    /// Close the socket after what is queued.
    Close,
    /// Close the socket after what is queued, with this close code and
    /// reason (a client that broke a rule).
    CloseWith(u16, &'static str),
}

#[derive(Debug)]
enum HubInput {
    Connect {
        tx: mpsc::Sender<Outbound>,
        kill: oneshot::Sender<()>,
        reply: oneshot::Sender<ConnId>,
    },
    /// A client message; `in_flight` is released once the core has handled
    /// it (and the driver carried out what it asked). `claims` are those
    /// of a `join`'s token, already verified.
    Message {
        conn: ConnId,
        msg: ClientMsg,
        claims: Option<Box<JoinClaims>>,
        in_flight: OwnedSemaphorePermit,
    },
    Disconnect {
        conn: ConnId,
    },
    File(FileRequest),
    /// From the captions service.
    Captions(CaptionsEvent),
    /// A message made outside the core (a translated caption) for these
    /// connections.
    Deliver {
        conns: Vec<ConnId>,
        msg: ServerMsg,
    },
    Shutdown {
        done: oneshot::Sender<()>,
    },
    /// The chat store's answers (`ChatKept`, `ChatHistory`).
    Core(Input),
}

/// Work for the chat store, done one at a time in the order asked: a
/// conversation's messages are kept (and passed on) in the order they came,
/// and a history read after a message was kept includes it.
#[derive(Debug)]
enum ChatJob {
    Keep {
        key: u64,
        room: anteroom_protocol::RoomName,
        chat: crate::chat_store::KeptChat,
    },
    Load {
        conns: Vec<ConnId>,
        room: anteroom_protocol::RoomName,
        participant: Option<anteroom_protocol::ParticipantId>,
    },
}

/// Chat jobs waiting for the store before new ones are refused (a message
/// then gets `chat_not_kept`).
const CHAT_QUEUE: usize = 1_024;

/// Runs chat jobs against `store`, answering the driver.
fn spawn_chat_worker(
    store: Arc<dyn crate::chat_store::ChatStore>,
    me: mpsc::WeakSender<HubInput>,
) -> mpsc::Sender<ChatJob> {
    let (tx, mut rx) = mpsc::channel::<ChatJob>(CHAT_QUEUE);
    tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            let answer = match job {
                ChatJob::Keep { key, room, chat } => {
                    let kept = match store.keep(&room, &chat).await {
                        Ok(()) => true,
                        Err(e) => {
                            // Never the words: they are patient data.
                            tracing::warn!(error = %e, room = %room, "a chat message was not kept");
                            false
                        }
                    };
                    Input::ChatKept { key, kept }
                }
                ChatJob::Load {
                    conns,
                    room,
                    participant,
                } => match store.history(&room).await {
                    Ok(chats) => Input::ChatHistory {
                        conns,
                        participant,
                        chats,
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, room = %room, "a conversation was not read");
                        continue;
                    }
                },
            };
            let Some(me) = me.upgrade() else { return };
            if me.send(HubInput::Core(answer)).await.is_err() {
                return;
            }
        }
    });
    tx
}

/// A cheap handle to the driver's task.
#[derive(Debug, Clone)]
pub struct HubHandle {
    tx: mpsc::Sender<HubInput>,
}

impl HubHandle {
    /// Registers a connection. The driver fires `kill` to end a connection
    /// it gives up on (a client that does not read).
    pub(crate) async fn connect(
        &self,
        tx: mpsc::Sender<Outbound>,
        kill: oneshot::Sender<()>,
    ) -> Option<ConnId> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(HubInput::Connect { tx, kill, reply })
            .await
            .ok()?;
        rx.await.ok()
    }

    /// Passes a client message; false once the hub is gone.
    pub(crate) async fn message(
        &self,
        conn: ConnId,
        msg: ClientMsg,
        claims: Option<Box<JoinClaims>>,
        in_flight: OwnedSemaphorePermit,
    ) -> bool {
        self.tx
            .send(HubInput::Message {
                conn,
                msg,
                claims,
                in_flight,
            })
            .await
            .is_ok()
    }

    /// Asks the hub about shared files; `Internal` if the hub is gone.
    pub(crate) async fn files<T>(
        &self,
        request: impl FnOnce(oneshot::Sender<Result<T, anteroom_protocol::ErrorCode>>) -> FileRequest,
    ) -> Result<T, anteroom_protocol::ErrorCode> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(HubInput::File(request(reply)))
            .await
            .map_err(|_| anteroom_protocol::ErrorCode::Internal)?;
        rx.await
            .unwrap_or(Err(anteroom_protocol::ErrorCode::Internal))
    }

    /// Passes an event of the captions service, from its own (non-async)
    /// threads; false once the hub is gone.
    pub(crate) fn captions_event(&self, event: CaptionsEvent) -> bool {
        self.tx.blocking_send(HubInput::Captions(event)).is_ok()
    }

    pub(crate) async fn disconnect(&self, conn: ConnId) {
        let _ = self.tx.send(HubInput::Disconnect { conn }).await;
    }

    pub(crate) async fn shutdown(&self) {
        let (done, rx) = oneshot::channel();
        if self.tx.send(HubInput::Shutdown { done }).await.is_ok() {
            let _ = rx.await;
        }
    }
}

/// A connection as the driver holds it: its queue, and the switch that
/// ends it.
#[derive(Debug)]
struct Connection {
    tx: mpsc::Sender<Outbound>,
    kill: Option<oneshot::Sender<()>>,
}

struct Driver {
    core: Core,
    config: SignallingConfig,
    connections: HashMap<ConnId, Connection>,
    next_conn: u64,
    sfu: mpsc::Sender<SfuCommand>,
    presence: Arc<dyn Presence>,
    /// The driver's own input, for the tasks it starts (translations).
    me: mpsc::WeakSender<HubInput>,
    /// The chat store's worker, when chat is kept.
    chat: Option<mpsc::Sender<ChatJob>>,
}

pub(crate) fn spawn(
    config: SignallingConfig,
    sfu: mpsc::Sender<SfuCommand>,
    mut sfu_events: mpsc::UnboundedReceiver<SfuEvent>,
    presence: Arc<dyn Presence>,
    mut cluster: mpsc::UnboundedReceiver<Envelope>,
) -> HubHandle {
    let (tx, mut rx) = mpsc::channel(1024);
    let chat = config
        .chat_store
        .clone()
        .map(|store| spawn_chat_worker(store, tx.downgrade()));
    let mut driver = Driver {
        core: Core::new(config.clone(), Instant::now(), wall_ms()),
        config,
        connections: HashMap::new(),
        next_conn: 0,
        sfu,
        presence,
        me: tx.downgrade(),
        chat,
    };
    let mut liveness = tokio::time::interval(crate::cluster::HEARTBEAT);
    liveness.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::spawn(async move {
        loop {
            tokio::select! {
                input = rx.recv() => match input {
                    Some(HubInput::Shutdown { done }) => {
                        driver.feed(Input::Shutdown).await;
                        let _ = done.send(());
                        return;
                    }
                    Some(input) => driver.handle(input).await,
                    None => return,
                },
                Some(event) = sfu_events.recv() => driver.feed(Input::Sfu(event)).await,
                Some(envelope) = cluster.recv() => driver.feed(Input::Cluster(envelope)).await,
                _ = liveness.tick() => driver.feed(Input::Tick).await,
            }
        }
    });
    HubHandle { tx }
}

impl Driver {
    async fn handle(&mut self, input: HubInput) {
        match input {
            HubInput::Connect { tx, kill, reply } => {
                let conn = ConnId(self.next_conn);
                self.next_conn += 1;
                self.connections.insert(
                    conn,
                    Connection {
                        tx,
                        kill: Some(kill),
                    },
                );
                self.feed(Input::Connect { conn }).await;
                let _ = reply.send(conn);
            }
            HubInput::Message {
                conn,
                msg,
                claims,
                in_flight,
            } => {
                self.feed(Input::Message { conn, msg, claims }).await;
                drop(in_flight);
            }
            HubInput::Disconnect { conn } => {
                self.feed(Input::Disconnect { conn }).await;
                self.connections.remove(&conn);
            }
            HubInput::File(request) => self.feed(Input::File(request)).await,
            HubInput::Captions(event) => self.feed(Input::Captions(event)).await,
            HubInput::Deliver { conns, msg } => self.feed(Input::Deliver { conns, msg }).await,
            HubInput::Core(input) => self.feed(input).await,
            HubInput::Shutdown { .. } => {}
        }
    }

    /// Gives the core one input, now, and carries out what it asks.
    async fn feed(&mut self, input: Input) {
        self.core.handle(input, Instant::now(), wall_ms());
        while let Some(output) = self.core.poll_output() {
            match output {
                Output::Send(conn, msg) => self.send(conn, msg),
                Output::Close(conn) => {
                    if let Some(c) = self.connections.get(&conn) {
                        let _ = c.tx.try_send(Outbound::Close);
                    }
                }
                Output::Sfu(cmd) => {
                    if self.sfu.send(cmd).await.is_err() {
                        tracing::error!("SFU is gone; media commands are dropped");
                    }
                }
                Output::Cluster(to, msg) => self.presence.publish(to, msg),
                Output::Translate { msg, target, conns } => self.translate(msg, target, conns),
                Output::Keep {
                    room,
                    speaker,
                    text,
                    language,
                } => {
                    if let Some(sink) = &self.config.transcripts {
                        sink.keep(&room, &speaker, &text, language.as_str());
                    }
                }
                Output::CaptionLag { room, lag_ms } => self.config.caption_lags.record(
                    &room,
                    std::time::Duration::from_millis(lag_ms),
                    Instant::now(),
                ),
                Output::KeepChat { key, room, chat } => {
                    let job = ChatJob::Keep { key, room, chat };
                    if self.chat.as_ref().is_none_or(|c| c.try_send(job).is_err()) {
                        // The store is behind (or gone): not kept, not sent.
                        self.core.handle(
                            Input::ChatKept { key, kept: false },
                            Instant::now(),
                            wall_ms(),
                        );
                    }
                }
                Output::LoadChat {
                    conns,
                    room,
                    participant,
                } => {
                    if let Some(chat) = &self.chat {
                        let _ = chat.try_send(ChatJob::Load {
                            conns,
                            room,
                            participant,
                        });
                    }
                }
            }
        }
    }

    fn send(&mut self, conn: ConnId, msg: ServerMsg) {
        let Some(c) = self.connections.get_mut(&conn) else {
            return;
        };
        if let Err(mpsc::error::TrySendError::Full(_)) = c.tx.try_send(Outbound::Msg(msg)) {
            // A client that does not read is dropped rather than allowed to
            // slow everyone else: its connection task ends and reports the
            // disconnect, which takes it out of its room.
            tracing::debug!(conn = conn.0, "client queue full; disconnecting");
            if let Some(kill) = c.kill.take() {
                let _ = kill.send(());
            }
        }
    }

    /// Translates a final caption in a task of its own (the driver goes on)
    /// and delivers it to `conns`; if translation fails, they get it as
    /// spoken.
    fn translate(&self, msg: ServerMsg, target: LanguageCode, conns: Vec<ConnId>) {
        let (Some(translator), Some(me)) = (self.config.translator.clone(), self.me.upgrade())
        else {
            return;
        };
        tokio::spawn(async move {
            let ServerMsg::Caption { text, language, .. } = &msg else {
                return;
            };
            let msg = match translator
                .translate(text, language.as_str(), target.as_str())
                .await
            {
                Ok(text) => translated(msg, text, target),
                Err(e) => {
                    tracing::warn!(error = %e, "caption not translated");
                    msg
                }
            };
            let _ = me.send(HubInput::Deliver { conns, msg }).await;
        });
    }
}

impl std::fmt::Debug for Driver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Driver")
            .field("connections", &self.connections.len())
            .finish()
    }
}

/// Milliseconds since the Unix epoch, now.
fn wall_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
