// The staff pages: chat channels with patients (/staff/messages), kept
// after the consultation; the patient writes from the patient portal. The
// inbox follows changes live (server-sent events that carry only a
// channel's id) and the menu counts what is unread.
//
// /staff/messages: the caller's conversations (those they read and write
// in); /staff/messages/{id}: one of them; /staff/messages?client={id}: a
// client's conversations, to join one or start one.

import { setText } from '/i18n.js';
import { api, field, formatTime, h, isAdmin, notice, onSubmit, options, state, t, timeElement } from './common.js';
import { currentView, go, render } from './app.js';
import { questionnaireChanged } from './waiting.js';

/** Follows the inbox while signed in: the menu's count, open views redrawn. */
export function followInbox() {
  if (state.inbox) return;
  const source = new EventSource('/api/v1/live');
  state.inbox = source;
  const changed = async (event) => {
    await countUnread();
    if (currentView() !== 'messages') return;
    const open = document.getElementById('conversation');
    const id = event && event.data ? JSON.parse(event.data).channel : null;
    // The list again; the open conversation in place (what is being typed
    // stays, and only new messages are announced).
    if (!open) render();
    else {
      refreshList();
      if (!id || open.dataset.id === id) refreshConversation(open.dataset.id);
    }
  };
  source.addEventListener('channel', changed);
  source.addEventListener('resync', changed);
  // A patient started or completed a questionnaire: the waiting list says.
  source.addEventListener('questionnaire', (event) => questionnaireChanged(JSON.parse(event.data).appointment));
  // EventSource reconnects by itself; a signed-out page stops it.
  source.addEventListener('error', () => {
    if (!state.me) stopInbox();
  });
  countUnread();
}

export function stopInbox() {
  state.inbox?.close();
  state.inbox = null;
}

async function countUnread() {
  try {
    const inbox = await api('GET', '/channels');
    state.unreadMessages = inbox.reduce((n, c) => n + c.unread, 0);
  } catch {
    return;
  }
  updateMessagesBadge();
}

export function updateMessagesBadge() {
  const link = document.querySelector('#menu a[href="/staff/messages"]');
  if (link) setText(link, 'staff-nav-messages', { n: state.unreadMessages || 0 });
}

/** Who a channel is with: the practitioner's name, else the department's. */
function withWhom(c) {
  return c.practitioner_name || c.department_name || '';
}

/** One conversation in a list: the patient, with whom, the last message, unread. */
function item(c) {
  const label = t('messages-item', { client: c.client_name, with: withWhom(c) });
  return h('li', { 'data-id': c.id },
    h('a', { href: `/staff/messages/${c.id}`, 'data-nav': true }, label),
    c.unread ? h('span.marker.late', {}, t('messages-unread', { n: c.unread })) : null,
    c.last_message_at ? h('span.muted', {}, ' ', timeElement(c.last_message_at, formatTime(c.last_message_at, true))) : null,
    c.open ? null : h('span.muted', {}, ' ', t('messages-off')));
}

async function refreshList() {
  const list = document.getElementById('inbox');
  if (!list) return;
  const inbox = await api('GET', '/channels');
  list.replaceChildren(...inbox.map(item));
}

export async function viewMessages() {
  const id = location.pathname.split('/')[3] || null;
  const client = new URLSearchParams(location.search).get('client');
  if (client) return clientChannels(client);
  const inbox = await api('GET', '/channels');
  const list = h('ul.inbox', { id: 'inbox' }, inbox.map(item));
  const parts = [
    h('h2', {}, t('messages-heading')),
    h('p.muted', {}, t('messages-hint')),
    inbox.length ? list : h('p.muted', {}, t('messages-none')),
  ];
  if (id) parts.push(await conversation(id));
  return parts;
}

