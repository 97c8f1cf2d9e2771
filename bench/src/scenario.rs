//! What a run does: the scenario, from a TOML file and/or command-line flags.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::BenchError;

/// The shapes of load the bench knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Many 1:1 consultations: 2 participants per room, both publishing.
    Consult,
    /// Rooms of 6 (or `participants`), everyone publishing.
    Group,
    /// One publisher and `participants - 1` receive-only subscribers per room.
    Fanout,
    /// Like consult, but every participant leaves and joins again
    /// continuously (each session lasts `session_secs`, give or take a third).
    Churn,
    /// Patients wait in their practitioner's waiting area and are admitted
    /// at `admit_per_sec` (across all rooms): per room, the practitioner is
    /// in the call first and the others arrive as patients. Needs join
    /// tokens (the server's join key).
    Waiting,
    /// A clinic's day, for hours: per room a practitioner is in the call
    /// while patients arrive, wait, are admitted (at `admit_per_sec`),
    /// consult for about `session_secs`, leave and come back as the next
    /// patient; the practitioner joins again after about four patients'
    /// time; everyone chats every `chat_every_secs`. The report follows
    /// the server's memory, file descriptors, threads and tasks over time.
    /// Needs join tokens.
    Soak,
}

/// A scenario. Every field has a default per kind; a TOML file or flags
/// override them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub kind: Kind,
    /// Rooms at once (in ramp mode: rooms added per step).
    pub rooms: u32,
    /// Participants per room.
    pub participants: u32,
    /// How long the measured run lasts, seconds (after everyone joined).
    pub duration_secs: f64,
    /// Joins per second while starting.
    pub ramp_up_per_sec: f64,
    /// Simulcast layers each publisher sends (1-3: q 320x180, h 640x360,
    /// f 1280x720; one layer is sent at the largest size asked for).
    pub video_layers: u32,
    /// Target bitrates of the layers, kbit/s, smallest first.
    pub layer_kbps: Vec<u32>,
    /// Opus bitrate, kbit/s; 0 sends no audio.
    pub audio_kbps: u32,
    /// Whether publishers send video at all.
    pub video: bool,
    /// The size at which each subscriber shows every remote video, WxH
    /// (the SFU picks the layer from it).
    pub view: String,
    /// Random packet loss injected at each client, both directions, 0-1.
    pub loss: f64,
    /// One-way delay added at each client, both directions, ms.
    pub delay_ms: u32,
    /// Subscribers decode every video frame they receive (openh264).
    /// Costs the bench CPU; turn off for capacity runs.
    pub decode: bool,
    /// Churn: mean length of one session, seconds.
    pub session_secs: f64,
    /// Seed for loss and churn timing.
    pub seed: u64,
    /// Waiting: admissions per second, across all rooms.
    pub admit_per_sec: f64,
    /// Everyone in a room (and patients while waiting) sends a chat
    /// message this often, seconds; 0 sends none.
    pub chat_every_secs: f64,
}

/// A scenario file: `kind`, and any field to change from its defaults.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    kind: Kind,
    rooms: Option<u32>,
    participants: Option<u32>,
    duration_secs: Option<f64>,
    ramp_up_per_sec: Option<f64>,
    video_layers: Option<u32>,
    layer_kbps: Option<Vec<u32>>,
    audio_kbps: Option<u32>,
    video: Option<bool>,
    view: Option<String>,
    loss: Option<f64>,
    delay_ms: Option<u32>,
    decode: Option<bool>,
    session_secs: Option<f64>,
    seed: Option<u64>,
    admit_per_sec: Option<f64>,
    chat_every_secs: Option<f64>,
}

