// Accessibility: axe-core (the engine behind most accessibility checkers)
// runs in Chromium on every page a patient, guest or staff member sees: the
// start page, the arrival page and the waiting room, the call page on a
// laptop and on a phone, the walk-in page, the staff login and the staff
// pages, and the patient's pages again in Arabic (right to left). Any
// serious or critical violation of WCAG 2.2 A/AA fails the test,
// with what and where.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer, stopServer, launchBrowser, enterCall, waitFor, arriveAfterCheck } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** Serious and critical violations on `page`, one line each. */
async function violations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`));
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

test('no serious or critical accessibility violation on any page', { timeout: 300000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const found = {};
  const check = async (name, page) => { found[name] = await violations(page); };

  const start = await (await browser.newContext()).newPage();
  await start.goto(server.base + '/');
  await check('start page', start);

  // An appointment: the staff's waiting list, the arrival page's check, the
  // waiting room.
  const problems = [];
  const arrived = await arriveAfterCheck({
    server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc@a11y.example',
    beforeEntering: (page) => check('arrival page, checked', page),
  });
  await check('staff waiting list with a patient', arrived.staff);
  await check('waiting room', arrived.patient);
  // Every section of the staff pages, as the organisation's admin.
  const sections = arrived.staff.getByRole('navigation', { name: 'Sections' });
  for (const section of ['Appointments', 'Meeting rooms', 'Clients', 'Availability', 'Staff and departments', 'Settings', 'Account']) {
    // (The account link reads the signed-in person's name.)
    await (section === 'Account' ? arrived.staff.locator('#whoami') : sections.getByRole('link', { name: section, exact: true })).click();
    await arrived.staff.waitForFunction(() => !/Loading/.test(document.getElementById('view').textContent));
    await arrived.staff.waitForLoadState('networkidle');
    await check(`staff: ${section}`, arrived.staff);
  }

  // The walk-in page with nobody open (a dead end: whom to call shows), and
  // a link that is not valid.
  const org = await arrived.staff.evaluate(async () => {
    const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') };
    const settings = (await (await fetch('/api/v1/organisation')).json()).settings;
    await fetch('/api/v1/organisation/settings', { method: 'PUT', headers, body: JSON.stringify({ ...settings, contact_phone: '+31 20 123 4567', contact_email: 'desk@a11y.example' }) });
    return (await (await fetch('/api/v1/organisation')).json()).id;
  });
  const walkIn = await (await browser.newContext()).newPage();
  await walkIn.goto(`${server.base}/walk-in/${org}`);
  await walkIn.locator('#contact a[href^="tel:"]').waitFor();
  await check('walk-in page, nobody open, whom to call', walkIn);
  await walkIn.goto(`${server.base}/c/not-a-valid-link-token`);
  await walkIn.locator('#contact-unknown').waitFor();
  await check('arrival page, link not valid', walkIn);

  const login = await (await browser.newContext()).newPage();
  await login.goto(server.base + '/staff/login');
  await login.getByLabel('Email').waitFor();
  await check('staff login', login);

  // A call on a laptop and on a phone.
  const doctor = await enterCall(browser, server, 'a11y', 'Doctor', []);
  await check('call page (laptop)', doctor);
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto(`${server.base}/call/a11y?name=Pat`);
  await waitFor('the phone to connect', () => phone.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  await check('call page (phone)', phone);
  await phone.getByRole('button', { name: 'More' }).tap();
  await check('call page (phone, More open)', phone);

  const name = await (await browser.newContext()).newPage();
  await name.goto(`${server.base}/call/a11y`);
  await name.getByLabel(/Your name/).waitFor();
  await check('call page asking for a name', name);

  // The patient's pages in a second language, right to left.
  const arabic = () => localStorage.setItem('anteroom.language', 'ar');
  const inArabic = await arriveAfterCheck({
    server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc-ar@a11y.example',
    arrivalScript: arabic,
    beforeEntering: (page) => check('arrival page, checked (Arabic)', page),
  });
  await check('waiting room (Arabic)', inArabic.patient);
  const arabicPhone = await browser.newContext(PHONE);
  await arabicPhone.addInitScript(arabic);
  const callAr = await arabicPhone.newPage();
  await callAr.goto(`${server.base}/call/a11y?name=Pat2`);
  await waitFor('the Arabic phone to connect', () => callAr.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  await check('call page (phone, Arabic)', callAr);

  for (const [page, list] of Object.entries(found)) console.log(`${page}: ${list.length ? list.join('\n  ') : 'none'}`);
  assert.deepEqual(Object.entries(found).filter(([, list]) => list.length), []);
  assert.deepEqual(problems, []);
});
