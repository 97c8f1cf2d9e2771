// The staff pages: organisation settings, waiting texts, email templates,
// announcements, API keys, and the signed-in person's account.

import { LANGUAGES, language } from '/i18n.js';
import { CSRF_KEY, api, clinicDate, clinicToUtc, copyBox, describe, field, formatTime, h, notice, onSubmit, options, state, t } from './common.js';
import { go, loadSession, render } from './app.js';
import { languageSelect } from './clients.js';
import { stopInbox } from './messages.js';

// Organisation settings, waiting texts, announcements, API keys.
// [setting, its label's message]
export const SETTING_FLAGS = [
  ['strict_department_segregation', 'settings-strict-department-segregation'],
  ['strict_client_segregation', 'settings-strict-client-segregation'],
  ['chat_in_waiting_area', 'settings-chat-in-waiting-area'],
  ['chat_after_consultation', 'settings-chat-after-consultation'],
  ['delete_chat_after_consultation', 'settings-delete-chat-after-consultation'],
  ['file_sharing', 'settings-file-sharing'],
  ['screen_sharing', 'settings-screen-sharing'],
  ['resolution_change', 'settings-resolution-change'],
  ['force_start', 'settings-force-start'],
  ['doorbell_sound', 'settings-doorbell-sound'],
  ['require_two_factor', 'settings-require-two-factor'],
  ['no_emails', 'settings-no-emails'],
  ['keep_transcript', 'settings-keep-transcript'],
  ['chat_channels', 'settings-chat-channels'],
];
// [setting, its label's message, min, max]
export const SETTING_NUMBERS = [
  ['link_opens_minutes_before', 'settings-link-opens', 0, 1440],
  ['link_closes_minutes_after', 'settings-link-closes', 0, 1440],
  ['max_participants_per_call', 'settings-max-participants', 2, 50],
  ['anonymise_after_days', 'settings-anonymise-after', 1, 3650],
  ['channel_email_after_minutes', 'settings-channel-email-after', 1, 10080],
  ['chat_retention_days', 'settings-chat-retention', 1, 36500],
];
// The numbers that may be left empty (none, never).
const OPTIONAL_NUMBERS = new Set(['anonymise_after_days', 'channel_email_after_minutes', 'chat_retention_days']);
// How patients reach the clinic when stuck: [setting, label's message, input attributes].
export const CONTACT_FIELDS = [
  ['contact_phone', 'settings-contact-phone', { type: 'tel', maxlength: 64 }],
  ['contact_email', 'settings-contact-email', { type: 'email', maxlength: 254 }],
];
// The kinds of email a template may replace.
export const MAIL_KINDS = ['invitation', 'participant_invitation', 'reminder', 'cancellation', 'password', 'portal_pin', 'channel_unread', 'channel_reply'];
// The placeholders each kind fills in (the server refuses others).
const APPOINTMENT_PLACEHOLDERS = ['client_name', 'participant_name', 'practitioner', 'department', 'clinic', 'date', 'time', 'timezone',
  'duration', 'message', 'consult_deeplink', 'portal_deeplink'];
const PLACEHOLDERS = {
  password: ['staff_name', 'password_link', 'clinic'],
  portal_pin: ['pin', 'minutes', 'clinic', 'portal_deeplink'],
  channel_unread: ['staff_name', 'clinic', 'messages_link'],
  channel_reply: ['clinic', 'portal_deeplink'],
};
const WAITING_PLACEHOLDERS = ['clinic', 'department', 'practitioner', 'date', 'time'];

