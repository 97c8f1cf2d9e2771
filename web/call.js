// The consultation-room page: /call/{room}#token={join token} (from the
// control plane), or /call/{room}?name={display name} on a development
// server with open rooms.
// Everything call-related goes through the public SDK, like a clinic's own page would.
import { Call } from '/sdk/anteroom.js';
import { localize, languagePicker, setText, t, language, formatTime } from '/i18n.js';
import { applyBrand, showContact } from '/contact.js';
import { linkQuestionnaire, showQuestionnaire } from '/questionnaire.js';
import { answersList } from '/answers.js';

const $ = (id) => document.getElementById(id);
const room = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
const params = new URLSearchParams(location.search);
// A join token travels in the fragment, which never reaches a server log;
// so does a patient's invitation link token, for the waiting room's texts.
const fragment = new URLSearchParams(location.hash.slice(1));
const token = fragment.get('token') || undefined;
const linkToken = fragment.get('link');
// What the arrival page's connection check found, for the clinic's list.
const CHECKS = ['good', 'tcp_only', 'relayed', 'poor', 'failed'];
const connectionCheck = CHECKS.includes(fragment.get('check')) ? fragment.get('check') : undefined;
const name = (params.get('name') || tokenName(token) || '').trim();
// Optional: the video codec to publish (?codec=h264 or ?codec=vp8).
const codec = { h264: 'H264', vp8: 'VP8' }[(params.get('codec') || '').toLowerCase()];

/** The connection states with a message of their own (status-{state}). */
const STATUS_STATES = ['new', 'connecting', 'connected', 'reconnecting', 'failed', 'closed'];

/** The call's state, and message `message` (with `args`) or the state's own. */
function setStatus(state, message, args) {
  const el = $('status');
  el.dataset.state = state;
  if (message || STATUS_STATES.includes(state)) {
    setText(el, message || `status-${state}`, args);
  } else {
    delete el.dataset.l10nId;
    delete el.dataset.l10nArgs;
    el.textContent = state;
  }
}

/** A list in the page's language: "microphone off, poor connection". */
function list(items) {
  return new Intl.ListFormat(language(), { type: 'unit', style: 'short' }).format(items);
}

/** A join token's claims (unverified: for display and expiry only). */
function tokenClaims(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return {};
  }
}

/** The name in a join token, for our own tile (the server uses the token's). */
function tokenName(jwt) {
  return tokenClaims(jwt).name || '';
}

/**
 * The join token to use: the one in the URL, or, when it has expired (a
 * reload after a while) and the page came from an invitation link, a
 * fresh one from that link.
 */
async function freshToken() {
  if (!token || !linkToken || (tokenClaims(token).exp || 0) * 1000 > Date.now() + 30000) return token;
  const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}/join`, { method: 'POST' });
  if (!r.ok) return token; // the join then says why (expired, closed)
  const body = await r.json();
  history.replaceState(null, '', `${location.pathname}${location.search}#${new URLSearchParams({ token: body.ticket.token, link: linkToken, ...(connectionCheck ? { check: connectionCheck } : {}) })}`);
  return body.ticket.token;
}

/** The phone layout (call.css's media query). */
const phoneLayout = matchMedia('(max-width: 699px), (max-height: 500px)');
/** A touch screen without a mouse: no screen to share from there. */
const touchOnly = matchMedia('(pointer: coarse) and (hover: none)');

/**
 * The language of the invitation link the page came from (the clinic's),
 * if any: the page is shown in it unless the person chose another.
 */
async function linkLanguage() {
  if (!linkToken) return null;
  try {
    const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
    if (!r.ok) return null;
    return (await r.json()).language || null;
  } catch (_) {
    return null;
  }
}

/** Once: the page's language first, then the call (or the name to join as). */
async function main() {
  await localize(['call', 'contact', 'questionnaire'], await linkLanguage());
  languagePicker($('language'));
  // A meeting room (staff among themselves, or with guests) is no
  // consultation.
  const meeting = token && String(tokenClaims(token).room || '').startsWith('m-');
  if (meeting) {
    setText($('room-title'), 'call-title-meeting');
    setText(document.querySelector('title'), 'call-page-title-meeting');
  } else if (token) setText($('room-title'), 'call-title-video');
  else if (room) setText($('room-title'), 'call-title-room', { room });
  else setText($('room-title'), 'call-title');

  setUpLayout();

  if (!name) {
    $('name-form').hidden = false;
    setStatus('new', 'status-enter-name');
    $('name-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('name', $('name-input').value.trim());
      location.assign(url);
    });
  } else {
    start();
  }
}

main();

/** An empty tile: a figure with a video and a caption. */
function newTile(className) {
  const tile = document.createElement('figure');
  tile.className = `tile ${className}`;
  const video = document.createElement('video');
  video.autoplay = true;
  video.playsInline = true;
  tile.append(video, document.createElement('figcaption'));
  return tile;
}

function tileFor(participant) {
  let tile = document.querySelector(`.tile[data-participant="${CSS.escape(participant.id)}"]`);
  if (!tile) {
    tile = newTile('remote');
    tile.dataset.participant = participant.id;
    const caption = tile.querySelector('figcaption');
    const label = document.createElement('span');
    label.className = 'name';
    const flags = document.createElement('span');
    flags.className = 'muted-flags';
    caption.append(label, flags);
    $('tiles').append(tile);
  }
  if (participant.displayName) tile.querySelector('.name').textContent = participant.displayName;
  updateFlags(tile, participant);
  return tile;
}

