// The call-quality panel, through real browsers: a practitioner opens it
// and sees, per participant, what arrives from them (bit rate, resolution,
// frames a second, loss), how media travels (UDP here) and the round trip;
// nobody's tile says "poor connection" on a clean link.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, remoteStats, waitFor, enterCall } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the call-quality panel shows what arrives from each participant and how', { timeout: 120000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const problems = [];
  const ann = await enterCall(browser, server, 'quality', 'Ann', problems);
  const bob = await enterCall(browser, server, 'quality', 'Bob', problems);
  await waitFor('Ann to decode Bob', async () => (await remoteStats(ann)).Bob?.framesDecoded > 30, 30000);

  await ann.getByRole('button', { name: 'Call quality' }).click();
  assert.equal(await ann.getByRole('button', { name: 'Call quality' }).getAttribute('aria-pressed'), 'true');
  const row = ann.getByRole('table', { name: 'Call quality by participant' }).getByRole('row').filter({ hasText: 'Bob' });
  // Rates need two looks (2 s apart).
  const cells = await waitFor('figures for Bob', async () => {
    const texts = await row.locator('td').allTextContents();
    return texts.length === 5 && /^[1-9]\d* kbit\/s$/.test(texts[1]) && /^\d+x\d+, \d+ fps$/.test(texts[2]) ? texts : null;
  }, 15000);
  assert.equal(cells[0], 'Bob');
  assert.match(cells[3], /^\d+(\.\d)?%$/);
  assert.equal(cells[4], 'good');
  assert.match(await ann.locator('#quality-summary').textContent(), /^Media direct \(UDP\), round trip \d+ ms, sending \d+ kbit\/s\.$/);
  assert.equal(await ann.locator('.tile').filter({ hasText: 'poor connection' }).count(), 0);
  assert.equal(await bob.locator('.tile').filter({ hasText: 'poor connection' }).count(), 0);

  // Closing it hides it.
  await ann.getByRole('button', { name: 'Call quality' }).click();
  assert.equal(await ann.locator('#quality-panel').isHidden(), true);
  assert.deepEqual(problems, []);
});
