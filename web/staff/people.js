// The staff pages: staff and departments.

import { api, copyBox, describe, field, h, isOrgAdmin, notice, onSubmit, options, state, t } from './common.js';
import { render } from './app.js';

// Staff and departments.
export function viewPeople() {
  const ROLES = ['org_admin', 'department_admin', 'practitioner'];
  const roleName = (role) => (ROLES.includes(role) ? t('people-role', { role }) : role);
  const departments = [...state.departments.values()];
  const staffRows = [...state.staff.values()].map((s) => h('tr', { 'data-id': s.id },
    h('td', {}, s.name || '', h('div.muted', {}, s.email)),
    h('td', {}, roleName(s.role)),
    h('td', {}, s.departments.map((d) => state.departments.get(d)?.name || '').join(', ')),
    h('td', {}, s.active
      ? t(s.totp_enabled ? 'people-active-2fa' : 'people-active')
      : t(s.totp_enabled ? 'people-invited-2fa' : 'people-invited')),
    h('td.actions', {}, isOrgAdmin() && s.totp_enabled && s.id !== state.me.staff.id
      ? h('button', {
        type: 'button',
        onclick: async (e) => {
          if (!confirm(t('people-reset-2fa-confirm', { name: s.name || s.email }))) return;
          e.target.disabled = true;
          try {
            await api('POST', `/staff/${s.id}/totp/reset`, {});
            state.me = null;
            await render();
            notice(t('people-reset-2fa-done'));
          } catch (err) {
            notice(describe(err), true);
            e.target.disabled = false;
          }
        },
      }, t('people-reset-2fa'))
      : null)));

  const created = h('div');
  const roles = (isOrgAdmin() ? ROLES : ['practitioner']).map((role) => [role, roleName(role)]);
  const staffForm = h('form.card', { l10n: 'people-add-staff-form' },
    h('h3', {}, t('people-add-staff')),
    h('div.row', {},
      field(t('people-name'), h('input', { name: 'name', required: true, maxlength: 200 })),
      field(t('people-email'), h('input', { name: 'email', type: 'email', required: true })),
      field(t('people-role-label'), h('select', { name: 'role' }, options(roles, 'practitioner')))),
    departments.length
      ? h('fieldset', {}, h('legend', {}, t('people-departments')), departments
        .filter((d) => isOrgAdmin() || state.me.staff.departments.includes(d.id))
        .map((d) => h('label.inline', {}, h('input', { type: 'checkbox', name: 'departments', value: d.id }), d.name)))
      : null,
    h('p.muted', {}, t('people-password-email')),
    h('p', {}, h('button.primary', { type: 'submit' }, t('people-add'))));
  onSubmit(staffForm, async (data) => {
    const result = await api('POST', '/staff', {
      name: data.get('name').trim(), email: data.get('email').trim(), role: data.get('role'), departments: data.getAll('departments'),
    });
    state.me = null;
    await render();
    notice(t('people-added', { name: result.staff.name }));
    document.querySelector('#view [data-created]')?.replaceChildren(copyBox(t('people-password-link'), result.password_link));
  });
  created.setAttribute('data-created', '');

  const departmentForm = h('form.card', { l10n: 'people-add-department-form' },
    h('h3', {}, t('people-add-department')),
    h('div.row', {}, field(t('people-name'), h('input', { name: 'name', required: true, maxlength: 200 })),
      h('p', {}, h('button.primary', { type: 'submit' }, t('people-add')))));
  onSubmit(departmentForm, async (data) => {
    await api('POST', '/departments', { name: data.get('name').trim() });
    state.me = null;
    await render();
    notice(t('people-department-added'));
  });

  return [
    h('h2', {}, t('people-heading')),
    created,
    h('table', { l10n: 'people-table' },
      h('thead', {}, h('tr', {}, ['people-column-name', 'people-column-role', 'people-column-departments', 'people-column-account'].map((id) => h('th', {}, t(id))), h('th'))),
      h('tbody', {}, staffRows)),
    staffForm,
    h('h3', {}, t('people-departments')),
    departments.length ? h('ul', { l10n: 'people-department-list' }, departments.map((d) => h('li', {}, d.name))) : h('p.muted', {}, t('people-no-departments')),
    isOrgAdmin() ? departmentForm : null,
  ];
}
