// Captions as a viewer experiences them, timed from the audio: a speaker
// page whose microphone is an AudioContext playing espeak-ng sentences at
// known moments, and a viewer page with captions on that stamps every
// caption update as it arrives. Both pages run on this machine, so one
// clock serves both. Used by captions_latency.test.mjs (bounds that hold
// on a busy 2-core machine) and bench/browser/captions.mjs (the figures).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wavLayout } from './lib.mjs';

export const SENTENCES = [
  'Your blood pressure is a little higher than last time, so we will check it again next month.',
  'Please take one tablet twice a day with food for the next two weeks.',
  'Do you have any allergies to medication?',
  'I would like you to have a blood test before your next appointment.',
  'The results came back normal, and there is nothing to worry about.',
  'Have you been sleeping well since we changed the dose?',
];

/**
 * Each sentence spoken by espeak-ng: its samples (mono, the WAV's rate),
 * and where the speech starts and ends in them (ms, the first and last
 * 10 ms with sound).
 */
export function speechClips(sentences, { voice = 'en-us', speed = 160 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'anteroom-timing-'));
  try {
    return sentences.map((text, i) => {
      const file = join(dir, `s${i}.wav`);
      execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-w', file, text]);
      const { rate, samples } = readWav(readFileSync(file));
      const frame = Math.round(rate / 100);
      let first = -1;
      let last = -1;
      for (let f = 0; f * frame < samples.length; f++) {
        let sum = 0;
        const n = Math.min(frame, samples.length - f * frame);
        for (let k = 0; k < n; k++) sum += samples[f * frame + k] ** 2;
        if (Math.sqrt(sum / n) > 0.01) {
          if (first < 0) first = f;
          last = f;
        }
      }
      return { text, rate, samples, onsetMs: first * 10, endMs: (last + 1) * 10, durationMs: (samples.length / rate) * 1000 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 16-bit PCM mono WAV -> { rate, samples: Float32Array }. */
function readWav(wav) {
  const { rate, data } = wavLayout(wav);
  const samples = new Float32Array(Math.floor(data.length / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(2 * i) / 32768;
  return { rate, samples };
}

/**
 * An init script: the page's microphone is an AudioContext (silent until
 * `window.timedSpeech.play(...)`), its camera a small canvas (cheap to
 * encode: the machine's cores are for the captions). Every caption update
 * the page receives is stamped into `window.timedSpeech.captions`.
 */
export function timedMicrophone() {
  const state = { captions: [], states: [] };
  window.timedSpeech = state;
  let ctx;
  let dest;
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    ctx = ctx || new AudioContext({ sampleRate: 48000 });
    dest = dest || ctx.createMediaStreamDestination();
    await ctx.resume();
    const stream = new MediaStream();
    if (constraints.audio) stream.addTrack(dest.stream.getAudioTracks()[0]);
    if (constraints.video) {
      const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 120 });
      const g = canvas.getContext('2d');
      let n = 0;
      setInterval(() => {
        g.fillStyle = n++ % 2 ? '#234' : '#345';
        g.fillRect(0, 0, 160, 120);
      }, 200);
      stream.addTrack(canvas.captureStream(5).getVideoTracks()[0]);
    }
    return stream;
  };
  // Plays clips (base64 little-endian Float32 samples at `rate`) starting
  // `leadMs` from now, `gapMs` apart; returns each clip's start in wall
  // time (ms since the epoch), from the audio clock itself.
  state.play = async (clips, leadMs, gapMs) => {
    await ctx.resume();
    let at = ctx.currentTime + leadMs / 1000;
    const starts = [];
    for (const clip of clips) {
      const bytes = Uint8Array.from(atob(clip.data), (c) => c.charCodeAt(0));
      const samples = new Float32Array(bytes.buffer);
      const buffer = ctx.createBuffer(1, samples.length, clip.rate);
      buffer.copyToChannel(samples, 0);
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(dest);
      source.start(at);
      starts.push(at);
      at += samples.length / clip.rate + gapMs / 1000;
    }
    const stamp = ctx.getOutputTimestamp();
    return starts.map((t) => performance.timeOrigin + stamp.performanceTime + (t - stamp.contextTime) * 1000);
  };
  // Stamps caption updates once the call exists.
  const watch = setInterval(() => {
    const call = window.anteroomCall;
    if (!call) return;
    clearInterval(watch);
    call.addEventListener('caption', (e) => {
      const c = e.detail;
      state.captions.push({ at: Date.now(), name: c.displayName, segment: c.segment, text: c.text, tentative: c.tentative, isFinal: c.isFinal, language: c.language, wordsMissed: c.wordsMissed });
    });
    call.addEventListener('captionsstate', (e) => state.states.push({ at: Date.now(), state: e.detail.state }));
  }, 20);
}

/** The clip's samples as the page's `play` wants them. */
export function asPlayable(clip) {
  return { rate: clip.rate, data: Buffer.from(clip.samples.buffer, clip.samples.byteOffset, clip.samples.byteLength).toString('base64') };
}

/**
 * What the viewer saw of each sentence: the first update with words
 * (from the speech's onset), the last final (from its end), and the final
 * text. An update belongs to the latest sentence whose speech began
 * before it arrived; a final, to the sentence whose words it shares most
 * (a server far behind finalises a sentence while the next is spoken).
 * `finals` lists every final with its lag behind the end of its sentence.
 */
export function measure(clips, starts, captions, speaker) {
  const sentences = clips.map((clip, i) => ({
    text: clip.text,
    onset: starts[i] + clip.onsetMs,
    end: starts[i] + clip.endMs,
    first: null,
    final: null,
    finals: [],
  }));
  const words = (t) => new Set(t.toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, ' ').split(/\s+/).filter(Boolean));
  const finals = [];
  for (const c of captions) {
    if (c.name !== speaker || !(c.text || c.tentative).trim()) continue;
    const latest = sentences.findLastIndex((s) => s.onset <= c.at);
    if (latest < 0) continue;
    if (sentences[latest].first === null) sentences[latest].first = c.at - sentences[latest].onset;
    if (!c.isFinal) continue;
    const heard = words(c.text);
    let best = latest;
    let shared = -1;
    sentences.forEach((s, i) => {
      if (s.onset > c.at) return;
      const n = [...words(s.text)].filter((w) => heard.has(w)).length;
      if (n > shared || (n === shared && i > best)) [best, shared] = [i, n];
    });
    const s = sentences[best];
    s.final = c.at - s.end;
    s.finals.push(c.text);
    finals.push({ segment: c.segment, lagMs: c.at - s.end, text: c.text, wordsMissed: c.wordsMissed });
  }
  return { finals, sentences: sentences.map((s) => ({ text: s.text, heard: s.finals.join(' '), firstMs: s.first, finalMs: s.final })) };
}

/** The p-th percentile (0-100) of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN;
}

/** Word error rate over sentences, without case and punctuation. */
export function wordErrorRate(pairs) {
  const words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, ' ').split(/\s+/).filter(Boolean);
  let errors = 0;
  let total = 0;
  for (const [reference, heard] of pairs) {
    const r = words(reference);
    const h = words(heard);
    const d = Array.from({ length: r.length + 1 }, (_, i) => [i, ...Array(h.length).fill(0)]);
    for (let j = 1; j <= h.length; j++) d[0][j] = j;
    for (let i = 1; i <= r.length; i++) {
      for (let j = 1; j <= h.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (r[i - 1] === h[j - 1] ? 0 : 1));
      }
    }
    errors += d[r.length][h.length];
    total += r.length;
  }
  return total ? errors / total : 0;
}

