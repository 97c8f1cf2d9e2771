// Messages are data (issue 26): a patient writes twice in the waiting room
// before any staff page is open; the practitioner signs in and finds both
// beside the patient, reloads and still finds them, answers; the patient
// reads the answer, reloads, and sees the whole conversation with their
// own messages marked as theirs; admitted, the practitioner's call tab
// shows the same conversation.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, watchProblems, createOrganisation, staffLogin, staffApi, soonToday } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('what a patient writes before anyone looks is kept and read later', { timeout: 180000 }, async () => {
  server = await startServer();
  browser = await launchBrowser();
  const problems = [];
  await createOrganisation(server, 'Test Clinic', 'doc@kept.example');

  // The appointment is made; then every staff page is closed.
  const setup = await browser.newContext();
  const setupPage = await setup.newPage();
  await staffLogin(setupPage, server, 'doc@kept.example');
  const setupApi = staffApi(setupPage);
  const me = (await setupApi('GET', '/me')).body.staff;
  const client = (await setupApi('POST', '/clients', { initials: 'J.', last_name: 'Doe', practitioners: [me.id] })).body;
  const created = await setupApi('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: soonToday(10), duration_minutes: 20 });
  assert.equal(created.status, 201);
  const link = new URL(created.body.invitation.patient_link);
  await setup.close();

  // The patient arrives and writes twice; nobody is watching.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  watchProblems(problems, patient, 'patient');
  await patient.goto(server.base + link.pathname);
  await waitFor('the checks', async () => (await patient.locator('#check-server').getAttribute('data-result')) === 'ok', 30000);
  await patient.locator('#enter').click();
  await patient.getByRole('heading', { name: 'Chat with the clinic' }).waitFor();
  for (const text of ['I am here.', 'My camera does not work.']) {
    await patient.getByPlaceholder('Write a message').fill(text);
    await patient.getByRole('button', { name: 'Send' }).click();
    await patient.locator('#chat-log').getByText(text).waitFor();
  }

  // The practitioner signs in: both messages, beside J. Doe, unread.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  watchProblems(problems, staff, 'staff');
  await staffLogin(staff, server, 'doc@kept.example');
  await staff.getByRole('link', { name: /^Waiting room/ }).click();
  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  await row.getByRole('button', { name: 'Message (new)' }).click();
  const thread = staff.getByRole('form', { name: 'Chat with J. Doe' });
  await thread.getByText('I am here.').waitFor();
  await thread.getByText('My camera does not work.').waitFor();

  // A reload: still there.
  await staff.reload();
  await row.getByRole('button', { name: /^Message/ }).click();
  await thread.getByText('My camera does not work.').waitFor();
  assert.equal(await thread.locator('li').count(), 2);
  await thread.getByLabel('Message').fill('I will call you in a minute.');
  await thread.getByRole('button', { name: 'Send' }).click();
  await patient.locator('#chat-log').getByText('I will call you in a minute.').waitFor();

  // The patient reloads: the whole conversation, theirs marked.
  await patient.reload();
  await patient.getByRole('heading', { name: 'Chat with the clinic' }).waitFor();
  await patient.locator('#chat-log').getByText('I will call you in a minute.').waitFor();
  const log = await patient.locator('#chat-log li.message').evaluateAll((items) => items.map((li) => [li.classList.contains('mine'), li.childNodes[1].textContent.trim()]));
  assert.deepEqual(log, [[true, 'I am here.'], [true, 'My camera does not work.'], [false, 'I will call you in a minute.']]);

  // Admitted: the practitioner's call tab shows the same conversation.
  const [room] = await Promise.all([staffContext.waitForEvent('page'), row.getByRole('button', { name: 'Admit' }).click()]);
  watchProblems(problems, room, 'staff call');
  await room.locator('#chat-log').getByText('My camera does not work.').waitFor();
  assert.equal(await room.locator('#chat-log li.message').count(), 3);
  await waitFor('the patient in the call', () => patient.evaluate(() => window.anteroomCall?.participantId != null && !window.anteroomCall.waiting), 30000);
  assert.equal(await patient.locator('#chat-log li.message').count(), 3, 'no message twice after admission');
  assert.deepEqual(problems.filter((p) => !/409/.test(p)), []);
});
