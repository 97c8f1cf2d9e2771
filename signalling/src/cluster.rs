//! Presence across signalling nodes: who waits where, which node holds
//! which room, and the messages one node's hub sends another's.
//!
//! Each hub keeps its own sessions, rooms and waiting people (the truth
//! about its own websockets) plus a replica of what the other nodes have
//! told it: the people waiting on them and the rooms they hold. A
//! [`Presence`] carries those announcements. Two implementations:
//!
//! - [`LocalPresence`] (embedded, one process): there are no other nodes,
//!   so nothing is sent and nothing arrives.
//! - [`RedisPresence`] (scaled): waiting people and room homes are kept in
//!   two Redis hashes (so a node that starts later reads the current state)
//!   and every change is published on a channel all nodes subscribe to;
//!   requests for one node (admit this person, pass on this chat message)
//!   go on that node's own channel. Each node refreshes a liveness key; the
//!   entries of a node whose key has lapsed are removed by the others.

use std::fmt;
use std::time::Duration;

use anteroom_protocol::{DisplayName, ParticipantId, RoomName, WaitingEntry};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

/// One person waiting on some node, as every node's replica holds them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedWaiter {
    pub entry: WaitingEntry,
    pub queues: Vec<String>,
    /// The token's `sub`, so the room's node can let them in.
    pub sub: String,
}

/// What one node tells another, or all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClusterMsg {
    /// (to all) Someone started waiting on the sending node.
    Waiting { waiter: SharedWaiter },
    /// (to all) Someone stopped waiting on the sending node.
    LeftWaiting { participant: ParticipantId, admitted: bool },
    /// (to all) A chat message between the clinic and a waiting person.
    WaitingChat { queues: Vec<String>, participant: ParticipantId, from_patient: bool, display_name: DisplayName, text: String, at_ms: u64 },
    /// (to all) The sending node holds this room now.
    RoomOpened { room: RoomName, url: String },
    /// (to all) The sending node no longer holds this room.
    RoomClosed { room: RoomName },
    /// (to all) The consultation in this room was ended: its waiting
    /// people go home.
    RoomEnded { room: RoomName },
    /// (to the waiter's node) Let this waiting person in.
    Admit { participant: ParticipantId },
    /// (to the room's node) This person was admitted elsewhere and is on
    /// their way: let them in without waiting.
    Pass { room: RoomName, sub: String },
    /// (to the waiter's node) A chat message from the clinic to a waiting
    /// person.
    ChatToWaiting { participant: ParticipantId, display_name: DisplayName, text: String, at_ms: u64 },
}

/// Where a message goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    All,
    Node(String),
}

/// A message with its sender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub from: String,
    pub msg: ClusterMsg,
}

/// How a hub shares presence with other nodes.
pub trait Presence: Send + Sync + fmt::Debug + 'static {
    /// This node's id, unique in the cluster.
    fn node_id(&self) -> &str;
    /// Sends without waiting (the hub never waits on the network).
    fn publish(&self, to: Target, msg: ClusterMsg);
}

/// One process: nobody else to tell.
#[derive(Debug, Default)]
pub struct LocalPresence;

impl Presence for LocalPresence {
    fn node_id(&self) -> &str {
        "local"
    }

    fn publish(&self, _to: Target, _msg: ClusterMsg) {}
}

const WAITING_KEY: &str = "anteroom:waiting";
const ROOMS_KEY: &str = "anteroom:rooms";
const ALL_CHANNEL: &str = "anteroom:all";
/// A node is alive while this key (with its id appended) exists.
const ALIVE_PREFIX: &str = "anteroom:alive:";
const ALIVE_TTL: Duration = Duration::from_secs(15);
const HEARTBEAT: Duration = Duration::from_secs(5);

fn node_channel(node: &str) -> String {
    format!("anteroom:node:{node}")
}

/// What the hash entries hold: the node, and what it announced.
#[derive(Debug, Serialize, Deserialize)]
struct Stored<T> {
    node: String,
    value: T,
}

