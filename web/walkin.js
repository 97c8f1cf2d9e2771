// The public walk-in page, /walk-in/{organisation id}: who is open for
// walk-in now; the visitor gives their name and date of birth, accepts the
// terms, and continues to the arrival page (check, then waiting room,
// marked walk-in). It can be embedded in the clinic's site:
// <iframe src=".../walk-in/ORG" allow="camera; microphone"></iframe>.
import { localize, languagePicker, setText, t } from '/i18n.js';
import { applyBrand, showContact } from '/contact.js';

const $ = (id) => document.getElementById(id);
const org = location.pathname.split('/').filter(Boolean)[1] || '';

let localized = false;

/** The page's language: the clinic's, unless the visitor chose (once). */
async function startLanguage(given) {
  if (localized) return;
  localized = true;
  await localize(['walkin', 'contact'], given);
  languagePicker($('language'));
}

async function load() {
  const r = await fetch(`/api/v1/booking/${encodeURIComponent(org)}`).catch(() => null);
  if (!r || !r.ok) {
    await startLanguage(null);
    setText($('state'), r && r.status === 404 ? 'walkin-no-clinic' : 'walkin-unreachable');
    return;
  }
  const clinic = await r.json();
  await startLanguage(clinic.language);
  $('clinic').removeAttribute('data-l10n-id');
  $('clinic').textContent = clinic.name;
  const open = clinic.practitioners.filter((p) => p.walk_in);
  const who = $('who');
  const chosen = who.querySelector('input:checked')?.value;
  who.replaceChildren(Object.assign(document.createElement('legend'), { textContent: t('walkin-whom') }));
  for (const p of open) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'practitioner', value: p.id, required: true });
    input.checked = p.id === chosen || open.length === 1;
    label.append(input, document.createTextNode(` ${p.name}`));
    who.append(label, document.createElement('br'));
  }
  $('walk-in').hidden = open.length === 0;
  setText($('state'), open.length ? 'walkin-open' : 'walkin-nobody');
  // Whom to call, most of all when nobody is available.
  applyBrand(clinic);
  showContact($('contact'), { ...clinic, organisation: clinic.name });
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
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    if (body.error?.code === 'invalid_state') setText($('error'), 'walkin-no-longer');
    else if (body.error?.field) setText($('error'), 'walkin-check-field', { field: body.error.field });
    else setText($('error'), 'walkin-failed', { error: body.error?.message || `HTTP ${r.status}` });
    $('error').hidden = false;
    load();
    return;
  }
  location.assign(new URL(body.patient_link).pathname);
});

load();
setInterval(load, 30000);
