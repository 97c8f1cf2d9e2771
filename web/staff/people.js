// The staff pages: staff and departments.

import { api, copyBox, describe, field, h, isOrgAdmin, notice, onSubmit, options, state } from './common.js';
import { render } from './app.js';

// Staff and departments.
export function viewPeople() {
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
