//! Captions: who reads them in which language, which microphones are
//! tapped, and each segment to its readers (translated where asked).

use super::*;

/// What a viewer asked for with `set_captions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reading {
    /// Captions off.
    Off,
    /// On, in the language spoken.
    AsSpoken,
    /// On, translated into this language where it is not the one spoken.
    In(LanguageCode),
}

/// The label of a tapped microphone for the SFU and the captions service
/// (empty: the service's own language).
fn tap_language(spoken: Option<&LanguageCode>) -> String {
    spoken.map(ToString::to_string).unwrap_or_default()
}

/// The languages offered to read captions in when a translation service is
/// configured: the languages the pages are in, and Chinese.
const TRANSLATION_TARGETS: [&str; 13] = [
    "en", "nl", "de", "fr", "es", "it", "pt", "sv", "pl", "tr", "uk", "ar", "zh",
];

impl Core {
    /// The languages captions can be read in besides as spoken: every
    /// translation target with a translation service; without one, English
    /// when the model hears more than English (whisper translates into
    /// English itself); else none.
    pub(super) fn readable_languages(&self) -> Vec<LanguageCode> {
        if self.config.translator.is_some() {
            TRANSLATION_TARGETS
                .iter()
                .filter_map(|l| LanguageCode::new(*l).ok())
                .collect()
        } else if self.captions_languages.len() > 1 {
            LanguageCode::new("en").into_iter().collect()
        } else {
            Vec::new()
        }
    }

    /// Captions on or off for a viewer in `room`. The first viewer taps
    /// every microphone in the room; when the last stops (or leaves), the
    /// taps stop. The taps are labelled again when someone starts or stops
    /// reading English (a multilingual model then gives final segments in
    /// English too).
    pub(super) fn set_captions(&mut self, conn: ConnId, room: &RoomName, reading: Reading) {
        let Some(r) = self.rooms.get_mut(room) else {
            return;
        };
        let before = (!r.caption_viewers.is_empty(), r.reads_english());
        match reading {
            Reading::AsSpoken => {
                r.caption_viewers.insert(conn, None);
            }
            Reading::In(language) => {
                r.caption_viewers.insert(conn, Some(language));
            }
            Reading::Off => {
                r.caption_viewers.remove(&conn);
            }
        }
        let (on, english) = (!r.caption_viewers.is_empty(), r.reads_english());
        if before != (on, english) {
            let members: Vec<(ParticipantId, String, bool)> = r
                .members
                .iter()
                .map(|(id, m)| {
                    let language = tap_language(m.info.spoken_language.as_ref());
                    (id.clone(), language, !m.language_chosen)
                })
                .collect();
            if before.0 != on {
                tracing::info!(room = %room, on, "captions");
            }
            for (participant, language, detect) in members {
                self.command_sfu(SfuCommand::Tap {
                    participant,
                    on,
                    language,
                    english,
                    detect,
                });
            }
        }
    }

    /// Someone in `room` says which language `participant` speaks: it holds
    /// for the room (there is one recogniser per speaker), so everyone is
    /// told, and a tapped microphone is relabelled at once, no longer open
    /// to detection.
    pub(super) fn set_spoken_language(
        &mut self,
        conn: ConnId,
        request_id: RequestId,
        room: &RoomName,
        participant: ParticipantId,
        language: LanguageCode,
    ) {
        if !self.config.captions {
            self.error(conn, Some(request_id), ErrorCode::CaptionsUnavailable);
            return;
        }
        if !self.captions_languages.contains(&language) {
            self.error(conn, Some(request_id), ErrorCode::SpokenLanguageUnavailable);
            return;
        }
        let Some(r) = self.rooms.get_mut(room) else {
            return;
        };
        let Some(member) = r.members.get_mut(&participant) else {
            self.error(conn, Some(request_id), ErrorCode::UnknownParticipant);
            return;
        };
        let changed = member.info.spoken_language.as_ref() != Some(&language);
        // Chosen now (even the language assumed): no longer detected.
        let relabel = changed || !member.language_chosen;
        member.info.spoken_language = Some(language.clone());
        member.language_chosen = true;
        let (tapped, english) = (!r.caption_viewers.is_empty(), r.reads_english());
        self.send(conn, ServerMsg::Ack { request_id });
        if changed {
            tracing::info!(room = %room, participant = %participant, %language, "spoken language");
            self.broadcast(
                room,
                None,
                ServerMsg::SpokenLanguage {
                    participant: participant.clone(),
                    language: language.clone(),
                },
            );
        }
        if relabel && tapped {
            self.command_sfu(SfuCommand::Tap {
                participant,
                on: true,
                language: language.to_string(),
                english,
                detect: false,
            });
        }
    }

