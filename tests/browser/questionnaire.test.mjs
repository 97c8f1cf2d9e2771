// A questionnaire on the arrival page and in the waiting room (issue 28),
// on a 390x844 phone: the patient begins on the arrival page, answers
// more in the waiting room (saved as they type), reloads (nothing lost), sees a question appear because of an earlier answer, is told
// what is still required, sends it; the practitioner's waiting list shows
// each step live (not started, started, completed) and they read the
// answers there and, once they admit the patient, in the consultation
// room, and download them as PDF and text; those reads are in the audit log; the appointments list shows the
// questionnaire completed. axe-core and the layout check run on
// the form.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  startServer, stopServer, launchBrowser, waitFor, watchProblems, createOrganisation, staffLogin, staffApi,
  PHONE_UA, CONTROLS, layoutProblems, soonToday} from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

const INTAKE = {
  title: 'Before your visit',
  fields: [
    { id: 'about', type: 'heading', label: 'About your complaint' },
    { id: 'why', type: 'long_text', label: 'Why do you come?', required: true },
    { id: 'meds', type: 'single_choice', label: 'Do you take medication?', options: ['Yes', 'No'], required: true },
    { id: 'which', type: 'short_text', label: 'Which medication?', required: true, show_if: { field: 'meds', equals: 'Yes' } },
    { id: 'since', type: 'date', label: 'Since when?' },
    { id: 'home', type: 'country', label: 'Where do you live?' },
    { id: 'agree', type: 'consent', label: 'I agree that the clinic reads my answers.', required: true },
  ],
};

