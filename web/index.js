// The start page: enter a room by name (with --open-rooms).
import { localize, languagePicker } from '/i18n.js';

const form = document.getElementById('join');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const room = encodeURIComponent(form.room.value.trim());
  const name = encodeURIComponent(form.name.value.trim());
  location.assign(`/call/${room}?name=${name}`);
});
localize(['start']).then(() => languagePicker(document.getElementById('language')));