function updateFlags(tile, p) {
  const flags = [];
  if (p.audioMuted) flags.push(t('call-flag-microphone-off'));
  if (p.videoMuted) flags.push(t('call-flag-camera-off'));
  else if (p.videoPaused) flags.push(t('call-flag-video-paused'));
  if (p.poorConnection) flags.push(t('call-flag-poor-connection'));
  if (p.screenPaused) flags.push(t('call-flag-screen-paused'));
  tile.querySelector('.muted-flags').textContent = list(flags);
  tile.classList.toggle('video-off', !!p.videoMuted);
}

function play(video) {
  video.play().catch(() => {
    // Autoplay with sound was blocked: ask for one click.
    $('sound-hint').hidden = false;
  });
}

async function start() {
  const call = new Call({ room, displayName: name, token: await freshToken(), refreshToken: freshToken, connectionCheck });
  window.anteroomCall = call; // for integrators' debugging and for our browser tests

  call.addEventListener('connectionstate', (e) => setStatus(e.detail.state));
  call.addEventListener('participantjoined', (e) => tileFor(e.detail.participant));
  call.addEventListener('participantleft', (e) => {
    const tile = document.querySelector(`.tile[data-participant="${CSS.escape(e.detail.participant.id)}"]`);
    if (tile) {
      call.hideVideo(tile.querySelector('video'));
      tile.remove();
    }
    showScreen(call, e.detail.participant, null);
  });
  call.addEventListener('activespeaker', (e) => {
    for (const t of document.querySelectorAll('.tile.speaking')) t.classList.remove('speaking');
    const id = e.detail.participant && e.detail.participant.id;
    if (id) document.querySelector(`.tile[data-participant="${CSS.escape(id)}"]`)?.classList.add('speaking');
  });
  call.addEventListener('mutechanged', (e) => updateFlags(tileFor(e.detail.participant), e.detail.participant));
  call.addEventListener('videopaused', (e) => updateFlags(tileFor(e.detail.participant), e.detail.participant));
  call.addEventListener('screen', (e) => showScreen(call, e.detail.participant, e.detail.stream));
  call.addEventListener('screensharing', (e) => {
    $('share-screen').setAttribute('aria-pressed', String(e.detail.sharing));
    setText($('share-screen'), e.detail.sharing ? 'controls-stop-sharing' : 'controls-share-screen');
    $('screen-note').hidden = !e.detail.sharing;
  });
  call.addEventListener('track', (e) => {
    if (e.detail.source === 'screen') return; // shown by the 'screen' event
    const participant = call.participants.get(e.detail.participant.id) || e.detail.participant;
    const video = tileFor(participant).querySelector('video');
    if (video.srcObject !== e.detail.stream) {
      call.showVideo(participant.id, video);
      play(video);
    }
  });
  call.addEventListener('disconnected', (e) => {
    if (e.detail.reason === 'ended') showEnded(call);
    else if (e.detail.reason === 'opened_elsewhere') showElsewhere(call);
    else if (e.detail.reason === 'left') setStatus('closed', 'status-other-window');
    else setStatus('closed', 'status-ended-by-server');
  });
  call.addEventListener('waiting', () => {
    showWaiting(call);
    // Chat with the clinic while waiting, when the organisation allows it.
    if ((tokenClaims(call.token).grants || []).includes('waiting_chat')) showChat(call, 'chat-title-waiting');
  });
  call.addEventListener('chat', (e) => addChat(call, e.detail));
  // The conversation so far (the server keeps chat): it replaces the
  // messages shown, which it includes; shared files stay.
  call.addEventListener('chathistory', (e) => {
    for (const li of document.querySelectorAll('#chat-log li.message')) li.remove();
    const first = $('chat-log').firstChild;
    for (const m of e.detail.messages) {
      const li = chatItem(call, { from: null, displayName: m.displayName, text: m.text, at: m.at, mine: m.mine });
      $('chat-log').insertBefore(li, first);
    }
    $('chat-log').lastElementChild?.scrollIntoView({ block: 'nearest' });
  });
  call.addEventListener('file', (e) => addFile(call, e.detail.file));
  call.addEventListener('waitingchange', () => showWaitingToJoin(call));
  call.addEventListener('waitestimate', () => showEstimate(call));
  call.addEventListener('joined', () => {
    $('waiting').hidden = true;
    clearInterval(waitingTimer);
    clearInterval(estimateTimer);
    startTimer();
    watchQuality(call);
    watchParticipants(call);
    const grants = call.grants;
    // Practitioners (who may admit) can open the call-quality panel.
    $('quality-button').hidden = !grants.includes('admit');
    document.body.classList.add('in-call');
    if (grants.includes('chat') || call.canShareFiles) showChat(call, 'chat-title');
    else $('chat').hidden = true;
    $('chat-button').hidden = $('chat').hidden;
    $('chat-form').hidden = !grants.includes('chat');
    // Everyone is told when the clinic keeps captions with the appointment.
    $('transcript-note').hidden = !grants.includes('keep_transcript');
    if (call.canShareFiles) showFiles(call);
    // Staff (who may admit) may end the consultation for everyone.
    $('end').hidden = !(call.token && grants.includes('admit'));
    $('share-screen').hidden = !(call.canShareScreen && !touchOnly.matches && navigator.mediaDevices && navigator.mediaDevices.getDisplayMedia);
    $('auto-admit').hidden = !(call.token && grants.includes('force_start'));
    // Staff in a consultation or a meeting room may invite a guest (through
    // the staff API, with their staff session).
    $('invite').hidden = !(call.token && grants.includes('admit') && /^[am]-/.test(room));
    // Staff in a consultation: the patient's questionnaire, if one was
    // asked (its answers read on request: each read is audited).
    if (call.token && grants.includes('admit') && /^a-./.test(room)) showAnswersOf(room.slice(2));
  });
  call.addEventListener('error', (e) => console.warn('anteroom error', e.detail.code, e.detail.message));

  $('enable-sound').addEventListener('click', () => {
    for (const v of document.querySelectorAll('.tile.remote video')) v.play().catch(() => {});
    $('sound-hint').hidden = true;
  });

  $('toggle-mic').addEventListener('click', async (ev) => {
    const muted = !call.isMuted('audio');
    await call.setMuted('audio', muted).catch(() => {});
    ev.target.setAttribute('aria-pressed', String(muted));
    setText(ev.target, muted ? 'controls-unmute' : 'controls-mute');
    document.querySelector('#local-tile .muted-flags').textContent = localFlags(call);
  });
  $('toggle-camera').addEventListener('click', async (ev) => {
    const muted = !call.isMuted('video');
    await call.setMuted('video', muted).catch(() => {});
    ev.target.setAttribute('aria-pressed', String(muted));
    setText(ev.target, muted ? 'controls-camera-on' : 'controls-camera-off');
    $('local-tile').classList.toggle('video-off', muted);
    document.querySelector('#local-tile .muted-flags').textContent = localFlags(call);
  });
  $('share-screen').addEventListener('click', async () => {
    try {
      if (call.screenStream) await call.stopScreen();
      else await call.shareScreen();
    } catch (e) {
      // Cancelled in the browser's chooser (NotAllowedError) or refused.
      if (e.name !== 'NotAllowedError') setStatus('connected', 'status-share-failed', { reason: e.message });
    }
  });
  $('captions-button').addEventListener('click', () => toggleCaptions(call));
  $('captions-language').addEventListener('change', () => changeCaptionsLanguage(call));
  call.addEventListener('caption', (e) => showCaption(e.detail));
  call.addEventListener('captionsstate', (e) => captionsNote(e.detail.state));
  call.addEventListener('captionslanguages', (e) => offerReading(e.detail.read));
  for (const event of ['captionslanguages', 'spokenlanguage', 'participantjoined', 'participantleft']) {
    call.addEventListener(event, () => renderSpeakers(call));
  }
  $('invite-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    inviteGuest($('invite-name').value.trim());
  });
  $('invite-copy').addEventListener('click', () => {
    $('invite-url').select();
    navigator.clipboard?.writeText($('invite-url').value).catch(() => {});
  });
  $('switch-camera').addEventListener('click', () => switchCamera(call).catch((e) => setStatus('connected', 'status-switch-camera-failed', { reason: e.message })));
  $('capture-size').addEventListener('change', async (ev) => {
    const [w, h] = ev.target.value.split('x').map(Number);
    await call.setCaptureSize(w, h).catch((e) => console.warn('capture size', e));
  });
  $('end').addEventListener('click', () => endConsultation(call));
  $('take-back').addEventListener('click', () => location.reload());
  $('fullscreen').addEventListener('click', () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else document.documentElement.requestFullscreen().catch(() => {});
  });
  $('pip').hidden = !document.pictureInPictureEnabled;
  $('pip').addEventListener('click', async () => {
    if (document.pictureInPictureElement) {
      await document.exitPictureInPicture().catch(() => {});
      return;
    }
    // The speaker's video, else the first other participant's.
    const video = document.querySelector('.tile.remote.speaking video') || document.querySelector('.tile.remote video');
    if (video) await video.requestPictureInPicture().catch((e) => console.warn('picture in picture', e));
  });
  $('auto-admit').addEventListener('click', async (ev) => {
    const on = ev.target.getAttribute('aria-pressed') !== 'true';
    try {
      await call.setAutoAdmit(on);
      ev.target.setAttribute('aria-pressed', String(on));
      setText(ev.target, on ? 'controls-auto-admit-on' : 'controls-auto-admit');
    } catch (e) {
      setStatus('connected', 'status-auto-admit-failed', { reason: e.message });
    }
  });
  $('leave').addEventListener('click', async () => {
    await call.leave();
    for (const t of document.querySelectorAll('.tile.remote')) t.remove();
    $('local-tile').hidden = true;
    $('controls').hidden = true;
    $('left').hidden = false;
    $('rejoin').href = location.href;
  });

  try {
    await call.join({ audio: true, video: { width: { ideal: 1280 }, height: { ideal: 720 } }, videoCodec: codec });
  } catch (e) {
    const reasons = {
      room_not_found: 'status-room-not-found',
      token_expired: 'status-token-expired',
      invalid_token: 'status-invalid-token',
      room_full: 'status-room-full',
    };
    if (reasons[e.code]) setStatus('failed', reasons[e.code]);
    else setStatus('failed', 'status-join-failed', { reason: e.message });
    return;
  }
  $('local-video').srcObject = call.localStream;
  $('local-tile').hidden = false;
  $('controls').hidden = false;
  for (const p of call.participants.values()) tileFor(p);
  // Switching needs a second camera (a phone's front and back, a laptop's
  // built-in and a document camera).
  $('switch-camera').hidden = call.localStream.getVideoTracks().length === 0 || (await call.cameras().catch(() => [])).length < 2;
}

