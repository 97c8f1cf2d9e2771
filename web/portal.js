// The patient portal, /portal/{organisation id}: the patient enters the
// email address the clinic has for them, receives a 6-digit PIN by email,
// and sees their upcoming and past appointments, entering an upcoming one
// from here (a fresh personal link to the arrival page), and their
// conversations with the clinic (chat channels, read here every 15 seconds
// while one is open; the clinic's answers are also announced by email,
// without their words). The session is an
// HttpOnly cookie for this clinic only; the PIN request's challenge stays
// in this tab (sessionStorage), since the PIN works only with it.
import { localize, languagePicker, language, setText, formatDateTime } from '/i18n.js';
import { applyBrand, showContact } from '/contact.js';

const $ = (id) => document.getElementById(id);
const org = location.pathname.split('/').filter(Boolean)[1] || '';
const api = `/api/v1/portal/${encodeURIComponent(org)}`;
const CHALLENGE = `anteroom.portal.${org}`;
const PIN_MINUTES = 30;

let clinic = null;
let shown = null;

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(CHALLENGE) || 'null');
  } catch (_) {
    return null;
  }
}

function remember(value) {
  try {
    if (value) sessionStorage.setItem(CHALLENGE, JSON.stringify(value));
    else sessionStorage.removeItem(CHALLENGE);
  } catch (_) {
    // Kept in this page only.
  }
  challenge = value;
}

let challenge = stored();

async function post(path, body) {
  const r = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body || {}),
  });
  return { r, body: await r.json().catch(() => ({})) };
}

function error(id, args) {
  for (const input of ['email', 'pin']) {
    $(input).removeAttribute('aria-invalid');
    $(input).removeAttribute('aria-describedby');
  }
  if (!id) {
    $('error').hidden = true;
    return;
  }
  setText($('error'), id, args);
  $('error').hidden = false;
  // The field the message is about says so to a screen reader.
  const field = { 'portal-check-email': 'email', 'portal-check-pin': 'pin', 'portal-wrong-pin': 'pin' }[id];
  if (field) {
    $(field).setAttribute('aria-invalid', 'true');
    $(field).setAttribute('aria-describedby', 'error');
  }
}

/** Shows one step: `ask` (the address), `answer` (the PIN), `view` or `conversation`. */
function step(id) {
  for (const part of ['ask', 'answer', 'view', 'conversation']) $(part).hidden = part !== id;
  $('state').hidden = true;
  if (id !== 'conversation') {
    clearInterval(polling);
    polling = null;
    talking = null;
  }
}

// The conversation open now, and its refresh.
let talking = null;
let polling = null;

function asking() {
  step('ask');
}

function answering() {
  step('answer');
  setText($('sent'), 'portal-sent', { minutes: PIN_MINUTES });
  $('pin').value = '';
  $('pin').focus();
}

