// The arrival page's buttons answer at once: while the browser still asks
// for camera and microphone (the question left unanswered here: the page's
// getUserMedia never settles), "Play a sound" plays and "Enter the waiting
// room" enters; the camera's line still says it is checking.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, arriveAfterCheck } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the arrival page answers before the camera question is answered', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const problems = [];
  let camera = null;
  await arriveAfterCheck({
    server, staffBrowser: browser, patientBrowser: browser, problems, email: 'doc@arrival.example',
    // Only the arrival page: the call page after it gets the camera.
    arrivalScript: () => {
      if (location.pathname.startsWith('/c/')) navigator.mediaDevices.getUserMedia = () => new Promise(() => {});
    },
    beforeEntering: async (page) => {
      camera = await page.locator('#check-camera').getAttribute('data-result');
      await page.getByRole('button', { name: 'Play a sound' }).click();
      await page.locator('#check-speaker[data-result="ok"]').waitFor({ timeout: 5000 });
    },
  });
  assert.equal(camera, 'pending', 'the camera question was still open');
  assert.deepEqual(problems, []);
});
