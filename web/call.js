// The consultation-room page: /call/{room}#token={join token} (from the
// control plane), or /call/{room}?name={display name} on a development
// server with open rooms.
// Everything call-related goes through the public SDK, like a clinic's own page would.
import { Call } from '/sdk/anteroom.js';

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

const STATUS_TEXT = {
  new: 'Starting…',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection unstable, reconnecting…',
  failed: 'Connection lost',
  closed: 'Call ended',
};

function setStatus(state, text) {
  const el = $('status');
  el.dataset.state = state;
  el.textContent = text || STATUS_TEXT[state] || state;
}

$('room-title').textContent = token ? 'Video consultation' : room ? `Consultation room ${room}` : 'Consultation';

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

setUpLayout();

if (!name) {
  $('name-form').hidden = false;
  setStatus('new', 'Enter your name to join');
  $('name-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('name', $('name-input').value.trim());
    location.assign(url);
  });
} else {
  start();
}

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
  if (p.audioMuted) flags.push('microphone off');
  if (p.videoMuted) flags.push('camera off');
  else if (p.videoPaused) flags.push('video paused: your connection is too slow');
  if (p.poorConnection) flags.push('poor connection');
  if (p.screenPaused) flags.push('screen paused: your connection is too slow');
  tile.querySelector('.muted-flags').textContent = flags.join(', ');
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
    $('share-screen').textContent = e.detail.sharing ? 'Stop sharing screen' : 'Share screen';
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
    else if (e.detail.reason === 'left') setStatus('closed', 'You joined this call in another window');
    else setStatus('closed', 'The call was ended by the server');
  });
  call.addEventListener('waiting', () => {
    showWaiting(call);
    // Chat with the clinic while waiting, when the organisation allows it.
    if ((tokenClaims(call.token).grants || []).includes('waiting_chat')) showChat(call, 'Chat with the clinic');
  });
  call.addEventListener('chat', (e) => addChat(call, e.detail));
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
    if (grants.includes('chat') || call.canShareFiles) showChat(call, 'Chat');
    else $('chat').hidden = true;
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
    ev.target.textContent = muted ? 'Unmute microphone' : 'Mute microphone';
    document.querySelector('#local-tile .muted-flags').textContent = localFlags(call);
  });
  $('toggle-camera').addEventListener('click', async (ev) => {
    const muted = !call.isMuted('video');
    await call.setMuted('video', muted).catch(() => {});
    ev.target.setAttribute('aria-pressed', String(muted));
    ev.target.textContent = muted ? 'Turn camera on' : 'Turn camera off';
    $('local-tile').classList.toggle('video-off', muted);
    document.querySelector('#local-tile .muted-flags').textContent = localFlags(call);
  });
  $('share-screen').addEventListener('click', async () => {
    try {
      if (call.screenStream) await call.stopScreen();
      else await call.shareScreen();
    } catch (e) {
      // Cancelled in the browser's chooser (NotAllowedError) or refused.
      if (e.name !== 'NotAllowedError') setStatus('connected', `Could not share the screen: ${e.message}`);
    }
  });
  $('captions-button').addEventListener('click', () => toggleCaptions(call));
  $('captions-language').addEventListener('change', () => changeCaptionsLanguage(call));
  call.addEventListener('caption', (e) => showCaption(e.detail));
  call.addEventListener('captionsstate', (e) => captionsNote(e.detail.state));
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
  $('switch-camera').addEventListener('click', () => switchCamera(call).catch((e) => setStatus('connected', `Could not switch camera: ${e.message}`)));
  $('capture-size').addEventListener('change', async (ev) => {
    const [w, h] = ev.target.value.split('x').map(Number);
    await call.setCaptureSize(w, h).catch((e) => console.warn('capture size', e));
  });
  $('end').addEventListener('click', () => endConsultation(call));
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
      ev.target.textContent = on ? 'Patient comes straight in (on)' : 'Let the patient straight in';
    } catch (e) {
      setStatus('connected', `Could not change: ${e.message}`);
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
      room_not_found: 'This room does not exist',
      token_expired: 'This link to the consultation has expired: open it again from your invitation or the staff pages',
      invalid_token: 'This link to the consultation is not valid',
      room_full: 'The consultation is full',
    };
    setStatus('failed', reasons[e.code] || `Could not join: ${e.message}`);
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
        unauthenticated: 'Sign in to the staff pages in this browser to invite guests.',
        csrf_mismatch: 'Sign in to the staff pages in this browser to invite guests.',
        invalid_field: 'Please check the name.',
        invalid_state: 'This consultation is over.',
      };
      throw new Error(messages[code] || (body.error && body.error.message) || `HTTP ${r.status}`);
    }
    $('invite-url').value = body.link;
    $('invite-result').hidden = false;
    $('invite-name').value = '';
  } catch (e) {
    $('invite-error').textContent = `Could not create the link: ${e.message}`;
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
  $('switch-camera').title = `Now: ${track.label || 'camera'}`;
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
    tile.querySelector('figcaption').textContent = `${(who && who.displayName) || 'Someone'}'s screen`;
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

const PATHS = { udp: 'direct (UDP)', tcp: 'TCP', relay: 'through a relay' };

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
    const path = PATHS[report.path] || 'connecting';
    $('quality-summary').textContent = `Media ${path}` + (report.roundTripMs === null ? '' : `, round trip ${report.roundTripMs} ms`) + `, sending ${report.sendKbps} kbit/s.`;
    $('quality-rows').replaceChildren(...report.participants.map((e) => {
      const row = document.createElement('tr');
      row.dataset.participant = e.id;
      const cells = [e.displayName, `${e.kbps} kbit/s`, e.width ? `${e.width}x${e.height}, ${e.fps} fps` : 'none', `${e.lossPercent}%`, e.poor ? 'poor' : 'good'];
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
    if (report.roundTripMs === null) return;
    const rtt = report.roundTripMs / 1000;
    const loss = report.receiveLoss;
    const level = rtt < 0.15 && loss < 0.02 ? 'good' : rtt < 0.4 && loss < 0.08 ? 'fair' : 'poor';
    $('quality').dataset.level = level;
    $('quality').querySelector('strong').textContent = level;
    $('quality').title = `round trip ${Math.round(rtt * 1000)} ms, ${(loss * 100).toFixed(1)}% lost`;
    $('quality').hidden = false;
  });
}

/** After the practitioner ended the consultation: the follow-up page. */
async function showEnded(call) {
  setStatus('closed', 'The consultation has ended');
  clearInterval(callTimer);
  for (const t of document.querySelectorAll('.tile')) t.hidden = true;
  for (const v of document.querySelectorAll('video')) v.srcObject = null;
  for (const t of call.localStream ? call.localStream.getTracks() : []) t.stop();
  $('controls').hidden = true;
  $('waiting').hidden = true;
  $('ended').hidden = false;
  // Whether the chat stays visible: the organisation's setting, from the
  // invitation link; without one (staff) it stays.
  let keep = true;
  if (linkToken) {
    try {
      const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
      if (r.ok) keep = (await r.json()).keep_chat;
    } catch (_) {
      keep = false;
    }
  }
  $('room-waiting').hidden = true;
  // Shared files were deleted with the consultation.
  for (const li of document.querySelectorAll('#chat-log li.file')) li.remove();
  $('files').hidden = true;
  $('files-gone').hidden = !filesShown;
  if (keep && $('chat-log').children.length) {
    $('chat-form').hidden = true;
    $('ended-chat-note').hidden = false;
  } else {
    $('chat-log').replaceChildren();
    $('chat').hidden = true;
  }
}

/** Ends the consultation for everyone and marks the appointment completed. */
async function endConsultation(call) {
  if (!confirm('End the consultation for everyone?')) return;
  $('end').disabled = true;
  try {
    await call.end();
  } catch (e) {
    $('end').disabled = false;
    setStatus('connected', `Could not end: ${e.message}`);
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

function showChat(call, title) {
  $('chat-title').textContent = title;
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
      if (call.waiting) addChat(call, { from: null, displayName: 'You', text, at: new Date(), mine: true });
    } catch (e) {
      $('chat-error').textContent = e.code === 'chat_too_long' ? 'That message is too long (at most 2000 characters).' : e.code === 'rate_limited' ? 'Not sent: too many messages at once. Wait a moment and try again.' : `Not sent: ${e.message}`;
      $('chat-error').hidden = false;
    }
  });
}

