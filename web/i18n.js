// Every string a person reads on the patient-facing pages comes from a
// message catalogue in Project Fluent's format (web/locales/{language}/
// {name}.ftl), read by the Fluent project's own runtime (web/vendor/
// fluent-bundle, @fluent/bundle unchanged; the server reads the same
// files for its emails). Fluent handles plurals and grammatical cases, and a
// translator sees whole sentences with named placeholders.
//
// The language, in this order: the person's own choice on the page
// (remembered in this browser), the language the page was given (the
// client's, or the clinic's default), then the browser's languages, then
// English. A message missing from a catalogue falls back to English.
//
// In the markup: `data-l10n-id="id"` sets an element's text from message
// `id` (and its attributes from the message's attributes: `.placeholder`,
// `.aria-label`, `.title`), with `data-l10n-args` (JSON) as its variables.
// In scripts: `t(id, args)`, and `setText(element, id, args)`.
//
// The choice `qps` (a pseudo-language, never offered) shows English with
// every message in ⟦ ⟧: a test reads the pages in it and fails on any text
// a person sees that did not come from a catalogue.
import { FluentBundle, FluentResource } from '/vendor/fluent-bundle/index.js';

/** The languages shipped, each named in itself. */
export const LANGUAGES = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  sv: 'Svenska',
  pl: 'Polski',
  tr: 'Türkçe',
  uk: 'Українська',
  ar: 'العربية',
};
const RIGHT_TO_LEFT = new Set(['ar']);
const STORED = 'anteroom.language';

let bundles = [];
let current = 'en';
// What the page loaded, to load again in another language.
let loaded = { names: [], given: null };
let pseudo = false;
const mark = (text) => (pseudo ? `⟦${text}⟧` : text);

/** The first of `wanted` (language tags, best first) that is shipped. */
export function pick(wanted) {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = String(tag).toLowerCase();
    if (LANGUAGES[lower]) return lower;
    const base = lower.split('-')[0];
    if (LANGUAGES[base]) return base;
  }
  return 'en';
}

/** The person's own choice on a page, if they made one. */
function stored() {
  try {
    return localStorage.getItem(STORED);
  } catch (_) {
    return null;
  }
}

async function load(language, names) {
  const bundle = new FluentBundle(language, { useIsolating: false });
  for (const name of names) {
    const r = await fetch(`/locales/${language}/${name}.ftl`);
    if (!r.ok) throw new Error(`catalogue ${language}/${name}: HTTP ${r.status}`);
    const errors = bundle.addResource(new FluentResource(await r.text()));
    if (errors.length) console.warn(`catalogue ${language}/${name}:`, errors.map(String).join('; '));
  }
  return bundle;
}

/**
 * Loads catalogues `names` in the language chosen (see above; `given`: the
 * language the page was given, if any), sets `<html lang dir>` and
 * translates the document. Resolves to the language.
 */
export async function localize(names, given = null) {
  loaded = { names, given };
  pseudo = stored() === 'qps';
  const language = pseudo ? 'en' : pick([stored(), given, ...(navigator.languages || [navigator.language])]);
  const english = await load('en', names);
  bundles = language === 'en' ? [english] : [await load(language, names).catch(() => english), english];
  current = language;
  document.documentElement.lang = language;
  document.documentElement.dir = RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
  translate(document);
  return language;
}

/** The language in use. */
export function language() {
  return current;
}

/** Message `id` with `args`, in the language in use (English if missing). */
export function t(id, args = {}) {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message && message.value) return mark(bundle.formatPattern(message.value, args));
  }
  console.error(`no message ${id}`);
  return id;
}

/** Attribute `attr` of message `id` (English if missing), or null. */
function attribute(id, attr, args) {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message && message.attributes[attr]) return mark(bundle.formatPattern(message.attributes[attr], args));
  }
  return null;
}

/** Sets `element`'s text (and attributes) from message `id`. */
export function setText(element, id, args) {
  element.dataset.l10nId = id;
  if (args) element.dataset.l10nArgs = JSON.stringify(args);
  else delete element.dataset.l10nArgs;
  apply(element);
}

function apply(element) {
  const id = element.dataset.l10nId;
  const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : {};
  let found = false;
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (!message) continue;
    found = true;
    if (message.value) element.textContent = mark(bundle.formatPattern(message.value, args));
    break;
  }
  for (const attr of ['placeholder', 'aria-label', 'title']) {
    const value = attribute(id, attr, args);
    if (value !== null) element.setAttribute(attr, value);
  }
  if (!found) console.error(`no message ${id}`);
}

/** Translates every element under `root` that names a message. */
export function translate(root) {
  for (const element of root.querySelectorAll('[data-l10n-id]')) apply(element);
}

/**
 * Fills `select` with the shipped languages, each in its own name, the one
 * in use selected; choosing one remembers it and turns the page into it in
 * place (a call goes on): every element that names a message is written
 * again, and `changed` (if given) redraws what the page composes itself.
 */
export function languagePicker(select, changed = () => {}) {
  select.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => {
    const option = new Option(name, code, false, code === current);
    option.lang = code;
    return option;
  }));
  select.addEventListener('change', async () => {
    try {
      localStorage.setItem(STORED, select.value);
    } catch (_) {
      // Not remembered beyond this page.
    }
    const given = loaded.given;
    await localize(loaded.names, select.value || given);
    changed();
  });
}

/** A time in the language in use (and `timeZone`, if given). */
export function formatTime(date, options = {}) {
  return new Intl.DateTimeFormat(current, { hour: '2-digit', minute: '2-digit', ...options }).format(date);
}

/** A date and time in the language in use. */
export function formatDateTime(date, options = {}) {
  return new Intl.DateTimeFormat(current, { dateStyle: 'full', timeStyle: 'short', ...options }).format(date);
}
