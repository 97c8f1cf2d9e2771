// No text a person reads is written outside the message catalogues: the
// pages are read in the pseudo-language `qps` (web/i18n.js: English with
// every message in ⟦ ⟧), and every visible text, accessible name, tooltip,
// placeholder and page title must be made of marked messages, the data
// the test itself entered (names, the clinic's name), or no words at all.
// Covers the start page, the walk-in page, the arrival page and the call
// page (waiting room, then in a call with chat); the staff pages are not
// in catalogues yet.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, createOrganisation, staffLogin, arriveAfterCheck } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

const PSEUDO = () => localStorage.setItem('anteroom.language', 'qps');
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
      if (!el || el.closest('script, style, #language, #captions-language') || !shown(el)) continue;
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
