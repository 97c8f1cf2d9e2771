// anteroom JS SDK: the call's media: the peer connection and its
// negotiation with the SFU, camera, microphone and screen, simulcast
// layers, and the sizes remote videos are shown at. Methods of `Call`
// (see call.js), kept here by concern.

import { AnteroomError } from './errors.js';
import { delay } from './connection.js';

export class MediaMethods {
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
    // A camera turned off stays off (its sender sends nothing): only the
    // track it will send when turned on changes.
    if (this._cameraSender && track.enabled) await this._cameraSender.replaceTrack(track);
    this.localStream.removeTrack(old);
    this.localStream.addTrack(track);
    old.stop();
    return track;
  }

  /**
   * Mutes or unmutes the local camera ('video') or microphone ('audio').
   * A camera turned off sends nothing at all (not black frames that
   * everyone would keep decoding): its sender stops encoding until the
   * camera is on again, and the others show the name tile at once.
   */
  async setMuted(kind, muted) {
    if (!this.localStream) return;
    const tracks = kind === 'audio' ? this.localStream.getAudioTracks() : this.localStream.getVideoTracks();
    for (const t of tracks) t.enabled = !muted;
    const camera = this.localStream.getVideoTracks()[0];
    if (kind === 'video' && this._cameraSender && camera) await this._cameraSender.replaceTrack(muted ? null : camera);
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
    this._watchPath(pc);
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
      if (track.kind === 'video') {
        this._cameraSender = transceiver.sender;
        // Rejoining with the camera off: it stays off, sending nothing.
        if (!track.enabled) transceiver.sender.replaceTrack(null).catch(() => {});
      }
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

  /**
   * Notices a dead media path before ICE does: the browser takes about
   * five seconds of failed consent checks to call a path disconnected
   * (then two more here before a restart), while media that was flowing
   * stops the moment an address goes. When nothing at all has arrived on
   * the path for 1 s after media was flowing, restart ICE at once.
   */
  _watchPath(pc) {
    clearInterval(this._pathWatch);
    let flowing = false;
    let lastPackets = 0;
    this._pathWatch = setInterval(async () => {
      if (pc !== this.pc || pc.signalingState === 'closed') return clearInterval(this._pathWatch);
      let pair = null;
      let packets = 0;
      let stats;
      try {
        stats = await pc.getStats();
      } catch (_) {
        return;
      }
      stats.forEach((r) => {
        if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId);
        if (r.type === 'inbound-rtp') packets += r.packetsReceived || 0;
      });
      const silentFor = pair && pair.lastPacketReceivedTimestamp ? pair.timestamp - pair.lastPacketReceivedTimestamp : 0;
      if (flowing && silentFor > 1000 && pc.iceConnectionState !== 'new') {
        flowing = false;
        this._restartIce();
      } else if (packets > lastPackets) {
        flowing = true;
      }
      lastPackets = packets;
    }, 500);
  }

  /**
   * How the call is doing, from WebRTC statistics since the last report:
   * the path media takes (`udp`, `tcp`, `relay`), the round trip, what you
   * send, and per participant what you receive from them (bit rate,
   * resolution, frames a second, loss) with `poor` when it struggles (over
   * 8% lost, or their video under 5 frames a second while it should flow).
   * Rates need two reports: the first gives zeros.
   */
  async qualityReport() {
    const empty = { path: null, roundTripMs: null, sendKbps: 0, participants: [] };
    if (!this.pc || this.pc.signalingState === 'closed') return empty;
    const stats = await this.pc.getStats();
    const now = performance.now();
    const last = this._lastQuality || { at: now, bytes: new Map() };
    const seconds = Math.max((now - last.at) / 1000, 0.001);
    const bytes = new Map();
    const rate = (key, total) => {
      bytes.set(key, total);
      const before = last.bytes.get(key);
      return before === undefined ? 0 : Math.max(0, Math.round(((total - before) * 8) / seconds / 1000));
    };
    const report = { ...empty, participants: [] };
    let pair = null;
    let sent = 0;
    stats.forEach((r) => {
      if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId);
      if (r.type === 'outbound-rtp') sent += r.bytesSent || 0;
    });
    if (pair) {
      const local = stats.get(pair.localCandidateId);
      report.path = local ? (local.candidateType === 'relay' ? 'relay' : local.protocol) : null;
      if (pair.currentRoundTripTime !== undefined) report.roundTripMs = Math.round(pair.currentRoundTripTime * 1000);
    }
    report.sendKbps = rate('sent', sent);
    for (const p of this.participants.values()) {
      const entry = { id: p.id, displayName: p.displayName, kbps: 0, width: 0, height: 0, fps: 0, lossPercent: 0, poor: false };
      let received = 0;
      let lost = 0;
      let packets = 0;
      for (const track of p.stream ? p.stream.getTracks() : []) {
        const receiver = this.pc.getReceivers().find((r) => r.track === track);
        if (!receiver) continue;
        stats.forEach((r) => {
          if (r.type !== 'inbound-rtp' || r.trackIdentifier !== track.id) return;
          received += r.bytesReceived || 0;
          lost += r.packetsLost || 0;
          packets += r.packetsReceived || 0;
          if (r.kind === 'video') {
            entry.width = r.frameWidth || 0;
            entry.height = r.frameHeight || 0;
            entry.fps = Math.round(r.framesPerSecond || 0);
          }
        });
      }
      entry.kbps = rate(`in:${p.id}`, received);
      const lostNow = lost - (last.bytes.get(`lost:${p.id}`) || 0);
      const packetsNow = packets - (last.bytes.get(`packets:${p.id}`) || 0);
      bytes.set(`lost:${p.id}`, lost);
      bytes.set(`packets:${p.id}`, packets);
      entry.lossPercent = lostNow > 0 ? Math.round((1000 * lostNow) / (lostNow + Math.max(packetsNow, 0))) / 10 : 0;
      const videoExpected = !p.videoMuted && !p.videoPaused && p.tracks.some((t) => t.kind === 'video' && t.source !== 'screen');
      entry.poor = last.bytes.size > 0 && (entry.lossPercent > 8 || (videoExpected && entry.fps < 5));
      report.participants.push(entry);
    }
    this._lastQuality = { at: now, bytes };
    return report;
  }

  /** Whether the signalling connection answers a request within 1.5 s. */
  async _signallingAnswers() {
    if (!this._ws || this._ws.readyState !== WebSocket.OPEN) return false;
    try {
      const reply = await Promise.race([this._request({ type: 'get_ice_servers' }), delay(1500).then(() => null)]);
      if (!reply) return false;
      this._useIceServers(reply);
      return true;
    } catch (_) {
      return false;
    }
  }

  /**
   * Opens a new signalling connection and carries this session over it
   * (`resume`): the same participant, room and peer connection. Resolves
   * to false when that cannot be done (then join again).
   */
  async _resume() {
    if (!this._resumeKey || !this.participantId || this._closed) return false;
    // The old connection stays open until the new one carries the session:
    // closing it first would end the session on a server that still hears
    // it. It is only no longer listened to; the server closes it.
    const old = this._ws;
    if (old) {
      old.onclose = null;
      old.onmessage = null;
    }
    for (const p of this._pending.values()) p.reject(new AnteroomError('connection_closed', 'connection closed'));
    this._pending.clear();
    const timeout = (ms) => delay(ms).then(() => { throw new AnteroomError('connection_failed', 'no answer'); });
    try {
      await Promise.race([this._openSocket(), timeout(3000)]);
      const reply = await Promise.race([
        this._request({ type: 'resume', participant: this.participantId, key: this._resumeKey }),
        timeout(3000),
      ]);
      this._reconcile(reply.participants || []);
      return true;
    } catch (_) {
      return false;
    } finally {
      try { old?.close(); } catch (_) { /* already gone */ }
    }
  }

  /** Takes an `ice_servers` answer: the servers, and when their credentials end. */
  _useIceServers(reply) {
    this.iceServers = [...this._ownIceServers, ...(reply.servers || [])];
    this._turnExpiresAt = reply.expires_at ? reply.expires_at * 1000 : Infinity;
    if (this.pc && this.pc.signalingState !== 'closed') {
      this.pc.setConfiguration({ ...this.pc.getConfiguration(), iceServers: this.iceServers });
    }
  }

  /**
   * Asks the server for its TURN servers and fresh credentials, unless the
   * ones held are good for another ten minutes. A server without TURN (or
   * one too old to know the request) leaves the list as it was.
   */
  async _refreshIceServers() {
    if (this._turnExpiresAt - Date.now() > 10 * 60 * 1000) return;
    let reply;
    try {
      reply = await this._request({ type: 'get_ice_servers' });
    } catch (e) {
      return;
    }
    this._useIceServers(reply);
  }

  /**
   * Offers with new ICE credentials (at most every 5 s): the SFU answers
   * with its own. TURN credentials near their end are renewed first, so a
   * long call that moves to a relay gets one.
   */
  async _restartIce() {
    if (this._closed || !this.pc || this.pc.signalingState === 'closed') return;
    const now = Date.now();
    if (this._lastIceRestart && now - this._lastIceRestart < 5000) return;
    this._lastIceRestart = now;
    // The offer goes over signalling: after a network change its
    // connection may be dead without the browser knowing yet (it can take
    // minutes to notice). Carry the session over a new connection at once,
    // which costs one round trip where the old one was fine; if even that
    // fails, join again. (A server that gives no resume key: check that
    // the connection answers first.)
    const carriedOn = this._resumeKey ? await this._resume() : await this._signallingAnswers();
    if (!carriedOn) {
      this._rejoin();
      return;
    }
    await this._refreshIceServers();
    if (this._closed || !this.pc || this.pc.signalingState === 'closed') return;
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
