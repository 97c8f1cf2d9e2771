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
//!   go on that node's own channel. Each node says `alive` on the shared
//!   channel every [`HEARTBEAT`]; a hub that has not heard a node for
//!   [`DEAD_AFTER`] takes it for dead (see `core::replication`: its rooms are re-homed
//!   at once, and its waiting people kept in the lists while they
//!   reconnect elsewhere). Each node also refreshes a liveness key, so a
//!   node that starts later reads only live nodes' entries, and removes
//!   the hash entries of nodes whose key has lapsed.

use std::fmt;
use std::time::Duration;

use anteroom_protocol::{DisplayName, Grant, ParticipantId, Queue, RoomName, WaitingEntry};

use crate::admission::{Viewer, Watch};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

/// One person waiting on some node, as every node's replica holds them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedWaiter {
    pub entry: WaitingEntry,
    pub queues: Vec<Queue>,
    /// The token's `sub`, so the room's node can let them in.
    pub sub: String,
}

/// A staff member who admits or writes to someone waiting on another
/// node, as the rule in [`crate::admission`] sees them, so that the
/// waiter's node asks the rule again rather than trusting the sender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedViewer {
    /// Their waiting list (a watcher): queues, and strict segregation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watch: Option<(Vec<Queue>, bool)>,
    /// The consultation room they are in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomName>,
    pub grants: Vec<Grant>,
}

impl SharedViewer {
    pub(crate) fn of(viewer: &Viewer<'_>) -> SharedViewer {
        SharedViewer {
            watch: viewer
                .watch
                .map(|w| (w.queues.to_vec(), w.own_clients_only)),
            room: viewer.room.cloned(),
            grants: viewer.grants.to_vec(),
        }
    }

    pub(crate) fn viewer(&self) -> Viewer<'_> {
        Viewer {
            watch: self.watch.as_ref().map(|(queues, own_clients_only)| Watch {
                queues,
                own_clients_only: *own_clients_only,
            }),
            room: self.room.as_ref(),
            grants: &self.grants,
        }
    }
}

