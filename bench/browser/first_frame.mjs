// Join-to-first-frame over each way media can flow, side by side in one
// run: UDP, TCP (ICE over TCP, UDP dropped), TURN over TCP and TURN over
// TLS (only TCP to coturn's port, or only TLS to its TLS port). A clinic's
// Chromium waits in a room; the patient's Chromium, in a network namespace
// of its own behind nftables, opens the call page; the figure is the time
// from opening the page until the first frame of the other's video is
// decoded, on each side. The paths take turns, trial by trial, so drift on
// a noisy machine touches them alike.
//
// Needs root, Debian's coturn and openssl, Chromium and the browser tests'
// npm packages (`npm ci --prefix tests/browser`), inside a network
// namespace of its own:
//   cargo build --bin anteroom
//   ANTEROOM_BIN=$PWD/target/debug/anteroom unshare --net -- sh -c \
//     'ip link set lo up && node bench/browser/first_frame.mjs'
// TRIALS (default 5) sets the joins per path.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, stopServer, launchBrowser, remoteStats, openCall, enterCall, startCoturn, freePort,
  serverCertificate, SERVER_IP, patientNetwork, chromiumInside, selectedPath,
} from '../../tests/browser/lib.mjs';

const TRIALS = Number(process.env.TRIALS || 5);
const SECRET = 'bench-only-coturn-secret';

const dir = mkdtempSync(join(tmpdir(), 'anteroom-first-frame-'));
const patient = patientNetwork(dir);
const turnPort = await freePort(SERVER_IP);
const tlsPort = await freePort(SERVER_IP);
const coturn = await startCoturn(turnPort, { dir, secret: SECRET, tls: { port: tlsPort, ...serverCertificate(dir) } });
const server = await startServer([
  '--open-rooms', '--media-ip', SERVER_IP,
  '--turn-url', `turn:${SERVER_IP}:${turnPort}?transport=tcp`, '--turn-url', `turns:${SERVER_IP}:${tlsPort}?transport=tcp`,
  '--turn-secret', SECRET,
], { http: `${SERVER_IP}:0` });
const httpPort = new URL(server.base).port;
const secure = `--unsafely-treat-insecure-origin-as-secure=${server.base}`;
const clinicBrowser = await launchBrowser([secure]);
// The test's certificate stands in for a clinic's real one.
const patientBrowser = await launchBrowser([secure, '--ignore-certificate-errors'], chromiumInside(patient, dir));

const onlyTcpTo = (...ports) => [
  'table inet firewall {',
  '  chain input { type filter hook input priority 0; policy drop; iif "lo" accept; ct state established,related accept; }',
  `  chain output { type filter hook output priority 0; policy drop; oif "lo" accept; tcp dport { ${ports.join(', ')} } accept; }`,
  '}',
].join('\n');
const PATHS = [
  { name: 'UDP', rules: null },
  {
    // No UDP, and no way to coturn either, so that ICE over TCP is what
    // is measured (with coturn reachable ICE may pick the relay).
    name: 'TCP',
    rules: [
      'table inet firewall {',
      '  chain input { type filter hook input priority 0; policy accept; iif "lo" accept; meta l4proto udp drop; }',
      `  chain output { type filter hook output priority 0; policy accept; oif "lo" accept; meta l4proto udp drop; tcp dport { ${turnPort}, ${tlsPort} } drop; }`,
      '}',
    ].join('\n'),
  },
  { name: 'TURN/TCP', rules: onlyTcpTo(httpPort, turnPort) },
  { name: 'TURN/TLS', rules: onlyTcpTo(httpPort, tlsPort) },
];

/** Resolves to ms since `start` once `page` has decoded a frame from `from`. */
async function firstFrame(page, from, start) {
  const deadline = start + 30000;
  for (;;) {
    if (((await remoteStats(page))[from]?.framesDecoded || 0) > 0) return Date.now() - start;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const results = Object.fromEntries(PATHS.map((p) => [p.name, { patient: [], clinic: [], selected: new Set() }]));
try {
  for (let trial = 0; trial < TRIALS; trial++) {
    for (const path of PATHS) {
      patient.inside('nft flush ruleset');
      if (path.rules) patient.firewall(path.rules);
      const problems = [];
      const room = `ff-${trial}-${path.name.replace('/', '-').toLowerCase()}`;
      const clinic = await enterCall(clinicBrowser, server, room, 'Clinic', problems);
      const start = Date.now();
      const page = await openCall(patientBrowser, server, room, 'Patient', problems);
      const [atPatient, atClinic] = await Promise.all([firstFrame(page, 'Clinic', start), firstFrame(clinic, 'Patient', start)]);
      const r = results[path.name];
      r.patient.push(atPatient);
      r.clinic.push(atClinic);
      r.selected.add(await selectedPath(page).catch(() => 'none'));
      await page.context().close();
      await clinic.context().close();
    }
  }
} finally {
  await clinicBrowser.close();
  await patientBrowser.close();
  await stopServer(server);
  coturn.kill('SIGTERM');
  patient.close();
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const span = (xs) => {
  const s = xs.filter((x) => x !== null);
  return s.length ? `${Math.min(...s)}-${Math.max(...s)}` : '-';
};
const base = median(results.UDP.patient);
console.log(`join to first frame, ${TRIALS} joins per path (ms from opening the patient's page)`);
console.log('| path | selected by the patient | patient sees clinic: median (range) | clinic sees patient: median (range) | vs UDP | failed |');
console.log('|---|---|---|---|---|---|');
for (const path of PATHS) {
  const r = results[path.name];
  const failed = [...r.patient, ...r.clinic].filter((x) => x === null).length;
  const m = median(r.patient);
  console.log(`| ${path.name} | ${[...r.selected].join(', ')} | ${m} (${span(r.patient)}) | ${median(r.clinic)} (${span(r.clinic)}) | ${base && m ? (m / base).toFixed(2) : '-'} | ${failed} |`);
}
