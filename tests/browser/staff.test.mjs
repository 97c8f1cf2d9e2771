// The staff pages in a real browser against `anteroom serve`: the first
// admin sets a password from the command-line link, logs in, sets up a
// department, a practitioner, a client (with markup in the name, which
// must show as text), availability and an appointment; resends and cancels
// it; changes a setting; makes an API key; turns on two-factor
// authentication and logs in again with a code. Every step is checked
// against the API, not only against what the page shows.
//
// A second test: the fields added for issue 25, a client's language, an
// email template's language and the clinic's contact (phone, email, brand
// colour; a colour too light for white text is refused by the server).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { startServer, stopServer, launchBrowser, waitFor, createOrganisation, staffLogin, arriveAfterCheck, staffApi } from './lib.mjs';

let server;
let browser;
const servers = [];

after(async () => {
  await browser?.close();
  await stopServer(server);
  for (const s of servers) await stopServer(s);
});

/** RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret. */
function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

const PASSWORD = 'correct horse battery staple';

test('an admin runs the clinic from the staff pages', { timeout: 180000 }, async () => {
  server = await startServer();
  const out = execFileSync(process.env.ANTEROOM_BIN, ['admin', 'create-organisation', '--name', 'Test Clinic', '--admin-email', 'admin@clinic.example', ...server.dbArgs], {
    env: { ...process.env, ANTEROOM_LOG: 'warn' },
  }).toString();
  const link = out.split('\n').find((l) => l.includes('/staff/set-password#token='));
  assert.ok(link, out);
  const path = new URL(link).pathname + new URL(link).hash;

  browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('dialog', (d) => d.accept());
  const api = (method, p, body) => page.evaluate(async ([method, p, body]) => {
    const headers = { 'Content-Type': 'application/json' };
    const csrf = localStorage.getItem('anteroom.csrf');
    if (csrf) headers['X-CSRF-Token'] = csrf;
    const r = await fetch('/api/v1' + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: r.status, body: r.status === 204 ? null : await r.json() };
  }, [method, p, body]);
  const notice = page.locator('#notice');

  // Set the password from the link, then log in.
  await page.goto(server.base + path);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat it').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await notice.getByText('Your password is set').waitFor();
  assert.equal(new URL(page.url()).pathname, '/staff/login');
  // The link worked once.
  await page.goto(server.base + path);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat it').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByText('This link is unknown, already used or expired').waitFor();

  // A protected section without a session goes to the login page and back.
  await page.goto(`${server.base}/staff/clients`);
  await page.getByRole('heading', { name: 'Staff login', exact: true }).waitFor();
  await page.getByLabel('Email').fill('admin@clinic.example');
  await page.getByLabel('Password').fill('wrong password!!');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('The email address or password (or code) is wrong.').waitFor();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/staff/clients');
  // "Your password is set" went with the login page (issue 26).
  assert.equal(await notice.isHidden(), true, `a stale notice: ${await notice.textContent()}`);

  // A department and a practitioner in it.
  await page.getByRole('link', { name: 'Staff and departments' }).click();
  const addDepartment = page.getByRole('form', { name: 'Add department' });
  await addDepartment.getByLabel('Name').fill('Cardiology');
  await addDepartment.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('list', { name: 'Departments' }).getByText('Cardiology').waitFor();
  const addStaff = page.getByRole('form', { name: 'Add staff' });
  await addStaff.getByLabel('Name').fill('Dr Jansen');
  await addStaff.getByLabel('Email').fill('jansen@clinic.example');
  await addStaff.getByLabel('Cardiology').check();
  await addStaff.getByRole('button', { name: 'Add' }).click();
  await notice.getByText('Dr Jansen added.').waitFor();
  const passwordLink = await page.getByLabel('Password link (if the email does not arrive)').inputValue();
  assert.ok(passwordLink.startsWith(`${server.base}/staff/set-password#token=`), passwordLink);
  assert.match(passwordLink, /\/staff\/set-password#token=[0-9a-f]{32}$/);
  const staff = (await api('GET', '/staff')).body.items;
  const jansen = staff.find((s) => s.email === 'jansen@clinic.example');
  const cardiology = (await api('GET', '/departments')).body.items[0];
  assert.deepEqual([jansen.role, jansen.departments], ['practitioner', [cardiology.id]]);

  // A client whose name holds markup: it is shown as text.
  await page.getByRole('link', { name: 'Clients' }).click();
  const newClient = page.getByRole('form', { name: 'New client' });
  await newClient.getByLabel('Initials').fill('A.');
  await newClient.getByLabel('Last name').fill('<b>Bold</b> O\'Brien');
  await newClient.getByLabel('Date of birth').fill('1980-02-29');
  await newClient.getByLabel('Email').fill('patient@example.org');
  await newClient.getByLabel('Dr Jansen').check();
  await newClient.getByRole('button', { name: 'Add client' }).click();
  await notice.getByText('added.').waitFor();
  const row = page.getByRole('table', { name: 'Clients' }).getByRole('row').filter({ hasText: "O'Brien" });
  assert.equal(await row.locator('td').first().textContent(), "<b>Bold</b> O'Brien, A.");
  assert.equal(await page.locator('#view b').count(), 0, 'no markup from data');
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit client' });
  await edit.getByLabel('Phone').fill('+31 20 555 0100');
  await edit.getByRole('button', { name: 'Save' }).click();
  await notice.getByText('Client saved.').waitFor();
  const client = (await api('GET', '/clients')).body.items[0];
  assert.deepEqual([client.phone, client.practitioners], ['+31 20 555 0100', [jansen.id]]);

  // Availability for Dr Jansen tomorrow: 9:00-11:00 at 20 + 10 minutes is
  // four slots; and the walk-in switch.
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await page.getByRole('link', { name: 'Availability' }).click();
  await page.getByLabel('Whose availability').selectOption({ label: 'Dr Jansen' });
  await page.getByRole('heading', { name: 'Availability', exact: true }).waitFor();
  await waitFor('the page to switch to Dr Jansen', async () => new URL(page.url()).searchParams.get('staff') === jansen.id);
  const add = page.getByRole('form', { name: 'Add availability' });
  await add.getByLabel('Date (first day)').fill(tomorrow);
  await add.getByLabel('From', { exact: true }).fill('09:00');
  await add.getByLabel('To', { exact: true }).fill('11:00');
  await add.getByLabel('Slot (minutes)').fill('20');
  await add.getByLabel('Gap after each (minutes)').fill('10');
  await add.getByRole('button', { name: 'Add' }).click();
  await notice.getByText('Availability added.').waitFor();
  await page.locator('.slots span').first().waitFor();
  assert.equal(await page.locator('.slots span').count(), 4);
  const slots = (await api('GET', `/staff/${jansen.id}/slots?from=${tomorrow}&to=${tomorrow}`)).body;
  assert.equal(slots.length, 4);
  await page.getByLabel('Dr Jansen is open for walk-in patients').check();
  await notice.getByText('Open for walk-in patients.').waitFor();
  assert.equal((await api('GET', `/staff/${jansen.id}`)).body.walk_in, true);

  // An appointment tomorrow at 10:00 (the clinic is on UTC).
  await page.getByRole('link', { name: 'Appointments' }).click();
  await page.getByText('No appointments today.').waitFor();
  const form = page.getByRole('form', { name: 'New appointment' });
  await form.getByLabel('Client').selectOption({ label: "<b>Bold</b> O'Brien, A. (1980-02-29)" });
  await form.getByLabel('Practitioner').selectOption({ label: 'Dr Jansen' });
  await form.getByLabel('Date').fill(tomorrow);
  await form.getByLabel('Time').fill('10:00');
  await form.getByLabel('Personal message (in the invitation)').fill('Please have your medication list ready.');
  await form.getByRole('button', { name: 'Create and invite' }).click();
  await notice.getByText('Appointment created for A.').waitFor();
  const firstLink = await page.getByLabel('Patient link').inputValue();
  assert.ok(firstLink.startsWith(`${server.base}/c/`), firstLink);
  assert.match(firstLink, /\/c\/[0-9a-f]{32}$/);
  const appointments = (await api('GET', '/appointments')).body.items;
  assert.equal(appointments.length, 1);
  const appointment = appointments[0];
  assert.equal(appointment.starts_at, `${tomorrow}T10:00:00Z`);
  assert.deepEqual([appointment.practitioner.id, appointment.client.id, appointment.message], [jansen.id, client.id, 'Please have your medication list ready.']);

  // Upcoming lists it; resending makes a new link (the old one still works,
  // whichever email the patient opens).
  await page.getByRole('tab', { name: 'Upcoming' }).click();
  const upcoming = page.getByRole('table', { name: 'Upcoming' }).getByRole('row').filter({ hasText: "O'Brien" });
  await upcoming.waitFor();
  await upcoming.getByRole('button', { name: 'Resend invitation' }).click();
  await notice.getByText('Invitation sent again').waitFor();
  const secondLink = await page.getByLabel('Patient link').inputValue();
  assert.notEqual(secondLink, firstLink);
  const tokenOf = (l) => l.split('/c/')[1];
  assert.equal((await api('GET', `/links/${tokenOf(firstLink)}`)).status, 200);
  assert.equal((await api('GET', `/links/${tokenOf(secondLink)}`)).status, 200);
  // Starting the consultation opens the call page with a join token; the
  // admin is in the appointment's room under their own name.
  const [call] = await Promise.all([context.waitForEvent('page'), upcoming.getByRole('button', { name: 'Start consultation' }).click()]);
  await call.waitForURL(/\/call\//);
  await waitFor('the call page to join', () => call.evaluate(() => window.anteroomCall?.participantId != null && window.anteroomCall.room), 30000);
  assert.equal(await call.evaluate(() => window.anteroomCall.room), `a-${appointment.id}`);
  assert.equal(new URL(call.url()).pathname, `/call/a-${appointment.id}`);
  assert.equal(await call.evaluate(() => window.anteroomCall.displayName), (await api('GET', '/me')).body.staff.name);
  await call.close();
  await upcoming.getByRole('button', { name: 'Cancel' }).click();
  await notice.getByText('Appointment cancelled.').waitFor();
  await page.getByRole('table', { name: 'Upcoming' }).getByText('cancelled').waitFor();
  assert.equal((await api('GET', `/appointments/${appointment.id}`)).body.status, 'cancelled');

  // Quick consult: an appointment starting now, invitations sent, and the
  // room open at once for the practitioner (no time needed).
  await page.getByRole('tab', { name: 'Today' }).click();
  const quick = page.getByRole('form', { name: 'New appointment' });
  await quick.getByLabel('Client').selectOption({ label: "<b>Bold</b> O'Brien, A. (1980-02-29)" });
  await quick.getByLabel('Practitioner').selectOption({ label: 'Dr Jansen' });
  const before = Date.now();
  const [quickCall] = await Promise.all([context.waitForEvent('page'), quick.getByRole('button', { name: 'Quick consult: start now' }).click()]);
  await quickCall.waitForURL(/\/call\/a-/);
  await notice.getByText('Appointment created for A.').waitFor();
  const now = (await api('GET', '/appointments')).body.items.find((a) => a.status === 'scheduled');
  assert.ok(Math.abs(new Date(now.starts_at).getTime() - before) < 60000, now.starts_at);
  assert.equal(new URL(quickCall.url()).pathname, `/call/a-${now.id}`);
  await waitFor('the quick consult to join', () => quickCall.evaluate(() => window.anteroomCall?.participantId != null), 30000);
  await quickCall.close();

  // Settings: the link window, and an API key shown once.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Link opens (minutes before the appointment)').fill('30');
  await page.getByLabel('Screen sharing in calls').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await notice.getByText('Settings saved.').waitFor();
  const settings = (await api('GET', '/organisation')).body.settings;
  assert.deepEqual([settings.link_opens_minutes_before, settings.screen_sharing, settings.file_sharing], [30, false, true]);
  const keys = page.getByRole('form', { name: 'API keys' });
  await keys.getByLabel('Name of the new key').fill('Practice system');
  await keys.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByLabel('New key', { exact: true }).inputValue();
  assert.match(key, /^ak_[0-9a-f]{32}$/);
  const withKey = await page.evaluate(async (key) => (await fetch('/api/v1/clients', { headers: { Authorization: `Bearer ${key}` }, credentials: 'omit' })).status, key);
  assert.equal(withKey, 200);

  // Two-factor authentication: enrol with the QR code's secret, then log
  // in again with a code.
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await page.locator('.qr svg').waitFor();
  const secret = await page.getByLabel('Key', { exact: true }).inputValue();
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await notice.getByText('Two-factor authentication is on.').waitFor();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Staff login', exact: true }).waitFor();
  assert.equal((await api('GET', '/me')).status, 401);
  await page.getByLabel('Email').fill('admin@clinic.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('Enter the code from your authenticator app.').waitFor();
  // A code works once: the one that turned two-factor on is used up, so
  // this login takes the next one (valid already: one step of clock skew).
  await page.getByLabel('Code from your authenticator app').fill(totp(secret, Date.now() + 30000));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Appointments', exact: true }).waitFor();
  assert.equal((await api('GET', '/me')).body.staff.totp_enabled, true);

  // The pages are served with a strict content security policy, and
  // nothing on them failed.
  const response = await page.request.get(`${server.base}/staff/appointments`);
  assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), []);
});

test('clients and email templates have a language, the clinic a contact', { timeout: 120000 }, async () => {
  const server = await startServer();
  servers.push(server);
  await createOrganisation(server, 'Test Clinic', 'admin@fields.example');
  browser ??= await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await staffLogin(page, server, 'admin@fields.example');
  const api = staffApi(page);
  const notice = page.locator('#notice');

  // A client who reads Dutch; then back to the clinic's default.
  await page.getByRole('link', { name: 'Clients' }).click();
  const newClient = page.getByRole('form', { name: 'New client' });
  await newClient.getByLabel('Initials').fill('M.');
  await newClient.getByLabel('Last name').fill('de Vries');
  const languages = await newClient.getByLabel('Language').locator('option').allTextContents();
  assert.deepEqual(languages, ['Clinic default', 'English', 'Nederlands', 'Deutsch', 'Français', 'Español', 'Italiano', 'Português', 'Svenska', 'Polski', 'Türkçe', 'Українська', 'العربية']);
  await newClient.getByLabel('Language').selectOption({ label: 'Nederlands' });
  await newClient.getByRole('button', { name: 'Add client' }).click();
  await notice.getByText('Client M. de Vries added.').waitFor();
  let client = (await api('GET', '/clients')).body.items[0];
  assert.equal(client.language, 'nl');
  await page.getByRole('table', { name: 'Clients' }).getByRole('row').filter({ hasText: 'de Vries' }).getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit client' });
  assert.equal(await edit.getByLabel('Language').inputValue(), 'nl');
  await edit.getByLabel('Language').selectOption({ label: 'Clinic default' });
  await edit.getByRole('button', { name: 'Save' }).click();
  await notice.getByText('Client saved.').waitFor();
  client = (await api('GET', `/clients/${client.id}`)).body;
  assert.equal(client.language, null);

  // The clinic's contact: a colour too light for white text is refused
  // (the server's error shows, at the field); a dark one is kept.
  await page.getByRole('link', { name: 'Settings' }).click();
  const contact = page.getByRole('group', { name: 'Clinic contact' });
  await contact.getByText('Patients see these on their pages and in emails').waitFor();
  await contact.getByLabel('Phone').fill('+31 20 555 0199');
  await contact.getByLabel('Email').fill('help@clinic.example');
  await contact.getByLabel('Brand colour').fill('#ffff00');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('form', { name: 'Organisation settings' }).getByRole('alert').getByText('Please choose a darker brand colour').waitFor();
  assert.equal((await api('GET', '/organisation')).body.settings.brand_colour ?? null, null);
  await contact.getByLabel('Brand colour').fill('#1f5fbf');
  await page.getByLabel('Clinic name (as patients see it)').fill('Test Clinic Noord');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await notice.getByText('Settings saved.').waitFor();
  assert.equal((await api('GET', '/organisation')).body.name, 'Test Clinic Noord');
  const settings = (await api('GET', '/organisation')).body.settings;
  assert.deepEqual([settings.contact_phone, settings.contact_email, settings.brand_colour], ['+31 20 555 0199', 'help@clinic.example', '#1f5fbf']);
  assert.equal(await page.getByRole('group', { name: 'Clinic contact' }).getByLabel('Email').inputValue(), 'help@clinic.example');

  // A reminder of the clinic's own, for Dutch mails only.
  const templates = page.getByRole('form', { name: 'Email templates' });
  await templates.getByLabel('Which email').selectOption('reminder');
  assert.match(await templates.getByLabel('Subject').inputValue(), /Reminder/, 'the built-in text to start from');
  await templates.getByLabel('Language').selectOption({ label: 'Nederlands' });
  await templates.getByLabel('Subject').fill('Herinnering: uw videoconsult om *|time|*');
  await templates.getByLabel('Text', { exact: true }).fill('Tot straks, *|client_name|*.');
  await templates.getByRole('button', { name: 'Save template' }).click();
  await notice.getByText('Email template saved.').waitFor();
  const list = (await api('GET', '/email-templates')).body.templates;
  assert.deepEqual(list.map((t) => [t.kind, t.language, t.subject]), [['reminder', 'nl', 'Herinnering: uw videoconsult om *|time|*']]);
  await page.getByRole('form', { name: 'Email templates' }).getByRole('listitem').filter({ hasText: 'Reminder · Whole organisation · Nederlands' }).waitFor();
  // The editor lists the placeholders and previews what a patient reads.
  const editor = page.getByRole('form', { name: 'Email templates' });
  await editor.getByText('Placeholders: *|client_name|*', { exact: false }).waitFor();
  await editor.getByLabel('Text', { exact: true }).fill('Welcome, *|client_name|*, to *|clinic|*.');
  await editor.locator('.preview').getByText('Welcome, A. Jansen, to Test Clinic Noord.').waitFor();

  // A waiting-area text in Dutch beside the one for every language, with
  // its preview.
  const text = page.getByRole('form', { name: 'Waiting-area text' });
  await text.getByLabel('Language').selectOption({ label: 'Nederlands' });
  await text.getByLabel('Text for the whole organisation').fill('Welkom bij *|clinic|*.');
  await text.locator('.preview').getByText('Welkom bij Test Clinic Noord.').waitFor();
  await text.getByRole('button', { name: 'Save text' }).click();
  await notice.getByText('Waiting-area text saved.').waitFor();
  assert.deepEqual((await api('GET', '/waiting-texts')).body.map((w) => [w.language, w.body]), [['nl', 'Welkom bij *|clinic|*.']]);

  // The logo: a picture is kept and shown; a file that is no picture is
  // refused with a reason.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Logo on the patient pages', { exact: false }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await notice.getByText('Logo saved: patients see it on their pages.').waitFor();
  await page.getByRole('img', { name: 'Current logo' }).waitFor();
  assert.match((await api('GET', '/organisation')).body.logo, /^\/api\/v1\/logos\//);
  await page.getByLabel('Logo on the patient pages', { exact: false }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg></svg>') });
  await notice.getByText('This file is not a PNG, JPEG or WebP picture of at most 128 KB.').waitFor();
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await notice.getByText('Logo removed.').waitFor();
  assert.equal((await api('GET', '/organisation')).body.logo, null);
  assert.deepEqual(problems, []);
});

test('staff add people to appointments and invite someone from the waiting room', { timeout: 180000 }, async () => {
  const server = await startServer();
  servers.push(server);
  browser ??= await launchBrowser();
  const problems = [];
  const { staff: page } = await arriveAfterCheck({ server, staffBrowser: browser, patientBrowser: browser, problems, email: 'admin@invite.example' });
  page.on('dialog', (d) => d.accept());
  const api = staffApi(page);
  const me = (await api('GET', '/me')).body.staff;

  // From the waiting room: someone else invited to the waiting patient's
  // consultation, kept as an external participant, with a link to pass on.
  const row = page.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  await row.getByRole('button', { name: 'Invite someone' }).click();
  const invite = page.getByRole('form', { name: 'Invite someone to the consultation of J. Doe' });
  assert.equal(await invite.getByLabel('Name').evaluate((e) => e === document.activeElement), true, 'the name field has the focus');
  await invite.getByRole('button', { name: 'Make a link' }).click();
  await invite.getByRole('alert').getByText("Enter the person's name.").waitFor();
  await invite.getByLabel('Name').fill('Oma Doe');
  await invite.getByLabel('Who they are').selectOption({ label: 'Family member' });
  await invite.getByLabel('Email (optional)').fill('oma@example.org');
  await invite.getByRole('button', { name: 'Make a link' }).click();
  const guestLink = await invite.getByLabel('Link for Oma Doe').inputValue();
  assert.match(guestLink, /\/c\/[0-9a-f]{32}$/, 'a link of her own to the appointment');
  await invite.getByText('Oma Doe is added to this appointment; the link was emailed to them.').waitFor();
  // On a phone the form and its link keep to the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await invite.evaluate((form) => form.scrollWidth <= form.clientWidth && form.getBoundingClientRect().right <= innerWidth),
    'the invitation fits a phone screen');
  if (process.env.STAFF_SCREENSHOT) await page.screenshot({ path: process.env.STAFF_SCREENSHOT, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  const view = (await api('GET', `/links/${guestLink.split('/c/')[1]}`)).body;
  assert.equal(view.role, 'participant');
  const oma = (await api('GET', '/participants')).body.items.find((p) => p.name === 'Oma Doe');
  assert.deepEqual([oma.kind, oma.email], ['family', 'oma@example.org']);
  const appointmentId = (await api('GET', '/appointments?status=waiting')).body.items.find((a) => a.client?.last_name === 'Doe')?.id;
  assert.ok(appointmentId, 'the waiting appointment');
  assert.deepEqual((await api('GET', `/appointments/${appointmentId}`)).body.participants.map((p) => p.name), ['Oma Doe']);
  // The link stays while the list changes (a chat message redraws it) and
  // goes when closed.
  await row.getByRole('button', { name: 'Message' }).click();
  await page.getByRole('form', { name: 'Chat with J. Doe' }).waitFor();
  assert.equal(await invite.getByLabel('Link for Oma Doe').inputValue(), guestLink);
  await invite.getByRole('button', { name: 'Close' }).click();
  await invite.waitFor({ state: 'detached' });

  // The new-appointment form: the admin is preselected as practitioner,
  // and a person is added on the spot (Enter in the name adds, it does not
  // submit the form) and ticked.
  await page.getByRole('link', { name: 'Appointments' }).click();
  const form = page.getByRole('form', { name: 'New appointment' });
  assert.equal(await form.getByLabel('Practitioner').inputValue(), me.id);
  await form.getByRole('group', { name: 'External participants' }).getByText('Oma Doe (family)').waitFor();
  const person = form.getByRole('group', { name: 'Add a person' });
  await person.getByLabel('Name').fill('Mr Tolk');
  await person.getByLabel('Who they are').selectOption({ label: 'Interpreter' });
  await person.getByLabel('Name').press('Enter');
  await form.getByText('Mr Tolk is added and will be invited.').waitFor();
  assert.equal(await form.getByLabel('Mr Tolk (interpreter)').isChecked(), true);
  assert.equal(await form.getByLabel('Oma Doe (family)').isChecked(), false);
  assert.equal(await person.getByLabel('Name').inputValue(), '');
  assert.equal((await api('GET', '/appointments')).body.items.length, 1, 'Enter did not make an appointment');
  const tolk = (await api('GET', '/participants')).body.items.find((p) => p.name === 'Mr Tolk');
  assert.deepEqual([tolk.kind, tolk.email], ['interpreter', null]);
  // One typed in but not added is added when the appointment is made.
  await person.getByLabel('Name').fill('Anna Doe');
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await form.getByLabel('Client').selectOption({ label: 'Doe, J.' });
  await form.getByLabel('Date').fill(tomorrow);
  await form.getByLabel('Time').fill('11:00');
  await form.getByRole('button', { name: 'Create and invite' }).click();
  await page.locator('#notice').getByText('Appointment created for J. Doe').waitFor();
  const made = (await api('GET', '/appointments')).body.items.find((a) => a.starts_at === `${tomorrow}T11:00:00Z`);
  assert.equal(made.practitioner.id, me.id);
  assert.deepEqual(made.participants.map((p) => [p.name, p.kind]).sort(), [['Anna Doe', 'family'], ['Mr Tolk', 'interpreter']]);
  assert.equal(await page.getByLabel('Participant 2 link').count(), 1);
  // No stray "null" anywhere on the pages visited.
  for (const section of ['Appointments', 'Clients', 'Waiting room', 'Account']) {
    await page.getByRole('link', { name: section }).first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    assert.doesNotMatch(await page.locator('body').innerText(), /\bnull\b|undefined/);
  }
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), []);
});
