// A questionnaire the clinic asks a patient to fill in (issue 28), drawn
// from its definition: headings, paragraphs, short and long text, single
// and multiple choice, drop-downs, dates, countries, consent and images
// the clinic shows, with required marks and conditions (a field shown
// when an earlier answer is a given value). The answers are saved as the patient types (a second
// after they stop) and sent at the end; a reload shows what was saved.
// The clinic's questions are data; every other word comes from
// questionnaire.ftl, which pages that use this load.
import { language, setText, t } from '/i18n.js';

// ISO 3166-1 alpha-2 codes; their names come from the browser
// (Intl.DisplayNames) in the page's language.
const COUNTRIES = ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ '
  + 'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF '
  + 'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW '
  + 'KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL '
  + 'NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST '
  + 'SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' ');

const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// Box -> what stops its page listener.
const drawn = new WeakMap();

/**
 * Shows the questionnaire `answered` (the API's view: definition, status,
 * answers) in `box`, saving through `api.save(answers)` and sending
 * through `api.submit(answers)`; each resolves to `{ ok, status, body }`.
 * `level`: the level of its heading.
 */
export function showQuestionnaire(box, answered, api, level = 3) {
  const { definition } = answered;
  let answers = { ...answered.answers };
  const heading = el(`h${level}`, { id: `${box.id}-title`, textContent: definition.title, dir: 'auto' });
  const state = el('p', { className: 'questionnaire-state', role: 'status' });
  state.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-labelledby', heading.id);
  if (answered.status === 'completed') {
    setText(state, 'questionnaire-sent');
    box.replaceChildren(heading, state);
    box.hidden = false;
    return;
  }
  const intro = el('p');
  setText(intro, 'questionnaire-intro');
  const form = el('form', { noValidate: true, className: 'questionnaire' });
  const rows = new Map();
  for (const field of definition.fields) {
    const row = drawField(field, answers[field.id]);
    rows.set(field.id, row);
    form.append(row);
  }
  const send = el('button', { type: 'submit', className: 'primary' });
  setText(send, 'questionnaire-send');
  form.append(el('p'), state);
  form.lastElementChild.previousElementSibling.append(send);
  box.replaceChildren(heading, intro, form);
  box.hidden = false;

  const read = () => {
    const out = {};
    for (const field of definition.fields) {
      const row = rows.get(field.id);
      if (row.hidden) continue;
      const value = valueOf(field, row);
      if (value !== undefined) out[field.id] = value;
    }
    return out;
  };
  const shown = () => {
    const now = read();
    for (const field of definition.fields) {
      const c = field.show_if;
      if (!c) continue;
      const on = now[c.field];
      const visible = Array.isArray(on) ? on.includes(c.equals) : typeof on === 'boolean' ? (on ? 'yes' : 'no') === c.equals : on === c.equals;
      rows.get(field.id).hidden = !visible;
    }
  };
  shown();

  let timer = null;
  let saving = Promise.resolve();
  const save = () => {
    clearTimeout(timer);
    timer = null;
    answers = read();
    setText(state, 'questionnaire-saving');
    saving = saving.then(async () => {
      const r = await api.save(answers).catch(() => null);
      if (r && r.ok) setText(state, 'questionnaire-saved');
      else if (r && r.status === 400) setText(state, 'questionnaire-check');
      else if (r && (r.status === 409 || r.status === 410)) closed();
      else setText(state, 'questionnaire-not-saved');
    });
    return saving;
  };
  const closed = () => {
    form.replaceWith(state);
    setText(state, 'questionnaire-closed');
  };
  form.addEventListener('input', () => {
    shown();
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
  });
  // Leaving (or reloading) within the second after typing: what was typed
  // goes anyway.
  // (One listener per box: drawn again, as the editor's preview is on
  // every change, the earlier one goes.)
  drawn.get(box)?.abort();
  const listening = new AbortController();
  drawn.set(box, listening);
  addEventListener('pagehide', () => {
    if (timer === null || !form.isConnected) return;
    clearTimeout(timer);
    api.save(read(), { keepalive: true }).catch(() => {});
  }, { signal: listening.signal });
  form.addEventListener('change', () => shown());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    shown();
    await save();
    const missing = definition.fields.find((f) => f.required && !rows.get(f.id).hidden && !answeredValue(valueOf(f, rows.get(f.id))));
    if (missing) {
      setText(state, 'questionnaire-missing');
      rows.get(missing.id).querySelector('input, textarea, select')?.focus();
      return;
    }
    const r = await api.submit(read()).catch(() => null);
    if (r && r.ok) {
      const done = el('p', { className: 'questionnaire-state', role: 'status' });
      setText(done, 'questionnaire-sent');
      box.replaceChildren(heading, done);
      heading.tabIndex = -1;
      heading.focus();
    } else if (r && r.status === 400) {
      setText(state, 'questionnaire-missing');
    } else if (r && (r.status === 409 || r.status === 410)) {
      closed();
    } else {
      setText(state, 'questionnaire-not-saved');
    }
  });
}