    /// The room `participant` is in, if they are in one.
    fn room_of(&self, participant: &ParticipantId) -> Option<RoomName> {
        self.conn_of
            .get(participant)
            .and_then(|c| self.sessions.get(c))
            .and_then(|s| s.joined())
            .map(|(r, _)| r.clone())
    }

    /// The captions service heard `participant` speak `language`, where
    /// their language was only assumed: it is theirs now (unless someone
    /// chose one for them meanwhile), everyone is told as if someone had
    /// said so, and their tap is relabelled (still open to detection).
    fn detected(&mut self, participant: ParticipantId, language: String) {
        let Ok(language) = LanguageCode::new(language) else {
            return;
        };
        if !self.captions_languages.contains(&language) {
            return;
        }
        let Some(room) = self.room_of(&participant) else {
            return;
        };
        let Some(r) = self.rooms.get_mut(&room) else {
            return;
        };
        let Some(member) = r.members.get_mut(&participant) else {
            return;
        };
        if member.language_chosen || member.info.spoken_language.as_ref() == Some(&language) {
            return;
        }
        member.info.spoken_language = Some(language.clone());
        let (tapped, english) = (!r.caption_viewers.is_empty(), r.reads_english());
        tracing::info!(room = %room, participant = %participant, %language, "spoken language detected");
        self.broadcast(
            &room,
            None,
            ServerMsg::SpokenLanguage {
                participant: participant.clone(),
                language: language.clone(),
            },
        );
        if tapped {
            self.command_sfu(SfuCommand::Tap {
                participant,
                on: true,
                language: language.to_string(),
                english,
                detect: true,
            });
        }
    }