function when(iso) {
  return formatDateTime(new Date(iso), { timeZone: shown.timezone, dateStyle: undefined, timeStyle: undefined, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** One appointment in a list: when, with whom, where it stands. */
function item(a, withButton) {
  const li = document.createElement('li');
  const what = document.createElement('p');
  const args = { when: when(a.starts_at), with: a.practitioner || a.department || '', client: a.client };
  if (shown.clients.length > 1) setText(what, 'portal-appointment-of', args);
  else setText(what, 'portal-appointment', args);
  what.id = `appointment-${a.id}`;
  const state = document.createElement('p');
  state.className = 'appointment-state';
  const time = formatDateTime(new Date(a.opens_at), { timeZone: shown.timezone, dateStyle: undefined, timeStyle: 'short' });
  setText(state, 'portal-state', { state: a.state, time });
  li.append(what, state);
  if (a.walk_in) {
    const walkIn = document.createElement('p');
    setText(walkIn, 'portal-walk-in');
    li.append(walkIn);
  }
  // What the clinic asks before: filled in on the arrival page the
  // button below leads to (status only here).
  if (a.questionnaire) {
    const asked = document.createElement('p');
    asked.className = 'appointment-questionnaire';
    setText(asked, 'portal-questionnaire', { title: a.questionnaire.title, status: a.questionnaire.status });
    li.append(asked);
  }
  if (withButton && a.may_enter && a.questionnaire && a.questionnaire.status !== 'completed') {
    const fill = document.createElement('button');
    fill.type = 'button';
    setText(fill, 'portal-questionnaire-fill');
    fill.setAttribute('aria-describedby', what.id);
    fill.addEventListener('click', () => enter(a.id, fill, '#questionnaire'));
    li.append(fill);
  }
  if (withButton && a.may_enter) {
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'primary';
    setText(go, 'portal-go');
    go.setAttribute('aria-describedby', what.id);
    go.addEventListener('click', () => enter(a.id, go));
    li.append(go);
  }
  return li;
}

function render() {
  if (!shown) return;
  step('view');
  $('whose').hidden = shown.clients.length < 2;
  if (shown.clients.length > 1) setText($('whose'), 'portal-whose', { names: shown.clients.join(', ') });
  $('upcoming').replaceChildren(...shown.upcoming.map((a) => item(a, true)));
  $('none').hidden = shown.upcoming.length > 0;
  $('past').replaceChildren(...shown.past.map((a) => item(a, false)));
  $('no-past').hidden = shown.past.length > 0;
  $('channels').replaceChildren(...shown.channels.map(channelItem));
  $('no-channels').hidden = shown.channels.length > 0;
}

/** Whom a conversation is with, as its heading and list entry say. */
function channelTitle(c) {
  const args = { with: c.with, client: c.client };
  return shown.clients.length > 1 ? ['portal-channel-of', args] : ['portal-channel', args];
}

function channelItem(c) {
  const li = document.createElement('li');
  const what = document.createElement('p');
  what.id = `channel-${c.id}`;
  setText(what, ...channelTitle(c));
  li.append(what);
  if (c.unread) {
    const unread = document.createElement('p');
    unread.className = 'unread';
    setText(unread, 'portal-channel-unread', { n: c.unread });
    li.append(unread);
  }
  const open = document.createElement('button');
  open.type = 'button';
  setText(open, 'portal-channel-open');
  open.setAttribute('aria-describedby', what.id);
  open.addEventListener('click', () => openChannel(c.id));
  li.append(open);
  return li;
}

/** Shows conversation `id` (and reads it again every 15 seconds). */
async function openChannel(id) {
  error(null);
  const first = talking !== id;
  try {
    const r = await fetch(`${api}/channels/${encodeURIComponent(id)}`);
    if (r.status === 401) return signedOut('portal-expired');
    if (!r.ok) return error('portal-failed', { error: `HTTP ${r.status}` });
    const { channel, messages } = await r.json();
    if (first) {
      step('conversation');
      talking = id;
      clearInterval(polling);
      polling = setInterval(() => talking === id && openChannel(id), 15000);
      $('conversation-log').replaceChildren();
    }
    setText($('conversation-title'), ...channelTitle(channel));
    const log = $('conversation-log');
    const known = log.children.length;
    // Only what is new is added (and announced): the log is live.
    const last = Number(log.lastElementChild?.dataset.seq || 0);
    log.append(...messages.filter((m) => m.seq > last).map((m) => {
      const li = document.createElement('li');
      li.className = m.from_clinic ? 'clinic' : 'mine';
      const who = document.createElement('span');
      who.className = 'who';
      if (m.from_clinic) who.textContent = m.display_name;
      else setText(who, 'portal-you');
      const at = document.createElement('time');
      at.dateTime = m.sent_at;
      at.textContent = formatDateTime(new Date(m.sent_at), { timeZone: shown.timezone, dateStyle: 'medium', timeStyle: 'short' });
      const text = document.createElement('p');
      text.dir = 'auto';
      text.textContent = m.text;
      li.append(who, ' ', at, text);
      li.dataset.seq = m.seq;
      return li;
    }));
    $('conversation-empty').hidden = messages.length > 0;
    if (first || log.children.length !== known) log.lastElementChild?.scrollIntoView({ block: 'nearest' });
    if (first) $('conversation-title').focus();
  } catch (_) {
    error('portal-unreachable');
  }
}

$('write').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  error(null);
  const text = $('text').value.trim();
  if (!text) {
    error('portal-write-something');
    $('text').focus();
    return;
  }
  try {
    const { r } = await post(`/channels/${encodeURIComponent(talking)}/messages`, { text });
    if (r.status === 401) return signedOut('portal-expired');
    if (!r.ok) return error('portal-not-sent');
    $('text').value = '';
    await openChannel(talking);
  } catch (_) {
    error('portal-not-sent');
  }
});

$('back').addEventListener('click', async () => {
  const me = await fetch(`${api}/me`).catch(() => null);
  if (me && me.status === 401) return signedOut('portal-expired');
  if (me && me.ok) shown = await me.json();
  render();
  $('messages-title').focus();
});

/** Enters appointment `id` through a fresh personal link (at `hash` on the arrival page). */
async function enter(id, button, hash = '') {
  button.disabled = true;
  error(null);
  try {
    const { r, body } = await post(`/appointments/${encodeURIComponent(id)}/link`);
    if (r.status === 401) return signedOut('portal-expired');
    if (!r.ok) {
      error('portal-failed', { error: body.error?.message || `HTTP ${r.status}` });
      return;
    }
    location.assign(new URL(body.link).pathname + hash);
  } catch (e) {
    error('portal-unreachable');
  } finally {
    button.disabled = false;
  }
}

function signedOut(message) {
  shown = null;
  asking();
  if (message) {
    setText($('state'), message);
    $('state').hidden = false;
  }
}

$('ask').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  error(null);
  const email = $('email').value.trim();
  if (!$('email').checkValidity() || !email) {
    error('portal-check-email');
    $('email').focus();
    return;
  }
  try {
    const { r, body } = await post('/pin', { email, language: language() });
    if (r.status === 429) return error('portal-too-many');
    if (body.error?.code === 'invalid_state') return error('portal-no-email');
    if (body.error?.field === 'email') return error('portal-check-email');
    if (!r.ok) return error('portal-failed', { error: body.error?.message || `HTTP ${r.status}` });
    remember({ challenge: body.challenge, expires_at: body.expires_at });
    answering();
  } catch (_) {
    error('portal-unreachable');
  }
});