impl Scenario {
    pub fn defaults(kind: Kind) -> Scenario {
        let participants = match kind {
            Kind::Consult | Kind::Churn | Kind::Waiting => 2,
            // The practitioner, the patient in the call, the next one waiting.
            Kind::Soak => 3,
            Kind::Group => 6,
            Kind::Fanout => 11,
        };
        Scenario {
            kind,
            rooms: match kind {
                Kind::Fanout => 1,
                Kind::Waiting => 10,
                Kind::Soak => 4,
                _ => 2,
            },
            participants,
            duration_secs: if kind == Kind::Soak { 600.0 } else { 10.0 },
            ramp_up_per_sec: 10.0,
            video_layers: 1,
            layer_kbps: vec![150, 500, 1500],
            audio_kbps: 32,
            video: true,
            // A group call shows a gallery of small tiles.
            view: if matches!(kind, Kind::Group | Kind::Soak) {
                "320x180".into()
            } else {
                "640x360".into()
            },
            loss: 0.0,
            delay_ms: 0,
            // Hours of decoding would measure the bench, not the server.
            decode: kind != Kind::Soak,
            session_secs: if kind == Kind::Soak { 30.0 } else { 8.0 },
            seed: 1,
            admit_per_sec: 2.0,
            chat_every_secs: if kind == Kind::Soak { 10.0 } else { 0.0 },
        }
    }

