// The staff pages: one plain ES module, no build step, using only the
// public REST API under /api/v1 (the same one integrators use). Every
// value from the server reaches the page through textContent or a form
// field, never through innerHTML, so patient data cannot inject markup.
// The one exception is the TOTP QR code, an SVG the server renders from
// the otpauth URI.
//
// This module is the entry: the router, the session, and the sign-in
// views. The others, by concern: common.js, waiting.js, appointments.js,
// clients.js, messages.js, availability.js, people.js, settings.js,
// questionnaires.js, audit.js.
//
// The catalogues: staff.ftl, and questionnaire.ftl for the questionnaire
// editor's preview (drawn by the patients' own /questionnaire.js).
//
// The language: the person's own choice in the header (remembered in this
// browser), else the organisation's (once signed in), else the browser's.

import { localize, languagePicker, language, setText } from '/i18n.js';
import { ApiError, CSRF_KEY, Problem, all, api, describe, field, h, hookLive, isAdmin, isOrgAdmin, notice, onSubmit, state, t } from './common.js';
import { followWaitingList, updateWaitingBadge, viewWaiting } from './waiting.js';
import { viewAppointments, viewMeetingRooms } from './appointments.js';
import { viewClients } from './clients.js';
import { viewAvailability } from './availability.js';
import { viewPeople } from './people.js';
import { viewAccount, viewSettings } from './settings.js';
import { followInbox, updateMessagesBadge, viewMessages } from './messages.js';
import { viewQuestionnaires } from './questionnaires.js';
import { viewAudit } from './audit.js';

/** The catalogues the staff pages use. */
const CATALOGUES = ['staff', 'questionnaire'];

export async function loadSession() {
  state.me = await api('GET', '/me');
  if (state.me.must_enrol_totp) return;
  const [org, staff, departments, questionnaires] = await Promise.all([
    api('GET', '/organisation'), all('/staff'), all('/departments'), api('GET', '/questionnaires'),
  ]);
  state.questionnaireList = questionnaires;
  state.org = org;
  state.tz = org.settings.timezone || 'UTC';
  state.staff = new Map(staff.map((s) => [s.id, s]));
  state.departments = new Map(departments.map((d) => [d.id, d]));
  await speak(org.settings.language || null);
  if (!state.waiting) followWaitingList();
  followInbox();
  hookLive();
}

// The language the pages were given (the organisation's), and the picker.
let given;
const picker = document.getElementById('language');

/** Loads the catalogue again when the organisation's language (`organisation`) is new. */
async function speak(organisation) {
  if (given === organisation) return;
  given = organisation;
  await localize(CATALOGUES, organisation);
  picker.value = language();
}

const views = {
  waiting: viewWaiting,
  login: viewLogin,
  'set-password': viewSetPassword,
  appointments: viewAppointments,
  'meeting-rooms': viewMeetingRooms,
  clients: viewClients,
  messages: viewMessages,
  availability: viewAvailability,
  people: viewPeople,
  settings: viewSettings,
  account: viewAccount,
  questionnaires: viewQuestionnaires,
  audit: viewAudit,
};
const PUBLIC_VIEWS = new Set(['login', 'set-password']);