const ROLE_NAMES = { patient: 'patient', participant: 'invited participant', guest: 'guest', practitioner: 'staff' };

/** Staff in the room: who waits to join it, each with an Admit button. */
function showWaitingToJoin(call) {
  const items = [...call.waitingToJoin.values()].sort((a, b) => a.since_ms - b.since_ms).map((entry) => {
    const li = document.createElement('li');
    const name = Object.assign(document.createElement('strong'), { textContent: entry.display_name });
    const role = Object.assign(document.createElement('span'), { className: 'role', textContent: ROLE_NAMES[entry.role] || entry.role });
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Admit' });
    button.setAttribute('aria-label', `Admit ${entry.display_name}`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      $('room-waiting-error').hidden = true;
      try {
        await call.admit(entry.participant);
      } catch (e) {
        $('room-waiting-error').textContent = e.code === 'patient_not_present'
          ? `${entry.display_name} can join once the patient is here.`
          : e.code === 'room_full' ? 'The consultation is full.' : `Could not admit: ${e.message}`;
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
    $('file-status').textContent = `Sending ${file.name}…`;
    try {
      await call.shareFile(file);
      $('file-status').textContent = '';
    } catch (e) {
      const why = {
        file_too_large: 'it is larger than 20 MB',
        invalid_file_name: 'its name has characters that are not allowed; rename it and try again',
        file_storage_full: 'there is no more space for files in this consultation',
      }[e.code] || e.message;
      $('file-status').textContent = `${file.name} was not shared: ${why}.`;
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
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: own ? 'You' : file.displayName });
  const download = Object.assign(document.createElement('button'), { type: 'button', textContent: `Download ${file.name}` });
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
      $('file-status').textContent = e.code === 'session_ended' ? 'The consultation has ended; its files are deleted.' : `Download failed: ${e.message}`;
    } finally {
      download.disabled = false;
    }
  });
  li.append(who, document.createTextNode(`shared ${file.name} (${formatSize(file.size)}) `), download);
  $('chat-log').append(li);
  li.scrollIntoView({ block: 'nearest' });
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function addChat(call, { from, displayName, text, at, mine = false }) {
  const li = document.createElement('li');
  const own = mine || (from !== null && from === call.participantId);
  if (own) li.className = 'mine';
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: own ? 'You' : displayName });
  const time = Object.assign(document.createElement('time'), { textContent: at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), dateTime: at.toISOString() });
  li.append(who, document.createTextNode(`${text} `), time);
  $('chat-log').append(li);
  li.scrollIntoView({ block: 'nearest' });
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
  const text = {
    on: '',
    delayed: 'Captions are running behind.',
    unavailable: 'Captions are unavailable on this server. The call goes on.',
    failed: 'Captions could not be turned on.',
    untranslated: 'Captions cannot be translated on this server; they stay in the language spoken.',
    unheard: 'Captions cannot hear that language on this server.',
  }[state] ?? '';
  $('captions-note').textContent = text;
  $('captions-note').hidden = !text;
}

