// The staff pages: the live waiting list (followed on every page, so the
// doorbell rings wherever one is), its view, chat and admission.

import { WaitingList } from '/sdk/anteroom.js';
import { setText } from '/i18n.js';
import { answersList } from '/answers.js';
import { api, copyBox, describe, field, formatTime, h, notice, onSubmit, state, t, timeElement } from './common.js';
import { currentView } from './app.js';
import { clearPerson, createPerson, personFields } from './appointments.js';

// The live waiting list, followed while signed in (on every page, so the
// doorbell rings wherever one is).
export async function followWaitingList() {
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
    // What they and the clinic wrote before this list was opened (the
    // server keeps chat): it replaces what the page held for them, and
    // counts as new if the patient wrote last and the thread is not open.
    list.addEventListener('chathistory', (e) => {
      const { participant, messages } = e.detail;
      const known = state.chats.get(participant) || [];
      state.chats.set(participant, messages.map((m) => ({ participant, fromPatient: !m.fromClinic, displayName: m.displayName, text: m.text, at: m.at })));
      const last = messages[messages.length - 1];
      if (last && !last.fromClinic && messages.length > known.length && state.thread !== participant) state.unread.add(participant);
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

export function updateWaitingBadge() {
  const link = document.querySelector('#menu a[href="/staff/waiting"]');
  if (!link) return;
  const n = state.waiting ? state.waiting.entries.size : 0;
  setText(link, 'staff-nav-waiting', { n });
}

/** The doorbell (when the organisation wants it) and a desktop notice. */
export function announceArrival() {
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
  if ('Notification' in window && Notification.permission === 'granted') new Notification(t('waiting-notification'), { tag: 'anteroom-waiting' });
}

// The waiting room: who waits for me or my departments, since when, and
// one action to let them in.
// (The codes the catalogue names; another is shown as it comes.)
export const MARKERS = new Set(['on_time', 'late', 'walk_in']);

export function viewWaiting() {
  const box = h('div', { 'data-waiting': true });
  const notify = 'Notification' in window && Notification.permission === 'default'
    ? h('button', { type: 'button', onclick: (e) => Notification.requestPermission().then(() => e.target.remove()) }, t('waiting-notify-me'))
    : null;
  setTimeout(renderWaitingTable);
  return [h('h2', {}, t('waiting-heading')), notify, box];
}

export let waitingClock;

/** What a patient's pre-call check found (`connection`): the catalogue's words. */
const CONNECTIONS = new Set(['good', 'tcp_only', 'relayed', 'poor', 'failed']);
const ROLES = new Set(['practitioner', 'participant', 'guest']);

export function renderWaitingTable() {
  const box = document.querySelector('#view [data-waiting]');
  if (!box) return;
  clearInterval(waitingClock);
  if (!state.waiting) {
    box.replaceChildren(h('p.muted', {}, t('waiting-connecting')));
    setTimeout(renderWaitingTable, 1000);
    return;
  }
  // What is being typed survives the re-render.
  const typing = box.querySelector('input[name="text"]');
  const draft = typing ? { value: typing.value, focused: document.activeElement === typing } : null;
  // So does a field being filled in (or a button) of the invitation.
  const focused = box.contains(document.activeElement) ? document.activeElement : null;
  const entries = [...state.waiting.entries.values()].sort((a, b) => a.since_ms - b.since_ms);
  if (!entries.length) {
    box.replaceChildren(...[h('p.muted', {}, t('waiting-nobody')), invitation()].filter(Boolean));
    if (focused?.isConnected) focused.focus();
    return;
  }
  const minutes = (ms) => Math.max(0, Math.floor((Date.now() - ms) / 60000));
  const rows = entries.map((e) => h('tr', { 'data-participant': e.participant },
    h('td', {}, h(`span.marker.${e.marker}`, {}, MARKERS.has(e.marker) ? t('waiting-marker', { marker: e.marker }) : e.marker)),
    h('td', {}, e.display_name, e.role !== 'patient' ? h('span.muted', {}, ' ', ROLES.has(e.role) ? t('waiting-role', { role: e.role }) : `(${e.role})`) : null,
      askedOf(e) ? h('div', {}, h(`span.marker.questionnaire.${askedOf(e).status}`, {}, t('waiting-questionnaire', { status: askedOf(e).status }))) : null),
    h('td', {}, e.starts_at_ms ? timeElement(new Date(e.starts_at_ms), formatTime(e.starts_at_ms)) : '—'),
    h('td', { 'data-since': e.since_ms }, t('waiting-minutes', { minutes: minutes(e.since_ms) })),
    h('td', { 'data-connection': e.connection || '' }, e.connection
      ? h(`span.connection.${e.connection}`, {}, CONNECTIONS.has(e.connection) ? t('waiting-connection', { connection: e.connection }) : e.connection)
      : '—'),
    h('td.actions', {},
      h('button', { type: 'button', onclick: () => { state.thread = e.participant; state.unread.delete(e.participant); renderWaitingTable(); } },
        state.unread.has(e.participant) ? t('waiting-message-new') : t('waiting-message')),
      appointmentOf(e) && e.role === 'patient'
        ? h('button', { type: 'button', 'aria-expanded': String(state.inviting === e.participant), onclick: () => openInvitation(e) }, t('waiting-invite'))
        : null,
      askedOf(e) && askedOf(e).status !== 'new'
        ? h('button', { type: 'button', 'aria-expanded': String(state.answersOpen === appointmentOf(e)), onclick: () => openAnswers(e) },
          t('waiting-answers'))
        : null,
      h('button.primary', { type: 'button', onclick: (ev) => admit(e, ev.target) }, t('waiting-admit')))));
  const columns = ['', t('waiting-column-name'), t('waiting-column-appointment'), t('waiting-column-waiting'), t('waiting-column-connection'), ''];
  const table = h('table', { l10n: 'waiting-table' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))), h('tbody', {}, rows));
  // (replaceChildren writes a null as the text "null": only what is there.)
  box.replaceChildren(...[table, answersPanel(), waitingThread(), invitation()].filter(Boolean));
  const input = box.querySelector('input[name="text"]');
  if (input && draft) {
    input.value = draft.value;
    if (draft.focused) input.focus();
  }
  if (focused?.isConnected) focused.focus();
  waitingClock = setInterval(() => {
    for (const td of box.querySelectorAll('td[data-since]')) td.textContent = t('waiting-minutes', { minutes: minutes(Number(td.dataset.since)) });
  }, 15000);
}

/** The open chat with one waiting person. */
export function waitingThread() {
  const entry = state.thread && state.waiting?.entries.get(state.thread);
  if (!entry) return null;
  const messages = state.chats.get(entry.participant) || [];
  const form = h('form.card', { l10n: ['waiting-chat-form', { name: entry.display_name }] },
    h('h3', {}, t('waiting-chat-with', { name: entry.display_name })),
    messages.length
      ? h('ol.chat', {}, messages.map((m) => h('li', {}, h('strong', {}, `${m.displayName} `),
        m.text, ' ', h('span.muted', {}, timeElement(m.at, formatTime(m.at))))))
      : h('p.muted', {}, t('waiting-no-messages')),
    h('div.row', {}, field(t('waiting-message'), h('input', { name: 'text', required: true, maxlength: 2000, autocomplete: 'off' })),
      h('p', {}, h('button.primary', { type: 'submit' }, t('waiting-send')))));
  onSubmit(form, async (data) => {
    await state.waiting.chatTo(entry.participant, data.get('text').trim());
    form.querySelector('input[name="text"]').value = '';
  });
  return form;
}

/**
 * The questionnaire a waiting patient's appointment asks for (and how far
 * they got), or null; read once per appointment, again when the live
 * events say it moved on.
 */
function askedOf(entry) {
  const id = appointmentOf(entry);
  if (!id || entry.role !== 'patient') return null;
  if (!state.asked.has(id)) {
    state.asked.set(id, null);
    api('GET', `/appointments/${encodeURIComponent(id)}`)
      .then((a) => {
        state.asked.set(id, a.questionnaire || null);
        if (a.questionnaire && currentView() === 'waiting') renderWaitingTable();
      })
      .catch(() => {});
  }
  return state.asked.get(id);
}

/** The live events say an appointment's questionnaire moved on. */
export function questionnaireChanged(appointment) {
  if (!state.asked.has(appointment)) return;
  state.asked.delete(appointment);
  if (state.answersOpen === appointment) shownAnswers = null;
  if (currentView() === 'waiting') renderWaitingTable();
}

// The answers shown: { appointment, answered } (read once per opening:
// every read is in the audit log).
let shownAnswers = null;

async function openAnswers(entry) {
  const id = appointmentOf(entry);
  if (state.answersOpen === id) {
    state.answersOpen = null;
    renderWaitingTable();
    return;
  }
  state.answersOpen = id;
  try {
    shownAnswers = { appointment: id, name: entry.display_name, answered: await api('GET', `/appointments/${encodeURIComponent(id)}/questionnaire`) };
  } catch (e) {
    notice(describe(e), true);
    state.answersOpen = null;
  }
  renderWaitingTable();
  document.getElementById('answers-title')?.focus();
}

/** A waiting patient's answers, as a list of questions and answers. */
function answersPanel() {
  if (!state.answersOpen || shownAnswers?.appointment !== state.answersOpen) return null;
  const { answered, name } = shownAnswers;
  return h('section.card.answers', { 'aria-labelledby': 'answers-title' },
    h('h3', { id: 'answers-title', tabindex: '-1' }, t('answers-heading', { name, title: answered.definition.title })),
    h('p.muted', {}, t('waiting-questionnaire', { status: answered.status })),
    answersList(answered, { none: 'answers-none', yes: 'answers-yes', no: 'answers-no' }),
    h('p.downloads', {},
      h('a.button', { href: `${exportOf(state.answersOpen)}?format=pdf`, download: '' }, t('answers-pdf')), ' ',
      h('a.button', { href: `${exportOf(state.answersOpen)}?format=text`, download: '' }, t('answers-text'))),
    h('p', {}, h('button', { type: 'button', onclick: () => { state.answersOpen = null; renderWaitingTable(); } }, t('answers-close'))));
}

/** Where appointment `id`'s answers download (each download is audited). */
function exportOf(id) {
  return `/api/v1/appointments/${encodeURIComponent(id)}/questionnaire/export`;
}

/** The appointment a waiting person came for (from their room, `a-{id}`), or null. */
function appointmentOf(entry) {
  return /^a-./.test(entry.room || '') ? entry.room.slice(2) : null;
}

// The invitation being made: { participant, form }, the same form across
// re-renders of the list (what is typed and the link made stay).
let inviting = null;

function openInvitation(entry) {
  state.inviting = state.inviting === entry.participant ? null : entry.participant;
  renderWaitingTable();
  if (inviting?.participant === state.inviting) inviting.form.querySelector('input[name="name"]').focus();
}

/**
 * Someone else (family, an interpreter, a colleague) invited to a waiting
 * patient's consultation: kept among the clinic's external participants,
 * added to the appointment, and given a link of their own.
 */
function invitation() {
  const entry = state.inviting && state.waiting?.entries.get(state.inviting);
  // Once the link is made it stays until closed, even if the patient was let in.
  if (inviting && inviting.participant === state.inviting && (entry || inviting.form.querySelector('.link-box'))) return inviting.form;
  if (!entry) {
    inviting = null;
    return null;
  }
  const appointment = appointmentOf(entry);
  const result = h('div', { 'aria-live': 'polite' });
  const close = () => {
    state.inviting = null;
    inviting = null;
    renderWaitingTable();
    document.querySelector(`#view tr[data-participant="${CSS.escape(entry.participant)}"] button[aria-expanded]`)?.focus();
  };
  const form = h('form.card', { l10n: ['waiting-invite-form', { name: entry.display_name }] },
    h('h3', {}, t('waiting-invite-heading', { name: entry.display_name })),
    h('div.row', {}, personFields(() => form.requestSubmit())),
    h('p', {}, h('button.primary', { type: 'submit' }, t('waiting-invite-create')), ' ',
      h('button', { type: 'button', onclick: close }, t('waiting-invite-close'))),
    result);
  onSubmit(form, async () => {
    const person = await createPerson(form);
    // Added to the appointment: a link of their own (mailed to them when
    // they have an address), and the waiting list knows them as its.
    const added = await api('POST', `/appointments/${appointment}/participants`, { participant: person.id });
    result.replaceChildren(
      copyBox(t('waiting-invite-link', { name: person.name }), added.link),
      h('p.muted', {}, t('waiting-invite-added', { name: person.name, emailed: person.email ? 'yes' : 'no' })));
    clearPerson(form);
    result.querySelector('input')?.focus();
  });
  inviting = { participant: entry.participant, form };
  return form;
}

/** Lets the person in and opens the consultation room for the practitioner. */
export async function admit(entry, button) {
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
      not_waiting: () => t('waiting-not-waiting'),
      patient_not_present: () => t('waiting-patient-not-present', { name: entry.display_name }),
      room_full: () => t('waiting-room-full'),
    }[e.code];
    notice(why ? why() : describe(e), true);
    button.disabled = false;
  }
}
