// The staff pages: what every view shares: the REST client, DOM helpers,
// messages and times (in the language chosen, in the clinic's time zone),
// and the signed-in state.
//
// Every text a person reads comes from web/locales/{language}/staff.ftl:
// `t(id, args)` in the views, or `l10n` on an element built with `h` for a
// message that only gives attributes (an accessible name, a tooltip).
// Names and texts the clinic wrote are shown as they are. A time or date
// shown on its own sits in a <time> element.

import { go } from './app.js';
import { formatTime as clockTime, language, setText, t } from '/i18n.js';

export { t };

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

/**
 * h('tag.class', {attrs}, ...children): builds an element safely. The
 * attribute `l10n` (a message id, or [id, args]) sets the element's
 * attributes (and text, if the message has a value) from the catalogue.
 */
export function h(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false || k === 'l10n') continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  if (attrs?.l10n) {
    const [id, args] = [attrs.l10n].flat();
    setText(el, id, args);
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
  const input = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
  // The field's label as the page shows it (its text before the input).
  const label = input?.closest('label')?.firstChild?.textContent?.trim() || null;
  box.textContent = describe(error, label);
  input?.focus();
}

/** An error whose message is already written for people (from `t`). */
export class Problem extends Error {}

/** What went wrong, in words; `label`: the form field's label, if known. */
export function describe(error, label = null) {
  if (error instanceof Problem) return error.message;
  if (!(error instanceof ApiError)) return t('staff-error-unexpected', { error: error.message });
  if (error.code === 'invalid_field') {
    if (error.field === 'brand_colour') return t('staff-error-brand-colour');
    return t('staff-error-invalid-field', { field: label || error.field || '—' });
  }
  const messages = {
    invalid_credentials: 'staff-error-invalid-credentials',
    totp_required: 'staff-error-totp-required',
    rate_limited: 'staff-error-rate-limited',
    forbidden: 'staff-error-forbidden',
    conflict: 'staff-error-conflict',
    invalid_token: 'staff-error-invalid-token',
    invalid_state: 'staff-error-invalid-state',
    not_found: 'staff-error-not-found',
    unauthenticated: 'staff-error-unauthenticated',
    internal: 'staff-error-internal',
  };
  return messages[error.code] ? t(messages[error.code]) : error.message;
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
    h('button', { type: 'button', onclick: () => { input.select(); navigator.clipboard?.writeText(value); } }, t('staff-copy')));
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

/** An instant (ISO text or Date) as a time, with `withDate` also the day, in the clinic. */
export function formatTime(iso, withDate) {
  const options = { timeZone: state.tz };
  if (withDate) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return clockTime(new Date(iso), options);
}

/** An instant (ISO text, Date or ms) as its date, year included, and time in the clinic. */
export function formatDateAndTime(instant) {
  return clockTime(new Date(instant), { timeZone: state.tz, year: 'numeric', month: 'short', day: 'numeric' });
}

/** The day of an instant in the clinic, as "Tue 8 Dec" in the language. */
export function formatDay(iso) {
  return new Intl.DateTimeFormat(language(), { timeZone: state.tz, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD), written out in the language. */
export function formatDate(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language(), { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A wall-clock time ("09:00", in the clinic) in the language. */
export function formatWallTime(time) {
  const [hh, mm] = time.split(':').map(Number);
  return clockTime(new Date(Date.UTC(2000, 0, 1, hh, mm)), { timeZone: 'UTC' });
}

/** A <time> element showing `text` for the instant or date `datetime`. */
export function timeElement(datetime, text) {
  return h('time', { datetime: datetime instanceof Date ? datetime.toISOString() : datetime }, text);
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
  inviting: null, // the waiting participant for whose consultation someone is being invited
  inbox: null, // EventSource of the chat channels' changes, while signed in
  unreadMessages: 0, // patients' messages unread in the caller's channels
  questionnaireList: [], // the organisation's questionnaires (summaries)
  asked: new Map(), // appointment id -> its questionnaire (id, title, status) or null
  answersOpen: null, // the appointment whose answers are shown in the waiting list
};

// The live events (server-sent, GET /api/v1/live: `channel`,
// `questionnaire`, `resync`) come over one stream while signed in
// (state.inbox, opened by messages.js); other views listen to it here.
const liveHandlers = new Map(); // event type -> Set of handlers(data)
const hooked = new WeakMap(); // EventSource -> Set of the event types passed on

/** Runs `handler(data)` (the event's JSON) on every live event of `type`. */
export function onLive(type, handler) {
  if (!liveHandlers.has(type)) liveHandlers.set(type, new Set());
  liveHandlers.get(type).add(handler);
  hookLive();
}

/** Passes the events of the live stream now open (if any) to the handlers of `onLive`. */
export function hookLive() {
  const source = state.inbox;
  if (!source) return;
  if (!hooked.has(source)) hooked.set(source, new Set());
  const types = hooked.get(source);
  for (const type of liveHandlers.keys()) {
    if (types.has(type)) continue;
    types.add(type);
    source.addEventListener(type, (event) => {
      let data = {};
      try {
        data = event.data ? JSON.parse(event.data) : {};
      } catch {
        // An event without JSON: its type alone.
      }
      for (const handler of liveHandlers.get(type)) {
        try {
          handler(data);
        } catch (e) {
          console.error(e);
        }
      }
    });
  }
}

export const isAdmin = () => state.me && state.me.staff.role !== 'practitioner';
export const isOrgAdmin = () => state.me && state.me.staff.role === 'org_admin';

export function staffName(id) {
  return state.staff.get(id)?.name || '—';
}
