//! The Janus target: the VideoRoom plugin through Janus's HTTP API (long
//! polling for events). Each participant has a Janus session with a
//! publisher handle (connection 0, which also brings the room's publisher
//! list) and, once there is someone to watch, a subscriber handle
//! (connection 1) that subscribes to every other publisher's streams.

use std::collections::VecDeque;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::BenchError;
use crate::client::{Plan, ToMedia, ToSignal};

/// How long one HTTP request may take (a long poll waits up to 30 s).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(40);

/// A Janus HTTP API client bound to one session.
#[derive(Debug, Clone)]
pub struct Api {
    http: reqwest::Client,
    base: String,
    session: u64,
}

fn transaction() -> String {
    format!("{:016x}", fastrand::u64(..))
}

impl Api {
    /// Opens a session on the server at `base` (`http://host:port/janus`).
    pub async fn connect(base: &str) -> Result<Api, BenchError> {
        let http = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| BenchError::Janus(e.to_string()))?;
        let reply = post(
            &http,
            base,
            json!({"janus": "create", "transaction": transaction()}),
        )
        .await?;
        let session = reply["data"]["id"]
            .as_u64()
            .ok_or_else(|| BenchError::Janus(format!("no session in {reply}")))?;
        Ok(Api {
            http,
            base: base.trim_end_matches('/').to_owned(),
            session,
        })
    }

    pub async fn attach(&self) -> Result<u64, BenchError> {
        let reply = post(&self.http, &self.session_url(), json!({"janus": "attach", "plugin": "janus.plugin.videoroom", "transaction": transaction()})).await?;
        reply["data"]["id"]
            .as_u64()
            .ok_or_else(|| BenchError::Janus(format!("no handle in {reply}")))
    }

    /// A plugin message; synchronous requests return the plugin's data,
    /// asynchronous ones an `ack` (their result comes as an event).
    pub async fn message(
        &self,
        handle: u64,
        body: Value,
        jsep: Option<Value>,
    ) -> Result<Value, BenchError> {
        let mut request = json!({"janus": "message", "body": body, "transaction": transaction()});
        if let Some(jsep) = jsep {
            request["jsep"] = jsep;
        }
        let reply = post(
            &self.http,
            &format!("{}/{handle}", self.session_url()),
            request,
        )
        .await?;
        if let Some(error) = reply["plugindata"]["data"]["error"].as_str() {
            return Err(BenchError::Janus(error.to_owned()));
        }
        Ok(reply)
    }

    pub async fn trickle(&self, handle: u64, candidate: Value) -> Result<(), BenchError> {
        post(
            &self.http,
            &format!("{}/{handle}", self.session_url()),
            json!({"janus": "trickle", "candidate": candidate, "transaction": transaction()}),
        )
        .await
        .map(drop)
    }

    /// Waits (up to 30 s) for the session's next events.
    pub async fn poll(&self) -> Result<Vec<Value>, BenchError> {
        let url = format!("{}?maxev=10&rid={}", self.session_url(), fastrand::u64(..));
        let reply = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| BenchError::Janus(e.to_string()))?;
        let value: Value = reply
            .json()
            .await
            .map_err(|e| BenchError::Janus(e.to_string()))?;
        Ok(match value {
            Value::Array(events) => events,
            other => vec![other],
        })
    }

    pub async fn destroy(&self) {
        let _ = post(
            &self.http,
            &self.session_url(),
            json!({"janus": "destroy", "transaction": transaction()}),
        )
        .await;
    }

    fn session_url(&self) -> String {
        format!("{}/{}", self.base, self.session)
    }
}

async fn post(http: &reqwest::Client, url: &str, body: Value) -> Result<Value, BenchError> {
    let reply = http
        .post(url)
        .json(&body)
        .send()
        .await
        .map_err(|e| BenchError::Unreachable(format!("{url}: {e}")))?;
    let value: Value = reply
        .json()
        .await
        .map_err(|e| BenchError::Janus(e.to_string()))?;
    if value["janus"] == "error" {
        return Err(BenchError::Janus(
            value["error"]["reason"]
                .as_str()
                .unwrap_or("error")
                .to_owned(),
        ));
    }
    Ok(value)
}

/// The numeric Janus room of room `index` in run `run`.
pub fn room_id(run: u32, index: u32) -> u64 {
    u64::from(run) * 10_000 + u64::from(index) + 1
}

