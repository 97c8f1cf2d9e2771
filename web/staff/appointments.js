// The staff pages: appointments (today and upcoming, create, cancel,
// resend, transcripts) and meeting rooms.

import { all, api, clinicDate, clinicToUtc, copyBox, describe, field, formatTime, h, notice, onLive, onSubmit, options, Problem, showError, state, t, timeElement } from './common.js';
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
  const table = h('table', { l10n: tab === 'today' ? 'appointments-today-table' : 'appointments-upcoming-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('appointments-column-time')), h('th', {}, t('appointments-column-client')),
      h('th', {}, t('appointments-column-with')), h('th', {}, t('appointments-column-status')), h('th', {}, ''))),
    list);
  const links = h('div', { 'data-links': true });
  for (const a of page.items) list.append(appointmentRow(a, tab !== 'today', links));
  if (!page.items.length) list.append(h('tr', {}, h('td', { colspan: 5 }, h('span.muted', {}, tab === 'today' ? t('appointments-none-today') : t('appointments-none-upcoming')))));
  const more = page.next_offset != null ? h('p.muted', {}, t('appointments-first-100')) : null;
  const tabs = h('div.tabs', { role: 'tablist' },
    h('button', { role: 'tab', 'aria-selected': String(tab === 'today'), onclick: () => go('/staff/appointments') }, t('appointments-today')),
    h('button', { role: 'tab', 'aria-selected': String(tab === 'upcoming'), onclick: () => go('/staff/appointments?tab=upcoming') }, t('appointments-upcoming')));
  return [h('h2', {}, t('appointments-heading')), tabs, links, table, more, await appointmentForm(links)];
}

// A patient started or completed a questionnaire: the appointments list
// says so where it shows that appointment.
onLive('questionnaire', async ({ appointment }) => {
  const selector = `#view tr[data-id="${CSS.escape(String(appointment || ''))}"] span.marker.questionnaire`;
  if (!appointment || !document.querySelector(selector)) return;
  let a;
  try {
    a = await api('GET', `/appointments/${encodeURIComponent(appointment)}`);
  } catch {
    return;
  }
  const marker = document.querySelector(selector);
  if (!marker || !a.questionnaire) return;
  marker.className = `marker questionnaire ${a.questionnaire.status}`;
  marker.textContent = t('waiting-questionnaire', { status: a.questionnaire.status });
});

/** The questionnaire asked by default of a new appointment of `department` ('' for none), or 'none'. */
function askedByDefault(department) {
  const asked = (d) => state.questionnaireList.find((q) => q.asked_by_default && (q.department || '') === d);
  const q = (department && asked(department)) || asked('');
  return q ? q.id : 'none';
}

/** The client as staff see them: "A. Jansen", or that their data is gone. */
export function clientName(a) {
  return a.client ? `${a.client.initials} ${a.client.last_name}` : t('appointments-anonymised');
}

const STATUSES = new Set(['scheduled', 'waiting', 'in_progress', 'completed', 'cancelled', 'no_show', 'anonymised']);

export function appointmentRow(a, withDate, links) {
  const who = a.practitioner ? a.practitioner.name : a.department ? a.department.name : '—';
  const open = ['scheduled', 'waiting'].includes(a.status);
  const row = h('tr', { 'data-id': a.id },
    h('td', {}, timeElement(a.starts_at, formatTime(a.starts_at, withDate)), h('br'),
      h('span.muted', {}, t('appointments-duration', { minutes: a.duration_minutes }))),
    h('td', {}, clientName(a), a.participants.length
      ? h('div.muted', {}, t('appointments-with-participants', { names: a.participants.map((p) => p.name).join(', ') }))
      : null,
    // How far the patient got with the questionnaire asked of them.
    a.questionnaire
      ? h('div', {}, h(`span.marker.questionnaire.${a.questionnaire.status}`, { title: a.questionnaire.title }, t('waiting-questionnaire', { status: a.questionnaire.status })))
      : null),
    h('td', {}, who),
    h('td', {}, h(`span.status.${a.status}`, {}, STATUSES.has(a.status) ? t('appointments-status', { status: a.status }) : a.status)),
    h('td.actions', {},
      a.status !== 'cancelled' && a.status !== 'completed' && a.status !== 'no_show' && a.status !== 'anonymised'
        ? h('button.primary', { type: 'button', onclick: (e) => startConsultation(a, e.target) }, t('appointments-start'))
        : null,
      open && a.client ? h('button', { type: 'button', onclick: (e) => resend(a, e.target, links) }, t('appointments-resend')) : null,
      open ? h('button.danger', { type: 'button', onclick: (e) => cancel(a, e.target) }, t('appointments-cancel')) : null,
      // Also while still scheduled: staff may have held a call on it
      // before the patient came, and its captions are kept.
      state.org?.settings.keep_transcript && a.status !== 'cancelled'
        ? h('button', { type: 'button', onclick: (e) => showTranscript(a, e.target, links) }, t('appointments-captions-kept'))
        : null));
  return row;
}

