// The staff pages: organisation settings, waiting texts, announcements,
// API keys, and the signed-in person's account.

import { CSRF_KEY, all, api, clinicDate, clinicToUtc, copyBox, describe, field, formatTime, h, notice, onSubmit, state } from './common.js';
import { go, loadSession, render } from './app.js';

// Organisation settings, waiting texts, announcements, API keys.
export const SETTING_FLAGS = [
  ['strict_department_segregation', 'Strictly segregated departments (staff see only their departments\' clients)'],
  ['strict_client_segregation', 'Strictly segregated clients (practitioners see only their own clients)'],
  ['chat_in_waiting_area', 'Chat in the waiting area'],
  ['chat_after_consultation', 'Chat stays available after the consultation'],
  ['delete_chat_after_consultation', 'Delete the chat after the consultation'],
  ['file_sharing', 'File sharing in calls'],
  ['screen_sharing', 'Screen sharing in calls'],
  ['resolution_change', 'Participants may change their video resolution'],
  ['force_start', 'Practitioners may force-start a consultation'],
  ['doorbell_sound', 'Doorbell sound when a patient arrives'],
  ['require_two_factor', 'Require two-factor authentication for all staff'],
  ['no_emails', 'Send no emails (staff hand out links themselves)'],
  ['keep_transcript', 'Keep the captions of consultations with the appointment (only while captions are on; everyone in the call is told)'],
];
export const SETTING_NUMBERS = [
  ['link_opens_minutes_before', 'Link opens (minutes before the appointment)', 0, 1440],
  ['link_closes_minutes_after', 'Link closes (minutes after the appointment ends)', 0, 1440],
  ['max_participants_per_call', 'Maximum participants per call', 2, 50],
  ['anonymise_after_days', 'Anonymise appointments after (days; empty: never)', 1, 3650],
];

