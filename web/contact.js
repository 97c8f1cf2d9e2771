// Whom to call: the clinic's telephone number and email address (the link
// view's `contact`, which the clinic sets in its settings), shown on the
// patient pages wherever a patient may get stuck, and the clinic's colour.
// The catalogue is contact.ftl; pages that use this load it.
import { setText } from '/i18n.js';

/**
 * Fills `box` with the clinic's contact details from link view `view`, or
 * hides it when the clinic gave none. Numbers and addresses are links a
 * phone can call or write to. `level`: its heading's, under the section's.
 */
export function showContact(box, view, level = 2) {
  const contact = view && view.contact;
  if (!contact || (!contact.phone && !contact.email)) {
    box.hidden = true;
    return;
  }
  const heading = document.createElement(`h${level}`);
  setText(heading, 'contact-heading', { clinic: view.organisation });
  const list = document.createElement('dl');
  const item = (label, href, text) => {
    const dt = document.createElement('dt');
    setText(dt, label);
    const dd = document.createElement('dd');
    const a = Object.assign(document.createElement('a'), { href, textContent: text });
    a.dir = 'ltr';
    dd.append(a);
    list.append(dt, dd);
  };
  if (contact.phone) item('contact-phone', `tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone);
  if (contact.email) item('contact-email', `mailto:${contact.email}`, contact.email);
  box.replaceChildren(heading, list);
  box.hidden = false;
}

/**
 * The clinic's colour on its patients' buttons (checked by the server:
 * 4.5:1 against white) and its logo at the start of the header (beside the
 * clinic's name, so it says nothing a screen reader needs).
 */
export function applyBrand(view) {
  const contact = (view && view.contact) || {};
  if (contact.colour && /^#[0-9a-f]{6}$/i.test(contact.colour)) document.documentElement.style.setProperty('--primary', contact.colour);
  if (contact.logo && contact.logo.startsWith('/api/v1/logos/') && !document.getElementById('logo')) {
    const logo = Object.assign(document.createElement('img'), { id: 'logo', src: contact.logo, alt: '' });
    document.querySelector('header').prepend(logo);
  }
}