/** One conversation: its messages, and a form to write (or join). */
async function conversation(id) {
  let found;
  try {
    found = await api('GET', `/channels/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e.code !== 'forbidden') throw e;
    return notJoined(id);
  }
  const c = found.channel;
  const log = h('div', { role: 'log', 'aria-live': 'polite', l10n: 'messages-log', hidden: !found.messages.length },
    h('ol.chat-log', {}, found.messages.map(messageItem)));
  const form = h('form.chat-form', {},
    field(t('messages-write'), h('textarea', { name: 'text', rows: 3, maxlength: 4000, required: true, dir: 'auto' })),
    h('p', {}, h('button.primary', { type: 'submit' }, t('messages-send'))));
  onSubmit(form, async (data) => {
    await api('POST', `/channels/${c.id}/messages`, { text: data.get('text') });
    form.querySelector('textarea').value = '';
    await refreshConversation(c.id);
    form.querySelector('textarea').focus();
  });
  const others = c.members.filter((s) => s !== state.me.staff.id).map((s) => state.staff.get(s)?.name || s);
  const section = h('section', { id: 'conversation', 'data-id': c.id, 'aria-labelledby': 'conversation-title' },
    h('h3', { id: 'conversation-title', tabindex: '-1' }, t('messages-conversation', { client: c.client_name, with: withWhom(c) })),
    others.length ? h('p.muted', {}, t('messages-members', { names: others.join(', ') })) : null,
    h('p.muted.empty', { hidden: found.messages.length > 0 }, t('messages-empty')),
    log,
    c.open ? form : h('p.error', {}, t('messages-closed')),
    manage(c));
  return section;
}

function messageItem(m) {
  return h(m.from_clinic ? 'li.clinic' : 'li.patient', { 'data-seq': m.seq },
    h('span.who', {}, m.display_name), ' ',
    h('span.muted', {}, timeElement(m.sent_at, formatTime(m.sent_at, true))),
    h('p.text', { dir: 'auto' }, m.text));
}

/** The open conversation read again: new messages added at its end. */
async function refreshConversation(id) {
  const section = document.getElementById('conversation');
  if (!section || section.dataset.id !== id) return;
  let found;
  try {
    found = await api('GET', `/channels/${encodeURIComponent(id)}`);
  } catch {
    render();
    return;
  }
  const list = section.querySelector('.chat-log');
  if (!list) return;
  const last = Number(list.lastElementChild?.dataset.seq || 0);
  const fresh = found.messages.filter((m) => m.seq > last);
  list.append(...fresh.map(messageItem));
  if (found.messages.length) {
    list.parentElement.hidden = false;
    section.querySelector('.empty').hidden = true;
  }
  list.lastElementChild?.scrollIntoView({ block: 'nearest' });
}

/** The switch an administrator has over a conversation, and leaving it. */
function manage(c) {
  const buttons = [];
  if (isAdmin()) {
    buttons.push(h('button', {
      type: 'button',
      onclick: async () => {
        await api('PUT', `/channels/${c.id}/open`, { open: !c.open });
        notice(t(c.open ? 'messages-switched-off' : 'messages-switched-on'));
        await render();
      },
    }, t(c.open ? 'messages-switch-off' : 'messages-switch-on')));
  }
  if (c.members.includes(state.me.staff.id)) {
    buttons.push(h('button', {
      type: 'button',
      onclick: async () => {
        await api('DELETE', `/channels/${c.id}/members/${state.me.staff.id}`);
        go('/staff/messages');
      },
    }, t('messages-leave')));
  }
  return buttons.length ? h('p.actions', {}, buttons) : null;
}

/** A conversation the caller may see but has not joined. */
function notJoined(id) {
  return h('section', { id: 'conversation', 'data-id': id },
    h('p', {}, t('messages-not-joined')),
    h('p', {}, h('button.primary', {
      type: 'button',
      onclick: async () => {
        await api('POST', `/channels/${id}/join`);
        await render();
      },
    }, t('messages-join'))));
}

/** A client's conversations: open or join one, or start one. */
async function clientChannels(client) {
  const [record, channels] = await Promise.all([
    api('GET', `/clients/${encodeURIComponent(client)}`),
    api('GET', `/channels?client=${encodeURIComponent(client)}`),
  ]);
  const name = `${record.initials} ${record.last_name}`;
  const list = h('ul.inbox', {}, channels.map((c) => h('li', {},
    h('a', { href: `/staff/messages/${c.id}`, 'data-nav': true }, t('messages-item', { client: name, with: withWhom(c) })),
    c.joined ? null : h('span.muted', {}, ' ', t('messages-not-yours')))));
  const practitioners = [...state.staff.values()].map((s) => [s.id, s.name || s.email]);
  const start = h('form.card', {},
    field(t('messages-start-with'), h('select', { name: 'practitioner', required: true }, options(practitioners, state.me.staff.id))),
    h('p', {}, h('button.primary', { type: 'submit' }, t('messages-start'))));
  onSubmit(start, async (data) => {
    const made = await api('POST', `/clients/${encodeURIComponent(client)}/channels`, { practitioner: data.get('practitioner') });
    go(`/staff/messages/${made.id}`);
  });
  return [
    h('h2', {}, t('messages-of-client', { client: name })),
    channels.length ? list : h('p.muted', {}, t('messages-none-client')),
    start,
    h('p', {}, h('a', { href: '/staff/messages', 'data-nav': true }, t('messages-back'))),
  ];
}