$('answer').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  error(null);
  const pin = $('pin').value.replace(/\s/g, '');
  if (!/^[0-9]{6}$/.test(pin)) {
    error('portal-check-pin');
    $('pin').focus();
    return;
  }
  try {
    const { r, body } = await post('/session', { challenge: challenge?.challenge || '', pin });
    if (r.status === 429) return error('portal-too-many');
    if (!r.ok) {
      error(body.error?.code === 'invalid_pin' ? 'portal-wrong-pin' : 'portal-failed', { error: body.error?.message || `HTTP ${r.status}` });
      $('pin').focus();
      return;
    }
    remember(null);
    shown = body;
    render();
    $('upcoming-title').focus();
  } catch (_) {
    error('portal-unreachable');
  }
});

$('again').addEventListener('click', () => {
  remember(null);
  error(null);
  asking();
  $('email').focus();
});

$('sign-out').addEventListener('click', async () => {
  await post('/logout').catch(() => null);
  signedOut('portal-signed-out');
});

async function main() {
  const r = await fetch(`/api/v1/booking/${encodeURIComponent(org)}`).catch(() => null);
  if (!r || !r.ok) {
    await localize(['portal', 'contact'], null);
    languagePicker($('language'), () => { if (!talking) render(); });
    setText($('state'), r && r.status === 404 ? 'portal-no-clinic' : 'portal-unreachable');
    return;
  }
  clinic = await r.json();
  const me = await fetch(`${api}/me`).catch(() => null);
  if (me && me.ok) shown = await me.json();
  await localize(['portal', 'contact'], shown ? shown.language : clinic.language);
  languagePicker($('language'), () => { if (!talking) render(); });
  $('clinic').removeAttribute('data-l10n-id');
  $('clinic').textContent = clinic.name;
  applyBrand(clinic);
  showContact($('contact'), { ...clinic, organisation: clinic.name });
  if (shown) render();
  else if (challenge && Date.parse(challenge.expires_at) > Date.now()) answering();
  else asking();
}

main();
