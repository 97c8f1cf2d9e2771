// The active speaker with real browsers: Pat's microphone speaks (an
// espeak-ng sentence through Chromium's fake capture, with two seconds of
// silence after it), Sam's and Ned's are silent. The SFU reads the RFC 6464
// audio levels of what they send; Sam's and Ned's pages ring Pat's tile
// while Pat speaks, never each other's, and ring nobody in the pauses.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, waitFor, speechFile, silenceFile, enterCall } from './lib.mjs';

let server;
const browsers = [];

after(async () => {
  for (const b of browsers) await b.close();
  await stopServer(server);
});

/** Records, on `page`, the name on every tile that is ringed, as it changes. */
function recordSpeakers(page) {
  return page.evaluate(() => {
    window.speakersSeen = [];
    const note = () => {
      const ringed = [...document.querySelectorAll('.tile.speaking .name')].map((n) => n.textContent).join(',');
      if (window.speakersSeen[window.speakersSeen.length - 1] !== ringed) window.speakersSeen.push(ringed);
    };
    new MutationObserver(note).observe(document.getElementById('tiles'), { subtree: true, attributes: true, attributeFilter: ['class'] });
    note();
  });
}

test('the speaker\'s tile is ringed while they speak, and nobody\'s in the pauses', { timeout: 180000 }, async () => {
  server = await startServer(['--open-rooms']);
  const speaking = await launchBrowser([`--use-file-for-fake-audio-capture=${speechFile('Good morning. Could you tell me how you have been sleeping this week?')}`]);
  const quiet = await launchBrowser([`--use-file-for-fake-audio-capture=${silenceFile()}`]);
  browsers.push(speaking, quiet);
  const problems = [];
  const room = `speaker-${Date.now()}`;
  const sam = await enterCall(quiet, server, room, 'Sam', problems);
  const ned = await enterCall(quiet, server, room, 'Ned', problems);
  await recordSpeakers(sam);
  await recordSpeakers(ned);
  await enterCall(speaking, server, room, 'Pat', problems);

  // Pat speaks, pauses, speaks again: Sam sees Pat ringed, then nobody, then Pat.
  const seen = await waitFor('Sam to see Pat speak, pause and speak again', async () => {
    const s = await sam.evaluate(() => window.speakersSeen);
    const i = s.indexOf('Pat');
    return i >= 0 && s.indexOf('', i) > i && s.indexOf('Pat', s.indexOf('', i)) > 0 && s;
  }, 60000);
  assert.ok(seen.every((ringed) => ringed === '' || ringed === 'Pat'), `only Pat is ever ringed at Sam's: ${seen.join(' / ')}`);
  const atNed = await waitFor('Ned to see Pat speak', async () => {
    const s = await ned.evaluate(() => window.speakersSeen);
    return s.includes('Pat') && s;
  }, 30000);
  assert.ok(atNed.every((ringed) => ringed === '' || ringed === 'Pat'), `only Pat is ever ringed at Ned's: ${atNed.join(' / ')}`);
  assert.deepEqual(problems, []);
});
