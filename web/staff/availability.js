// The staff pages: availability, walk-in hours and the resulting slots.

import { language } from '/i18n.js';
import { api, clinicDate, describe, field, formatDate, formatDay, formatTime, formatWallTime, h, isAdmin, notice, onSubmit, options, state, t, timeElement } from './common.js';
import { go, render } from './app.js';

// Availability, walk-in and the resulting slots.
export async function viewAvailability() {
  const params = new URLSearchParams(location.search);
  const manageable = isAdmin() ? [...state.staff.values()] : [state.me.staff];
  const who = params.get('staff') || state.me.staff.id;
  const person = state.staff.get(who) || state.me.staff;
  const [blocks, slots] = await Promise.all([
    api('GET', `/availability?staff=${encodeURIComponent(who)}`),
    api('GET', `/staff/${who}/slots?from=${clinicDate(state.tz)}&to=${clinicDate(state.tz, 6)}`),
  ]);
  const picker = isAdmin()
    ? field(t('availability-whose'), h('select', { name: 'staff', onchange: (e) => go(`/staff/availability?staff=${e.target.value}`) },
      options(manageable.map((s) => [s.id, s.name || s.email]), who)))
    : null;
  // A weekday's short name (1 = Monday) in the language: 1 January 2024 was a Monday.
  const weekday = (n) => new Intl.DateTimeFormat(language(), { timeZone: 'UTC', weekday: 'short' }).format(new Date(Date.UTC(2024, 0, n)));
  const when = (b) => {
    if (b.kind !== 'weekly') return timeElement(b.date, formatDate(b.date));
    const args = { weekday: b.weekday >= 1 && b.weekday <= 7 ? weekday(b.weekday) : '', from: formatDate(b.date) };
    return b.until ? t('availability-weekly-until', { ...args, until: formatDate(b.until) }) : t('availability-weekly', args);
  };
  const rows = blocks.map((b) => h('tr', { 'data-id': b.id },
    h('td', {}, when(b)),
    h('td', {}, t('availability-hours', { start: formatWallTime(b.start), end: formatWallTime(b.end) })),
    h('td', {}, b.gap_minutes
      ? t('availability-slot-gap', { minutes: b.slot_minutes, gap: b.gap_minutes })
      : t('availability-slot', { minutes: b.slot_minutes })),
    h('td.actions', {}, h('button.danger', {
      type: 'button',
      onclick: async (e) => {
        e.target.disabled = true;
        try {
          await api('DELETE', `/availability/${b.id}`);
          await render();
          notice(t('availability-removed'));
        } catch (err) {
          notice(describe(err), true);
          e.target.disabled = false;
        }
      },
    }, t('availability-remove')))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 4 }, h('span.muted', {}, t('availability-none')))));

  const walkIn = h('input', {
    type: 'checkbox',
    checked: person.walk_in,
    onchange: async (e) => {
      try {
        await api('PUT', `/staff/${who}/walk-in`, { open: e.target.checked });
        person.walk_in = e.target.checked;
        notice(e.target.checked ? t('availability-walk-in-open') : t('availability-walk-in-closed'));
      } catch (err) {
        e.target.checked = !e.target.checked;
        notice(describe(err), true);
      }
    },
  });

  const byDay = new Map();
  for (const s of slots) {
    const day = formatDay(s.starts_at);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(s);
  }
  const preview = byDay.size
    ? h('dl', {}, [...byDay].map(([day, list]) => [h('dt', {}, timeElement(list[0].starts_at, day)), h('dd', {}, h('div.slots', {},
      list.map((s) => h(s.free ? 'span' : 'span.taken', { title: slotState(s) },
        timeElement(s.starts_at, formatTime(s.starts_at))))))]))
    : h('p.muted', {}, t('availability-no-slots'));

  const kind = h('select', { name: 'kind' }, options([['once', t('availability-once')], ['weekly', t('availability-every-week')]], 'once'));
  const until = field(t('availability-until'), h('input', { name: 'until', type: 'date' }));
  until.hidden = true;
  kind.addEventListener('change', () => (until.hidden = kind.value !== 'weekly'));
  const form = h('form.card', { l10n: 'availability-add-form' },
    h('h3', {}, t('availability-add-heading')),
    h('div.row', {}, field(t('availability-repeat'), kind), field(t('availability-first-day'), h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })), until),
    h('div.row', {},
      field(t('availability-from'), h('input', { name: 'start', type: 'time', required: true, value: '09:00' })),
      field(t('availability-to'), h('input', { name: 'end', type: 'time', required: true, value: '12:00' })),
      field(t('availability-slot-minutes'), h('input', { name: 'slot_minutes', type: 'number', min: 5, max: 480, value: 20, required: true })),
      field(t('availability-gap-minutes'), h('input', { name: 'gap_minutes', type: 'number', min: 0, max: 240, value: 0 }))),
    h('p', {}, h('button.primary', { type: 'submit' }, t('availability-add'))));
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
    notice(t('availability-added'));
  });

  return [
    h('h2', {}, t('availability-heading')),
    picker,
    h('section', {}, h('label.inline', {}, walkIn, t('availability-walk-in', { name: person.name || person.email }))),
    h('table', { l10n: 'availability-table' },
      h('thead', {}, h('tr', {}, ['availability-column-when', 'availability-column-hours', 'availability-column-slots'].map((id) => h('th', {}, t(id))), h('th'))),
      h('tbody', {}, rows)),
    form,
    h('h3', {}, t('availability-slots-heading')),
    preview,
  ];
}

/** A slot as its tooltip says it: free, booked, or past (never bookable). */
function slotState(slot) {
  if (slot.free) return t('availability-free');
  return new Date(slot.starts_at).getTime() <= Date.now() ? t('availability-past') : t('availability-booked');
}