export async function viewSettings() {
  const org = await api('GET', '/organisation');
  const s = org.settings;
  const form = h('form.card', { 'aria-label': 'Organisation settings' },
    h('h3', {}, org.name),
    h('fieldset', {}, h('legend', {}, 'Privacy and calls'), SETTING_FLAGS.map(([name, label]) =>
      h('div', {}, h('label.inline', {}, h('input', { type: 'checkbox', name, checked: s[name] }), label)))),
    h('div.row', {}, SETTING_NUMBERS.map(([name, label, min, max]) =>
      field(label, h('input', { name, type: 'number', min, max, value: s[name] ?? '', required: name !== 'anonymise_after_days' })))),
    h('div.row', {},
      field('Language (e.g. en, nl, de)', h('input', { name: 'language', value: s.language, required: true, maxlength: 16 })),
      field('Timezone (IANA, e.g. Europe/Amsterdam)', h('input', { name: 'timezone', value: s.timezone, required: true, maxlength: 64 }))),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Save settings')));
  onSubmit(form, async (data) => {
    const next = { ...s };
    for (const [name] of SETTING_FLAGS) next[name] = data.get(name) === 'on';
    for (const [name] of SETTING_NUMBERS) {
      const raw = String(data.get(name)).trim();
      next[name] = raw === '' ? null : Number(raw);
    }
    next.language = data.get('language').trim();
    next.timezone = data.get('timezone').trim();
    await api('PUT', '/organisation/settings', next);
    state.me = null;
    await render();
    notice('Settings saved.');
  });

  const [texts, announcements, keys] = await Promise.all([api('GET', '/waiting-texts'), api('GET', '/announcements'), api('GET', '/api-keys')]);
  const orgText = texts.find((t) => !t.department);
  const textForm = h('form.card', { 'aria-label': 'Waiting-area text' },
    h('h3', {}, 'Waiting-area text'),
    h('p.muted', {}, 'Shown to patients while they wait. Placeholders: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.'),
    field('Text for the whole organisation', h('textarea', { name: 'body', rows: 3, maxlength: 4000, value: orgText ? orgText.body : '' })),
    h('p', {}, h('button.primary', { type: 'submit' }, 'Save text')));
  onSubmit(textForm, async (data) => {
    await api('PUT', '/waiting-texts', { body: data.get('body') });
    notice('Waiting-area text saved.');
  });

  const announcementForm = h('form.card', { 'aria-label': 'Service announcements' },
    h('h3', {}, 'Service announcements'),
    announcements.length
      ? h('ul', {}, announcements.map((a) => h('li', {}, a.body, h('span.muted', {}, ` (until ${formatTime(a.expires_at, true)}) `),
        h('button.danger', {
          type: 'button',
          onclick: async () => {
            await api('DELETE', `/announcements/${a.id}`);
            await render();
            notice('Announcement removed.');
          },
        }, 'Remove'))))
      : h('p.muted', {}, 'None at the moment.'),
    h('div.row', {},
      field('New announcement', h('input', { name: 'body', required: true, maxlength: 1000 })),
      field('Shown until', h('input', { name: 'expires', type: 'date', required: true, value: clinicDate(state.tz, 7) })),
      h('p', {}, h('button.primary', { type: 'submit' }, 'Publish'))));
  onSubmit(announcementForm, async (data) => {
    await api('POST', '/announcements', { body: data.get('body').trim(), expires_at: clinicToUtc(data.get('expires'), '23:59', state.tz).toISOString() });
    await render();
    notice('Announcement published.');
  });

  const newKey = h('div', { 'data-new-key': true });
  const keyForm = h('form.card', { 'aria-label': 'API keys' },
    h('h3', {}, 'API keys for integrators'),
    keys.length
      ? h('ul', {}, keys.map((k) => h('li', {}, `${k.name} (${k.prefix}…)`, k.revoked ? h('span.muted', {}, ' revoked') : h('button.danger', {
        type: 'button',
        onclick: async () => {
          if (!confirm(`Revoke the key "${k.name}"? Integrations using it stop working.`)) return;
          await api('DELETE', `/api-keys/${k.id}`);
          await render();
          notice('Key revoked.');
        },
      }, 'Revoke'))))
      : h('p.muted', {}, 'No keys yet.'),
    newKey,
    h('div.row', {}, field('Name of the new key', h('input', { name: 'name', required: true, maxlength: 200 })), h('p', {}, h('button.primary', { type: 'submit' }, 'Create key'))));
  onSubmit(keyForm, async (data) => {
    const created = await api('POST', '/api-keys', { name: data.get('name').trim() });
    await render();
    notice('Key created. Copy it now: it is not shown again.');
    document.querySelector('#view [data-new-key]')?.replaceChildren(copyBox('New key', created.key));
  });

  return [h('h2', {}, 'Settings'), form, textForm, announcementForm, keyForm];
}

// The signed-in person: two-factor enrolment and logout.
export function viewAccount() {
  const me = state.me.staff;
  const out = [h('h2', {}, 'Account'), h('p', {}, `${me.name} · ${me.email}`)];
  if (state.me.must_enrol_totp) {
    out.push(h('p.error', { role: 'alert' }, 'Your organisation requires two-factor authentication. Set it up to continue.'));
  }
  const box = h('section', { 'aria-label': 'Two-factor authentication' }, h('h3', {}, 'Two-factor authentication'));
  if (me.totp_enabled) {
    box.append(h('p', {}, 'On. An administrator can reset it if you lose your device.'));
  } else {
    const start = h('button.primary', {
      type: 'button',
      onclick: async () => {
        start.disabled = true;
        try {
          const enrolment = await api('POST', '/me/totp', {});
          const qr = h('div.qr', { role: 'img', 'aria-label': 'QR code for your authenticator app' });
          qr.innerHTML = enrolment.qr_svg; // rendered by our server from the otpauth URI, no client data
          const confirmForm = h('form', { 'aria-label': 'Confirm two-factor code' },
            field('Code from the app', h('input', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6, required: true })),
            h('p', {}, h('button.primary', { type: 'submit' }, 'Turn on')));
          onSubmit(confirmForm, async (data) => {
            await api('POST', '/me/totp/confirm', { code: data.get('code').trim() });
            state.me = null;
            await loadSession();
            await render();
            notice('Two-factor authentication is on.');
          });
          box.replaceChildren(h('h3', {}, 'Two-factor authentication'),
            h('p', {}, 'Scan this code with an authenticator app, or enter the key by hand, then type the code it shows.'),
            qr, copyBox('Key', enrolment.secret), confirmForm);
        } catch (e) {
          notice(describe(e), true);
          start.disabled = false;
        }
      },
    }, 'Set up two-factor authentication');
    box.append(h('p', {}, 'Off.'), start);
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
        go('/staff/login', { replace: true });
        notice('You are logged out.');
      }
    },
  }, 'Log out')));
  return out;
}
