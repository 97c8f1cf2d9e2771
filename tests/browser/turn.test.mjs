// The hardest network, through real browsers and a real coturn: the patient's
// namespace lets out only TCP to the clinic's web port and to coturn's port
// (no UDP, no TCP to the SFU's media port), so the only way for media is
// TURN over TCP. anteroom hands each connection coturn credentials of its
// own (`get_ice_servers`, coturn's use-auth-secret scheme); the call goes
// through the relay both ways. Credentials past their time are refused by
// coturn, and the ones the SDK fetched work. The arrival check says
// "relayed", and so does the waiting list. Then with only TLS to a second
// coturn's TLS port (`turns:`): a relay whose certificate the browser cannot
// verify is not used, and with the certificate accepted the call goes
// through TURN over TLS.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, stopServer, launchBrowser, remoteStats, waitFor, openCall, enterCall, arriveAfterCheck,
  startCoturn, freePort, serverCertificate, SERVER_IP, patientNetwork, chromiumInside, selectedPath,
} from './lib.mjs';

const SECRET = 'test-only-coturn-secret';

let server;
let coturn;
let tlsServer;
let tlsCoturn;
let clinicBrowser;
let patientBrowser;
let trustingBrowser;
let tlsClinicBrowser;
let patient;
let dir;

after(async () => {
  await clinicBrowser?.close();
  await patientBrowser?.close();
  await trustingBrowser?.close();
  await tlsClinicBrowser?.close();
  await stopServer(server);
  await stopServer(tlsServer);
  coturn?.kill('SIGTERM');
  tlsCoturn?.kill('SIGTERM');
  patient?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** In the page: relay candidates (and errors) gathered with only `iceServer`. */
async function gatherRelays(page, iceServer) {
  return page.evaluate(async (iceServer) => {
    const pc = new RTCPeerConnection({ iceServers: [iceServer], iceTransportPolicy: 'relay' });
    pc.createDataChannel('probe');
    const relays = [];
    const errors = [];
    pc.onicecandidateerror = (e) => errors.push(e.errorCode);
    pc.onicecandidate = (e) => { if (e.candidate && / typ relay /.test(e.candidate.candidate)) relays.push(e.candidate.candidate); };
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 10000);
      pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') { clearTimeout(timer); resolve(); } };
    });
    pc.close();
    return { relays: relays.length, errors };
  }, iceServer);
}

test('a patient whose network allows only TCP to the web and to TURN gets the call through the relay', { timeout: 180000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'anteroom-turn-'));
  patient = patientNetwork(dir);
  const turnPort = await freePort(SERVER_IP);
  coturn = await startCoturn(turnPort, { dir, secret: SECRET });
  const turnUrl = `turn:${SERVER_IP}:${turnPort}?transport=tcp`;
  server = await startServer(
    ['--open-rooms', '--media-ip', SERVER_IP, '--turn-url', turnUrl, '--turn-secret', SECRET],
    { http: `${SERVER_IP}:0` },
  );
  const httpPort = new URL(server.base).port;
  // Out of the patient's network: TCP to the web server and to coturn only.
  patient.firewall([
    'table inet firewall {',
    '  chain input { type filter hook input priority 0; policy drop; iif "lo" accept; ct state established,related accept; }',
    `  chain output { type filter hook output priority 0; policy drop; oif "lo" accept; tcp dport { ${httpPort}, ${turnPort} } accept; }`,
    '}',
  ].join('\n'));

  const secure = `--unsafely-treat-insecure-origin-as-secure=${server.base}`;
  clinicBrowser = await launchBrowser([secure]);
  patientBrowser = await launchBrowser([secure], chromiumInside(patient, dir));
  const problems = [];
  const open = (browser, name) => openCall(browser, server, 'relay', name, problems);
  const clinic = await open(clinicBrowser, 'Clinic');
  await waitFor('the clinic to connect', () => clinic.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  const joined = Date.now();
  const patientPage = await open(patientBrowser, 'Patient');
  for (const [page, other] of [[clinic, 'Patient'], [patientPage, 'Clinic']]) {
    await waitFor(`${other} decoded`, async () => {
      const s = await remoteStats(page);
      return s[other] && s[other].framesDecoded > 5 && s[other].audioEnergy > 0;
    }, 20000);
  }
  console.log(`TURN over TCP: both decode ${((Date.now() - joined) / 1000).toFixed(1)} s after the patient opened the page`);
  assert.equal(await selectedPath(patientPage), 'udp/relay/tcp', 'the patient goes through the relay, over TCP to it');
  assert.equal(await selectedPath(clinic), 'udp/host', 'the clinic stays on UDP');

  // The SDK fetched credentials of its own; the secret is nowhere.
  const servers = await patientPage.evaluate(() => window.anteroomCall.iceServers);
  assert.equal(servers.length, 1);
  assert.deepEqual(servers[0].urls, [turnUrl]);
  assert.ok(!JSON.stringify(servers).includes(SECRET));
  const [expiry] = servers[0].username.split(':');
  assert.ok(Number(expiry) > Date.now() / 1000 + 3 * 3600, 'valid for the call and a margin');

  // Correctly signed credentials whose time has passed are refused; the
  // fresh ones work.
  const stale = `${Math.floor(Date.now() / 1000) - 60}:c-old`;
  const expired = { urls: [turnUrl], username: stale, credential: createHmac('sha1', SECRET).update(stale).digest('base64') };
  const refused = await gatherRelays(patientPage, expired);
  assert.equal(refused.relays, 0, `expired credentials got a relay: ${JSON.stringify(refused)}`);
  const fresh = await gatherRelays(patientPage, servers[0]);
  assert.ok(fresh.relays > 0, `fresh credentials got no relay: ${JSON.stringify(fresh)}`);
  assert.deepEqual(problems, []);
});

