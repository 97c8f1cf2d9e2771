// The staff pages: one plain ES module, no build step, using only the
// public REST API under /api/v1 (the same one integrators use). Every
// value from the server reaches the page through textContent or a form
// field, never through innerHTML, so patient data cannot inject markup.
// The one exception is the TOTP QR code, an SVG the server renders from
// the otpauth URI.

import { WaitingList } from '/sdk/anteroom.js';

const API = '/api/v1';
const CSRF_KEY = 'anteroom.csrf';

/** A typed error from the API: `code` is the stable error code. */
class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || `HTTP ${status}`);
    this.status = status;
    this.code = e.code || 'http_error';
    this.field = e.field || null;
  }
}

async function api(method, path, body) {
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
async function all(path) {
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

// ---------------------------------------------------------------- DOM ---

/** h('tag.class', {attrs}, ...children): builds an element safely. */
function h(spec, attrs, ...children) {
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

function field(label, input) {
  return h('label', {}, label, input);
}

function options(list, selected, blank) {
  const out = blank === undefined ? [] : [h('option', { value: '' }, blank)];
  for (const [value, text] of list) out.push(h('option', { value, selected: value === selected ? 'selected' : null }, text));
  return out;
}

function notice(text, isError = false) {
  const el = document.getElementById('notice');
  el.textContent = text;
  el.className = isError ? 'error' : '';
  el.hidden = !text;
}

/** Shows an API error next to the form (and focuses the field it names). */
function showError(form, error) {
  let box = form.querySelector('.error');
  if (!box) {
    box = h('p.error', { role: 'alert' });
    form.append(box);
  }
  box.textContent = describe(error);
  if (error.field) form.querySelector(`[name="${CSS.escape(error.field)}"]`)?.focus();
}

function describe(error) {
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
function onSubmit(form, action) {
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

function copyBox(label, value) {
  const input = h('input', { value, readonly: true, 'aria-label': label });
  return h('div.link-box', {}, h('span', {}, label), input,
    h('button', { type: 'button', onclick: () => { input.select(); navigator.clipboard?.writeText(value); } }, 'Copy'));
}

// --------------------------------------------------------------- time ---

/** The clinic's timezone offset (ms) at a UTC instant. */
function tzOffset(utcMs, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock date and time in the clinic's timezone, as a UTC instant. */
function clinicToUtc(date, time, timeZone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - tzOffset(wall, timeZone);
  utc = wall - tzOffset(utc, timeZone);
  return new Date(utc);
}

/** Today's date (YYYY-MM-DD) in the clinic, plus `days`. */
function clinicDate(timeZone, days = 0) {
  const now = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function formatTime(iso, withDate) {
  const options = { timeZone: state.tz, hour: '2-digit', minute: '2-digit' };
  if (withDate) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
}

// -------------------------------------------------------------- state ---

const state = {
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

const isAdmin = () => state.me && state.me.staff.role !== 'practitioner';
const isOrgAdmin = () => state.me && state.me.staff.role === 'org_admin';

async function loadSession() {
  state.me = await api('GET', '/me');
  if (state.me.must_enrol_totp) return;
  const [org, staff, departments] = await Promise.all([api('GET', '/organisation'), all('/staff'), all('/departments')]);
  state.org = org;
  state.tz = org.settings.timezone || 'UTC';
  state.staff = new Map(staff.map((s) => [s.id, s]));
  state.departments = new Map(departments.map((d) => [d.id, d]));
  if (!state.waiting) followWaitingList();
}

// The live waiting list, followed while signed in (on every page, so the
// doorbell rings wherever one is).

async function followWaitingList() {
  let list;
  try {
    const ticket = await api('POST', '/waiting/watch', {});
    list = new WaitingList({ token: ticket.token });
    state.waiting = list;
    list.addEventListener('chat', (e) => {
      const d = e.detail;
      if (!state.chats.has(d.participant)) state.chats.set(d.participant, []);
      state.chats.get(d.participant).push(d);
      if (d.fromPatient && state.thread !== d.participant) state.unread.add(d.participant);
      if (currentView() === 'waiting') renderWaitingTable();
    });
    list.addEventListener('change', (e) => {
      updateWaitingBadge();
      if (e.detail.arrived) announceArrival();
      if (currentView() === 'waiting') renderWaitingTable();
    });
    list.addEventListener('closed', () => {
      if (state.waiting !== list) return;
      state.waiting = null;
      updateWaitingBadge();
      // Reconnect (with a fresh token) while still signed in.
      if (state.me) setTimeout(() => state.me && !state.waiting && followWaitingList(), 2000);
    });
    await list.start();
  } catch (e) {
    if (list && state.waiting === list) state.waiting = null;
    console.warn('waiting list unavailable', e);
  }
}

function updateWaitingBadge() {
  const link = document.querySelector('#menu a[href="/staff/waiting"]');
  if (!link) return;
  const n = state.waiting ? state.waiting.entries.size : 0;
  link.textContent = n ? `Waiting room (${n})` : 'Waiting room';
}

/** The doorbell (when the organisation wants it) and a desktop notice. */
function announceArrival() {
  if (state.org?.settings.doorbell_sound) {
    try {
      const context = new AudioContext();
      [[0, 880], [0.35, 660]].forEach(([at, freq]) => {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.15, context.currentTime + at);
        gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + at + 0.6);
        osc.connect(gain).connect(context.destination);
        osc.start(context.currentTime + at);
        osc.stop(context.currentTime + at + 0.6);
      });
      setTimeout(() => context.close(), 1500);
    } catch (_) {
      // No audio output: the list and the notification still show it.
    }
  }
  // No name in the notification: it may show on a shared screen.
  if ('Notification' in window && Notification.permission === 'granted') new Notification('A patient is waiting', { tag: 'anteroom-waiting' });
}

function staffName(id) {
  return state.staff.get(id)?.name || '—';
}

// ------------------------------------------------------------- router ---

const views = {
  waiting: viewWaiting,
  login: viewLogin,
  'set-password': viewSetPassword,
  appointments: viewAppointments,
  'meeting-rooms': viewMeetingRooms,
  clients: viewClients,
  availability: viewAvailability,
  people: viewPeople,
  settings: viewSettings,
  account: viewAccount,
};
const PUBLIC_VIEWS = new Set(['login', 'set-password']);

function go(path, { replace = false, next = null } = {}) {
  const url = next ? `${path}?next=${encodeURIComponent(next)}` : path;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

let renderCount = 0;

function currentView() {
  return location.pathname.replace(/^\/staff\/?/, '').split('/')[0] || 'appointments';
}

async function render() {
  const mine = ++renderCount;
  const name = currentView();
  const view = views[name] || viewNotFound;
  const main = document.getElementById('view');
  if (!PUBLIC_VIEWS.has(name) && !state.me) {
    try {
      await loadSession();
    } catch {
      return; // api() has sent us to the login page
    }
    if (mine !== renderCount) return;
  }
  if (state.me && state.me.must_enrol_totp && name !== 'account' && !PUBLIC_VIEWS.has(name)) {
    go('/staff/account', { replace: true });
    return;
  }
  updateMenu(name);
  main.replaceChildren(h('p.muted', {}, 'Loading…'));
  try {
    const content = await view();
    if (mine !== renderCount) return;
    main.replaceChildren(...[content].flat().filter((c) => c != null));
  } catch (e) {
    if (mine !== renderCount) return;
    if (e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch')) return;
    main.replaceChildren(h('p.error', { role: 'alert' }, describe(e)));
  }
  document.title = `${main.querySelector('h2')?.textContent || 'Staff'} · anteroom`;
}

function updateMenu(current) {
  const menu = document.getElementById('menu');
  const signedIn = !!state.me && !state.me.must_enrol_totp;
  menu.hidden = !signedIn;
  if (!signedIn) return;
  for (const a of menu.querySelectorAll('a')) {
    const needs = a.dataset.needs;
    a.hidden = (needs === 'admin' && !isAdmin()) || (needs === 'org_admin' && !isOrgAdmin());
    const section = a.getAttribute('href').replace('/staff/', '');
    if (section === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.getElementById('whoami').textContent = `Account · ${state.me.staff.name || state.me.staff.email}`;
  updateWaitingBadge();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  notice('');
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', render);

// -------------------------------------------------------------- views ---

function viewNotFound() {
  return [h('h2', {}, 'Not found'), h('p', {}, h('a', { href: '/staff/appointments', 'data-nav': true }, 'Back to the appointments'))];
}

function viewLogin() {
  const totp = h('label', { hidden: true }, 'Code from your authenticator app',
    h('input', { name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6 }));
  const form = h('form.card.login', {},
    h('h2', {}, 'Staff login'),
    field('Email', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' })),
    field('Password', h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' })),
    totp,
    h('p', {}, h('button.primary', { type: 'submit' }, 'Log in')));
  onSubmit(form, async (data) => {
    const body = { email: data.get('email'), password: data.get('password') };
    if (!totp.hidden) body.totp = data.get('totp');
    try {
      const login = await api('POST', '/auth/login', body);
      localStorage.setItem(CSRF_KEY, login.csrf_token);
    } catch (e) {
      if (e.code === 'totp_required') {
        totp.hidden = false;
        totp.querySelector('input').required = true;
        totp.querySelector('input').focus();
      }
      throw e;
    }
    state.me = null;
    const next = new URLSearchParams(location.search).get('next');
    go(next && next.startsWith('/staff/') && !next.startsWith('/staff/login') ? next : '/staff/appointments', { replace: true });
  });
  return form;
}

function viewSetPassword() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) return [h('h2', {}, 'Set your password'), h('p.error', {}, 'This page needs the link from your email.')];
  const form = h('form.card.login', {},
    h('h2', {}, 'Set your password'),
    h('p.muted', {}, 'At least 12 characters. A passphrase of several words is easy to remember and hard to guess.'),
    field('New password', h('input', { name: 'password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    field('Repeat it', h('input', { name: 'repeat', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Set password')));
  onSubmit(form, async (data) => {
    if (data.get('password') !== data.get('repeat')) throw new Error('the two passwords differ');
    await api('POST', '/auth/password', { token, password: data.get('password') });
    history.replaceState(null, '', '/staff/login');
    notice('Your password is set. Log in with it now.');
    render();
  });
  return form;
}

// The waiting room: who waits for me or my departments, since when, and
// one action to let them in.

const MARKERS = { on_time: 'on time', late: 'late', walk_in: 'walk-in' };

function viewWaiting() {
  const box = h('div', { 'data-waiting': true });
  const notify = 'Notification' in window && Notification.permission === 'default'
    ? h('button', { type: 'button', onclick: (e) => Notification.requestPermission().then(() => e.target.remove()) }, 'Notify me on this computer when a patient arrives')
    : null;
  setTimeout(renderWaitingTable);
  return [h('h2', {}, 'Waiting room'), notify, box];
}

let waitingClock;

function renderWaitingTable() {
  const box = document.querySelector('#view [data-waiting]');
  if (!box) return;
  clearInterval(waitingClock);
  if (!state.waiting) {
    box.replaceChildren(h('p.muted', {}, 'Connecting to the waiting room…'));
    setTimeout(renderWaitingTable, 1000);
    return;
  }
  // What is being typed survives the re-render.
  const typing = box.querySelector('input[name="text"]');
  const draft = typing ? { value: typing.value, focused: document.activeElement === typing } : null;
  const entries = [...state.waiting.entries.values()].sort((a, b) => a.since_ms - b.since_ms);
  if (!entries.length) {
    box.replaceChildren(h('p.muted', {}, 'Nobody is waiting.'));
    return;
  }
  const minutes = (ms) => Math.max(0, Math.floor((Date.now() - ms) / 60000));
  const rows = entries.map((e) => h('tr', { 'data-participant': e.participant },
    h('td', {}, h(`span.marker.${e.marker}`, {}, MARKERS[e.marker] || e.marker)),
    h('td', {}, e.display_name, e.role !== 'patient' ? h('span.muted', {}, ` (${e.role})`) : null),
    h('td', {}, e.starts_at_ms ? formatTime(new Date(e.starts_at_ms).toISOString()) : '—'),
    h('td', { 'data-since': e.since_ms }, `${minutes(e.since_ms)} min`),
    h('td.actions', {},
      h('button', { type: 'button', onclick: () => { state.thread = e.participant; state.unread.delete(e.participant); renderWaitingTable(); } },
        state.unread.has(e.participant) ? 'Message (new)' : 'Message'),
      h('button.primary', { type: 'button', onclick: (ev) => admit(e, ev.target) }, 'Admit'))));
  const table = h('table', { 'aria-label': 'Waiting' },
    h('thead', {}, h('tr', {}, ['', 'Name', 'Appointment', 'Waiting', ''].map((t) => h('th', {}, t)))), h('tbody', {}, rows));
  // (replaceChildren writes a null as the text "null": only what is there.)
  box.replaceChildren(...[table, waitingThread()].filter(Boolean));
  const input = box.querySelector('input[name="text"]');
  if (input && draft) {
    input.value = draft.value;
    if (draft.focused) input.focus();
  }
  waitingClock = setInterval(() => {
    for (const td of box.querySelectorAll('td[data-since]')) td.textContent = `${minutes(Number(td.dataset.since))} min`;
  }, 15000);
}

/** The open chat with one waiting person. */
function waitingThread() {
  const entry = state.thread && state.waiting?.entries.get(state.thread);
  if (!entry) return null;
  const messages = state.chats.get(entry.participant) || [];
  const form = h('form.card', { 'aria-label': `Chat with ${entry.display_name}` },
    h('h3', {}, `Chat with ${entry.display_name}`),
    messages.length
      ? h('ol.chat', {}, messages.map((m) => h('li', {}, h('strong', {}, `${m.displayName} `),
        m.text, h('span.muted', {}, ` ${m.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`))))
      : h('p.muted', {}, 'No messages yet.'),
    h('div.row', {}, field('Message', h('input', { name: 'text', required: true, maxlength: 2000, autocomplete: 'off' })),
      h('p', {}, h('button.primary', { type: 'submit' }, 'Send'))));
  onSubmit(form, async (data) => {
    await state.waiting.chatTo(entry.participant, data.get('text').trim());
    form.querySelector('input[name="text"]').value = '';
  });
  return form;
}

/** Lets the person in and opens the consultation room for the practitioner. */
async function admit(entry, button) {
  button.disabled = true;
  const tab = window.open('about:blank', '_blank');
  try {
    await state.waiting.admit(entry.participant);
    const appointment = entry.room.replace(/^a-/, '');
    const ticket = await api('POST', `/appointments/${appointment}/join`, {});
    // The consultation is under way (refused harmlessly if it already is).
    api('PATCH', `/appointments/${appointment}`, { status: 'in_progress' }).catch(() => {});
    if (tab) tab.location = ticket.call_url;
    else location.assign(ticket.call_url);
  } catch (e) {
    tab?.close();
    const why = {
      not_waiting: 'They are no longer waiting.',
      patient_not_present: `${entry.display_name} can join once the patient is in the consultation.`,
      room_full: 'The consultation is full.',
    }[e.code];
    notice(why || describe(e), true);
    button.disabled = false;
  }
}

// Appointments: today and upcoming, create, cancel, resend.

async function viewAppointments() {
  const tab = new URLSearchParams(location.search).get('tab') === 'upcoming' ? 'upcoming' : 'today';
  const today = clinicDate(state.tz);
  const tomorrow = clinicDate(state.tz, 1);
  const range = tab === 'today'
    ? [clinicToUtc(today, '00:00', state.tz), clinicToUtc(tomorrow, '00:00', state.tz)]
    : [clinicToUtc(tomorrow, '00:00', state.tz), clinicToUtc(clinicDate(state.tz, 61), '00:00', state.tz)];
  const query = `from=${encodeURIComponent(range[0].toISOString())}&to=${encodeURIComponent(range[1].toISOString())}`;
  const page = await api('GET', `/appointments?${query}&limit=100`);
  const list = h('tbody');
  const table = h('table', { 'aria-label': tab === 'today' ? 'Today' : 'Upcoming' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Time'), h('th', {}, 'Client'), h('th', {}, 'With'), h('th', {}, 'Status'), h('th', {}, ''))),
    list);
  const links = h('div', { 'data-links': true });
  for (const a of page.items) list.append(appointmentRow(a, tab !== 'today', links));
  if (!page.items.length) list.append(h('tr', {}, h('td', { colspan: 5 }, h('span.muted', {}, tab === 'today' ? 'No appointments today.' : 'No upcoming appointments.'))));
  const more = page.next_offset != null ? h('p.muted', {}, 'Showing the first 100; narrow the range to see more.') : null;
  const tabs = h('div.tabs', { role: 'tablist' },
    h('button', { role: 'tab', 'aria-selected': String(tab === 'today'), onclick: () => go('/staff/appointments') }, 'Today'),
    h('button', { role: 'tab', 'aria-selected': String(tab === 'upcoming'), onclick: () => go('/staff/appointments?tab=upcoming') }, 'Upcoming'));
  return [h('h2', {}, 'Appointments'), tabs, links, table, more, await appointmentForm(links)];
}

function appointmentRow(a, withDate, links) {
  const who = a.practitioner ? a.practitioner.name : a.department ? a.department.name : '—';
  const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'anonymised';
  const open = ['scheduled', 'waiting'].includes(a.status);
  const row = h('tr', { 'data-id': a.id },
    h('td', {}, formatTime(a.starts_at, withDate), h('br'), h('span.muted', {}, `${a.duration_minutes} min`)),
    h('td', {}, client, a.participants.length ? h('div.muted', {}, `+ ${a.participants.map((p) => p.name).join(', ')}`) : null),
    h('td', {}, who),
    h('td', {}, h(`span.status.${a.status}`, {}, a.status.replace('_', ' '))),
    h('td.actions', {},
      a.status !== 'cancelled' && a.status !== 'completed' && a.status !== 'no_show' && a.status !== 'anonymised'
        ? h('button.primary', { type: 'button', onclick: (e) => startConsultation(a, e.target) }, 'Start consultation')
        : null,
      open && a.client ? h('button', { type: 'button', onclick: (e) => resend(a, e.target, links) }, 'Resend invitation') : null,
      open ? h('button.danger', { type: 'button', onclick: (e) => cancel(a, e.target) }, 'Cancel') : null,
      // Also while still scheduled: staff may have held a call on it
      // before the patient came, and its captions are kept.
      state.org?.settings.keep_transcript && a.status !== 'cancelled'
        ? h('button', { type: 'button', onclick: (e) => showTranscript(a, e.target, links) }, 'Captions kept')
        : null));
  return row;
}

/** The captions kept for an appointment (organisations that keep them). */
async function showTranscript(a, button, container) {
  button.disabled = true;
  try {
    const transcript = await api('GET', `/appointments/${a.id}/transcript`);
    const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'anonymised';
    container.replaceChildren(h('section', { 'aria-label': 'Kept captions' },
      h('h3', {}, `Captions kept: ${client}, ${formatTime(a.starts_at, true)}`),
      transcript.lines.length
        ? h('ol.transcript', {}, transcript.lines.map((l) => h('li', {}, h('span.muted', {}, formatTime(l.spoken_at, false)), ' ', h('strong', {}, `${l.speaker}: `), l.text)))
        : h('p.muted', {}, 'No captions were kept for this appointment.')));
  } catch (e) {
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

/** Opens the consultation room with a join token (in a new tab). */
function startConsultation(a, button) {
  return openRoom(`/appointments/${a.id}/join`, button);
}

/** Asks for a join token at `path` and opens its room in a new tab. */
async function openRoom(path, button) {
  button.disabled = true;
  const tab = window.open('about:blank', '_blank');
  try {
    const ticket = await api('POST', path, {});
    if (tab) tab.location = ticket.call_url;
    else location.assign(ticket.call_url);
  } catch (e) {
    tab?.close();
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

async function resend(a, button, links) {
  button.disabled = true;
  try {
    const invitation = await api('POST', `/appointments/${a.id}/invitations`, {});
    showInvitation(links, `New links for ${a.client.initials} ${a.client.last_name}`, invitation);
    notice(state.org.settings.no_emails ? 'New links made (emails are off for this organisation).' : 'Invitation sent again; the earlier links keep working.');
  } catch (e) {
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

async function cancel(a, button) {
  const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'this client';
  if (!confirm(`Cancel the appointment with ${client} at ${formatTime(a.starts_at, true)}?`)) return;
  button.disabled = true;
  try {
    await api('PATCH', `/appointments/${a.id}`, { status: 'cancelled' });
    notice('Appointment cancelled.');
    render();
  } catch (e) {
    notice(describe(e), true);
    button.disabled = false;
  }
}

function showInvitation(container, title, invitation) {
  const participant = (id) => invitation.participant_links.find((p) => p.participant === id);
  container.replaceChildren(h('section', { 'aria-label': 'Invitation links' },
    h('h3', {}, title),
    copyBox('Patient link', invitation.patient_link),
    invitation.participant_links.map((p, i) => copyBox(`Participant ${i + 1} link`, participant(p.participant).link))));
}

async function appointmentForm(links) {
  const [clients, participants] = await Promise.all([all('/clients'), all('/participants')]);
  const practitioners = [...state.staff.values()];
  const form = h('form.card', { 'aria-label': 'New appointment' },
    h('h3', {}, 'New appointment'),
    h('div.row',
      {},
      field('Client', h('select', { name: 'client', required: true },
        options(clients.map((c) => [c.id, `${c.last_name}, ${c.initials}${c.date_of_birth ? ` (${c.date_of_birth})` : ''}`]), '', 'Choose…'))),
      field('Practitioner', h('select', { name: 'practitioner' },
        options(practitioners.map((s) => [s.id, s.name || s.email]), state.me.staff.role === 'practitioner' ? state.me.staff.id : '', '— department only —'))),
      field('Department', h('select', { name: 'department' },
        options([...state.departments.values()].map((d) => [d.id, d.name]), '', '— none —')))),
    h('div.row', {},
      field('Date', h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })),
      field('Time', h('input', { name: 'time', type: 'time', required: true, step: 300 })),
      field('Duration (minutes)', h('input', { name: 'duration_minutes', type: 'number', min: 5, max: 480, value: 20, required: true }))),
    participants.length
      ? h('fieldset', {}, h('legend', {}, 'External participants'),
        participants.map((p) => h('label.inline', {}, h('input', { type: 'checkbox', name: 'participants', value: p.id }), `${p.name} (${p.kind.replace('_', ' ')})`)))
      : null,
    field('Personal message (in the invitation)', h('textarea', { name: 'message', rows: 2, maxlength: 2000 })),
    h('p.muted', {}, `Times are in the clinic's timezone, ${state.tz}.`),
    h('p', {}, h('button.primary', { type: 'submit', value: 'later' }, 'Create and invite'), ' ',
      h('button', { type: 'submit', value: 'now', title: 'Starts now: the invitations go out and the consultation room opens' }, 'Quick consult: start now')));
  // Which button submitted the form: "now" ignores the date and time.
  let startNow = false;
  form.addEventListener('click', (e) => {
    if (e.target instanceof HTMLButtonElement && e.target.type === 'submit') {
      startNow = e.target.value === 'now';
      form.querySelector('[name="time"]').required = !startNow;
    }
  });
  onSubmit(form, async (data) => {
    const body = {
      client: data.get('client'),
      starts_at: startNow ? new Date().toISOString() : clinicToUtc(data.get('date'), data.get('time'), state.tz).toISOString(),
      duration_minutes: Number(data.get('duration_minutes')),
      participants: data.getAll('participants'),
    };
    if (data.get('practitioner')) body.practitioner = data.get('practitioner');
    if (data.get('department')) body.department = data.get('department');
    if (data.get('message').trim()) body.message = data.get('message').trim();
    // A quick consult opens its room at once (the tab must open inside the click).
    const tab = startNow ? window.open('about:blank', '_blank') : null;
    let created;
    try {
      created = await api('POST', '/appointments', body);
      if (startNow) {
        const ticket = await api('POST', `/appointments/${created.appointment.id}/join`, {});
        if (tab) tab.location = ticket.call_url;
        else location.assign(ticket.call_url);
      }
    } catch (e) {
      tab?.close();
      throw e;
    }
    const c = created.appointment.client;
    await render();
    notice(`Appointment created for ${c.initials} ${c.last_name} at ${formatTime(created.appointment.starts_at, true)}.`);
    const again = document.querySelector('#view [data-links]');
    if (again) showInvitation(again, 'Invitation links', created.invitation);
  });
  return form;
}

// Meeting rooms.

async function viewMeetingRooms() {
  const rooms = await all('/meeting-rooms');
  const list = h('ul.rooms', { 'aria-label': 'Meeting rooms' });
  const links = h('div', { 'data-links': true });
  for (const room of rooms) {
    const guest = h('form.inline', { 'aria-label': `Guest link for ${room.name}` },
      field('Guest name', h('input', { name: 'name', required: true, maxlength: 64 })),
      h('button', { type: 'submit' }, 'Create guest link'));
    onSubmit(guest, async (data) => {
      const link = await api('POST', `/meeting-rooms/${room.id}/guest-links`, { name: data.get('name').trim() });
      links.replaceChildren(h('section', { 'aria-label': 'Guest link' },
        h('h3', {}, `Guest link for ${link.name}`),
        copyBox('Guest link', link.link),
        h('p.muted', {}, `It lets one person in, once, until ${formatTime(link.expires_at, true)}. Let them in from the room's "Waiting to join".`)));
      guest.reset();
    });
    list.append(h('li', {},
      h('strong', {}, room.name), ' ',
      h('button.primary', { type: 'button', onclick: (e) => openRoom(`/meeting-rooms/${room.id}/join`, e.target) }, `Enter ${room.name}`),
      guest));
  }
  if (!rooms.length) list.append(h('li.muted', {}, 'No meeting rooms yet.'));
  const form = h('form.card', { 'aria-label': 'New meeting room' },
    h('h3', {}, 'New meeting room'),
    field('Name', h('input', { name: 'name', required: true, maxlength: 100 })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Create')));
  onSubmit(form, async (data) => {
    const room = await api('POST', '/meeting-rooms', { name: data.get('name').trim() });
    await render();
    notice(`Meeting room "${room.name}" created.`);
  });
  return [h('h2', {}, 'Meeting rooms'),
    h('p.muted', {}, 'Standing rooms for staff: everyone in the organisation can enter; others only with a guest link.'),
    links, list, form];
}

// Clients.

const CLIENT_FIELDS = [
  ['initials', 'Initials', 'text', true],
  ['last_name', 'Last name', 'text', true],
  ['date_of_birth', 'Date of birth', 'date', false],
  ['email', 'Email', 'email', false],
  ['phone', 'Phone', 'tel', false],
  ['external_number', 'Client number', 'text', false],
];

async function viewClients() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const page = await api('GET', `/clients?limit=50&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  const search = h('form', { role: 'search', class: 'row' },
    field('Search by name or client number', h('input', { name: 'q', type: 'search', value: q })),
    h('p', {}, h('button', { type: 'submit' }, 'Search')));
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = new FormData(search).get('q').trim();
    go(`/staff/clients${value ? `?q=${encodeURIComponent(value)}` : ''}`);
  });
  const editor = h('div');
  const rows = page.items.map((c) => h('tr', { 'data-id': c.id },
    h('td', {}, `${c.last_name}, ${c.initials}`),
    h('td', {}, c.date_of_birth || ''),
    h('td', {}, c.email || ''),
    h('td', {}, c.external_number || ''),
    h('td', {}, c.practitioners.map(staffName).join(', ')),
    h('td.actions', {}, h('button', { type: 'button', onclick: () => editor.replaceChildren(clientForm(c)) }, 'Edit'))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 6 }, h('span.muted', {}, q ? 'No client matches.' : 'No clients yet.'))));
  const pager = h('p', {},
    offset > 0 ? h('a', { href: `/staff/clients?offset=${Math.max(0, offset - 50)}${q ? `&q=${encodeURIComponent(q)}` : ''}`, 'data-nav': true }, '← Previous') : null,
    ' ',
    page.next_offset != null ? h('a', { href: `/staff/clients?offset=${page.next_offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`, 'data-nav': true }, 'Next →') : null);
  return [
    h('h2', {}, 'Clients'),
    search,
    h('table', { 'aria-label': 'Clients' },
      h('thead', {}, h('tr', {}, ['Name', 'Born', 'Email', 'Number', 'Practitioners', ''].map((t) => h('th', {}, t)))),
      h('tbody', {}, rows)),
    pager,
    editor,
    clientForm(null),
  ];
}

function clientForm(client) {
  const departments = [...state.departments.values()];
  const practitioners = [...state.staff.values()];
  const form = h('form.card', { 'aria-label': client ? 'Edit client' : 'New client' },
    h('h3', {}, client ? `Edit ${client.initials} ${client.last_name}` : 'New client'),
    h('div.row', {}, CLIENT_FIELDS.map(([name, label, type, required]) =>
      field(label, h('input', { name, type, required, value: client ? client[name] || '' : '' })))),
    departments.length
      ? h('fieldset', {}, h('legend', {}, 'Departments'), departments.map((d) =>
        h('label.inline', {}, h('input', { type: 'checkbox', name: 'departments', value: d.id, checked: client?.departments.includes(d.id) }), d.name)))
      : null,
    h('fieldset', {}, h('legend', {}, 'Practitioners'), practitioners.map((s) =>
      h('label.inline', {}, h('input', { type: 'checkbox', name: 'practitioners', value: s.id, checked: client?.practitioners.includes(s.id) }), s.name || s.email))),
    h('p', {}, h('button.primary', { type: 'submit' }, client ? 'Save' : 'Add client')));
  onSubmit(form, async (data) => {
    const body = {};
    for (const [name] of CLIENT_FIELDS) {
      const value = data.get(name).trim();
      if (value) body[name] = value;
    }
    body.departments = data.getAll('departments');
    body.practitioners = data.getAll('practitioners');
    if (client) await api('PATCH', `/clients/${client.id}`, body);
    else await api('POST', '/clients', body);
    await render();
    notice(client ? 'Client saved.' : `Client ${body.initials} ${body.last_name} added.`);
  });
  return form;
}

// Availability, walk-in and the resulting slots.

async function viewAvailability() {
  const params = new URLSearchParams(location.search);
  const manageable = isAdmin() ? [...state.staff.values()] : [state.me.staff];
  const who = params.get('staff') || state.me.staff.id;
  const person = state.staff.get(who) || state.me.staff;
  const [blocks, slots] = await Promise.all([
    api('GET', `/availability?staff=${encodeURIComponent(who)}`),
    api('GET', `/staff/${who}/slots?from=${clinicDate(state.tz)}&to=${clinicDate(state.tz, 6)}`),
  ]);
  const picker = isAdmin()
    ? field('Whose availability', h('select', { name: 'staff', onchange: (e) => go(`/staff/availability?staff=${e.target.value}`) },
      options(manageable.map((s) => [s.id, s.name || s.email]), who)))
    : null;
  const weekdays = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const rows = blocks.map((b) => h('tr', { 'data-id': b.id },
    h('td', {}, b.kind === 'weekly' ? `Every ${weekdays[b.weekday] || ''} from ${b.date}${b.until ? ` until ${b.until}` : ''}` : b.date),
    h('td', {}, `${b.start}–${b.end}`),
    h('td', {}, `${b.slot_minutes} min${b.gap_minutes ? ` + ${b.gap_minutes} min gap` : ''}`),
    h('td.actions', {}, h('button.danger', {
      type: 'button',
      onclick: async (e) => {
        e.target.disabled = true;
        try {
          await api('DELETE', `/availability/${b.id}`);
          await render();
          notice('Availability removed.');
        } catch (err) {
          notice(describe(err), true);
          e.target.disabled = false;
        }
      },
    }, 'Remove'))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 4 }, h('span.muted', {}, 'No availability yet.'))));

  const walkIn = h('input', {
    type: 'checkbox',
    checked: person.walk_in,
    onchange: async (e) => {
      try {
        await api('PUT', `/staff/${who}/walk-in`, { open: e.target.checked });
        person.walk_in = e.target.checked;
        notice(e.target.checked ? 'Open for walk-in patients.' : 'Closed for walk-in patients.');
      } catch (err) {
        e.target.checked = !e.target.checked;
        notice(describe(err), true);
      }
    },
  });

  const byDay = new Map();
  for (const s of slots) {
    const day = formatTime(s.starts_at, true).replace(/,? \d\d:\d\d.*$/, '');
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(s);
  }
  const preview = byDay.size
    ? h('dl', {}, [...byDay].map(([day, list]) => [h('dt', {}, day), h('dd', {}, h('div.slots', {},
      list.map((s) => h(s.free ? 'span' : 'span.taken', { title: s.free ? 'free' : 'booked' }, formatTime(s.starts_at)))))]))
    : h('p.muted', {}, 'No bookable slots in the next seven days.');

  const kind = h('select', { name: 'kind' }, options([['once', 'One day'], ['weekly', 'Every week']], 'once'));
  const until = field('Until (optional, weekly only)', h('input', { name: 'until', type: 'date' }));
  until.hidden = true;
  kind.addEventListener('change', () => (until.hidden = kind.value !== 'weekly'));
  const form = h('form.card', { 'aria-label': 'Add availability' },
    h('h3', {}, 'Add availability'),
    h('div.row', {}, field('Repeat', kind), field('Date (first day)', h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })), until),
    h('div.row', {},
      field('From', h('input', { name: 'start', type: 'time', required: true, value: '09:00' })),
      field('To', h('input', { name: 'end', type: 'time', required: true, value: '12:00' })),
      field('Slot (minutes)', h('input', { name: 'slot_minutes', type: 'number', min: 5, max: 480, value: 20, required: true })),
      field('Gap after each (minutes)', h('input', { name: 'gap_minutes', type: 'number', min: 0, max: 240, value: 0 }))),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Add')));
  onSubmit(form, async (data) => {
    const body = {
      staff: who,
      kind: data.get('kind'),
      date: data.get('date'),
      start: data.get('start'),
      end: data.get('end'),
      slot_minutes: Number(data.get('slot_minutes')),
      gap_minutes: Number(data.get('gap_minutes') || 0),
    };
    if (body.kind === 'weekly' && data.get('until')) body.until = data.get('until');
    await api('POST', '/availability', body);
    await render();
    notice('Availability added.');
  });

  return [
    h('h2', {}, 'Availability'),
    picker,
    h('section', {}, h('label.inline', {}, walkIn, `${person.name || person.email} is open for walk-in patients`)),
    h('table', { 'aria-label': 'Availability' },
      h('thead', {}, h('tr', {}, ['When', 'Hours', 'Slots', ''].map((t) => h('th', {}, t)))), h('tbody', {}, rows)),
    form,
    h('h3', {}, 'Bookable slots, next seven days'),
    preview,
  ];
}

// Staff and departments.

function viewPeople() {
  const roleNames = { org_admin: 'Organisation admin', department_admin: 'Department admin', practitioner: 'Practitioner' };
  const departments = [...state.departments.values()];
  const staffRows = [...state.staff.values()].map((s) => h('tr', { 'data-id': s.id },
    h('td', {}, s.name || '', h('div.muted', {}, s.email)),
    h('td', {}, roleNames[s.role] || s.role),
    h('td', {}, s.departments.map((d) => state.departments.get(d)?.name || '').join(', ')),
    h('td', {}, s.active ? 'active' : 'invited', s.totp_enabled ? ' · 2FA' : ''),
    h('td.actions', {}, isOrgAdmin() && s.totp_enabled && s.id !== state.me.staff.id
      ? h('button', {
        type: 'button',
        onclick: async (e) => {
          if (!confirm(`Reset two-factor authentication for ${s.name || s.email}? They will have to enrol again.`)) return;
          e.target.disabled = true;
          try {
            await api('POST', `/staff/${s.id}/totp/reset`, {});
            state.me = null;
            await render();
            notice('Two-factor authentication reset; their sessions have ended.');
          } catch (err) {
            notice(describe(err), true);
            e.target.disabled = false;
          }
        },
      }, 'Reset 2FA')
      : null)));

  const created = h('div');
  const roles = isOrgAdmin() ? Object.entries(roleNames) : [['practitioner', 'Practitioner']];
  const staffForm = h('form.card', { 'aria-label': 'Add staff' },
    h('h3', {}, 'Add a staff member'),
    h('div.row', {},
      field('Name', h('input', { name: 'name', required: true, maxlength: 200 })),
      field('Email', h('input', { name: 'email', type: 'email', required: true })),
      field('Role', h('select', { name: 'role' }, options(roles, 'practitioner')))),
    departments.length
      ? h('fieldset', {}, h('legend', {}, 'Departments'), departments
        .filter((d) => isOrgAdmin() || state.me.staff.departments.includes(d.id))
        .map((d) => h('label.inline', {}, h('input', { type: 'checkbox', name: 'departments', value: d.id }), d.name)))
      : null,
    h('p.muted', {}, 'They receive an email with a link to set their password (valid 72 hours).'),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Add')));
  onSubmit(staffForm, async (data) => {
    const result = await api('POST', '/staff', {
      name: data.get('name').trim(), email: data.get('email').trim(), role: data.get('role'), departments: data.getAll('departments'),
    });
    state.me = null;
    await render();
    notice(`${result.staff.name} added.`);
    document.querySelector('#view [data-created]')?.replaceChildren(copyBox('Password link (if the email does not arrive)', result.password_link));
  });
  created.setAttribute('data-created', '');

  const departmentForm = h('form.card', { 'aria-label': 'Add department' },
    h('h3', {}, 'Add a department'),
    h('div.row', {}, field('Name', h('input', { name: 'name', required: true, maxlength: 200 })), h('p', {}, h('button.primary', { type: 'submit' }, 'Add'))));
  onSubmit(departmentForm, async (data) => {
    await api('POST', '/departments', { name: data.get('name').trim() });
    state.me = null;
    await render();
    notice('Department added.');
  });

  return [
    h('h2', {}, 'Staff and departments'),
    created,
    h('table', { 'aria-label': 'Staff' },
      h('thead', {}, h('tr', {}, ['Name', 'Role', 'Departments', 'Account', ''].map((t) => h('th', {}, t)))), h('tbody', {}, staffRows)),
    staffForm,
    h('h3', {}, 'Departments'),
    departments.length ? h('ul', { 'aria-label': 'Departments' }, departments.map((d) => h('li', {}, d.name))) : h('p.muted', {}, 'No departments yet.'),
    isOrgAdmin() ? departmentForm : null,
  ];
}

// Organisation settings, waiting texts, announcements, API keys.

const SETTING_FLAGS = [
  ['strict_department_segregation', 'Strictly segregated departments (staff see only their departments\' clients)'],
  ['strict_client_segregation', 'Strictly segregated clients (practitioners see only their own clients)'],
  ['chat_in_waiting_area', 'Chat in the waiting area'],
  ['chat_after_consultation', 'Chat stays available after the consultation'],
  ['delete_chat_after_consultation', 'Delete the chat after the consultation'],
  ['file_sharing', 'File sharing in calls'],
  ['screen_sharing', 'Screen sharing in calls'],
  ['resolution_change', 'Participants may change their video resolution'],
  ['force_start', 'Practitioners may force-start a consultation'],
  ['doorbell_sound', 'Doorbell sound when a patient arrives'],
  ['require_two_factor', 'Require two-factor authentication for all staff'],
  ['no_emails', 'Send no emails (staff hand out links themselves)'],
  ['keep_transcript', 'Keep the captions of consultations with the appointment (only while captions are on; everyone in the call is told)'],
];
const SETTING_NUMBERS = [
  ['link_opens_minutes_before', 'Link opens (minutes before the appointment)', 0, 1440],
  ['link_closes_minutes_after', 'Link closes (minutes after the appointment ends)', 0, 1440],
  ['max_participants_per_call', 'Maximum participants per call', 2, 50],
  ['anonymise_after_days', 'Anonymise appointments after (days; empty: never)', 1, 3650],
];

async function viewSettings() {
  const org = await api('GET', '/organisation');
  const s = org.settings;
  const form = h('form.card', { 'aria-label': 'Organisation settings' },
    h('h3', {}, org.name),
    h('fieldset', {}, h('legend', {}, 'Privacy and calls'), SETTING_FLAGS.map(([name, label]) =>
      h('div', {}, h('label.inline', {}, h('input', { type: 'checkbox', name, checked: s[name] }), label)))),
    h('div.row', {}, SETTING_NUMBERS.map(([name, label, min, max]) =>
      field(label, h('input', { name, type: 'number', min, max, value: s[name] ?? '', required: name !== 'anonymise_after_days' })))),
    h('div.row', {},
      field('Language (e.g. en, nl, de)', h('input', { name: 'language', value: s.language, required: true, maxlength: 16 })),
      field('Timezone (IANA, e.g. Europe/Amsterdam)', h('input', { name: 'timezone', value: s.timezone, required: true, maxlength: 64 }))),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Save settings')));
  onSubmit(form, async (data) => {
    const next = { ...s };
    for (const [name] of SETTING_FLAGS) next[name] = data.get(name) === 'on';
    for (const [name] of SETTING_NUMBERS) {
      const raw = String(data.get(name)).trim();
      next[name] = raw === '' ? null : Number(raw);
    }
    next.language = data.get('language').trim();
    next.timezone = data.get('timezone').trim();
    await api('PUT', '/organisation/settings', next);
    state.me = null;
    await render();
    notice('Settings saved.');
  });

  const [texts, announcements, keys] = await Promise.all([api('GET', '/waiting-texts'), api('GET', '/announcements'), api('GET', '/api-keys')]);
  const orgText = texts.find((t) => !t.department);
  const textForm = h('form.card', { 'aria-label': 'Waiting-area text' },
    h('h3', {}, 'Waiting-area text'),
    h('p.muted', {}, 'Shown to patients while they wait. Placeholders: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.'),
    field('Text for the whole organisation', h('textarea', { name: 'body', rows: 3, maxlength: 4000, value: orgText ? orgText.body : '' })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Save text')));
  onSubmit(textForm, async (data) => {
    await api('PUT', '/waiting-texts', { body: data.get('body') });
    notice('Waiting-area text saved.');
  });

  const announcementForm = h('form.card', { 'aria-label': 'Service announcements' },
    h('h3', {}, 'Service announcements'),
    announcements.length
      ? h('ul', {}, announcements.map((a) => h('li', {}, a.body, h('span.muted', {}, ` (until ${formatTime(a.expires_at, true)}) `),
        h('button.danger', {
          type: 'button',
          onclick: async () => {
            await api('DELETE', `/announcements/${a.id}`);
            await render();
            notice('Announcement removed.');
          },
        }, 'Remove'))))
      : h('p.muted', {}, 'None at the moment.'),
    h('div.row', {},
      field('New announcement', h('input', { name: 'body', required: true, maxlength: 1000 })),
      field('Shown until', h('input', { name: 'expires', type: 'date', required: true, value: clinicDate(state.tz, 7) })),
      h('p', {}, h('button.primary', { type: 'submit' }, 'Publish'))));
  onSubmit(announcementForm, async (data) => {
    await api('POST', '/announcements', { body: data.get('body').trim(), expires_at: clinicToUtc(data.get('expires'), '23:59', state.tz).toISOString() });
    await render();
    notice('Announcement published.');
  });

  const newKey = h('div', { 'data-new-key': true });
  const keyForm = h('form.card', { 'aria-label': 'API keys' },
    h('h3', {}, 'API keys for integrators'),
    keys.length
      ? h('ul', {}, keys.map((k) => h('li', {}, `${k.name} (${k.prefix}…)`, k.revoked ? h('span.muted', {}, ' revoked') : h('button.danger', {
        type: 'button',
        onclick: async () => {
          if (!confirm(`Revoke the key "${k.name}"? Integrations using it stop working.`)) return;
          await api('DELETE', `/api-keys/${k.id}`);
          await render();
          notice('Key revoked.');
        },
      }, 'Revoke'))))
      : h('p.muted', {}, 'No keys yet.'),
    newKey,
    h('div.row', {}, field('Name of the new key', h('input', { name: 'name', required: true, maxlength: 200 })), h('p', {}, h('button.primary', { type: 'submit' }, 'Create key'))));
  onSubmit(keyForm, async (data) => {
    const created = await api('POST', '/api-keys', { name: data.get('name').trim() });
    await render();
    notice('Key created. Copy it now: it is not shown again.');
    document.querySelector('#view [data-new-key]')?.replaceChildren(copyBox('New key', created.key));
  });

  return [h('h2', {}, 'Settings'), form, textForm, announcementForm, keyForm];
}

// The signed-in person: two-factor enrolment and logout.

function viewAccount() {
  const me = state.me.staff;
  const out = [h('h2', {}, 'Account'), h('p', {}, `${me.name} · ${me.email}`)];
  if (state.me.must_enrol_totp) {
    out.push(h('p.error', { role: 'alert' }, 'Your organisation requires two-factor authentication. Set it up to continue.'));
  }
  const box = h('section', { 'aria-label': 'Two-factor authentication' }, h('h3', {}, 'Two-factor authentication'));
  if (me.totp_enabled) {
    box.append(h('p', {}, 'On. An administrator can reset it if you lose your device.'));
  } else {
    const start = h('button.primary', {
      type: 'button',
      onclick: async () => {
        start.disabled = true;
        try {
          const enrolment = await api('POST', '/me/totp', {});
          const qr = h('div.qr', { role: 'img', 'aria-label': 'QR code for your authenticator app' });
          qr.innerHTML = enrolment.qr_svg; // rendered by our server from the otpauth URI, no client data
          const confirmForm = h('form', { 'aria-label': 'Confirm two-factor code' },
            field('Code from the app', h('input', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6, required: true })),
            h('p', {}, h('button.primary', { type: 'submit' }, 'Turn on')));
          onSubmit(confirmForm, async (data) => {
            await api('POST', '/me/totp/confirm', { code: data.get('code').trim() });
            state.me = null;
            await loadSession();
            await render();
            notice('Two-factor authentication is on.');
          });
          box.replaceChildren(h('h3', {}, 'Two-factor authentication'),
            h('p', {}, 'Scan this code with an authenticator app, or enter the key by hand, then type the code it shows.'),
            qr, copyBox('Key', enrolment.secret), confirmForm);
        } catch (e) {
          notice(describe(e), true);
          start.disabled = false;
        }
      },
    }, 'Set up two-factor authentication');
    box.append(h('p', {}, 'Off.'), start);
  }
  out.push(box);
  out.push(h('p', {}, h('button', {
    type: 'button',
    onclick: async () => {
      try {
        await api('POST', '/auth/logout', {});
      } finally {
        localStorage.removeItem(CSRF_KEY);
        state.me = null;
        const list = state.waiting;
        state.waiting = null;
        list?.close();
        go('/staff/login', { replace: true });
        notice('You are logged out.');
      }
    },
  }, 'Log out')));
  return out;
}

render();
