// The staff pages: questionnaires (issue 28), for administrators. The list
// (whose each is, its version, which one is asked by default) and an
// editor with a live preview: the preview draws the questionnaire with the
// patients' own code (/questionnaire.js), so what staff see while they type
// is what the patient gets. Nothing typed into the preview is saved.
//
// /staff/questionnaires: the list; /staff/questionnaires/new: a new one;
// /staff/questionnaires/{id}: one to change (saving makes a new version;
// answers already given keep the version they were given for).
//
// What a definition may be is the server's to say (Definition::check in
// control-plane/src/questionnaires/definition.rs); the editor checks the
// same things first, so that it can say which field is wrong.

import { showQuestionnaire } from '/questionnaire.js';
import { ApiError, api, describe, field, formatTime, h, isAdmin, isOrgAdmin, notice, options, state, t, timeElement } from './common.js';
import { go, render } from './app.js';

/** The field types, in the order the type menu offers them. */
const TYPES = ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'dropdown', 'date', 'country', 'consent', 'heading', 'paragraph', 'image'];
/** Types that show something and take no answer. */
const SHOWN_ONLY = new Set(['heading', 'paragraph', 'image']);
/** Types whose answer is one (or several) of their options. */
const CHOICES = new Set(['single_choice', 'multiple_choice', 'dropdown']);
/** Definition::check's limits. */
const MAX = { fields: 200, options: 50, images: 10, title: 200, option: 200, question: 2000, text: 4000 };
/** What POST /questionnaire-images takes. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const IMAGE_BYTES = 128 * 1024;
/** Characters no text of a definition may hold (Rust's char::is_control, but for line breaks and tabs). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const imageUrl = (id) => `/api/v1/questionnaire-images/${encodeURIComponent(id)}`;
const typeName = (type) => t('questionnaires-type', { type });

/** Whether the signed-in person may change a questionnaire of `department` (null: the organisation's). */
function mayEdit(department) {
  if (isOrgAdmin()) return true;
  return isAdmin() && department != null && state.me.staff.departments.includes(department);
}

/** The departments the signed-in person may make a questionnaire for. */
function ownDepartments() {
  const all = [...state.departments.values()];
  return isOrgAdmin() ? all : all.filter((d) => state.me.staff.departments.includes(d.id));
}

function departmentName(id) {
  return id ? state.departments.get(id)?.name || '—' : t('questionnaires-whole-organisation');
}

export async function viewQuestionnaires() {
  if (!isAdmin()) return [h('h2', {}, t('questionnaires-heading')), h('p.error', {}, t('staff-error-forbidden'))];
  const id = location.pathname.split('/')[3] || null;
  if (id === 'new') return editor(null);
  if (id) return editor(await api('GET', `/questionnaires/${encodeURIComponent(id)}`));
  return list();
}

// The list.

async function list() {
  const questionnaires = await api('GET', '/questionnaires');
  state.questionnaireList = questionnaires;
  const items = questionnaires.map((q) => {
    const editable = mayEdit(q.department);
    return h('li', { 'data-id': q.id },
      h('h3', { dir: 'auto' }, q.title),
      h('p.muted', {},
        h('span', {}, departmentName(q.department)), ' · ',
        h('span', {}, t('questionnaires-version', { version: q.version })), ' · ',
        h('span', {}, t('questionnaires-updated')), ' ', timeElement(q.updated_at, formatTime(q.updated_at, true))),
      q.asked_by_default ? h('p', {}, h('span.marker.asked', {}, t('questionnaires-asked-by-default'))) : null,
      editable
        ? h('p.actions', {},
          h('a.button', { href: `/staff/questionnaires/${q.id}`, 'data-nav': true, l10n: ['questionnaires-edit', { title: q.title }] }),
          h('button', { type: 'button', 'data-action': 'duplicate', l10n: ['questionnaires-duplicate', { title: q.title }], onclick: (e) => duplicate(q, e.target) }),
          h('button', { type: 'button', 'data-action': 'default', onclick: (e) => askByDefault(q, e.target) },
            t(q.asked_by_default ? 'questionnaires-stop-asking' : 'questionnaires-ask-by-default')))
        : h('p.muted', {}, t('questionnaires-not-yours')));
  });
  return [
    h('h2', {}, t('questionnaires-heading')),
    h('p.muted', {}, t('questionnaires-hint')),
    ownDepartments().length || isOrgAdmin()
      ? h('p', {}, h('a.button.primary', { href: '/staff/questionnaires/new', 'data-nav': true }, t('questionnaires-new')))
      : null,
    items.length
      ? h('ul.q-list', { l10n: 'questionnaires-list' }, items)
      : h('p.muted', {}, t('questionnaires-none')),
  ];
}

