// The staff pages: the audit log (organisation admins): who read (or
// exported) a patient's questionnaire answers, and when, newest first,
// fifty at a time (/staff/audit?offset=N). The person comes from the staff
// list; the server gives each entry its appointment's client and time (a
// read of each appointment here would itself be logged).

import { api, formatDateAndTime, formatTime, h, isOrgAdmin, state, t, timeElement } from './common.js';

const PAGE = 50;
const ACTIONS = new Set(['read', 'export']);

/** Who did it: a colleague's name, or that the log no longer knows them. */
function who(id) {
  if (!id) return h('span.muted', {}, t('audit-staff-unknown'));
  const s = state.staff.get(id);
  return s ? s.name || s.email : h('span.muted', {}, t('audit-staff-gone'));
}

/** Which appointment: its client and time (the log carries them), or that it is gone. */
function which(a) {
  if (!a) return h('span.muted', {}, t('audit-appointment-gone'));
  const when = new Date(a.starts_at).toISOString();
  return [h('span', {}, a.client ?? t('appointments-anonymised')), h('br'), timeElement(when, formatTime(when, true))];
}

export async function viewAudit() {
  if (!isOrgAdmin()) return [h('h2', {}, t('audit-heading')), h('p.error', {}, t('staff-error-forbidden'))];
  const offset = Math.max(0, Math.floor(Number(new URLSearchParams(location.search).get('offset'))) || 0);
  const page = await api('GET', `/audit?entity=answers&limit=${PAGE}&offset=${offset}`);
  const rows = page.items.map((e) => h('tr', {},
    h('td', {}, timeElement(new Date(e.at), formatDateAndTime(e.at))),
    h('td', {}, who(e.staff)),
    h('td', {}, ACTIONS.has(e.action) ? t('audit-action', { action: e.action }) : e.action),
    h('td', {}, which(e.appointment))));
  const newer = offset > 0 ? h('a.button', { href: `/staff/audit${offset > PAGE ? `?offset=${offset - PAGE}` : ''}`, 'data-nav': true }, t('audit-newer')) : null;
  const older = page.next_offset != null ? h('a.button', { href: `/staff/audit?offset=${page.next_offset}`, 'data-nav': true }, t('audit-older')) : null;
  return [
    h('h2', {}, t('audit-heading')),
    h('p.muted', {}, t('audit-hint', { timezone: state.tz })),
    rows.length
      ? h('table.audit', { l10n: 'audit-table' },
        h('thead', {}, h('tr', {}, ['audit-column-when', 'audit-column-who', 'audit-column-what', 'audit-column-appointment'].map((id) => h('th', {}, t(id))))),
        h('tbody', {}, rows))
      : h('p.muted', {}, offset ? t('audit-no-more') : t('audit-none')),
    newer || older ? h('nav.actions.pager', { l10n: 'audit-pages' }, newer, older) : null,
  ];
}