test('the arrival check finds only the relay works, and the clinic sees "relayed" in its waiting list', { timeout: 180000 }, async () => {
  // The same patient network, coturn and server as above.
  const problems = [];
  const arrived = await arriveAfterCheck({ server, staffBrowser: clinicBrowser, patientBrowser, problems, email: 'doc@relay.example' });
  assert.match(arrived.check, /^works through a relay \(\d+ ms, no loss, \d+\.\d Mbit\/s up\): your network is strict/);
  assert.equal(arrived.connection, 'relayed');
  assert.equal(arrived.label, 'relayed');
  assert.deepEqual(problems, []);
});

test('a patient whose network allows only TLS to the relay gets the call through TURN over TLS', { timeout: 180000 }, async () => {
  // The same patient network; a second coturn that also speaks TLS, with a
  // certificate for its address made here, and a server that hands out
  // only the turns: URL.
  const { cert, key } = serverCertificate(dir);
  const plainPort = await freePort(SERVER_IP);
  const tlsPort = await freePort(SERVER_IP);
  tlsCoturn = await startCoturn(plainPort, { dir, secret: SECRET, tls: { port: tlsPort, cert, key }, relayPorts: [49401, 49600] });
  const turnsUrl = `turns:${SERVER_IP}:${tlsPort}?transport=tcp`;
  tlsServer = await startServer(
    ['--open-rooms', '--media-ip', SERVER_IP, '--turn-url', turnsUrl, '--turn-secret', SECRET],
    { http: `${SERVER_IP}:0` },
  );
  // Out of the patient's network now: TCP to this server's web port and to
  // coturn's TLS port, nothing else.
  patient.inside('nft flush ruleset');
  patient.firewall([
    'table inet firewall {',
    '  chain input { type filter hook input priority 0; policy drop; iif "lo" accept; ct state established,related accept; }',
    `  chain output { type filter hook output priority 0; policy drop; oif "lo" accept; tcp dport { ${new URL(tlsServer.base).port}, ${tlsPort} } accept; }`,
    '}',
  ].join('\n'));
  const secure = `--unsafely-treat-insecure-origin-as-secure=${tlsServer.base}`;
  const problems = [];
  tlsClinicBrowser = await launchBrowser([secure]);
  const clinic = await openCall(tlsClinicBrowser, tlsServer, 'relay-tls', 'Clinic', problems);
  await waitFor('the clinic to connect', () => clinic.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);

  // The browser checks the relay's certificate: one it cannot verify gets
  // no relay. (A real clinic's certificate is signed by a public CA; this
  // one is not, so the patient's browser below is told to accept it.)
  const untrusting = await (await patientBrowser.newContext()).newPage();
  await untrusting.goto(tlsServer.base + '/');
  const user = `${Math.floor(Date.now() / 1000) + 3600}:c-tls`;
  const turns = { urls: [turnsUrl], username: user, credential: createHmac('sha1', SECRET).update(user).digest('base64') };
  const unverified = await gatherRelays(untrusting, turns);
  assert.equal(unverified.relays, 0, `a relay with an unverifiable certificate was used: ${JSON.stringify(unverified)}`);

  trustingBrowser = await launchBrowser([secure, '--ignore-certificate-errors'], chromiumInside(patient, dir));
  const joined = Date.now();
  const patientPage = await openCall(trustingBrowser, tlsServer, 'relay-tls', 'Patient', problems);
  for (const [page, other] of [[clinic, 'Patient'], [patientPage, 'Clinic']]) {
    await waitFor(`${other} decoded`, async () => {
      const s = await remoteStats(page);
      return s[other] && s[other].framesDecoded > 5 && s[other].audioEnergy > 0;
    }, 20000);
  }
  console.log(`TURN over TLS: both decode ${((Date.now() - joined) / 1000).toFixed(1)} s after the patient opened the page`);
  assert.equal(await selectedPath(patientPage), 'udp/relay/tls', 'the patient goes through the relay, over TLS to it');
  assert.deepEqual(problems, []);
});

test('a TURN server that does not answer delays nobody who does not need it', { timeout: 120000 }, async () => {
  // A TURN port whose packets vanish (nftables drops them here, in the
  // harness's own namespace): connecting to it would hang, not fail.
  const deadPort = await freePort('127.0.0.1');
  const rules = join(dir, 'blackhole.nft');
  writeFileSync(rules, [
    'table inet blackhole {',
    '  chain output {',
    '    type filter hook output priority 0; policy accept;',
    `    tcp dport ${deadPort} drop`,
    '  }',
    '}',
  ].join('\n'));
  execFileSync('nft', ['-f', rules]);
  try {
    const quiet = await startServer(['--open-rooms', '--turn-url', `turn:127.0.0.1:${deadPort}?transport=tcp`, '--turn-secret', SECRET]);
    try {
      const browser = await launchBrowser();
      try {
        const problems = [];
        const started = Date.now();
        const ann = await enterCall(browser, quiet, 'quiet-turn', 'Ann', problems);
        const bob = await enterCall(browser, quiet, 'quiet-turn', 'Bob', problems);
        for (const [page, other] of [[ann, 'Bob'], [bob, 'Ann']]) {
          await waitFor(`${other} decoded`, async () => ((await remoteStats(page))[other]?.framesDecoded || 0) > 5, 10000);
        }
        console.log(`with a silent TURN server configured: both decode ${((Date.now() - started) / 1000).toFixed(1)} s after the first opened the page`);
        assert.equal(await selectedPath(ann), 'udp/host');
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    } finally {
      await stopServer(quiet);
    }
  } finally {
    execFileSync('nft', ['delete', 'table', 'inet', 'blackhole']);
  }
});
