// Shared helpers for the real-browser tests: start `anteroom serve`, launch
// headless Chromium with the flags from ../shared/TESTING.md, read WebRTC
// stats per remote participant.
import { after } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Starts `anteroom serve` on a free port (of `http`, 127.0.0.1 unless
 * given) with a scratch database; resolves
 * to { base, child, logs, dbArgs, media } where dbArgs names the database
 * (for `anteroom admin` beside the server) and media() lists every SFU
 * worker's media address.
 */
export async function startServer(extraArgs = [], { http = '127.0.0.1:0' } = {}) {
  const bin = process.env.ANTEROOM_BIN;
  if (!bin) throw new Error('ANTEROOM_BIN must point to the anteroom binary');
  const dataDir = mkdtempSync(join(tmpdir(), 'anteroom-browser-'));
  const dbArgs = ['--database-url', `sqlite:${join(dataDir, 'anteroom.db')}`, '--answers-key-file', join(dataDir, 'answers.key')];
  const child = spawn(bin, ['serve', '--http', http, ...dbArgs, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTEROOM_LOG: process.env.ANTEROOM_LOG || 'info,str0m=warn' },
  });
  const logs = [];
  const mediaAddrs = [];
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  createInterface({ input: child.stderr }).on('line', (l) => {
    logs.push(l);
    const m = l.replace(/\x1b\[[0-9;]*m/g, '').match(/announce=([0-9.]+):(\d+)/);
    if (m) mediaAddrs.push({ host: m[1], port: Number(m[2]) });
  });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('\n')}`)), 30000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = line.match(/http:\/\/[0-9.]+:\d+/);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
  return { base, child, logs, dbArgs, media: () => mediaAddrs };
}

export async function stopServer(server) {
  if (!server) return;
  if (process.env.ANTEROOM_TEST_LOGS) console.log(server.logs.join('\n'));
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

export async function launchBrowser(extraFlags = [], executablePath = process.env.CHROMIUM || '/usr/bin/chromium') {
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/**
 * In the page: for each remote participant, the inbound-rtp figures of the
 * media received from them, keyed by display name.
 */
export async function remoteStats(page) {
  return page.evaluate(async () => {
    const call = window.anteroomCall;
    if (!call || !call.pc) return {};
    const out = {};
    for (const p of call.participants.values()) {
      const entry = { framesDecoded: 0, frameWidth: 0, audioEnergy: 0, audioBytes: 0, videoCodec: null };
      for (const track of p.stream ? p.stream.getTracks() : []) {
        const receiver = call.pc.getReceivers().find((r) => r.track === track);
        if (!receiver) continue;
        const stats = await receiver.getStats();
        stats.forEach((r) => {
          if (r.type !== 'inbound-rtp') return;
          if (r.kind === 'video') {
            entry.framesDecoded += r.framesDecoded || 0;
            entry.frameWidth = Math.max(entry.frameWidth, r.frameWidth || 0);
            const codec = r.codecId && stats.get(r.codecId);
            if (codec) entry.videoCodec = codec.mimeType;
          } else {
            entry.audioEnergy += r.totalAudioEnergy || 0;
            entry.audioBytes += r.bytesReceived || 0;
          }
        });
      }
      out[p.displayName] = entry;
    }
    return out;
  });
}

/**
 * An appointment start `minutes` from now, rounded up to the minute, that is
 * still today on the clinic's (UTC, the default) clock: the staff pages list
 * today's appointments, so a test run in the last minutes before midnight
 * must not book tomorrow. Near midnight the start is this minute instead
 * (the link opens an hour before and closes an hour after).
 */
export function soonToday(minutes) {
  const now = Date.now();
  const at = Math.ceil((now + minutes * 60000) / 60000) * 60000;
  const midnight = Math.floor(now / 86400000) * 86400000 + 86400000;
  return new Date(at < midnight ? at : Math.floor(now / 60000) * 60000).toISOString();
}

/** Polls `check` (async, returns truthy when done) every 250 ms until `ms`. */
export async function waitFor(what, check, ms = 30000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Sends `count` seeded garbage datagrams to `target`: random bytes, and
 * headers that look like RTP, RTCP, STUN and DTLS followed by junk.
 */
export async function sendGarbage(target, count, seed = 12345) {
  let x = seed >>> 0;
  const rand = () => {
    // xorshift32: the same sequence on every run.
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  const socket = createSocket('udp4');
  const prefixes = [[], [0x80, 0x60], [0x80, 0xc8], [0x00, 0x01, 0x00, 0x50], [0x16, 0xfe, 0xfd]];
  for (let i = 0; i < count; i++) {
    const len = rand() % 1200;
    const buf = Buffer.alloc(len);
    for (let j = 0; j < len; j++) buf[j] = rand() & 0xff;
    const prefix = prefixes[rand() % prefixes.length];
    for (let j = 0; j < prefix.length && j < len; j++) buf[j] = prefix[j];
    await new Promise((resolve) => socket.send(buf, target.port, target.host, resolve));
  }
  socket.close();
}

/**
 * Collects a page's uncaught errors and console errors (other than HTTP 4xx
 * answers, which the pages expect and handle) into `problems`, as `who: ...`.
 */
export function watchProblems(problems, page, who) {
  page.on('pageerror', (e) => problems.push(`${who}: ${e}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`${who}: ${m.text()}`); });
}

