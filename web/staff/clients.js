// The staff pages: clients. A client's record (opened with Edit): their
// details, and their appointments with how far they got with each one's
// questionnaire, kept current by the live events.

import { LANGUAGES } from '/i18n.js';
import { all, api, describe, field, formatDate, formatDateAndTime, h, notice, onLive, onSubmit, staffName, state, t, timeElement } from './common.js';
import { go, render } from './app.js';

// Clients.
// [field, its label's message, input type, required]
export const CLIENT_FIELDS = [
  ['initials', 'clients-initials', 'text', true],
  ['last_name', 'clients-last-name', 'text', true],
  ['date_of_birth', 'clients-date-of-birth', 'date', false],
  ['email', 'clients-email', 'email', false],
  ['phone', 'clients-phone', 'tel', false],
  ['external_number', 'clients-client-number', 'text', false],
];

/**
 * A select of the shipped languages, each named in itself, after a first
 * option `blank` (message id, value ""); `selected`: a code or null.
 */
export function languageSelect(name, selected, blank) {
  return h('select', { name },
    h('option', { value: '', selected: !selected }, t(blank)),
    Object.entries(LANGUAGES).map(([code, own]) => h('option', { value: code, lang: code, selected: code === selected }, own)));
}

export async function viewClients() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const page = await api('GET', `/clients?limit=50&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  const search = h('form', { role: 'search', class: 'row' },
    field(t('clients-search-label'), h('input', { name: 'q', type: 'search', value: q })),
    h('p', {}, h('button', { type: 'submit' }, t('clients-search'))));
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = new FormData(search).get('q').trim();
    go(`/staff/clients${value ? `?q=${encodeURIComponent(value)}` : ''}`);
  });
  const editor = h('div');
  const rows = page.items.map((c) => h('tr', { 'data-id': c.id },
    h('td', {}, t('clients-name', { last_name: c.last_name, initials: c.initials })),
    h('td', {}, c.date_of_birth ? timeElement(c.date_of_birth, formatDate(c.date_of_birth)) : ''),
    h('td', {}, c.email || ''),
    h('td', {}, c.external_number || ''),
    h('td', {}, c.practitioners.map(staffName).join(', ')),
    h('td.actions', {},
      h('a.button', { href: `/staff/messages?client=${c.id}`, 'data-nav': true, l10n: ['clients-messages-of', { client: `${c.initials} ${c.last_name}` }] }),
      h('button', { type: 'button', onclick: () => editor.replaceChildren(clientForm(c), clientAppointments(c)) }, t('clients-edit')))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 6 }, h('span.muted', {}, q ? t('clients-none-match') : t('clients-none')))));
  const pager = h('p', {},
    offset > 0 ? h('a', { href: `/staff/clients?offset=${Math.max(0, offset - 50)}${q ? `&q=${encodeURIComponent(q)}` : ''}`, 'data-nav': true }, t('clients-previous')) : null,
    ' ',
    page.next_offset != null ? h('a', { href: `/staff/clients?offset=${page.next_offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`, 'data-nav': true }, t('clients-next')) : null);
  return [
    h('h2', {}, t('clients-heading')),
    search,
    // (On a phone it scrolls sideways on its own: its buttons take focus.)
    h('div.table-scroll', {}, h('table', { l10n: 'clients-table' },
      h('thead', {}, h('tr', {}, ['clients-column-name', 'clients-column-born', 'clients-column-email', 'clients-column-number', 'clients-column-practitioners']
        .map((id) => h('th', {}, t(id))), h('th'))),
      h('tbody', {}, rows))),
    pager,
    editor,
    clientForm(null),
  ];
}

export function clientForm(client) {
  const departments = [...state.departments.values()];
  const practitioners = [...state.staff.values()];
  const form = h('form.card', { l10n: client ? 'clients-edit-form' : 'clients-new-form' },
    h('h3', {}, client ? t('clients-edit-heading', { client: `${client.initials} ${client.last_name}` }) : t('clients-new')),
    h('div.row', {}, CLIENT_FIELDS.map(([name, label, type, required]) =>
      field(t(label), h('input', { name, type, required, value: client ? client[name] || '' : '' }))),
    field(t('clients-language'), languageSelect('language', client?.language || null, 'clients-language-default'))),
    departments.length
      ? h('fieldset', {}, h('legend', {}, t('clients-departments')), departments.map((d) =>
        h('label.inline', {}, h('input', { type: 'checkbox', name: 'departments', value: d.id, checked: client?.departments.includes(d.id) }), d.name)))
      : null,
    h('fieldset', {}, h('legend', {}, t('clients-practitioners')), practitioners.map((s) =>
      h('label.inline', {}, h('input', { type: 'checkbox', name: 'practitioners', value: s.id, checked: client?.practitioners.includes(s.id) }), s.name || s.email))),
    h('p', {}, h('button.primary', { type: 'submit' }, client ? t('clients-save') : t('clients-add'))));
  onSubmit(form, async (data) => {
    const body = {};
    for (const [name] of CLIENT_FIELDS) {
      const value = data.get(name).trim();
      if (value) body[name] = value;
    }
    // The language: a code, or "" for the clinic's default (as the other
    // fields, an empty string clears it).
    body.language = data.get('language');
    body.departments = data.getAll('departments');
    body.practitioners = data.getAll('practitioners');
    if (client) await api('PATCH', `/clients/${client.id}`, body);
    else await api('POST', '/clients', body);
    await render();
    notice(client ? t('clients-saved') : t('clients-added', { client: `${body.initials} ${body.last_name}` }));
  });
  return form;
}

// A client's appointments, newest first.

const STATUSES = new Set(['scheduled', 'waiting', 'in_progress', 'completed', 'cancelled', 'no_show', 'anonymised']);

/** The section listing `client`'s appointments (filled in once read). */
export function clientAppointments(client) {
  const name = `${client.initials} ${client.last_name}`;
  const section = h('section', { 'data-client-appointments': client.id, 'aria-labelledby': 'client-appointments-title' },
    h('h3', { id: 'client-appointments-title' }, t('clients-appointments-heading', { client: name })),
    h('p.muted', {}, t('staff-loading')));
  fillAppointments(section);
  return section;
}

async function fillAppointments(section) {
  const client = section.dataset.clientAppointments;
  let items;
  try {
    items = await all(`/appointments?client=${encodeURIComponent(client)}`);
  } catch (e) {
    section.replaceChildren(section.firstElementChild, h('p.error', {}, describe(e)));
    return;
  }
  const body = items.length
    ? h('table', { l10n: 'clients-appointments-table' },
      h('thead', {}, h('tr', {}, ['clients-appointments-column-time', 'clients-appointments-column-with', 'clients-appointments-column-status', 'clients-appointments-column-questionnaire']
        .map((id) => h('th', {}, t(id))))),
      h('tbody', {}, items.reverse().map(appointmentItem)))
    : h('p.muted', {}, t('clients-appointments-none'));
  section.replaceChildren(section.firstElementChild, body);
}

/** One appointment of the record: when, with whom, its state and its questionnaire's. */
function appointmentItem(a) {
  const who = a.practitioner ? a.practitioner.name : a.department ? a.department.name : '—';
  return h('tr', { 'data-id': a.id },
    h('td', {}, timeElement(a.starts_at, formatDateAndTime(a.starts_at))),
    h('td', {}, who),
    h('td', {}, h(`span.status.${a.status}`, {}, STATUSES.has(a.status) ? t('appointments-status', { status: a.status }) : a.status)),
    h('td', {}, a.questionnaire
      ? [h('div', { dir: 'auto' }, a.questionnaire.title),
        h(`span.marker.questionnaire.${a.questionnaire.status}`, {}, t('waiting-questionnaire', { status: a.questionnaire.status }))]
      : h('span.muted', {}, t('clients-appointments-no-questionnaire'))));
}

// A patient started or completed a questionnaire: the open record says so.
onLive('questionnaire', async ({ appointment }) => {
  const selector = `#view [data-client-appointments] tr[data-id="${CSS.escape(String(appointment))}"]`;
  if (!appointment || !document.querySelector(selector)) return;
  let a;
  try {
    a = await api('GET', `/appointments/${encodeURIComponent(appointment)}`);
  } catch {
    return;
  }
  document.querySelector(selector)?.replaceWith(appointmentItem(a));
});
// The stream fell behind: the open record is read again.
onLive('resync', () => {
  const section = document.querySelector('#view [data-client-appointments]');
  if (section) fillAppointments(section);
});
