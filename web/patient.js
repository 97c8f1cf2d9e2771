// The patient's arrival page, /c/{link token}: where the invitation link
// leads. Says whether the waiting room is open, runs a short check of
// camera, microphone, speakers and the connection, then enters the waiting
// room (the call page, with a join token that waits for admission).
// A one-time guest link, /g/{token}, arrives here too.
import { localize, languagePicker, setText, t, language, formatDateTime } from '/i18n.js';
import { applyBrand, showContact } from '/contact.js';
import { linkQuestionnaire, showQuestionnaire } from '/questionnaire.js';

const $ = (id) => document.getElementById(id);
const linkToken = location.pathname.split('/').filter(Boolean)[1] || '';
const guest = location.pathname.startsWith('/g/');

function when(iso, timeZone) {
  return formatDateTime(new Date(iso), { timeZone, dateStyle: undefined, timeStyle: undefined, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/** One line of the check: its outcome, and message `id` (with `args`). */
function result(id, ok, message, args) {
  const li = $(id);
  li.dataset.result = ok === null ? 'pending' : ok ? 'ok' : 'bad';
  setText(li.querySelector('.result'), message, args);
}

/** The page's language: the link's (the clinic's), unless the person chose. */
async function startLanguage(given) {
  await localize(['arrival', 'contact', 'questionnaire'], given);
  languagePicker($('language'));
}

/** The link's view (`api`: links or guest-links), or null with `state` said. */
async function fetchView(api, invalid, unreachable) {
  try {
    const r = await fetch(`/api/v1/${api}/${encodeURIComponent(linkToken)}`);
    if (r.status === 401 || r.status === 404) {
      await startLanguage(null);
      setText($('state'), invalid);
      setText($('contact-unknown'), 'contact-unknown');
      $('contact-unknown').hidden = false;
      return null;
    }
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const view = await r.json();
    await startLanguage(view.language);
    // Whom to call, whatever the link's state: most of all when it no
    // longer works.
    applyBrand(view);
    showContact($('contact'), view);
    return view;
  } catch (e) {
    await startLanguage(null);
    setText($('state'), unreachable, { error: e.message });
    return null;
  }
}

/** A guest link: who invites, as whom, and whether it can still be used. */
async function guestMain() {
  const view = await fetchView('guest-links', 'guest-invalid', 'guest-unreachable');
  if (!view) return;
  $('clinic').removeAttribute('data-l10n-id');
  $('clinic').textContent = view.organisation;
  setText(document.querySelector('title'), 'arrival-guest-title', { clinic: view.organisation });
  if (view.meeting_room) setText($('when'), 'guest-meeting-room', { room: view.meeting_room, name: view.name });
  else setText($('when'), 'guest-consultation', { name: view.name });
  if (view.state === 'used') {
    setText($('state'), 'guest-used');
    return;
  }
  if (view.state !== 'open') {
    setText($('state'), 'guest-expired');
    return;
  }
  setText($('state'), 'guest-open');
  setText($('enter'), 'guest-join');
  await runChecks();
}

async function main() {
  if (guest) return guestMain();
  const view = await fetchView('links', 'arrival-invalid', 'arrival-unreachable');
  if (!view) return;
  $('clinic').removeAttribute('data-l10n-id');
  $('clinic').textContent = view.organisation;
  setText(document.querySelector('title'), 'arrival-title', { clinic: view.organisation });
  const with_ = view.practitioner || view.department || view.organisation;
  if (view.walk_in) setText($('when'), 'arrival-walk-in', { with: with_ });
  else setText($('when'), 'arrival-appointment', { with: with_, time: when(view.starts_at, view.timezone) });
  // What the clinic asks before the consultation: here too, so that a
  // patient who opens the link early (or comes from the portal to fill it
  // in) can; the waiting room shows the same form, saved as they type.
  if (['early', 'open', 'late'].includes(view.state)) showAsked();
  switch (view.state) {
    case 'early': {
      setText($('state'), 'arrival-early', { time: when(view.opens_at, view.timezone) });
      const wait = Math.max(1000, new Date(view.opens_at).getTime() - Date.now());
      setTimeout(() => location.reload(), Math.min(wait, 2 ** 31 - 1));
      return;
    }
    case 'open':
    case 'late':
      setText($('state'), view.state === 'late' && !view.walk_in ? 'arrival-late' : 'arrival-open');
      break;
    case 'cancelled':
      setText($('state'), 'arrival-cancelled');
      return;
    default:
      setText($('state'), 'arrival-expired');
      return;
  }
  await runChecks();
}

async function showAsked() {
  const api = linkQuestionnaire(linkToken);
  const answered = await api.load().catch(() => null);
  if (!answered) return;
  showQuestionnaire($('questionnaire'), answered, api, 2);
  if (location.hash === '#questionnaire') $('questionnaire').scrollIntoView();
}

/**
 * The pre-call check, and the buttons: they answer at once, also while the
 * browser still asks for the camera (entering then does not wait for the
 * answer: the call page asks again).
 */
async function runChecks() {
  $('check').hidden = false;
  let stream = null;
  $('play-tone').addEventListener('click', playTone);
  $('enter').addEventListener('click', () => enter(stream));
  checkServer();
  stream = await checkDevices();
}

async function checkDevices() {
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  } catch (e) {
    if (e.name === 'NotAllowedError') result('check-camera', false, 'check-camera-blocked');
    else result('check-camera', false, 'check-camera-unavailable', { error: e.name });
    result('check-mic', false, 'check-unavailable');
    return null;
  }
  $('preview').srcObject = stream;
  const camera = stream.getVideoTracks().length > 0;
  result('check-camera', camera, camera ? 'check-working' : 'check-none-found');
  const audio = stream.getAudioTracks()[0];
  if (!audio) {
    result('check-mic', false, 'check-none-found');
    return stream;
  }
  // A level meter from the microphone: speak and watch it move.
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  context.createMediaStreamSource(new MediaStream([audio])).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let heard = false;
  const tick = () => {
    if (context.state === 'closed') return;
    analyser.getFloatTimeDomainData(samples);
    const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
    $('mic-level').value = Math.min(1, rms * 4);
    if (rms > 0.01 && !heard) {
      heard = true;
      result('check-mic', true, 'check-mic-heard');
    }
    requestAnimationFrame(tick);
  };
  result('check-mic', true, 'check-mic-found');
  $('check-mic').dataset.result = 'pending';
  tick();
  stream.audioContext = context;
  return stream;
}

function playTone() {
  const context = new AudioContext();
  const osc = context.createOscillator();
  const gain = context.createGain();
  osc.frequency.value = 660;
  gain.gain.setValueAtTime(0.2, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 1);
  osc.connect(gain).connect(context.destination);
  osc.start();
  osc.stop(context.currentTime + 1);
  osc.onended = () => context.close();
  result('check-speaker', true, 'check-speakers-played');
}

/** What the connection check found (ConnectionCheck on the wire), for the clinic. */
let connectionCheck = null;


/** How long the media test sends video to measure the path. */
const MEASURE_MS = 4000;

/**
 * A video track of changing noise (so that the encoder has something to
 * send at any rate): what the media test sends to measure the path,
 * without taking the camera.
 */
function noiseTrack() {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  const context = canvas.getContext('2d');
  const image = context.createImageData(canvas.width, canvas.height);
  const draw = () => {
    for (let i = 0; i < image.data.length; i += 4) {
      const v = (Math.random() * 255) | 0;
      image.data[i] = v;
      image.data[i + 1] = v;
      image.data[i + 2] = v;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  };
  draw();
  const timer = setInterval(draw, 66);
  const track = canvas.captureStream(15).getVideoTracks()[0];
  track.addEventListener('ended', () => clearInterval(timer));
  return { track, stop: () => { clearInterval(timer); track.stop(); } };
}

/**
 * In `pc` (connected, sending the measuring video): the path media takes,
 * its round trip, the share of packets lost on the way to the clinic and
 * the upload bandwidth the browser found (its estimate from the SFU's
 * congestion feedback). Loss is the larger of what the SFU's receiver
 * reports still miss and the share of all packets sent that were sent
 * again because the SFU asked for them (retransmission repairs most loss
 * before any report counts it; a resent packet lost in turn is sent again,
 * so that share is the path's loss rate).
 */
async function measurePath(pc) {
  let pair = null;
  let packets = 0;
  let resent = 0;
  let missing = 0;
  const stats = await pc.getStats();
  stats.forEach((r) => {
    if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId) || pair;
    if (r.type === 'outbound-rtp' && r.kind === 'video') {
      packets += r.packetsSent || 0;
      resent += r.retransmittedPacketsSent || 0;
    }
    if (r.type === 'remote-inbound-rtp' && r.kind === 'video') missing += Math.max(0, r.packetsLost || 0);
  });
  const sent = packets - resent;
  const lost = sent > 0 ? Math.max(resent / packets, missing / sent) : 0;
  const candidate = pair && stats.get(pair.localCandidateId);
  return {
    relay: candidate?.candidateType === 'relay',
    tcp: candidate?.protocol === 'tcp',
    rttMs: pair?.currentRoundTripTime == null ? null : Math.round(pair.currentRoundTripTime * 1000),
    // Under a hundred packets says little about loss.
    lossPercent: sent >= 100 ? Math.round(Math.min(1, lost) * 1000) / 10 : null,
    uploadKbps: pair?.availableOutgoingBitrate == null ? null : Math.round(pair.availableOutgoingBitrate / 1000),
  };
}

/**
 * What a measurement means, as the clinic is told it (`good`,
 * `tcp_only`, `relayed`, `poor`) and in words for the patient.
 */
function describePath(m) {
  const figures = [
    m.rttMs === null ? null : t('check-figure-rtt', { ms: m.rttMs }),
    m.lossPercent === null ? null : m.lossPercent === 0 ? t('check-figure-no-loss') : t('check-figure-loss', { percent: m.lossPercent }),
    m.uploadKbps === null ? null : t('check-figure-upload', { mbits: m.uploadKbps / 1000 }),
  ].filter(Boolean);
  const args = { figures: figures.length ? new Intl.ListFormat(language(), { type: 'unit', style: 'short' }).format(figures) : 'none' };
  const slow = (m.rttMs !== null && m.rttMs > 300) || (m.lossPercent !== null && m.lossPercent > 5)
    || (m.uploadKbps !== null && m.uploadKbps < 150);
  if (slow) return { check: 'poor', message: 'check-media-slow', args };
  if (m.relay) return { check: 'relayed', message: 'check-media-relayed', args };
  if (m.tcp) return { check: 'tcp_only', message: 'check-media-tcp', args };
  return { check: 'good', message: 'check-media-good', args };
}

/**
 * The connection to the clinic, in two steps: the websocket to signalling
 * (its round trip), then the media path itself: a throwaway WebRTC session
 * with the SFU (`probe`), which connects only if audio and video can get
 * through this network, by the same ways a call would (UDP, TCP, and the
 * clinic's TURN relay if it runs one).
 */
function checkServer() {
  const started = performance.now();
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
  let pc = null;
  let noise = null;
  let answered = false;
  // `tested` false: the server could not run the test (busy), so the
  // clinic is told nothing.
  const finish = async (ok, message, tested = true) => {
    clearTimeout(timer);
    let outcome = { check: 'failed', message };
    if (ok && pc) outcome = await measurePath(pc).then(describePath).catch(() => ({ check: 'good', message, args: { figures: 'none' } }));
    connectionCheck = tested ? outcome.check : null;
    result('check-media', ok, outcome.message, outcome.args);
    noise?.stop();
    pc?.close();
    ws.close();
  };
  const timer = setTimeout(() => {
    if (!answered) result('check-server', false, 'check-server-no-answer');
    finish(false, 'check-media-blocked');
  }, 15000);
  const startProbe = async (iceServers) => {
    pc = new RTCPeerConnection({ iceServers });
    pc.addTransceiver('audio', { direction: 'recvonly' });
    noise = noiseTrack();
    pc.addTransceiver(noise.track, { direction: 'sendonly' });
    pc.onicecandidate = (ev) => {
      if (ev.candidate && ev.candidate.candidate) ws.send(JSON.stringify({ type: 'candidate', candidate: ev.candidate.candidate }));
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') finish(false, 'check-media-blocked');
    };
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    ws.send(JSON.stringify({ type: 'probe', request_id: 1, sdp: pc.localDescription.sdp }));
  };
  ws.onopen = () => {
    result('check-server', true, 'check-server-good', { ms: Math.round(performance.now() - started) });
    answered = true;
    // The clinic's TURN servers, if it runs any, with credentials for this test.
    ws.send(JSON.stringify({ type: 'get_ice_servers', request_id: 2 }));
  };
  ws.onmessage = async (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.type === 'ice_servers') await startProbe(msg.servers || []);
    else if (msg.type === 'answer') await pc?.setRemoteDescription({ type: 'answer', sdp: msg.sdp }).catch(() => {});
    else if (msg.type === 'candidate') await pc?.addIceCandidate({ candidate: msg.candidate, sdpMid: pc.getTransceivers()[0]?.mid ?? '0' }).catch(() => {});
    else if (msg.type === 'probe_result') {
      if (!msg.connected) finish(false, 'check-media-blocked');
      else {
        clearTimeout(timer);
        result('check-media', null, 'check-media-measuring');
        setTimeout(() => finish(true, 'check-media-good'), MEASURE_MS);
      }
    } else if (msg.type === 'error' && msg.request_id === 2) await startProbe([]);
    else if (msg.type === 'error') finish(false, msg.code === 'server_busy' ? 'check-media-busy' : 'check-media-error', false);
  };
  ws.onerror = () => {
    clearTimeout(timer);
    result('check-server', false, 'check-server-failed');
    result('check-media', false, 'check-media-untested');
  };
}

async function enter(stream) {
  $('enter').disabled = true;
  $('enter-error').hidden = true;
  try {
    const api = guest ? 'guest-links' : 'links';
    const r = await fetch(`/api/v1/${api}/${encodeURIComponent(linkToken)}/join`, { method: 'POST' });
    const body = await r.json();
    if (!r.ok) {
      const messages = {
        link_not_open: 'enter-not-open',
        link_closed: 'enter-closed',
        invalid_token: 'enter-invalid',
      };
      const known = messages[body.error?.code];
      throw new Error(known ? t(known) : body.error?.message || `HTTP ${r.status}`);
    }
    // Free the camera for the call page.
    if (stream) {
      for (const t of stream.getTracks()) t.stop();
      stream.audioContext?.close();
    }
    // A guest's join token cannot be renewed from the link (it is used up).
    const fragment = new URLSearchParams(guest ? { token: body.ticket.token } : { token: body.ticket.token, link: linkToken });
    if (connectionCheck) fragment.set('check', connectionCheck);
    location.assign(`/call/${encodeURIComponent(body.ticket.room)}#${fragment}`);
  } catch (e) {
    setText($('enter-error'), 'enter-failed', { reason: e.message });
    $('enter-error').hidden = false;
    $('enter').disabled = false;
  }
}

main();
