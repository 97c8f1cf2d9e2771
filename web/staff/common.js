// The staff pages: what every view shares: the REST client, DOM helpers,
// times in the clinic's time zone, and the signed-in state.

import { go } from './app.js';

export const API = '/api/v1';
export const CSRF_KEY = 'anteroom.csrf';

/** A typed error from the API: `code` is the stable error code. */
export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || `HTTP ${status}`);
    this.status = status;
    this.code = e.code || 'http_error';
    this.field = e.field || null;
  }
}

export async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = localStorage.getItem(CSRF_KEY);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  const response = await fetch(API + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, json);
    if (error.code === 'unauthenticated' || error.code === 'csrf_mismatch') {
      localStorage.removeItem(CSRF_KEY);
      state.me = null;
      go('/staff/login', { replace: true, next: location.pathname + location.search });
    }
    throw error;
  }
  return json;
}

/** Every page of a list endpoint. */
export async function all(path) {
  const items = [];
  let offset = 0;
  for (;;) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api('GET', `${path}${sep}limit=200&offset=${offset}`);
    items.push(...page.items);
    if (page.next_offset == null) return items;
    offset = page.next_offset;
  }
}

/** h('tag.class', {attrs}, ...children): builds an element safely. */
export function h(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function field(label, input) {
  return h('label', {}, label, input);
}

export function options(list, selected, blank) {
  const out = blank === undefined ? [] : [h('option', { value: '' }, blank)];
  for (const [value, text] of list) out.push(h('option', { value, selected: value === selected ? 'selected' : null }, text));
  return out;
}

export function notice(text, isError = false) {
  const el = document.getElementById('notice');
  el.textContent = text;
  el.className = isError ? 'error' : '';
  el.hidden = !text;
}

/** Shows an API error next to the form (and focuses the field it names). */
export function showError(form, error) {
  let box = form.querySelector('.error');
  if (!box) {
    box = h('p.error', { role: 'alert' });
    form.append(box);
  }
  box.textContent = describe(error);
  if (error.field) form.querySelector(`[name="${CSS.escape(error.field)}"]`)?.focus();
}

export function describe(error) {
  if (!(error instanceof ApiError)) return `Something went wrong: ${error.message}`;
  const messages = {
    invalid_credentials: 'The email address or password (or code) is wrong.',
    totp_required: 'Enter the code from your authenticator app.',
    rate_limited: 'Too many failed attempts. Wait a few minutes and try again.',
    forbidden: 'Your role does not allow this.',
    conflict: 'This conflicts with an existing record.',
    invalid_token: 'This link is unknown, already used or expired. Ask an administrator for a new one.',
    invalid_state: 'The appointment can no longer be changed this way.',
  };
  if (error.code === 'invalid_field') return `Please check "${error.field || 'the form'}": ${error.message}.`;
  return messages[error.code] || error.message;
}

/** Runs `action` for a submitted form, with the button disabled meanwhile. */
export function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelector('.error')?.remove();
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    try {
      await action(new FormData(form));
    } catch (e) {
      if (!(e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch'))) showError(form, e);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  });
  return form;
}

export function copyBox(label, value) {
  const input = h('input', { value, readonly: true, 'aria-label': label });
  return h('div.link-box', {}, h('span', {}, label), input,
    h('button', { type: 'button', onclick: () => { input.select(); navigator.clipboard?.writeText(value); } }, 'Copy'));
}

/** The clinic's timezone offset (ms) at a UTC instant. */
export function tzOffset(utcMs, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock date and time in the clinic's timezone, as a UTC instant. */
export function clinicToUtc(date, time, timeZone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - tzOffset(wall, timeZone);
  utc = wall - tzOffset(utc, timeZone);
  return new Date(utc);
}

/** Today's date (YYYY-MM-DD) in the clinic, plus `days`. */
export function clinicDate(timeZone, days = 0) {
  const now = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function formatTime(iso, withDate) {
  const options = { timeZone: state.tz, hour: '2-digit', minute: '2-digit' };
  if (withDate) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
}

export const state = {
  me: null, // MeResponse
  org: null, // Organisation
  tz: 'UTC',
  staff: new Map(), // id -> StaffView
  departments: new Map(), // id -> Department
  waiting: null, // WaitingList, while signed in
  chats: new Map(), // waiting participant id -> [{ fromPatient, displayName, text, at }]
  unread: new Set(), // waiting participant ids with messages not yet seen
  thread: null, // the waiting participant whose chat is open
};

export const isAdmin = () => state.me && state.me.staff.role !== 'practitioner';
export const isOrgAdmin = () => state.me && state.me.staff.role === 'org_admin';

export function staffName(id) {
  return state.staff.get(id)?.name || '—';
}
