// Two signalling nodes on one Redis behind a load balancer, as a clinic
// runs them; node A is killed (SIGKILL) while a patient waits on it and a
// consultation runs on it. The pages reconnect by themselves: the waiting
// patient is back in the practitioner's list in the same place, and the
// consultation's media flows again on node B with no new admission.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { generateKeyPairSync, sign } from 'node:crypto';
import net from 'node:net';
import { launchBrowser, remoteStats, waitFor, watchProblems } from './lib.mjs';

const children = [];
let browser;
let balancer;

after(async () => {
  await browser?.close();
  balancer?.close();
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** A port nothing listens on now. */
async function freePort() {
  const s = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  children.push(child);
  await waitFor('Redis to listen', () => new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  }), 10000);
  return `redis://127.0.0.1:${port}`;
}

/** `anteroom signalling` on a free port; resolves to { port, child, logs }. */
async function startNode(redis, publicKey, mediaPorts) {
  const child = spawn(process.env.ANTEROOM_BIN, ['signalling', '--http', '127.0.0.1:0', '--redis-url', redis, '--join-public-key', publicKey, '--media-ports', mediaPorts, '--sfu-workers', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTEROOM_LOG: process.env.ANTEROOM_LOG || 'info,str0m=warn' },
  });
  children.push(child);
  const logs = [];
  createInterface({ input: child.stderr }).on('line', (l) => logs.push(l));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start:\n${logs.join('\n')}`)), 30000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = line.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { port, child, logs };
}

/** A TCP load balancer: each connection goes to the first node that accepts it. */
async function startBalancer(ports) {
  const server = net.createServer((client) => {
    const tryNode = (i) => {
      if (i >= ports.length) return client.destroy();
      const upstream = net.connect(ports[i], '127.0.0.1');
      upstream.once('error', () => tryNode(i + 1));
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
      });
    };
    // Held until piped (pipe resumes it), so nothing sent early is lost.
    client.pause();
    client.on('error', () => {});
    tryNode(0);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return server;
}

/** Join tokens as the control plane signs them (Ed25519 JWT). */
function signer() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = (claims) => {
    const body = `${b64({ alg: 'EdDSA', typ: 'JWT' })}.${b64(claims)}`;
    return `${body}.${sign(null, Buffer.from(body), privateKey).toString('base64url')}`;
  };
  return { publicKeyHex: raw.toString('hex'), token };
}

function claims(name, room, role, queue) {
  const now = Math.floor(Date.now() / 1000);
  const staff = role === 'practitioner';
  return {
    sub: `failover:${name}`, org: 'clinic', room, name, role,
    grants: staff ? ['publish', 'subscribe', 'admit', 'chat'] : ['publish', 'subscribe', 'chat', 'waiting_chat'],
    max_participants: 6, iat: now, exp: now + 600,
    ...(staff ? {} : { waiting: { queues: [queue], marker: 'on_time' } }),
  };
}

test('a node killed mid-wait and mid-call: the pages reconnect by themselves', { timeout: 180000 }, async () => {
  const keys = signer();
  const redis = await startRedis();
  const a = await startNode(redis, keys.publicKeyHex, '41100-41149');
  const b = await startNode(redis, keys.publicKeyHex, '41150-41199');
  balancer = await startBalancer([a.port, b.port]);
  const base = `http://127.0.0.1:${balancer.address().port}`;
  if (process.env.FAILOVER_DEBUG) console.log(`A ${a.port} B ${b.port} balancer ${base}`);
  browser = await launchBrowser();
  const problems = [];
  const open = async (name, role) => {
    const page = await (await browser.newContext()).newPage();
    watchProblems(problems, page, name);
    if (process.env.FAILOVER_DEBUG) page.on('console', (m) => console.log(`${name}: ${m.text()}`));
    if (process.env.FAILOVER_DEBUG) page.on('pageerror', (e) => console.log(`${name}: ${e.stack}`));
    const token = keys.token(claims(name, 'a-1', role, 'staff:kay'));
    await page.goto(`${base}/call/a-1?name=${encodeURIComponent(name)}#${new URLSearchParams({ token })}`);
    // Counts the times this page was put in the waiting area.
    await page.waitForFunction(() => window.anteroomCall);
    await page.evaluate(() => {
      window.waitedTimes = 0;
      window.anteroomCall.addEventListener('waiting', () => window.waitedTimes++);
      if (window.anteroomCall.waiting) window.waitedTimes++;
    });
    return page;
  };

  // On node A: Dr Kay admits Quinn; they see each other.
  const kay = await open('Kay', 'practitioner');
  await waitFor('Kay to connect', () => kay.evaluate(() => window.anteroomCall.state === 'connected'));
  const quinn = await open('Quinn', 'patient');
  const waiters = () => kay.evaluate(() => [...window.anteroomCall.waitingToJoin.values()].map((e) => ({ id: e.participant, name: e.display_name, since: e.since_ms })));
  const quinnEntry = await waitFor('Quinn in Kay\'s list', async () => (await waiters()).find((e) => e.name === 'Quinn'));
  await kay.evaluate((id) => window.anteroomCall.admit(id), quinnEntry.id);
  const decodes = (page, who, more = 0) => waitFor(`${who} decoded`, async () => {
    const s = (await remoteStats(page))[who];
    return s && s.framesDecoded > more && s.audioBytes > 0 && s;
  }, 60000);
  await decodes(kay, 'Quinn', 10);
  await decodes(quinn, 'Kay', 10);

  // Pia waits for the same consultation, on node A too.
  const pia = await open('Pia', 'patient');
  const piaEntry = await waitFor('Pia in Kay\'s list', async () => (await waiters()).find((e) => e.name === 'Pia'));
  assert.equal(await pia.evaluate(() => window.waitedTimes), 1);

  // The desk follows Dr Kay's list on node B (the staff page's WaitingList).
  const watchToken = keys.token({ ...claims('Desk', 'w-1', 'practitioner'), watch: ['staff:kay'] });
  await kay.evaluate(async ({ token, url }) => {
    const { WaitingList } = await import('/sdk/anteroom.js');
    const list = new WaitingList({ token, url });
    window.desk = [];
    list.addEventListener('change', (e) => {
      // (The first change, once the list has arrived, names nobody.)
      for (const kind of ['arrived', 'updated', 'left']) {
        if (e.detail[kind]) window.desk.push(`${kind}:${e.detail[kind].display_name}`);
      }
    });
    await list.start();
  }, { token: watchToken, url: `ws://127.0.0.1:${b.port}/ws` });
  const kayBefore = await kay.evaluate(() => window.anteroomCall.participantId);
  a.child.kill('SIGKILL');
  const crashed = Date.now();

  // Pia's page reconnects through the balancer to B: Kay (reconnected to
  // B too) sees her entry again, the same id, the same arrival time.
  const show = async () => JSON.stringify({
    kay: await kay.evaluate(() => ({ state: window.anteroomCall.state, id: window.anteroomCall.participantId, url: window.anteroomCall.url })),
    pia: await pia.evaluate(() => ({ state: window.anteroomCall.state, waiting: window.anteroomCall.waiting, url: window.anteroomCall.url })),
    quinn: await quinn.evaluate(() => ({ state: window.anteroomCall.state, waiting: window.anteroomCall.waiting })),
    waiters: await waiters(),
  });
  const report = process.env.FAILOVER_DEBUG && setInterval(async () => console.log(await show().catch(String)), 3000);
  after(() => clearInterval(report));
  await waitFor('Pia waiting again, in Kay\'s list on B', async () => {
    const { state, id } = await kay.evaluate(() => ({ state: window.anteroomCall.state, id: window.anteroomCall.participantId }));
    return id && id !== kayBefore && state === 'connected' && (await waiters()).some((e) => e.id === piaEntry.id && e.since === piaEntry.since);
  }, 30000);
  const piaBack = Date.now() - crashed;
  assert.deepEqual((await waiters()).filter((e) => e.name === 'Pia'), [piaEntry], 'once, in her place');
  assert.equal(await pia.evaluate(() => window.anteroomCall.waiting), true);
  // To the desk, Pia reconnecting is no new arrival (no second doorbell).
  await waitFor('the desk to see Pia again', async () => (await kay.evaluate(() => window.desk)).includes('updated:Pia'), 10000);
  assert.ok(!(await kay.evaluate(() => window.desk)).includes('arrived:Pia'), await kay.evaluate(() => window.desk.join(', ')));

  // The consultation is back on B: media flows both ways again, and Quinn
  // was never put back in the waiting area.
  await decodes(kay, 'Quinn', 10);
  await decodes(quinn, 'Kay', 10);
  const mediaBack = Date.now() - crashed;
  assert.equal(await quinn.evaluate(() => window.waitedTimes), 1, 'no new admission');
  assert.equal(await quinn.evaluate(() => window.anteroomCall.state), 'connected');
  console.log(`after SIGKILL of node A: Kay back on B with Pia listed in her place after ${piaBack} ms; media back both ways after ${mediaBack} ms`);
  // (Chromium logs each failed connection to the dead node.)
  assert.deepEqual(problems.filter((p) => !/WebSocket connection to .* failed/.test(p)), []);
});
