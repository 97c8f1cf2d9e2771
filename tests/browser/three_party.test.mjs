// Three headless Chromium pages in one room through anteroom's SFU: each
// decodes video and receives audio from both others; one leaves and the
// other two see its tile go.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, sendGarbage } from './lib.mjs';

const NAMES = ['Alice', 'Bob', 'Carol'];
let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('three participants see and hear each other; a leaver disappears', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const room = `room-${Date.now()}`;

  const pages = [];
  for (const name of NAMES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${name}] ${m.text()}`);
    });
    await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
    pages.push(page);
  }

  // Every page shows a tile for each of the others, with their name.
  for (const [i, page] of pages.entries()) {
    const others = NAMES.filter((_, j) => j !== i).sort();
    await waitFor(`${NAMES[i]} to show tiles of ${others}`, async () => {
      const names = await page.$$eval('.tile.remote .name', (els) => els.map((e) => e.textContent).sort());
      return JSON.stringify(names) === JSON.stringify(others);
    }, 60000);
  }

  // Every page decodes video frames and receives audio from both others...
  const first = [];
  for (const [i, page] of pages.entries()) {
    const others = NAMES.filter((_, j) => j !== i);
    first[i] = await waitFor(`${NAMES[i]} to decode media from ${others}`, async () => {
      const s = await remoteStats(page);
      const ok = others.every((n) => s[n] && s[n].framesDecoded > 0 && s[n].audioEnergy > 0);
      return ok && s;
    }, 60000);
    assert.equal(Object.keys(first[i]).length, 2, `${NAMES[i]} receives exactly the two others`);
  }

  // Garbage thrown at every worker's media port mid-call changes nothing for anyone.
  const media = server.media();
  assert.ok(media.length > 0, 'the server logged its media addresses');
  for (const addr of media) await sendGarbage(addr, 3000);

  // ...and keeps doing so: the counters grow.
  for (const [i, page] of pages.entries()) {
    const others = NAMES.filter((_, j) => j !== i);
    const later = await waitFor(`${NAMES[i]}'s media counters to grow`, async () => {
      const s = await remoteStats(page);
      const grew = others.every(
        (n) => s[n].framesDecoded > first[i][n].framesDecoded + 10 && s[n].audioEnergy > first[i][n].audioEnergy,
      );
      return grew && s;
    });
    console.log(`${NAMES[i]} receives`, JSON.stringify(later));
  }

  // Carol leaves: Alice and Bob see her tile disappear; Carol's page says so.
  await pages[2].click('#leave');
  await waitFor('Carol to see she left', () => pages[2].isVisible('#left'));
  for (const page of pages.slice(0, 2)) {
    await waitFor('Carol\'s tile to disappear', async () => {
      const names = await page.$$eval('.tile.remote .name', (els) => els.map((e) => e.textContent));
      return names.length === 1 && !names.includes('Carol');
    });
  }

  // The two who stayed still receive each other.
  const before = await remoteStats(pages[0]);
  await waitFor('Alice to keep decoding Bob', async () => {
    const s = await remoteStats(pages[0]);
    return s.Bob && s.Bob.framesDecoded > before.Bob.framesDecoded + 10;
  });
});
