// A link too slow for video, with real browsers: everything the SFU sends is
// squeezed (Linux traffic control on the namespace's loopback, UDP from the
// SFU's media ports only) to less than a voice call needs beside the
// smallest simulcast layer. Each participant's page then says the other's
// video is paused because their connection is too slow, the video stops
// arriving, and both come back once the link is freed.
//
// Needs root in a network namespace of its own (tests/browser.rs runs every
// browser test in one): it changes the traffic control of `lo`. Run alone:
//   unshare -n sh -c 'ip link set lo up; ANTEROOM_BIN=... node --test tests/browser/congestion.test.mjs'
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, enterCall } from './lib.mjs';

let server;
let browsers = [];
let shaped = false;

const tc = (...args) => execFileSync('tc', args, { stdio: ['ignore', 'ignore', 'pipe'] });

function unshape() {
  if (!shaped) return;
  tc('qdisc', 'del', 'dev', 'lo', 'root');
  shaped = false;
}

after(async () => {
  unshape();
  for (const b of browsers) await b.close();
  await stopServer(server);
});

/**
 * Limits UDP sent from `ports` over loopback to `kbit` kbit/s, with a queue
 * of about a third of a second (a router's): HTB, the one shaping qdisc
 * these kernels have, and a u32 filter per port.
 */
function shape(ports, kbit) {
  const links = execFileSync('ip', ['-o', 'link', 'show']).toString().trim().split('\n');
  assert.ok(links.length === 1 && /: lo:/.test(links[0]), 'this test shapes lo: run it in a network namespace of its own (tests/browser.rs does)');
  tc('qdisc', 'add', 'dev', 'lo', 'root', 'handle', '1:', 'htb', 'default', '20');
  shaped = true;
  tc('class', 'add', 'dev', 'lo', 'parent', '1:', 'classid', '1:10', 'htb', 'rate', `${kbit}kbit`, 'ceil', `${kbit}kbit`);
  tc('class', 'add', 'dev', 'lo', 'parent', '1:', 'classid', '1:20', 'htb', 'rate', '10gbit');
  tc('qdisc', 'add', 'dev', 'lo', 'parent', '1:10', 'handle', '10:', 'bfifo', 'limit', String(Math.round((kbit * 1000) / 8 / 3)));
  for (const port of ports) {
    tc('filter', 'add', 'dev', 'lo', 'parent', '1:', 'protocol', 'ip', 'prio', '1', 'u32',
      'match', 'ip', 'protocol', '17', '0xff', 'match', 'ip', 'sport', String(port), '0xffff', 'flowid', '1:10');
  }
}

const flags = (page) => page.evaluate(() => [...document.querySelectorAll('.tile.remote .muted-flags')].map((f) => f.textContent).join(' | '));
const framesFrom = async (page, name) => (await remoteStats(page))[name]?.framesDecoded || 0;

test('a link too slow for video pauses it, says so, and brings it back', { timeout: 240000 }, async () => {
  server = await startServer(['--open-rooms']);
  const browser = await launchBrowser();
  browsers.push(browser);
  const problems = [];
  const room = `congestion-${Date.now()}`;
  const pat = await enterCall(browser, server, room, 'Pat', problems);
  const sam = await enterCall(browser, server, room, 'Sam', problems);
  await waitFor('Sam to decode Pat', async () => (await framesFrom(sam, 'Pat')) > 30, 30000);
  await waitFor('Pat to decode Sam', async () => (await framesFrom(pat, 'Sam')) > 30, 30000);
  assert.equal(await flags(sam), '', 'nothing paused on a free link');

  // 80 kbit/s: the audio (about 40 kbit/s with its headers) fits, no video layer beside it.
  const ports = server.media().map((m) => m.port);
  assert.ok(ports.length > 0, 'the server said where its media is');
  shape(ports, 80);
  const squeezed = Date.now();
  await waitFor('Sam to be told Pat\'s video is paused', async () => /video paused: your connection is too slow/.test(await flags(sam)), 60000);
  const pausedAfter = Date.now() - squeezed;
  // Nothing of the paused video arrives any more (what was queued drains first).
  const frames = await waitFor('Pat\'s frames to stop at Sam', async () => {
    const before = await framesFrom(sam, 'Pat');
    await new Promise((r) => setTimeout(r, 1500));
    return (await framesFrom(sam, 'Pat')) === before && before + 1;
  }, 20000);
  // Sam still hears Pat.
  const energy = (await remoteStats(sam)).Pat.audioBytes;
  await waitFor('Pat\'s audio to keep arriving at Sam', async () => (await remoteStats(sam)).Pat.audioBytes > energy + 2000, 10000);

  unshape();
  const freed = Date.now();
  await waitFor('the pause to be lifted at Sam', async () => (await flags(sam)) === '', 60000);
  await waitFor('Pat\'s video to decode again at Sam', async () => (await framesFrom(sam, 'Pat')) > frames + 30, 30000);
  console.log(`paused ${pausedAfter} ms after the squeeze; back ${Date.now() - freed} ms after the link was freed`);
  assert.deepEqual(problems, []);
});
