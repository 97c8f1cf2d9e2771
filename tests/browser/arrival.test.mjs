// The arrival page's buttons answer at once: while the browser still asks
// for camera and microphone (the question left unanswered here: the page's
// getUserMedia never settles), "Play a sound" plays and "Enter the waiting
// room" enters; the camera's line still says it is checking. And a patient
// whose link no longer works sees whom to call, in their language, on a
// phone, in the clinic's colour.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, arriveAfterCheck, createOrganisation, staffLogin, staffApi } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the arrival page answers before the camera question is answered', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const problems = [];
  let camera = null;
  await arriveAfterCheck({
    server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc@arrival.example',
    // Only the arrival page: the call page after it gets the camera.
    arrivalScript: () => {
      if (location.pathname.startsWith('/c/')) navigator.mediaDevices.getUserMedia = () => new Promise(() => {});
    },
    beforeEntering: async (page) => {
      camera = await page.locator('#check-camera').getAttribute('data-result');
      await page.getByRole('button', { name: 'Play a sound' }).click();
      await page.locator('#check-speaker[data-result="ok"]').waitFor({ timeout: 5000 });
    },
  });
  assert.equal(camera, 'pending', 'the camera question was still open');
  assert.deepEqual(problems, []);
});

test('a dead end says whom to call: a cancelled appointment, in the client\'s language, on a phone', { timeout: 180000 }, async () => {
  server ??= await startServer(['--open-rooms']);
  browser ??= await launchBrowser();
  await createOrganisation(server, 'Kliniek Noord', 'doc@noord.example');
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staffLogin(staff, server, 'doc@noord.example');
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  assert.equal((await api('PUT', '/organisation/settings', { contact_phone: '020 123 4567', brand_colour: '#7a1f5c' })).status, 200);
  const client = (await api('POST', '/clients', { initials: 'J.', last_name: 'de Vries', practitioners: [me.id], language: 'nl' })).body;
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: new Date(Date.now() + 3600000).toISOString(), duration_minutes: 20 });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal((await api('PATCH', `/appointments/${created.body.appointment.id}`, { status: 'cancelled' })).status, 200);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await phone.newPage();
  await page.goto(server.base + new URL(created.body.invitation.patient_link).pathname);
  await page.locator('#contact').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'the client\'s language');
  const state = await page.locator('#state').textContent();
  assert.ok(!/cancelled/i.test(state) && state.length > 10, `said in Dutch: ${state}`);
  const call = page.locator('#contact a[href="tel:0201234567"]');
  assert.equal(await call.textContent(), '020 123 4567');
  const box = await call.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.height >= 44, `the number is on screen and tappable: ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()), '#7a1f5c');

  // A link that is not valid at all: the page cannot know the clinic, and
  // says where to find it.
  await page.goto(`${server.base}/c/not-a-real-link-token-at-all`);
  await page.locator('#contact-unknown').waitFor();
  assert.equal(await page.locator('#contact').isVisible(), false);
  await phone.close();
  await staffContext.close();
});