#[derive(Debug, thiserror::Error)]
pub enum PresenceError {
    #[error("Redis: {0}")]
    Redis(#[from] redis::RedisError),
}

/// Presence through Redis. See the module documentation.
#[derive(Debug)]
pub struct RedisPresence {
    node: String,
    out: mpsc::UnboundedSender<(Target, ClusterMsg)>,
}

impl Presence for RedisPresence {
    fn node_id(&self) -> &str {
        &self.node
    }

    fn publish(&self, to: Target, msg: ClusterMsg) {
        let _ = self.out.send((to, msg));
    }
}

impl RedisPresence {
    /// Connects, subscribes, and reads what the other (live) nodes hold.
    /// Returns the presence and the stream of messages from other nodes,
    /// starting with the current state.
    pub async fn connect(url: &str) -> Result<(RedisPresence, mpsc::UnboundedReceiver<Envelope>), PresenceError> {
        let client = redis::Client::open(url)?;
        let mut conn = client.get_multiplexed_async_connection().await?;
        let node = crate::hub::new_secret("n");
        let mut pubsub = client.get_async_pubsub().await?;
        pubsub.subscribe(ALL_CHANNEL).await?;
        pubsub.subscribe(node_channel(&node)).await?;
        let _: () = redis::cmd("SET").arg(format!("{ALIVE_PREFIX}{node}")).arg(1).arg("EX").arg(ALIVE_TTL.as_secs()).query_async(&mut conn).await?;

        let (in_tx, in_rx) = mpsc::unbounded_channel();
        // Subscribed before reading the state, so nothing falls between.
        for envelope in snapshot(&mut conn, &node).await? {
            let _ = in_tx.send(envelope);
        }
        let me = node.clone();
        tokio::spawn(async move {
            let mut messages = pubsub.into_on_message();
            while let Some(message) = messages.next().await {
                let Ok(payload) = message.get_payload::<String>() else { continue };
                match serde_json::from_str::<Envelope>(&payload) {
                    Ok(envelope) if envelope.from != me => {
                        if in_tx.send(envelope).is_err() {
                            return;
                        }
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "unreadable presence message"),
                }
            }
            tracing::error!("the Redis subscription ended; this node no longer hears the others");
        });

        let (out, out_rx) = mpsc::unbounded_channel();
        tokio::spawn(writer(conn, node.clone(), out_rx));
        Ok((RedisPresence { node, out }, in_rx))
    }
}

/// What the other live nodes hold now, as the messages that announced it.
async fn snapshot(conn: &mut redis::aio::MultiplexedConnection, me: &str) -> Result<Vec<Envelope>, PresenceError> {
    let mut out = Vec::new();
    for (_, stored) in read_stored::<SharedWaiter>(conn, WAITING_KEY).await? {
        if stored.node != me && alive(conn, &stored.node).await? {
            out.push(Envelope { from: stored.node, msg: ClusterMsg::Waiting { waiter: stored.value } });
        }
    }
    for (room, stored) in read_stored::<String>(conn, ROOMS_KEY).await? {
        if let Ok(room) = RoomName::new(room) {
            if stored.node != me && alive(conn, &stored.node).await? {
                out.push(Envelope { from: stored.node, msg: ClusterMsg::RoomOpened { room, url: stored.value } });
            }
        }
    }
    Ok(out)
}

/// A hash of [`Stored`] values, by field; values that do not parse are
/// skipped.
async fn read_stored<T: serde::de::DeserializeOwned>(
    conn: &mut redis::aio::MultiplexedConnection,
    key: &str,
) -> Result<Vec<(String, Stored<T>)>, PresenceError> {
    let all: Vec<(String, String)> = redis::cmd("HGETALL").arg(key).query_async(conn).await?;
    Ok(all.into_iter().filter_map(|(field, json)| Some((field, serde_json::from_str(&json).ok()?))).collect())
}

async fn alive(conn: &mut redis::aio::MultiplexedConnection, node: &str) -> Result<bool, PresenceError> {
    let n: u32 = redis::cmd("EXISTS").arg(format!("{ALIVE_PREFIX}{node}")).query_async(conn).await?;
    Ok(n == 1)
}

/// Writes this node's announcements: the hashes first, then the message,
/// so a node that reads the state after subscribing misses nothing. Also
/// keeps this node's liveness key fresh and clears the entries of nodes
/// that died.
async fn writer(mut conn: redis::aio::MultiplexedConnection, node: String, mut rx: mpsc::UnboundedReceiver<(Target, ClusterMsg)>) {
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    loop {
        tokio::select! {
            item = rx.recv() => {
                let Some((to, msg)) = item else {
                    let _: Result<(), _> = redis::cmd("DEL").arg(format!("{ALIVE_PREFIX}{node}")).query_async(&mut conn).await;
                    return;
                };
                if let Err(e) = write(&mut conn, &node, to, msg).await {
                    tracing::warn!(error = %e, "presence update not written");
                }
            }
            _ = heartbeat.tick() => {
                let set: Result<(), _> = redis::cmd("SET").arg(format!("{ALIVE_PREFIX}{node}")).arg(1).arg("EX").arg(ALIVE_TTL.as_secs()).query_async(&mut conn).await;
                if let Err(e) = set {
                    tracing::warn!(error = %e, "presence heartbeat failed");
                }
                if let Err(e) = sweep(&mut conn).await {
                    tracing::debug!(error = %e, "presence sweep failed");
                }
            }
        }
    }
}

async fn write(conn: &mut redis::aio::MultiplexedConnection, node: &str, to: Target, msg: ClusterMsg) -> Result<(), PresenceError> {
    fn stored<T: Serialize + Clone>(node: &str, value: &T) -> String {
        serde_json::to_string(&Stored { node: node.to_owned(), value: value.clone() }).unwrap_or_default()
    }
    match &msg {
        ClusterMsg::Waiting { waiter } => {
            let _: () = redis::cmd("HSET").arg(WAITING_KEY).arg(waiter.entry.participant.as_str()).arg(stored(node, waiter)).query_async(conn).await?;
        }
        ClusterMsg::LeftWaiting { participant, .. } => {
            let _: () = redis::cmd("HDEL").arg(WAITING_KEY).arg(participant.as_str()).query_async(conn).await?;
        }
        ClusterMsg::RoomOpened { room, url } => {
            let _: () = redis::cmd("HSET").arg(ROOMS_KEY).arg(room.as_str()).arg(stored(node, url)).query_async(conn).await?;
        }
        ClusterMsg::RoomClosed { room } => {
            let _: () = redis::cmd("HDEL").arg(ROOMS_KEY).arg(room.as_str()).query_async(conn).await?;
        }
        _ => {}
    }
    let channel = match to {
        Target::All => ALL_CHANNEL.to_owned(),
        Target::Node(n) => node_channel(&n),
    };
    let payload = serde_json::to_string(&Envelope { from: node.to_owned(), msg }).unwrap_or_default();
    let _: () = redis::cmd("PUBLISH").arg(channel).arg(payload).query_async(conn).await?;
    Ok(())
}

/// Removes the waiting people and rooms of nodes whose liveness key has
/// lapsed, and tells everyone.
async fn sweep(conn: &mut redis::aio::MultiplexedConnection) -> Result<(), PresenceError> {
    for (participant, stored) in read_stored::<SharedWaiter>(conn, WAITING_KEY).await? {
        if !alive(conn, &stored.node).await? {
            let removed: u32 = redis::cmd("HDEL").arg(WAITING_KEY).arg(&participant).query_async(conn).await?;
            if removed == 1 {
                let msg = ClusterMsg::LeftWaiting { participant: ParticipantId::new(participant), admitted: false };
                let payload = serde_json::to_string(&Envelope { from: stored.node, msg }).unwrap_or_default();
                let _: () = redis::cmd("PUBLISH").arg(ALL_CHANNEL).arg(payload).query_async(conn).await?;
            }
        }
    }
    for (room, stored) in read_stored::<String>(conn, ROOMS_KEY).await? {
        let Ok(name) = RoomName::new(&room) else { continue };
        if !alive(conn, &stored.node).await? {
            let removed: u32 = redis::cmd("HDEL").arg(ROOMS_KEY).arg(&room).query_async(conn).await?;
            if removed == 1 {
                let payload = serde_json::to_string(&Envelope { from: stored.node, msg: ClusterMsg::RoomClosed { room: name } }).unwrap_or_default();
                let _: () = redis::cmd("PUBLISH").arg(ALL_CHANNEL).arg(payload).query_async(conn).await?;
            }
        }
    }
    Ok(())
}
