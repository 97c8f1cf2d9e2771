// A patient's network changes mid-call (Wi-Fi to mobile data: the address
// they had is gone, a new one takes over), through real browsers: their
// Chromium runs in a network namespace of its own whose address is swapped
// during the call. Media comes back both ways without a reload, within
// 5 s of the new address being up, and the clinic never sees them leave.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, stopServer, launchBrowser, remoteStats, waitFor, enterCall,
  SERVER_IP, PATIENT_IP, patientNetwork, chromiumInside,
} from './lib.mjs';

const NEW_IP = '10.213.0.3';

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

test('media comes back within 5 s of a patient moving to a new address, and nobody leaves', { timeout: 180000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'anteroom-netchange-'));
  patient = patientNetwork(dir);
  server = await startServer(['--open-rooms', '--media-ip', SERVER_IP], { http: `${SERVER_IP}:0` });
  const secure = `--unsafely-treat-insecure-origin-as-secure=${server.base}`;
  clinicBrowser = await launchBrowser([secure]);
  patientBrowser = await launchBrowser([secure], chromiumInside(patient, dir));
  const problems = [];
  const open = (browser, name) => enterCall(browser, server, 'move', name, problems);
  const clinic = await open(clinicBrowser, 'Clinic');
  const patientPage = await open(patientBrowser, 'Patient');
  await clinic.evaluate(() => {
    window.leftEvents = [];
    window.anteroomCall.addEventListener('participantleft', (e) => window.leftEvents.push(e.detail));
  });
  const decoded = async (page, other) => (await remoteStats(page))[other]?.framesDecoded || 0;
  for (const [page, other] of [[clinic, 'Patient'], [patientPage, 'Clinic']]) {
    await waitFor(`${other} decoded`, async () => (await decoded(page, other)) > 10, 20000);
  }

  // The old address goes, a new one comes (as when a phone leaves Wi-Fi).
  patient.inside(`ip addr del ${PATIENT_IP}/24 dev ar-pat && ip addr add ${NEW_IP}/24 dev ar-pat && ip route add default via ${SERVER_IP}`);
  const moved = Date.now();
  // What each had decoded when the old path went.
  const before = { clinic: await decoded(clinic, 'Patient'), patient: await decoded(patientPage, 'Clinic') };
  await waitFor('media back both ways', async () =>
    (await decoded(clinic, 'Patient')) > before.clinic + 15 && (await decoded(patientPage, 'Clinic')) > before.patient + 15, 5000);
  const seconds = (Date.now() - moved) / 1000;
  console.log(`network change: media back both ways ${seconds.toFixed(1)} s after the new address came up`);

  // No reload, no rejoin: the same peer connection and participant id;
  // the clinic never saw the patient leave.
  assert.equal(await patientPage.evaluate(() => window.anteroomCall.state), 'connected');
  assert.deepEqual(await clinic.evaluate(() => window.leftEvents), []);
  assert.deepEqual(problems, []);
});

test('a participant whose link loses packets is marked "poor connection" on the others\' tiles, and recovers', { timeout: 180000 }, async () => {
  // The same server, browsers and patient network as above (the patient
  // now on NEW_IP): two fifths of what the patient sends are lost.
  const clinic = await (await clinicBrowser.newContext()).newPage();
  await clinic.goto(`${server.base}/call/lossy?name=Clinic`);
  await waitFor('the clinic to connect', () => clinic.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  const patientPage = await (await patientBrowser.newContext()).newPage();
  await patientPage.goto(`${server.base}/call/lossy?name=Patient`);
  await waitFor('the clinic to decode the patient', async () => ((await remoteStats(clinic)).Patient?.framesDecoded || 0) > 30, 30000);
  const poorTile = clinic.locator('.tile').filter({ hasText: 'Patient' }).filter({ hasText: 'poor connection' });
  assert.equal(await poorTile.count(), 0, 'a clean link is not poor');

  // (nftables, not netem: this kernel has no sch_netem.)
  patient.firewall([
    'table inet loss {',
    '  chain output {',
    '    type filter hook output priority 0; policy accept;',
    '    meta l4proto udp numgen random mod 100 < 40 drop',
    '  }',
    '}',
  ].join('\n'));
  await poorTile.waitFor({ timeout: 15000 });
  const report = await clinic.evaluate(() => window.anteroomCall.qualityReport());
  // (The report that marked the tile: the SDK makes one every 2 s.)
  assert.ok(report.participants.some((p) => p.displayName === 'Patient' && p.poor), JSON.stringify(report));

  patient.inside('nft delete table inet loss');
  await waitFor('the mark to go', async () => (await poorTile.count()) === 0, 20000);
});