/**
 * A one-time guest link for this room, from the control plane (the staff
 * session's cookie and CSRF token, as the staff pages keep them).
 */
async function inviteGuest(guestName) {
  $('invite-error').hidden = true;
  const path = room.startsWith('a-') ? `/api/v1/appointments/${encodeURIComponent(room.slice(2))}/guest-links` : `/api/v1/meeting-rooms/${encodeURIComponent(room.slice(2))}/guest-links`;
  try {
    const r = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': localStorage.getItem('anteroom.csrf') || '' },
      body: JSON.stringify({ name: guestName }),
    });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      const code = body.error && body.error.code;
      const messages = {
        unauthenticated: 'invite-sign-in',
        csrf_mismatch: 'invite-sign-in',
        invalid_field: 'invite-check-name',
        invalid_state: 'invite-over',
      };
      throw new Error(messages[code] ? t(messages[code]) : (body.error && body.error.message) || `HTTP ${r.status}`);
    }
    $('invite-url').value = body.link;
    $('invite-result').hidden = false;
    $('invite-name').value = '';
  } catch (e) {
    setText($('invite-error'), 'invite-failed', { reason: e.message });
    $('invite-error').hidden = false;
  }
}

/** Moves to the next camera the browser offers. */
async function switchCamera(call) {
  const cameras = await call.cameras();
  const current = call.localStream.getVideoTracks()[0];
  const at = cameras.findIndex((c) => c.deviceId === (current && current.getSettings().deviceId));
  const next = cameras[(at + 1) % cameras.length];
  const track = await call.setCamera(next.deviceId);
  $('local-video').srcObject = call.localStream;
  $('switch-camera').title = track.label ? t('controls-camera-now', { camera: track.label }) : t('controls-camera-now-unnamed');
}