/** Example values for a preview: the clinic's own name, made-up others. */
function sampleValues() {
  const tomorrow = new Date(Date.now() + 86400000);
  const origin = location.origin;
  return {
    clinic: state.org?.name || '',
    client_name: t('settings-sample-client'),
    participant_name: t('settings-sample-participant'),
    staff_name: state.me?.staff.name || '',
    practitioner: state.me?.staff.name || '',
    department: [...state.departments.values()][0]?.name || '',
    date: new Intl.DateTimeFormat(language(), { dateStyle: 'full', timeZone: state.tz }).format(tomorrow),
    time: new Intl.DateTimeFormat(language(), { timeStyle: 'short', timeZone: state.tz }).format(tomorrow),
    timezone: state.tz,
    duration: '20',
    message: t('settings-sample-message'),
    consult_deeplink: `${origin}/c/…`,
    portal_deeplink: `${origin}/portal/${state.org?.id || ''}`,
    pin: '123456',
    minutes: '30',
    messages_link: `${origin}/staff/messages/…`,
    password_link: `${origin}/staff/set-password#…`,
  };
}

/** `text` with its *|placeholders|* filled in from `values` (unknown ones kept). */
function fillIn(text, values) {
  return text.replace(/\*\|([a-z_]+)\|\*/g, (whole, name) => (name in values ? values[name] : whole));
}

/** A live preview of `inputs` (subject and/or body) as a patient reads it. */
function preview(inputs) {
  const box = h('div.preview', { 'aria-live': 'polite', dir: 'auto' });
  const update = () => {
    const values = sampleValues();
    box.replaceChildren(...inputs.map(([input, l10n]) => h('p', {}, l10n ? t(l10n, { text: fillIn(input.value, values) }) : fillIn(input.value, values))));
  };
  for (const [input] of inputs) input.addEventListener('input', update);
  return { box, update };
}