/** The captions kept for an appointment (organisations that keep them). */
export async function showTranscript(a, button, container) {
  button.disabled = true;
  try {
    const transcript = await api('GET', `/appointments/${a.id}/transcript`);
    container.replaceChildren(h('section', { l10n: 'appointments-kept-captions' },
      h('h3', {}, t('appointments-kept-captions-heading', { client: clientName(a), time: formatTime(a.starts_at, true) })),
      transcript.lines.length
        ? h('ol.transcript', {}, transcript.lines.map((l) => h('li', {},
          h('span.muted', {}, timeElement(l.spoken_at, formatTime(l.spoken_at, false))), ' ', h('strong', {}, `${l.speaker}: `), l.text)))
        : h('p.muted', {}, t('appointments-no-captions-kept'))));
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
    showInvitation(links, t('appointments-new-links', { client: clientName(a) }), invitation);
    notice(state.org.settings.no_emails ? t('appointments-new-links-no-emails') : t('appointments-resent'));
  } catch (e) {
    notice(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

export async function cancel(a, button) {
  const time = formatTime(a.starts_at, true);
  const question = a.client
    ? t('appointments-cancel-confirm', { client: clientName(a), time })
    : t('appointments-cancel-confirm-anonymised', { time });
  if (!confirm(question)) return;
  button.disabled = true;
  try {
    await api('PATCH', `/appointments/${a.id}`, { status: 'cancelled' });
    notice(t('appointments-cancelled'));
    render();
  } catch (e) {
    notice(describe(e), true);
    button.disabled = false;
  }
}

export function showInvitation(container, title, invitation) {
  const participant = (id) => invitation.participant_links.find((p) => p.participant === id);
  container.replaceChildren(h('section', { l10n: 'appointments-invitation-links-section' },
    h('h3', {}, title),
    copyBox(t('appointments-patient-link'), invitation.patient_link),
    invitation.participant_links.map((p, i) => copyBox(t('appointments-participant-link', { number: i + 1 }), participant(p.participant).link))));
}

/** The kinds of external participant, as the API names them. */
export const PARTICIPANT_KINDS = ['family', 'interpreter', 'home_care', 'colleague', 'other'];

/**
 * The inputs for a new external participant (name, kind, optional email);
 * Enter in one of them runs `add` (and does not submit the form around).
 */
export function personFields(add) {
  const inputs = [
    field(t('participant-name'), h('input', { name: 'name', maxlength: 64, autocomplete: 'off' })),
    field(t('participant-kind'), h('select', { name: 'kind' },
      options(PARTICIPANT_KINDS.map((kind) => [kind, t('participant-kind-option', { kind })]), 'family'))),
    field(t('participant-email'), h('input', { name: 'email', type: 'email', maxlength: 254, autocomplete: 'off' })),
  ];
  for (const label of inputs) {
    label.querySelector('input, select').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        add();
      }
    });
  }
  return inputs;
}

/** Empties the fields of `personFields` in `box`, for the next person. */
export function clearPerson(box) {
  for (const input of box.querySelectorAll('input[name="name"], input[name="email"]')) input.value = '';
  box.querySelector('select[name="kind"]').value = PARTICIPANT_KINDS[0];
}

