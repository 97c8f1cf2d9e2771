// Live captions in a call: a participant whose microphone plays an
// espeak-ng sentence (Chromium's fake audio capture) and a viewer who
// turns captions on and reads the sentence under the speaker's name, with
// the real Whisper tiny.en and Silero models from ../shared/models. A third
// participant reads them in Dutch through a stand-in for the clinic's
// LibreTranslate service (a few lines of node on loopback: no translation
// service can run on these machines). The speaker, who did not turn
// captions on, receives none. A clinic that keeps captions finds them with
// the appointment in the staff pages. A server without a model says captions are
// unavailable and the call goes on. With the captions in a worker process
// of their own (`anteroom captions worker`, over QUIC), killing the worker
// leaves the call going and tells the viewer; starting it again brings the
// captions back. In a clinic whose language is Dutch, the multilingual
// model captions Dutch speech in Dutch without anyone choosing anything,
// and the line says it is Dutch.
import { test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, waitFor, watchProblems, speechFile, silenceFile, remoteStats, createOrganisation, staffLogin, staffApi, soonToday } from './lib.mjs';

const MODEL = fileURLToPath(new URL('../../../shared/models/ggml-tiny.en.bin', import.meta.url));
const SENTENCE = 'Your blood pressure is a little higher than last time, so we will check it again next month.';
const servers = [];
const browsers = [];

// Each test's browsers and server go when it ends: a call left running
// keeps its speaker's captions going and starves the next test of CPU.
afterEach(async () => {
  while (browsers.length) await browsers.pop()?.close();
  while (servers.length) await stopServer(servers.pop());
});

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

/**
 * A practitioner of a new organisation, signed in (`staff`) with its
 * `settings`, in the call of an appointment of theirs (`call`, joined
 * through the staff pages' join ticket, not yet started).
 */
async function practitionerCall(server, browser, email, settings, problems) {
  const context = await browser.newContext();
  const staff = await context.newPage();
  watchProblems(problems, staff, 'staff');
  await staffLogin(staff, server, email);
  const api = staffApi(staff);
  assert.equal((await api('PUT', '/organisation/settings', settings)).status, 200);
  const me = (await api('GET', '/me')).body.staff;
  const client = (await api('POST', '/clients', { initials: 'K.', last_name: 'Smit', practitioners: [me.id] })).body;
  const startsAt = soonToday(5);
  const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: startsAt, duration_minutes: 20 });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const appointment = created.body.appointment.id;
  const ticket = (await api('POST', `/appointments/${appointment}/join`, {})).body;
  const call = await context.newPage();
  watchProblems(problems, call, 'call');
  await call.goto(ticket.call_url);
  await call.locator('#controls').waitFor();
  return { staff, appointment, call };
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
  const speakerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile(SENTENCE)}`]);
  const viewerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${silenceFile()}`]);
  browsers.push(speakerBrowser, viewerBrowser);
  const problems = [];
  const room = `captions-${Date.now()}`;
  const pat = await enter(speakerBrowser, server, room, 'Pat', problems);
  const ada = await enter(viewerBrowser, server, room, 'Dr Ada', problems);
  const nel = await enter(viewerBrowser, server, room, 'Nel', problems);
  await nel.getByRole('button', { name: 'CC' }).click();
  // With a translation service every target is offered, named in itself.
  await nel.locator('#captions-options:not([hidden])').waitFor();
  const offered = await nel.$$eval('#captions-language option', (os) => os.map((o) => [o.value, o.textContent]));
  assert.ok(offered.length > 10 && offered.some(([v, t]) => v === 'ar' && t === 'العربية') && offered.some(([v, t]) => v === 'nl' && t === 'Nederlands'), JSON.stringify(offered));
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
  // Each line says it was translated, and from which language.
  assert.ok(dutch.every((l) => l.startsWith('Pat: (translated from English) NL: ')), dutch.join(' | '));
  assert.ok(await nel.$$eval('#captions-lines .caption', (els) => els.every((e) => e.lang === 'nl')));
  assert.ok(asked.length > 0 && asked.every((q) => q.source === 'en' && q.target === 'nl' && q.format === 'text'), JSON.stringify(asked));

  // Who speaks what: everyone is taken to speak English (no organisation
  // here), and tiny.en hears nothing else, so there is nothing to choose;
  // asking for Dutch anyway is refused with its own code.
  await ada.getByText('Languages spoken').click();
  const patSpeaks = ada.getByLabel('Pat speaks');
  await patSpeaks.waitFor();
  assert.equal(await patSpeaks.inputValue(), 'en');
  assert.ok(await patSpeaks.isDisabled(), 'one language heard: no choice offered');
  assert.equal(await ada.getByLabel('You speak').inputValue(), 'en');
  assert.deepEqual(await ada.evaluate(() => window.anteroomCall.captionsLanguages), ['en']);
  const refused = await ada.evaluate(async () => {
    const call = window.anteroomCall;
    const pat = [...call.participants.values()].find((p) => p.displayName === 'Pat');
    try {
      await call.setSpokenLanguage(pat.id, 'nl');
      return 'accepted';
    } catch (e) {
      return e.code;
    }
  });
  assert.equal(refused, 'spoken_language_unavailable');

  // Off (the click's request is answered asynchronously): the panel goes.
  await ada.getByRole('button', { name: 'CC' }).click();
  await ada.locator('#captions-button[aria-pressed="false"]').waitFor();
  await ada.locator('#captions').waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
});