/** Shows another section (what the last one noticed goes with it). */
export function go(path, { replace = false, next = null } = {}) {
  notice('');
  const url = next ? `${path}?next=${encodeURIComponent(next)}` : path;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

let renderCount = 0;

export function currentView() {
  return location.pathname.replace(/^\/staff\/?/, '').split('/')[0] || 'appointments';
}

export async function render() {
  const mine = ++renderCount;
  const name = currentView();
  const view = views[name] || viewNotFound;
  const main = document.getElementById('view');
  if (!PUBLIC_VIEWS.has(name) && !state.me) {
    try {
      await loadSession();
    } catch {
      return; // api() has sent us to the login page
    }
    if (mine !== renderCount) return;
  }
  if (state.me && state.me.must_enrol_totp && name !== 'account' && !PUBLIC_VIEWS.has(name)) {
    go('/staff/account', { replace: true });
    return;
  }
  updateMenu(name);
  main.replaceChildren(h('p.muted', {}, t('staff-loading')));
  try {
    const content = await view();
    if (mine !== renderCount) return;
    main.replaceChildren(...[content].flat().filter((c) => c != null));
  } catch (e) {
    if (mine !== renderCount) return;
    if (e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch')) return;
    main.replaceChildren(h('p.error', { role: 'alert' }, describe(e)));
  }
  const heading = main.querySelector('h2')?.textContent;
  document.title = heading ? t('staff-page-title', { view: heading }) : t('staff-page-title-default');
}

function updateMenu(current) {
  const menu = document.getElementById('menu');
  const signedIn = !!state.me && !state.me.must_enrol_totp;
  menu.hidden = !signedIn;
  if (!signedIn) return;
  for (const a of menu.querySelectorAll('a')) {
    const needs = a.dataset.needs;
    a.hidden = (needs === 'admin' && !isAdmin()) || (needs === 'org_admin' && !isOrgAdmin());
    const section = a.getAttribute('href').replace('/staff/', '');
    if (section === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  setText(document.getElementById('whoami'), 'staff-nav-account-of', { name: state.me.staff.name || state.me.staff.email });
  updateWaitingBadge();
  updateMessagesBadge();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  notice('');
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', () => {
  notice('');
  render();
});

function viewNotFound() {
  return [h('h2', {}, t('staff-not-found')), h('p', {}, h('a', { href: '/staff/appointments', 'data-nav': true }, t('staff-back-to-appointments')))];
}

function viewLogin() {
  const totp = h('label', { hidden: true }, t('staff-totp-code'),
    h('input', { name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6 }));
  const form = h('form.card.login', {},
    h('h2', {}, t('staff-login')),
    field(t('staff-email'), h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' })),
    field(t('staff-password'), h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' })),
    totp,
    h('p', {}, h('button.primary', { type: 'submit' }, t('staff-log-in'))));
  onSubmit(form, async (data) => {
    notice(''); // "Your password is set" has served its turn
    const body = { email: data.get('email'), password: data.get('password') };
    if (!totp.hidden) body.totp = data.get('totp');
    try {
      const login = await api('POST', '/auth/login', body);
      localStorage.setItem(CSRF_KEY, login.csrf_token);
    } catch (e) {
      if (e.code === 'totp_required') {
        totp.hidden = false;
        totp.querySelector('input').required = true;
        totp.querySelector('input').focus();
      }
      throw e;
    }
    state.me = null;
    const next = new URLSearchParams(location.search).get('next');
    go(next && next.startsWith('/staff/') && !next.startsWith('/staff/login') ? next : '/staff/appointments', { replace: true });
  });
  return form;
}

function viewSetPassword() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) return [h('h2', {}, t('staff-set-password')), h('p.error', {}, t('staff-set-password-needs-link'))];
  const form = h('form.card.login', {},
    h('h2', {}, t('staff-set-password')),
    h('p.muted', {}, t('staff-password-hint')),
    field(t('staff-new-password'), h('input', { name: 'password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    field(t('staff-repeat-password'), h('input', { name: 'repeat', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    h('p', {}, h('button.primary', { type: 'submit' }, t('staff-set-password-button'))));
  onSubmit(form, async (data) => {
    if (data.get('password') !== data.get('repeat')) throw new Problem(t('staff-passwords-differ'));
    await api('POST', '/auth/password', { token, password: data.get('password') });
    history.replaceState(null, '', '/staff/login');
    notice(t('staff-password-set'));
    render();
  });
  return form;
}

// Before sign-in, in the person's or the browser's language; choosing one
// redraws the section in place (a notice in the old language goes).
localize(CATALOGUES).catch((e) => console.error(e)).then(() => {
  languagePicker(picker, () => {
    notice('');
    render();
  });
  render();
});
