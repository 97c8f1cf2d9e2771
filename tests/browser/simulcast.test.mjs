// Simulcast and resolution control with real browsers: a publisher capturing
// 1280x720 sends three layers; the subscriber gets the layer that fits the
// size at which it shows the video, nothing while the video is hidden, and
// the publisher stops encoding layers nobody watches.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** The publisher's framesEncoded per simulcast layer (rid). */
async function encodedByRid(page) {
  return page.evaluate(async () => {
    const out = {};
    const stats = await window.anteroomCall.pc.getStats();
    stats.forEach((r) => {
      if (r.type === 'outbound-rtp' && r.kind === 'video' && r.rid) {
        out[r.rid] = { frames: r.framesEncoded || 0, width: r.frameWidth || 0 };
      }
    });
    return out;
  });
}

/** Shows the subscriber's remote tile at a fixed CSS size (or hides it). */
async function showAt(page, width, height) {
  await page.evaluate(([w, h]) => {
    const tile = document.querySelector('.tile.remote');
    tile.style.display = w === 0 ? 'none' : 'block';
    tile.style.width = `${w}px`;
    tile.style.height = `${h}px`;
    tile.style.aspectRatio = 'auto';
  }, [width, height]);
}

async function inboundBytes(page) {
  return page.evaluate(async () => {
    let bytes = 0;
    (await window.anteroomCall.pc.getStats()).forEach((r) => {
      if (r.type === 'inbound-rtp' && r.kind === 'video') bytes += r.bytesReceived || 0;
    });
    return bytes;
  });
}

test('layers follow the size the subscriber shows the video at', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const room = `simulcast-${Date.now()}`;
  const pat = await (await browser.newContext()).newPage();
  await pat.goto(`${server.base}/call/${room}?name=Pat`);
  await waitFor('Pat to publish', () => pat.evaluate(() => window.anteroomCall?.state === 'connected'), 30000);
  const settings = await pat.evaluate(() => window.anteroomCall.localStream.getVideoTracks()[0].getSettings());
  assert.equal(`${settings.width}x${settings.height}`, '1280x720', 'the call page captures 1280x720');

  const sam = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await sam.goto(`${server.base}/call/${room}?name=Sam`);
  await waitFor('Sam to get a tile for Pat', () => sam.isVisible('.tile.remote'), 30000);
  // Set through the CSS object model: the page's content security policy
  // refuses inline style sheets.
  await sam.evaluate(() => {
    document.getElementById('tiles').style.display = 'block';
    for (const tile of document.querySelectorAll('.tile.local')) tile.style.display = 'none';
  });

  const seenWidths = {};
  for (const [w, h, layer] of [[320, 180, 'q'], [640, 360, 'h'], [1280, 720, 'f']]) {
    await showAt(sam, w, h);
    const shownAt = Date.now();
    const before = await encodedByRid(pat);
    const got = await waitFor(`Sam to receive ${w}x${h} (layer ${layer})`, async () => {
      const s = (await remoteStats(sam)).Pat;
      return s && s.frameWidth === w && s;
    }, 15000);
    const switchMs = Date.now() - shownAt;
    // The bound: enlarged to 1280x720, it receives 1280x720 within 3 s.
    if (layer === 'f') assert.ok(switchMs <= 3000, `1280x720 after ${switchMs} ms`);
    // The layer shown keeps decoding.
    await waitFor(`Sam to keep decoding at ${w}x${h}`, async () => {
      const s = (await remoteStats(sam)).Pat;
      return s.framesDecoded > got.framesDecoded + 20 && s.frameWidth === w;
    }, 15000);
    // The publisher encodes the watched layer; the others stand still.
    const settle = await encodedByRid(pat);
    await waitFor(`Pat to encode only layer ${layer}`, async () => {
      const now = await encodedByRid(pat);
      return ['q', 'h', 'f'].every((rid) => (rid === layer) === (now[rid].frames > settle[rid].frames + 10));
    }, 15000);
    seenWidths[layer] = (await encodedByRid(pat))[layer].width;
    console.log(`shown at ${w}x${h}: received ${w} wide after ${switchMs} ms; publisher layers`, JSON.stringify(before), '->', JSON.stringify(await encodedByRid(pat)));
  }
  // Over the test, the publisher sent all three layers at their sizes.
  assert.deepEqual(seenWidths, { q: 320, h: 640, f: 1280 });

  // Hidden: no video bytes arrive at all. The SFU stops forwarding before
  // it tells Pat that nobody watches any layer, so wait for Pat to have
  // turned every layer off (a slow, loaded browser can go 500 ms without a
  // frame before that), then for the last packets on the way.
  await showAt(sam, 0, 0);
  await waitFor('Pat to turn every layer off', () => pat.evaluate(() => {
    const sender = window.anteroomCall.pc.getSenders().find((s) => s.track && s.track.kind === 'video');
    const encodings = sender.getParameters().encodings || [];
    return encodings.length === 3 && encodings.every((e) => e.active === false);
  }), 10000);
  await waitFor('video to stop once the tile is hidden', async () => {
    const before = await inboundBytes(sam);
    await sam.waitForTimeout(500);
    return (await inboundBytes(sam)) === before;
  }, 10000);
  const stoppedAt = await inboundBytes(sam);
  const pausedFrames = await encodedByRid(pat);
  await sam.waitForTimeout(1500);
  assert.equal(await inboundBytes(sam), stoppedAt, 'no video bytes while hidden');
  const stillPaused = await encodedByRid(pat);
  for (const rid of ['q', 'h', 'f']) {
    assert.ok(stillPaused[rid].frames <= pausedFrames[rid].frames + 2, `Pat encodes nothing on ${rid} while nobody watches`);
  }

  // Shown again: video resumes (from a keyframe).
  await showAt(sam, 640, 360);
  const resumed = await waitFor('video to resume', async () => {
    const s = (await remoteStats(sam)).Pat;
    return s.frameWidth === 640 && (await inboundBytes(sam)) > stoppedAt && s;
  }, 15000);
  await waitFor('Sam to decode again', async () => (await remoteStats(sam)).Pat.framesDecoded > resumed.framesDecoded + 20, 15000);
});