    /// Reads a TOML scenario file. `kind` is required; anything else left
    /// out takes that kind's default.
    pub fn from_file(path: &Path) -> Result<Scenario, BenchError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| BenchError::Scenario(format!("{}: {e}", path.display())))?;
        Scenario::from_toml(&text)
            .map_err(|e| BenchError::Scenario(format!("{}: {e}", path.display())))
    }

    pub fn from_toml(text: &str) -> Result<Scenario, String> {
        let file: ScenarioFile =
            toml::from_str(text).map_err(|e| e.to_string().trim_end().to_owned())?;
        let mut s = Scenario::defaults(file.kind);
        macro_rules! take {
            ($($field:ident),*) => { $(if let Some(v) = file.$field { s.$field = v; })* };
        }
        take!(
            rooms,
            participants,
            duration_secs,
            ramp_up_per_sec,
            video_layers,
            layer_kbps,
            audio_kbps,
            video,
            view,
            loss,
            delay_ms,
            decode,
            session_secs,
            seed,
            admit_per_sec,
            chat_every_secs
        );
        s.validate()?;
        Ok(s)
    }

    /// Checks the values make a run that can happen.
    pub fn validate(&self) -> Result<(), String> {
        if !(2..=50).contains(&self.participants) {
            return Err(format!(
                "participants per room must be 2-50, not {}",
                self.participants
            ));
        }
        if !(1..=2000).contains(&self.rooms) {
            return Err(format!("rooms must be 1-2000, not {}", self.rooms));
        }
        if !(self.duration_secs > 0.0 && self.duration_secs <= 86_400.0) {
            return Err(format!(
                "duration_secs must be above 0 and at most a day, not {}",
                self.duration_secs
            ));
        }
        if !(self.ramp_up_per_sec > 0.0 && self.ramp_up_per_sec <= 10_000.0) {
            return Err(format!(
                "ramp_up_per_sec must be above 0, not {}",
                self.ramp_up_per_sec
            ));
        }
        if !(1..=3).contains(&self.video_layers) {
            return Err(format!(
                "video_layers must be 1-3, not {}",
                self.video_layers
            ));
        }
        if self.layer_kbps.len() < 3 || self.layer_kbps.iter().any(|k| !(30..=8000).contains(k)) {
            return Err("layer_kbps needs three bitrates of 30-8000 kbit/s".into());
        }
        if self.audio_kbps != 0 && !(6..=256).contains(&self.audio_kbps) {
            return Err(format!(
                "audio_kbps must be 0 or 6-256, not {}",
                self.audio_kbps
            ));
        }
        if !self.video && self.audio_kbps == 0 {
            return Err("with no video and no audio there is nothing to measure".into());
        }
        self.view_size()?;
        if !(0.0..=0.5).contains(&self.loss) {
            return Err(format!("loss must be 0-0.5, not {}", self.loss));
        }
        if self.delay_ms > 2000 {
            return Err(format!(
                "delay_ms must be at most 2000, not {}",
                self.delay_ms
            ));
        }
        if matches!(self.kind, Kind::Waiting | Kind::Soak)
            && !(self.admit_per_sec > 0.0 && self.admit_per_sec <= 1000.0)
        {
            return Err(format!(
                "admit_per_sec must be above 0, not {}",
                self.admit_per_sec
            ));
        }
        if !(self.chat_every_secs == 0.0 || (0.5..=3600.0).contains(&self.chat_every_secs)) {
            return Err(format!(
                "chat_every_secs must be 0 (no chat) or 0.5-3600, not {}",
                self.chat_every_secs
            ));
        }
        if matches!(self.kind, Kind::Churn | Kind::Soak)
            && (self.session_secs.is_nan() || self.session_secs < 1.0)
        {
            return Err(format!(
                "session_secs must be at least 1, not {}",
                self.session_secs
            ));
        }
        Ok(())
    }

    /// `view` as (width, height).
    pub fn view_size(&self) -> Result<(u32, u32), String> {
        let bad = || {
            format!(
                "view must be WIDTHxHEIGHT, like 640x360, not {:?}",
                self.view
            )
        };
        let (w, h) = self.view.split_once('x').ok_or_else(bad)?;
        let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
        if w > 7680 || h > 4320 {
            return Err(bad());
        }
        Ok((w, h))
    }

    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.duration_secs)
    }

    /// Whether participants enter with tokens: a practitioner first, the
    /// others as patients who wait.
    pub fn has_waiting_area(&self) -> bool {
        matches!(self.kind, Kind::Waiting | Kind::Soak)
    }

    /// Whether participant `index` of a room publishes.
    pub fn publishes(&self, index: u32) -> bool {
        self.kind != Kind::Fanout || index == 0
    }

    /// Every participant receives what the others publish.
    pub fn participants_total(&self) -> u32 {
        self.rooms * self.participants
    }

    /// The layers publishers send: (rid, width, height, kbit/s).
    pub fn layers(&self) -> Vec<(&'static str, u32, u32, u32)> {
        const SIZES: [(&str, u32, u32); 3] = [("q", 320, 180), ("h", 640, 360), ("f", 1280, 720)];
        if self.video_layers == 1 {
            // One layer: the size that fills the view, as a camera would send.
            let (w, _) = self.view_size().unwrap_or((640, 360));
            let i = SIZES.iter().position(|(_, sw, _)| *sw >= w).unwrap_or(2);
            let (rid, w, h) = SIZES[i];
            return vec![(rid, w, h, self.layer_kbps[i])];
        }
        (0..self.video_layers as usize)
            .map(|i| (SIZES[i].0, SIZES[i].1, SIZES[i].2, self.layer_kbps[i]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_file_overrides_the_kinds_defaults() {
        let s = Scenario::from_toml("kind = \"group\"\nrooms = 3\nloss = 0.02\n").unwrap();
        assert_eq!(
            (s.kind, s.rooms, s.participants, s.loss),
            (Kind::Group, 3, 6, 0.02)
        );
    }

    #[test]
    fn malformed_files_say_what_is_wrong() {
        let err = |t: &str| Scenario::from_toml(t).unwrap_err();
        assert!(err("rooms = 2").contains("kind"), "{}", err("rooms = 2"));
        assert!(err("kind = \"party\"").contains("kind"));
        assert!(err("kind = \"consult\"\nroms = 2").contains("roms"));
        assert!(
            err("kind = \"consult\"\nrooms = \"two\"").contains("rooms = \"two\""),
            "{}",
            err("kind = \"consult\"\nrooms = \"two\"")
        );
        assert!(err("kind = \"consult\"\nloss = 0.9").contains("loss"));
        assert!(err("kind = \"consult\"\nview = \"big\"").contains("view"));
        assert!(err("kind = [").len() > 5);
    }

    #[test]
    fn the_example_scenarios_are_valid() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut count = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            Scenario::from_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            count += 1;
        }
        assert!(count >= 3);
    }

    #[test]
    fn one_layer_is_sent_at_the_size_of_the_view() {
        let mut s = Scenario::defaults(Kind::Consult);
        s.view = "320x180".into();
        assert_eq!(s.layers(), vec![("q", 320, 180, 150)]);
        s.video_layers = 3;
        assert_eq!(s.layers().len(), 3);
    }
}