test('a clinic that keeps captions reads them with the appointment in the staff pages', { timeout: 240000 }, async () => {
  const server = await startServer(['--captions-model', MODEL]);
  servers.push(server);
  await createOrganisation(server, 'Kept Clinic', 'doc@kept.example');
  // The practitioner's own microphone speaks the sentence.
  const browser = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile(SENTENCE)}`]);
  browsers.push(browser);
  const problems = [];
  // Left scheduled: the practitioner's own call before the patient comes
  // keeps its captions too.
  const { staff, appointment, call } = await practitionerCall(server, browser, 'doc@kept.example', { keep_transcript: true }, problems);
  // Everyone in the call is told the clinic keeps the captions.
  await call.locator('#transcript-note').waitFor();
  await call.getByRole('button', { name: 'CC' }).click();
  // An English-only model and no translation service: nothing to read in
  // but as spoken, so no menu that offers more.
  await call.locator('#captions-button[aria-pressed="true"]').waitFor();
  await waitFor('the languages', () => call.evaluate(() => window.anteroomCall.captionsLanguages.length > 0), 10000);
  assert.ok(await call.locator('#captions-options').isHidden(), 'no reading menu');
  await waitFor('a final caption of the sentence', async () => {
    const lines = await call.$$eval('#captions-lines .caption.final', (els) => els.map((e) => e.textContent));
    return lines.find((l) => /blood pressure/i.test(l));
  }, 180000);
  await call.close();

  // The appointment's kept captions, in the staff pages: the sentence,
  // under the practitioner's name.
  await staff.reload();
  await staff.getByRole('heading', { name: 'Appointments', exact: true }).waitFor();
  await staff.locator(`tr[data-id="${appointment}"]`).getByRole('button', { name: 'Captions kept' }).click();
  const kept = staff.getByRole('region', { name: 'Kept captions' });
  await kept.waitFor();
  const line = await waitFor('the kept line', async () => {
    const lines = await kept.locator('ol.transcript li').allTextContents();
    return lines.find((l) => /blood pressure/i.test(l));
  }, 10000);
  assert.match(line, /\bdoc: .*blood pressure/i, "under the practitioner's name");
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

/** `anteroom captions worker` in `dir` (its certificate and key live there), listening on `listen`. */
async function startWorker(dir, listen) {
  const child = spawn(resolve(process.env.ANTEROOM_BIN), ['captions', 'worker', '--listen', listen, '--model', MODEL], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTEROOM_LOG: 'info' },
  });
  const logs = [];
  createInterface({ input: child.stderr }).on('line', (l) => logs.push(l));
  const addr = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the captions worker did not start:\n${logs.join('\n')}`)), 30000);
    child.once('exit', (code) => reject(new Error(`the captions worker exited with ${code}:\n${logs.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = line.match(/listening on (127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  return { child, addr };
}

test('captions in a worker process: killed, the call goes on and says so; restarted, captions resume', { timeout: 300000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-captions-worker-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let worker = await startWorker(dir, '127.0.0.1:0');
  after(() => worker.child.kill('SIGKILL'));
  const server = await startServer(['--open-rooms', '--captions-worker', worker.addr, '--captions-worker-cert', join(dir, 'captions-worker.pem')]);
  servers.push(server);
  const speakerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile(SENTENCE)}`]);
  const viewerBrowser = await launchBrowser([`--use-file-for-fake-audio-capture=${silenceFile()}`]);
  browsers.push(speakerBrowser, viewerBrowser);
  const problems = [];
  const room = `captions-worker-${Date.now()}`;
  await enter(speakerBrowser, server, room, 'Pat', problems);
  const ada = await enter(viewerBrowser, server, room, 'Dr Ada', problems);
  await ada.evaluate(() => {
    window.finals = [];
    window.anteroomCall.addEventListener('caption', (e) => { if (e.detail.isFinal) window.finals.push(e.detail.text); });
  });
  await ada.getByRole('button', { name: 'CC' }).click();
  await ada.locator('#captions-button[aria-pressed="true"]').waitFor();
  // The fake microphone plays the sentence over and over.
  const heard = async (from) => (await ada.evaluate(() => window.finals)).slice(from).find((t) => /blood pressure/i.test(t) || /next month/i.test(t));
  console.log(`# through the worker: ${await waitFor('a caption through the worker', () => heard(0), 180000)}`);

  // The worker dies (as a crash in whisper.cpp would take it).
  worker.child.kill('SIGKILL');
  await ada.getByText('Captions are unavailable on this server. The call goes on.').waitFor({ timeout: 30000 });
  const before = (await ada.evaluate(() => window.finals)).length;
  // The call goes on: Pat's video keeps arriving.
  const frames = async () => (await remoteStats(ada)).Pat?.framesDecoded ?? 0;
  const framesThen = await frames();
  await waitFor('Pat\'s video to keep arriving at Ada', async () => (await frames()) > framesThen + 30, 30000);

  // Started again where the server expects it, with the same certificate.
  worker = await startWorker(dir, worker.addr);
  await ada.locator('#captions-note').waitFor({ state: 'hidden', timeout: 30000 });
  console.log(`# after the restart: ${await waitFor('captions to resume', () => heard(before), 180000)}`);
  assert.deepEqual(problems, []);
});

