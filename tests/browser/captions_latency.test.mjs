// Captions that keep up, timed as a deaf viewer sees them: Pat's
// microphone (an AudioContext) speaks six espeak-ng sentences 2.5 s apart
// at moments the test knows; Dr Ada has captions on and her page stamps
// each caption update. From the audio (not from Whisper's timestamps):
// the first words of each sentence, and its final text. The bounds here
// hold on a busy 2-core machine with two browsers beside the server; the
// precise figures come from bench/browser/captions.mjs.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, watchProblems } from './lib.mjs';
import { SENTENCES, speechClips, timedMicrophone, timedRun, percentile, wordErrorRate, cpuHogs } from './captions_timing.mjs';
import { execFileSync } from 'node:child_process';

const MODEL = fileURLToPath(new URL('../../../shared/models/ggml-tiny.en.bin', import.meta.url));
const servers = [];
const browsers = [];
const stops = [];

afterEach(async () => {
  while (stops.length) stops.pop()();
  while (browsers.length) await browsers.pop()?.close();
  while (servers.length) await stopServer(servers.pop());
});

async function run(server, problems) {
  const speakerBrowser = await launchBrowser();
  const viewerBrowser = await launchBrowser();
  browsers.push(speakerBrowser, viewerBrowser);
  const room = `timed-${Date.now()}`;
  const enter = async (browser, name) => {
    const page = await (await browser.newContext()).newPage();
    watchProblems(problems, page, name);
    await page.addInitScript(timedMicrophone);
    await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
    await page.locator('#controls').waitFor();
    return page;
  };
  return timedRun({ speakerBrowser, viewerBrowser, enter, clips: speechClips(SENTENCES) });
}

function report(label, sentences) {
  const first = sentences.map((s) => s.firstMs).filter((v) => v !== null);
  const final = sentences.map((s) => s.finalMs).filter((v) => v !== null);
  const wer = wordErrorRate(sentences.map((s) => [s.text, s.heard]));
  console.log(`# ${label}: first words p50 ${percentile(first, 50)} ms, max ${Math.max(...first)} ms; final p50 ${percentile(final, 50)} ms, max ${Math.max(...final)} ms; WER ${(100 * wer).toFixed(1)}%`);
  for (const s of sentences) console.log(`#   first ${s.firstMs} ms, final ${s.finalMs} ms: ${s.heard}`);
  return { first, final, wer };
}

test('words show while they are spoken and the final text soon after the speaker stops', { timeout: 240000 }, async () => {
  const server = await startServer(['--open-rooms', '--captions-model', MODEL]);
  servers.push(server);
  const problems = [];
  const { sentences, finals, captions, states } = await run(server, problems);
  if (process.env.CAPTIONS_DEBUG) console.log(JSON.stringify({ captions: captions.slice(-12), states }));
  const { first, final, wer } = report('quiet', sentences);
  // Every sentence has its words on screen, under Pat's name, in order.
  assert.equal(final.length, SENTENCES.length, JSON.stringify(sentences));
  const segments = finals.map((f) => f.segment);
  assert.deepEqual(segments, [...segments].sort((a, b) => a - b), 'segments in order');
  assert.ok(finals.every((f) => !f.wordsMissed));
  assert.deepEqual(states, [], 'never behind');
  assert.ok(wer <= 0.2, `word error rate ${wer}`);
  // The bounds a noisy machine keeps (the targets, 0.8 s and 0.5 s, are
  // the benchmark's): words while the sentence is still being spoken
  // (the shortest lasts 1.9 s), the final text within 1.5 s.
  assert.ok(percentile(first, 50) <= 1500 && Math.max(...first) <= 1900, `first words ${first}`);
  assert.ok(percentile(final, 50) <= 1500 && Math.max(...final) <= 3000, `finals ${final}`);
  assert.deepEqual(problems, []);
});

test('on a server short of CPU captions fall behind within a budget, say so, and catch up', { timeout: 300000 }, async () => {
  const server = await startServer(['--open-rooms', '--captions-model', MODEL]);
  servers.push(server);
  // The server and three busy loops share one core: a quarter of it each,
  // far from enough for the recogniser to keep up.
  execFileSync('taskset', ['-a', '-p', '-c', '0', String(server.child.pid)], { stdio: 'ignore' });
  const hogs = cpuHogs(3, '0');
  stops.push(hogs.stop);
  const problems = [];
  const { sentences, finals, states, pages, captions } = await run(server, problems);
  hogs.stop();
  if (process.env.CAPTIONS_DEBUG) console.log(JSON.stringify({ captions, states }));
  report('a quarter of a core', sentences);
  for (const f of finals) console.log(`#   final ${Math.round(f.lagMs)} ms behind${f.wordsMissed ? ', words missed' : ''}: ${f.text}`);
  // Captions came, and none piled up: every final within 2.5 s of audio
  // waiting (then the oldest is dropped) and a pass or two.
  assert.ok(finals.length >= 3, JSON.stringify(finals));
  const lags = finals.map((f) => f.lagMs);
  assert.ok(Math.max(...lags) <= 6000, `finals behind by ${lags}`);
  // The viewer was told captions ran behind, and then that they caught
  // up; the note went with it.
  const told = states.map((s) => s.state);
  assert.ok(told.includes('delayed'), `states ${told}`);
  await pages[1].waitForFunction(() => window.timedSpeech.states.at(-1)?.state === 'on', null, { timeout: 20000 });
  await pages[1].locator('#captions-note').waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
});