/** A language's name in the viewer's own language (the code if unknown). */
function languageName(code) {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(code) || code;
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
  const people = [{ id: call.participantId, name: 'You', spoken: call.spokenLanguage },
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
    const label = Object.assign(document.createElement('label'), { htmlFor: select.id, textContent: `${name} ${id === call.participantId ? 'speak' : 'speaks'} ` });
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
    line.append(Object.assign(document.createElement('span'), { className: 'speaker', textContent: `${c.displayName}: ` }),
      Object.assign(document.createElement('span'), { className: 'text' }), ' ',
      Object.assign(document.createElement('span'), { className: 'tentative' }));
    $('captions-lines').append(line);
    while ($('captions-lines').children.length > CAPTION_LINES) $('captions-lines').firstElementChild.remove();
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
    const before = e.ahead === 0 ? 'You are next.' : `${e.ahead} patient${e.ahead === 1 ? '' : 's'} before you.`;
    const when = minutes === 0 ? 'It is your turn: you will be let in as soon as the clinic is ready.' : `Your turn in about ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    $('waiting-estimate').textContent = `${before} ${when}`;
    $('waiting-estimate').hidden = false;
  };
  render();
  clearInterval(estimateTimer);
  estimateTimer = setInterval(render, 15000);
}

/** The waiting room: the clinic's texts and announcements, kept fresh. */
function showWaiting(call) {
  $('waiting').hidden = false;
  setStatus('connecting', 'Waiting to be let in');
  $('local-video').srcObject = call.localStream;
  $('local-tile').hidden = false;
  const since = Date.now();
  const refresh = async () => {
    const minutes = Math.floor((Date.now() - since) / 60000);
    $('waiting-since').textContent = minutes < 1 ? 'You arrived just now.' : `You have been waiting ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    if (!linkToken) return;
    try {
      const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
      if (!r.ok) return;
      const view = await r.json();
      if (view.practitioner) $('waiting-who').textContent = `${view.practitioner} will let you in shortly. Please keep this page open.`;
      $('waiting-text').textContent = view.waiting_text || '';
      $('announcements').replaceChildren(...view.announcements.map((a) => Object.assign(document.createElement('li'), { textContent: a })));
    } catch (_) {
      // The texts are a courtesy; the wait goes on without them.
    }
  };
  refresh();
  clearInterval(waitingTimer);
  waitingTimer = setInterval(refresh, 30000);
}

function localFlags(call) {
  const flags = [];
  if (call.isMuted('audio')) flags.push('microphone off');
  if (call.isMuted('video')) flags.push('camera off');
  return flags.join(', ');
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
  self.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const box = self.getBoundingClientRect();
    const left = Math.min(Math.max(0, ev.clientX - drag.dx), innerWidth - box.width);
    const top = Math.min(Math.max(0, ev.clientY - drag.dy), innerHeight - box.height);
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
