// No text a person reads is written outside the message catalogues: the
// pages are read in the pseudo-language `qps` (web/i18n.js: English with
// every message in ⟦ ⟧), and every visible text, accessible name, tooltip,
// placeholder and page title must be made of marked messages, the data
// the test itself entered (names, the clinic's name), or no words at all.
// Two things are not from catalogues by design: a language's name in a
// language menu (an <option lang>, named in itself) and a time or date in a
// <time> element (written by Intl in the language chosen).
// Covers the start page, the walk-in page, the patient portal (signing
// in), the arrival page, the call
// page (waiting room, then in a call with chat) and every section of the
// staff pages (with a patient waiting, and with records in every list).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, createOrganisation, staffLogin, arriveAfterCheck, PASSWORD } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

const PSEUDO = () => localStorage.setItem('anteroom.language', 'qps');

/** Logs in on the staff pages whatever their language (by the fields' names). */
async function pseudoLogin(page, email) {
  await page.goto(`${server.base}/staff/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('#view button[type="submit"]').click();
  await page.waitForURL(/\/staff\/appointments/);
  await settled(page);
}

/** Waits for a staff section to be drawn (its heading, from a catalogue). */
async function settled(page) {
  await page.locator('#view h2').filter({ hasText: '⟦' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('#view [data-l10n-id="staff-loading"]') && !/Loading/.test(document.getElementById('view').textContent));
}
// What the test entered, and names that are data, not text.
const DATA = ['anteroom', 'Test Clinic', 'Walk-in Clinic', 'Doctor', 'Pat', 'J. Doe', 'Doe'];

/** In the page: every piece of text not from a catalogue. */
function unmarked(page) {
  return page.evaluate((data) => {
    const strip = (text) => {
      let s = text;
      for (let before = null; before !== s;) {
        before = s;
        s = s.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      }
      for (const d of data) s = s.split(d).join(' ');
      return s;
    };
    const words = (text) => /\p{L}{2,}/u.test(strip(text));
    const found = [];
    if (words(document.title)) found.push(`title: ${document.title}`);
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Previews show an email or waiting-area text: the clinic's own, or
      // the server's built-in one (from the email catalogue), as data.
      if (!el || el.closest('script, style, #language, #captions-language, option[lang], time, .preview') || !shown(el)) continue;
      if (words(n.textContent)) found.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${n.textContent.trim()}`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && words(value) && shown(el)) found.push(`${attr} of <${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>: ${value}`);
      }
    }
    return found;
  }, DATA);
}