const BASE_MODEL = fileURLToPath(new URL('../../../shared/models/ggml-base-q8_0.bin', import.meta.url));

/**
 * The practitioner of a new Dutch-speaking organisation (`name`, `email`)
 * on a server with the multilingual model, in their call with captions on,
 * their microphone playing `speech` (a WAV file). Nobody chose a language:
 * they are taken to speak the clinic's Dutch.
 */
async function dutchClinicCall(name, email, speech) {
  const server = await startServer(['--captions-model', BASE_MODEL]);
  servers.push(server);
  await createOrganisation(server, name, email);
  const browser = await launchBrowser([`--use-file-for-fake-audio-capture=${speech}`]);
  browsers.push(browser);
  const problems = [];
  const { call } = await practitionerCall(server, browser, email, { language: 'nl' }, problems);
  await call.getByRole('button', { name: 'CC' }).click();
  await call.locator('#captions-button[aria-pressed="true"]').waitFor();
  assert.equal(await call.evaluate(() => window.anteroomCall.spokenLanguage), 'nl');
  return { call, problems };
}

/** The first final caption line whose text matches `pattern`: its `lang`, text and language label. */
function finalLine(call, what, pattern) {
  return waitFor(what, async () => {
    const lines = await call.$$eval('#captions-lines .caption.final', (els) => els.map((e) => ({ lang: e.lang, text: e.querySelector('.text').textContent, label: e.querySelector('.language').textContent })));
    return lines.find((l) => pattern.test(l.text));
  }, 180000);
}

test('in a Dutch clinic, with the multilingual model and nothing else set, Dutch speech is captioned in Dutch and marked so', { timeout: 240000 }, async () => {
  // The practitioner's microphone speaks Dutch (espeak-ng's robotic
  // Dutch: Whisper base hears it as "Ik heb sinds wisteren backpijn...").
  const { call, problems } = await dutchClinicCall('Huisartsen Oost', 'arts@oost.example', speechFile('Ik heb sinds gisteren buikpijn en ik voel me niet goed.', 'nl'));
  const line = await finalLine(call, 'a final Dutch caption', /\bik heb sinds\b/i);
  console.log(`# Dutch caption: ${JSON.stringify(line)}`);
  assert.equal(line.lang, 'nl', 'read aloud in Dutch');
  // The page is in the practitioner's language (English); the line says
  // which language it is in.
  assert.equal(await call.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(line.label.trim(), '(Dutch)');
  assert.deepEqual(problems, []);
});

test('in a Dutch clinic, someone who speaks English is heard in English: detected, captioned so, and everyone told', { timeout: 240000 }, async () => {
  // Taken to speak the clinic's Dutch, until the service hears otherwise.
  const { call, problems } = await dutchClinicCall('Huisartsen West', 'arts@west.example', speechFile(SENTENCE));
  const line = await finalLine(call, 'a final English caption', /blood pressure/i);
  console.log(`# detected English caption: ${JSON.stringify(line)}`);
  assert.equal(line.lang, 'en');
  // English on an English page needs no label.
  assert.equal(line.label.trim(), '');
  // Everyone is told, as if someone had set it.
  await waitFor('the detected language', () => call.evaluate(() => window.anteroomCall.spokenLanguage === 'en'), 10000);
  assert.deepEqual(problems, []);
});