async function duplicate(q, button) {
  button.disabled = true;
  try {
    const copy = await api('POST', `/questionnaires/${q.id}/duplicate`);
    state.questionnaireList = await api('GET', '/questionnaires');
    go(`/staff/questionnaires/${copy.id}`);
    notice(t('questionnaires-duplicated', { title: q.title }));
  } catch (e) {
    notice(describe(e), true);
    button.disabled = false;
  }
}

async function askByDefault(q, button) {
  button.disabled = true;
  try {
    await api('PUT', `/questionnaires/${q.id}/asked-by-default`, { asked_by_default: !q.asked_by_default });
    await render();
    notice(t(q.asked_by_default ? 'questionnaires-default-stopped' : 'questionnaires-default-set', { title: q.title, scope: departmentName(q.department) }));
    document.querySelector(`#view li[data-id="${CSS.escape(q.id)}"] button[data-action="default"]`)?.focus();
  } catch (e) {
    notice(describe(e), true);
    button.disabled = false;
  }
}

// The editor.

/** The editor's own copy of a field: its options as typed (one per line). */
function draftField(f) {
  return {
    id: f.id,
    type: f.type,
    label: f.label || '',
    required: !!f.required,
    optionsText: (f.options || []).join('\n'),
    show_if: f.show_if ? { ...f.show_if } : null,
    image: f.image || null,
  };
}

function optionsOf(f) {
  return f.optionsText.split('\n').map((o) => o.trim()).filter(Boolean);
}

/** The definition the draft makes (what is saved, and what the preview shows). */
function definitionOf(draft) {
  return {
    title: draft.title.trim(),
    fields: draft.fields.map((f) => {
      const out = { id: f.id, type: f.type, label: f.label.trim() };
      if (f.required && !SHOWN_ONLY.has(f.type)) out.required = true;
      if (CHOICES.has(f.type)) out.options = optionsOf(f);
      if (f.show_if) out.show_if = { field: f.show_if.field, equals: f.show_if.equals };
      if (f.type === 'image' && f.image) out.image = f.image;
      return out;
    }),
  };
}

/** A field id the draft does not use yet. */
function freshId(draft) {
  for (let n = draft.fields.length + 1; ; n += 1) {
    const id = `q${n}`;
    if (!draft.fields.some((f) => f.id === id)) return id;
  }
}

/** The fields before `f` that a condition of `f` may name, and the values each may have. */
function conditionSources(draft, f) {
  const before = draft.fields.slice(0, draft.fields.indexOf(f));
  return before.filter((e) => CHOICES.has(e.type) || e.type === 'consent');
}

function valuesOf(source) {
  if (source.type === 'consent') return [['yes', t('questionnaires-condition-ticked')], ['no', t('questionnaires-condition-not-ticked')]];
  return optionsOf(source).map((o) => [o, o]);
}

/** Whether `f`'s condition names an earlier choice (or consent) and one of its values. */
function conditionOk(draft, f) {
  if (!f.show_if) return true;
  const source = conditionSources(draft, f).find((e) => e.id === f.show_if.field);
  return !!source && valuesOf(source).some(([v]) => v === f.show_if.equals);
}

/**
 * What is wrong with the draft, as Definition::check would find it:
 * { title, fields (the list as a whole), each: Map field id -> message }.
 */
