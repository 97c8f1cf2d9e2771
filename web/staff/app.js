// The staff pages: one plain ES module, no build step, using only the
// public REST API under /api/v1 (the same one integrators use). Every
// value from the server reaches the page through textContent or a form
// field, never through innerHTML, so patient data cannot inject markup.
// The one exception is the TOTP QR code, an SVG the server renders from
// the otpauth URI.
//
// This module is the entry: the router, the session, and the sign-in
// views. The others, by concern: common.js, waiting.js, appointments.js,
// clients.js, availability.js, people.js, settings.js.

import { ApiError, CSRF_KEY, all, api, describe, field, h, isAdmin, isOrgAdmin, notice, onSubmit, state } from './common.js';
import { followWaitingList, updateWaitingBadge, viewWaiting } from './waiting.js';
import { viewAppointments, viewMeetingRooms } from './appointments.js';
import { viewClients } from './clients.js';
import { viewAvailability } from './availability.js';
import { viewPeople } from './people.js';
import { viewAccount, viewSettings } from './settings.js';

export async function loadSession() {
  state.me = await api('GET', '/me');
  if (state.me.must_enrol_totp) return;
  const [org, staff, departments] = await Promise.all([api('GET', '/organisation'), all('/staff'), all('/departments')]);
  state.org = org;
  state.tz = org.settings.timezone || 'UTC';
  state.staff = new Map(staff.map((s) => [s.id, s]));
  state.departments = new Map(departments.map((d) => [d.id, d]));
  if (!state.waiting) followWaitingList();
}

const views = {
  waiting: viewWaiting,
  login: viewLogin,
  'set-password': viewSetPassword,
  appointments: viewAppointments,
  'meeting-rooms': viewMeetingRooms,
  clients: viewClients,
  availability: viewAvailability,
  people: viewPeople,
  settings: viewSettings,
  account: viewAccount,
};
const PUBLIC_VIEWS = new Set(['login', 'set-password']);

export function go(path, { replace = false, next = null } = {}) {
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
  main.replaceChildren(h('p.muted', {}, 'Loading…'));
  try {
    const content = await view();
    if (mine !== renderCount) return;
    main.replaceChildren(...[content].flat().filter((c) => c != null));
  } catch (e) {
    if (mine !== renderCount) return;
    if (e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch')) return;
    main.replaceChildren(h('p.error', { role: 'alert' }, describe(e)));
  }
  document.title = `${main.querySelector('h2')?.textContent || 'Staff'} · anteroom`;
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
  document.getElementById('whoami').textContent = `Account · ${state.me.staff.name || state.me.staff.email}`;
  updateWaitingBadge();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  notice('');
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', render);

function viewNotFound() {
  return [h('h2', {}, 'Not found'), h('p', {}, h('a', { href: '/staff/appointments', 'data-nav': true }, 'Back to the appointments'))];
}

function viewLogin() {
  const totp = h('label', { hidden: true }, 'Code from your authenticator app',
    h('input', { name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6 }));
  const form = h('form.card.login', {},
    h('h2', {}, 'Staff login'),
    field('Email', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' })),
    field('Password', h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' })),
    totp,
    h('p', {}, h('button.primary', { type: 'submit' }, 'Log in')));
  onSubmit(form, async (data) => {
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
  if (!token) return [h('h2', {}, 'Set your password'), h('p.error', {}, 'This page needs the link from your email.')];
  const form = h('form.card.login', {},
    h('h2', {}, 'Set your password'),
    h('p.muted', {}, 'At least 12 characters. A passphrase of several words is easy to remember and hard to guess.'),
    field('New password', h('input', { name: 'password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    field('Repeat it', h('input', { name: 'repeat', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Set password')));
  onSubmit(form, async (data) => {
    if (data.get('password') !== data.get('repeat')) throw new Error('the two passwords differ');
    await api('POST', '/auth/password', { token, password: data.get('password') });
    history.replaceState(null, '', '/staff/login');
    notice('Your password is set. Log in with it now.');
    render();
  });
  return form;
}

render();