export async function viewSettings() {
  const org = await api('GET', '/organisation');
  const s = org.settings;
  const form = h('form.card', { l10n: 'settings-form' },
    h('h3', {}, org.name),
    field(t('settings-clinic-name'), h('input', { name: 'clinic_name', value: org.name, required: true, maxlength: 200 })),
    h('fieldset', {}, h('legend', {}, t('settings-privacy')), SETTING_FLAGS.map(([name, label]) =>
      h('div', {}, h('label.inline', {}, h('input', { type: 'checkbox', name, checked: s[name] }), t(label))))),
    h('div.row', {}, SETTING_NUMBERS.map(([name, label, min, max]) =>
      field(t(label), h('input', { name, type: 'number', min, max, value: s[name] ?? '', required: !OPTIONAL_NUMBERS.has(name) })))),
    h('div.row', {},
      field(t('settings-language'), h('input', { name: 'language', value: s.language, required: true, maxlength: 16 })),
      field(t('settings-timezone'), h('input', { name: 'timezone', value: s.timezone, required: true, maxlength: 64 }))),
    h('fieldset', {}, h('legend', {}, t('settings-contact')),
      h('p.muted', {}, t('settings-contact-hint')),
      h('div.row', {},
        CONTACT_FIELDS.map(([name, label, attrs]) => field(t(label), h('input', { name, ...attrs, value: s[name] || '' }))),
        field(t('settings-brand-colour', { example: '#1f5fbf' }),
          h('input', { name: 'brand_colour', value: s.brand_colour || '', pattern: '#[0-9a-fA-F]{6}', maxlength: 7, size: 8 }))),
      logoField(org)),
    h('p', {}, h('button.primary', { type: 'submit' }, t('settings-save'))));
  onSubmit(form, async (data) => {
    const name = data.get('clinic_name').trim();
    if (name !== org.name) await api('PUT', '/organisation/name', { name });
    const next = { ...s };
    for (const [name] of SETTING_FLAGS) next[name] = data.get(name) === 'on';
    for (const [name] of SETTING_NUMBERS) {
      const raw = String(data.get(name)).trim();
      next[name] = raw === '' ? null : Number(raw);
    }
    next.language = data.get('language').trim();
    next.timezone = data.get('timezone').trim();
    // Empty is null; sent when filled in or when the settings have the field.
    for (const name of [...CONTACT_FIELDS.map(([n]) => n), 'brand_colour']) {
      const value = data.get(name).trim() || null;
      if (value !== null || name in s) next[name] = value;
    }
    await api('PUT', '/organisation/settings', next);
    state.me = null;
    await render();
    notice(t('settings-saved'));
  });

  const [texts, templates, announcements, keys] = await Promise.all([
    api('GET', '/waiting-texts'), api('GET', '/email-templates'), api('GET', '/announcements'), api('GET', '/api-keys'),
  ]);
  // The organisation's text per language (none: every other language).
  const textLanguage = languageSelect('language', null, 'settings-template-every-language');
  const textBody = h('textarea', { name: 'body', rows: 3, maxlength: 4000, dir: 'auto' });
  const textPreview = preview([[textBody]]);
  const fillText = () => {
    const own = texts.find((text) => !text.department && (text.language || '') === textLanguage.value);
    textBody.value = own ? own.body : '';
    textPreview.update();
  };
  textLanguage.addEventListener('change', fillText);
  fillText();
  const textForm = h('form.card', { l10n: 'settings-text-form' },
    h('h3', {}, t('settings-text-heading')),
    h('p.muted', {}, t('settings-text-hint')),
    h('p.muted', {}, t('settings-template-placeholders', { list: WAITING_PLACEHOLDERS.map((p) => `*|${p}|*`).join(' ') })),
    field(t('settings-template-language'), textLanguage),
    field(t('settings-text-org'), textBody),
    h('h4', {}, t('settings-preview')), textPreview.box,
    h('p', {}, h('button.primary', { type: 'submit' }, t('settings-text-save'))));
  onSubmit(textForm, async (data) => {
    await api('PUT', '/waiting-texts', { body: data.get('body'), language: data.get('language') || null });
    await render();
    notice(t('settings-text-saved'));
  });

  const announcementForm = h('form.card', { l10n: 'settings-announcements-form' },
    h('h3', {}, t('settings-announcements-heading')),
    announcements.length
      ? h('ul', {}, announcements.map((a) => h('li', {}, a.body, ' ', h('span.muted', {}, t('settings-announcement-until', { time: formatTime(a.expires_at, true) })), ' ',
        h('button.danger', {
          type: 'button',
          onclick: async () => {
            await api('DELETE', `/announcements/${a.id}`);
            await render();
            notice(t('settings-announcement-removed'));
          },
        }, t('settings-announcement-remove')))))
      : h('p.muted', {}, t('settings-announcements-none')),
    h('div.row', {},
      field(t('settings-announcement-new'), h('input', { name: 'body', required: true, maxlength: 1000 })),
      field(t('settings-announcement-shown-until'), h('input', { name: 'expires', type: 'date', required: true, value: clinicDate(state.tz, 7) })),
      h('p', {}, h('button.primary', { type: 'submit' }, t('settings-announcement-publish')))));
  onSubmit(announcementForm, async (data) => {
    await api('POST', '/announcements', { body: data.get('body').trim(), expires_at: clinicToUtc(data.get('expires'), '23:59', state.tz).toISOString() });
    await render();
    notice(t('settings-announcement-published'));
  });

  const newKey = h('div', { 'data-new-key': true });
  const keyForm = h('form.card', { l10n: 'settings-keys-form' },
    h('h3', {}, t('settings-keys-heading')),
    keys.length
      ? h('ul', {}, keys.map((k) => h('li', {}, `${k.name} (${k.prefix}…)`, ' ', k.revoked ? h('span.muted', {}, t('settings-key-revoked')) : h('button.danger', {
        type: 'button',
        onclick: async () => {
          if (!confirm(t('settings-key-revoke-confirm', { name: k.name }))) return;
          await api('DELETE', `/api-keys/${k.id}`);
          await render();
          notice(t('settings-key-revoked-notice'));
        },
      }, t('settings-key-revoke')))))
      : h('p.muted', {}, t('settings-keys-none')),
    newKey,
    h('div.row', {}, field(t('settings-key-name'), h('input', { name: 'name', required: true, maxlength: 200 })),
      h('p', {}, h('button.primary', { type: 'submit' }, t('settings-key-create')))));
  onSubmit(keyForm, async (data) => {
    const created = await api('POST', '/api-keys', { name: data.get('name').trim() });
    await render();
    notice(t('settings-key-created'));
    document.querySelector('#view [data-new-key]')?.replaceChildren(copyBox(t('settings-key-new'), created.key));
  });

  return [h('h2', {}, t('settings-heading')), form, textForm, templateForm(templates), announcementForm, keyForm];
}

