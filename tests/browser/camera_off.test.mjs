// Camera off means no video, through real browsers: a participant who turns
// the camera off stops encoding (no black frames for everyone to decode),
// the other side shows the name tile at once and keeps hearing them, and
// the video comes back when the camera is turned on again.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, enterCall } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** In the page: video frames this participant has encoded, all layers. */
async function framesEncoded(page) {
  return page.evaluate(async () => {
    let n = 0;
    (await window.anteroomCall.pc.getStats()).forEach((r) => {
      if (r.type === 'outbound-rtp' && r.kind === 'video') n += r.framesEncoded || 0;
    });
    return n;
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('a camera turned off sends nothing, shows the name tile, and comes back', { timeout: 120000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const problems = [];
  const ann = await enterCall(browser, server, 'camera', 'Ann', problems);
  const bob = await enterCall(browser, server, 'camera', 'Bob', problems);
  await waitFor('Bob to decode Ann', async () => (await remoteStats(bob)).Ann?.framesDecoded > 10, 30000);

  await ann.evaluate(() => window.anteroomCall.setMuted('video', true));
  // Bob's page shows Ann's tile without video at once (signalled, not
  // guessed from missing frames).
  await bob.locator('.tile.video-off').first().waitFor({ timeout: 5000 });
  // Let what was in flight arrive, then count: nothing more is encoded,
  // sent or decoded, while the audio goes on.
  await sleep(1000);
  const [encoded, decoded, energy] = [await framesEncoded(ann), (await remoteStats(bob)).Ann.framesDecoded, (await remoteStats(bob)).Ann.audioEnergy];
  await sleep(2000);
  const later = await remoteStats(bob);
  assert.ok(await framesEncoded(ann) - encoded <= 1, 'Ann encodes no video with the camera off');
  assert.ok(later.Ann.framesDecoded - decoded <= 1, `Bob decodes no video of Ann: ${decoded} -> ${later.Ann.framesDecoded}`);
  assert.ok(later.Ann.audioEnergy > energy, 'Bob still hears Ann');

  await ann.evaluate(() => window.anteroomCall.setMuted('video', false));
  await waitFor('Ann\'s video back at Bob', async () => (await remoteStats(bob)).Ann.framesDecoded > later.Ann.framesDecoded + 10, 10000);
  await waitFor('Ann\'s tile with video again', async () => (await bob.locator('.tile.video-off').count()) === 0, 5000);
  assert.deepEqual(problems, []);
});