/**
 * Opens the call page for `room` as `name` in a new context of `browser`,
 * its page errors collected in `problems`, without waiting for the call.
 */
export async function openCall(browser, server, room, name, problems) {
  const page = await (await browser.newContext()).newPage();
  watchProblems(problems, page, name);
  await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
  return page;
}

/**
 * Opens the call page for `room` as `name` in a new context of `browser`,
 * its page errors collected in `problems`; resolves to the page once the
 * call is connected.
 */
export async function enterCall(browser, server, room, name, problems) {
  const page = await openCall(browser, server, room, name, problems);
  try {
    await waitFor(`${name} to connect`, () => page.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  } catch (e) {
    // How far it got, so that a failure says where it stopped.
    const where = await page.evaluate(() => {
      const call = window.anteroomCall;
      return JSON.stringify({
        url: location.pathname,
        call: call?.state ?? null,
        ice: call?.pc?.iceConnectionState ?? null,
        gathering: call?.pc?.iceGatheringState ?? null,
        peer: call?.pc?.connectionState ?? null,
        status: document.getElementById('status')?.textContent ?? null,
      });
    }).catch((err) => `unreadable: ${err.message}`);
    throw new Error(`${e.message}: ${where}; page problems: ${JSON.stringify(problems)}`);
  }
  return page;
}

export const PASSWORD = 'correct horse battery staple';

/**
 * Creates an organisation and its admin with `anteroom admin` on the
 * server's database and sets the admin's password (PASSWORD) through the
 * one-time link; resolves to the organisation's id.
 */
export async function createOrganisation(server, name, email) {
  const out = execFileSync(process.env.ANTEROOM_BIN, ['admin', 'create-organisation', '--name', name, '--admin-email', email, ...server.dbArgs], {
    env: { ...process.env, ANTEROOM_LOG: 'warn' },
  }).toString();
  await setPassword(server, out);
  return out.match(/organisation (\S+) created/)[1];
}

/** Sets PASSWORD through a password link (or text holding one). */
export async function setPassword(server, link) {
  const token = link.split('#token=')[1].trim().split(/\s/)[0];
  const r = await fetch(`${server.base}/api/v1/auth/password`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token, password: PASSWORD }) });
  if (r.status !== 204) throw new Error(`setting the password failed: ${r.status}`);
}

