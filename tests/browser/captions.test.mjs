// Live captions in a call: a participant whose microphone plays an
// espeak-ng sentence (Chromium's fake audio capture) and a viewer who
// turns captions on and reads the sentence under the speaker's name, with
// the real Whisper tiny.en and Silero models from ../shared/models. A third
// participant reads them in Dutch through a stand-in for the clinic's
// LibreTranslate service (a few lines of node on loopback: no translation
// service can run on these machines). The speaker, who did not turn
// captions on, receives none. A server without a model says captions are
// unavailable and the call goes on.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, waitFor, watchProblems } from './lib.mjs';

const MODEL = fileURLToPath(new URL('../../../shared/models/ggml-tiny.en.bin', import.meta.url));
const SENTENCE = 'Your blood pressure is a little higher than last time, so we will check it again next month.';
const servers = [];
const browsers = [];

after(async () => {
  for (const b of browsers) await b?.close();
  for (const s of servers) await stopServer(s);
});

/** espeak-ng's WAV with two seconds of silence after the sentence (the fake capture loops it). */
function speechFile() {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-speech-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
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

/**
 * Two seconds of silence as a WAV file, for the viewers' microphones:
 * Chromium's default fake microphone beeps, and Whisper tiny.en hears its
 * tone bursts as "I..." (a known weakness, see the issue's notes); the
 * viewers here only listen.
 */
function silenceFile() {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-silence-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'silence.wav');
  const rate = 16000;
  const data = Buffer.alloc(rate * 2 * 2);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(rate, 24);
  head.writeUInt32LE(rate * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([head, data]));
  return file;
}

/** A LibreTranslate stand-in: `POST /translate` answers "NL: " and the text. */
async function fakeTranslator(asked) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const q = JSON.parse(body);
      asked.push(q);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ translatedText: `NL: ${q.q}` }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function enter(browser, server, room, name, problems) {
  const page = await (await browser.newContext()).newPage();
  watchProblems(problems, page, name);
  await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
  await page.locator('#controls').waitFor();
  return page;
}

test('a viewer reads what the speaker says, under their name', { timeout: 240000 }, async () => {
  const asked = [];
  const translator = await fakeTranslator(asked);
  after(() => translator.close());
  const server = await startServer(['--open-rooms', '--captions-model', MODEL, '--translate-url', `http://127.0.0.1:${translator.address().port}`]);
  servers.push(server);
  const speakerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile()}`]);
  const viewerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${silenceFile()}`]);
  browsers.push(speakerBrowser, viewerBrowser);
  const problems = [];
  const room = `captions-${Date.now()}`;
  const pat = await enter(speakerBrowser, server, room, 'Pat', problems);
  const ada = await enter(viewerBrowser, server, room, 'Dr Ada', problems);
  const nel = await enter(viewerBrowser, server, room, 'Nel', problems);
  await nel.getByRole('button', { name: 'CC' }).click();
  await nel.getByLabel('Read captions in').selectOption('nl');
  await pat.evaluate(() => {
    window.captionsSeen = 0;
    window.anteroomCall.addEventListener('caption', () => { window.captionsSeen += 1; });
  });

  await ada.getByRole('button', { name: 'CC' }).click();
  await ada.locator('#captions-button[aria-pressed="true"]').waitFor();
  // A final segment of Pat's with the sentence's words (Whisper tiny.en
  // may miss one or two of them; this sentence it hears well, where it
  // hears "reports mild" as "report smiled" even offline).
  const line = await waitFor('a final caption of Pat\'s sentence', async () => {
    const lines = await ada.$$eval('#captions-lines .caption.final', (els) => els.map((e) => e.textContent));
    return lines.find((l) => l.startsWith('Pat: ') && /blood pressure/i.test(l) && /month/i.test(l));
  }, 180000);
  console.log(`# caption: ${line}`);
  const words = SENTENCE.toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  const heard = line.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/);
  const found = words.filter((w) => heard.includes(w)).length;
  assert.ok(found >= words.length - 2, `${found} of ${words.length} words in "${line}"`);
  assert.equal(await pat.evaluate(() => window.captionsSeen), 0, 'captions go only to those who turned them on');
  // Nel reads the final segments in Dutch (only final ones are translated).
  const dutch = await waitFor('Nel to read Pat in Dutch', async () => {
    const lines = await nel.$$eval('#captions-lines .caption', (els) => els.map((e) => e.textContent));
    return lines.find((l) => /blood pressure/i.test(l)) && lines;
  }, 60000);
  assert.ok(dutch.every((l) => l.startsWith('Pat: NL: ')), dutch.join(' | '));
  assert.ok(asked.length > 0 && asked.every((q) => q.source === 'en' && q.target === 'nl' && q.format === 'text'), JSON.stringify(asked));

  // Off (the click's request is answered asynchronously): the panel goes.
  await ada.getByRole('button', { name: 'CC' }).click();
  await ada.locator('#captions-button[aria-pressed="false"]').waitFor();
  await ada.locator('#captions').waitFor({ state: 'hidden' });
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
