// anteroom JS SDK: join a room on an anteroom server, publish camera and
// microphone, receive everyone else. An ES module with no dependencies and no
// build step. The wire protocol is documented in docs/protocol.md.
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
//   file              { file }                             a file was shared in the room (also one
//                                                          per file already there when you join):
//                                                          { id, name, size, contentType, from,
//                                                          displayName, at }; fetch it with
//                                                          downloadFile(file.id)
//   waitingchange     { arrived } or { left, admitted }    (with the `admit` grant) someone started
//                                                          or stopped waiting to join this room;
//                                                          the list is `call.waitingToJoin`
//   activespeaker     { participant }                      the loudest speaker now, or null
//   caption           { participant, displayName, segment, text, tentative, isFinal, language,
//                     translatedFrom, startMs, endMs }     (captions on) a segment of someone's
//                                                          speech, growing until isFinal
//   captionsstate     { state }                            (captions on) 'on' | 'delayed' | 'unavailable'
//   captionslanguages { spoken }                           (captions on) the languages captions can
//                                                          hear: the choices for setSpokenLanguage
//                                                          (also `call.captionsLanguages`)
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

export const PROTOCOL_VERSION = 1;

/** The largest file `shareFile` accepts (the server's limit): 20 MiB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A failed request: `code` is one of the server's stable error codes. */
export class AnteroomError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = 'AnteroomError';
    this.code = code;
  }
}

export class Call extends EventTarget {
  /**
   * @param {object} options
   * @param {string} options.room         room name
   * @param {string} options.displayName  shown to the others
   * @param {string} [options.url]        websocket URL; defaults to this page's server
   * @param {string} [options.token]      join token (when the server issues them)
   * @param {RTCIceServer[]} [options.iceServers]
   * @param {() => Promise<string>} [options.refreshToken]  gives a fresh join token when
   *                                      the SDK must join again (sent to another node)
   */
  constructor({ room, displayName, url, token, iceServers = [], refreshToken }) {
    super();
    this.refreshToken = refreshToken;
    this.room = room;
    this.displayName = displayName;
    this.token = token;
    this.url = url || defaultUrl();
    /** Where the SDK reconnects after losing its connection (a node it was moved to may be gone). */
    this._homeUrl = this.url;
    this.iceServers = iceServers;
    /** @type {Map<string, object>} remote participants by id */
    this.participants = new Map();
    this.localStream = null;
    this.participantId = null;
    /** The spoken languages captions hear (known once captions are on). */
    this.captionsLanguages = [];
    this.pc = null;
    this.state = 'new';
    this._ws = null;
    this._nextRequest = 1;
    this._pending = new Map();
    this._sdpChain = Promise.resolve();
    this._earlyCandidates = [];
    this._streams = new Map();
    this._closed = false;
    /** @type {Map<HTMLVideoElement, object>} remote videos being watched */
    this._views = new Map();
    this._onVisibility = () => this._reportAllSizes();
    /** @type {Map<string, object>} (admitters) people waiting to join this room, by participant id */
    this.waitingToJoin = new Map();
    /** @type {Map<string, object>} files shared in the room, by id */
    this.files = new Map();
    this._filesKey = null;
    /** @type {string[]} what this participant's token allows (from `joined`) */
    this.grants = [];
    /** @type {MediaStream|null} the screen this participant shares */
    this.screenStream = null;
    this._screenTransceivers = [];
  }

  /** Whether this participant may share a screen (`screen_share` grant). */
  get canShareScreen() {
    return this.grants.includes('screen_share');
  }