/** A shared screen gets a wide tile of its own; `stream` null removes it. */
function showScreen(call, participant, stream) {
  const selector = `.tile.screen[data-screen-of="${CSS.escape(participant.id)}"]`;
  let tile = document.querySelector(selector);
  if (!stream) {
    if (tile) {
      call.hideVideo(tile.querySelector('video'));
      tile.remove();
    }
    return;
  }
  if (!tile) {
    tile = newTile('screen');
    tile.dataset.screenOf = participant.id;
    const who = call.participants.get(participant.id);
    const caption = tile.querySelector('figcaption');
    if (who && who.displayName) setText(caption, 'call-screen-of', { name: who.displayName });
    else setText(caption, 'call-screen-of-someone');
    $('tiles').prepend(tile);
  }
  const video = tile.querySelector('video');
  video.muted = stream.getAudioTracks().length === 0;
  call.showVideo(participant.id, video, { screen: true });
  play(video);
}

let waitingTimer;
let chatReady = false;
let callTimer;

/** The call's duration since we came in, mm:ss (h:mm:ss past an hour). */
function startTimer() {
  const since = Date.now();
  const show = () => {
    const s = Math.floor((Date.now() - since) / 1000);
    const pad = (n) => String(n).padStart(2, '0');
    $('timer').textContent = s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
  };
  clearInterval(callTimer);
  show();
  $('timer').hidden = false;
  callTimer = setInterval(show, 1000);
}

/**
 * On each of the SDK's quality reports (every 2 s): how each participant's
 * media reaches us (a "poor connection" mark on their tile when it
 * struggles) and, while it is open, the call-quality panel.
 */
function watchParticipants(call) {
  // Once per page: a rejoin fires `joined` again.
  if (watchParticipants.started) return;
  watchParticipants.started = true;
  const look = () => {
    const report = call.qualityReport();
    for (const entry of report.participants) {
      const p = call.participants.get(entry.id);
      if (!p || !!p.poorConnection === entry.poor) continue;
      p.poorConnection = entry.poor;
      updateFlags(tileFor(p), p);
    }
    if ($('quality-panel').hidden) return;
    const path = report.path || 'none';
    if (report.roundTripMs === null) setText($('quality-summary'), 'quality-summary-no-rtt', { path, kbps: report.sendKbps });
    else setText($('quality-summary'), 'quality-summary', { path, ms: report.roundTripMs, kbps: report.sendKbps });
    $('quality-rows').replaceChildren(...report.participants.map((e) => {
      const row = document.createElement('tr');
      row.dataset.participant = e.id;
      const cells = [
        e.displayName,
        t('quality-kbps', { kbps: e.kbps }),
        e.width ? t('quality-video-size', { width: e.width, height: e.height, fps: e.fps }) : t('quality-no-video'),
        t('quality-loss', { percent: e.lossPercent }),
        t('quality-level', { level: e.poor ? 'poor' : 'good' }),
      ];
      for (const text of cells) {
        const td = document.createElement('td');
        td.textContent = text;
        row.append(td);
      }
      if (e.poor) row.lastChild.className = 'poor';
      return row;
    }));
  };
  call.addEventListener('quality', look);
  $('quality-button').addEventListener('click', () => {
    const open = $('quality-panel').hidden;
    $('quality-panel').hidden = !open;
    $('quality-button').setAttribute('aria-pressed', String(open));
    if (open) look();
  });
}

/**
 * The connection quality, from the SDK's report every 2 s: the round trip
 * to the server and the share of packets lost since the last report.
 */
function watchQuality(call) {
  if (watchQuality.started) return;
  watchQuality.started = true;
  call.addEventListener('quality', ({ detail: report }) => {
    if (!$('ended').hidden) return;
    if (report.roundTripMs === null) return;
    const rtt = report.roundTripMs / 1000;
    const loss = report.receiveLoss;
    const level = rtt < 0.15 && loss < 0.02 ? 'good' : rtt < 0.4 && loss < 0.08 ? 'fair' : 'poor';
    $('quality').dataset.level = level;
    setText($('quality').querySelector('strong'), 'quality-level', { level });
    $('quality').title = t('quality-tooltip', { ms: Math.round(rtt * 1000), percent: loss * 100 });
    $('quality').hidden = false;
  });
}

