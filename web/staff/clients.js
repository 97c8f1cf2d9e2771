// The staff pages: clients.

import { api, field, h, notice, onSubmit, staffName, state } from './common.js';
import { go, render } from './app.js';

// Clients.
export const CLIENT_FIELDS = [
  ['initials', 'Initials', 'text', true],
  ['last_name', 'Last name', 'text', true],
  ['date_of_birth', 'Date of birth', 'date', false],
  ['email', 'Email', 'email', false],
  ['phone', 'Phone', 'tel', false],
  ['external_number', 'Client number', 'text', false],
];

export async function viewClients() {
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

export function clientForm(client) {
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