/**
 * The clinic's logo on its patients' pages: the current one, a file to
 * replace it (sent at once, checked by the server) and a button to remove it.
 */
function logoField(org) {
  const current = org.logo ? h('img.logo-preview', { src: org.logo, alt: t('settings-logo-current') }) : null;
  const input = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/webp' });
  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      await api('PUT', '/organisation/logo', { content_type: file.type, data: btoa(binary) });
      await render();
      notice(t('settings-logo-saved'));
    } catch (e) {
      notice(e.status === 413 || e.code === 'invalid_field' || e.code === 'body_too_large' ? t('settings-logo-invalid') : describe(e), true);
    }
  });
  const remove = org.logo ? h('button.danger', {
    type: 'button',
    onclick: async () => {
      await api('DELETE', '/organisation/logo');
      await render();
      notice(t('settings-logo-removed'));
    },
  }, t('settings-logo-remove')) : null;
  return h('div.logo', {}, current, field(t('settings-logo'), input), remove);
}

/**
 * The organisation's email templates: the list (which mail, for whom, in
 * which language) and an editor; choosing a mail, department and language
 * shows the template that applies to them now (the built-in one if none).
 */
function templateForm(list) {
  const kindName = (kind) => (MAIL_KINDS.includes(kind) ? t('settings-template-kind', { kind }) : kind);
  const departmentName = (id) => (id ? state.departments.get(id)?.name || '—' : t('settings-template-whole-organisation'));
  const languageName = (code) => (code ? LANGUAGES[code] || code : t('settings-template-every-language'));
  const kind = h('select', { name: 'kind' }, options(MAIL_KINDS.map((k) => [k, kindName(k)]), 'invitation'));
  const department = h('select', { name: 'department' },
    options([...state.departments.values()].map((d) => [d.id, d.name]), '', t('settings-template-whole-organisation')));
  const language = languageSelect('language', null, 'settings-template-every-language');
  const subject = h('input', { name: 'subject', maxlength: 300, dir: 'auto' });
  const body = h('textarea', { name: 'body', rows: 8, maxlength: 20000, dir: 'auto' });
  const matching = () => list.templates.find((tpl) => tpl.kind === kind.value
    && (tpl.department || '') === department.value && (tpl.language || '') === language.value);
  // The built-in text in the language chosen (for every language: the clinic's, else English).
  const builtIn = () => {
    const wanted = [language.value, (state.org?.settings.language || '').toLowerCase().split('-')[0], 'en', null];
    const ofKind = list.defaults.filter((tpl) => tpl.kind === kind.value);
    return wanted.map((code) => ofKind.find((tpl) => (tpl.language || null) === (code || null))).find(Boolean) || ofKind[0];
  };
  const placeholders = h('p.muted', {});
  const templatePreview = preview([[subject, 'settings-preview-subject'], [body]]);
  const fill = () => {
    const own = matching() || builtIn();
    subject.value = own ? own.subject : '';
    body.value = own ? own.body : '';
    placeholders.textContent = t('settings-template-placeholders', {
      list: (PLACEHOLDERS[kind.value] || APPOINTMENT_PLACEHOLDERS).map((p) => `*|${p}|*`).join(' '),
    });
    templatePreview.update();
  };
  for (const select of [kind, department, language]) select.addEventListener('change', fill);
  fill();
  const edit = (tpl) => {
    kind.value = tpl.kind;
    department.value = tpl.department || '';
    language.value = tpl.language || '';
    fill();
    subject.focus();
  };
  const form = h('form.card', { l10n: 'settings-templates-form' },
    h('h3', {}, t('settings-templates-heading')),
    list.templates.length
      ? h('ul', {}, list.templates.map((tpl) => h('li', { 'data-language': tpl.language || '' },
        t('settings-template-item', { kind: kindName(tpl.kind), department: departmentName(tpl.department), language: languageName(tpl.language), subject: tpl.subject }),
        ' ', h('button', { type: 'button', onclick: () => edit(tpl) }, t('settings-template-edit')))))
      : h('p.muted', {}, t('settings-templates-none')),
    h('p.muted', {}, t('settings-templates-hint')),
    h('div.row', {},
      field(t('settings-template-mail'), kind),
      field(t('settings-template-department'), department),
      field(t('settings-template-language'), language)),
    placeholders,
    field(t('settings-template-subject'), subject),
    field(t('settings-template-body'), body),
    h('h4', {}, t('settings-preview')), templatePreview.box,
    h('p', {}, h('button.primary', { type: 'submit' }, t('settings-template-save'))));
  onSubmit(form, async (data) => {
    const template = {
      kind: data.get('kind'),
      department: data.get('department') || null,
      language: data.get('language') || null,
      subject: data.get('subject'),
      body: data.get('body'),
    };
    await api('PUT', '/email-templates', template);
    await render();
    notice(template.subject.trim() || template.body.trim() ? t('settings-template-saved') : t('settings-template-removed'));
  });
  return form;
}

