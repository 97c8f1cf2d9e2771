// The patient portal in a real browser on a phone (390x844), with a real
// SMTP server: the patient asks for a PIN with the address the clinic
// has, reads it from the mail, mistypes it once (told so), opens the
// portal, sees their appointment (and not another patient's) with the
// questionnaire the clinic asks, fills it in from there, goes to it
// (the arrival page), writes to their practitioner (who sees it counted
// live in the staff pages and answers), comes back still signed in, and
// signs out. Every
// step: axe-core finds no serious violation, every control is on screen
// and at least 44x44 px.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  startServer, stopServer, launchBrowser, waitFor, watchProblems, createOrganisation, staffLogin, staffApi,
  startSmtpCapture, PHONE_UA, CONTROLS, layoutProblems, soonToday} from './lib.mjs';

let server;
let browser;
let smtp;

after(async () => {
  await browser?.close();
  await stopServer(server);
  smtp?.stop();
});

async function violations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('a patient opens the portal with a PIN from the mail and goes to their appointment', { timeout: 300000 }, async () => {
  smtp = await startSmtpCapture();
  server = await startServer(['--smtp-url', smtp.url, '--mail-from', 'Portal Clinic <noreply@portal.example>']);
  browser = await launchBrowser();
  const org = await createOrganisation(server, 'Portal Clinic', 'doc@portal.example');
  const staff = await (await browser.newContext()).newPage();
  await staffLogin(staff, server, 'doc@portal.example');
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  assert.equal((await api('PUT', '/organisation/settings', { contact_phone: '+31 20 123 4567' })).status, 200);
  const patientRecord = (await api('POST', '/clients', { initials: 'P.', last_name: 'Ortal', email: 'pat@portal.example', practitioners: [me.id] })).body;
  const otherRecord = (await api('POST', '/clients', { initials: 'O.', last_name: 'Ther', email: 'other@portal.example', practitioners: [me.id] })).body;
  // A questionnaire the clinic asks of every new appointment.
  const asked = await api('POST', '/questionnaires', { definition: { title: 'Portal intake', fields: [{ id: 'why', type: 'short_text', label: 'Why do you come?', required: true }] } });
  assert.equal(asked.status, 201, JSON.stringify(asked.body));
  assert.equal((await api('PUT', `/questionnaires/${asked.body.id}/asked-by-default`, { asked_by_default: true })).status, 200);
  const startsAt = soonToday(10);
  for (const client of [patientRecord, otherRecord]) {
    const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: startsAt, duration_minutes: 20 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  }
  const invitations = () => smtp.mails().filter((m) => m.to.includes('pat@portal.example'));
  // The invitation links to the portal.
  await waitFor('the invitation mail', async () => invitations().length === 1, 30000);
  assert.match(invitations()[0].body, new RegExp(`/portal/${org}\\b`));

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA });
  const page = await context.newPage();
  const problems = [];
  watchProblems(problems, page, 'portal');
  const fits = async (what) => {
    assert.deepEqual(await layoutProblems(page, { selector: CONTROLS, phone: true, scroll: true }), [], what);
    assert.deepEqual(await violations(page), [], what);
  };

  await page.goto(`${server.base}/portal/${org}`);
  await page.getByRole('heading', { name: 'Portal Clinic', exact: true }).waitFor();
  await page.getByLabel('Email address').waitFor();
  assert.equal(await page.locator('#contact a[href="tel:+31201234567"]').isVisible(), true, 'whom to call');
  await fits('asking for a PIN');
  // A typo in the address is caught before anything is sent.
  await page.getByLabel('Email address').fill('pat at portal');
  await page.getByRole('button', { name: 'Send me a PIN' }).tap();
  await page.getByRole('alert').filter({ hasText: 'Please check your email address.' }).waitFor();
  await page.getByLabel('Email address').fill('pat@portal.example');
  await page.getByRole('button', { name: 'Send me a PIN' }).tap();
  await page.getByLabel('PIN (6 digits)').waitFor();
  await fits('entering the PIN');

  const pins = () => smtp.mails().filter((m) => m.to.includes('pat@portal.example') && /PIN/.test(m.subject));
  await waitFor('the PIN mail', async () => pins().length === 1, 30000);
  const pin = pins()[0].subject.match(/(\d{6})$/)[1];
  assert.match(pins()[0].body, new RegExp(`/portal/${org}`));
  const wrong = pin === '000000' ? '000001' : '000000';
  await page.getByLabel('PIN (6 digits)').fill(wrong);
  await page.getByRole('button', { name: 'Open', exact: true }).tap();
  await page.getByRole('alert').filter({ hasText: 'That PIN is not right' }).waitFor();
  await page.getByLabel('PIN (6 digits)').fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).tap();
  await page.getByRole('heading', { name: 'Your appointments' }).waitFor();
  assert.equal(await page.locator('#error').isHidden(), true);
  await fits('the appointments');
  const listed = await page.locator('#upcoming li').allTextContents();
  assert.equal(listed.length, 1, listed.join(' | '));
  assert.match(listed[0], /, with doc/);
  assert.match(listed[0], /The waiting room (opens at|is open)/);
  assert.equal(await page.locator('#past li').count(), 0);
  assert.equal(await page.getByText('None yet.').isVisible(), true);

  // The questionnaire the clinic asks: filled in from here, on the
  // arrival page the button leads to; the portal then says it was sent.
  assert.match(listed[0], /The clinic asks you to fill in "Portal intake" before the consultation\./);
  await page.getByRole('button', { name: 'Fill in the questionnaire' }).tap();
  await page.waitForURL(/\/c\/[0-9a-f]{32}#questionnaire$/);
  await page.getByRole('heading', { name: 'Portal intake' }).waitFor();
  await page.getByLabel('Why do you come?').fill('The tablets');
  await page.getByRole('button', { name: 'Send my answers to the clinic' }).tap();
  await page.getByText('Thank you: your answers have been sent to the clinic.').waitFor();
  await page.goBack();
  await page.reload();
  await page.getByRole('heading', { name: 'Your appointments' }).waitFor();
  await page.locator('#upcoming li').getByText('Questionnaire "Portal intake": sent. Thank you.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Fill in the questionnaire' }).count(), 0);
  await fits('the appointments, questionnaire sent');

  // A conversation with the practitioner, kept after the consultation:
  // the patient writes, the practitioner's menu counts it live, they
  // answer, the patient reads the answer.
  await page.getByRole('heading', { name: 'Messages to the clinic' }).waitFor();
  await page.getByRole('button', { name: 'Read and write' }).tap();
  await page.getByRole('heading', { name: 'Conversation with doc' }).waitFor();
  await fits('the conversation');
  await page.getByRole('button', { name: 'Send' }).tap();
  await page.getByRole('alert').filter({ hasText: 'Please write your message first.' }).waitFor();
  await page.getByLabel('Your message').fill('Can I take the tablets in the evening?');
  await page.getByRole('button', { name: 'Send' }).tap();
  await page.getByRole('log').getByText('Can I take the tablets in the evening?').waitFor();
  await staff.getByRole('link', { name: 'Messages (1)' }).waitFor();
  await staff.getByRole('link', { name: 'Messages (1)' }).click();
  await staff.getByRole('link', { name: 'P. Ortal · doc' }).click();
  await staff.getByRole('log').getByText('Can I take the tablets in the evening?').waitFor();
  await staff.getByRole('link', { name: 'Messages', exact: true }).waitFor();
  assert.deepEqual(await violations(staff), [], 'staff: a conversation');
  await staff.getByLabel('Message to the patient').fill('Yes, with some food.');
  await staff.getByRole('button', { name: 'Send' }).click();
  await staff.getByRole('log').getByText('Yes, with some food.').waitFor();
  // The patient's page reads the conversation again by itself.
  await page.getByRole('log').getByText('Yes, with some food.').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Back to your appointments' }).tap();
  await page.getByRole('heading', { name: 'Your appointments' }).waitFor();

  // Back again later in the same browser: still signed in.
  await page.reload();
  await page.getByRole('heading', { name: 'Your appointments' }).waitFor();
  await page.getByRole('button', { name: 'Go to the consultation' }).tap();
  await page.waitForURL(/\/c\/[0-9a-f]{32}$/);
  await page.locator('#check').waitFor();
  await page.goBack();
  await page.getByRole('button', { name: 'Sign out' }).tap();
  await page.getByText('You have signed out.').waitFor();
  await page.reload();
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(problems.filter((p) => !/40[14]/.test(p)), []);
  await context.close();
});
