// The staff pages: the live waiting list (followed on every page, so the
// doorbell rings wherever one is), its view, chat and admission.

import { WaitingList } from '/sdk/anteroom.js';
import { api, describe, field, formatTime, h, notice, onSubmit, state } from './common.js';
import { currentView } from './app.js';

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
  link.textContent = n ? `Waiting room (${n})` : 'Waiting room';
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
  if ('Notification' in window && Notification.permission === 'granted') new Notification('A patient is waiting', { tag: 'anteroom-waiting' });
}

// The waiting room: who waits for me or my departments, since when, and
// one action to let them in.
export const MARKERS = { on_time: 'on time', late: 'late', walk_in: 'walk-in' };

export function viewWaiting() {
  const box = h('div', { 'data-waiting': true });
  const notify = 'Notification' in window && Notification.permission === 'default'
    ? h('button', { type: 'button', onclick: (e) => Notification.requestPermission().then(() => e.target.remove()) }, 'Notify me on this computer when a patient arrives')
    : null;
  setTimeout(renderWaitingTable);
  return [h('h2', {}, 'Waiting room'), notify, box];
}

export let waitingClock;

/** What a patient's pre-call check found (`connection`), in words. */
const CONNECTIONS = {
  good: 'good',
  tcp_only: 'TCP only',
  relayed: 'relayed',
  poor: 'poor',
  failed: 'no video: call them',
};

export function renderWaitingTable() {
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
    h('td', { 'data-connection': e.connection || '' }, e.connection ? h(`span.connection.${e.connection}`, {}, CONNECTIONS[e.connection] || e.connection) : '—'),
    h('td.actions', {},
      h('button', { type: 'button', onclick: () => { state.thread = e.participant; state.unread.delete(e.participant); renderWaitingTable(); } },
        state.unread.has(e.participant) ? 'Message (new)' : 'Message'),
      h('button.primary', { type: 'button', onclick: (ev) => admit(e, ev.target) }, 'Admit'))));
  const table = h('table', { 'aria-label': 'Waiting' },
    h('thead', {}, h('tr', {}, ['', 'Name', 'Appointment', 'Waiting', 'Connection', ''].map((t) => h('th', {}, t)))), h('tbody', {}, rows));
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
export function waitingThread() {
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
      not_waiting: 'They are no longer waiting.',
      patient_not_present: `${entry.display_name} can join once the patient is in the consultation.`,
      room_full: 'The consultation is full.',
    }[e.code];
    notice(why || describe(e), true);
    button.disabled = false;
  }
}