function problems(draft) {
  const found = { title: null, fields: null, each: new Map() };
  const title = draft.title.trim();
  if (!title || [...title].length > MAX.title || /\n/.test(title)) found.title = t('questionnaires-problem-title');
  else if (CONTROL.test(title)) found.title = t('questionnaires-problem-characters');
  if (!draft.fields.length) found.fields = t('questionnaires-problem-no-fields');
  else if (draft.fields.length > MAX.fields) found.fields = t('questionnaires-problem-too-many-fields', { max: MAX.fields });
  else if (new Set(draft.fields.filter((f) => f.type === 'image' && f.image).map((f) => f.image)).size > MAX.images) {
    found.fields = t('questionnaires-problem-too-many-images', { max: MAX.images });
  }
  for (const f of draft.fields) {
    const label = f.label.trim();
    const options = optionsOf(f);
    let problem = null;
    if (!label) problem = t('questionnaires-problem-label', { type: f.type });
    else if ([...label].length > (SHOWN_ONLY.has(f.type) ? MAX.text : MAX.question)) problem = t('questionnaires-problem-label-long', { max: SHOWN_ONLY.has(f.type) ? MAX.text : MAX.question });
    else if (CHOICES.has(f.type) && (options.length < 2 || options.length > MAX.options)) problem = t('questionnaires-problem-options', { max: MAX.options });
    else if (CHOICES.has(f.type) && new Set(options).size !== options.length) problem = t('questionnaires-problem-options-twice');
    else if (CHOICES.has(f.type) && options.some((o) => [...o].length > MAX.option)) problem = t('questionnaires-problem-option-long', { max: MAX.option });
    else if (CONTROL.test(label) || (CHOICES.has(f.type) && options.some((o) => CONTROL.test(o)))) problem = t('questionnaires-problem-characters');
    else if (f.type === 'image' && !f.image) problem = t('questionnaires-problem-image');
    else if (!conditionOk(draft, f)) problem = t('questionnaires-condition-broken');
    if (problem) found.each.set(f.id, problem);
  }
  return found;
}

