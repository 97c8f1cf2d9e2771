// The example of a clinic's own consultation room (web/examples/room.html,
// described in docs/custom-rooms.md) works: an admin in the example page and
// a practitioner on our call page, each with a join token from the REST
// API, decode each other's video and audio and exchange a chat message.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, createOrganisation, setPassword, PASSWORD } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** A logged-in REST client (cookie and CSRF token), as a server would be. */
async function login(base, email) {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  assert.equal(r.status, 200);
  const cookie = r.headers.get('set-cookie').split(';')[0];
  const { csrf_token: csrf } = await r.json();
  return async (method, path, body) => {
    const res = await fetch(`${base}/api/v1${path}`, { method, headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf }, body: body && JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
}

test("the custom-room example joins a consultation with a token", { timeout: 120000 }, async () => {
  server = await startServer();
  await createOrganisation(server, 'Example Clinic', 'admin@clinic.example');
  const admin = await login(server.base, 'admin@clinic.example');
  const doctor = (await admin('POST', '/staff', { email: 'doc@clinic.example', name: 'Dr Example', role: 'practitioner', departments: [] })).body;
  await setPassword(server, doctor.password_link);
  const asDoctor = await login(server.base, 'doc@clinic.example');
  const client = (await asDoctor('POST', '/clients', { initials: 'A.', last_name: 'Patient' })).body;
  const created = await asDoctor('POST', '/appointments', { client: client.id, practitioner: doctor.staff.id, starts_at: new Date(Date.now() + 3600000).toISOString(), duration_minutes: 20 });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.appointment.id;
  const adminTicket = (await admin('POST', `/appointments/${id}/join`, {})).body;
  const doctorTicket = (await asDoctor('POST', `/appointments/${id}/join`, {})).body;
  const adminName = (await admin('GET', '/me')).body.staff.name;

  browser = await launchBrowser();
  const example = await (await browser.newContext()).newPage();
  const problems = [];
  example.on('pageerror', (e) => problems.push(String(e)));
  await example.goto(`${server.base}/examples/room.html#${new URLSearchParams({ room: adminTicket.room, token: adminTicket.token })}`);
  const ours = await (await browser.newContext()).newPage();
  await ours.goto(doctorTicket.call_url);

  await example.waitForFunction(() => window.exampleCall?.participantId);
  await example.evaluate(() => (window.anteroomCall = window.exampleCall)); // for remoteStats
  const atExample = await waitFor('the example to decode the practitioner', async () => {
    const s = (await remoteStats(example))['Dr Example'];
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  const atOurs = await waitFor('our page to decode the example', async () => {
    const s = (await remoteStats(ours))[adminName];
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  console.log('example receives', JSON.stringify(atExample), 'call page receives', JSON.stringify(atOurs));
  // The example's tile shows the practitioner's name (from their token).
  await example.locator('figcaption', { hasText: 'Dr Example' }).waitFor();
  await example.locator('#text').fill('Hello from our own page');
  await example.locator('#send button').click();
  await ours.locator('#chat-log').getByText('Hello from our own page').waitFor();
  assert.deepEqual(problems, []);
});