/**
 * After the practitioner ended the consultation: the follow-up page. The
 * call's header (timer, connection) and the tiles go; what happens next
 * and whom to call (the clinic's contact, for patients and the people
 * they invited) take their place.
 */
async function showEnded(call) {
  setStatus('closed', 'status-ended');
  // Staff (no invitation link) ended it themselves.
  if (!linkToken) setText($('ended-thanks'), 'ended-thanks-staff');
  // The chat the clinic may keep stays, part of the page under it.
  leaveCall(call, 'ended', ['invite', 'answers']);
  // Whether the chat stays visible: the organisation's setting, from the
  // invitation link; without one (staff) it stays.
  let keep = true;
  if (linkToken) {
    try {
      const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
      if (r.ok) {
        const view = await r.json();
        keep = view.keep_chat;
        $('ended-next').hidden = false;
        $('ended-questions').hidden = false;
        // Later appointments, and (with a PIN by email) what comes next.
        if (view.role === 'patient' && view.portal && view.portal.startsWith('/portal/')) {
          $('ended-portal-link').href = view.portal;
          $('ended-portal').hidden = false;
        }
        showContact($('ended-contact'), view, 3);
      }
    } catch (_) {
      keep = false;
    }
  }
  $('room-waiting').hidden = true;
  // Shared files were deleted with the consultation (said only if any
  // were shared).
  const shared = document.querySelectorAll('#chat-log li.file');
  for (const li of shared) li.remove();
  $('files').hidden = true;
  $('files-gone').hidden = shared.length === 0;
  if (keep && $('chat-log').children.length) {
    $('chat-form').hidden = true;
    $('ended-chat-note').hidden = false;
  } else {
    $('chat-log').replaceChildren();
    $('chat').hidden = true;
  }
}

/**
 * The same consultation was opened in another window or on another device,
 * which took this one's place: the camera is let go (the other window may
 * need it), and a button takes the place back (joining again does).
 */
function showElsewhere(call) {
  setStatus('closed', 'status-other-window');
  leaveCall(call, 'elsewhere', ['chat']);
}

/**
 * The call (or the wait) is over on this page: the timers stop, camera and
 * microphone are let go, the call's parts (and `alsoHide`) go, and section
 * `id` takes their place first under the header, with the focus on its
 * heading.
 */
function leaveCall(call, id, alsoHide) {
  clearInterval(callTimer);
  clearInterval(waitingTimer);
  for (const v of document.querySelectorAll('video')) v.srcObject = null;
  for (const t of call.localStream ? call.localStream.getTracks() : []) t.stop();
  for (const part of ['controls', 'waiting', 'tiles', 'call-info', 'screen-note', 'quality-panel', ...alsoHide]) $(part).hidden = true;
  // No sheet over a call any more: a kept chat is part of the page.
  document.body.classList.remove('in-call', 'chat-open');
  document.querySelector('header').after($(id));
  $(id).hidden = false;
  $(`${id}-title`).focus();
}

