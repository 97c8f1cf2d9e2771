// The patient's arrival page, /c/{link token}: where the invitation link
// leads. Says whether the waiting room is open, runs a short check of
// camera, microphone, speakers and the connection, then enters the waiting
// room (the call page, with a join token that waits for admission).
// A one-time guest link, /g/{token}, arrives here too.
const $ = (id) => document.getElementById(id);
const linkToken = location.pathname.split('/').filter(Boolean)[1] || '';
const guest = location.pathname.startsWith('/g/');

function when(iso, timeZone) {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso));
}

function result(id, ok, text) {
  const li = $(id);
  li.dataset.result = ok === null ? 'pending' : ok ? 'ok' : 'bad';
  li.querySelector('span').textContent = text;
}

/** A guest link: who invites, as whom, and whether it can still be used. */
async function guestMain() {
  let view;
  try {
    const r = await fetch(`/api/v1/guest-links/${encodeURIComponent(linkToken)}`);
    if (r.status === 401 || r.status === 404) {
      $('state').textContent = 'This link is not valid. Ask the person who sent it for a new one.';
      return;
    }
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    view = await r.json();
  } catch (e) {
    $('state').textContent = `The server cannot be reached right now (${e.message}). Please try again in a moment.`;
    return;
  }
  $('clinic').textContent = view.organisation;
  document.title = `${view.organisation}: video call`;
  $('when').textContent = view.meeting_room
    ? `You are invited to the meeting room "${view.meeting_room}", as ${view.name}.`
    : `You are invited to a video consultation, as ${view.name}.`;
  if (view.state === 'used') {
    $('state').textContent = 'This guest link has been used already: it lets one person in, once. Ask the person who sent it for a new one.';
    return;
  }
  if (view.state !== 'open') {
    $('state').textContent = 'This guest link has expired. Ask the person who sent it for a new one.';
    return;
  }
  $('state').textContent = 'Someone in the call will let you in. This link works once.';
  $('enter').textContent = 'Join';
  await runChecks();
}

async function main() {
  if (guest) return guestMain();
  let view;
  try {
    const r = await fetch(`/api/v1/links/${encodeURIComponent(linkToken)}`);
    if (r.status === 401 || r.status === 404) {
      $('state').textContent = 'This link is not valid. Please use the link from your most recent invitation, or contact the clinic.';
      return;
    }
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    view = await r.json();
  } catch (e) {
    $('state').textContent = `The clinic's server cannot be reached right now (${e.message}). Please try again in a moment.`;
    return;
  }
  $('clinic').textContent = view.organisation;
  document.title = `${view.organisation}: your video consultation`;
  const with_ = view.practitioner || view.department || view.organisation;
  $('when').textContent = view.walk_in ? `Walk-in consultation with ${with_}.` : `Your appointment with ${with_}: ${when(view.starts_at, view.timezone)}.`;
  switch (view.state) {
    case 'early': {
      $('state').textContent = `The waiting room opens at ${when(view.opens_at, view.timezone)}. This page opens it for you then.`;
      const wait = Math.max(1000, new Date(view.opens_at).getTime() - Date.now());
      setTimeout(() => location.reload(), Math.min(wait, 2 ** 31 - 1));
      return;
    }
    case 'open':
    case 'late':
      $('state').textContent = view.state === 'late' && !view.walk_in
        ? 'Your appointment time has passed, but you can still go in: the clinic will see you as soon as possible.'
        : 'The waiting room is open.';
      break;
    case 'cancelled':
      $('state').textContent = 'This appointment was cancelled. Please contact the clinic if you have questions.';
      return;
    default:
      $('state').textContent = 'This link has expired. Please contact the clinic for a new appointment.';
      return;
  }
  await runChecks();
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
    result('check-camera', false, e.name === 'NotAllowedError' ? 'blocked: allow camera and microphone in your browser' : `not available (${e.name})`);
    result('check-mic', false, 'not available');
    return null;
  }
  $('preview').srcObject = stream;
  result('check-camera', stream.getVideoTracks().length > 0, stream.getVideoTracks().length > 0 ? 'working' : 'none found');
  const audio = stream.getAudioTracks()[0];
  if (!audio) {
    result('check-mic', false, 'none found');
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
      result('check-mic', true, 'we can hear you');
    }
    requestAnimationFrame(tick);
  };
  result('check-mic', true, 'found; speak to see the level move');
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
  result('check-speaker', true, 'did you hear a tone? If not, check your volume');
}

