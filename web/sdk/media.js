// anteroom JS SDK: the call's media: the peer connection and its
// negotiation with the SFU, camera, microphone and screen, simulcast
// layers, and the sizes remote videos are shown at. Methods of `Call`
// (see call.js), kept here by concern.

import { AnteroomError } from './errors.js';

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