/// Creates the run's rooms (H264 and Opus, room for every participant).
pub async fn create_rooms(
    base: &str,
    run: u32,
    rooms: u32,
    publishers: u32,
) -> Result<(), BenchError> {
    let api = Api::connect(base).await?;
    let handle = api.attach().await?;
    for index in 0..rooms {
        let body = json!({
            "request": "create", "room": room_id(run, index), "publishers": publishers,
            "audiocodec": "opus", "videocodec": "h264", "notify_joining": false, "permanent": false,
        });
        api.message(handle, body, None).await?;
    }
    api.destroy().await;
    Ok(())
}

/// The server's version string, from `GET /info`.
pub async fn version(base: &str) -> Option<String> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .ok()?;
    let info: Value = http
        .get(format!("{base}/info"))
        .send()
        .await
        .ok()?
        .json()
        .await
        .ok()?;
    Some(format!("Janus {}", info["version_string"].as_str()?))
}

/// Runs one participant's signalling against Janus at `base`.
pub async fn signal(
    base: String,
    run: u32,
    substream: Option<u32>,
    plan: Plan,
    to_media: mpsc::Sender<ToMedia>,
    from_media: mpsc::Receiver<ToSignal>,
) {
    let api = match Api::connect(&base).await {
        Ok(api) => api,
        Err(e) => {
            let _ = to_media.send(ToMedia::Failed(e.to_string())).await;
            return;
        }
    };
    let result = Participant::new(api.clone(), run, substream, plan, to_media.clone())
        .run(from_media)
        .await;
    if let Err(e) = result {
        let _ = to_media.send(ToMedia::Failed(e.to_string())).await;
    }
    api.destroy().await;
}

struct Participant {
    api: Api,
    room: u64,
    plan: Plan,
    substream: Option<u32>,
    to_media: mpsc::Sender<ToMedia>,
    publisher: u64,
    my_id: Option<u64>,
    subscriber: Option<u64>,
    /// Feeds subscribed to, or asked for.
    feeds: Vec<u64>,
    /// Feeds waiting for the subscriber's current negotiation to end.
    queued: VecDeque<u64>,
    negotiating: bool,
}

impl Participant {
    fn new(
        api: Api,
        run: u32,
        substream: Option<u32>,
        plan: Plan,
        to_media: mpsc::Sender<ToMedia>,
    ) -> Participant {
        let room = room_id(run, plan.room);
        Participant {
            api,
            room,
            plan,
            substream,
            to_media,
            publisher: 0,
            my_id: None,
            subscriber: None,
            feeds: Vec::new(),
            queued: VecDeque::new(),
            negotiating: false,
        }
    }

    async fn run(mut self, mut from_media: mpsc::Receiver<ToSignal>) -> Result<(), BenchError> {
        self.publisher = self.api.attach().await?;
        let join = json!({"request": "join", "ptype": "publisher", "room": self.room, "display": self.plan.name()});
        self.api.message(self.publisher, join, None).await?;
        let (events_tx, mut events) = mpsc::channel::<Result<Vec<Value>, BenchError>>(8);
        let poller = {
            let api = self.api.clone();
            tokio::spawn(async move {
                loop {
                    let batch = api.poll().await;
                    let failed = batch.is_err();
                    if events_tx.send(batch).await.is_err() || failed {
                        return;
                    }
                }
            })
        };
        let result = async {
            loop {
                tokio::select! {
                    batch = events.recv() => {
                        let Some(batch) = batch else { return Err(BenchError::Janus("event polling ended".into())) };
                        for event in batch? {
                            self.on_event(event).await?;
                        }
                    }
                    request = from_media.recv() => {
                        let Some(request) = request else { return Ok(()) };
                        self.on_media(request).await?;
                    }
                }
            }
        }
        .await;
        poller.abort();
        result
    }

