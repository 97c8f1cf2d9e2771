// The staff pages: availability, walk-in hours and the resulting slots.

import { all, api, clinicDate, describe, field, formatTime, h, isAdmin, notice, onSubmit, options, state } from './common.js';
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
    ? field('Whose availability', h('select', { name: 'staff', onchange: (e) => go(`/staff/availability?staff=${e.target.value}`) },
      options(manageable.map((s) => [s.id, s.name || s.email]), who)))
    : null;
  const weekdays = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const rows = blocks.map((b) => h('tr', { 'data-id': b.id },
    h('td', {}, b.kind === 'weekly' ? `Every ${weekdays[b.weekday] || ''} from ${b.date}${b.until ? ` until ${b.until}` : ''}` : b.date),
    h('td', {}, `${b.start}–${b.end}`),
    h('td', {}, `${b.slot_minutes} min${b.gap_minutes ? ` + ${b.gap_minutes} min gap` : ''}`),
    h('td.actions', {}, h('button.danger', {
      type: 'button',
      onclick: async (e) => {
        e.target.disabled = true;
        try {
          await api('DELETE', `/availability/${b.id}`);
          await render();
          notice('Availability removed.');
        } catch (err) {
          notice(describe(err), true);
          e.target.disabled = false;
        }
      },
    }, 'Remove'))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 4 }, h('span.muted', {}, 'No availability yet.'))));

  const walkIn = h('input', {
    type: 'checkbox',
    checked: person.walk_in,
    onchange: async (e) => {
      try {
        await api('PUT', `/staff/${who}/walk-in`, { open: e.target.checked });
        person.walk_in = e.target.checked;
        notice(e.target.checked ? 'Open for walk-in patients.' : 'Closed for walk-in patients.');
      } catch (err) {
        e.target.checked = !e.target.checked;
        notice(describe(err), true);
      }
    },
  });

  const byDay = new Map();
  for (const s of slots) {
    const day = formatTime(s.starts_at, true).replace(/,? \d\d:\d\d.*$/, '');
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(s);
  }
  const preview = byDay.size
    ? h('dl', {}, [...byDay].map(([day, list]) => [h('dt', {}, day), h('dd', {}, h('div.slots', {},
      list.map((s) => h(s.free ? 'span' : 'span.taken', { title: s.free ? 'free' : 'booked' }, formatTime(s.starts_at)))))]))
    : h('p.muted', {}, 'No bookable slots in the next seven days.');

  const kind = h('select', { name: 'kind' }, options([['once', 'One day'], ['weekly', 'Every week']], 'once'));
  const until = field('Until (optional, weekly only)', h('input', { name: 'until', type: 'date' }));
  until.hidden = true;
  kind.addEventListener('change', () => (until.hidden = kind.value !== 'weekly'));
  const form = h('form.card', { 'aria-label': 'Add availability' },
    h('h3', {}, 'Add availability'),
    h('div.row', {}, field('Repeat', kind), field('Date (first day)', h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })), until),
    h('div.row', {},
      field('From', h('input', { name: 'start', type: 'time', required: true, value: '09:00' })),
      field('To', h('input', { name: 'end', type: 'time', required: true, value: '12:00' })),
      field('Slot (minutes)', h('input', { name: 'slot_minutes', type: 'number', min: 5, max: 480, value: 20, required: true })),
      field('Gap after each (minutes)', h('input', { name: 'gap_minutes', type: 'number', min: 0, max: 240, value: 0 }))),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Add')));
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
    notice('Availability added.');
  });

  return [
    h('h2', {}, 'Availability'),
    picker,
    h('section', {}, h('label.inline', {}, walkIn, `${person.name || person.email} is open for walk-in patients`)),
    h('table', { 'aria-label': 'Availability' },
      h('thead', {}, h('tr', {}, ['When', 'Hours', 'Slots', ''].map((t) => h('th', {}, t)))), h('tbody', {}, rows)),
    form,
    h('h3', {}, 'Bookable slots, next seven days'),
    preview,
  ];
}