  /**
   * Shares a screen, window or tab (the browser asks which) with everyone in
   * the room; with `audio`, a shared tab's sound too. Resolves with the
   * shared MediaStream once the server has accepted it. Rejects with an
   * AnteroomError `not_allowed` without the `screen_share` grant, or the
   * browser's error if the person cancels the choice.
   */
  async shareScreen({ audio = false } = {}) {
    if (!this.canShareScreen) throw new AnteroomError('not_allowed', 'you may not share a screen in this call');
    if (!this.pc) throw new AnteroomError('not_joined', 'join the call first');
    if (this.screenStream) return this.screenStream;
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio });
    this.screenStream = stream;
    for (const track of stream.getTracks()) {
      // Text and slides should stay sharp rather than smooth.
      if (track.kind === 'video' && 'contentHint' in track) track.contentHint = 'detail';
      track.addEventListener('ended', () => this.stopScreen());
      this._screenTransceivers.push(this.pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] }));
    }
    this._emit('screensharing', { sharing: true });
    try {
      await this._negotiate();
    } catch (e) {
      await this.stopScreen();
      throw e;
    }
    return stream;
  }

  /** Stops sharing the screen (nothing happens if none is shared). */
  async stopScreen() {
    if (!this.screenStream) return;
    const stream = this.screenStream;
    this.screenStream = null;
    for (const t of stream.getTracks()) t.stop();
    for (const transceiver of this._screenTransceivers) {
      if (transceiver.currentDirection !== 'stopped') transceiver.stop();
    }
    this._screenTransceivers = [];
    this._emit('screensharing', { sharing: false });
    if (!this._closed && this.pc) await this._negotiate();
  }

  /** The cameras this browser offers (`{ deviceId, label }`), for `setCamera`. */
  async cameras() {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((d) => d.kind === 'videoinput').map((d) => ({ deviceId: d.deviceId, label: d.label }));
  }

  /**
   * Switches the published camera without renegotiating: the new camera's
   * track replaces the old one for everyone (the old one is stopped). Its
   * muted state carries over.
   */
  async setCamera(deviceId) {
    const old = this.localStream && this.localStream.getVideoTracks()[0];
    if (!old || !this.pc) throw new AnteroomError('not_joined', 'no camera is being sent');
    const settings = old.getSettings();
    const fresh = await navigator.mediaDevices.getUserMedia({
      video: { deviceId: { exact: deviceId }, width: { ideal: settings.width }, height: { ideal: settings.height } },
    });
    const track = fresh.getVideoTracks()[0];
    track.enabled = old.enabled;
    const sender = this.pc.getSenders().find((s) => s.track === old);
    if (sender) await sender.replaceTrack(track);
    this.localStream.removeTrack(old);
    this.localStream.addTrack(track);
    old.stop();
    return track;
  }

  /** Whether this participant may share and download files (`files` grant). */
  get canShareFiles() {
    return this._filesKey !== null;
  }

  /**
   * Shares a file (a File or Blob, at most 20 MiB) with everyone in the
   * room; resolves with the shared file once the server has it (everyone,
   * you included, also gets a `file` event). Rejects with an AnteroomError:
   * `file_too_large`, `invalid_file_name`, `file_storage_full`,
   * `session_ended`, `not_allowed`.
   */
  async shareFile(file, name = file.name) {
    if (!this._filesKey) throw new AnteroomError('not_allowed', 'you may not share files in this call');
    if (file.size > MAX_FILE_BYTES) throw new AnteroomError('file_too_large', 'files are limited to 20 MiB');
    const r = await this._files(`/files?name=${encodeURIComponent(name || '')}`, {
      method: 'POST',
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
    return fileFromWire(await r.json());
  }

  /**
   * Downloads a shared file; resolves with a Blob. Rejects with an
   * AnteroomError (`unknown_file`, `session_ended` once the consultation
   * has ended: files are deleted with it).
   */
  async downloadFile(id) {
    const r = await this._files(`/files/${encodeURIComponent(id)}`, {});
    return r.blob();
  }

  async _files(path, init) {
    if (!this._filesKey) throw new AnteroomError('not_allowed', 'you may not share files in this call');
    const base = this.url.replace(/^ws/, 'http').replace(/\/ws$/, '');
    let r;
    try {
      r = await fetch(base + path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${this._filesKey}` } });
    } catch (_) {
      throw new AnteroomError('connection_failed', 'cannot reach the server');
    }
    if (!r.ok) {
      const body = await r.json().catch(() => ({}));
      throw new AnteroomError(body.code || 'internal', body.message || `HTTP ${r.status}`);
    }
    return r;
  }

  /**
   * Connects, joins the room and publishes local media.
   * @param {object} [media]
   * @param {boolean|MediaTrackConstraints} [media.audio=true]
   * @param {boolean|MediaTrackConstraints} [media.video=true]
   * @param {MediaStream} [media.stream]  publish this stream instead of capturing
   * @param {string} [media.videoCodec]   preferred video codec to publish, 'VP8' or 'H264';
   *                                      others stay allowed as fallbacks
   * @param {boolean} [media.simulcast]   send three layers (full, half, quarter size);
   *                                      by default when the camera gives 640x360 or more
   */
  async join({ audio = true, video = true, stream, videoCodec, simulcast } = {}) {
    this.videoCodec = videoCodec;
    this.simulcast = simulcast;
    this._setState('connecting');
    if (stream) {
      this.localStream = stream;
    } else if (audio || video) {
      this.localStream = await navigator.mediaDevices.getUserMedia({ audio, video });
    } else {
      this.localStream = new MediaStream();
    }
    let joined;
    let lostAt = null;
    for (let attempt = 0; ; attempt++) {
      try {
        joined = await this._enter();
        break;
      } catch (e) {
        // The connection dropped while waiting to be admitted (a server
        // restarted, a network switch): back in the same place once
        // reconnected, for as long as RECONNECT_FOR_MS.
        if (this._closed || !this.waiting || !isConnectionLoss(e)) throw e;
        lostAt = lostAt || Date.now();
        if (Date.now() - lostAt > RECONNECT_FOR_MS) throw e;
        this._setState('reconnecting');
        await delay(backoff(attempt));
      }
    }
    await this._joinedAs(joined);
    return joined;
  }

  /**
   * Opens a socket to the home URL and joins, following `moved` to the
   * node that holds the room (at most 3 hops); resolves with `joined`
   * (after waiting, when the token says so).
   */
  async _enter() {
    this.url = this._homeUrl;
    this._entering = true;
    try {
      for (let hops = 0; ; hops++) {
        await this._openSocket();
        try {
          return await this._request({
            type: 'join',
            protocol_version: PROTOCOL_VERSION,
            room: this.room,
            display_name: this.displayName,
            ...(this.token ? { token: this.token } : {}),
          });
        } catch (e) {
          // Another signalling node holds the room: join there.
          if (e.code !== 'moved' || hops >= 3) throw e;
          this.url = e.url;
          if (this.refreshToken) this.token = await this.refreshToken();
        }
      }
    } finally {
      this._entering = false;
    }
  }

  /** In the room: the peer connection, the people here, and media. */
  async _joinedAs(joined) {
    this.waiting = false;
    this.participantId = joined.participant;
    /** The language captions take you to speak. */
    this.spokenLanguage = joined.spoken_language || '';
    this._filesKey = joined.files_key || null;
    this.grants = joined.grants || [];
    for (const info of joined.participants) this._addParticipant(info, false);
    this._createPeerConnection();
    this._emit('joined', { participant: joined.participant, room: joined.room });
    await this._negotiate();
  }

  /**
   * The signalling connection dropped during the call (the server or its
   * node went away, the network switched): media stops with it, so join
   * again, on whichever node now holds the room, with backoff; the server
   * lets the same person back in without a new admission. Gives up
   * ('failed') after RECONNECT_FOR_MS.
   */
  async _rejoin() {
    if (this._rejoining || this._closed) return;
    this._rejoining = true;
    this._setState('reconnecting');
    clearTimeout(this._iceTimer);
    if (this._onOnline) window.removeEventListener('online', this._onOnline);
    if (this.pc) this.pc.close();
    this.pc = null;
    this._sdpChain = Promise.resolve();
    this._earlyCandidates = [];
    for (const id of [...this.participants.keys()]) this._removeParticipant(id, 'reconnecting');
    // The server lists whoever waits again on the new join.
    if (this.waitingToJoin.size) {
      this.waitingToJoin.clear();
      this._emit('waitingchange', { cleared: true });
    }
    this.participantId = null;
    const lostAt = Date.now();
    for (let attempt = 0; !this._closed; attempt++) {
      await delay(backoff(attempt));
      if (this._closed) break;
      try {
        const joined = await this._enter();
        this._rejoining = false;
        await this._joinedAs(joined);
        return;
      } catch (e) {
        if (!isConnectionLoss(e) || Date.now() - lostAt > RECONNECT_FOR_MS) {
          this._rejoining = false;
          if (!isConnectionLoss(e)) this._emit('error', { code: e.code || 'internal', message: e.message });
          this._close('failed');
          return;
        }
      }
    }
    this._rejoining = false;
  }

  /**
   * Ends the consultation for everyone (needs the `admit` grant): all get
   * `disconnected` with reason `ended`.
   */
  async end() {
    await this._request({ type: 'end' });
  }

  /**
   * Lets someone waiting for this room in (needs the `admit` grant).
   * Rejects with `patient_not_present` for an external participant while
   * the patient is not here, `room_full`, or `not_waiting`.
   */
  async admit(participantId) {
    await this._request({ type: 'admit', participant: participantId });
  }

  /**
   * Force start (needs the `force_start` grant): while on, whoever waits
   * for this room comes straight in.
   */
  async setAutoAdmit(on) {
    await this._request({ type: 'set_auto_admit', on });
  }

  /**
   * Live captions on or off for this viewer. While on, `caption` events
   * carry everyone's speech in the room, and `captionsstate` says whether
   * captions keep up (`on`), run behind (`delayed`) or stopped
   * (`unavailable`). Rejects with `captions_unavailable` when the server
   * runs no captions. `language` (`nl`): read them in that language,
   * final segments only, translated by the clinic's translation service
   * (`translation_unavailable` without one); absent: as spoken.
   */
  async setCaptions(on, language) {
    await this._request(language ? { type: 'set_captions', on, language } : { type: 'set_captions', on });
    this.captionsOn = on;
  }

  /**
   * The language a participant in the room (`participantId`, yours
   * included) speaks, for everyone's captions of them: everyone gets a
   * `spokenlanguage` event. Rejects with `spoken_language_unavailable`
   * when captions cannot hear it (see `call.captionsLanguages`).
   */
  async setSpokenLanguage(participantId, language) {
    await this._request({ type: 'set_spoken_language', participant: participantId, language });
  }

  /**
   * Sends a chat message: to the room, or while waiting to the clinic.
   * Rejects with an AnteroomError (`chat_too_long`, `not_allowed`, `rate_limited`).
   */
  async sendChat(text) {
    await this._request({ type: 'chat', text });
  }

  /** Mutes or unmutes the local camera ('video') or microphone ('audio'). */
  async setMuted(kind, muted) {
    if (!this.localStream) return;
    const tracks = kind === 'audio' ? this.localStream.getAudioTracks() : this.localStream.getVideoTracks();
    for (const t of tracks) t.enabled = !muted;
    await this._request({ type: 'set_mute', kind, muted });
  }

  isMuted(kind) {
    const tracks = this.localStream
      ? (kind === 'audio' ? this.localStream.getAudioTracks() : this.localStream.getVideoTracks())
      : [];
    return tracks.length > 0 && tracks.every((t) => !t.enabled);
  }

  /**
   * Shows a participant's video in `video` and keeps the server told how
   * large it is on screen (and whether it is visible at all), so the SFU
   * sends the smallest layer that looks sharp, and nothing while hidden.
   * Call again when the element or participant changes; `hideVideo` stops.
   * With `{ screen: true }`, shows the screen they share instead.
   */
  showVideo(participantId, video, { screen = false } = {}) {
    if (screen) participantId = `${participantId}.screen`;
    const stream = this._streams.get(participantId);
    if (stream && video.srcObject !== stream) video.srcObject = stream;
    let view = this._views.get(video);
    if (!view) {
      view = { participantId, size: [0, 0], visible: true, sent: null, timer: null };
      view.resize = new ResizeObserver(([entry]) => {
        const box = entry.contentRect;
        view.size = [box.width, box.height];
        this._reportSize(video);
      });
      view.intersect = new IntersectionObserver(([entry]) => {
        view.visible = entry.isIntersecting;
        this._reportSize(video);
      });
      view.resize.observe(video);
      view.intersect.observe(video);
      this._views.set(video, view);
      if (this._views.size === 1) document.addEventListener('visibilitychange', this._onVisibility);
    }
    view.participantId = participantId;
    view.sent = null;
    this._reportSize(video);
  }

  /** Stops showing and watching `video`; its track is reported hidden. */
  hideVideo(video) {
    const view = this._views.get(video);
    if (!view) return;
    view.resize.disconnect();
    view.intersect.disconnect();
    clearTimeout(view.timer);
    this._views.delete(video);
    if (this._views.size === 0) document.removeEventListener('visibilitychange', this._onVisibility);
    const track = this._remoteVideoTrack(view.participantId);
    if (track) this._send({ type: 'set_video_size', track: track.id, width: 0, height: 0 });
  }

  /** Changes the camera's capture size during the call, e.g. (640, 360). */
  async setCaptureSize(width, height) {
    const track = this.localStream && this.localStream.getVideoTracks()[0];
    if (!track) return;
    await track.applyConstraints({ width: { ideal: width }, height: { ideal: height } });
  }

  /** Leaves the room and releases camera and microphone. */
  async leave() {
    if (this._closed) return;
    try {
      if (this._ws && this._ws.readyState === WebSocket.OPEN && this.participantId) {
        await Promise.race([this._request({ type: 'leave' }), delay(2000)]);
      }
    } catch (_) {
      // Leaving anyway.
    }
    this._close('closed');
  }

  // ---- internals ----

  _emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  _setState(state) {
    if (this.state === state) return;
    this.state = state;
    this._emit('connectionstate', { state });
  }

  async _openSocket() {
    this._ws = await openSocket(this.url, this._pending, (msg) => this._onMessage(msg), () => {
      // While entering (or waiting), the pending join fails and join()
      // decides; in the call, join again.
      if (this._closed || this._entering) return;
      if (this.participantId) this._rejoin();
      else if (!this.waiting) this._close('failed');
    });
  }

  _send(msg) {
    if (this._ws && this._ws.readyState === WebSocket.OPEN) this._ws.send(JSON.stringify(msg));
  }

  _request(msg) {
    const request_id = this._nextRequest++;
    return new Promise((resolve, reject) => {
      this._pending.set(request_id, { resolve, reject });
      this._send({ ...msg, request_id });
    });
  }

  _settle(requestId, value, error) {
    const p = this._pending.get(requestId);
    if (!p) return false;
    this._pending.delete(requestId);
    if (error) p.reject(error);
    else p.resolve(value);
    return true;
  }

  _onMessage(msg) {
    switch (msg.type) {
      case 'joined':
      case 'answer':
      case 'ack':
        this._settle(msg.request_id, msg);
        break;
      case 'chat':
        this._emit('chat', { from: msg.from || null, displayName: msg.display_name, text: msg.text, at: new Date(msg.at_ms) });
        break;
      case 'waiting':
        // The join stays pending until someone admits us.
        this.waiting = true;
        this._emit('waiting', { room: msg.room });
        break;
      case 'wait_estimate':
        // Where we stand in the practitioner's line; `waitMs` counts from
        // `at` (this browser's clock), so a page can count down.
        this.waitEstimate = { ahead: msg.ahead, waitMs: msg.wait_ms, at: Date.now() };
        this._emit('waitestimate', this.waitEstimate);
        break;
      case 'error': {
        const err = new AnteroomError(msg.code, msg.message);
        if (msg.request_id === undefined || !this._settle(msg.request_id, null, err)) {
          this._emit('error', { code: msg.code, message: msg.message });
        }
        break;
      }
      case 'offer':
        this._enqueueSdp(() => this._acceptServerOffer(msg.sdp));
        break;
      case 'candidate':
        this._addRemoteCandidate(msg.candidate);
        break;
      case 'participant_joined':
        this._addParticipant(msg.participant, true);
        break;
      case 'participant_left':
        this._removeParticipant(msg.participant, msg.reason);
        break;
      case 'track_published': {
        const p = this.participants.get(msg.participant);
        if (p && !p.tracks.some((t) => t.id === msg.track.id)) p.tracks.push(msg.track);
        break;
      }
      case 'track_unpublished': {
        const p = this.participants.get(msg.participant);
        if (p) {
          const gone = p.tracks.find((t) => t.id === msg.track);
          p.tracks = p.tracks.filter((t) => t.id !== msg.track);
          if (gone && gone.source === 'screen' && gone.kind === 'video' && p.screenStream) {
            p.screenStream = null;
            this._streams.delete(`${p.id}.screen`);
            this._emit('screen', { participant: p, stream: null });
          }
        }
        break;
      }
      case 'mute_changed': {
        const p = this.participants.get(msg.participant);
        if (p) {
          if (msg.kind === 'audio') p.audioMuted = msg.muted;
          else p.videoMuted = msg.muted;
          this._emit('mutechanged', { participant: p, kind: msg.kind, muted: msg.muted });
        }
        break;
      }
      case 'publish_layers':
        this._setPublishedLayers(msg.track, msg.layers);
        break;
      case 'video_paused': {
        for (const p of this.participants.values()) {
          const track = p.tracks.find((t) => t.id === msg.track);
          if (!track) continue;
          if (track.source === 'screen') p.screenPaused = msg.paused;
          else p.videoPaused = msg.paused;
          this._emit('videopaused', { participant: p, track: msg.track, source: track.source, paused: msg.paused });
        }
        break;
      }
      case 'moved': {
        // The join goes on elsewhere: this socket is done (and must not
        // fail the call when it closes).
        const old = this._ws;
        old.onclose = null;
        old.onmessage = null;
        old.close();
        const error = new AnteroomError('moved', 'the room is on another node');
        error.url = msg.url;
        const pending = this._pending.get(msg.request_id);
        this._pending.delete(msg.request_id);
        if (pending) pending.reject(error);
        break;
      }
      case 'patient_waiting':
        this.waitingToJoin.set(msg.entry.participant, msg.entry);
        this._emit('waitingchange', { arrived: msg.entry });
        break;
      case 'patient_left_waiting':
        this.waitingToJoin.delete(msg.participant);
        this._emit('waitingchange', { left: msg.participant, admitted: msg.admitted });
        break;
      case 'file_shared': {
        const file = fileFromWire(msg.file);
        this.files.set(file.id, file);
        this._emit('file', { file });
        break;
      }
      case 'caption': {
        const p = this.participants.get(msg.participant) || { id: msg.participant, displayName: msg.display_name };
        this._emit('caption', {
          participant: p, displayName: msg.display_name, segment: msg.segment, text: msg.text,
          tentative: msg.tentative || '', isFinal: msg.is_final, language: msg.language, translatedFrom: msg.translated_from || null,
          startMs: msg.start_ms, endMs: msg.end_ms,
        });
        break;
      }
      case 'captions_state':
        this._emit('captionsstate', { state: msg.state });
        break;
      case 'captions_languages':
        this.captionsLanguages = msg.spoken;
        this._emit('captionslanguages', { spoken: msg.spoken });
        break;
      case 'spoken_language': {
        const p = this.participants.get(msg.participant);
        if (p) p.spokenLanguage = msg.language;
        if (msg.participant === this.participantId) this.spokenLanguage = msg.language;
        this._emit('spokenlanguage', { participant: msg.participant, language: msg.language });
        break;
      }
      case 'active_speaker':
        this.activeSpeaker = msg.participant || null;
        this._emit('activespeaker', { participant: msg.participant ? this.participants.get(msg.participant) || { id: msg.participant } : null });
        break;
      case 'disconnected':
        // A node shutting down (a restart, a deploy): join again, on
        // whichever node takes the room, as after a dropped connection.
        if (msg.reason === 'server_shutdown' && (this.participantId || this.waiting)) break;
        this._emit('disconnected', { reason: msg.reason });
        this._close('closed');
        break;
      default:
        // Newer servers may send messages this SDK does not know; ignore them.
        break;
    }
  }

  _addParticipant(info, announce) {
    const p = {
      id: info.id,
      displayName: info.display_name,
      tracks: info.tracks || [],
      audioMuted: !!info.audio_muted,
      videoMuted: !!info.video_muted,
      spokenLanguage: info.spoken_language || '',
      videoPaused: false,
      screenPaused: false,
      stream: this._streams.get(info.id) || null,
      screenStream: this._streams.get(`${info.id}.screen`) || null,
    };
    this.participants.set(p.id, p);
    if (announce) this._emit('participantjoined', { participant: p });
  }

  _removeParticipant(id, reason) {
    const p = this.participants.get(id);
    if (!p) return;
    this.participants.delete(id);
    this._streams.delete(id);
    this._streams.delete(`${id}.screen`);
    this._emit('participantleft', { participant: p, reason });
  }

  _createPeerConnection() {
    const pc = new RTCPeerConnection({
      iceServers: this.iceServers,
      bundlePolicy: 'max-bundle',
      rtcpMuxPolicy: 'require',
    });
    this.pc = pc;
    pc.onicecandidate = (ev) => {
      if (ev.candidate && ev.candidate.candidate) this._send({ type: 'candidate', candidate: ev.candidate.candidate });
      else if (!ev.candidate) this._send({ type: 'end_of_candidates' });
    };
    pc.ontrack = (ev) => {
      // The server labels each forwarded m-line with the publisher's id as
      // the msid stream id (`{id}.screen` for a screen they share), and the
      // track with its track id.
      const stream = ev.streams[0];
      if (!stream) return;
      const key = stream.id;
      const screen = key.endsWith('.screen');
      const id = screen ? key.slice(0, -'.screen'.length) : key;
      this._streams.set(key, stream);
      const p = this.participants.get(id);
      const info = p && p.tracks.find((t) => t.id === ev.track.id);
      const source = screen ? 'screen' : (info && info.source) || (ev.track.kind === 'audio' ? 'microphone' : 'camera');
      if (p && screen) p.screenStream = stream;
      else if (p) p.stream = stream;
      this._emit('track', { participant: p || { id }, track: ev.track, stream, source });
      if (screen && ev.track.kind === 'video') this._emit('screen', { participant: p || { id }, stream });
      // A video element may already be showing this participant.
      for (const [video, view] of this._views) {
        if (view.participantId === key) {
          if (video.srcObject !== stream) video.srcObject = stream;
          view.sent = null;
          this._reportSize(video);
        }
      }
    };
    pc.onconnectionstatechange = () => {
      const s = pc.connectionState;
      if (s === 'connected') this._setState('connected');
      else if (s === 'disconnected') this._setState('reconnecting');
      else if (s === 'failed') this._setState('failed');
    };
    // A network change (Wi-Fi to mobile data, a new address) breaks the
    // media path while the websocket may survive or come back: restart ICE
    // when the path has been down for two seconds, or has failed.
    pc.oniceconnectionstatechange = () => {
      const s = pc.iceConnectionState;
      clearTimeout(this._iceTimer);
      if (s === 'failed') this._restartIce();
      else if (s === 'disconnected') this._iceTimer = setTimeout(() => this._restartIce(), 2000);
    };
    this._onOnline = () => {
      if (pc.iceConnectionState !== 'connected' && pc.iceConnectionState !== 'completed') this._restartIce();
    };
    window.addEventListener('online', this._onOnline);
    for (const track of this.localStream.getTracks()) {
      const init = { direction: 'sendonly', streams: [this.localStream] };
      if (track.kind === 'video' && this._wantsSimulcast(track)) {
        init.sendEncodings = [
          { rid: 'q', scaleResolutionDownBy: 4 },
          { rid: 'h', scaleResolutionDownBy: 2 },
          { rid: 'f', scaleResolutionDownBy: 1 },
        ];
      }
      const transceiver = pc.addTransceiver(track, init);
      if (track.kind === 'video' && this.videoCodec) preferCodec(transceiver, `video/${this.videoCodec}`);
      if (init.sendEncodings) this._keepResolution(transceiver.sender);
    }
    if (this.localStream.getTracks().length === 0) {
      // Nothing to publish: a data channel gives the first offer something to
      // negotiate, so the connection (and receiving) can start.
      pc.createDataChannel('anteroom');
    }
  }

  /**
   * With simulcast the SFU adapts resolution by choosing layers, so under CPU
   * or bandwidth pressure each layer should drop frames rather than shrink:
   * clinicians need the detail (a rash, a wound) more than the motion.
   */
  _keepResolution(sender) {
    const params = sender.getParameters();
    if (!('degradationPreference' in params) && !sender.setParameters) return;
    params.degradationPreference = 'maintain-resolution';
    sender.setParameters(params).catch(() => {
      // Not supported here: the browser keeps its default.
    });
  }

  _wantsSimulcast(track) {
    if (this.simulcast !== undefined) return this.simulcast;
    const { width = 0, height = 0 } = track.getSettings ? track.getSettings() : {};
    return Math.max(width, height) >= 640 && Math.min(width, height) >= 360;
  }

  _remoteVideoTrack(participantId) {
    const stream = this._streams.get(participantId);
    return stream ? stream.getVideoTracks()[0] : null;
  }

  /** Debounced: tells the server the size a remote video is shown at. */
  _reportSize(video) {
    const view = this._views.get(video);
    if (!view) return;
    clearTimeout(view.timer);
    view.timer = setTimeout(() => {
      const track = this._remoteVideoTrack(view.participantId);
      if (!track) return;
      const shown = view.visible && document.visibilityState !== 'hidden';
      const scale = window.devicePixelRatio || 1;
      const width = shown ? Math.round(view.size[0] * scale) : 0;
      const height = shown ? Math.round(view.size[1] * scale) : 0;
      const key = `${track.id} ${width}x${height}`;
      if (view.sent === key) return;
      view.sent = key;
      this._send({ type: 'set_video_size', track: track.id, width, height });
    }, 100);
  }

  _reportAllSizes() {
    for (const video of this._views.keys()) this._reportSize(video);
  }

  /**
   * The server says which simulcast layers of our track anyone watches.
   * Updates are applied one at a time, each with the latest wish: two
   * overlapping setParameters calls would make the browser reject one.
   */
  _setPublishedLayers(trackId, layers) {
    this._wantedLayers = this._wantedLayers || new Map();
    this._wantedLayers.set(trackId, layers);
    this._layerChain = (this._layerChain || Promise.resolve())
      .then(() => this._applyPublishedLayers(trackId))
      .catch((e) => console.warn('anteroom: could not change sent layers', e));
  }

  async _applyPublishedLayers(trackId) {
    const layers = this._wantedLayers.get(trackId);
    if (!this.pc || !layers) return;
    const mid = trackId.slice(trackId.lastIndexOf('.') + 1);
    const transceiver = this.pc.getTransceivers().find((t) => t.mid === mid);
    if (!transceiver) return;
    const params = transceiver.sender.getParameters();
    if (!params.encodings || params.encodings.length < 2) return;
    let changed = false;
    for (const encoding of params.encodings) {
      const active = layers.includes(encoding.rid);
      if (encoding.active !== active) {
        encoding.active = active;
        changed = true;
      }
    }
    if (changed) await transceiver.sender.setParameters(params);
  }

  /** Offers with new ICE credentials (at most every 5 s): the SFU answers with its own. */
  _restartIce() {
    if (this._closed || !this.pc || this.pc.signalingState === 'closed') return;
    const now = Date.now();
    if (this._lastIceRestart && now - this._lastIceRestart < 5000) return;
    this._lastIceRestart = now;
    this.pc.restartIce();
    this._negotiate();
  }

  /** Runs SDP work one step at a time, so offers and answers never cross. */
  _enqueueSdp(fn) {
    const next = this._sdpChain.then(fn).catch((e) => {
      if (!this._closed) this._emit('error', { code: e.code || 'negotiation_failed', message: String(e.message || e) });
    });
    this._sdpChain = next;
    return next;
  }

  _negotiate() {
    return this._enqueueSdp(() => this._offer());
  }

  async _offer() {
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    // Mids exist once the offer is set locally.
    const screen = this._screenTransceivers.filter((t) => t.mid !== null && t.currentDirection !== 'stopped').map((t) => t.mid);
    try {
      const answer = await this._request({ type: 'offer', sdp: this.pc.localDescription.sdp, ...(screen.length ? { screen } : {}) });
      await this.pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
      this._flushCandidates();
    } catch (e) {
      if (e.code === 'negotiation_conflict') {
        // The server's offer crossed ours: roll back, let its offer (already
        // queued behind us) go first, then offer again.
        await this.pc.setLocalDescription({ type: 'rollback' });
        this._enqueueSdp(() => this._offer());
        return;
      }
      throw e;
    }
  }

  async _acceptServerOffer(sdp) {
    await this.pc.setRemoteDescription({ type: 'offer', sdp });
    this._flushCandidates();
    const answer = await this.pc.createAnswer();
    await this.pc.setLocalDescription(answer);
    await this._request({ type: 'answer', sdp: this.pc.localDescription.sdp });
  }

  _addRemoteCandidate(candidate) {
    if (!this.pc || !this.pc.remoteDescription) {
      this._earlyCandidates.push(candidate);
      return;
    }
    this.pc.addIceCandidate({ candidate, sdpMLineIndex: 0 }).catch(() => {});
  }

  _flushCandidates() {
    const early = this._earlyCandidates;
    this._earlyCandidates = [];
    for (const c of early) this._addRemoteCandidate(c);
  }

  _close(state) {
    if (this._closed) return;
    this._closed = true;
    for (const video of [...this._views.keys()]) this.hideVideo(video);
    clearTimeout(this._iceTimer);
    if (this._onOnline) window.removeEventListener('online', this._onOnline);
    if (this.pc) this.pc.close();
    if (this.localStream) for (const t of this.localStream.getTracks()) t.stop();
    if (this.screenStream) for (const t of this.screenStream.getTracks()) t.stop();
    if (this._ws && this._ws.readyState <= WebSocket.OPEN) this._ws.close();
    this._setState(state);
  }
}

/** Puts `mimeType` first in the transceiver's codec list, where supported. */
function preferCodec(transceiver, mimeType) {
  const caps = window.RTCRtpSender && RTCRtpSender.getCapabilities && RTCRtpSender.getCapabilities('video');
  if (!caps || !transceiver.setCodecPreferences) return;
  const wanted = mimeType.toLowerCase();
  const first = caps.codecs.filter((c) => c.mimeType.toLowerCase() === wanted);
  if (first.length === 0) throw new AnteroomError('unsupported_codec', `this browser cannot send ${mimeType}`);
  const rest = caps.codecs.filter((c) => c.mimeType.toLowerCase() !== wanted);
  transceiver.setCodecPreferences([...first, ...rest]);
}

/**
 * Opens a signalling websocket; resolves once it is open. Each message
 * (parsed JSON) goes to `onMessage`; when the socket closes, every request
 * still in `pending` is rejected and `onClose` runs.
 */
function openSocket(url, pending, onMessage, onClose) {
  return new Promise((resolve, reject) => {
    let ws;
    try {
      ws = new WebSocket(url);
    } catch (_) {
      // A URL the page may not reach (its content security policy).
      reject(new AnteroomError('connection_failed', 'cannot reach the server'));
      return;
    }
    let opened = false;
    ws.onopen = () => {
      opened = true;
      resolve(ws);
    };
    ws.onerror = () => reject(new AnteroomError('connection_failed', 'cannot reach the server'));
    ws.onclose = () => {
      // A socket that never opened only fails its own opening.
      if (!opened) return reject(new AnteroomError('connection_failed', 'cannot reach the server'));
      for (const p of pending.values()) p.reject(new AnteroomError('connection_closed', 'connection closed'));
      pending.clear();
      onClose();
    };
    ws.onmessage = (ev) => {
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch (_) {
        return;
      }
      onMessage(msg);
    };
  });
}

function fileFromWire(f) {
  return { id: f.id, name: f.name, size: f.size, contentType: f.content_type, from: f.from, displayName: f.display_name, at: new Date(f.at_ms) };
}

function defaultUrl() {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/ws`;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How long the SDK keeps trying to reconnect before it gives up ('failed'). */
export const RECONNECT_FOR_MS = 60_000;

/**
 * The pause before reconnection attempt `n` (0, 1, ...): 400 ms for the
 * first eight (a cluster re-homes a dead node's rooms within about 2 s, so
 * the first seconds matter most), then doubling to 4 s; with jitter, so
 * that a node's clients do not all come back at the same instant.
 */
function backoff(n) {
  const base = n < 8 ? 400 : Math.min(400 * 2 ** (n - 7), 4000);
  return base * (0.8 + Math.random() * 0.4);
}

/** A failure that another try may not have: the server could not be reached, or the connection dropped. */
function isConnectionLoss(e) {
  return e && (e.code === 'connection_failed' || e.code === 'connection_closed');
}

/**
 * Staff: the live waiting list of the queues in a watch token (from
 * `POST /api/v1/waiting/watch`), and admitting people from it.
 *
 *   const list = new WaitingList({ token });
 *   list.addEventListener('change', () => render(list.entries));
 *   await list.start();
 *   await list.admit(entry.participant);
 *
 * Events: `change` (the list changed: `detail.arrived` or `detail.left`),
 * `chat` (a message between the clinic and a waiting person: `detail`
 * { participant, fromPatient, displayName, text, at }), `closed` (the
 * connection ended).
 * Entries: { participant, display_name, role, room, marker, starts_at_ms, since_ms }.
 */
export class WaitingList extends EventTarget {
  constructor({ token, url }) {
    super();
    this.token = token;
    this.url = url || defaultUrl();
    /** @type {Map<string, object>} waiting people by participant id */
    this.entries = new Map();
    this._pending = new Map();
    this._next = 1;
  }

  /** Connects and resolves with the entries once the list has arrived. */
  async start() {
    this._ws = await openSocket(this.url, this._pending, (msg) => this._onMessage(msg), () => this.dispatchEvent(new CustomEvent('closed')));
    const list = await this._request({ type: 'watch', token: this.token });
    for (const e of list.entries) this.entries.set(e.participant, e);
    this.dispatchEvent(new CustomEvent('change', { detail: {} }));
    return this.entries;
  }

  /** Lets a waiting person into their room; rejects with an AnteroomError. */
  admit(participantId) {
    return this._request({ type: 'admit', participant: participantId });
  }

  /** Writes to one waiting person (the other watchers see it too). */
  chatTo(participantId, text) {
    return this._request({ type: 'chat_to_waiting', participant: participantId, text });
  }

  close() {
    if (this._ws) this._ws.close();
  }

  _request(msg) {
    const request_id = this._next++;
    return new Promise((resolve, reject) => {
      this._pending.set(request_id, { resolve, reject });
      this._ws.send(JSON.stringify({ ...msg, request_id }));
    });
  }

  _onMessage(msg) {
    const pending = msg.request_id !== undefined && this._pending.get(msg.request_id);
    if (pending) {
      this._pending.delete(msg.request_id);
      if (msg.type === 'error') pending.reject(new AnteroomError(msg.code, msg.message));
      else pending.resolve(msg);
      return;
    }
    if (msg.type === 'patient_waiting') {
      this.entries.set(msg.entry.participant, msg.entry);
      this.dispatchEvent(new CustomEvent('change', { detail: { arrived: msg.entry } }));
    } else if (msg.type === 'waiting_chat') {
      this.dispatchEvent(new CustomEvent('chat', {
        detail: { participant: msg.participant, fromPatient: msg.from_patient, displayName: msg.display_name, text: msg.text, at: new Date(msg.at_ms) },
      }));
    } else if (msg.type === 'patient_left_waiting') {
      const entry = this.entries.get(msg.participant);
      this.entries.delete(msg.participant);
      this.dispatchEvent(new CustomEvent('change', { detail: { left: entry, admitted: msg.admitted } }));
    }
  }
}