function answeredValue(v) {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'boolean') return v;
  return typeof v === 'string' && v.trim() !== '';
}

/** One field's row: its label and control, filled with `value`. */
function drawField(field, value) {
  const row = el('div', { className: `question ${field.type}` });
  row.dataset.field = field.id;
  const id = `q-${field.id}`;
  const required = () => {
    const mark = el('span', { className: 'required' });
    setText(mark, 'questionnaire-required');
    return mark;
  };
  const labelled = (control) => {
    const label = el('label', { htmlFor: id });
    label.append(el('span', { textContent: field.label, dir: 'auto' }));
    if (field.required) label.append(' ', required());
    control.id = id;
    if (field.required) control.setAttribute('aria-required', 'true');
    row.append(label, control);
  };
  const group = (type) => {
    const set = el('fieldset');
    const legend = el('legend');
    legend.append(el('span', { textContent: field.label, dir: 'auto' }));
    if (field.required) legend.append(' ', required());
    set.append(legend);
    field.options.forEach((option, i) => {
      const input = el('input', { type, name: id, value: option, id: `${id}-${i}` });
      input.checked = type === 'radio' ? value === option : Array.isArray(value) && value.includes(option);
      const label = el('label', { htmlFor: input.id });
      label.append(input, ' ', el('span', { textContent: option, dir: 'auto' }));
      set.append(label);
    });
    row.append(set);
  };
  switch (field.type) {
    case 'heading':
      row.append(el('h4', { textContent: field.label, dir: 'auto' }));
      break;
    case 'paragraph':
      row.append(el('p', { textContent: field.label, dir: 'auto' }));
      break;
    case 'image':
      // The clinic's picture (a body map, an instruction); its label
      // describes it for those who cannot see it.
      if (field.image) {
        row.append(el('img', { src: `/api/v1/questionnaire-images/${encodeURIComponent(field.image)}`, alt: field.label, className: 'questionnaire-image', loading: 'lazy' }));
      }
      break;
    case 'short_text':
      labelled(el('input', { type: 'text', maxLength: 500, value: value || '', dir: 'auto' }));
      break;
    case 'long_text':
      labelled(el('textarea', { rows: 4, maxLength: 10000, value: value || '', dir: 'auto' }));
      break;
    case 'date':
      labelled(el('input', { type: 'date', value: value || '' }));
      break;
    case 'single_choice':
      group('radio');
      break;
    case 'multiple_choice':
      group('checkbox');
      break;
    case 'dropdown':
    case 'country': {
      const select = el('select');
      const blank = el('option', { value: '' });
      setText(blank, 'questionnaire-choose');
      select.append(blank);
      const names = field.type === 'country' ? countryNames() : null;
      const choices = field.type === 'country'
        ? COUNTRIES.map((code) => [code, names(code)]).sort((a, b) => a[1].localeCompare(b[1], language()))
        : field.options.map((o) => [o, o]);
      for (const [v, text] of choices) select.append(el('option', { value: v, textContent: text, selected: v === value }));
      labelled(select);
      break;
    }
    case 'consent': {
      const input = el('input', { type: 'checkbox', id, checked: value === true });
      if (field.required) input.setAttribute('aria-required', 'true');
      const label = el('label', { htmlFor: id, className: 'consent' });
      label.append(input, ' ', el('span', { textContent: field.label, dir: 'auto' }));
      if (field.required) label.append(' ', required());
      row.append(label);
      break;
    }
    default:
      break;
  }
  return row;
}

function countryNames() {
  try {
    const names = new Intl.DisplayNames([language()], { type: 'region' });
    return (code) => names.of(code) || code;
  } catch (_) {
    return (code) => code;
  }
}

/** The answer a row holds now (undefined: none). */
function valueOf(field, row) {
  switch (field.type) {
    case 'short_text':
    case 'long_text':
    case 'date':
    case 'dropdown':
    case 'country': {
      const v = row.querySelector('input, textarea, select').value;
      return v === '' ? undefined : v;
    }
    case 'single_choice': {
      const checked = row.querySelector('input:checked');
      return checked ? checked.value : undefined;
    }
    case 'multiple_choice':
      return [...row.querySelectorAll('input:checked')].map((i) => i.value);
    case 'consent':
      return row.querySelector('input').checked;
    default:
      return undefined;
  }
}

/** The API of a questionnaire reached through invitation link `token`. */
export function linkQuestionnaire(token) {
  const base = `/api/v1/links/${encodeURIComponent(token)}/questionnaire`;
  const send = async (method, path, answers, options = {}) => {
    const r = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers }), ...options });
    return { ok: r.ok, status: r.status, body: await r.json().catch(() => null) };
  };
  return {
    load: async () => {
      const r = await fetch(base);
      return r.ok ? r.json() : null;
    },
    save: (answers, options) => send('PUT', '', answers, options),
    submit: (answers) => send('POST', '/submit', answers),
  };
}
