// A clinic's own consultation room on the anteroom SDK: everything a room
// needs in one short script (docs/custom-rooms.md walks through it).
//
// Open it as /examples/room.html#room=ROOM&token=JOIN_TOKEN, with a join
// token from the control plane (POST /api/v1/appointments/{id}/join for
// staff, POST /api/v1/links/{token}/join for patients).
import { Call } from '/sdk/anteroom.js';

const params = new URLSearchParams(location.hash.slice(1));
const call = new Call({ room: params.get('room'), displayName: 'me', token: params.get('token') });
window.exampleCall = call; // for the browser test

const $ = (id) => document.getElementById(id);
const tiles = new Map(); // participant id -> <figure>

function tile(participant) {
  let figure = tiles.get(participant.id);
  if (!figure) {
    figure = document.createElement('figure');
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    const caption = document.createElement('figcaption');
    caption.textContent = participant.displayName; // text, never HTML
    figure.append(video, caption);
    $('videos').append(figure);
    tiles.set(participant.id, figure);
  }
  return figure;
}

call.addEventListener('connectionstate', (e) => ($('state').textContent = e.detail.state));
call.addEventListener('waiting', () => ($('waiting').hidden = false));
call.addEventListener('joined', () => ($('waiting').hidden = true));
call.addEventListener('participantjoined', (e) => tile(e.detail.participant));
call.addEventListener('participantleft', (e) => {
  const figure = tiles.get(e.detail.participant.id);
  if (figure) {
    call.hideVideo(figure.querySelector('video'));
    figure.remove();
    tiles.delete(e.detail.participant.id);
  }
});
// Remote media: showVideo attaches it and keeps the SFU told how large the
// video is on screen, so it sends the right simulcast layer.
call.addEventListener('track', (e) => call.showVideo(e.detail.participant.id, tile(e.detail.participant).querySelector('video')));
call.addEventListener('chat', (e) => {
  const li = document.createElement('li');
  li.textContent = `${e.detail.displayName}: ${e.detail.text}`;
  $('messages').append(li);
});
call.addEventListener('disconnected', (e) => ($('state').textContent = e.detail.reason === 'ended' ? 'The consultation has ended' : 'Disconnected'));

$('mic').addEventListener('click', async () => {
  const muted = !call.isMuted('audio');
  await call.setMuted('audio', muted);
  $('mic').textContent = muted ? 'Unmute' : 'Mute';
});
$('hangup').addEventListener('click', () => call.leave());
$('send').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!$('text').value.trim()) return;
  await call.sendChat($('text').value);
  $('text').value = '';
});

try {
  await call.join({ audio: true, video: { width: { ideal: 1280 }, height: { ideal: 720 } } });
  $('me').srcObject = call.localStream;
  for (const p of call.participants.values()) tile(p);
} catch (e) {
  $('state').textContent = `Could not join: ${e.code}`;
}