    /// A caption segment goes to the viewers in its speaker's room, with
    /// the speaker's name; a state change to every viewer.
    pub(super) fn handle_captions(&mut self, event: CaptionsEvent) {
        match event {
            CaptionsEvent::Segment {
                participant,
                segment,
                text,
                tentative,
                is_final,
                language,
                start_ms,
                end_ms,
                english,
                words_missed,
                lag_ms,
            } => {
                let Some(room) = self.room_of(&participant) else {
                    return;
                };
                let Some(r) = self.rooms.get(&room) else {
                    return;
                };
                let Some(display_name) = r
                    .members
                    .get(&participant)
                    .map(|m| m.info.display_name.clone())
                else {
                    return;
                };
                self.outputs.push_back(Output::CaptionLag {
                    room: room.clone(),
                    lag_ms,
                });
                // Those who read the spoken language get every update; the
                // others, per language, each final segment translated.
                let mut as_spoken = Vec::new();
                // The service names the language it heard; one it should
                // not know is read as its own.
                let language = LanguageCode::new(language)
                    .unwrap_or_else(|_| self.config.captions_language.clone());
                let mut to_translate: BTreeMap<LanguageCode, Vec<ConnId>> = BTreeMap::new();
                for (conn, reads) in &r.caption_viewers {
                    match reads {
                        Some(l) if *l != language => {
                            to_translate.entry(l.clone()).or_default().push(*conn)
                        }
                        _ => as_spoken.push(*conn),
                    }
                }
                // A final segment with words in it is kept and translated.
                let said = is_final && !text.trim().is_empty();
                let keep = said && r.keep_transcript && self.config.transcripts.is_some();
                if keep {
                    self.outputs.push_back(Output::Keep {
                        room: room.clone(),
                        speaker: display_name.clone(),
                        text: text.clone(),
                        language: language.clone(),
                    });
                }
                let msg = ServerMsg::Caption {
                    participant,
                    display_name,
                    segment,
                    text,
                    tentative,
                    is_final,
                    language,
                    translated_from: None,
                    start_ms,
                    end_ms,
                    words_missed,
                };
                for conn in as_spoken {
                    self.send(conn, msg.clone());
                }
                if said {
                    // Whisper's own English, where it made one.
                    let english = english.filter(|e| !e.trim().is_empty());
                    let english_readers = if english.is_some() {
                        to_translate.remove(&LanguageCode::english())
                    } else {
                        None
                    };
                    if let (Some(english), Some(conns)) = (english, english_readers) {
                        let translated = translated(msg.clone(), english, LanguageCode::english());
                        for conn in conns {
                            self.send(conn, translated.clone());
                        }
                    }
                    for (target, conns) in to_translate {
                        match self.config.translator {
                            Some(_) => self.translate(msg.clone(), target, conns),
                            // Nothing can translate it: as spoken.
                            None => conns
                                .into_iter()
                                .for_each(|conn| self.send(conn, msg.clone())),
                        }
                    }
                }
            }
            CaptionsEvent::State { state } => {
                if state == self.captions_state
                    || (!self.config.captions && state != CaptionsState::Unavailable)
                {
                    return;
                }
                self.captions_state = state;
                tracing::info!(?state, "captions service");
                for conn in self.caption_viewers() {
                    self.send(conn, ServerMsg::CaptionsState { state });
                }
            }
            CaptionsEvent::Detected {
                participant,
                language,
            } => self.detected(participant, language),
            CaptionsEvent::Languages { spoken } => {
                let spoken: Vec<LanguageCode> = spoken
                    .into_iter()
                    .filter_map(|l| LanguageCode::new(l).ok())
                    .collect();
                if spoken.is_empty() || spoken == self.captions_languages {
                    return;
                }
                tracing::info!(languages = spoken.len(), "captions service languages");
                self.captions_languages.clone_from(&spoken);
                let read = self.readable_languages();
                for conn in self.caption_viewers() {
                    self.send(
                        conn,
                        ServerMsg::CaptionsLanguages {
                            spoken: spoken.clone(),
                            read: read.clone(),
                        },
                    );
                }
            }
        }
    }

    /// Has a final caption translated (the driver does it in a task of its
    /// own, and delivers it to `conns`; as spoken if translation fails).
    pub(super) fn translate(&mut self, msg: ServerMsg, target: LanguageCode, conns: Vec<ConnId>) {
        self.outputs
            .push_back(Output::Translate { msg, target, conns });
    }

    /// Everyone who has captions on, in any room.
    pub(super) fn caption_viewers(&self) -> Vec<ConnId> {
        self.rooms
            .values()
            .flat_map(|r| r.caption_viewers.keys().copied())
            .collect()
    }
}

/// A final caption segment in another language: `text` in `to`, marked as
/// translated from the language it was spoken in.
pub(crate) fn translated(msg: ServerMsg, text: String, to: LanguageCode) -> ServerMsg {
    match msg {
        ServerMsg::Caption {
            participant,
            display_name,
            segment,
            is_final,
            language,
            start_ms,
            end_ms,
            words_missed,
            ..
        } => ServerMsg::Caption {
            participant,
            display_name,
            segment,
            text,
            tentative: String::new(),
            is_final,
            language: to,
            translated_from: Some(language),
            start_ms,
            end_ms,
            words_missed,
        },
        other => other,
    }
}
