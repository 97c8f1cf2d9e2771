// A patient whose network drops all UDP, through real browsers: the patient's
// Chromium runs in a network namespace of its own, joined to the server's by
// a veth, with nftables dropping UDP both ways (../shared/TESTING.md,
// "Patients on other networks"). With `anteroom serve`'s default flags (no
// TURN) the patient and the clinic, whose UDP works, decode each other's
// audio and video: the patient's media goes over TCP to the SFU (ICE-TCP),
// the clinic's stays on UDP.
//
// Needs root (a namespace, a veth, nftables); the harness runs every
// browser test in a loopback-only namespace of its own, so nothing here
// touches the machine's network.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, stopServer, launchBrowser, remoteStats, waitFor, watchProblems, openCall,
  createOrganisation, staffLogin, SERVER_IP, patientNetwork, chromiumInside, selectedPath,
} from './lib.mjs';

let server;
let clinicBrowser;
let patientBrowser;
let patient;
let dir;

after(async () => {
  await clinicBrowser?.close();
  await patientBrowser?.close();
  await stopServer(server);
  patient?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const NO_UDP = [
  'table inet firewall {',
  '  chain input { type filter hook input priority 0; policy accept; iif "lo" accept; meta l4proto udp drop; }',
  '  chain output { type filter hook output priority 0; policy accept; oif "lo" accept; meta l4proto udp drop; }',
  '}',
].join('\n');

test('a patient whose network drops UDP gets audio and video both ways over TCP', { timeout: 180000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'anteroom-firewall-'));
  patient = patientNetwork(dir);
  patient.firewall(NO_UDP);
  const pid = patient.pid;
  // UDP from the patient's namespace really gets nowhere.
  const udp = `import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("${SERVER_IP}", 9))`;
  assert.throws(() => execFileSync('nsenter', [`--net=/proc/${pid}/ns/net`, 'python3', '-c', udp], { stdio: 'ignore' }));

  server = await startServer(['--open-rooms', '--media-ip', SERVER_IP], { http: `${SERVER_IP}:0` });
  const secure = `--unsafely-treat-insecure-origin-as-secure=${server.base}`;
  clinicBrowser = await launchBrowser([secure]);
  // The patient's Chromium starts inside the patient's namespace; Playwright
  // drives it over a pipe, which crosses namespaces.
  patientBrowser = await launchBrowser([secure], chromiumInside(patient, dir));

  const problems = [];
  const open = (browser, name) => openCall(browser, server, 'firewall', name, problems);
  const clinic = await open(clinicBrowser, 'Clinic');
  await waitFor('the clinic to connect', () => clinic.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  const joined = Date.now();
  const patientPage = await open(patientBrowser, 'Patient');
  for (const [page, other] of [[clinic, 'Patient'], [patientPage, 'Clinic']]) {
    await waitFor(`${other} decoded`, async () => {
      const s = await remoteStats(page);
      return s[other] && s[other].framesDecoded > 5 && s[other].audioEnergy > 0;
    }, 10000 - (Date.now() - joined));
  }
  const seconds = (Date.now() - joined) / 1000;
  console.log(`behind a UDP firewall: both decode ${seconds.toFixed(1)} s after the patient opened the page`);
  // (Chromium reports its end of an active TCP connection as peer
  // reflexive: the port it announced was the discard port, 9.)
  assert.match(await selectedPath(patientPage), /^tcp\//, 'the patient goes over TCP');
  assert.equal(await selectedPath(clinic), 'udp/host', 'the clinic stays on UDP');
  assert.deepEqual(problems, []);
});

test('the arrival check finds the network blocks UDP, and the clinic sees "TCP only" in its waiting list', { timeout: 180000 }, async () => {
  // The same patient network and server as above.
  await createOrganisation(server, 'Test Clinic', 'doc@clinic.example');
  const problems = [];
  const staff = await (await clinicBrowser.newContext()).newPage();
  watchProblems(problems, staff, 'staff');
  await staffLogin(staff, server, 'doc@clinic.example');
  const api = (method, p, body) => staff.evaluate(async ([method, p, body]) => {
    const r = await fetch('/api/v1' + p, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') }, body: body && JSON.stringify(body) });
    return { status: r.status, body: r.status === 204 ? null : await r.json() };
  }, [method, p, body]);
  const me = (await api('GET', '/me')).body.staff;
  const client = (await api('POST', '/clients', { initials: 'J.', last_name: 'Doe', practitioners: [me.id] })).body;
  const startsAt = new Date(Math.ceil((Date.now() + 10 * 60000) / 60000) * 60000).toISOString();
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: startsAt, duration_minutes: 20 });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const link = new URL(created.body.invitation.patient_link);
  await staff.getByRole('link', { name: 'Waiting room' }).click();
  await staff.getByText('Nobody is waiting.').waitFor();

  const arrival = await (await patientBrowser.newContext()).newPage();
  watchProblems(problems, arrival, 'patient');
  await arrival.goto(server.base + link.pathname);
  await waitFor('the media check', async () => (await arrival.locator('#check-media').getAttribute('data-result')) === 'ok', 30000);
  assert.match(await arrival.locator('#check-media span').textContent(), /^works over TCP only \(\d+ ms\): your network blocks UDP/);
  await arrival.getByRole('button', { name: 'Enter the waiting room' }).click();
  await arrival.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();

  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  await row.waitFor();
  assert.equal(await row.locator('[data-connection]').getAttribute('data-connection'), 'tcp_only');
  assert.equal(await row.locator('.connection').textContent(), 'TCP only');
  assert.deepEqual(problems, []);
});
