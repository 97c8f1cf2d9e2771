// The questionnaire editor and the audit log of the staff pages (issue 28).
// An organisation admin makes a questionnaire in the editor: a short
// answer, a choice, a long answer shown only for one of its answers, a
// consent and an image uploaded from a PNG made here; the live preview
// beside the editor shows what is typed as it is typed, and the
// conditional question appears there only once its answer is chosen. What
// is wrong is said next to where it is (the editor's own checks, and the
// server's typed errors). The admin saves it (version 1), changes it
// (version 2) and has it asked by default. A department admin makes one
// for their department only; a practitioner does not see the section and
// is refused by the API. A patient fills it in through their link while
// the admin has the client's record open (its marker follows live), the
// practitioner reads the answers, and the audit log shows those reads (who,
// what, which appointment, fifty a page). The editor, the list and the
// audit log pass axe-core and the layout check on a 390x844 phone and at
// 1366x768.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, crc32 } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import {
  startServer, stopServer, launchBrowser, waitFor, watchProblems, createOrganisation, setPassword, staffLogin, staffApi,
  PHONE_UA, VIEWPORTS, CONTROLS, layoutProblems, soonToday} from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** A `size`x`size` PNG of one colour (RGB), made here. */
function png(size, [r, g, b]) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = Buffer.alloc(size * (1 + 3 * size));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set([r, g, b], y * (1 + 3 * size) + 1 + 3 * x);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serious and critical axe-core violations on `page`, one line each. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`));
}

const LAPTOP = VIEWPORTS.find((v) => v.width === 1366);
const PHONE = VIEWPORTS.find((v) => v.width === 390 && v.height === 844);

/** A signed-in staff page in a browser context of viewport `v`. */
async function staffPage(v, email, problems) {
  const context = await browser.newContext({
    viewport: { width: v.width, height: v.height },
    ...(v.phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA } : {}),
  });
  const page = await context.newPage();
  watchProblems(problems, page, `${email} (${v.name})`);
  await staffLogin(page, server, email);
  return page;
}

/** axe-core and the layout check (every control reachable, on screen, uncovered; 44 px on a phone). */
async function checkPage(page, v, what) {
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await layoutProblems(page, { selector: CONTROLS, phone: v.phone, scroll: true }), [], `${v.name}: ${what}: layout`);
  assert.deepEqual(await violations(page), [], `${v.name}: ${what}: axe`);
}

test('admins make questionnaires in the editor with a live preview, and the audit log shows who read the answers', { timeout: 300000 }, async () => {
  server = await startServer();
  browser = await launchBrowser();
  const problems = [];
  await createOrganisation(server, 'Editor Clinic', 'admin@editor.example');
  const admin = await staffPage(LAPTOP, 'admin@editor.example', problems);
  const api = staffApi(admin);
  const me = (await api('GET', '/me')).body.staff;

  // A department with its admin, and a practitioner, with passwords.
  const cardiology = (await api('POST', '/departments', { name: 'Cardiology' })).body;
  const colleague = async (name, email, role, departments) => {
    const added = await api('POST', '/staff', { name, email, role, departments });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    await setPassword(server, added.body.password_link);
    return added.body.staff;
  };
  const visser = await colleague('Dr Visser', 'visser@editor.example', 'practitioner', []);
  await colleague('Mrs Hart', 'hart@editor.example', 'department_admin', [cardiology.id]);
  await admin.reload();

  // The list: the two questionnaires every organisation starts with.
  const sections = admin.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Questionnaires', exact: true }).click();
  await admin.getByRole('heading', { name: 'Questionnaires', exact: true }).waitFor();
  const list = admin.getByRole('list', { name: 'Questionnaires' });
  await waitFor('the default questionnaires', async () => (await list.getByRole('listitem').count()) === 2);
  await checkPage(admin, LAPTOP, 'the list');

  // A new one.
  await admin.getByRole('link', { name: 'New questionnaire' }).click();
  await admin.getByRole('heading', { name: 'New questionnaire', exact: true }).waitFor();
  const preview = admin.locator('#qe-preview');
  const editorForm = admin.getByRole('form', { name: 'Questionnaire' });
  const fieldBox = (n) => editorForm.getByRole('group', { name: new RegExp(`^Field ${n}:`) });
  const addField = async (type) => {
    await editorForm.getByLabel('Type of the next field').selectOption({ label: type });
    await editorForm.getByRole('button', { name: 'Add field' }).click();
  };
  // For the whole organisation, or a department.
  assert.deepEqual(await editorForm.getByLabel('For').locator('option').allTextContents(), ['Whole organisation', 'Cardiology']);
  // The preview follows the typing: the title, then the first question.
  await editorForm.getByLabel(/^Title/).fill('Knee check');
  await preview.getByRole('heading', { name: 'Knee check' }).waitFor();
  await fieldBox(1).getByLabel('Question').pressSequentially('What brings you here?');
  await preview.getByText('What brings you here?').waitFor();
  // A required choice.
  await addField('One choice (buttons)');
  await fieldBox(2).getByLabel('Question').fill('Does your knee hurt?');
  await fieldBox(2).getByLabel('Options (one per line)').fill('Yes\nNo');
  await fieldBox(2).getByLabel('Required').check();
  await preview.getByRole('group', { name: /Does your knee hurt\?/ }).waitFor();
  // A question shown only for "Yes".
  await addField('Long answer (several lines)');
  await fieldBox(3).getByLabel('Question').fill('Where does it hurt?');
  await fieldBox(3).getByLabel('Show only when').selectOption({ label: 'Does your knee hurt?' });
  await fieldBox(3).getByLabel('has the answer').selectOption('Yes');
  // A consent, and an image.
  await addField('Consent (one tick box)');
  await fieldBox(4).getByLabel('What the patient agrees to').fill('I agree that the clinic reads my answers.');
  await fieldBox(4).getByLabel('Required').check();
  await addField('Image (no answer)');
  await fieldBox(5).getByLabel(/^Description of the image/).fill('A drawing of a knee');
  await fieldBox(5).getByLabel(/^Image/).setInputFiles({ name: 'knee.png', mimeType: 'image/png', buffer: png(24, [200, 60, 40]) });
  await admin.locator('#notice').getByText('The image is uploaded.').waitFor();
  const thumb = fieldBox(5).getByRole('img', { name: 'A drawing of a knee' });
  await waitFor('the thumbnail', () => thumb.evaluate((img) => img.complete && img.naturalWidth === 24));

  // In the preview the conditional question waits for its answer.
  await preview.getByText('I agree that the clinic reads my answers.').waitFor();
  assert.equal(await preview.getByLabel('Where does it hurt?').isVisible(), false, 'hidden until "Yes"');
  await preview.getByLabel('Yes', { exact: true }).check();
  await preview.getByLabel('Where does it hurt?').waitFor();
  await preview.getByLabel('No', { exact: true }).check();
  await waitFor('the question to go again', async () => !(await preview.getByLabel('Where does it hurt?').isVisible()));
  // Moving a field: the condition's question may not come after it.
  await fieldBox(2).getByRole('button', { name: 'Move field 2 down' }).click();
  await editorForm.getByRole('button', { name: 'Save' }).click();
  await fieldBox(2).getByText(/^Choose again when to show this field/).waitFor();
  await fieldBox(3).getByRole('button', { name: 'Move field 3 up' }).click();
  await waitFor('the condition to be fine again', async () => (await editorForm.getByText(/^Choose again when to show this field/).count()) === 0);
  // A title is needed, and the page says so next to it.
  await editorForm.getByLabel(/^Title/).fill('');
  await editorForm.getByRole('button', { name: 'Save' }).click();
  await editorForm.getByText('Give the questionnaire a title of one line (at most 200 characters).').waitFor();
  assert.equal(await editorForm.getByLabel(/^Title/).evaluate((input) => input === document.activeElement), true, 'the title is focused');
  await editorForm.getByLabel(/^Title/).fill('Knee check');
  await checkPage(admin, LAPTOP, 'the editor');
  // Beside the editor on a laptop.
  const [formBox, previewBox] = [await editorForm.boundingBox(), await admin.locator('section.q-preview').boundingBox()];
  assert.ok(previewBox.x > formBox.x + formBox.width - 1, `the preview is beside the editor: ${JSON.stringify([formBox, previewBox])}`);

  await editorForm.getByRole('button', { name: 'Save' }).click();
  await admin.locator('#notice').getByText('"Knee check" is saved as version 1.').waitFor();
  await admin.waitForURL(/\/staff\/questionnaires\/[^/]+$/);
  const id = new URL(admin.url()).pathname.split('/').pop();
  const saved = (await api('GET', `/questionnaires/${id}`)).body;
  assert.equal(saved.version, 1);
  assert.equal(saved.department, null);
  assert.equal(saved.definition.title, 'Knee check');
  const [why, hurts, where, agree, image] = saved.definition.fields;
  assert.deepEqual([why.type, why.label, why.required ?? false], ['short_text', 'What brings you here?', false]);
  assert.deepEqual([hurts.type, hurts.options, hurts.required], ['single_choice', ['Yes', 'No'], true]);
  assert.deepEqual([where.type, where.show_if], ['long_text', { field: hurts.id, equals: 'Yes' }]);
  assert.deepEqual([agree.type, agree.required], ['consent', true]);
  assert.equal(image.type, 'image');
  assert.equal(image.label, 'A drawing of a knee');
  const served = await admin.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), `/api/v1/questionnaire-images/${image.image}`);
  assert.equal(served, 'image/png');

  // Changed again: version 2 (the page stays in the editor).
  await admin.reload();
  await fieldBox(1).getByLabel('Question').fill('What brings you to the clinic?');
  await preview.getByText('What brings you to the clinic?').waitFor();
  // What the server refuses is said next to what it names (its answer
  // made up here: the editor checks the same things first).
  const refuse = (name) => async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    return route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invalid_field', field: name, message: 'a field has an unacceptable value' } }) });
  };
  for (const [name, words, focused] of [
    ['title', 'The server did not accept this title', () => document.activeElement?.name === 'title'],
    ['fields', 'The server did not accept the fields', () => document.activeElement?.dataset.action === 'add'],
  ]) {
    const handler = refuse(name);
    await admin.route(`**/api/v1/questionnaires/${id}`, handler);
    await editorForm.getByRole('button', { name: 'Save' }).click();
    await editorForm.getByRole('alert').filter({ hasText: words }).waitFor();
    assert.equal(await admin.evaluate(focused), true, `${name}: the place is focused`);
    await admin.unroute(`**/api/v1/questionnaires/${id}`, handler);
  }
  assert.equal((await api('GET', `/questionnaires/${id}`)).body.version, 1);
  await editorForm.getByRole('button', { name: 'Save' }).click();
  await admin.locator('#notice').getByText('"Knee check" is saved as version 2.').waitFor();
  const second = (await api('GET', `/questionnaires/${id}`)).body;
  assert.equal(second.version, 2);
  assert.equal(second.definition.fields[0].label, 'What brings you to the clinic?');

  // Asked by default.
  await editorForm.getByRole('link', { name: 'Back to the questionnaires' }).click();
  const item = list.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: 'Knee check' }) });
  await item.getByText('Version 2').waitFor();
  await item.getByRole('button', { name: 'Ask by default' }).click();
  await item.getByText('Asked by default', { exact: true }).waitFor();
  await item.getByRole('button', { name: 'Stop asking by default' }).waitFor();
  const summaries = (await api('GET', '/questionnaires')).body;
  assert.deepEqual(summaries.filter((q) => q.asked_by_default).map((q) => q.id), [id]);
  // The appointment form offers it as chosen (what the server would ask);
  // "None" is sent as none, not as "the default".
  await sections.getByRole('link', { name: 'Appointments', exact: true }).click();
  const asked = admin.getByLabel('Questionnaire for the patient (filled in before the consultation)');
  await waitFor('the default chosen', async () => (await asked.inputValue()) === id);
  await asked.selectOption('none');
  assert.equal(await asked.inputValue(), 'none');

  // The editor on a phone: every control reachable, the preview below it.
  const phone = await staffPage(PHONE, 'admin@editor.example', problems);
  await phone.goto(`${server.base}/staff/questionnaires/${id}`);
  await phone.locator('#qe-preview').getByText('What brings you to the clinic?').waitFor();
  await phone.getByRole('group', { name: /^Field 5:/ }).getByRole('img', { name: 'A drawing of a knee' }).waitFor();
  await checkPage(phone, PHONE, 'the editor');
  const [phoneForm, phonePreview] = [await phone.locator('form.q-editor').boundingBox(), await phone.locator('section.q-preview').boundingBox()];
  assert.ok(phonePreview.y >= phoneForm.y + phoneForm.height - 1, 'the preview is below the editor on a phone');
  await phone.goto(`${server.base}/staff/questionnaires`);
  await phone.getByRole('list', { name: 'Questionnaires' }).waitFor();
  await checkPage(phone, PHONE, 'the list');

  // A department admin makes them for their department only, and cannot
  // change the organisation's.
  const hart = await staffPage(LAPTOP, 'hart@editor.example', problems);
  assert.equal(await hart.locator('#menu a[href="/staff/audit"]').isVisible(), false);
  await hart.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Questionnaires', exact: true }).click();
  const hartItem = hart.getByRole('list', { name: 'Questionnaires' }).getByRole('listitem').filter({ has: hart.getByRole('heading', { name: 'Knee check' }) });
  await hartItem.getByText('Only its own administrators can change this one.').waitFor();
  assert.equal(await hartItem.getByRole('button').count(), 0);
  await hart.getByRole('link', { name: 'New questionnaire' }).click();
  const hartForm = hart.getByRole('form', { name: 'Questionnaire' });
  assert.deepEqual(await hartForm.getByLabel('For').locator('option').allTextContents(), ['Cardiology']);
  await hartForm.getByLabel(/^Title/).fill('Heart check');
  await hartForm.getByRole('group', { name: /^Field 1:/ }).getByLabel('Question').fill('How is your heart?');
  await hartForm.getByRole('button', { name: 'Save' }).click();
  await hart.locator('#notice').getByText('"Heart check" is saved as version 1.').waitFor();
  const heart = (await api('GET', '/questionnaires')).body.find((q) => q.title === 'Heart check');
  assert.equal(heart.department, cardiology.id);
  await hart.context().close();

  // A practitioner: no such section, and the API refuses.
  const practitioner = await staffPage(LAPTOP, 'visser@editor.example', problems);
  const practitionerApi = staffApi(practitioner);
  assert.equal(await practitioner.locator('#menu a[href="/staff/questionnaires"]').isVisible(), false);
  assert.equal(await practitioner.locator('#menu a[href="/staff/audit"]').isVisible(), false);
  const refused = await practitionerApi('POST', '/questionnaires', { definition: { title: 'Mine', fields: [{ id: 'a', type: 'short_text', label: 'Why?' }] } });
  assert.equal(refused.status, 403, JSON.stringify(refused.body));
  assert.equal(refused.body.error.code, 'forbidden');

  // An appointment with Dr Visser that asks this questionnaire; the admin
  // has the client's record open while the patient fills it in.
  const client = (await api('POST', '/clients', { initials: 'K.', last_name: 'Knee', practitioners: [visser.id] })).body;
  const created = await api('POST', '/appointments', {
    client: client.id, practitioner: visser.id, starts_at: soonToday(10), duration_minutes: 20, questionnaire: id,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const appointment = created.body.appointment;
  assert.deepEqual([appointment.questionnaire.id, appointment.questionnaire.status], [id, 'new']);
  await sections.getByRole('link', { name: 'Clients', exact: true }).click();
  await admin.getByRole('table', { name: 'Clients' }).getByRole('row').filter({ hasText: 'Knee, K.' }).getByRole('button', { name: 'Edit' }).click();
  const record = admin.getByRole('table', { name: 'Appointments' }).locator(`tr[data-id="${appointment.id}"]`);
  await record.locator('.marker.questionnaire.new').getByText('Questionnaire not started').waitFor();
  const token = new URL(created.body.invitation.patient_link).pathname.split('/').pop();
  const link = `${server.base}/api/v1/links/${token}/questionnaire`;
  const send = (method, path, answers) => fetch(link + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers }) });
  assert.equal((await send('PUT', '', { [why.id]: 'A sore knee' })).status, 200);
  await record.locator('.marker.questionnaire.started').getByText('Questionnaire started').waitFor();
  const answers = { [why.id]: 'A sore knee', [hurts.id]: 'Yes', [where.id]: 'Left, at the front', [agree.id]: true };
  const submitted = await send('POST', '/submit', answers);
  assert.equal(submitted.status, 200, await submitted.text());
  await record.locator('.marker.questionnaire.completed').getByText('Questionnaire completed').waitFor();
  assert.deepEqual(await violations(admin), [], 'the client\'s record: axe');

  // The practitioner reads the answers; the audit log says so.
  const read = await practitionerApi('GET', `/appointments/${appointment.id}/questionnaire`);
  assert.equal(read.status, 200, JSON.stringify(read.body));
  assert.equal(read.body.answers[where.id], 'Left, at the front');
  await sections.getByRole('link', { name: 'Audit log', exact: true }).click();
  await admin.getByRole('heading', { name: 'Audit log: questionnaire answers' }).waitFor();
  const entry = admin.getByRole('table', { name: 'Reads of questionnaire answers' }).getByRole('row').filter({ hasText: 'Dr Visser' });
  await entry.waitFor();
  assert.equal(await entry.getByText('Read the answers').isVisible(), true);
  assert.equal(await entry.getByText('K. Knee').isVisible(), true);
  assert.equal(await entry.locator('time').count(), 2, 'when, and the appointment\'s time');
  await checkPage(admin, LAPTOP, 'the audit log');
  // Reading the log reads no appointment (which would itself be logged):
  // each entry comes with its appointment's client and time.
  const appointmentReads = [];
  phone.on('request', (r) => { if (/\/api\/v1\/appointments\//.test(r.url())) appointmentReads.push(r.url()); });
  await phone.goto(`${server.base}/staff/audit`);
  await phone.getByRole('table', { name: 'Reads of questionnaire answers' }).getByRole('row').filter({ hasText: 'Dr Visser' }).getByText('K. Knee').waitFor();
  assert.deepEqual(appointmentReads, []);
  await checkPage(phone, PHONE, 'the audit log');
  // Fifty at a time, newest first: 51 reads make two pages.
  for (let i = 0; i < 50; i++) assert.equal((await practitionerApi('GET', `/appointments/${appointment.id}/questionnaire`)).status, 200);
  await admin.reload();
  const rows = admin.getByRole('table', { name: 'Reads of questionnaire answers' }).locator('tbody tr');
  await waitFor('the first page', async () => (await rows.count()) === 50);
  assert.equal(await admin.getByRole('link', { name: '← Newer' }).count(), 0);
  await admin.getByRole('navigation', { name: 'Pages of the audit log' }).getByRole('link', { name: 'Older →' }).click();
  await admin.waitForURL(/\/staff\/audit\?offset=50$/);
  await waitFor('the second page', async () => (await rows.count()) === 1);
  await rows.filter({ hasText: 'Dr Visser' }).getByText('K. Knee').waitFor();
  await admin.getByRole('link', { name: '← Newer' }).click();
  await waitFor('the first page again', async () => (await rows.count()) === 50);
  // An entry whose appointment is gone says so (the server's answer made
  // up here: appointments are anonymised, not deleted).
  await phone.route('**/api/v1/audit?*', async (route) => {
    const real = await route.fetch();
    const body = await real.json();
    for (const e of body.items) delete e.appointment;
    await route.fulfill({ response: real, json: body });
  });
  await phone.reload();
  await phone.getByRole('table', { name: 'Reads of questionnaire answers' }).getByRole('row').filter({ hasText: 'Dr Visser' }).first()
    .getByText('The appointment no longer exists.').waitFor();
  // Neither section is for practitioners, not even by address.
  for (const path of ['/staff/audit', '/staff/questionnaires']) {
    await practitioner.goto(server.base + path);
    await practitioner.locator('#view').getByText('Your role does not allow this.').waitFor();
  }

  assert.deepEqual(problems.filter((p) => !/40[134]/.test(p)), []);
});
