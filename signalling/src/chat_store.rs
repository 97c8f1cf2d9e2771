//! Chat kept as data (issue 26): where a server that keeps chat (`anteroom
//! serve`, with its database) puts each message before it is acknowledged
//! and passed on, and where a conversation is read back for whoever opens
//! it later. The conversation is the room: a patient's messages from the
//! waiting room and the call's are one history.
//!
//! Without a store (a signalling node with no database), chat is what it
//! was: passed on, never kept.

use std::future::Future;
use std::pin::Pin;

use anteroom_protocol::{DisplayName, RoomName};

/// One kept message, as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptChat {
    /// The writer's token `sub` (the same person in any window); none in
    /// an open room.
    pub sender: Option<String>,
    /// Written by the clinic's staff.
    pub from_clinic: bool,
    pub display_name: DisplayName,
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub at_ms: u64,
}

#[derive(Debug, thiserror::Error)]
#[error("the chat store is unavailable: {0}")]
pub struct ChatStoreError(pub String);

type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, ChatStoreError>> + Send + 'a>>;

/// Keeps conversations. Never logs their words.
pub trait ChatStore: Send + Sync + std::fmt::Debug {
    /// Keeps `chat` in `room`'s conversation. A room the store has no
    /// conversation for (an open room) is not an error: nothing is kept.
    fn keep<'a>(&'a self, room: &'a RoomName, chat: &'a KeptChat) -> Answer<'a, ()>;
    /// `room`'s conversation, oldest first.
    fn history<'a>(&'a self, room: &'a RoomName) -> Answer<'a, Vec<KeptChat>>;
}
