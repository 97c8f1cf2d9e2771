// The call page on phones and at 1366x768, in Chromium's mobile emulation
// (viewport, touch, device scale factor, a phone's user agent): every
// control shown is inside the window and is the topmost element at its
// centre (nothing covers it), touch targets are at least 44x44 px on a
// phone, nothing scrolls sideways, and the call's controls are on screen
// without scrolling. On a phone the first row holds microphone, camera,
// More and Leave; "More" opens the rest; a tap on the video hides the
// controls and another brings them back; screen sharing is not offered;
// chat is a sheet over the video that a Chat button (with a count of what
// came) opens.
// The arrival page (its check, and whom to call), the start page, the
// walk-in page and a dead guest link fit the same viewports.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, stopServer, launchBrowser, enterCall, remoteStats, waitFor, watchProblems, createOrganisation, staffLogin, staffApi, PHONE_UA, VIEWPORTS, CONTROLS, layoutProblems, soonToday } from './lib.mjs';

let server;
let browser;

after(async () => {
  await browser?.close();
  await stopServer(server);
});


test('every control of the call page is on screen and tappable, on phones and at 1366x768', { timeout: 300000 }, async () => {
  server = await startServer(['--open-rooms']);
  browser = await launchBrowser();
  const problems = [];
  for (const [i, v] of VIEWPORTS.entries()) {
    const room = `phone-${i}`;
    const doctor = await enterCall(browser, server, room, 'Doctor', problems);
    const context = await browser.newContext({
      viewport: { width: v.width, height: v.height },
      ...(v.phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA } : {}),
    });
    const page = await context.newPage();
    watchProblems(problems, page, v.name);
    await page.goto(`${server.base}/call/${room}?name=Pat`);
    await waitFor(`${v.name}: the doctor's video`, async () => ((await remoteStats(page)).Doctor?.framesDecoded || 0) > 5, 30000);

    // The call's controls, without scrolling.
    assert.deepEqual(await layoutProblems(page, { selector: `#controls :is(${CONTROLS})`, phone: v.phone }), [], `${v.name}: the call's controls`);
    assert.ok(await page.getByRole('button', { name: 'Mute microphone' }).isVisible(), v.name);
    assert.ok(await page.getByRole('button', { name: 'Leave' }).isVisible(), v.name);
    if (v.phone) {
      assert.ok(await page.locator('#share-screen').isHidden(), `${v.name}: no screen sharing on a phone`);
      // "More" opens the rest, on screen; a control there closes it.
      const more = page.getByRole('button', { name: 'More' });
      await more.tap();
      assert.equal(await more.getAttribute('aria-expanded'), 'true');
      assert.ok(await page.getByRole('button', { name: 'CC' }).isVisible(), `${v.name}: captions under More`);
      assert.deepEqual(await layoutProblems(page, { selector: `#more-controls :is(${CONTROLS})`, phone: true }), [], `${v.name}: under More`);
      await page.getByRole('button', { name: 'Picture in picture' }).tap().catch(() => {});
      await more.tap();
      await more.tap();
      assert.equal(await more.getAttribute('aria-expanded'), 'false');
      // The other person fills the screen; a tap on them hides the
      // controls, another brings them back.
      const remote = page.locator('.tile.remote');
      const box = await remote.boundingBox();
      assert.ok(box.width * box.height > 0.4 * v.width * v.height, `${v.name}: the doctor takes ${Math.round(box.width)}x${Math.round(box.height)}`);
      await remote.tap();
      await waitFor(`${v.name}: controls hidden`, async () => !(await page.getByRole('button', { name: 'Leave' }).isVisible()), 5000);
      await remote.tap();
      await waitFor(`${v.name}: controls back`, () => page.getByRole('button', { name: 'Leave' }).isVisible(), 5000);
      // Chat is a sheet over the video: closed, it takes no room; a message
      // from the doctor shows on the Chat button; open, it fits the screen.
      assert.equal(await page.locator('#chat').isVisible(), false, `${v.name}: the chat waits behind its button`);
      await doctor.evaluate(() => window.anteroomCall.sendChat('How are you feeling?'));
      const chatButton = page.locator('#chat-button');
      await waitFor(`${v.name}: the Chat button counts it`, async () => (await chatButton.textContent()) === 'Chat (1)', 10000);
      await chatButton.tap();
      await page.locator('#chat-log').getByText('How are you feeling?').waitFor();
      assert.deepEqual(await layoutProblems(page, { selector: `#chat :is(${CONTROLS})`, phone: true }), [], `${v.name}: the chat sheet`);
      assert.equal(await chatButton.textContent(), 'Chat');
      await page.getByRole('button', { name: 'Close' }).tap();
      assert.equal(await page.locator('#chat').isVisible(), false, `${v.name}: closed again`);
    } else {
      assert.ok(!(await page.getByRole('button', { name: 'More' }).isVisible()), 'every control is in the bar on a laptop');
      assert.ok(await page.getByRole('button', { name: 'Share screen' }).isVisible(), 'screen sharing on a laptop');
    }
    // Everything else on the page can be reached by scrolling, uncovered.
    assert.deepEqual(await layoutProblems(page, { selector: `:is(header, main, #chat, #captions) :is(${CONTROLS})`, phone: v.phone, scroll: true }), [], `${v.name}: the rest of the page`);
    await context.close();
    await doctor.context().close();
  }
  assert.deepEqual(problems, []);
});

