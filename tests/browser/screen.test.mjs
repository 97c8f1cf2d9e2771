// Screen sharing and camera switching in the consultation room, in two
// headless Chromium pages: Alice shares her screen (Chromium's fake screen
// capture) and Bob decodes it in a wide tile of its own, besides her camera;
// she stops and the tile goes. Then Alice switches to her second (fake)
// camera and Bob keeps decoding her video.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

/** Frames decoded and the width of the screen Alice shares, as Bob's page sees it. */
function screenStats(page) {
  return page.evaluate(async () => {
    const call = window.anteroomCall;
    const alice = [...call.participants.values()].find((p) => p.displayName === 'Alice');
    const track = alice && alice.screenStream && alice.screenStream.getVideoTracks()[0];
    const receiver = track && call.pc.getReceivers().find((r) => r.track === track);
    if (!receiver) return null;
    let out = null;
    (await receiver.getStats()).forEach((r) => {
      if (r.type === 'inbound-rtp') out = { framesDecoded: r.framesDecoded || 0, frameWidth: r.frameWidth || 0 };
    });
    return out;
  });
}

test('a shared screen reaches the others in a tile of its own; switching camera and restarting ICE keep the video going', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  // Three fake cameras, so that there is one to switch to.
  browser = await launchBrowser(['--use-fake-device-for-media-stream=device-count=3']);
  const room = `screen-${Date.now()}`;
  const pages = {};
  for (const name of ['Alice', 'Bob']) {
    const page = await (await browser.newContext()).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${name}] ${m.text()}`);
    });
    await page.goto(`${server.base}/call/${room}?name=${name}`);
    pages[name] = page;
  }
  const { Alice: alice, Bob: bob } = pages;
  await waitFor('Bob to decode Alice', async () => {
    const s = await remoteStats(bob);
    return s.Alice && s.Alice.framesDecoded > 0;
  }, 60000);

  // Alice shares her screen.
  await alice.getByRole('button', { name: 'Share screen' }).click();
  await alice.getByRole('button', { name: 'Stop sharing screen' }).waitFor();
  assert.ok(await alice.isVisible('#screen-note'), 'Alice is told she shares her screen');
  await bob.locator('.tile.screen figcaption', { hasText: "Alice's screen" }).waitFor();
  const shared = await waitFor('Bob to decode Alice\'s screen', async () => {
    const s = await screenStats(bob);
    return s && s.framesDecoded > 10 && s;
  }, 60000);
  // The fake screen is 1280 wide and is sent without simulcast layers.
  assert.equal(shared.frameWidth, 1280, JSON.stringify(shared));
  const sources = await bob.evaluate(() => {
    const alice = [...window.anteroomCall.participants.values()].find((p) => p.displayName === 'Alice');
    return alice.tracks.map((t) => `${t.kind}:${t.source}`).sort();
  });
  assert.deepEqual(sources, ['audio:microphone', 'video:camera', 'video:screen']);
  // Her camera still arrives, in her own tile.
  const camera = await remoteStats(bob);
  await waitFor('Bob to keep decoding Alice\'s camera', async () => {
    const s = await remoteStats(bob);
    return s.Alice.framesDecoded > camera.Alice.framesDecoded + 10;
  });

  // She stops: the screen tile goes for Bob, the note for her.
  await alice.getByRole('button', { name: 'Stop sharing screen' }).click();
  await alice.getByRole('button', { name: 'Share screen' }).waitFor();
  await waitFor('the screen tile to go', async () => (await bob.locator('.tile.screen').count()) === 0);
  assert.ok(!(await alice.isVisible('#screen-note')));
  const tracks = await bob.evaluate(() => [...window.anteroomCall.participants.values()][0].tracks.map((t) => t.source).sort());
  assert.deepEqual(tracks, ['camera', 'microphone']);

  // Alice switches camera: the published track is replaced, Bob's video
  // goes on. Chromium's second fake camera shows locally but never feeds
  // the encoder (its frames are in a 16-bit depth format, as far as we can
  // tell), so she switches twice, to the third.
  const cameraLabel = () => alice.evaluate(() => window.anteroomCall.localStream.getVideoTracks()[0].label);
  assert.equal(await cameraLabel(), 'fake_device_0');
  for (const next of ['fake_device_1', 'fake_device_2']) {
    await alice.getByRole('button', { name: 'Switch camera' }).click();
    await waitFor(`Alice's camera to be ${next}`, async () => (await cameraLabel()) === next);
  }
  const decoded = (await remoteStats(bob)).Alice.framesDecoded;
  const sender = await alice.evaluate(() => {
    const call = window.anteroomCall;
    const track = call.localStream.getVideoTracks()[0];
    return call.pc.getSenders().some((s) => s.track === track) && track.readyState;
  });
  assert.equal(sender, 'live', 'the new camera is the one being sent');
  await waitFor('Bob to keep decoding Alice after the switch', async () => {
    const s = await remoteStats(bob);
    return s.Alice.framesDecoded > decoded + 30;
  });

  // ICE restart, as the SDK does after a network change: new credentials
  // both ways, and the media goes on in both directions.
  const ufrags = () => alice.evaluate(() => {
    const ufrag = (sdp) => sdp.match(/a=ice-ufrag:(\S+)/)[1];
    return [ufrag(window.anteroomCall.pc.localDescription.sdp), ufrag(window.anteroomCall.pc.remoteDescription.sdp)];
  });
  const [localBefore, remoteBefore] = await ufrags();
  const [aliceHad, bobHad] = [(await remoteStats(alice)).Bob.framesDecoded, (await remoteStats(bob)).Alice.framesDecoded];
  await alice.evaluate(() => window.anteroomCall._restartIce());
  await waitFor('new ICE credentials on both sides', async () => {
    const [local, remote] = await ufrags();
    return local !== localBefore && remote !== remoteBefore;
  });
  await waitFor('media to go on after the ICE restart', async () => {
    const [a, b] = [(await remoteStats(alice)).Bob, (await remoteStats(bob)).Alice];
    return a.framesDecoded > aliceHad + 30 && b.framesDecoded > bobHad + 30;
  });
  assert.equal(await alice.evaluate(() => window.anteroomCall.pc.iceConnectionState), 'connected');
});