/** Creates the external participant typed into `box` (POST /participants). */
export async function createPerson(box) {
  const name = box.querySelector('[name="name"]');
  if (!name.value.trim()) {
    name.focus();
    throw new Problem(t('participant-name-needed'));
  }
  const body = { name: name.value.trim(), kind: box.querySelector('[name="kind"]').value };
  const email = box.querySelector('[name="email"]').value.trim();
  if (email) body.email = email;
  return api('POST', '/participants', body);
}

/**
 * The external participants to invite: those the clinic knows, and a
 * person to add on the spot (made at once, then ticked).
 */
function participantPicker(participants) {
  const checkbox = (p, checked) => h('label.inline', {}, h('input', { type: 'checkbox', name: 'participants', value: p.id, checked }),
    t('appointments-participant', { name: p.name, kind: p.kind }));
  const list = h('div', {}, participants.map((p) => checkbox(p, false)));
  const status = h('p.muted', { role: 'status' });
  const person = h('fieldset.person', {}, h('legend', {}, t('appointments-add-person')));
  const make = async () => {
    person.querySelector('.error')?.remove();
    status.textContent = '';
    try {
      const created = await createPerson(person);
      list.append(checkbox(created, true));
      clearPerson(person);
      status.textContent = t('appointments-person-added', { name: created.name });
    } catch (e) {
      showError(person, e);
      throw e;
    }
  };
  const add = async () => {
    button.disabled = true;
    await make().catch(() => {});
    button.disabled = false;
  };
  const button = h('button', { type: 'button', onclick: add }, t('appointments-add-person-button'));
  person.append(h('div.row', {}, personFields(add), h('p', {}, button)));
  const element = h('fieldset', {}, h('legend', {}, t('appointments-external-participants')), list, status, person);
  // A person typed in but not yet added, when the appointment is made.
  const flush = async () => {
    if (person.querySelector('[name="name"]').value.trim()) await make();
  };
  return { element, flush };
}

export async function appointmentForm(links) {
  const [clients, participants] = await Promise.all([all('/clients'), all('/participants')]);
  const practitioners = [...state.staff.values()];
  const picker = participantPicker(participants);
  const form = h('form.card', { l10n: 'appointments-new-form' },
    h('h3', {}, t('appointments-new')),
    h('div.row',
      {},
      // (A client's option is data: "Jansen, A. (1980-02-29)".)
      field(t('appointments-client'), h('select', { name: 'client', required: true },
        options(clients.map((c) => [c.id, `${c.last_name}, ${c.initials}${c.date_of_birth ? ` (${c.date_of_birth})` : ''}`]), '', t('appointments-choose')))),
      field(t('appointments-practitioner'), h('select', { name: 'practitioner' },
        // The signed-in person first: any member of staff may hold a consultation.
        options(practitioners.map((s) => [s.id, s.name || s.email]), state.staff.has(state.me.staff.id) ? state.me.staff.id : '', t('appointments-department-only')))),
      field(t('appointments-department'), h('select', { name: 'department' },
        options([...state.departments.values()].map((d) => [d.id, d.name]), '', t('appointments-no-department'))))),
    h('div.row', {},
      field(t('appointments-date'), h('input', { name: 'date', type: 'date', required: true, value: clinicDate(state.tz) })),
      field(t('appointments-time'), h('input', { name: 'time', type: 'time', required: true, step: 300 })),
      field(t('appointments-duration-minutes'), h('input', { name: 'duration_minutes', type: 'number', min: 5, max: 480, value: 20, required: true }))),
    picker.element,
    field(t('appointments-message'), h('textarea', { name: 'message', rows: 2, maxlength: 2000 })),
    state.questionnaireList.length
      ? field(t('appointments-questionnaire'), h('select', { name: 'questionnaire' },
        options([['none', t('appointments-no-questionnaire')], ...state.questionnaireList.map((q) => [q.id, q.title])], askedByDefault(''))))
      : null,
    h('p.muted', {}, t('appointments-timezone', { timezone: state.tz })),
    h('p', {}, h('button.primary', { type: 'submit', value: 'later' }, t('appointments-create')), ' ',
      h('button', { type: 'submit', value: 'now', l10n: 'appointments-quick' })));
  // The questionnaire chosen follows the department's default (what the
  // server would ask), until staff choose one themselves.
  const questionnaireSelect = form.querySelector('[name="questionnaire"]');
  questionnaireSelect?.addEventListener('change', () => { questionnaireSelect.dataset.chosen = 'yes'; });
  form.querySelector('[name="department"]').addEventListener('change', (e) => {
    if (questionnaireSelect && !questionnaireSelect.dataset.chosen) questionnaireSelect.value = askedByDefault(e.target.value);
  });
  // Which button submitted the form: "now" ignores the date and time.
  let startNow = false;
  form.addEventListener('click', (e) => {
    if (e.target instanceof HTMLButtonElement && e.target.type === 'submit') {
      startNow = e.target.value === 'now';
      form.querySelector('[name="time"]').required = !startNow;
    }
  });
  onSubmit(form, async (data) => {
    await picker.flush();
    const body = {
      client: data.get('client'),
      starts_at: startNow ? new Date().toISOString() : clinicToUtc(data.get('date'), data.get('time'), state.tz).toISOString(),
      duration_minutes: Number(data.get('duration_minutes')),
      participants: [...form.querySelectorAll('input[name="participants"]:checked')].map((box) => box.value),
    };
    if (data.get('practitioner')) body.practitioner = data.get('practitioner');
    if (data.get('department')) body.department = data.get('department');
    if (data.get('message').trim()) body.message = data.get('message').trim();
    // Always said: "none" is none, not the default.
    if (data.get('questionnaire')) body.questionnaire = data.get('questionnaire') === 'none' ? null : data.get('questionnaire');
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
    await render();
    notice(t('appointments-created', { client: clientName(created.appointment), time: formatTime(created.appointment.starts_at, true) }));
    const again = document.querySelector('#view [data-links]');
    if (again) showInvitation(again, t('appointments-invitation-links'), created.invitation);
  });
  return form;
}