test('a patient fills in the clinic questionnaire in the waiting room and the practitioner reads it', { timeout: 240000 }, async () => {
  server = await startServer();
  browser = await launchBrowser();
  const problems = [];
  await createOrganisation(server, 'Question Clinic', 'doc@questions.example');
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  watchProblems(problems, staff, 'staff');
  await staffLogin(staff, server, 'doc@questions.example');
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  const questionnaire = await api('POST', '/questionnaires', { definition: INTAKE });
  assert.equal(questionnaire.status, 201, JSON.stringify(questionnaire.body));
  const client = (await api('POST', '/clients', { initials: 'Q.', last_name: 'Patient', practitioners: [me.id] })).body;
  const created = await api('POST', '/appointments', {
    client: client.id, practitioner: me.id, starts_at: soonToday(10), duration_minutes: 20, questionnaire: questionnaire.body.id,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const appointment = created.body.appointment.id;
  const link = new URL(created.body.invitation.patient_link);

  // The practitioner watches the waiting room.
  await staff.getByRole('link', { name: /^Waiting room/ }).click();
  await staff.getByText('Nobody is waiting.').waitFor();
  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'Q. Patient' });

  // A second tab on the appointments list: it follows the status live too.
  const listPage = await staffContext.newPage();
  watchProblems(problems, listPage, 'appointments');
  await listPage.goto(`${server.base}/staff/appointments`);
  const listed = listPage.locator('#view tr[data-id]').filter({ hasText: 'Q. Patient' });
  await listed.getByText('Questionnaire not started').waitFor();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA });
  const patient = await context.newPage();
  watchProblems(problems, patient, 'patient');
  await patient.goto(server.base + link.pathname);
  // The arrival page asks it already (before the check and the waiting
  // room): the patient begins there.
  await patient.getByRole('heading', { name: 'Before your visit' }).waitFor();
  await patient.getByLabel('Why do you come?').fill('A cough');
  await patient.getByText('Your answers so far are saved.').waitFor();
  await listed.getByText('Questionnaire started').waitFor();
  assert.deepEqual(await layoutProblems(patient, { selector: `#questionnaire :is(${CONTROLS})`, phone: true, scroll: true }), [], 'the form on the arrival page');
  await waitFor('the checks', async () => (await patient.locator('#check-server').getAttribute('data-result')) === 'ok', 30000);
  await patient.locator('#enter').tap();
  // (The arrival page had the same heading: first the call page.)
  await patient.waitForURL(/\/call\//);
  await patient.getByRole('heading', { name: 'Before your visit' }).waitFor();
  await waitFor('what was typed on the arrival page', async () => (await patient.getByLabel('Why do you come?').inputValue()) === 'A cough');
  assert.deepEqual(await layoutProblems(patient, { selector: `#questionnaire :is(${CONTROLS})`, phone: true, scroll: true }), [], 'the form on a phone');
  const axe = await new AxeBuilder({ page: patient }).include('#questionnaire').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), []);

  await row.getByText('Questionnaire started').waitFor();

  // More of it, saved as they type.
  await patient.getByLabel('Why do you come?').fill('A cough for two weeks.');
  await patient.getByText('Your answers so far are saved.').waitFor();
  // The follow-up question appears only for "Yes".
  assert.equal(await patient.getByLabel('Which medication?').isVisible(), false);
  await patient.getByLabel('Yes').check();
  await patient.getByLabel('Which medication?').fill('Syrup');
  const draft = `${server.base}/api/v1/links/${link.pathname.split('/').pop()}/questionnaire`;
  await waitFor('the draft on the server', async () => (await (await fetch(draft)).json()).answers.which === 'Syrup');

  // A reload loses nothing.
  await patient.reload();
  await patient.getByRole('heading', { name: 'Before your visit' }).waitFor();
  assert.equal(await patient.getByLabel('Why do you come?').inputValue(), 'A cough for two weeks.');
  assert.equal(await patient.getByLabel('Yes').isChecked(), true);
  assert.equal(await patient.getByLabel('Which medication?').inputValue(), 'Syrup');

  // Sending without the required consent is refused, with a reason.
  await patient.getByRole('button', { name: 'Send my answers to the clinic' }).tap();
  await patient.getByText('Please answer the questions marked required.').waitFor();
  await patient.getByLabel('Where do you live?').selectOption('NL');
  await patient.getByLabel('I agree that the clinic reads my answers.').check();
  await patient.getByRole('button', { name: 'Send my answers to the clinic' }).tap();
  await patient.getByText('Thank you: your answers have been sent to the clinic.').waitFor();

  // The practitioner sees it completed, live, and reads the answers.
  await row.getByText('Questionnaire completed').waitFor();
  await row.getByRole('button', { name: 'Answers' }).click();
  const answers = staff.getByRole('region', { name: 'Answers of Q. Patient: Before your visit' });
  await answers.getByText('A cough for two weeks.').waitFor();
  assert.equal(await answers.getByText('Netherlands').isVisible(), true);
  assert.equal(await answers.getByText('Syrup').isVisible(), true);
  // Downloads, as PDF and text (each one audited).
  for (const [name, type] of [['Download as PDF', 'application/pdf'], ['Download as text', 'text/plain; charset=utf-8']]) {
    const href = await answers.getByRole('link', { name }).getAttribute('href');
    const got = await staff.evaluate(async (url) => { const r = await fetch(url); return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength }; }, href);
    assert.equal(got.status, 200, name);
    assert.equal(got.type, type, name);
    assert.ok(got.size > 200, `${name}: ${got.size} bytes`);
  }
  const axeStaff = await new AxeBuilder({ page: staff }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axeStaff.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), [], 'staff: the answers');
  // Admitted, the practitioner reads them in the consultation room too.
  const [room] = await Promise.all([staffContext.waitForEvent('page'), row.getByRole('button', { name: 'Admit' }).click()]);
  watchProblems(problems, room, 'room');
  await room.getByRole('heading', { name: 'Questionnaire: Before your visit' }).waitFor();
  await room.getByText('The patient has sent it.').waitFor();
  await room.getByRole('button', { name: 'Show the answers' }).click();
  await room.locator('#answers').getByText('A cough for two weeks.').waitFor();
  const pdf = await room.evaluate(async () => { const r = await fetch(document.getElementById('answers-pdf').href); return { status: r.status, head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) }; });
  assert.deepEqual(pdf, { status: 200, head: '%PDF-' });
  assert.equal(await room.locator('#answers').getByText('Netherlands').isVisible(), true);

  // The appointments list says so too.
  await staff.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Appointments', exact: true }).click();
  await staff.locator('#view tr[data-id]').filter({ hasText: 'Q. Patient' }).getByText('Questionnaire completed').waitFor();
  // (And through the API, as integrators read them.)
  const read = await api('GET', `/appointments/${appointment}/questionnaire`);
  assert.equal(read.status, 200);
  assert.equal(read.body.status, 'completed');
  assert.deepEqual(read.body.answers, { why: 'A cough for two weeks.', meds: 'Yes', which: 'Syrup', home: 'NL', agree: true });
  const audit = await api('GET', `/audit?entity_id=${appointment}`);
  assert.ok(audit.body.items.some((e) => e.action === 'read' && e.entity === 'answers' && e.staff === me.id), JSON.stringify(audit.body));
  assert.equal(audit.body.items.filter((e) => e.action === 'export').length, 3, JSON.stringify(audit.body));
  assert.deepEqual(problems.filter((p) => !/40[14]/.test(p)), []);
});
