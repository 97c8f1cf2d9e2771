// The staff pages in the language chosen (issue 25): the organisation's
// language unless the person picks another in the header; picking one
// redraws the section in place, is remembered in this browser, and times
// follow it (in the clinic's time zone): English writes a 12-hour clock,
// Dutch and German a 24-hour one. Until staff.ftl is translated, a language
// shows English messages, so this test reads ids, `lang` and times only.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, createOrganisation, staffLogin, staffApi } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the staff pages follow the language chosen, times included', { timeout: 120000 }, async () => {
  server = await startServer();
  await createOrganisation(server, 'Test Clinic', 'admin@language.example');
  browser = await launchBrowser();
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(m.text()); });
  await staffLogin(page, server, 'admin@language.example');
  const api = staffApi(page);
  const me = (await api('GET', '/me')).body.staff;
  const client = (await api('POST', '/clients', { initials: 'J.', last_name: 'Doe', practitioners: [me.id] })).body;
  // Tomorrow at 15:00 in the clinic (on UTC).
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: `${tomorrow}T15:00:00Z`, duration_minutes: 20 });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const time = page.locator(`tr[data-id="${created.body.appointment.id}"] time`);
  const lang = () => page.evaluate(() => document.documentElement.lang);

  await page.goto(`${server.base}/staff/appointments?tab=upcoming`);
  await time.waitFor();
  assert.equal(await lang(), 'en');
  assert.equal(await page.locator('#language').inputValue(), 'en');
  const english = await time.textContent();
  assert.match(english, /\b0?3:00\sPM\b/, english);
  assert.doesNotMatch(english, /15:00/);

  // Dutch, picked in the header: the same section, redrawn.
  const url = page.url();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await waitFor('the page in Dutch', async () => (await lang()) === 'nl');
  const dutch = await waitFor('the time in Dutch', async () => {
    const text = await time.textContent({ timeout: 5000 }).catch(() => '');
    return /15:00/.test(text) && text;
  });
  assert.doesNotMatch(dutch, /AM|PM/, dutch);
  // The day's name is Dutch too ("di" for dinsdag, ...).
  const weekday = new Intl.DateTimeFormat('nl', { timeZone: 'UTC', weekday: 'short' }).format(new Date(`${tomorrow}T15:00:00Z`));
  assert.ok(dutch.includes(weekday), `${dutch} names ${weekday}`);
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => document.title.includes('anteroom')), true);

  // Remembered in this browser.
  await page.reload();
  await time.waitFor();
  assert.equal(await lang(), 'nl');
  assert.equal(await page.locator('#language').inputValue(), 'nl');
  assert.match(await time.textContent(), /15:00/);

  // Without a choice of one's own, the organisation's language.
  const settings = (await api('GET', '/organisation')).body.settings;
  assert.equal((await api('PUT', '/organisation/settings', { ...settings, language: 'de' })).status, 200);
  await page.evaluate(() => localStorage.removeItem('anteroom.language'));
  await page.reload();
  await time.waitFor();
  await waitFor('the page in German', async () => (await lang()) === 'de');
  assert.equal(await page.locator('#language').inputValue(), 'de');
  assert.match(await time.textContent(), /15:00/);
  assert.deepEqual(problems, []);
});