// Meeting rooms.
export async function viewMeetingRooms() {
  const rooms = await all('/meeting-rooms');
  const list = h('ul.rooms', { l10n: 'rooms-list' });
  const links = h('div', { 'data-links': true });
  for (const room of rooms) {
    const guest = h('form.inline', { l10n: ['rooms-guest-form', { name: room.name }] },
      field(t('rooms-guest-name'), h('input', { name: 'name', required: true, maxlength: 64 })),
      h('button', { type: 'submit' }, t('rooms-create-guest-link')));
    onSubmit(guest, async (data) => {
      const link = await api('POST', `/meeting-rooms/${room.id}/guest-links`, { name: data.get('name').trim() });
      links.replaceChildren(h('section', { l10n: 'rooms-guest-link-section' },
        h('h3', {}, t('rooms-guest-link-for', { name: link.name })),
        copyBox(t('rooms-guest-link'), link.link),
        h('p.muted', {}, t('rooms-guest-link-hint', { time: formatTime(link.expires_at, true) }))));
      guest.reset();
    });
    list.append(h('li', {},
      h('strong', {}, room.name), ' ',
      h('button.primary', { type: 'button', onclick: (e) => openRoom(`/meeting-rooms/${room.id}/join`, e.target) }, t('rooms-enter', { name: room.name })),
      guest));
  }
  if (!rooms.length) list.append(h('li.muted', {}, t('rooms-none')));
  const form = h('form.card', { l10n: 'rooms-new-form' },
    h('h3', {}, t('rooms-new')),
    field(t('rooms-name'), h('input', { name: 'name', required: true, maxlength: 100 })),
    h('p', {}, h('button.primary', { type: 'submit' }, t('rooms-create'))));
  onSubmit(form, async (data) => {
    const room = await api('POST', '/meeting-rooms', { name: data.get('name').trim() });
    await render();
    notice(t('rooms-created', { name: room.name }));
  });
  return [h('h2', {}, t('rooms-heading')),
    h('p.muted', {}, t('rooms-hint')),
    links, list, form];
}