    async fn on_event(&mut self, event: Value) -> Result<(), BenchError> {
        let sender = event["sender"].as_u64();
        let data = &event["plugindata"]["data"];
        if let Some(error) = data["error"].as_str() {
            return Err(BenchError::Janus(error.to_owned()));
        }
        let jsep = &event["jsep"];
        if sender == Some(self.publisher) {
            if data["videoroom"] == "joined" {
                self.my_id = data["id"].as_u64();
                if self
                    .to_media
                    .send(ToMedia::Joined {
                        waited: None,
                        offer_to_receive: false,
                    })
                    .await
                    .is_err()
                {
                    return Ok(());
                }
            }
            if let Some(publishers) = data["publishers"].as_array() {
                let ids: Vec<u64> = publishers.iter().filter_map(|p| p["id"].as_u64()).collect();
                self.watch(ids).await?;
            }
            if jsep["type"] == "answer"
                && let Some(sdp) = jsep["sdp"].as_str()
            {
                let _ = self
                    .to_media
                    .send(ToMedia::Answer {
                        conn: 0,
                        sdp: sdp.to_owned(),
                    })
                    .await;
            }
        } else if sender.is_some() && sender == self.subscriber && jsep["type"] == "offer" {
            if let Some(sdp) = jsep["sdp"].as_str() {
                let _ = self
                    .to_media
                    .send(ToMedia::Offer {
                        conn: 1,
                        sdp: sdp.to_owned(),
                    })
                    .await;
            }
        }
        Ok(())
    }

    /// Subscribes to `ids` (other publishers) not yet watched.
    async fn watch(&mut self, ids: Vec<u64>) -> Result<(), BenchError> {
        for id in ids {
            if Some(id) != self.my_id && !self.feeds.contains(&id) && !self.queued.contains(&id) {
                self.queued.push_back(id);
            }
        }
        self.subscribe_queued().await
    }

    async fn subscribe_queued(&mut self) -> Result<(), BenchError> {
        if self.negotiating || self.queued.is_empty() {
            return Ok(());
        }
        let streams: Vec<Value> = self.queued.iter().map(|id| json!({"feed": id})).collect();
        self.feeds.extend(self.queued.drain(..));
        self.negotiating = true;
        match self.subscriber {
            None => {
                let handle = self.api.attach().await?;
                self.subscriber = Some(handle);
                let join = json!({"request": "join", "ptype": "subscriber", "room": self.room, "streams": streams});
                self.api.message(handle, join, None).await?;
            }
            Some(handle) => {
                self.api
                    .message(
                        handle,
                        json!({"request": "subscribe", "streams": streams}),
                        None,
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn on_media(&mut self, request: ToSignal) -> Result<(), BenchError> {
        match request {
            ToSignal::Offer { sdp, .. } => {
                let body = json!({"request": "configure", "audio": true, "video": true});
                self.api
                    .message(
                        self.publisher,
                        body,
                        Some(json!({"type": "offer", "sdp": sdp})),
                    )
                    .await?;
            }
            ToSignal::Answer { sdp, .. } => {
                let Some(handle) = self.subscriber else {
                    return Ok(());
                };
                self.api
                    .message(
                        handle,
                        json!({"request": "start"}),
                        Some(json!({"type": "answer", "sdp": sdp})),
                    )
                    .await?;
                if let Some(substream) = self.substream {
                    // Every simulcast video at the layer the scenario's view asks for.
                    let streams: Vec<Value> = video_mids(&sdp)
                        .into_iter()
                        .map(|mid| json!({"mid": mid, "substream": substream}))
                        .collect();
                    if !streams.is_empty() {
                        self.api
                            .message(
                                handle,
                                json!({"request": "configure", "streams": streams}),
                                None,
                            )
                            .await?;
                    }
                }
                self.negotiating = false;
                self.subscribe_queued().await?;
            }
            ToSignal::Candidate { conn, candidate } => {
                let handle = if conn == 0 {
                    Some(self.publisher)
                } else {
                    self.subscriber
                };
                if let Some(handle) = handle {
                    self.api.trickle(handle, json!({"candidate": format!("candidate:{}", candidate.trim_start_matches("candidate:")), "sdpMid": "0", "sdpMLineIndex": 0})).await?;
                    self.api.trickle(handle, json!({"completed": true})).await?;
                }
            }
        }
        Ok(())
    }
}

/// The mids of the video m-lines in an SDP.
fn video_mids(sdp: &str) -> Vec<String> {
    let mut mids = Vec::new();
    let mut video = false;
    for line in sdp.lines() {
        if let Some(media) = line.strip_prefix("m=") {
            video = media.starts_with("video");
        } else if video && let Some(mid) = line.strip_prefix("a=mid:") {
            mids.push(mid.trim().to_owned());
        }
    }
    mids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_mids_are_found() {
        let sdp = "v=0\r\nm=audio 9 UDP\r\na=mid:0\r\nm=video 9 UDP\r\na=mid:1\r\nm=video 9 UDP\r\na=mid:v2\r\n";
        assert_eq!(video_mids(sdp), vec!["1", "v2"]);
    }
}
