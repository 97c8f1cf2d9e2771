// The message catalogues (web/locales/{language}/*.ftl): every language has
// every file and every message (and message attribute) that English has,
// each parses without junk, and a translation uses only variables its
// English message has. Also: the Fluent runtime the pages load
// (web/vendor/fluent-bundle) is exactly the npm package's ESM build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentResource } from '@fluent/bundle';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const locales = join(root, 'web', 'locales');
// Also listed in web/i18n.js (LANGUAGES) and in docs; a language is one
// folder here and one line there.
const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'sv', 'pl', 'tr', 'uk', 'ar'];

/** Variable names a pattern (string or parsed) uses. */
function variables(pattern, into = new Set()) {
  if (typeof pattern === 'string' || !pattern) return into;
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'var') into.add(node.name);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(pattern);
  return into;
}

/** Every message of a catalogue file: id -> { value, attributes }. */
function messages(file) {
  const text = readFileSync(file, 'utf8');
  const resource = new FluentResource(text);
  const out = new Map();
  for (const m of resource.body) out.set(m.id, m);
  // A message the parser could not read is dropped silently: count the
  // ids in the text, so junk shows up as a missing message.
  const ids = [...text.matchAll(/^(-?[a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]);
  return { out, ids };
}

test('every catalogue has every message English has, parses, and uses only its variables', () => {
  const files = readdirSync(join(locales, 'en')).filter((f) => f.endsWith('.ftl'));
  assert.ok(files.length > 0);
  const problems = [];
  for (const file of files) {
    const english = messages(join(locales, 'en', file)).out;
    for (const language of LANGUAGES) {
      let parsed;
      try {
        parsed = messages(join(locales, language, file));
      } catch (e) {
        problems.push(`${language}/${file}: missing (${e.code || e.message})`);
        continue;
      }
      for (const id of parsed.ids) if (!parsed.out.has(id)) problems.push(`${language}/${file}: ${id} does not parse`);
      for (const [id, en] of english) {
        const m = parsed.out.get(id);
        if (!m) {
          problems.push(`${language}/${file}: ${id} is missing`);
          continue;
        }
        if (Boolean(en.value) !== Boolean(m.value)) problems.push(`${language}/${file}: ${id} has ${m.value ? 'a' : 'no'} value, English ${en.value ? 'has' : 'has none'}`);
        const known = variables(en.value);
        for (const a of Object.values(en.attributes)) variables(a, known);
        for (const name of variables(m.value)) if (!known.has(name)) problems.push(`${language}/${file}: ${id} uses $${name}, which English does not`);
        for (const attr of Object.keys(en.attributes)) {
          if (!m.attributes[attr]) problems.push(`${language}/${file}: ${id}.${attr} is missing`);
          else for (const name of variables(m.attributes[attr])) if (!known.has(name)) problems.push(`${language}/${file}: ${id}.${attr} uses $${name}`);
        }
      }
      for (const id of parsed.out.keys()) if (!english.has(id)) problems.push(`${language}/${file}: ${id} is not in English`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the pages load the Fluent runtime exactly as npm ships it', () => {
  const vendored = join(root, 'web', 'vendor', 'fluent-bundle');
  const shipped = join(root, 'tests', 'browser', 'node_modules', '@fluent', 'bundle', 'esm');
  const files = readdirSync(shipped).filter((f) => f.endsWith('.js')).sort();
  assert.deepEqual(readdirSync(vendored).filter((f) => f.endsWith('.js')).sort(), files);
  for (const f of files) assert.ok(readFileSync(join(vendored, f)).equals(readFileSync(join(shipped, f))), `${f} differs from @fluent/bundle's`);
});