/**
 * Busy loops beside the server (`count` processes, each pinned to `cpus`
 * when given, as taskset writes it); `stop()` ends them.
 */
export function cpuHogs(count, cpus) {
  const hogs = Array.from({ length: count }, () => (cpus
    ? spawn('taskset', ['-c', cpus, 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' })
    : spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' })));
  return { stop: () => hogs.forEach((h) => h.kill('SIGKILL')) };
}

/**
 * One timed run: Pat speaks `clips` `gapMs` apart into a room where Dr Ada
 * has captions on; returns what Ada saw of each sentence and the states
 * she was told. `enter(browser, name)` opens a call page and returns it.
 */
export async function timedRun({ speakerBrowser, viewerBrowser, enter, clips, gapMs = 2500, waitMs = 8000 }) {
  const pat = await enter(speakerBrowser, 'Pat');
  const ada = await enter(viewerBrowser, 'Dr Ada');
  await ada.getByRole('button', { name: 'CC' }).click();
  await ada.locator('#captions-button[aria-pressed="true"]').waitFor();
  // Media flows both ways before anyone speaks (the captions tap is on
  // the SFU's copy of Pat's microphone).
  await ada.waitForFunction(() => {
    const call = window.anteroomCall;
    return call && call.pc && call.pc.connectionState === 'connected' && [...call.participants.values()].some((p) => p.stream && p.stream.getAudioTracks().length);
  }, null, { timeout: 60000 });
  const starts = await pat.evaluate(([c, g]) => window.timedSpeech.play(c, 500, g), [clips.map(asPlayable), gapMs]);
  // Until the last sentence's final (it comes after its speech ends).
  const lastEnd = starts[starts.length - 1] + clips[clips.length - 1].endMs;
  await ada.waitForFunction((end) => window.timedSpeech.captions.some((c) => c.name === 'Pat' && c.isFinal && c.at >= end), lastEnd, { timeout: Math.max(0, lastEnd - Date.now()) + waitMs, polling: 50 })
    .catch(() => {});
  const seen = await ada.evaluate(() => ({ captions: window.timedSpeech.captions, states: window.timedSpeech.states }));
  return { ...measure(clips, starts, seen.captions, 'Pat'), states: seen.states, captions: seen.captions, pages: [pat, ada] };
}
