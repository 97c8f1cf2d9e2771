// The public walk-in page, /walk-in/{organisation id}: who is open for
// walk-in now; the visitor gives their name and date of birth, accepts the
// terms, and continues to the arrival page (check, then waiting room,
// marked walk-in). It can be embedded in the clinic's site:
// <iframe src=".../walk-in/ORG" allow="camera; microphone"></iframe>.
const $ = (id) => document.getElementById(id);
const org = location.pathname.split('/').filter(Boolean)[1] || '';

async function load() {
  const r = await fetch(`/api/v1/booking/${encodeURIComponent(org)}`);
  if (!r.ok) {
    $('state').textContent = r.status === 404 ? 'This clinic does not exist.' : 'The clinic cannot be reached right now. Please try again in a moment.';
    return;
  }
  const clinic = await r.json();
  $('clinic').textContent = clinic.name;
  const open = clinic.practitioners.filter((p) => p.walk_in);
  const who = $('who');
  const chosen = who.querySelector('input:checked')?.value;
  who.replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'Whom would you like to see?' }));
  for (const p of open) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'practitioner', value: p.id, required: true });
    input.checked = p.id === chosen || open.length === 1;
    label.append(input, document.createTextNode(` ${p.name}`));
    who.append(label, document.createElement('br'));
  }
  $('walk-in').hidden = open.length === 0;
  $('state').textContent = open.length ? 'You can see a practitioner by video now, without an appointment.' : 'Nobody is available for walk-in consultations right now. Please try again later.';
}

$('walk-in').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const data = new FormData(ev.target);
  $('error').hidden = true;
  const r = await fetch(`/api/v1/booking/${encodeURIComponent(org)}/walk-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      practitioner: data.get('practitioner'),
      initials: data.get('initials').trim(),
      last_name: data.get('last_name').trim(),
      date_of_birth: data.get('date_of_birth'),
      accept_terms: data.get('accept_terms') === 'on',
    }),
  });
  const body = await r.json();
  if (!r.ok) {
    const reasons = { invalid_state: 'That practitioner is no longer available for walk-in. Please choose again.' };
    $('error').textContent = reasons[body.error?.code] || (body.error?.field ? `Please check: ${body.error.field.replace(/_/g, ' ')}.` : body.error?.message);
    $('error').hidden = false;
    load();
    return;
  }
  location.assign(new URL(body.patient_link).pathname);
});

load();
setInterval(load, 30000);
