// One patient, one presence: the same invitation link opened in a second
// browser (another window, a phone as well) takes the first one's place in
// the waiting list instead of waiting twice; the first says so and offers
// to take it back, which it does; admitted, the patient is in the call
// once.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, watchProblems, arriveAfterCheck } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the same link in two browsers waits once, and the first can take it back', { timeout: 180000 }, async () => {
  server = await startServer();
  browser = await launchBrowser();
  const problems = [];
  const { staff, patient: first, link } = await arriveAfterCheck({ server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc@two.example' });
  const rows = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  assert.equal(await rows.count(), 1);

  // The same link in a second browser.
  const second = await (await browser.newContext()).newPage();
  watchProblems(problems, second, 'second window');
  await second.goto(server.base + link.pathname);
  await waitFor('the second check', async () => (await second.locator('#check-server').getAttribute('data-result')) === 'ok', 30000);
  await second.locator('#enter').click();
  await second.locator('#waiting:not([hidden])').waitFor();
  await first.getByRole('heading', { name: 'You opened this consultation in another window' }).waitFor();
  assert.equal(await first.locator('#waiting').isVisible(), false);
  assert.equal(await first.evaluate(() => document.querySelectorAll('video[autoplay]').length && [...document.querySelectorAll('video')].every((v) => !v.srcObject)), true, 'the first window let the camera go');
  await waitFor('one entry in the list', async () => (await rows.count()) === 1, 10000);
  assert.equal(await rows.count(), 1);

  // The first takes it back.
  await first.getByRole('button', { name: 'Continue here' }).click();
  await first.locator('#waiting:not([hidden])').waitFor();
  await second.getByRole('heading', { name: 'You opened this consultation in another window' }).waitFor();
  await waitFor('still one entry', async () => (await rows.count()) === 1, 10000);

  // Admitted: in the call once, in the window that waited last.
  await rows.getByRole('button', { name: 'Admit' }).click();
  await waitFor('the patient in the call', () => first.evaluate(() => window.anteroomCall?.participantId != null && !window.anteroomCall.waiting), 30000);
  assert.equal(await second.locator('#elsewhere').isVisible(), true);
  assert.deepEqual(problems, []);
});
