// Live captions in a call: a participant whose microphone plays an
// espeak-ng sentence (Chromium's fake audio capture) and a viewer who
// turns captions on and reads the sentence under the speaker's name, with
// the real Whisper tiny.en and Silero models from ../shared/models. The
// speaker, who did not turn captions on, receives none. A server without a
// model says captions are unavailable and the call goes on.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, waitFor, watchProblems } from './lib.mjs';

const MODEL = fileURLToPath(new URL('../../../shared/models/ggml-tiny.en.bin', import.meta.url));
const SENTENCE = 'The patient reports mild chest pain that started two days ago after exercise.';
const servers = [];
const browsers = [];

after(async () => {
  for (const b of browsers) await b?.close();
  for (const s of servers) await stopServer(s);
});

/** espeak-ng's WAV with two seconds of silence after the sentence (the fake capture loops it). */
function speechFile() {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-speech-'));
  const file = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', file, SENTENCE]);
  const wav = readFileSync(file);
  // RIFF: find the fmt chunk (byte rate) and the data chunk, append silence.
  let at = 12;
  let byteRate = 0;
  while (at + 8 <= wav.length) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    if (id === 'data') {
      const data = wav.subarray(at + 8, Math.min(wav.length, at + 8 + size));
      const silence = Buffer.alloc(byteRate * 2);
      const head = Buffer.from(wav.subarray(0, at + 8));
      head.writeUInt32LE(data.length + silence.length, at + 4);
      head.writeUInt32LE(head.length - 8 + data.length + silence.length, 4);
      writeFileSync(file, Buffer.concat([head, data, silence]));
      return file;
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('espeak-ng wrote no data chunk');
}

async function enter(browser, server, room, name, problems) {
  const page = await (await browser.newContext()).newPage();
  watchProblems(problems, page, name);
  await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
  await page.locator('#controls').waitFor();
  return page;
}

test('a viewer reads what the speaker says, under their name', { timeout: 240000 }, async () => {
  const server = await startServer(['--open-rooms', '--captions-model', MODEL]);
  servers.push(server);
  const speakerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile()}`]);
  const viewerBrowser = await launchBrowser();
  browsers.push(speakerBrowser, viewerBrowser);
  const problems = [];
  const room = `captions-${Date.now()}`;
  const pat = await enter(speakerBrowser, server, room, 'Pat', problems);
  const ada = await enter(viewerBrowser, server, room, 'Dr Ada', problems);
  await pat.evaluate(() => {
    window.captionsSeen = 0;
    window.anteroomCall.addEventListener('caption', () => { window.captionsSeen += 1; });
  });

  await ada.getByRole('button', { name: 'CC' }).click();
  assert.equal(await ada.getByRole('button', { name: 'CC' }).getAttribute('aria-pressed'), 'true');
  // A final segment of Pat's with the sentence's words (Whisper tiny.en
  // may miss one or two of them).
  const line = await waitFor('a final caption of Pat\'s sentence', async () => {
    const lines = await ada.$$eval('#captions-lines .caption.final', (els) => els.map((e) => e.textContent));
    return lines.find((l) => l.startsWith('Pat: ') && /chest pain/i.test(l) && /exercise/i.test(l));
  }, 180000);
  console.log(`# caption: ${line}`);
  const words = SENTENCE.toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  const heard = line.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/);
  const found = words.filter((w) => heard.includes(w)).length;
  assert.ok(found >= words.length - 2, `${found} of ${words.length} words in "${line}"`);
  assert.equal(await pat.evaluate(() => window.captionsSeen), 0, 'captions go only to those who turned them on');

  // Off: the panel goes, and no more arrive.
  await ada.getByRole('button', { name: 'CC' }).click();
  assert.equal(await ada.locator('#captions').isHidden(), true);
  assert.deepEqual(problems, []);
});

test('without a model, captions are unavailable and the call goes on', { timeout: 120000 }, async () => {
  const server = await startServer(['--open-rooms']);
  servers.push(server);
  const browser = await launchBrowser();
  browsers.push(browser);
  const problems = [];
  const room = `nocaptions-${Date.now()}`;
  const a = await enter(browser, server, room, 'Ann', problems);
  await enter(browser, server, room, 'Bob', problems);
  await a.getByRole('button', { name: 'CC' }).click();
  await a.getByText('Captions are unavailable on this server. The call goes on.').waitFor();
  assert.equal(await a.getByRole('button', { name: 'CC' }).getAttribute('aria-pressed'), 'false');
  await waitFor('Ann to still see Bob', async () => (await a.$$eval('.tile.remote .name', (els) => els.map((e) => e.textContent))).includes('Bob'));
  assert.deepEqual(problems, []);
});
