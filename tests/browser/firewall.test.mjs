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
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, stopServer, launchBrowser, remoteStats, waitFor, openCall, arriveAfterCheck,
  SERVER_IP, patientNetwork, chromiumInside, selectedPath,
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

  server = await startServer(['--open-rooms', '--media-ip', SERVER_IP, '--metrics'], { http: `${SERVER_IP}:0` });
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
  // The operator's /metrics shows the same: one connection over each
  // transport, each with a round trip and bytes both ways.
  let metrics = '';
  await waitFor('the SFU\'s figures of both connections', async () => {
    metrics = await (await fetch(`${server.base}/metrics`)).text();
    return /anteroom_media_connections\{transport="tcp"\} 1\n/.test(metrics)
      && /anteroom_media_connections\{transport="udp"\} 1\n/.test(metrics)
      && (metrics.match(/^anteroom_connection_round_trip_seconds\{/gm) || []).length === 2;
  }, 10000);
  for (const transport of ['tcp', 'udp']) {
    const received = metrics.match(new RegExp(`^anteroom_connection_received_bytes_total\\{connection="p[^"]+",transport="${transport}"\\} (\\d+)$`, 'm'));
    assert.ok(received && Number(received[1]) > 10000, `bytes from the ${transport} connection: ${metrics}`);
  }
  assert.ok(!/Patient|Clinic|firewall/.test(metrics), 'no name and no room on /metrics');
  assert.deepEqual(problems, []);
});

test('the arrival check finds the network blocks UDP, and the clinic sees "TCP only" in its waiting list', { timeout: 180000 }, async () => {
  // The same patient network and server as above.
  const problems = [];
  const arrived = await arriveAfterCheck({ server, staffBrowser: clinicBrowser, patientBrowser, problems, email: 'doc@clinic.example' });
  console.log(`arrival check behind a UDP firewall: ${arrived.check}`);
  assert.match(arrived.check, /^works over TCP only \(\d+ ms, no loss, \d+\.\d Mbit\/s up\): your network blocks UDP/);
  assert.equal(arrived.connection, 'tcp_only');
  assert.equal(arrived.label, 'TCP only');
  assert.deepEqual(problems, []);
});

test('the arrival check measures loss: on a network losing a fifth of its packets it says the connection is poor, and so does the waiting list', { timeout: 180000 }, async () => {
  // The same patient network and server; UDP allowed again, TCP to the
  // media port not (so that the test goes over UDP), and a fifth of the
  // patient's UDP lost on its way in to the server (nftables on our side of
  // the veth, in the harness's own namespace: this kernel has no netem, and
  // a drop on the patient's own output would fail its send, not lose it).
  patient.inside('nft flush ruleset');
  patient.firewall([
    'table inet firewall {',
    `  chain output { type filter hook output priority 0; policy accept; oif "lo" accept; tcp dport != ${new URL(server.base).port} drop; }`,
    '}',
  ].join('\n'));
  const rules = join(dir, 'lossy.nft');
  writeFileSync(rules, [
    'table inet lossy {',
    '  chain input {',
    '    type filter hook input priority 0; policy accept;',
    '    iifname "ar-srv" meta l4proto udp numgen random mod 100 < 20 drop',
    '  }',
    '}',
  ].join('\n'));
  execFileSync('nft', ['-f', rules]);
  try {
    const problems = [];
    const arrived = await arriveAfterCheck({ server, staffBrowser: clinicBrowser, patientBrowser, problems, email: 'doc@lossy.example' });
    console.log(`arrival check with a fifth of the packets lost: ${arrived.check}`);
    const lost = arrived.check.match(/^slow \(\d+ ms, ([\d.]+)% lost, \d+\.\d Mbit\/s up\): the picture may freeze/);
    assert.ok(lost, arrived.check);
    assert.ok(Number(lost[1]) > 10 && Number(lost[1]) < 30, `about a fifth lost: ${arrived.check}`);
    assert.equal(arrived.connection, 'poor');
    assert.equal(arrived.label, 'poor');
    assert.deepEqual(problems, []);
  } finally {
    execFileSync('nft', ['delete', 'table', 'inet', 'lossy']);
  }
});
