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
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, watchProblems } from './lib.mjs';

const SERVER_IP = '10.213.0.1';
const PATIENT_IP = '10.213.0.2';

let server;
let clinicBrowser;
let patientBrowser;
let holder;
let dir;

after(async () => {
  await clinicBrowser?.close();
  await patientBrowser?.close();
  await stopServer(server);
  if (holder) holder.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sh = (cmd) => execFileSync('sh', ['-c', cmd], { stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The patient's network: a namespace held by a sleeping process, a veth to
 * ours, a default route through us, and no UDP in or out (loopback aside).
 * Returns the holder's pid.
 */
function patientNetwork() {
  holder = spawn('unshare', ['--net', 'sleep', 'infinity'], { stdio: 'ignore' });
  const pid = holder.pid;
  // The namespace exists once unshare has exec'd sleep in it.
  const ours = sh('readlink /proc/self/ns/net').toString().trim();
  const deadline = Date.now() + 5000;
  while (sh(`readlink /proc/${pid}/ns/net`).toString().trim() === ours) {
    if (Date.now() > deadline) throw new Error('the patient namespace did not appear');
  }
  const inside = (cmd) => sh(`nsenter --net=/proc/${pid}/ns/net sh -c '${cmd}'`);
  sh(`ip link add ar-srv type veth peer name ar-pat netns ${pid}`);
  sh(`ip addr add ${SERVER_IP}/24 dev ar-srv && ip link set ar-srv up`);
  inside(`ip link set lo up && ip addr add ${PATIENT_IP}/24 dev ar-pat && ip link set ar-pat up && ip route add default via ${SERVER_IP}`);
  const rules = [
    'table inet firewall {',
    '  chain input { type filter hook input priority 0; policy accept; iif "lo" accept; meta l4proto udp drop; }',
    '  chain output { type filter hook output priority 0; policy accept; oif "lo" accept; meta l4proto udp drop; }',
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'firewall.nft'), rules);
  inside(`nft -f ${join(dir, 'firewall.nft')}`);
  return pid;
}

/** In the page: the transport of the candidate pair its peer connection uses. */
async function selectedPath(page) {
  return page.evaluate(async () => {
    const stats = await window.anteroomCall.pc.getStats();
    let path = null;
    stats.forEach((r) => {
      if (r.type === 'candidate-pair' && r.nominated && r.state === 'succeeded') {
        const local = stats.get(r.localCandidateId);
        path = local ? `${local.protocol}/${local.candidateType}` : null;
      }
    });
    return path;
  });
}

test('a patient whose network drops UDP gets audio and video both ways over TCP', { timeout: 180000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'anteroom-firewall-'));
  const pid = patientNetwork();
  // UDP from the patient's namespace really gets nowhere.
  const udp = `import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("${SERVER_IP}", 9))`;
  assert.throws(() => execFileSync('nsenter', [`--net=/proc/${pid}/ns/net`, 'python3', '-c', udp], { stdio: 'ignore' }));

  server = await startServer(['--open-rooms', '--media-ip', SERVER_IP], { http: `${SERVER_IP}:0` });
  const secure = `--unsafely-treat-insecure-origin-as-secure=${server.base}`;
  clinicBrowser = await launchBrowser([secure]);
  // The patient's Chromium starts inside the patient's namespace; Playwright
  // drives it over a pipe, which crosses namespaces.
  const wrapper = join(dir, 'chromium-behind-firewall');
  writeFileSync(wrapper, `#!/bin/sh\nexec nsenter --net=/proc/${pid}/ns/net ${process.env.CHROMIUM || '/usr/bin/chromium'} "$@"\n`);
  chmodSync(wrapper, 0o755);
  patientBrowser = await launchBrowser([secure], wrapper);

  const problems = [];
  const open = async (browser, name) => {
    const page = await (await browser.newContext()).newPage();
    watchProblems(problems, page, name);
    await page.goto(`${server.base}/call/firewall?name=${encodeURIComponent(name)}`);
    return page;
  };
  const clinic = await open(clinicBrowser, 'Clinic');
  await waitFor('the clinic to connect', () => clinic.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  const joined = Date.now();
  const patient = await open(patientBrowser, 'Patient');
  for (const [page, other] of [[clinic, 'Patient'], [patient, 'Clinic']]) {
    await waitFor(`${other} decoded`, async () => {
      const s = await remoteStats(page);
      return s[other] && s[other].framesDecoded > 5 && s[other].audioEnergy > 0;
    }, 10000 - (Date.now() - joined));
  }
  const seconds = (Date.now() - joined) / 1000;
  console.log(`behind a UDP firewall: both decode ${seconds.toFixed(1)} s after the patient opened the page`);
  // (Chromium reports its end of an active TCP connection as peer
  // reflexive: the port it announced was the discard port, 9.)
  assert.match(await selectedPath(patient), /^tcp\//, 'the patient goes over TCP');
  assert.equal(await selectedPath(clinic), 'udp/host', 'the clinic stays on UDP');
  assert.deepEqual(problems, []);
});
