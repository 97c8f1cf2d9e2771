// One participant publishes H264, the other VP8: each decodes the other's
// video in the codec it was sent in, through the SFU.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('H264 and VP8 publishers in one call', { timeout: 120000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const room = `codecs-${Date.now()}`;
  const open = async (name, codec) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.base}/call/${room}?name=${name}&codec=${codec}`);
    return page;
  };
  const hana = await open('Hana', 'h264');
  const viktor = await open('Viktor', 'vp8');

  const atViktor = await waitFor('Viktor to decode Hana', async () => {
    const s = (await remoteStats(viktor)).Hana;
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  const atHana = await waitFor('Hana to decode Viktor', async () => {
    const s = (await remoteStats(hana)).Viktor;
    return s && s.framesDecoded > 30 && s.audioEnergy > 0 && s;
  }, 60000);
  console.log('Viktor receives Hana', JSON.stringify(atViktor));
  console.log('Hana receives Viktor', JSON.stringify(atHana));
  assert.equal(atViktor.videoCodec, 'video/H264');
  assert.equal(atHana.videoCodec, 'video/VP8');
});
