// Captions latency and accuracy in real browsers, measured from the audio
// (on demand, not a test):
//
//   ANTEROOM_BIN=$PWD/target/debug/anteroom unshare --net -- sh -c \
//     "ip link set lo up && exec node bench/browser/captions.mjs"
//
// For each model in ../shared/models (CAPTIONS_MODELS, comma-separated file
// names) and each load (CAPTIONS_HOGS: CPU-bound processes beside the
// server, default "0,2"), Pat speaks six sentences 2.5 s apart, ROUNDS
// times (CAPTIONS_ROUNDS, default 2); Dr Ada, captions on, stamps every
// update. Prints first-word and final latency p50/p95 and the word error
// rate. Everything runs on this machine: the two browsers take CPU too.
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser } from '../../tests/browser/lib.mjs';
import { SENTENCES, speechClips, timedMicrophone, timedRun, percentile, wordErrorRate, cpuHogs } from '../../tests/browser/captions_timing.mjs';

const models = (process.env.CAPTIONS_MODELS || 'ggml-tiny.en.bin,ggml-base-q8_0.bin').split(',');
const loads = (process.env.CAPTIONS_HOGS || '0,2').split(',').map(Number);
const rounds = Number(process.env.CAPTIONS_ROUNDS || 2);
const clips = speechClips(SENTENCES);

for (const model of models) {
  for (const hogCount of loads) {
    const server = await startServer(['--open-rooms', '--captions-model', fileURLToPath(new URL(`../../../shared/models/${model}`, import.meta.url))]);
    const hogs = cpuHogs(hogCount);
    const all = [];
    const states = [];
    try {
      for (let round = 0; round < rounds; round++) {
        const speakerBrowser = await launchBrowser();
        const viewerBrowser = await launchBrowser();
        const room = `bench-${Date.now()}`;
        const enter = async (browser, name) => {
          const page = await (await browser.newContext()).newPage();
          await page.addInitScript(timedMicrophone);
          await page.goto(`${server.base}/call/${room}?name=${encodeURIComponent(name)}`);
          await page.locator('#controls').waitFor();
          return page;
        };
        const run = await timedRun({ speakerBrowser, viewerBrowser, enter, clips });
        all.push(...run.sentences);
        states.push(...run.states.map((s) => s.state));
        await speakerBrowser.close();
        await viewerBrowser.close();
      }
    } finally {
      hogs.stop();
      await stopServer(server);
    }
    const first = all.map((s) => s.firstMs).filter((v) => v !== null);
    const final = all.map((s) => (s.finalMs === null ? Infinity : s.finalMs));
    const wer = wordErrorRate(all.map((s) => [s.text, s.heard]));
    const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'never');
    console.log(`${model}, ${hogCount} CPU hog(s): first words p50 ${ms(percentile(first, 50))}, p95 ${ms(percentile(first, 95))}; final p50 ${ms(percentile(final, 50))}, p95 ${ms(percentile(final, 95))}; WER ${(100 * wer).toFixed(1)}% (${all.length} sentences; told delayed ${states.filter((s) => s === 'delayed').length} time(s))`);
    for (const s of all) console.log(`    first ${ms(s.firstMs ?? NaN)}, final ${ms(s.finalMs ?? NaN)}: ${s.heard}`);
  }
}