/** Logs a staff member in through the staff pages. */
export async function staffLogin(page, server, email) {
  await page.goto(`${server.base}/staff/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Appointments', exact: true }).waitFor();
}

/**
 * `sentence` spoken by espeak-ng, as a WAV with two seconds of silence after
 * it (Chromium's fake capture loops it), for a microphone that speaks.
 */
export function speechFile(sentence, voice = 'en-us') {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-speech-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', file, sentence]);
  const wav = readFileSync(file);
  // Silence appended to the data chunk.
  const { byteRate, dataAt, data } = wavLayout(wav);
  const silence = Buffer.alloc(byteRate * 2);
  const head = Buffer.from(wav.subarray(0, dataAt));
  head.writeUInt32LE(data.length + silence.length, dataAt - 4);
  head.writeUInt32LE(head.length - 8 + data.length + silence.length, 4);
  writeFileSync(file, Buffer.concat([head, data, silence]));
  return file;
}

/**
 * A RIFF WAV's layout: its sample rate and byte rate (the fmt chunk), and
 * its data chunk (`dataAt`: where the samples start).
 */
export function wavLayout(wav) {
  let at = 12;
  let rate = 0;
  let byteRate = 0;
  while (at + 8 <= wav.length) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      rate = wav.readUInt32LE(at + 12);
      byteRate = wav.readUInt32LE(at + 16);
    }
    if (id === 'data') {
      return { rate, byteRate, dataAt: at + 8, data: wav.subarray(at + 8, Math.min(wav.length, at + 8 + size)) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('the WAV has no data chunk');
}

/**
 * Two seconds of silence as a WAV file, for a microphone that must stay
 * quiet: Chromium's default fake microphone beeps (Whisper tiny.en hears
 * its tone bursts as "I...", and the SFU as someone speaking).
 */
export function silenceFile() {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-silence-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'silence.wav');
  const rate = 16000;
  const data = Buffer.alloc(rate * 2 * 2);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(rate, 24);
  head.writeUInt32LE(rate * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([head, data]));
  return file;
}

/** The server's address on the veth to a patient's namespace, and theirs. */
export const SERVER_IP = '10.213.0.1';
export const PATIENT_IP = '10.213.0.2';

const sh = (cmd) => execFileSync('sh', ['-c', cmd], { stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A patient's network (../shared/TESTING.md, "Patients on other networks"):
 * a namespace held by a sleeping process, a veth to ours (SERVER_IP here,
 * PATIENT_IP there) and a default route through us. Needs root; the
 * harness runs the browser tests in a namespace of their own, so this
 * never touches the machine's network. Returns { pid, inside(cmd),
 * firewall(nftRules), close() }; `dir` holds its files.
 */
export function patientNetwork(dir) {
  const holder = spawn('unshare', ['--net', 'sleep', 'infinity'], { stdio: 'ignore' });
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
  let rulesNo = 0;
  return {
    pid,
    inside,
    /** Loads nftables rules in the patient's namespace (replacing none). */
    firewall(rules) {
      const file = join(dir, `firewall-${rulesNo++}.nft`);
      writeFileSync(file, rules);
      inside(`nft -f ${file}`);
    },
    close() {
      // Deleting our end deletes both, at once (the namespace itself is
      // torn down later, asynchronously).
      try { sh('ip link del ar-srv'); } catch (_) { /* already gone */ }
      holder.kill('SIGKILL');
    },
  };
}

/** A Chromium that starts inside `network`'s namespace (for launchBrowser). */
export function chromiumInside(network, dir) {
  const wrapper = join(dir, 'chromium-inside');
  writeFileSync(wrapper, `#!/bin/sh\nexec nsenter --net=/proc/${network.pid}/ns/net ${process.env.CHROMIUM || '/usr/bin/chromium'} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/**
 * In the page: the candidate pair its call's peer connection uses,
 * as `protocol/type` of its local end (`udp/host`, `tcp/prflx`,
 * `udp/relay`), with the relay's own transport for a relay
 * (`udp/relay/tcp`).
 */
export async function selectedPath(page) {
  return page.evaluate(async () => {
    const stats = await window.anteroomCall.pc.getStats();
    // The pair the transport uses (a nominated pair may not be flagged so
    // in every report).
    let pair = null;
    stats.forEach((r) => {
      if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId) || pair;
    });
    const local = pair && stats.get(pair.localCandidateId);
    return local ? [local.protocol, local.candidateType, local.relayProtocol].filter(Boolean).join('/') : null;
  });
}

/**
 * A patient arrives through an appointment link in `patientBrowser`: a new
 * organisation (`email` its admin) books them with its admin, whose waiting
 * list is open in `staffBrowser`; the arrival page's check runs, the patient
 * enters (`beforeEntering(page)` runs on the arrival page just before;
 * `arrivalScript` runs in it before its own scripts).
 * Returns what the check said and what the waiting list shows
 * beside them (`connection`: the wire value, `label`: its words), and the
 * two pages (`staff`: its waiting list, `patient`: in the waiting room).
 */
/**
 * The REST API as the staff member signed in on `page` calls it (their
 * session cookie and CSRF token): `(method, path, body)` resolves to
 * `{ status, body }`.
 */
export function staffApi(page) {
  return (method, p, body) => page.evaluate(async ([method, p, body]) => {
    const r = await fetch('/api/v1' + p, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') }, body: body && JSON.stringify(body) });
    return { status: r.status, body: r.status === 204 ? null : await r.json() };
  }, [method, p, body]);
}

export async function arriveAfterCheck({ server, staffBrowser, patientBrowser, problems, email, beforeEntering = async () => {}, arrivalScript = null }) {
  await createOrganisation(server, 'Test Clinic', email);
  const staff = await (await staffBrowser.newContext()).newPage();
  watchProblems(problems, staff, 'staff');
  await staffLogin(staff, server, email);
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  const client = (await api('POST', '/clients', { initials: 'J.', last_name: 'Doe', practitioners: [me.id] })).body;
  const startsAt = soonToday(10);
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: startsAt, duration_minutes: 20 });
  if (created.status !== 201) throw new Error(`appointment not created: ${JSON.stringify(created.body)}`);
  const link = new URL(created.body.invitation.patient_link);
  await staff.getByRole('link', { name: 'Waiting room' }).click();
  await staff.getByText('Nobody is waiting.').waitFor();

  const arrival = await (await patientBrowser.newContext()).newPage();
  if (arrivalScript) await arrival.addInitScript(arrivalScript);
  watchProblems(problems, arrival, 'patient');
  await arrival.goto(server.base + link.pathname);
  await waitFor('the media check', async () => (await arrival.locator('#check-media').getAttribute('data-result')) === 'ok', 30000);
  const check = await arrival.locator('#check-media .result').textContent();
  await beforeEntering(arrival);
  // By id: the page may be in another language.
  await arrival.locator('#enter').click();
  await arrival.locator('#waiting:not([hidden])').waitFor();

  const row = staff.getByRole('table', { name: 'Waiting' }).getByRole('row').filter({ hasText: 'J. Doe' });
  await row.waitFor();
  return {
    check,
    connection: await row.locator('[data-connection]').getAttribute('data-connection'),
    label: await row.locator('.connection').textContent(),
    staff,
    patient: arrival,
    link,
  };
}

