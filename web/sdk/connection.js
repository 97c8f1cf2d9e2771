// anteroom JS SDK: the signalling connection: opening the websocket,
// reconnecting with backoff, and the server's default address.

import { AnteroomError } from './errors.js';

export const PROTOCOL_VERSION = 1;

/** How long the SDK keeps trying to reconnect before it gives up ('failed'). */
export const RECONNECT_FOR_MS = 60_000;

/**
 * Opens a signalling websocket; resolves once it is open. Each message
 * (parsed JSON) goes to `onMessage`; when the socket closes, every request
 * still in `pending` is rejected and `onClose` runs.
 */
export function openSocket(url, pending, onMessage, onClose) {
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

export function defaultUrl() {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/ws`;
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The pause before reconnection attempt `n` (0, 1, ...): 400 ms for the
 * first eight (a cluster re-homes a dead node's rooms within about 2 s, so
 * the first seconds matter most), then doubling to 4 s; with jitter, so
 * that a node's clients do not all come back at the same instant.
 */
export function backoff(n) {
  const base = n < 8 ? 400 : Math.min(400 * 2 ** (n - 7), 4000);
  return base * (0.8 + Math.random() * 0.4);
}

/** A failure that another try may not have: the server could not be reached, or the connection dropped. */
export function isConnectionLoss(e) {
  return e && (e.code === 'connection_failed' || e.code === 'connection_closed');
}
