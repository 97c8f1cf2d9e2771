// anteroom JS SDK: a staff member's live waiting list.

import { AnteroomError } from './errors.js';
import { recordFromWire } from './chat.js';
import { openSocket, defaultUrl } from './connection.js';

/**
 * Staff: the live waiting list of the queues in a watch token (from
 * `POST /api/v1/waiting/watch`), and admitting people from it.
 *
 *   const list = new WaitingList({ token });
 *   list.addEventListener('change', () => render(list.entries));
 *   await list.start();
 *   await list.admit(entry.participant);
 *
 * Events: `change` (the list changed: `detail.arrived`, `detail.left`, or
 * `detail.updated` for someone already listed who reconnected),
 * `chat` (a message between the clinic and a waiting person: `detail`
 * { participant, fromPatient, displayName, text, at }), `chathistory`
 * (when the server keeps chat: what a waiting person and the clinic wrote
 * before, to replace what the list held for them: `detail` { participant,
 * messages: [{ mine, fromClinic, displayName, text, at }] }), `closed` (the
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
      // Already listed: the same person reconnected and kept their place.
      const known = this.entries.has(msg.entry.participant);
      this.entries.set(msg.entry.participant, msg.entry);
      this.dispatchEvent(new CustomEvent('change', { detail: known ? { updated: msg.entry } : { arrived: msg.entry } }));
    } else if (msg.type === 'waiting_chat') {
      this.dispatchEvent(new CustomEvent('chat', {
        detail: { participant: msg.participant, fromPatient: msg.from_patient, displayName: msg.display_name, text: msg.text, at: new Date(msg.at_ms) },
      }));
    } else if (msg.type === 'waiting_chat_history') {
      // What they and the clinic wrote before (when the server keeps
      // chat): it replaces what this list held for them.
      this.dispatchEvent(new CustomEvent('chathistory', {
        detail: { participant: msg.participant, messages: msg.messages.map(recordFromWire) },
      }));
    } else if (msg.type === 'patient_left_waiting') {
      const entry = this.entries.get(msg.participant);
      this.entries.delete(msg.participant);
      this.dispatchEvent(new CustomEvent('change', { detail: { left: entry, admitted: msg.admitted } }));
    }
  }
}
