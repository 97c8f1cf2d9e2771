// A patient's answers to a clinic questionnaire, as staff read them (the
// waiting list in the staff pages, the consultation room): each question
// and its answer, headings kept, paragraphs and images left out. `words` names the
// messages for "not answered", "yes" and "no" in the page's catalogue.
import { language, t } from '/i18n.js';

/** A <dl> of `answered.definition`'s questions and `answered.answers`. */
export function answersList(answered, words) {
  const list = document.createElement('dl');
  list.className = 'answers-list';
  let countries = null;
  try {
    countries = new Intl.DisplayNames([language()], { type: 'region' });
  } catch (_) {
    // Codes, then.
  }
  const shown = (field, value) => {
    const none = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
    if (none) {
      const span = document.createElement('span');
      span.className = 'muted';
      span.textContent = t(words.none);
      return span;
    }
    if (typeof value === 'boolean') return t(value ? words.yes : words.no);
    if (Array.isArray(value)) return value.join(', ');
    if (field.type === 'country') return (countries && countries.of(value)) || value;
    if (field.type === 'date') {
      const time = document.createElement('time');
      time.dateTime = value;
      time.textContent = new Intl.DateTimeFormat(language(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
      return time;
    }
    return value;
  };
  for (const field of answered.definition.fields) {
    if (field.type === 'paragraph' || field.type === 'image') continue;
    const dt = document.createElement('dt');
    dt.dir = 'auto';
    dt.textContent = field.label;
    const dd = document.createElement('dd');
    dd.dir = 'auto';
    if (field.type === 'heading') dt.className = 'heading';
    else dd.append(shown(field, answered.answers[field.id]));
    list.append(dt, dd);
  }
  return list;
}
