// anteroom JS SDK: chat and shared files in a call. Methods of `Call`
// (see call.js).

import { AnteroomError } from './errors.js';

/** The largest file `shareFile` accepts (the server's limit): 20 MiB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class ChatMethods {
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
   * Sends a chat message: to the room, or while waiting to the clinic.
   * Rejects with an AnteroomError (`chat_too_long`, `not_allowed`, `rate_limited`).
   */
  async sendChat(text) {
    await this._request({ type: 'chat', text });
  }
}

export function fileFromWire(f) {
  return { id: f.id, name: f.name, size: f.size, contentType: f.content_type, from: f.from, displayName: f.display_name, at: new Date(f.at_ms) };
}

/** A kept chat message as events give it (`chathistory`). */
export function recordFromWire(m) {
  return { mine: m.mine, fromClinic: m.from_clinic, displayName: m.display_name, text: m.text, at: new Date(m.at_ms) };
}
