// anteroom JS SDK: keeping the call going on real networks: noticing a
// dead media path, carrying the session over a new connection (`resume`),
// restarting ICE with fresh TURN credentials, and the quality report.
// Methods of `Call` (see call.js).

import { AnteroomError } from './errors.js';
import { delay } from './connection.js';

export class NetworkMethods {
  /**
   * Notices a dead media path before ICE does: the browser takes about
   * five seconds of failed consent checks to call a path disconnected
   * (then two more here before a restart), while media that was flowing
   * stops the moment an address goes. When nothing at all has arrived on
   * the path for 1 s after media was flowing, restart ICE at once. The same
   * statistics make the quality report, every fourth look (2 s).
   */
  _watchPath(pc) {
    clearInterval(this._pathWatch);
    this._lastQuality = null;
    let flowing = false;
    let lastPackets = 0;
    let looks = 0;
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
      if (++looks % 4 === 0) {
        this.quality = this._measureQuality(stats);
        this._emit('quality', this.quality);
      }
    }, 500);
  }

  /**
   * How the call is doing (the latest of the reports the SDK makes every
   * 2 s during a call, also sent as `quality` events): the path media takes
   * (`udp`, `tcp`, `relay`), the round trip, what you send, the share of
   * all received packets lost since the last report (`receiveLoss`), and per
   * participant what you receive from them (bit rate, resolution, frames a
   * second, loss) with `poor` when it struggles (over 8% of a track's
   * packets lost, or their video under 5 frames a second while it should
   * flow, in two reports in a row).
   */
  qualityReport() {
    return this.quality || { path: null, roundTripMs: null, sendKbps: 0, receiveLoss: 0, participants: [] };
  }

  /** A quality report from `stats`, against the last one's figures. */
  _measureQuality(stats) {
    const empty = { path: null, roundTripMs: null, sendKbps: 0, receiveLoss: 0, participants: [] };
    const now = performance.now();
    const last = this._lastQuality || { at: now, bytes: new Map() };
    const seconds = Math.max((now - last.at) / 1000, 0.001);
    const bytes = new Map();
    const streaks = new Map();
    const rate = (key, total) => {
      bytes.set(key, total);
      const before = last.bytes.get(key);
      return before === undefined ? 0 : Math.max(0, Math.round(((total - before) * 8) / seconds / 1000));
    };
    const report = { ...empty, participants: [] };
    let pair = null;
    let sent = 0;
    let lostAll = 0;
    let packetsAll = 0;
    stats.forEach((r) => {
      if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId);
      if (r.type === 'outbound-rtp') sent += r.bytesSent || 0;
      if (r.type === 'inbound-rtp') {
        lostAll += r.packetsLost || 0;
        packetsAll += r.packetsReceived || 0;
      }
    });
    // Everything received since the last report: the share lost.
    const lostSince = lostAll - (last.bytes.get('lost') ?? lostAll);
    const packetsSince = packetsAll - (last.bytes.get('packets') ?? packetsAll);
    bytes.set('lost', lostAll);
    bytes.set('packets', packetsAll);
    report.receiveLoss = lostSince > 0 ? lostSince / (lostSince + packetsSince) : 0;
    if (pair) {
      const local = stats.get(pair.localCandidateId);
      report.path = local ? (local.candidateType === 'relay' ? 'relay' : local.protocol) : null;
      if (pair.currentRoundTripTime !== undefined) report.roundTripMs = Math.round(pair.currentRoundTripTime * 1000);
    }
    report.sendKbps = rate('sent', sent);
    for (const p of this.participants.values()) {
      const entry = { id: p.id, displayName: p.displayName, kbps: 0, width: 0, height: 0, fps: 0, lossPercent: 0, poor: false };
      let received = 0;
      // Loss per track, the worst counting: video lost and repaired by
      // retransmission does not count, audio (never repaired) does.
      let worstLoss = 0;
      for (const track of p.stream ? p.stream.getTracks() : []) {
        const receiver = this.pc.getReceivers().find((r) => r.track === track);
        if (!receiver) continue;
        stats.forEach((r) => {
          if (r.type !== 'inbound-rtp' || r.trackIdentifier !== track.id) return;
          received += r.bytesReceived || 0;
          const key = `${p.id}:${r.ssrc}`;
          const lostNow = (r.packetsLost || 0) - (last.bytes.get(`lost:${key}`) ?? (r.packetsLost || 0));
          const packetsNow = (r.packetsReceived || 0) - (last.bytes.get(`packets:${key}`) ?? (r.packetsReceived || 0));
          bytes.set(`lost:${key}`, r.packetsLost || 0);
          bytes.set(`packets:${key}`, r.packetsReceived || 0);
          if (lostNow > 0) worstLoss = Math.max(worstLoss, lostNow / (lostNow + Math.max(packetsNow, 0)));
          if (r.kind === 'video') {
            entry.width = r.frameWidth || 0;
            entry.height = r.frameHeight || 0;
            entry.fps = Math.round(r.framesPerSecond || 0);
          }
        });
      }
      entry.kbps = rate(`in:${p.id}`, received);
      entry.lossPercent = Math.round(worstLoss * 1000) / 10;
      const videoExpected = !p.videoMuted && !p.videoPaused && p.tracks.some((t) => t.kind === 'video' && t.source !== 'screen');
      // Poor only when two reports in a row say so: a video just starting
      // or one burst of loss is not a poor connection.
      const struggling = last.bytes.size > 0 && (entry.lossPercent > 8 || (videoExpected && entry.fps < 5));
      const streak = struggling ? (last.streaks?.get(p.id) || 0) + 1 : 0;
      streaks.set(p.id, streak);
      entry.poor = streak >= 2;
      report.participants.push(entry);
    }
    this._lastQuality = { at: now, bytes, streaks };
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
}