/// What one node tells another, or all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClusterMsg {
    /// (to all) Someone started waiting on the sending node.
    Waiting { waiter: SharedWaiter },
    /// (to all) Someone stopped waiting on the sending node.
    LeftWaiting {
        participant: ParticipantId,
        admitted: bool,
    },
    /// (to all) A chat message between the clinic and a waiting person.
    WaitingChat {
        queues: Vec<Queue>,
        participant: ParticipantId,
        from_patient: bool,
        display_name: DisplayName,
        text: String,
        at_ms: u64,
    },
    /// (to all) The sending node holds this room now.
    RoomOpened { room: RoomName, url: String },
    /// (to all) The sending node no longer holds this room.
    RoomClosed { room: RoomName },
    /// (to all) The consultation in this room was ended: its waiting
    /// people go home.
    RoomEnded { room: RoomName },
    /// (to the waiter's node) Let this waiting person in; `by` is who asks,
    /// checked again there against the one rule.
    Admit {
        participant: ParticipantId,
        by: SharedViewer,
    },
    /// (to the room's node) This person was admitted elsewhere and is on
    /// their way: let them in without waiting.
    Pass { room: RoomName, sub: String },
    /// (to the waiter's node) A chat message from the clinic to a waiting
    /// person.
    ChatToWaiting {
        participant: ParticipantId,
        display_name: DisplayName,
        text: String,
        at_ms: u64,
        by: SharedViewer,
    },
    /// (to all) The sending node is alive (every [`HEARTBEAT`]).
    Alive,
    /// (to all) The person with this `sub` is in this room on the sending
    /// node: if the node dies, they come back on another without a new
    /// admission.
    Entered { room: RoomName, sub: String },
    /// (to all) They left the room.
    Exited { room: RoomName, sub: String },
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
const ALIVE_TTL: Duration = Duration::from_secs(2);
/// How often a node says it is alive.
pub const HEARTBEAT: Duration = Duration::from_millis(500);
/// A node not heard for this long is dead: four heartbeats missed.
pub const DEAD_AFTER: Duration = Duration::from_secs(2);

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
    pub async fn connect(
        url: &str,
    ) -> Result<(RedisPresence, mpsc::UnboundedReceiver<Envelope>), PresenceError> {
        let client = redis::Client::open(url)?;
        let mut conn = client.get_multiplexed_async_connection().await?;
        let node = crate::core::new_secret("n");
        let mut pubsub = client.get_async_pubsub().await?;
        pubsub.subscribe(ALL_CHANNEL).await?;
        pubsub.subscribe(node_channel(&node)).await?;
        say_alive(&mut conn, &node).await?;

        let (in_tx, in_rx) = mpsc::unbounded_channel();
        // Subscribed before reading the state, so nothing falls between.
        for envelope in snapshot(&mut conn, &node).await? {
            let _ = in_tx.send(envelope);
        }
        let me = node.clone();
        tokio::spawn(async move {
            let mut messages = pubsub.into_on_message();
            while let Some(message) = messages.next().await {
                let Ok(payload) = message.get_payload::<String>() else {
                    continue;
                };
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
async fn snapshot(
    conn: &mut redis::aio::MultiplexedConnection,
    me: &str,
) -> Result<Vec<Envelope>, PresenceError> {
    let mut out = Vec::new();
    for (_, stored) in read_stored::<SharedWaiter>(conn, WAITING_KEY).await? {
        if stored.node != me && alive(conn, &stored.node).await? {
            out.push(Envelope {
                from: stored.node,
                msg: ClusterMsg::Waiting {
                    waiter: stored.value,
                },
            });
        }
    }
    for (room, stored) in read_stored::<String>(conn, ROOMS_KEY).await? {
        if let Ok(room) = RoomName::new(room) {
            if stored.node != me && alive(conn, &stored.node).await? {
                out.push(Envelope {
                    from: stored.node,
                    msg: ClusterMsg::RoomOpened {
                        room,
                        url: stored.value,
                    },
                });
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
    Ok(all
        .into_iter()
        .filter_map(|(field, json)| Some((field, serde_json::from_str(&json).ok()?)))
        .collect())
}

/// Sets (or refreshes) this node's liveness key, for [`ALIVE_TTL`].
async fn say_alive(
    conn: &mut redis::aio::MultiplexedConnection,
    node: &str,
) -> Result<(), PresenceError> {
    let ttl_ms = u64::try_from(ALIVE_TTL.as_millis()).unwrap_or(u64::MAX);
    let _: () = redis::cmd("SET")
        .arg(format!("{ALIVE_PREFIX}{node}"))
        .arg(1)
        .arg("PX")
        .arg(ttl_ms)
        .query_async(conn)
        .await?;
    Ok(())
}

async fn alive(
    conn: &mut redis::aio::MultiplexedConnection,
    node: &str,
) -> Result<bool, PresenceError> {
    let n: u32 = redis::cmd("EXISTS")
        .arg(format!("{ALIVE_PREFIX}{node}"))
        .query_async(conn)
        .await?;
    Ok(n == 1)
}

/// Writes this node's announcements: the hashes first, then the message,
/// so a node that reads the state after subscribing misses nothing. Also
/// keeps this node's liveness key fresh and clears the entries of nodes
/// that died.
async fn writer(
    mut conn: redis::aio::MultiplexedConnection,
    node: String,
    mut rx: mpsc::UnboundedReceiver<(Target, ClusterMsg)>,
) {
    /// The hashes are swept every this many heartbeats.
    const SWEEP_EVERY: u32 = 4;
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    let mut sweeps = 0u32;
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
                if let Err(e) = say_alive(&mut conn, &node).await {
                    tracing::warn!(error = %e, "presence heartbeat failed");
                }
                if let Err(e) = write(&mut conn, &node, Target::All, ClusterMsg::Alive).await {
                    tracing::warn!(error = %e, "presence heartbeat not published");
                }
                sweeps += 1;
                if sweeps % SWEEP_EVERY == 0 && let Err(e) = sweep(&mut conn).await {
                    tracing::debug!(error = %e, "presence sweep failed");
                }
            }
        }
    }
}

async fn write(
    conn: &mut redis::aio::MultiplexedConnection,
    node: &str,
    to: Target,
    msg: ClusterMsg,
) -> Result<(), PresenceError> {
    fn stored<T: Serialize + Clone>(node: &str, value: &T) -> String {
        serde_json::to_string(&Stored {
            node: node.to_owned(),
            value: value.clone(),
        })
        .unwrap_or_default()
    }
    match &msg {
        ClusterMsg::Waiting { waiter } => {
            let _: () = redis::cmd("HSET")
                .arg(WAITING_KEY)
                .arg(waiter.entry.participant.as_str())
                .arg(stored(node, waiter))
                .query_async(conn)
                .await?;
        }
        // Only our own entry: another node may have adopted it since (a
        // waiting person who reconnected there).
        ClusterMsg::LeftWaiting { participant, .. } => {
            delete_own(conn, WAITING_KEY, participant.as_str(), node).await?;
        }
        ClusterMsg::RoomOpened { room, url } => {
            let _: () = redis::cmd("HSET")
                .arg(ROOMS_KEY)
                .arg(room.as_str())
                .arg(stored(node, url))
                .query_async(conn)
                .await?;
        }
        ClusterMsg::RoomClosed { room } => {
            delete_own(conn, ROOMS_KEY, room.as_str(), node).await?;
        }
        _ => {}
    }
    let channel = match to {
        Target::All => ALL_CHANNEL.to_owned(),
        Target::Node(n) => node_channel(&n),
    };
    let payload = serde_json::to_string(&Envelope {
        from: node.to_owned(),
        msg,
    })
    .unwrap_or_default();
    let _: () = redis::cmd("PUBLISH")
        .arg(channel)
        .arg(payload)
        .query_async(conn)
        .await?;
    Ok(())
}

/// Deletes hash field `field` of `key` only while the node stored in it is
/// `node` (one script, so nothing comes between the read and the delete).
async fn delete_own(
    conn: &mut redis::aio::MultiplexedConnection,
    key: &str,
    field: &str,
    node: &str,
) -> Result<(), PresenceError> {
    const SCRIPT: &str = "local v = redis.call('HGET', KEYS[1], ARGV[1]) \
        if v and cjson.decode(v).node == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end \
        return 0";
    let _: u32 = redis::cmd("EVAL")
        .arg(SCRIPT)
        .arg(1)
        .arg(key)
        .arg(field)
        .arg(node)
        .query_async(conn)
        .await?;
    Ok(())
}

/// Removes the hash entries of nodes whose liveness key has lapsed (so a
/// node that starts later does not read them). The hubs themselves have
/// already taken those nodes for dead, from their silence.
async fn sweep(conn: &mut redis::aio::MultiplexedConnection) -> Result<(), PresenceError> {
    for (participant, stored) in read_stored::<SharedWaiter>(conn, WAITING_KEY).await? {
        if !alive(conn, &stored.node).await? {
            delete_own(conn, WAITING_KEY, &participant, &stored.node).await?;
        }
    }
    for (room, stored) in read_stored::<String>(conn, ROOMS_KEY).await? {
        if !alive(conn, &stored.node).await? {
            delete_own(conn, ROOMS_KEY, &room, &stored.node).await?;
        }
    }
    Ok(())
}