/** Ends the consultation for everyone and marks the appointment completed. */
async function endConsultation(call) {
  if (!confirm(t('controls-end-confirm'))) return;
  $('end').disabled = true;
  try {
    await call.end();
  } catch (e) {
    $('end').disabled = false;
    setStatus('connected', 'status-end-failed', { reason: e.message });
    return;
  }
  // The appointment is complete (the staff pages' session, same origin).
  const appointment = room.startsWith('a-') ? room.slice(2) : null;
  const csrf = localStorage.getItem('anteroom.csrf');
  if (appointment && csrf) {
    // In progress first (a no-op refusal if it already is), then completed.
    for (const status of ['in_progress', 'completed']) {
      await fetch(`/api/v1/appointments/${encodeURIComponent(appointment)}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({ status }),
      }).catch(() => {});
    }
  }
}

/** The chat, headed by message `title`. */
function showChat(call, title) {
  setText($('chat-title'), title);
  $('chat').hidden = false;
  if (chatReady) return;
  chatReady = true;
  $('chat-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = $('chat-input').value.trim();
    if (!text) return;
    $('chat-error').hidden = true;
    try {
      await call.sendChat(text);
      $('chat-input').value = '';
      // In the room the server echoes our message; in the waiting room it
      // goes to the clinic only, so show it here.
      if (call.waiting) addChat(call, { from: null, displayName: t('call-you'), text, at: new Date(), mine: true });
    } catch (e) {
      if (e.code === 'chat_too_long') setText($('chat-error'), 'chat-too-long');
      else if (e.code === 'rate_limited') setText($('chat-error'), 'chat-rate-limited');
      else setText($('chat-error'), 'chat-failed', { reason: e.message });
      $('chat-error').hidden = false;
    }
  });
}

/** Staff in the room: who waits to join it, each with an Admit button. */
function showWaitingToJoin(call) {
  const items = [...call.waitingToJoin.values()].sort((a, b) => a.since_ms - b.since_ms).map((entry) => {
    const li = document.createElement('li');
    const name = Object.assign(document.createElement('strong'), { textContent: entry.display_name });
    const role = Object.assign(document.createElement('span'), { className: 'role' });
    setText(role, 'waiting-role', { role: entry.role });
    const button = Object.assign(document.createElement('button'), { type: 'button' });
    setText(button, 'waiting-admit', { name: entry.display_name });
    button.addEventListener('click', async () => {
      button.disabled = true;
      $('room-waiting-error').hidden = true;
      try {
        await call.admit(entry.participant);
      } catch (e) {
        if (e.code === 'patient_not_present') setText($('room-waiting-error'), 'waiting-admit-not-present', { name: entry.display_name });
        else if (e.code === 'room_full') setText($('room-waiting-error'), 'waiting-admit-full');
        else setText($('room-waiting-error'), 'waiting-admit-failed', { reason: e.message });
        $('room-waiting-error').hidden = false;
        button.disabled = false;
      }
    });
    li.append(name, role, button);
    return li;
  });
  $('room-waiting-list').replaceChildren(...items);
  $('room-waiting').hidden = items.length === 0;
  if (items.length === 0) $('room-waiting-error').hidden = true;
}

let filesShown = false;

/** The "Share a file" control. */
function showFiles(call) {
  $('files').hidden = false;
  $('chat').hidden = false;
  if (filesShown) return;
  filesShown = true;
  $('file-input').addEventListener('change', async () => {
    const file = $('file-input').files[0];
    $('file-input').value = '';
    if (!file) return;
    setText($('file-status'), 'files-sending', { name: file.name });
    try {
      await call.shareFile(file);
      delete $('file-status').dataset.l10nId;
      delete $('file-status').dataset.l10nArgs;
      $('file-status').textContent = '';
    } catch (e) {
      const why = {
        file_too_large: 'files-too-large',
        invalid_file_name: 'files-invalid-name',
        file_storage_full: 'files-storage-full',
      }[e.code];
      if (why) setText($('file-status'), why, { name: file.name });
      else setText($('file-status'), 'files-not-shared', { name: file.name, reason: e.message });
    }
  });
}

/** A shared file in the chat log, with a button to download it. */
function addFile(call, file) {
  const li = document.createElement('li');
  li.className = 'file';
  li.dataset.file = file.id;
  const own = file.from === call.participantId;
  if (own) li.classList.add('mine');
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: own ? t('call-you') : file.displayName });
  const download = Object.assign(document.createElement('button'), { type: 'button' });
  setText(download, 'files-download', { name: file.name });
  download.addEventListener('click', async () => {
    download.disabled = true;
    try {
      const blob = await call.downloadFile(file.id);
      const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: file.name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60000);
    } catch (e) {
      if (e.code === 'session_ended') setText($('file-status'), 'files-download-ended');
      else setText($('file-status'), 'files-download-failed', { reason: e.message });
    } finally {
      download.disabled = false;
    }
  });
  li.append(who, document.createTextNode(`${t('files-shared', { name: file.name, size: formatSize(file.size) })} `), download);
  $('chat-log').append(li);
  li.scrollIntoView({ block: 'nearest' });
}

/** A file's size in the page's language: "146 KB". */
function formatSize(bytes) {
  const whole = new Intl.NumberFormat(language(), { maximumFractionDigits: 0, useGrouping: false });
  if (bytes < 1024) return t('files-size-bytes', { bytes, size: whole.format(bytes) });
  if (bytes < 1024 * 1024) return t('files-size-kb', { size: whole.format(Math.round(bytes / 1024)) });
  const tenths = new Intl.NumberFormat(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return t('files-size-mb', { size: tenths.format(bytes / 1024 / 1024) });
}

function addChat(call, message) {
  const li = chatItem(call, message);
  $('chat-log').append(li);
  li.scrollIntoView({ block: 'nearest' });
  // On a phone with the chat sheet closed, the Chat button counts what came.
  if (phoneLayout.matches && document.body.classList.contains('in-call') && !document.body.classList.contains('chat-open') && !li.classList.contains('mine')) {
    unreadChat += 1;
    setText($('chat-button'), 'controls-chat-unread', { count: unreadChat });
  }
}

let unreadChat = 0;

/** The chat sheet on a phone, open or closed. */
function setChatOpen(open) {
  document.body.classList.toggle('chat-open', open);
  $('chat-button').setAttribute('aria-expanded', String(open));
  if (open) {
    unreadChat = 0;
    setText($('chat-button'), 'controls-chat');
    $('chat-log').lastElementChild?.scrollIntoView({ block: 'nearest' });
    ($('chat-form').hidden ? $('chat-close') : $('chat-input')).focus();
  }
}

/** One chat message as the log shows it. */
function chatItem(call, { from, displayName, text, at, mine = false }) {
  const li = document.createElement('li');
  li.className = 'message';
  const own = mine || (from !== null && from === call.participantId);
  if (own) li.classList.add('mine');
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: own ? t('call-you') : displayName });
  const time = Object.assign(document.createElement('time'), { textContent: formatTime(at), dateTime: at.toISOString() });
  li.append(who, document.createTextNode(`${text} `), time);
  return li;
}

/** Captions on or off for this viewer. */
async function toggleCaptions(call) {
  const on = !call.captionsOn;
  try {
    await call.setCaptions(on, on ? $('captions-language').value : '');
    $('captions-button').setAttribute('aria-pressed', String(on));
    $('captions').hidden = !on;
    if (on) captionsNote('on');
    else $('captions-lines').replaceChildren();
    renderSpeakers(call);
  } catch (e) {
    $('captions').hidden = false;
    captionsNote({ captions_unavailable: 'unavailable', translation_unavailable: 'untranslated' }[e.code] || 'failed');
  }
}

/** Another language to read: asked of the server at once if captions are on. */
async function changeCaptionsLanguage(call) {
  if (!call.captionsOn) return;
  try {
    await call.setCaptions(true, $('captions-language').value);
    $('captions-lines').replaceChildren();
    captionsNote('on');
  } catch (e) {
    captionsNote(e.code === 'translation_unavailable' ? 'untranslated' : 'failed');
  }
}

function captionsNote(state) {
  const message = {
    delayed: 'captions-delayed',
    unavailable: 'captions-unavailable',
    failed: 'captions-failed',
    untranslated: 'captions-untranslated',
    unheard: 'captions-unheard',
  }[state];
  const note = $('captions-note');
  if (message) {
    setText(note, message);
  } else {
    delete note.dataset.l10nId;
    note.textContent = '';
  }
  note.hidden = !message;
}

/**
 * The languages captions can be read in besides as spoken, as the server
 * offers them (nothing it cannot do), each named in itself; the choice
 * stays if it is still offered.
 */
function offerReading(read) {
  const select = $('captions-language');
  const chosen = select.value;
  const spoken = select.querySelector('option[value=""]');
  const options = read.map((code) => {
    let name = code;
    try {
      name = new Intl.DisplayNames([code], { type: 'language' }).of(code) || code;
    } catch (_) {
      // The code, then.
    }
    const option = new Option(name, code, false, code === chosen);
    option.lang = code;
    return option;
  });
  select.replaceChildren(spoken, ...options);
  $('captions-options').hidden = read.length === 0;
}

/** A language's name in the page's language (the code if unknown). */
function languageName(code) {
  try {
    return new Intl.DisplayNames([language(), navigator.language, 'en'], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

/**
 * The language each person in the call speaks, for captions, with a
 * choice among those the server's captions hear: a change holds for
 * everyone in the call.
 */
function renderSpeakers(call) {
  if (!call.participantId) return;
  const people = [{ id: call.participantId, name: null, spoken: call.spokenLanguage },
    ...[...call.participants.values()].map((p) => ({ id: p.id, name: p.displayName, spoken: p.spokenLanguage }))];
  const items = people.map(({ id, name, spoken }) => {
    const li = document.createElement('li');
    const select = Object.assign(document.createElement('select'), { id: `speaks-${id}` });
    select.dataset.participant = id;
    const codes = [...new Set([spoken, ...call.captionsLanguages].filter(Boolean))]
      .sort((a, b) => languageName(a).localeCompare(languageName(b)));
    for (const code of codes) select.append(new Option(languageName(code), code, false, code === spoken));
    select.disabled = codes.length < 2;
    select.addEventListener('change', async () => {
      try {
        await call.setSpokenLanguage(id, select.value);
        captionsNote('on');
      } catch (e) {
        captionsNote(e.code === 'spoken_language_unavailable' ? 'unheard' : 'failed');
        renderSpeakers(call);
      }
    });
    const says = id === call.participantId ? t('captions-you-speak') : t('captions-speaks', { name });
    const label = Object.assign(document.createElement('label'), { htmlFor: select.id, textContent: `${says} ` });
    li.append(label, select);
    return li;
  });
  $('speakers-list').replaceChildren(...items);
}

/** Rolling subtitles: the latest few segments, each with its speaker. */
const CAPTION_LINES = 3;
function showCaption(c) {
  const key = `${c.participant.id}:${c.segment}`;
  let line = [...$('captions-lines').children].find((el) => el.dataset.key === key);
  if (!line) {
    line = document.createElement('p');
    line.className = 'caption';
    line.dataset.key = key;
    line.append(Object.assign(document.createElement('span'), { className: 'missed', hidden: true }),
      Object.assign(document.createElement('span'), { className: 'speaker', textContent: `${t('captions-speaker', { name: c.displayName })} ` }),
      Object.assign(document.createElement('span'), { className: 'language', hidden: true }),
      Object.assign(document.createElement('span'), { className: 'text' }), ' ',
      Object.assign(document.createElement('span'), { className: 'tentative' }));
    $('captions-lines').append(line);
    while ($('captions-lines').children.length > CAPTION_LINES) $('captions-lines').firstElementChild.remove();
  }
  // Which language the words are in (read aloud in it), named when it is
  // not the page's or when they were translated.
  line.lang = c.language;
  for (const cls of ['speaker', 'language', 'missed']) line.querySelector(`.${cls}`).lang = document.documentElement.lang;
  const named = line.querySelector('.language');
  const label = c.translatedFrom
    ? t('captions-translated-from', { language: languageName(c.translatedFrom) })
    : t('captions-in-language', { language: languageName(c.language) });
  named.hidden = !c.translatedFrom && c.language === (document.documentElement.lang || 'en').split('-')[0];
  named.textContent = named.hidden ? '' : `${label} `;
  // The server dropped words said just before this segment: say so.
  if (c.wordsMissed) {
    const missed = line.querySelector('.missed');
    missed.textContent = `${t('captions-words-missed')} `;
    missed.hidden = false;
  }
  line.querySelector('.text').textContent = c.text;
  line.querySelector('.tentative').textContent = c.tentative;
  line.classList.toggle('final', c.isFinal);
}

let estimateTimer;

/**
 * The patient's place in the line and about how long until their turn,
 * counted down between the server's updates.
 */
function showEstimate(call) {
  const render = () => {
    const e = call.waitEstimate;
    if (!e || !call.waiting) return;
    const minutes = Math.ceil(Math.max(0, e.waitMs - (Date.now() - e.at)) / 60000);
    setText($('waiting-estimate'), 'waiting-estimate', { ahead: e.ahead, minutes });
    $('waiting-estimate').hidden = false;
  };
  render();
  clearInterval(estimateTimer);
  estimateTimer = setInterval(render, 15000);
}

/** The waiting room: the clinic's texts and announcements, kept fresh. */
function showWaiting(call) {
  $('waiting').hidden = false;
  setStatus('connecting', 'status-waiting');
  $('local-video').srcObject = call.localStream;
  $('local-tile').hidden = false;
  const since = Date.now();
  const refresh = async () => {
    const minutes = Math.floor((Date.now() - since) / 60000);
    if (minutes < 1) setText($('waiting-since'), 'waiting-since-now');
    else setText($('waiting-since'), 'waiting-since', { minutes });
    if (!linkToken) return;
    try {
      const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
      if (!r.ok) return;
      const view = await r.json();
      if (view.practitioner) setText($('waiting-who'), 'waiting-who-practitioner', { practitioner: view.practitioner });
      $('waiting-text').textContent = view.waiting_text || '';
      applyBrand(view);
      showContact($('waiting-contact'), view, 3);
      $('announcements').replaceChildren(...view.announcements.map((a) => Object.assign(document.createElement('li'), { textContent: a })));
    } catch (_) {
      // The texts are a courtesy; the wait goes on without them.
    }
  };
  refresh();
  clearInterval(waitingTimer);
  waitingTimer = setInterval(refresh, 30000);
  // What the clinic asks before the consultation, if anything (once: the
  // form keeps what the patient types).
  if (linkToken && $('questionnaire').hidden && !$('questionnaire').childElementCount) {
    const api = linkQuestionnaire(linkToken);
    api.load().then((answered) => answered && showQuestionnaire($('questionnaire'), answered, api, 3)).catch(() => {});
  }
}

/** For staff: the appointment's questionnaire, and its answers on request. */
async function showAnswersOf(appointment) {
  const r = await fetch(`/api/v1/appointments/${encodeURIComponent(appointment)}`).catch(() => null);
  if (!r || !r.ok) return;
  const asked = (await r.json()).questionnaire;
  if (!asked) return;
  setText($('answers-title'), 'call-answers-title', { title: asked.title });
  setText($('answers-status'), 'call-answers-status', { status: asked.status });
  $('answers-show').hidden = asked.status === 'new';
  const exported = `/api/v1/appointments/${encodeURIComponent(appointment)}/questionnaire/export`;
  $('answers-pdf').href = `${exported}?format=pdf`;
  $('answers-text').href = `${exported}?format=text`;
  $('answers-download').hidden = asked.status === 'new';
  $('answers').hidden = false;
  $('answers-show').onclick = async () => {
    $('answers-error').hidden = true;
    const read = await fetch(`/api/v1/appointments/${encodeURIComponent(appointment)}/questionnaire`).catch(() => null);
    if (!read || !read.ok) {
      $('answers-error').hidden = false;
      return;
    }
    const answered = await read.json();
    setText($('answers-status'), 'call-answers-status', { status: answered.status });
    $('answers-body').replaceChildren(answersList(answered, { none: 'call-answers-none', yes: 'call-answers-yes', no: 'call-answers-no' }));
  };
}

function localFlags(call) {
  const flags = [];
  if (call.isMuted('audio')) flags.push(t('call-flag-microphone-off'));
  if (call.isMuted('video')) flags.push(t('call-flag-camera-off'));
  return list(flags);
}

/**
 * The phone layout's behaviour: "More" opens the other controls (and any
 * control there closes them again), a tap on the video hides the header
 * and controls or brings them back, your own picture can be dragged to
 * another corner, and the tiles say how many others there are (a single
 * other person fills the screen).
 */
function setUpLayout() {
  const nav = $('controls');
  const more = $('more-button');
  const setMore = (open) => {
    nav.dataset.more = open ? 'open' : 'closed';
    more.setAttribute('aria-expanded', String(open));
  };
  more.addEventListener('click', () => setMore(nav.dataset.more !== 'open'));
  $('chat-button').addEventListener('click', () => setChatOpen(!document.body.classList.contains('chat-open')));
  $('chat-close').addEventListener('click', () => {
    setChatOpen(false);
    $('chat-button').focus();
  });
  $('more-controls').addEventListener('click', (ev) => {
    if (ev.target.closest('button')) setMore(false);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && nav.dataset.more === 'open') {
      setMore(false);
      more.focus();
    }
  });

  $('tiles').addEventListener('click', (ev) => {
    if (!phoneLayout.matches || ev.target.closest('.tile.local')) return;
    document.body.classList.toggle('controls-hidden');
  });

  const tiles = $('tiles');
  const count = () => { tiles.dataset.remotes = String(tiles.querySelectorAll('.tile.remote').length); };
  new MutationObserver(count).observe(tiles, { childList: true });
  count();

  const self = $('local-tile');
  let drag = null;
  self.addEventListener('pointerdown', (ev) => {
    if (!phoneLayout.matches) return;
    const box = self.getBoundingClientRect();
    drag = { dx: ev.clientX - box.left, dy: ev.clientY - box.top };
    self.setPointerCapture(ev.pointerId);
  });
  // Within the tiles' area (it is placed in it, under the header).
  self.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const box = self.getBoundingClientRect();
    const area = tiles.getBoundingClientRect();
    const left = Math.min(Math.max(0, ev.clientX - drag.dx - area.left), area.width - box.width);
    const top = Math.min(Math.max(0, ev.clientY - drag.dy - area.top), area.height - box.height);
    Object.assign(self.style, { left: `${left}px`, top: `${top}px`, right: 'auto' });
  });
  const drop = () => { drag = null; };
  self.addEventListener('pointerup', drop);
  self.addEventListener('pointercancel', drop);
  // Back to the desktop layout: the picture goes back in the grid.
  phoneLayout.addEventListener('change', () => {
    Object.assign(self.style, { left: '', top: '', right: '' });
    document.body.classList.remove('controls-hidden');
    setMore(false);
  });
}
