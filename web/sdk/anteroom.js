// anteroom JS SDK: join a room on an anteroom server, publish camera and
// microphone, receive everyone else. An ES module with no dependencies and no
// build step. The wire protocol is documented in docs/protocol.md. This file
// is the entry point; the code is in call.js (joining, the session,
// reconnecting), media.js, captions.js, chat.js (and files), waiting.js (a
// staff member's waiting list), connection.js and errors.js.
//
//   import { Call } from '/sdk/anteroom.js';
//   const call = new Call({ room: 'demo', displayName: 'Ada' });
//   call.addEventListener('track', (e) => attach(e.detail.participant, e.detail.stream));
//   await call.join();
//
// Events (CustomEvent, fields in `detail`):
//   waiting           { room }                             your token puts you in the waiting
//                                                          area; `join()` resolves on admission
//   joined            { participant, room }                you are in
//   participantjoined { participant }                      someone arrived
//   participantleft   { participant, reason }              someone left
//   track             { participant, track, stream, source }  remote media arrived; source is
//                                                          'camera', 'microphone' or 'screen'
//   screen            { participant, stream }              someone started sharing a screen
//                                                          (stream), or stopped (stream null);
//                                                          also `participant.screenStream`
//   screensharing     { sharing }                          your own screen share started or
//                                                          stopped (also when the browser's
//                                                          "stop sharing" is used)
//   mutechanged       { participant, kind, muted }
//   videopaused       { participant, track, source, paused }  your connection cannot carry that
//                                                          video beside the others now: the SFU
//                                                          sends none of it until it fits again
//                                                          (also `participant.videoPaused` /
//                                                          `participant.screenPaused`)
//   chat              { from, displayName, text, at }      a chat message (from: a participant id,
//                                                          or null from the clinic while waiting)
//   chathistory       { messages: [{ mine, fromClinic,     the conversation so far, when the server keeps chat
//                       displayName, text, at }] }         (after joining or starting to wait): it replaces what
//                                                          was shown; live messages keep coming as `chat`
//   file              { file }                             a file was shared in the room (also one
//                                                          per file already there when you join):
//                                                          { id, name, size, contentType, from,
//                                                          displayName, at }; fetch it with
//                                                          downloadFile(file.id)
//   waitingchange     { arrived }, { updated } or          (with the `admit` grant) someone started
//                     { left, admitted }                   or stopped waiting to join this room
//                                                          (`updated`: someone listed reconnected
//                                                          and kept their place); the list is
//                                                          `call.waitingToJoin`
//   activespeaker     { participant }                      the loudest speaker now, or null
//   caption           { participant, displayName, segment, text, tentative, isFinal, language,
//                     translatedFrom, startMs, endMs,      (captions on) a segment of someone's
//                     wordsMissed }                        speech, growing until isFinal;
//                                                          wordsMissed: the server fell behind and
//                                                          dropped words said just before it
//   captionsstate     { state }                            (captions on) 'on' | 'delayed' | 'unavailable'
//   captionslanguages { spoken, read }                     (captions on) the languages captions can
//                                                          hear: the choices for setSpokenLanguage
//                                                          (also `call.captionsLanguages`); and
//                                                          those they can be read in besides as
//                                                          spoken: the choices for setCaptions
//                                                          (also `call.captionsReadable`)
//   spokenlanguage    { participant, language }            someone set the language a participant
//                                                          (or you: participant is your id) speaks
//                                                          (also `participant.spokenLanguage` and
//                                                          `call.spokenLanguage`)
//   connectionstate   { state }                            'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed'
//                                                          ('reconnecting' also when the signalling connection
//                                                          dropped: the SDK joins again by itself, with backoff,
//                                                          on whichever node holds the room, for up to a minute;
//                                                          everyone leaves with reason 'reconnecting' and comes
//                                                          back, and `joined` fires again)
//   disconnected      { reason }                           the server ended the session
//   error             { code, message }                    a request failed
//
// `participant` objects: { id, displayName, tracks, audioMuted, videoMuted, videoPaused,
// screenPaused, spokenLanguage, stream, screenStream }.
// `stream` holds their camera and microphone, `screenStream` a screen they share.

export { AnteroomError } from './errors.js';
export { PROTOCOL_VERSION, RECONNECT_FOR_MS } from './connection.js';
export { MAX_FILE_BYTES } from './chat.js';
export { Call } from './call.js';
export { WaitingList } from './waiting.js';
