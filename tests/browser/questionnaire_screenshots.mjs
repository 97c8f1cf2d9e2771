// Screenshots of questionnaires for docs/screenshots: the staff editor
// with its live preview (1366x768), the patient's form on the arrival page
// on a 390x844 phone in Dutch, and the answers exported as PDF in Dutch
// and Arabic (first page, drawn by poppler's pdftoppm). Not a test; run it
// when these pages change and check the pictures in:
//   cargo build --bin anteroom
//   ANTEROOM_BIN=$PWD/target/debug/anteroom unshare --net -- sh -c \
//     'ip link set lo up && node tests/browser/questionnaire_screenshots.mjs'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer, launchBrowser, createOrganisation, staffLogin, staffApi, PHONE_UA } from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const DUTCH = {
  title: 'Vragenlijst knieklachten',
  fields: [
    { id: 'intro', type: 'paragraph', label: 'Beantwoord deze vragen vóór het consult.\nUw antwoorden worden versleuteld bewaard en alleen door uw behandelaar gelezen.' },
    { id: 'map', type: 'image', label: 'Een tekening van een knie, van voren', image: null },
    { id: 'where', type: 'single_choice', label: 'Waar zit de pijn?', options: ['Voorkant', 'Binnenkant', 'Buitenkant', 'Achterkant'], required: true },
    { id: 'since', type: 'date', label: 'Sinds wanneer?' },
    { id: 'painkillers', type: 'single_choice', label: 'Gebruikt u pijnstillers?', options: ['Ja', 'Nee'], required: true },
    { id: 'which', type: 'short_text', label: 'Welke, en hoeveel per dag?', required: true, show_if: { field: 'painkillers', equals: 'Ja' } },
    { id: 'sport', type: 'multiple_choice', label: 'Welke sporten doet u?', options: ['Hardlopen', 'Voetbal', 'Fietsen', 'Geen'] },
    { id: 'agree', type: 'consent', label: 'Ik ga akkoord met het videoconsult.', required: true },
  ],
};
const ARABIC = {
  title: 'استبيان آلام الركبة',
  fields: [
    { id: 'intro', type: 'paragraph', label: 'يرجى الإجابة على هذه الأسئلة قبل الاستشارة.' },
    { id: 'where', type: 'single_choice', label: 'أين تشعر بالألم؟', options: ['في الأمام', 'في الخلف'], required: true },
    { id: 'since', type: 'date', label: 'منذ متى؟' },
    { id: 'painkillers', type: 'single_choice', label: 'هل تتناول مسكنات الألم؟', options: ['نعم', 'لا'], required: true },
    { id: 'which', type: 'short_text', label: 'ما هي، وكم مرة في اليوم؟', show_if: { field: 'painkillers', equals: 'نعم' } },
    { id: 'home', type: 'country', label: 'بلد الإقامة' },
    { id: 'agree', type: 'consent', label: 'أوافق على الاستشارة بالفيديو.', required: true },
  ],
};

const server = await startServer();
const browser = await launchBrowser();
try {
  await createOrganisation(server, 'Huisartsenpraktijk De Linde', 'dokter@delinde.example');
  const staff = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await staffLogin(staff, server, 'dokter@delinde.example');
  const api = staffApi(staff);
  await api('PUT', '/organisation/settings', { language: 'nl', timezone: 'Europe/Amsterdam', contact_phone: '+31 20 123 4567' });
  const me = (await api('GET', '/me')).body.staff;
  // A drawing of a knee, made in the page.
  const png = await staff.evaluate(() => {
    const c = Object.assign(document.createElement('canvas'), { width: 240, height: 160 });
    const g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, 240, 160);
    g.strokeStyle = '#345'; g.lineWidth = 6;
    g.beginPath(); g.moveTo(90, 0); g.quadraticCurveTo(70, 80, 95, 160); g.moveTo(150, 0); g.quadraticCurveTo(175, 80, 145, 160); g.stroke();
    g.fillStyle = '#e8a'; g.beginPath(); g.ellipse(120, 80, 26, 22, 0, 0, 7); g.fill();
    return c.toDataURL('image/png').split(',')[1];
  });
  const image = (await api('POST', '/questionnaire-images', { content_type: 'image/png', data: png })).body;
  DUTCH.fields[1].image = image.id;
  const dutch = (await api('POST', '/questionnaires', { definition: DUTCH })).body;
  const arabic = (await api('POST', '/questionnaires', { definition: ARABIC })).body;

  // The editor with its live preview.
  await staff.goto(`${server.base}/staff/questionnaires/${dutch.id}`);
  await staff.locator('#qe-preview').getByText('Waar zit de pijn?').waitFor();
  await staff.waitForTimeout(500);
  await staff.screenshot({ path: join(out, 'questionnaire-editor-1366x768.png') });

  const answers = {
    nl: { where: 'Voorkant', since: '2026-11-02', painkillers: 'Ja', which: 'Paracetamol 500 mg, drie keer per dag', sport: ['Hardlopen', 'Fietsen'], agree: true },
    ar: { where: 'في الأمام', since: '2026-11-02', painkillers: 'نعم', which: 'باراسيتامول 500 ملغ، ثلاث مرات يوميا', home: 'NL', agree: true },
  };
  for (const [language, questionnaire, name] of [['nl', dutch, 'Jansen'], ['ar', arabic, 'Haddad']]) {
    const client = (await api('POST', '/clients', { initials: 'M.', last_name: name, date_of_birth: '1980-04-01', language, practitioners: [me.id] })).body;
    const created = (await api('POST', '/appointments', {
      client: client.id, practitioner: me.id, starts_at: new Date(Date.now() + 20 * 60000).toISOString(), duration_minutes: 20, questionnaire: questionnaire.id,
    })).body;
    const link = new URL(created.invitation.patient_link);
    const token = link.pathname.split('/').pop();
    if (language === 'nl') {
      // The patient's form on a phone, half filled in.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, userAgent: PHONE_UA });
      const patient = await phone.newPage();
      await patient.goto(server.base + link.pathname);
      await patient.getByRole('heading', { name: DUTCH.title }).waitFor();
      await patient.getByLabel('Voorkant').check();
      await patient.getByLabel('Ja', { exact: true }).check();
      await patient.getByLabel('Welke, en hoeveel per dag?').fill(answers.nl.which);
      await patient.locator('#questionnaire').scrollIntoViewIfNeeded();
      await patient.locator('#questionnaire h2').evaluate((el) => el.scrollIntoView());
      await patient.waitForTimeout(1500);
      await patient.screenshot({ path: join(out, 'questionnaire-phone-nl-390x844.png') });
      await phone.close();
    }
    const sent = await fetch(`${server.base}/api/v1/links/${token}/questionnaire/submit`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: answers[language] }),
    });
    if (!sent.ok) throw new Error(`submit ${language}: ${sent.status} ${await sent.text()}`);
    const pdf = await staff.evaluate(async (id) => {
      const r = await fetch(`/api/v1/appointments/${id}/questionnaire/export?format=pdf`);
      return Array.from(new Uint8Array(await r.arrayBuffer()));
    }, created.appointment.id);
    const dir = mkdtempSync(join(tmpdir(), 'anteroom-pdf-'));
    writeFileSync(join(dir, 'answers.pdf'), Buffer.from(pdf));
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', join(dir, 'answers.pdf'), join(out, `questionnaire-pdf-${language}`)]);
  }
} finally {
  await browser.close();
  await stopServer(server);
}
