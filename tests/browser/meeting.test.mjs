// A meeting room with a guest, through real browsers: a staff member makes
// a meeting room in the staff pages and enters it; from the call page she
// creates a one-time guest link; the guest opens it, passes the checks and
// waits; she lets him in from "Waiting to join"; both decode each other.
// The link cannot be used a second time.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, createOrganisation, staffLogin, watchProblems } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('a guest joins a meeting room with a one-time link and is let in from the room', { timeout: 180000 }, async () => {
  server = await startServer();
  await createOrganisation(server, 'Test Clinic', 'ann@clinic.example');
  browser = await launchBrowser();
  const problems = [];
  const watch = (page, who) => watchProblems(problems, page, who);

  // Ann makes a meeting room and enters it.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  watch(staff, 'staff');
  await staffLogin(staff, server, 'ann@clinic.example');
  await staff.getByRole('link', { name: 'Meeting rooms' }).click();
  await staff.getByText('No meeting rooms yet.').waitFor();
  const form = staff.getByRole('form', { name: 'New meeting room' });
  await form.getByLabel('Name').fill('Case conference');
  await form.getByRole('button', { name: 'Create' }).click();
  await staff.getByText('Meeting room "Case conference" created.').waitFor();
  const [room] = await Promise.all([
    staffContext.waitForEvent('page'),
    staff.getByRole('button', { name: 'Enter Case conference' }).click(),
  ]);
  watch(room, 'room');
  await room.waitForFunction(() => window.anteroomCall && window.anteroomCall.state === 'connected', null, { timeout: 60000 });
  // A meeting, not a consultation.
  await room.getByRole('heading', { name: 'Meeting room', level: 1 }).waitFor();
  assert.equal(await room.title(), 'Meeting · anteroom');

  // From the call page, a guest link.
  await room.getByLabel('Their name, as the others will see it').fill('Dr. Visitor');
  await room.getByRole('button', { name: 'Create a guest link' }).click();
  const link = new URL(await waitFor('the guest link', async () => room.locator('#invite-url').inputValue()));
  assert.match(link.pathname, /^\/g\/[0-9a-f]{32}$/);

  // The guest opens it: invited to the meeting room under the given name.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  watch(guest, 'guest');
  await guest.goto(server.base + link.pathname);
  await guest.getByText('You are invited to the meeting room "Case conference", as Dr. Visitor.').waitFor();
  await waitFor('the guest\'s checks', async () => (await guest.locator('#check-server').getAttribute('data-result')) === 'ok');
  await guest.getByRole('button', { name: 'Join' }).click();
  await guest.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();

  // Ann sees him waiting to join and lets him in.
  await room.getByRole('button', { name: 'Admit Dr. Visitor' }).click();
  // (Staff without a name set are shown by their email's local part.)
  for (const [page, other] of [[guest, 'ann'], [room, 'Dr. Visitor']]) {
    await waitFor(`${other} decoded`, async () => {
      const s = await remoteStats(page);
      return s[other] && s[other].framesDecoded > 5 && s[other].audioEnergy > 0;
    }, 60000);
  }

  // The link is used up.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(server.base + link.pathname);
  await second.getByText('This guest link has been used already', { exact: false }).waitFor();
  assert.equal(await second.isVisible('#check'), false);
  assert.deepEqual(problems, []);
});
