// Walk-in through real browsers: a practitioner opens for walk-in; a
// visitor on the public walk-in page chooses them, gives their name and
// date of birth, accepts the terms, passes the check and waits; the
// practitioner's waiting room shows them marked walk-in.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, createOrganisation, staffLogin } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('a walk-in visitor waits, marked walk-in', { timeout: 120000 }, async () => {
  server = await startServer();
  const org = await createOrganisation(server, 'Walk-in Clinic', 'doc@clinic.example');

  browser = await launchBrowser();
  const staff = await (await browser.newContext()).newPage();
  await staffLogin(staff, server, 'doc@clinic.example');

  // Closed: the public page says so. Then the practitioner opens.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${server.base}/walk-in/${org}`);
  await visitor.getByText('Nobody is available for walk-in consultations right now.').waitFor();
  await staff.getByRole('link', { name: 'Availability' }).click();
  const me = await staff.evaluate(async () => (await (await fetch('/api/v1/me')).json()).staff);
  await staff.getByLabel(`${me.name} is open for walk-in patients`).check();
  await staff.getByText('Open for walk-in patients.').waitFor();
  await staff.getByRole('link', { name: 'Waiting room' }).click();
  await staff.getByText('Nobody is waiting.').waitFor();

  await visitor.reload();
  await visitor.getByText('You can see a practitioner by video now').waitFor();
  await visitor.getByLabel('Initials').fill('W.');
  await visitor.getByLabel('Last name').fill('Walker');
  await visitor.getByLabel('Date of birth', { exact: true }).fill('2031-01-01');
  await visitor.getByLabel('I agree').check();
  await visitor.getByRole('button', { name: 'Continue' }).click();
  await visitor.getByText('Please check your date of birth.').waitFor();
  await visitor.getByLabel('Date of birth', { exact: true }).fill('1970-05-01');
  await visitor.getByRole('button', { name: 'Continue' }).click();
  await visitor.waitForURL(/\/c\/[0-9a-f]{32}$/);
  await visitor.getByText('The waiting room is open.').waitFor();
  await waitFor('the camera check', async () => (await visitor.locator('#check-camera').getAttribute('data-result')) === 'ok');
  await visitor.getByRole('button', { name: 'Enter the waiting room' }).click();
  await visitor.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();

  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'W. Walker' });
  await row.waitFor();
  assert.equal(await row.locator('.marker').textContent(), 'walk-in');
  assert.match(await row.locator('.marker').getAttribute('class'), /walk_in/);
});