// The signed-in person: two-factor enrolment and logout.
export function viewAccount() {
  const me = state.me.staff;
  const out = [h('h2', {}, t('account-heading')), h('p', {}, `${me.name} · ${me.email}`)];
  if (state.me.must_enrol_totp) {
    out.push(h('p.error', { role: 'alert' }, t('account-must-enrol')));
  }
  const box = h('section', { l10n: 'account-two-factor-section' }, h('h3', {}, t('account-two-factor')));
  if (me.totp_enabled) {
    box.append(h('p', {}, t('account-two-factor-on')));
  } else {
    const start = h('button.primary', {
      type: 'button',
      onclick: async () => {
        start.disabled = true;
        try {
          const enrolment = await api('POST', '/me/totp', {});
          const qr = h('div.qr', { role: 'img', l10n: 'account-qr' });
          qr.innerHTML = enrolment.qr_svg; // rendered by our server from the otpauth URI, no client data
          const confirmForm = h('form', { l10n: 'account-confirm-form' },
            field(t('account-code'), h('input', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6, required: true })),
            h('p', {}, h('button.primary', { type: 'submit' }, t('account-turn-on'))));
          onSubmit(confirmForm, async (data) => {
            await api('POST', '/me/totp/confirm', { code: data.get('code').trim() });
            state.me = null;
            await loadSession();
            await render();
            notice(t('account-two-factor-done'));
          });
          box.replaceChildren(h('h3', {}, t('account-two-factor')),
            h('p', {}, t('account-scan')),
            qr, copyBox(t('account-key'), enrolment.secret), confirmForm);
        } catch (e) {
          notice(describe(e), true);
          start.disabled = false;
        }
      },
    }, t('account-set-up'));
    box.append(h('p', {}, t('account-two-factor-off')), start);
  }
  out.push(box);
  out.push(h('p', {}, h('button', {
    type: 'button',
    onclick: async () => {
      try {
        await api('POST', '/auth/logout', {});
      } finally {
        localStorage.removeItem(CSRF_KEY);
        state.me = null;
        const list = state.waiting;
        state.waiting = null;
        list?.close();
        // The live events were the signed-out person's.
        stopInbox();
        state.asked.clear();
        go('/staff/login', { replace: true });
        notice(t('account-logged-out'));
      }
    },
  }, t('account-log-out'))));
  return out;
}
