// Screenshots for docs/screenshots: the waiting room and the call page on a
// 390x844 phone in English, Dutch and Arabic. Not a test; run it when the
// pages change and check the pictures in:
//   cargo build --bin anteroom
//   ANTEROOM_BIN=$PWD/target/debug/anteroom unshare --net -- sh -c \
//     'ip link set lo up && node tests/browser/screenshots.mjs'
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, enterCall, remoteStats, waitFor, arriveAfterCheck } from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const PHONE = {
  viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};

const server = await startServer(['--open-rooms']);
const browser = await launchBrowser();
try {
  for (const language of ['en', 'nl', 'ar']) {
    const setLanguage = `localStorage.setItem('anteroom.language', '${language}')`;
    const problems = [];
    const arrived = await arriveAfterCheck({
      server, staffBrowser: browser, patientBrowser: browser, problems, email: `doc-${language}@shots.example`,
      arrivalScript: setLanguage,
    });
    // The same page, as a phone sees it.
    const url = arrived.patient.url();
    await arrived.patient.context().close();
    const phone = await browser.newContext(PHONE);
    await phone.addInitScript(setLanguage);
    const waiting = await phone.newPage();
    await waiting.goto(url);
    await waiting.locator('#waiting:not([hidden])').waitFor();
    await waiting.waitForTimeout(1500); // the camera's first frames
    await waiting.screenshot({ path: join(out, `waiting-${language}-390x844.png`) });
    await phone.close();

    const room = `shots-${language}`;
    const doctor = await enterCall(browser, server, room, 'Dr. Jansen', []);
    const context = await browser.newContext(PHONE);
    await context.addInitScript(setLanguage);
    const call = await context.newPage();
    await call.goto(`${server.base}/call/${room}?name=Sam`);
    await waitFor('the doctor\'s video', async () => ((await remoteStats(call))['Dr. Jansen']?.framesDecoded || 0) > 20, 30000);
    await call.screenshot({ path: join(out, `call-${language}-390x844.png`) });
    await context.close();
    await doctor.context().close();
    console.log(`${language}: done`);
  }
} finally {
  await browser.close();
  await stopServer(server);
}