test('in Arabic the call page runs right to left and still fits a phone', { timeout: 180000 }, async () => {
  const problems = [];
  const doctor = await enterCall(browser, server, 'phone-rtl', 'Doctor', problems);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('anteroom.language', 'ar'));
  watchProblems(problems, page, 'Arabic phone');
  await page.goto(`${server.base}/call/phone-rtl?name=Pat`);
  await waitFor('the doctor\'s video', async () => ((await remoteStats(page)).Doctor?.framesDecoded || 0) > 5, 30000);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  // The controls are in Arabic (not the English fallback) and fit.
  const leave = (await page.locator('#leave').textContent()).trim();
  assert.ok(/\p{Script=Arabic}/u.test(leave), `Leave reads "${leave}"`);
  assert.deepEqual(await layoutProblems(page, { selector: `#controls :is(${CONTROLS})`, phone: true }), [], 'the call\'s controls');
  // Mirrored: the microphone, first in the bar, sits at the right; your
  // own picture at the left.
  const mic = await page.locator('#toggle-mic').boundingBox();
  const leaveBox = await page.locator('#leave').boundingBox();
  assert.ok(mic.x > leaveBox.x, `microphone at ${mic.x}, leave at ${leaveBox.x}`);
  const self = await page.locator('#local-tile').boundingBox();
  assert.ok(self.x < 390 / 2, `own picture at x=${self.x}`);
  assert.deepEqual(await layoutProblems(page, { selector: `:is(header, main, #chat, #captions) :is(${CONTROLS})`, phone: true, scroll: true }), [], 'the rest of the page');
  await context.close();
  await doctor.context().close();
  assert.deepEqual(problems, []);
});

test('the arrival, start, walk-in and guest pages fit phones and 1366x768, whom to call included', { timeout: 300000 }, async () => {
  server ??= await startServer(['--open-rooms']);
  browser ??= await launchBrowser();
  const org = await createOrganisation(server, 'Phone Clinic', 'doc@phone.example');
  const staff = await (await browser.newContext()).newPage();
  await staffLogin(staff, server, 'doc@phone.example');
  const api = staffApi(staff);
  const me = (await api('GET', '/me')).body.staff;
  assert.equal((await api('PUT', '/organisation/settings', { contact_phone: '+31 20 123 4567', contact_email: 'a-rather-long-address@phone-clinic.example' })).status, 200);
  const client = (await api('POST', '/clients', { initials: 'P.', last_name: 'Hone', practitioners: [me.id] })).body;
  const problems = [];
  for (const v of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: v.width, height: v.height },
      ...(v.phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: PHONE_UA } : {}),
    });
    const page = await context.newPage();
    watchProblems(problems, page, v.name);
    const created = await api('POST', '/appointments', { client: client.id, practitioner: me.id, starts_at: soonToday(5), duration_minutes: 20 });
    assert.equal(created.status, 201);
    await page.goto(server.base + new URL(created.body.invitation.patient_link).pathname);
    await page.locator('#check').waitFor();
    await page.locator('#contact a[href^="tel:"]').waitFor();
    await waitFor(`${v.name}: the connection check`, async () => (await page.locator('#check-server').getAttribute('data-result')) !== 'pending', 30000);
    assert.deepEqual(await layoutProblems(page, { selector: CONTROLS, phone: v.phone, scroll: true }), [], `${v.name}: the arrival page`);
    for (const [what, path, ready] of [
      ['the start page', '/', '#language option'],
      ['the walk-in page', `/walk-in/${org}`, '#state:not([data-l10n-id="walkin-looking"])'],
      ['a dead guest link', '/g/not-a-real-guest-link-token', '#state[data-l10n-id="guest-invalid"]'],
    ]) {
      await page.goto(server.base + path);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      assert.deepEqual(await layoutProblems(page, { selector: CONTROLS, phone: v.phone, scroll: true }), [], `${v.name}: ${what}`);
    }
    await context.close();
  }
  assert.deepEqual(problems.filter((p) => !/40[14]/.test(p)), []);
});