/** What the connection check found (ConnectionCheck on the wire), for the clinic. */
let connectionCheck = null;

const BLOCKED = 'no connection: your network blocks video calls. Try another network (mobile data, home Wi-Fi), or ask your IT department to allow video calls to this clinic. You can still enter: the clinic sees this and can phone you.';

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
    m.rttMs === null ? null : `${m.rttMs} ms`,
    m.lossPercent === null ? null : m.lossPercent === 0 ? 'no loss' : `${m.lossPercent}% lost`,
    m.uploadKbps === null ? null : `${(m.uploadKbps / 1000).toFixed(1)} Mbit/s up`,
  ].filter(Boolean);
  const timing = figures.length ? ` (${figures.join(', ')})` : '';
  const slow = (m.rttMs !== null && m.rttMs > 300) || (m.lossPercent !== null && m.lossPercent > 5)
    || (m.uploadKbps !== null && m.uploadKbps < 150);
  if (slow) return { check: 'poor', text: `slow${timing}: the picture may freeze; a better network helps` };
  if (m.relay) return { check: 'relayed', text: `works through a relay${timing}: your network is strict, the call may be a little slower` };
  if (m.tcp) return { check: 'tcp_only', text: `works over TCP only${timing}: your network blocks UDP, the call may stutter now and then` };
  return { check: 'good', text: `good${timing}` };
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
  const finish = async (ok, text, tested = true) => {
    clearTimeout(timer);
    let outcome = { check: 'failed', text };
    if (ok && pc) outcome = await measurePath(pc).then(describePath).catch(() => ({ check: 'good', text }));
    connectionCheck = tested ? outcome.check : null;
    result('check-media', ok, outcome.text);
    noise?.stop();
    pc?.close();
    ws.close();
  };
  const timer = setTimeout(() => {
    if (!answered) result('check-server', false, 'no answer: your network may block it');
    finish(false, BLOCKED);
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
      if (pc.connectionState === 'failed') finish(false, BLOCKED);
    };
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    ws.send(JSON.stringify({ type: 'probe', request_id: 1, sdp: pc.localDescription.sdp }));
  };
  ws.onopen = () => {
    result('check-server', true, `good (${Math.round(performance.now() - started)} ms)`);
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
      if (!msg.connected) finish(false, BLOCKED);
      else {
        clearTimeout(timer);
        result('check-media', null, 'connected; measuring…');
        setTimeout(() => finish(true, 'good'), MEASURE_MS);
      }
    } else if (msg.type === 'error' && msg.request_id === 2) await startProbe([]);
    else if (msg.type === 'error') finish(false, msg.code === 'server_busy' ? 'the clinic is busy; it will be tested when you enter' : 'could not be tested', false);
  };
  ws.onerror = () => {
    clearTimeout(timer);
    result('check-server', false, 'cannot connect: your network may block it');
    result('check-media', false, 'not tested: no connection to the clinic');
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
        link_not_open: 'The waiting room is not open yet.',
        link_closed: 'This link has expired.',
        invalid_token: 'This link is not valid (any more).',
      };
      throw new Error(messages[body.error?.code] || body.error?.message || `HTTP ${r.status}`);
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
    $('enter-error').textContent = `Could not enter the waiting room: ${e.message}`;
    $('enter-error').hidden = false;
    $('enter').disabled = false;
  }
}

main();
