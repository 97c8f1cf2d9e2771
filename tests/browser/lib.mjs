// Shared helpers for the real-browser tests: start `anteroom serve`, launch
// headless Chromium with the flags from ../shared/TESTING.md, read WebRTC
// stats per remote participant.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--autoplay-policy=no-user-gesture-required',
];

/** Starts `anteroom serve` on a free port; resolves to { base, child, logs }. */
export async function startServer(extraArgs = []) {
  const bin = process.env.ANTEROOM_BIN;
  if (!bin) throw new Error('ANTEROOM_BIN must point to the anteroom binary');
  const child = spawn(bin, ['serve', '--http', '127.0.0.1:0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTEROOM_LOG: process.env.ANTEROOM_LOG || 'info,str0m=warn' },
  });
  const logs = [];
  createInterface({ input: child.stderr }).on('line', (l) => logs.push(l));
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('\n')}`)), 30000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = line.match(/http:\/\/[0-9.]+:\d+/);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
  return { base, child, logs };
}

export async function stopServer(server) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

export async function launchBrowser(extraFlags = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/**
 * In the page: for each remote participant, the inbound-rtp figures of the
 * media received from them, keyed by display name.
 */
export async function remoteStats(page) {
  return page.evaluate(async () => {
    const call = window.anteroomCall;
    if (!call || !call.pc) return {};
    const out = {};
    for (const p of call.participants.values()) {
      const entry = { framesDecoded: 0, frameWidth: 0, audioEnergy: 0, audioBytes: 0 };
      for (const track of p.stream ? p.stream.getTracks() : []) {
        const receiver = call.pc.getReceivers().find((r) => r.track === track);
        if (!receiver) continue;
        const stats = await receiver.getStats();
        stats.forEach((r) => {
          if (r.type !== 'inbound-rtp') return;
          if (r.kind === 'video') {
            entry.framesDecoded += r.framesDecoded || 0;
            entry.frameWidth = Math.max(entry.frameWidth, r.frameWidth || 0);
          } else {
            entry.audioEnergy += r.totalAudioEnergy || 0;
            entry.audioBytes += r.bytesReceived || 0;
          }
        });
      }
      out[p.displayName] = entry;
    }
    return out;
  });
}

/** Polls `check` (async, returns truthy when done) every 250 ms until `ms`. */
export async function waitFor(what, check, ms = 30000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