test('every text on the patient pages comes from a catalogue', { timeout: 300000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const found = {};
  const look = async (name, page) => { found[name] = await unmarked(page); };
  const pseudoPage = async () => {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(PSEUDO);
    return page;
  };

  const start = await pseudoPage();
  await start.goto(server.base + '/');
  await start.locator('[data-l10n-id="start-join"]').filter({ hasText: '⟦' }).waitFor();
  await look('start page', start);

  // The walk-in page: an unknown clinic, then one open for walk-in.
  const nowhere = await pseudoPage();
  await nowhere.goto(`${server.base}/walk-in/nonexistent`);
  await nowhere.locator('#state').filter({ hasText: '⟦' }).waitFor();
  await look('walk-in page, unknown clinic', nowhere);
  const org = await createOrganisation(server, 'Walk-in Clinic', 'walk@clinic.example');
  const staff = await (await browser.newContext()).newPage();
  await staffLogin(staff, server, 'walk@clinic.example');
  const practitioner = await staff.evaluate(async () => {
    const me = (await (await fetch('/api/v1/me')).json()).staff;
    const r = await fetch(`/api/v1/staff/${me.id}/walk-in`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') }, body: JSON.stringify({ open: true }) });
    if (!r.ok) throw new Error(`walk-in: ${r.status}`);
    return me.name;
  });
  // The practitioner's name is data on the walk-in page.
  DATA.push(practitioner);
  const walkIn = await pseudoPage();
  await walkIn.goto(`${server.base}/walk-in/${org}`);
  await walkIn.locator('#walk-in').waitFor();
  await look('walk-in page, open', walkIn);
  await walkIn.locator('input[name=initials]').fill('W.');
  await walkIn.locator('input[name=last_name]').fill('Walker');
  await walkIn.locator('input[name=date_of_birth]').fill('2031-01-01');
  await walkIn.locator('input[name=accept_terms]').check();
  await walkIn.locator('button[type=submit]').click();
  await walkIn.locator('#error').filter({ hasText: '⟦' }).waitFor();
  await look('walk-in page, a field to check', walkIn);

  // The patient portal: an unknown clinic; asking for a PIN (this server
  // sends no email, which the page says).
  const noPortal = await pseudoPage();
  await noPortal.goto(`${server.base}/portal/nonexistent`);
  await noPortal.locator('#state').filter({ hasText: '⟦' }).waitFor();
  await look('portal, unknown clinic', noPortal);
  const portal = await pseudoPage();
  await portal.goto(`${server.base}/portal/${org}`);
  await portal.locator('#ask:not([hidden])').waitFor();
  await look('portal, asking for a PIN', portal);
  await portal.locator('#email').fill('someone@walk-in.example');
  await portal.locator('#ask button[type=submit]').click();
  await portal.locator('#error[data-l10n-id="portal-no-email"]').filter({ hasText: '⟦' }).waitFor();
  DATA.push('someone@walk-in.example');
  await look('portal, a clinic that sends no email', portal);

  // The arrival page after its check, and the waiting room after it.
  const problems = [];
  const arrived = await arriveAfterCheck({
    server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc@strings.example',
    arrivalScript: PSEUDO,
    beforeEntering: (page) => look('arrival page, checked', page),
  }).catch((e) => ({ error: e }));
  if (arrived.error) throw arrived.error;
  await arrived.patient.locator('#waiting').waitFor();
  await look('waiting room', arrived.patient);

  // The staff's waiting room with the patient in it, and their chat.
  const desk = await pseudoPage();
  await pseudoLogin(desk, 'doc@strings.example');
  DATA.push(await desk.evaluate(async () => (await (await fetch('/api/v1/me')).json()).staff.name));
  await desk.locator('#menu a[href="/staff/waiting"]').click();
  const waitingRow = desk.locator('#view tr[data-participant]');
  await waitingRow.waitFor();
  await look('staff: waiting room with a patient', desk);
  await waitingRow.locator('button').first().click();
  await desk.locator('#view form input[name="text"]').waitFor();
  await look('staff: chat with a waiting patient', desk);

  // In a call: two people, a chat message.
  const doctor = await pseudoPage();
  await doctor.goto(`${server.base}/call/strings?name=Doctor`);
  const patient = await pseudoPage();
  await patient.goto(`${server.base}/call/strings?name=Pat`);
  for (const page of [doctor, patient]) await waitFor('connected', () => page.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  await waitFor('both tiles', async () => (await doctor.locator('.tile.remote').count()) === 1 && (await patient.locator('.tile.remote').count()) === 1, 30000);
  await look('call page', doctor);
  await patient.locator('#toggle-mic').click();
  await waitFor('the mute to show', async () => /⟦/.test(await doctor.locator('.tile.remote .muted-flags').textContent()), 10000);
  await look('call page, other muted', doctor);
  await look('call page, muted', patient);

  for (const [page, list] of Object.entries(found)) if (list.length) console.log(`${page}:\n  ${list.join('\n  ')}`);
  assert.deepEqual(Object.entries(found).filter(([, list]) => list.length), []);
});

test('every text on the staff pages comes from a catalogue', { timeout: 300000 }, async () => {
  server ??= await startServer(['--open-rooms']);
  browser ??= await launchBrowser();
  const found = {};
  const look = async (name, page) => {
    found[name] = await unmarked(page);
  };
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(PSEUDO);
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(m.text()); });
  page.on('dialog', (d) => d.dismiss());
  const email = 'admin@staff-strings.example';
  await createOrganisation(server, 'Test Clinic', email);

  // The login page, and a failed login.
  await page.goto(`${server.base}/staff/login`);
  await page.locator('#view h2').filter({ hasText: '⟦' }).waitFor();
  await look('staff: login', page);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill('wrong password!!');
  await page.locator('#view button[type="submit"]').click();
  await page.locator('#view .error').filter({ hasText: '⟦' }).waitFor();
  await look('staff: login failed', page);
  await page.goto(`${server.base}/staff/set-password`);
  await page.locator('#view .error').filter({ hasText: '⟦' }).waitFor();
  await look('staff: set password without a link', page);

  // Records in every list, made through the API.
  await pseudoLogin(page, email);
  const api = (method, p, body) => page.evaluate(async ([method, p, body]) => {
    const r = await fetch('/api/v1' + p, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') }, body: body && JSON.stringify(body) });
    const result = { status: r.status, body: r.status === 204 ? null : await r.json() };
    if (r.status >= 300) throw new Error(`${method} ${p}: ${JSON.stringify(result)}`);
    return result.body;
  }, [method, p, body]);
  const me = (await api('GET', '/me')).staff;
  // (Longest first: an address holds a name.)
  DATA.push('jansen@staff-strings.example', email, me.name, 'Cardiology', 'Case room', 'Ivo Tolk', 'Practice system', 'Closed on Friday', 'Your consultation', 'Jansen');
  const cardiology = await api('POST', '/departments', { name: 'Cardiology' });
  await api('POST', '/staff', { name: 'Jansen', email: 'jansen@staff-strings.example', role: 'practitioner', departments: [cardiology.id] });
  const client = await api('POST', '/clients', { initials: 'J.', last_name: 'Doe', date_of_birth: '1980-02-29', practitioners: [me.id] });
  const ivo = await api('POST', '/participants', { name: 'Ivo Tolk', kind: 'interpreter' });
  const soon = new Date(Math.ceil((Date.now() + 10 * 60000) / 60000) * 60000);
  // Today, unless today ends within the hour (then it shows as upcoming).
  await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: soon.toISOString(), duration_minutes: 20, participants: [ivo.id] });
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: `${tomorrow}T10:00:00Z`, duration_minutes: 30 });
  await api('POST', '/availability', { kind: 'weekly', date: tomorrow, start: '09:00', end: '10:00', slot_minutes: 20, gap_minutes: 10 });
  await api('POST', '/availability', { kind: 'once', date: tomorrow, start: '14:00', end: '15:00', slot_minutes: 30 });
  await api('POST', '/meeting-rooms', { name: 'Case room' });
  await api('POST', '/announcements', { body: 'Closed on Friday', expires_at: new Date(Date.now() + 3 * 86400000).toISOString() });
  await api('PUT', '/email-templates', { kind: 'reminder', department: null, language: 'nl', subject: 'Your consultation', body: 'See you at *|time|*.' });
  const key = await api('POST', '/api-keys', { name: 'Practice system' });
  DATA.push(key.key.slice(0, 12), ...(await api('GET', '/api-keys')).map((k) => k.prefix));

  const section = async (href) => {
    await page.locator(`#menu a[href="${href}"]`).click();
    await page.waitForURL((url) => url.pathname === href);
    await settled(page);
  };
  await section('/staff/waiting');
  await page.locator('#view [data-waiting] p').filter({ hasText: '⟦' }).waitFor();
  await look('staff: waiting room, empty', page);
  await section('/staff/appointments');
  await page.locator('#view tbody tr[data-id]').first().waitFor();
  await look('staff: appointments today, new appointment', page);
  await page.locator('#view [role="tab"]').nth(1).click();
  await page.waitForURL(/tab=upcoming/);
  await settled(page);
  await page.locator('#view tbody tr[data-id]').first().waitFor();
  await look('staff: appointments upcoming', page);
  await page.locator('#view tbody tr[data-id] td.actions button').nth(1).click();
  await page.locator('#view [data-links] input').first().waitFor();
  await look('staff: invitation resent', page);
  await section('/staff/meeting-rooms');
  await page.locator('#view form.inline input[name="name"]').fill('Ivo Tolk');
  await page.locator('#view form.inline button[type="submit"]').click();
  await page.locator('#view [data-links] input').waitFor();
  await look('staff: meeting rooms, a guest link', page);
  await section('/staff/clients');
  await page.locator('#view tbody tr[data-id] button').click();
  await page.locator('#view form.card').nth(1).waitFor();
  await look('staff: clients, editing one', page);
  // Messages: the inbox, a conversation, a client's conversations.
  await section('/staff/messages');
  await page.locator('#view .inbox a').first().click();
  await page.locator('#conversation textarea').waitFor();
  await settled(page);
  await look('staff: messages, a conversation', page);
  await page.goto(`${server.base}/staff/messages?client=${client.id}`);
  await settled(page);
  await look("staff: messages, a client's conversations", page);
  await section('/staff/availability');
  await page.locator('#view .slots span').first().waitFor();
  await look('staff: availability', page);
  await section('/staff/people');
  await look('staff: staff and departments', page);
  await section('/staff/settings');
  await look('staff: settings', page);
  await section('/staff/account');
  await look('staff: account', page);
  await page.locator('#view section button').click();
  await page.locator('.qr svg').waitFor();
  await look('staff: account, setting up two-factor authentication', page);
  await page.goto(`${server.base}/staff/nowhere`);
  await settled(page);
  await look('staff: not found', page);

  for (const [name, list] of Object.entries(found)) if (list.length) console.log(`${name}:\n  ${list.join('\n  ')}`);
  assert.deepEqual(Object.entries(found).filter(([, list]) => list.length), []);
  assert.deepEqual(problems, []);
});