/** A free TCP port on `host`. */
export async function freePort(host) {
  const s = createServer();
  await new Promise((resolve) => s.listen(0, host, resolve));
  const { port } = s.address();
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/**
 * Starts Debian's coturn on SERVER_IP:port with coturn's use-auth-secret
 * scheme (`secret`), relaying from SERVER_IP through ports from
 * `relayPorts`; with `tls` ({ port, cert, key }) also TURN over TLS on
 * `tls.port`. Its pid file goes in `dir`; resolves to the child process
 * (its output lines in `.logs`) once it listens.
 */
export async function startCoturn(port, { dir, secret, tls = null, relayPorts = [49200, 49400] }) {
  const tlsArgs = tls ? [`--tls-listening-port=${tls.port}`, `--cert=${tls.cert}`, `--pkey=${tls.key}`] : ['--no-tls'];
  const child = spawn('turnserver', [
    '-n', '--no-cli', ...tlsArgs, '--no-dtls', '--fingerprint',
    `--listening-ip=${SERVER_IP}`, `--relay-ip=${SERVER_IP}`, `--listening-port=${port}`,
    `--min-port=${relayPorts[0]}`, `--max-port=${relayPorts[1]}`,
    '--use-auth-secret', `--static-auth-secret=${secret}`, '--realm=anteroom.test',
    '--log-file=stdout', '--simple-log', `--pidfile=${join(dir, `turnserver-${port}.pid`)}`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  const logs = [];
  createInterface({ input: child.stdout }).on('line', (l) => logs.push(l));
  createInterface({ input: child.stderr }).on('line', (l) => logs.push(l));
  child.logs = logs;
  await waitFor('coturn to listen', async () => logs.some((l) => /listener opened on|Total General servers/i.test(l)) || child.exitCode !== null, 15000);
  if (child.exitCode !== null) throw new Error(`coturn exited:\n${logs.join('\n')}`);
  return child;
}

/** A self-signed certificate for SERVER_IP in `dir`: { cert, key } paths. */
export function serverCertificate(dir) {
  const cert = join(dir, 'turn-cert.pem');
  const key = join(dir, 'turn-key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=turn.anteroom.test', '-addext', `subjectAltName=IP:${SERVER_IP}`], { stdio: 'ignore' });
  return { cert, key };
}

/** A phone's user agent, for Chromium's mobile emulation. */
export const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';
/** Phones and a laptop: the viewports every page must fit. */
export const VIEWPORTS = [
  { name: 'small phone', width: 360, height: 640, phone: true },
  { name: 'phone', width: 390, height: 844, phone: true },
  { name: 'large phone', width: 430, height: 932, phone: true },
  { name: 'phone in landscape', width: 844, height: 390, phone: true },
  { name: 'laptop', width: 1366, height: 768, phone: false },
];

/**
 * In the page: what is wrong with the controls `selector` matches that are
 * shown. With `scroll`, each is first scrolled into view (it may sit below
 * the fold, as long as it can be reached).
 */
export function layoutProblems(page, { selector, phone, scroll }) {
  return page.evaluate(async ({ selector, phone, scroll }) => {
    const problems = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > innerWidth + 1) problems.push(`scrolls sideways: ${root.scrollWidth} px in ${innerWidth}`);
    for (const c of document.querySelectorAll(selector)) {
      const style = getComputedStyle(c);
      if (c.closest('[hidden]') || c.classList.contains('visually-hidden') || style.visibility === 'hidden' || c.getClientRects().length === 0) continue;
      const label = (c.getAttribute('aria-label') || c.textContent || c.id || c.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
      if (scroll) {
        c.scrollIntoView({ block: 'center', inline: 'center' });
        await new Promise((r) => requestAnimationFrame(r));
      }
      const r = c.getBoundingClientRect();
      if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
        problems.push(`"${label}" is off screen at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`);
        continue;
      }
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const target = c.tagName === 'SELECT' || c.tagName === 'INPUT' ? c : c.closest('label') || c;
      if (!top || !(target === top || target.contains(top) || top.contains(target) || top.closest('label') === target.closest('label') && top.closest('label'))) {
        problems.push(`"${label}" is covered by <${top?.tagName.toLowerCase()} id="${top?.id}" class="${top?.className}">`);
      }
      if (phone && (r.width < 43.5 || r.height < 43.5)) problems.push(`"${label}" is ${Math.round(r.width)}x${Math.round(r.height)} px`);
    }
    if (scroll) window.scrollTo(0, 0);
    return problems;
  }, { selector, phone, scroll });
}

/** The controls a person operates. */
export const CONTROLS = 'button, select, input, a[href], label.button';

/**
 * A real SMTP server (aiosmtpd, Debian's python3-aiosmtpd) writing into a
 * Maildir; `mails()` reads them back with Python's email package (the
 * control plane's tests' reader): `{ to, subject, body, html, ... }`.
 */
export async function startSmtpCapture() {
  const port = await freePort('127.0.0.1');
  const parent = mkdtempSync(join(tmpdir(), 'anteroom-smtp-'));
  // (A Maildir that does not exist yet: Python's mailbox makes it whole.)
  const dir = join(parent, 'maildir');
  const child = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', dir], { stdio: 'ignore' });
  await waitFor('the SMTP server', () => new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
  }), 15000);
  const reader = fileURLToPath(new URL('../../control-plane/tests/mail/read_maildir.py', import.meta.url));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails: () => JSON.parse(execFileSync('/usr/bin/python3', [reader, dir]).toString()),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