/** The editor of `questionnaire` (the API's view), or of a new one (null). */
function editor(questionnaire) {
  let current = questionnaire;
  const draft = {
    title: questionnaire?.definition.title || '',
    department: questionnaire ? questionnaire.department : null,
    fields: questionnaire ? questionnaire.definition.fields.map(draftField) : [],
  };
  if (!questionnaire) draft.fields.push(draftField({ id: 'q1', type: 'short_text' }));
  const departments = ownDepartments();
  if (!questionnaire && !isOrgAdmin()) draft.department = departments[0]?.id || null;
  // Shown only after a save was tried (then kept current as staff type).
  let checked = false;

  const heading = h('h2', {}, questionnaire ? t('questionnaires-edit-heading', { title: questionnaire.definition.title }) : t('questionnaires-new-heading'));
  const about = h('p.muted', {});
  const showAbout = () => {
    about.textContent = current
      ? t('questionnaires-about', { version: current.version, scope: departmentName(current.department) })
      : t('questionnaires-about-new');
  };
  showAbout();

  const titleError = h('p.error', { id: 'qe-title-error', hidden: true });
  const titleInput = h('input', { name: 'title', required: true, maxlength: MAX.title, value: draft.title, dir: 'auto', autocomplete: 'off', 'aria-describedby': 'qe-title-error' });
  const departmentError = h('p.error', { id: 'qe-department-error', hidden: true });
  const departmentSelect = !questionnaire
    ? h('select', { name: 'department', 'aria-describedby': 'qe-department-error' },
      options(departments.map((d) => [d.id, d.name]), draft.department || '', isOrgAdmin() ? t('questionnaires-whole-organisation') : undefined))
    : null;
  const fieldsError = h('p.error', { id: 'qe-fields-error', hidden: true });
  const list = h('ol.q-fields', { 'aria-labelledby': 'qe-fields-title' });
  const newType = h('select', { name: 'new-type' }, options(TYPES.map((type) => [type, typeName(type)]), 'short_text'));
  const saveError = h('p.error', { role: 'alert', hidden: true });
  const save = h('button.primary', { type: 'submit' }, t('questionnaires-save'));
  const form = h('form.card.q-editor', { l10n: 'questionnaires-editor-form', novalidate: true },
    field(t('questionnaires-title'), titleInput), titleError,
    departmentSelect
      ? [field(t('questionnaires-department'), departmentSelect), departmentError]
      : null,
    !questionnaire && !isOrgAdmin() && !departments.length ? h('p.error', {}, t('questionnaires-no-departments')) : null,
    h('h3', { id: 'qe-fields-title' }, t('questionnaires-fields')),
    fieldsError,
    list,
    h('div.row.q-add', {},
      field(t('questionnaires-new-field-type'), newType),
      h('p', {}, h('button', { type: 'button', 'data-action': 'add', onclick: () => addField(newType.value) }, t('questionnaires-add-field')))),
    h('p.actions', {}, save, h('a.button', { href: '/staff/questionnaires', 'data-nav': true }, t('questionnaires-back'))),
    saveError);

  // The preview: the patient's page, redrawn as staff type. Its answers
  // stay in this page (kept across redraws once it "saves" them).
  const previewBox = h('article.q-preview-form', { id: 'qe-preview' });
  let previewAnswers = {};
  let previewTimer = null;
  const drawPreview = () => {
    clearTimeout(previewTimer);
    previewTimer = null;
    const ok = () => ({ ok: true, status: 200, body: {} });
    showQuestionnaire(previewBox, { definition: definitionOf(draft), status: 'new', answers: previewAnswers }, {
      save: async (answers) => {
        previewAnswers = answers;
        return ok();
      },
      submit: async () => ok(),
    }, 4);
  };
  const changed = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(drawPreview, 150);
    if (checked) showProblems(false);
  };
  const preview = h('section.q-preview', { 'aria-labelledby': 'qe-preview-heading' },
    h('h3', { id: 'qe-preview-heading' }, t('questionnaires-preview')),
    h('p.muted', {}, t('questionnaires-preview-hint')),
    previewBox,
    h('p', {}, h('button', {
      type: 'button',
      onclick: () => {
        previewAnswers = {};
        drawPreview();
      },
    }, t('questionnaires-preview-again'))));

  // One field's editor.
  const fieldEditor = (f, index) => {
    const number = index + 1;
    const answered = !SHOWN_ONLY.has(f.type);
    const labelControl = f.type === 'paragraph' || f.type === 'image'
      ? h('textarea', { name: 'label', rows: 3, value: f.label, dir: 'auto', maxlength: MAX.text })
      : h('input', { name: 'label', value: f.label, dir: 'auto', autocomplete: 'off', maxlength: answered ? MAX.question : MAX.text });
    const image = f.type === 'image'
      ? h('div.q-image', {},
        f.image ? h('img.q-thumb', { src: imageUrl(f.image), alt: f.label.trim() || t('questionnaires-image-uploaded') }) : null,
        field(t(f.image ? 'questionnaires-image-replace' : 'questionnaires-image'),
          h('input', { type: 'file', name: 'image', accept: IMAGE_TYPES.join(',') })))
      : null;
    return h('li', {}, h('fieldset.q-field', { 'data-field': f.id },
      h('legend', {}, t('questionnaires-field', { number, type: f.type })),
      h('p.error.q-problem', { id: `qe-problem-${f.id}`, hidden: true }),
      h('div.row', {},
        field(t('questionnaires-field-type'), h('select', { name: 'type' }, options(TYPES.map((type) => [type, typeName(type)]), f.type)))),
      field(t('questionnaires-label', { type: f.type }), labelControl),
      answered
        ? h('label.inline', {}, h('input', { type: 'checkbox', name: 'required', checked: f.required }), t('questionnaires-required'))
        : null,
      CHOICES.has(f.type)
        ? field(t('questionnaires-options'), h('textarea', { name: 'options', rows: 4, value: f.optionsText, dir: 'auto' }))
        : null,
      image,
      h('div.q-condition', {}, conditionControls(f)),
      h('p.actions.q-move', {},
        h('button', { type: 'button', 'data-action': 'up', disabled: index === 0, l10n: ['questionnaires-move-up', { number }] }),
        h('button', { type: 'button', 'data-action': 'down', disabled: index === draft.fields.length - 1, l10n: ['questionnaires-move-down', { number }] }),
        h('button.danger', { type: 'button', 'data-action': 'remove', l10n: ['questionnaires-remove', { number }] }))));
  };

  // "Show only when": an earlier choice (or consent) and one of its values
  // (nothing while there is none to choose).
  const conditionControls = (f) => {
    const sources = conditionSources(draft, f);
    if (!sources.length && !f.show_if) return null;
    const source = f.show_if ? sources.find((e) => e.id === f.show_if.field) : null;
    const name = (e) => e.label.trim() || t('questionnaires-field', { number: draft.fields.indexOf(e) + 1, type: e.type });
    const which = h('select', { name: 'show-field' },
      h('option', { value: '' }, t('questionnaires-condition-always')),
      sources.map((e) => h('option', { value: e.id, selected: f.show_if?.field === e.id }, name(e))),
      f.show_if && !source ? h('option', { value: f.show_if.field, selected: true }, t('questionnaires-condition-gone')) : null);
    let value = null;
    if (f.show_if) {
      const values = source ? valuesOf(source) : [];
      const known = values.some(([v]) => v === f.show_if.equals);
      value = field(t('questionnaires-condition-equals'), h('select', { name: 'show-equals' },
        values.map(([v, text]) => h('option', { value: v, selected: v === f.show_if.equals }, text)),
        known ? null : h('option', { value: f.show_if.equals, selected: true }, t('questionnaires-condition-gone'))));
    }
    return h('div.row', {}, field(t('questionnaires-condition'), which), value);
  };

  /** Draws the fields again, focusing `focus` ({ field, name } or { field, action }) after. */
  const drawFields = (focus = null) => {
    list.replaceChildren(...draft.fields.map(fieldEditor));
    if (focus) focusIn(focus);
    if (checked) showProblems(false);
  };
  /** Draws the conditions of the fields `which` picks again (what they name changed). */
  const drawConditions = (which = () => true) => {
    const active = document.activeElement;
    const had = active && list.contains(active) && active.closest('.q-condition') ? { field: active.closest('[data-field]').dataset.field, name: active.name } : null;
    for (const f of draft.fields.filter(which)) {
      const box = list.querySelector(`[data-field="${CSS.escape(f.id)}"] .q-condition`);
      box?.replaceChildren(...[conditionControls(f)].filter(Boolean));
    }
    if (had) focusIn(had);
  };
  const focusIn = ({ field: id, name, action }) => {
    const box = list.querySelector(`[data-field="${CSS.escape(id)}"]`);
    if (!box) return;
    let target = name ? box.querySelector(`[name="${name}"]`) : box.querySelector(`[data-action="${action}"]`);
    if (!target || target.disabled) target = box.querySelector('[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled), [name="type"]');
    target?.focus();
  };

  const addField = (type) => {
    const f = draftField({ id: freshId(draft), type });
    draft.fields.push(f);
    drawFields({ field: f.id, name: 'label' });
    changed();
  };

  const fieldOf = (element) => {
    const box = element.closest('[data-field]');
    return box ? draft.fields.find((f) => f.id === box.dataset.field) : null;
  };

  form.addEventListener('input', (e) => {
    const target = e.target;
    if (target === titleInput) {
      draft.title = target.value;
      changed();
      return;
    }
    const f = fieldOf(target);
    if (!f) return;
    if (target.name === 'label') {
      f.label = target.value;
      // (An image's description is its thumbnail's too; a choice's
      // question names it in the conditions of the fields after it.)
      const thumb = target.closest('[data-field]').querySelector('.q-thumb');
      if (thumb) thumb.alt = f.label.trim() || t('questionnaires-image-uploaded');
      for (const option of list.querySelectorAll(`select[name="show-field"] option[value="${CSS.escape(f.id)}"]`)) {
        option.textContent = f.label.trim() || t('questionnaires-field', { number: draft.fields.indexOf(f) + 1, type: f.type });
      }
      changed();
    } else if (target.name === 'options') {
      f.optionsText = target.value;
      drawConditions((g) => g.show_if?.field === f.id);
      changed();
    }
  });
  form.addEventListener('change', (e) => {
    const target = e.target;
    if (target === departmentSelect) {
      draft.department = target.value || null;
      return;
    }
    const f = fieldOf(target);
    if (!f) return;
    if (target.name === 'type') {
      f.type = target.value;
      if (SHOWN_ONLY.has(f.type)) f.required = false;
      if (f.type !== 'image') f.image = null;
      drawFields({ field: f.id, name: 'type' });
    } else if (target.name === 'required') {
      f.required = target.checked;
    } else if (target.name === 'show-field') {
      const source = draft.fields.find((s) => s.id === target.value);
      f.show_if = source ? { field: source.id, equals: valuesOf(source)[0]?.[0] ?? '' } : null;
      drawConditions();
    } else if (target.name === 'show-equals') {
      f.show_if.equals = target.value;
      drawConditions();
    } else if (target.name === 'image') {
      upload(f, target);
      return;
    } else {
      return;
    }
    changed();
  });
  form.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    const f = button && fieldOf(button);
    if (!f) return;
    const index = draft.fields.indexOf(f);
    const action = button.dataset.action;
    if (action === 'up' || action === 'down') {
      const to = index + (action === 'up' ? -1 : 1);
      if (to < 0 || to >= draft.fields.length) return;
      draft.fields.splice(index, 1);
      draft.fields.splice(to, 0, f);
      drawFields({ field: f.id, action });
      notice(t('questionnaires-moved', { from: index + 1, to: to + 1 }));
    } else if (action === 'remove') {
      draft.fields.splice(index, 1);
      const next = draft.fields[Math.min(index, draft.fields.length - 1)];
      drawFields(next ? { field: next.id, action: 'remove' } : null);
      if (!next) form.querySelector('[data-action="add"]').focus();
      notice(t('questionnaires-removed', { number: index + 1 }));
    } else {
      return;
    }
    changed();
  });

  /** Uploads the image chosen in `input` for image field `f`. */
  const upload = async (f, input) => {
    const file = input.files[0];
    if (!file) return;
    const problem = (text) => {
      const box = list.querySelector(`[data-field="${CSS.escape(f.id)}"] .q-problem`);
      if (!box) return;
      box.textContent = text;
      box.hidden = false;
      input.setAttribute('aria-describedby', box.id);
      input.focus();
    };
    if (!IMAGE_TYPES.includes(file.type) || file.size > IMAGE_BYTES) {
      problem(t('questionnaires-image-invalid'));
      return;
    }
    input.disabled = true;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const made = await api('POST', '/questionnaire-images', { content_type: file.type, data: btoa(binary) });
      f.image = made.id;
      drawFields({ field: f.id, name: 'image' });
      changed();
      notice(t('questionnaires-image-done'));
    } catch (e) {
      input.disabled = false;
      if (e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch')) return;
      problem(e instanceof ApiError && (e.code === 'invalid_field' || e.status === 413) ? t('questionnaires-image-invalid') : describe(e));
    }
  };

  /** Shows what is wrong (next to where it is; with `focus`, moves there); whether anything is. */
  const showProblems = (focus) => {
    const found = problems(draft);
    const put = (box, text, control) => {
      box.textContent = text || '';
      box.hidden = !text;
      if (control) {
        if (text) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    };
    put(titleError, found.title, titleInput);
    put(fieldsError, found.fields, null);
    for (const f of draft.fields) {
      const box = list.querySelector(`[data-field="${CSS.escape(f.id)}"]`);
      if (!box) continue;
      put(box.querySelector('.q-problem'), found.each.get(f.id), null);
      box.querySelector('[name="label"]')?.setAttribute('aria-describedby', `qe-problem-${f.id}`);
    }
    const first = found.title ? titleInput
      : found.fields ? form.querySelector('[data-action="add"]')
        : found.each.size ? list.querySelector(`[data-field="${CSS.escape(found.each.keys().next().value)}"] [name="label"]`) : null;
    if (focus && first) first.focus();
    return !!first;
  };

  /** The server's typed error, next to the part of the form it names. */
  const showServerError = (e) => {
    const places = { title: [titleError, titleInput, 'questionnaires-error-title'], fields: [fieldsError, null, 'questionnaires-error-fields'], department: [departmentError, departmentSelect, 'questionnaires-error-department'] };
    const place = e instanceof ApiError && e.code === 'invalid_field' ? places[e.field] : null;
    if (place && place[0]) {
      const [box, control, message] = place;
      box.setAttribute('role', 'alert');
      box.textContent = t(message);
      box.hidden = false;
      (control || form.querySelector('[data-action="add"]')).focus();
      return;
    }
    saveError.textContent = describe(e);
    saveError.hidden = false;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    saveError.hidden = true;
    for (const box of [titleError, fieldsError, departmentError]) box.removeAttribute('role');
    departmentError.hidden = true;
    checked = true;
    if (showProblems(true)) {
      saveError.textContent = t('questionnaires-problems');
      saveError.hidden = false;
      return;
    }
    save.disabled = true;
    try {
      const definition = definitionOf(draft);
      let saved;
      if (current) {
        saved = await api('PUT', `/questionnaires/${current.id}`, { definition });
      } else {
        saved = await api('POST', '/questionnaires', draft.department ? { department: draft.department, definition } : { definition });
      }
      state.questionnaireList = await api('GET', '/questionnaires').catch(() => state.questionnaireList);
      if (!current) {
        go(`/staff/questionnaires/${saved.id}`, { replace: true });
      } else {
        current = saved;
        showAbout();
        heading.textContent = t('questionnaires-edit-heading', { title: saved.definition.title });
      }
      notice(t('questionnaires-saved', { title: saved.definition.title, version: saved.version }));
    } catch (e) {
      if (!(e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'csrf_mismatch'))) showServerError(e);
    } finally {
      save.disabled = false;
    }
  });

  drawFields();
  drawPreview();
  return [
    heading,
    about,
    h('div.q-layout', {}, form, preview),
  ];
}
