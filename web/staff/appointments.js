// The staff pages: appointments (today and upcoming, create, cancel,
// resend, transcripts) and meeting rooms.

import { all, api, clinicDate, clinicToUtc, copyBox, describe, field, formatTime, h, notice, onSubmit, options, state } from './common.js';
import { go, render } from './app.js';

// Appointments: today and upcoming, create, cancel, resend.
export async function viewAppointments() {
  const tab = new URLSearchParams(location.search).get('tab') === 'upcoming' ? 'upcoming' : 'today';
  const today = clinicDate(state.tz);
  const tomorrow = clinicDate(state.tz, 1);
  const range = tab === 'today'
    ? [clinicToUtc(today, '00:00', state.tz), clinicToUtc(tomorrow, '00:00', state.tz)]
    : [clinicToUtc(tomorrow, '00:00', state.tz), clinicToUtc(clinicDate(state.tz, 61), '00:00', state.tz)];
  const query = `from=${encodeURIComponent(range[0].toISOString())}&to=${encodeURIComponent(range[1].toISOString())}`;
  const page = await api('GET', `/appointments?${query}&limit=100`);
  const list = h('tbody');
  const table = h('table', { 'aria-label': tab === 'today' ? 'Today' : 'Upcoming' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Time'), h('th', {}, 'Client'), h('th', {}, 'With'), h('th', {}, 'Status'), h('th', {}, ''))),
    list);
  const links = h('div', { 'data-links': true });
  for (const a of page.items) list.append(appointmentRow(a, tab !== 'today', links));
  if (!page.items.length) list.append(h('tr', {}, h('td', { colspan: 5 }, h('span.muted', {}, tab === 'today' ? 'No appointments today.' : 'No upcoming appointments.'))));
  const more = page.next_offset != null ? h('p.muted', {}, 'Showing the first 100; narrow the range to see more.') : null;
  const tabs = h('div.tabs', { role: 'tablist' },
    h('button', { role: 'tab', 'aria-selected': String(tab === 'today'), onclick: () => go('/staff/appointments') }, 'Today'),
    h('button', { role: 'tab', 'aria-selected': String(tab === 'upcoming'), onclick: () => go('/staff/appointments?tab=upcoming') }, 'Upcoming'));
  return [h('h2', {}, 'Appointments'), tabs, links, table, more, await appointmentForm(links)];
}

export function appointmentRow(a, withDate, links) {
  const who = a.practitioner ? a.practitioner.name : a.department ? a.department.name : '—';
  const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'anonymised';
  const open = ['scheduled', 'waiting'].includes(a.status);
  const row = h('tr', { 'data-id': a.id },
    h('td', {}, formatTime(a.starts_at, withDate), h('br'), h('span.muted', {}, `${a.duration_minutes} min`)),
    h('td', {}, client, a.participants.length ? h('div.muted', {}, `+ ${a.participants.map((p) => p.name).join(', ')}`) : null),
    h('td', {}, who),
    h('td', {}, h(`span.status.${a.status}`, {}, a.status.replace('_', ' '))),
    h('td.actions', {},
      a.status !== 'cancelled' && a.status !== 'completed' && a.status !== 'no_show' && a.status !== 'anonymised'
        ? h('button.primary', { type: 'button', onclick: (e) => startConsultation(a, e.target) }, 'Start consultation')
        : null,
      open && a.client ? h('button', { type: 'button', onclick: (e) => resend(a, e.target, links) }, 'Resend invitation') : null,
      open ? h('button.danger', { type: 'button', onclick: (e) => cancel(a, e.target) }, 'Cancel') : null,
      // Also while still scheduled: staff may have held a call on it
      // before the patient came, and its captions are kept.
      state.org?.settings.keep_transcript && a.status !== 'cancelled'
        ? h('button', { type: 'button', onclick: (e) => showTranscript(a, e.target, links) }, 'Captions kept')
        : null));
  return row;
}

/** The captions kept for an appointment (organisations that keep them). */
export async function showTranscript(a, button, container) {
  button.disabled = true;
  try {
    const transcript = await api('GET', `/appointments/${a.id}/transcript`);
    const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'anonymised';
    container.replaceChildren(h('section', { 'aria-label': 'Kept captions' },
      h('h3', {}, `Captions kept: ${client}, ${formatTime(a.starts_at, true)}`),
      transcript.lines.length
        ? h('ol.transcript', {}, transcript.lines.map((l) => h('li', {}, h('span.muted', {}, formatTime(l.spoken_at, false)), ' ', h('strong', {}, `${l.speaker}: `), l.text)))
        : h('p.muted', {}, 'No captions were kept for this appointment.')));
  } catch (e) {
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

/** Opens the consultation room with a join token (in a new tab). */
export function startConsultation(a, button) {
  return openRoom(`/appointments/${a.id}/join`, button);
}

/** Asks for a join token at `path` and opens its room in a new tab. */
export async function openRoom(path, button) {
  button.disabled = true;
  const tab = window.open('about:blank', '_blank');
  try {
    const ticket = await api('POST', path, {});
    if (tab) tab.location = ticket.call_url;
    else location.assign(ticket.call_url);
  } catch (e) {
    tab?.close();
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

export async function resend(a, button, links) {
  button.disabled = true;
  try {
    const invitation = await api('POST', `/appointments/${a.id}/invitations`, {});
    showInvitation(links, `New links for ${a.client.initials} ${a.client.last_name}`, invitation);
    notice(state.org.settings.no_emails ? 'New links made (emails are off for this organisation).' : 'Invitation sent again; the earlier links keep working.');
  } catch (e) {
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

export async function cancel(a, button) {
  const client = a.client ? `${a.client.initials} ${a.client.last_name}` : 'this client';
  if (!confirm(`Cancel the appointment with ${client} at ${formatTime(a.starts_at, true)}?`)) return;
  button.disabled = true;
  try {
    await api('PATCH', `/appointments/${a.id}`, { status: 'cancelled' });
    notice('Appointment cancelled.');
    render();
  } catch (e) {
    notice(describe(e), true);
    button.disabled = false;
  }
}

export function showInvitation(container, title, invitation) {
  const participant = (id) => invitation.participant_links.find((p) => p.participant === id);
  container.replaceChildren(h('section', { 'aria-label': 'Invitation links' },
    h('h3', {}, title),
    copyBox('Patient link', invitation.patient_link),
    invitation.participant_links.map((p, i) => copyBox(`Participant ${i + 1} link`, participant(p.participant).link))));
}

export async function appointmentForm(links) {
  const [clients, participants] = await Promise.all([all('/clients'), all('/participants')]);
  const practitioners = [...state.staff.values()];
  const form = h('form.card', { 'aria-label': 'New appointment' },
    h('h3', {}, 'New appointment'),
    h('div.row',
      {},
      field('Client', h('select', { name: 'client', required: true },
        options(clients.map((c) => [c.id, `${c.last_name}, ${c.initials}${c.date_of_birth ? ` (${c.date_of_birth})` : ''}`]), '', 'Choose…'))),
      field('Practitioner', h('select', { name: 'practitioner' },
        options(practitioners.map((s) => [s.id, s.name || s.email]), state.me.staff.role === 'practitioner' ? state.me.staff.id : '', '— department only —'))),
      field('Department', h('select', { name: 'department' },
        options([...state.departments.values()].map((d) => [d.id, d.name]), '', '— none —')))),
    h('div.row', {},
      field('Date', h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })),
      field('Time', h('input', { name: 'time', type: 'time', required: true, step: 300 })),
      field('Duration (minutes)', h('input', { name: 'duration_minutes', type: 'number', min: 5, max: 480, value: 20, required: true }))),
    participants.length
      ? h('fieldset', {}, h('legend', {}, 'External participants'),
        participants.map((p) => h('label.inline', {}, h('input', { type: 'checkbox', name: 'participants', value: p.id }), `${p.name} (${p.kind.replace('_', ' ')})`)))
      : null,
    field('Personal message (in the invitation)', h('textarea', { name: 'message', rows: 2, maxlength: 2000 })),
    h('p.muted', {}, `Times are in the clinic's timezone, ${state.tz}.`),
    h('p', {}, h('button.primary', { type: 'submit', value: 'later' }, 'Create and invite'), ' ',
      h('button', { type: 'submit', value: 'now', title: 'Starts now: the invitations go out and the consultation room opens' }, 'Quick consult: start now')));
  // Which button submitted the form: "now" ignores the date and time.
  let startNow = false;
  form.addEventListener('click', (e) => {
    if (e.target instanceof HTMLButtonElement && e.target.type === 'submit') {
      startNow = e.target.value === 'now';
      form.querySelector('[name="time"]').required = !startNow;
    }
  });
  onSubmit(form, async (data) => {
    const body = {
      client: data.get('client'),
      starts_at: startNow ? new Date().toISOString() : clinicToUtc(data.get('date'), data.get('time'), state.tz).toISOString(),
      duration_minutes: Number(data.get('duration_minutes')),
      participants: data.getAll('participants'),
    };
    if (data.get('practitioner')) body.practitioner = data.get('practitioner');
    if (data.get('department')) body.department = data.get('department');
    if (data.get('message').trim()) body.message = data.get('message').trim();
    // A quick consult opens its room at once (the tab must open inside the click).
    const tab = startNow ? window.open('about:blank', '_blank') : null;
    let created;
    try {
      created = await api('POST', '/appointments', body);
      if (startNow) {
        const ticket = await api('POST', `/appointments/${created.appointment.id}/join`, {});
        if (tab) tab.location = ticket.call_url;
        else location.assign(ticket.call_url);
      }
    } catch (e) {
      tab?.close();
      throw e;
    }
    const c = created.appointment.client;
    await render();
    notice(`Appointment created for ${c.initials} ${c.last_name} at ${formatTime(created.appointment.starts_at, true)}.`);
    const again = document.querySelector('#view [data-links]');
    if (again) showInvitation(again, 'Invitation links', created.invitation);
  });
  return form;
}

// Meeting rooms.
export async function viewMeetingRooms() {
  const rooms = await all('/meeting-rooms');
  const list = h('ul.rooms', { 'aria-label': 'Meeting rooms' });
  const links = h('div', { 'data-links': true });
  for (const room of rooms) {
    const guest = h('form.inline', { 'aria-label': `Guest link for ${room.name}` },
      field('Guest name', h('input', { name: 'name', required: true, maxlength: 64 })),
      h('button', { type: 'submit' }, 'Create guest link'));
    onSubmit(guest, async (data) => {
      const link = await api('POST', `/meeting-rooms/${room.id}/guest-links`, { name: data.get('name').trim() });
      links.replaceChildren(h('section', { 'aria-label': 'Guest link' },
        h('h3', {}, `Guest link for ${link.name}`),
        copyBox('Guest link', link.link),
        h('p.muted', {}, `It lets one person in, once, until ${formatTime(link.expires_at, true)}. Let them in from the room's "Waiting to join".`)));
      guest.reset();
    });
    list.append(h('li', {},
      h('strong', {}, room.name), ' ',
      h('button.primary', { type: 'button', onclick: (e) => openRoom(`/meeting-rooms/${room.id}/join`, e.target) }, `Enter ${room.name}`),
      guest));
  }
  if (!rooms.length) list.append(h('li.muted', {}, 'No meeting rooms yet.'));
  const form = h('form.card', { 'aria-label': 'New meeting room' },
    h('h3', {}, 'New meeting room'),
    field('Name', h('input', { name: 'name', required: true, maxlength: 100 })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Create')));
  onSubmit(form, async (data) => {
    const room = await api('POST', '/meeting-rooms', { name: data.get('name').trim() });
    await render();
    notice(`Meeting room "${room.name}" created.`);
  });
  return [h('h2', {}, 'Meeting rooms'),
    h('p.muted', {}, 'Standing rooms for staff: everyone in the organisation can enter; others only with a guest link.'),
    links, list, form];
}
