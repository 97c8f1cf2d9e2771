// The patient's and the practitioner's journey through real browsers: the
// practitioner follows the waiting room in the staff pages; an interpreter
// arrives first and cannot be let in before the patient; the patient opens
// the invitation link, passes the pre-call check and waits, seeing the
// clinic's waiting text; the practitioner sees them arrive (on time) and
// admits them; both are then in the consultation room and decode each
// other's video and audio through the SFU; the practitioner lets the
// interpreter in from the call page; they chat and share a file; the
// practitioner ends the consultation and the file is gone.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, createOrganisation, staffLogin, watchProblems, staffApi, soonToday } from './lib.mjs';

let server;

async function streamChunks(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return chunks;
}
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('a patient waits, is admitted and talks with the practitioner', { timeout: 180000 }, async () => {
  server = await startServer();
  await createOrganisation(server, 'Test Clinic', 'doc@clinic.example');

  browser = await launchBrowser();
  const problems = [];
  const watch = (page, who) => watchProblems(problems, page, who);

  // The practitioner logs in and opens the waiting room.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  watch(staff, 'staff');
  await staffLogin(staff, server, 'doc@clinic.example');
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  await api('PUT', '/waiting-texts', { body: 'Welcome to *|clinic|*. Please have your medication list ready.' });
  assert.equal((await api('PUT', '/organisation/settings', { chat_after_consultation: true, delete_chat_after_consultation: false, file_sharing: true,
    contact_phone: '+31 20 123 4567', contact_email: 'desk@clinic.example' })).status, 200);
  const client = (await api('POST', '/clients', { initials: 'J.', last_name: 'Doe', practitioners: [me.id] })).body;
  const interpreter = (await api('POST', '/participants', { name: 'Ivo Tolk', kind: 'interpreter' })).body;
  const startsAt = soonToday(10);
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: startsAt, duration_minutes: 20, participants: [interpreter.id] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const appointment = created.body.appointment.id;
  const patientLink = new URL(created.body.invitation.patient_link);
  const interpreterLink = new URL(created.body.invitation.participant_links[0].link);
  await staff.getByRole('link', { name: 'Waiting room' }).click();
  await staff.getByText('Nobody is waiting.').waitFor();

  // The interpreter arrives first; the practitioner cannot let them in
  // before the patient is there.
  const ivoContext = await browser.newContext();
  const ivo = await ivoContext.newPage();
  watch(ivo, 'interpreter');
  await ivo.goto(server.base + interpreterLink.pathname);
  await waitFor('the interpreter\'s checks', async () => (await ivo.locator('#check-server').getAttribute('data-result')) === 'ok');
  await ivo.getByRole('button', { name: 'Enter the waiting room' }).click();
  await ivo.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
  const ivoRow = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'Ivo Tolk' });
  await ivoRow.getByRole('button', { name: 'Admit' }).click();
  await staff.getByText('Ivo Tolk can join once the patient is in the consultation.').waitFor();
  assert.equal(await ivo.evaluate(() => window.anteroomCall.waiting), true);

  // The patient opens the link: the waiting room is open; the checks pass.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  watch(patient, 'patient');
  await patient.goto(server.base + patientLink.pathname);
  await patient.getByText('The waiting room is open.').waitFor();
  await waitFor('the camera check', async () => (await patient.locator('#check-camera').getAttribute('data-result')) === 'ok');
  await waitFor('the connection check', async () => (await patient.locator('#check-server').getAttribute('data-result')) === 'ok');
  // The media path to the SFU itself: a throwaway WebRTC session connects.
  await waitFor('the media check', async () => (await patient.locator('#check-media').getAttribute('data-result')) === 'ok');
  assert.match(await patient.locator('#check-media .result').textContent(), /^good \(\d+ ms, no loss, \d+\.\d Mbit\/s up\)$/);
  await patient.getByRole('button', { name: 'Enter the waiting room' }).click();
  await patient.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
  await patient.getByText('Welcome to Test Clinic. Please have your medication list ready.').waitFor();
  // Whom to call, while waiting.
  await patient.locator('#waiting-contact').getByRole('link', { name: '+31 20 123 4567' }).waitFor();
  assert.equal(new URL(patient.url()).pathname, `/call/a-${appointment}`);
  assert.equal(await patient.evaluate(() => window.anteroomCall.waiting), true);
  assert.equal((await api('GET', `/appointments/${appointment}`)).body.status, 'waiting');
  // Alone in the practitioner's line, ten minutes (rounded up to the next
  // whole minute) before the appointment: next, in about ten minutes. The
  // interpreter takes no place in the line and is shown no estimate.
  const estimate = patient.locator('#waiting-estimate');
  await estimate.waitFor();
  assert.match(await estimate.textContent(), /^You are next\. Your turn in about 1[01] minutes\.$/);
  assert.equal(await ivo.locator('#waiting-estimate').isHidden(), true);

  // The practitioner sees J. Doe waiting, on time; they write to each other.
  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  await row.waitFor();
  assert.equal(await row.locator('.marker').textContent(), 'on time');
  // Nothing stray under the list (no chat open: it once showed "null").
  assert.equal(await staff.locator('[data-waiting]').evaluate((box) => [...box.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')), '');
  await patient.getByRole('heading', { name: 'Chat with the clinic' }).waitFor();
  await patient.getByPlaceholder('Write a message').fill('I am here, a little early.');
  await patient.getByRole('button', { name: 'Send' }).click();
  await patient.locator('#chat-log').getByText('I am here, a little early.').waitFor();
  await row.getByRole('button', { name: 'Message (new)' }).click();
  const thread = staff.getByRole('form', { name: 'Chat with J. Doe' });
  await thread.getByText('I am here, a little early.').waitFor();
  await thread.getByLabel('Message').fill('Welcome! We will be with you shortly.');
  await thread.getByRole('button', { name: 'Send' }).click();
  await patient.locator('#chat-log').getByText('Welcome! We will be with you shortly.').waitFor();
  assert.match(await patient.locator('#chat-log li').last().textContent(), new RegExp(`^${me.name}Welcome!`));
  await staff.getByRole('link', { name: 'Waiting room (2)' }).waitFor();
  const [room] = await Promise.all([staffContext.waitForEvent('page'), row.getByRole('button', { name: 'Admit' }).click()]);
  watch(room, 'staff call');
  await room.waitForURL(/\/call\//);
  await row.waitFor({ state: 'detached' });
  await staff.getByRole('link', { name: 'Waiting room (1)' }).waitFor();

  // Both in the room; each decodes the other's video and hears audio.
  await patient.getByRole('heading', { name: 'You are in the waiting room' }).waitFor({ state: 'hidden' });
  const atPatient = await waitFor('the patient to decode the practitioner', async () => {
    const s = (await remoteStats(patient))[me.name];
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  const atPractitioner = await waitFor('the practitioner to decode the patient', async () => {
    const s = (await remoteStats(room))['J. Doe'];
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  console.log('patient receives', JSON.stringify(atPatient), 'practitioner receives', JSON.stringify(atPractitioner));
  assert.equal(await room.evaluate(() => window.anteroomCall.room), `a-${appointment}`);

  // The practitioner sees the interpreter waiting in the call page and
  // lets them in; the interpreter sees and hears both.
  await room.getByRole('button', { name: 'Admit Ivo Tolk' }).click();
  await room.locator('#room-waiting').waitFor({ state: 'hidden' });
  await waitFor('the interpreter to decode both', async () => {
    const s = await remoteStats(ivo);
    return s[me.name]?.framesDecoded > 10 && s['J. Doe']?.framesDecoded > 10 && s['J. Doe'].audioEnergy > 0;
  }, 60000);

  // The call timer runs; the connection shows as good on loopback.
  await waitFor('the timer to pass a second', async () => /^00:0[1-9]$|^00:[1-5]\d$/.test(await patient.locator('#timer').textContent()));
  await waitFor('the quality indicator', async () => (await patient.locator('#quality').getAttribute('data-level')) === 'good');

  // Chat in the call, both ways.
  await room.getByPlaceholder('Write a message').fill('Can you see me clearly?');
  await room.getByRole('button', { name: 'Send' }).click();
  await patient.locator('#chat-log').getByText('Can you see me clearly?').waitFor();
  await patient.getByPlaceholder('Write a message').fill('Yes, very clearly.');
  await patient.getByRole('button', { name: 'Send' }).click();
  await room.locator('#chat-log').getByText('Yes, very clearly.').waitFor();
  assert.match(await room.locator('#chat-log li').last().textContent(), /^J\. DoeYes, very clearly\./);

  // The patient shares a file; the practitioner downloads it intact; the
  // interpreter sees it too.
  const pdf = Buffer.from(Array.from({ length: 150000 }, (_, i) => (i * 2654435761) >>> 24));
  await patient.locator('#file-input').setInputFiles({ name: 'Blood test.pdf', mimeType: 'application/pdf', buffer: pdf });
  const fileButton = room.getByRole('button', { name: 'Download Blood test.pdf' });
  await fileButton.waitFor();
  assert.match(await room.locator('#chat-log li.file').textContent(), /^J\. Doeshared Blood test\.pdf \(146 KB\)/);
  const [download] = await Promise.all([room.waitForEvent('download'), fileButton.click()]);
  assert.equal(download.suggestedFilename(), 'Blood test.pdf');
  assert.ok(Buffer.compare(Buffer.concat(await streamChunks(await download.createReadStream())), pdf) === 0, 'the downloaded file is the one shared');
  await ivo.getByRole('button', { name: 'Download Blood test.pdf' }).waitFor();
  const sharedId = await patient.evaluate(() => [...window.anteroomCall.files.keys()][0]);

  // The patient reloads the page after their token has expired (here: a
  // copy whose expiry says so): the page fetches a fresh one through the
  // invitation link and, back within the grace, goes straight into the
  // room without waiting for a second admission.
  const url = new URL(patient.url());
  const fragment = new URLSearchParams(url.hash.slice(1));
  const [head, payload, signature] = fragment.get('token').split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  fragment.set('token', [head, Buffer.from(JSON.stringify({ ...claims, exp: 1 })).toString('base64url'), signature].join('.'));
  await patient.goto('about:blank');
  await patient.goto(`${url.origin}${url.pathname}#${fragment}`);
  await waitFor('the patient to be back in the room', () => patient.evaluate(() => window.anteroomCall?.participantId != null && !window.anteroomCall.waiting), 30000);
  assert.notEqual(new URLSearchParams(new URL(patient.url()).hash.slice(1)).get('token'), fragment.get('token'), 'a fresh token');
  await waitFor('the patient to decode the practitioner again', async () => {
    const s = (await remoteStats(patient))[me.name];
    return s && s.framesDecoded > 10;
  }, 60000);
  assert.equal((await api('GET', `/appointments/${appointment}`)).body.status, 'in_progress');

  // The practitioner ends the consultation: the patient sees the
  // follow-up page (with the chat, as this organisation keeps it), the
  // appointment is completed.
  await room.getByPlaceholder('Write a message').fill('See you next week.');
  await room.getByRole('button', { name: 'Send' }).click();
  await patient.locator('#chat-log').getByText('See you next week.').waitFor();
  room.on('dialog', (d) => d.accept());
  await room.getByRole('button', { name: 'End consultation' }).click();
  await patient.getByRole('heading', { name: 'The consultation has ended' }).waitFor();
  await patient.locator('#chat-log').getByText('See you next week.').waitFor();
  await patient.locator('#chat-form').waitFor({ state: 'hidden' });
  await waitFor('the appointment to be completed', async () => (await api('GET', `/appointments/${appointment}`)).body.status === 'completed');
  assert.equal(await patient.locator('#ended').isVisible(), true);
  // A proper follow-up page: what happens next and whom to call, at the
  // top of the page; the call's timer, connection and tiles are gone.
  await patient.getByText('What happens next:', { exact: false }).waitFor();
  assert.equal(await patient.locator('#ended-contact a[href="tel:+31201234567"]').isVisible(), true);
  assert.equal(await patient.locator('#ended-contact a[href="mailto:desk@clinic.example"]').isVisible(), true);
  // Afterwards: the clinic's patient portal (their appointments, by PIN).
  assert.match(await patient.getByRole('link', { name: "Your appointments, in the clinic's patient portal" }).getAttribute('href'), /^\/portal\/[0-9a-f]{32}$/);
  for (const gone of ['#call-info', '#tiles', '#controls']) assert.equal(await patient.locator(gone).isVisible(), false, gone);
  const endedTop = (await patient.locator('#ended').boundingBox()).y;
  assert.ok(endedTop < 200, `the follow-up page starts at the top, not at y=${endedTop}`);
  // The shared file is gone: the page says so, and the server no longer
  // has it.
  await patient.getByText('Files shared in the consultation have been deleted.').waitFor();
  assert.equal(await patient.locator('#chat-log li.file').count(), 0);
  assert.equal(await patient.evaluate((id) => window.anteroomCall.downloadFile(id).then(() => 'still there', (e) => e.code), sharedId), 'session_ended');
  await ivo.getByRole('heading', { name: 'The consultation has ended' }).waitFor();
  // The portal is the patient's: not offered to the people they invited.
  assert.equal(await ivo.locator('#ended-portal').isVisible(), false);
  // The practitioner's own tab: their wording, no guest links any more,
  // no call header.
  await room.getByText('The consultation has ended for everyone. You can close this tab.').waitFor();
  for (const gone of ['#invite', '#call-info', '#controls']) assert.equal(await room.locator(gone).isVisible(), false, `staff ${gone}`);
  assert.deepEqual(problems.filter((p) => !/409/.test(p)), []);
});
