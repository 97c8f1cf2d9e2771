// anteroom JS SDK: a `Call`: joining (through the waiting area when the
// token says so), the session's messages, the people in the room, leaving,
// and reconnecting when the connection drops. Media, captions, chat and
// files are in media.js, captions.js and chat.js, mixed into the class.

import { AnteroomError } from './errors.js';
import { PROTOCOL_VERSION, RECONNECT_FOR_MS, openSocket, defaultUrl, delay, backoff, isConnectionLoss } from './connection.js';
import { MediaMethods } from './media.js';
import { NetworkMethods } from './network.js';
import { CaptionsMethods } from './captions.js';
import { ChatMethods, fileFromWire, recordFromWire } from './chat.js';

export class Call extends EventTarget {
  /**
   * @param {object} options
   * @param {string} options.room         room name
   * @param {string} options.displayName  shown to the others
   * @param {string} [options.url]        websocket URL; defaults to this page's server
   * @param {string} [options.token]      join token (when the server issues them)
   * @param {RTCIceServer[]} [options.iceServers]  your own STUN/TURN servers, used beside
   *                                      the TURN servers the server hands out (if it runs any)
   * @param {() => Promise<string>} [options.refreshToken]  gives a fresh join token when
   *                                      the SDK must join again (sent to another node)
   * @param {string} [options.connectionCheck]  what a pre-call check found about this
   *                                      network (`good`, `tcp_only`, `relayed`, `poor`, `failed`;
   *                                      `checkConnection` gives one): shown to the clinic
   */
  constructor({ room, displayName, url, token, iceServers = [], refreshToken, connectionCheck }) {
    super();
    this.connectionCheck = connectionCheck;
    this.refreshToken = refreshToken;
    this.room = room;
    this.displayName = displayName;
    this.token = token;
    this.url = url || defaultUrl();
    /** Where the SDK reconnects after losing its connection (a node it was moved to may be gone). */
    this._homeUrl = this.url;
    /** The servers given to the constructor; the server's TURN servers are added to them. */
    this._ownIceServers = iceServers;
    this.iceServers = iceServers;
    /** When the server's TURN credentials expire (ms since the epoch; 0: none yet). */
    this._turnExpiresAt = 0;
    /** @type {Map<string, object>} remote participants by id */
    this.participants = new Map();
    this.localStream = null;
    this.participantId = null;
    /** The spoken languages captions hear (known once captions are on). */
    this.captionsLanguages = [];
    this.captionsReadable = [];
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
    /** @type {RTCRtpSender|null} the camera's sender (its track null while the camera is off) */
    this._cameraSender = null;
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
            ...(this.connectionCheck ? { connection: this.connectionCheck } : {}),
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
    /** Carries this session over a new connection if this one stops answering. */
    this._resumeKey = joined.resume_key || null;
    this.grants = joined.grants || [];
    for (const info of joined.participants) this._addParticipant(info, false);
    await this._refreshIceServers();
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
    this._closePeerConnection();
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
      case 'ice_servers':
      case 'resumed':
        this._settle(msg.request_id, msg);
        break;
      case 'chat':
        this._emit('chat', { from: msg.from || null, displayName: msg.display_name, text: msg.text, at: new Date(msg.at_ms) });
        break;
      case 'chat_history':
        // The conversation so far (when the server keeps chat): it
        // replaces what this page showed, which it includes.
        this._emit('chathistory', { messages: msg.messages.map(recordFromWire) });
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
      case 'patient_waiting': {
        // Already listed: the same person reconnected and kept their place.
        const known = this.waitingToJoin.has(msg.entry.participant);
        this.waitingToJoin.set(msg.entry.participant, msg.entry);
        this._emit('waitingchange', known ? { updated: msg.entry } : { arrived: msg.entry });
        break;
      }
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
          startMs: msg.start_ms, endMs: msg.end_ms, wordsMissed: Boolean(msg.words_missed),
        });
        break;
      }
      case 'captions_state':
        this._emit('captionsstate', { state: msg.state });
        break;
      case 'captions_languages':
        this.captionsLanguages = msg.spoken;
        this.captionsReadable = msg.read || [];
        this._emit('captionslanguages', { spoken: msg.spoken, read: this.captionsReadable });
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

  /**
   * After a resume: the room as the server has it now. Whoever came
   * meanwhile is announced, whoever went is gone.
   */
  _reconcile(participants) {
    const now = new Set(participants.map((info) => info.id));
    for (const id of [...this.participants.keys()]) if (!now.has(id)) this._removeParticipant(id, 'left');
    for (const info of participants) if (!this.participants.has(info.id)) this._addParticipant(info, true);
  }

  _removeParticipant(id, reason) {
    const p = this.participants.get(id);
    if (!p) return;
    this.participants.delete(id);
    this._streams.delete(id);
    this._streams.delete(`${id}.screen`);
    this._emit('participantleft', { participant: p, reason });
  }

  /** Closes the peer connection and stops what watches it (ICE restarts). */
  _closePeerConnection() {
    clearTimeout(this._iceTimer);
    clearInterval(this._pathWatch);
    if (this._onOnline) window.removeEventListener('online', this._onOnline);
    if (this.pc) this.pc.close();
  }

  _close(state) {
    if (this._closed) return;
    this._closed = true;
    for (const video of [...this._views.keys()]) this.hideVideo(video);
    this._closePeerConnection();
    if (this.localStream) for (const t of this.localStream.getTracks()) t.stop();
    if (this.screenStream) for (const t of this.screenStream.getTracks()) t.stop();
    if (this._ws && this._ws.readyState <= WebSocket.OPEN) this._ws.close();
    this._setState(state);
  }
}

/** Adds the methods and getters of each class in `parts` to `target`'s prototype. */
function mixin(target, ...parts) {
  for (const part of parts) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(part.prototype))) {
      if (key !== 'constructor') Object.defineProperty(target.prototype, key, descriptor);
    }
  }
}

mixin(Call, MediaMethods, NetworkMethods, CaptionsMethods, ChatMethods);
