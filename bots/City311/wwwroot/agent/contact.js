// The contact panel ("contact 360"): who the resident is, how to reach them and what they agreed to, every
// conversation and case, notes and next actions, and the audit trail. Edits go through the contact API, which
// audits them. Everything residents or staff typed is placed with textContent, never parsed as HTML.
import { call } from '/staff/http.js';
import { channelName, el, timeElement } from './render.js';

const $ = (id) => document.getElementById(id);
const contactUrl = (id) => `/api/agent/contacts/${encodeURIComponent(id)}`;
const languages = { en: 'English', es: 'Spanish', zh: 'Chinese', vi: 'Vietnamese', ar: 'Arabic', fr: 'French', pl: 'Polish', ru: 'Russian' };
let shown = null;

function section(title, ...children) {
  const box = el('section', 'contact__section');
  box.append(el('h3', 'contact__heading', title), ...children);
  return box;
}

function list(items, render, empty) {
  if (!items || items.length === 0) return el('p', 'muted contact__empty', empty);
  const ul = el('ul', 'contact__list');
  ul.append(...items.map((item) => { const li = el('li', 'contact__item'); li.append(...[].concat(render(item))); return li; }));
  return ul;
}

function languageEditor(profile, report) {
  const form = el('form', 'contact__inline');
  form.id = 'contact-language-form';
  const label = el('label', 'visually-hidden', 'Language');
  label.htmlFor = 'contact-language';
  const select = el('select');
  select.id = 'contact-language';
  select.append(el('option', null, 'Not known'));
  select.options[0].value = '';
  for (const [code, name] of Object.entries(languages)) {
    const option = el('option', null, name);
    option.value = code;
    select.append(option);
  }
  if (profile.language && !languages[profile.language]) select.append(Object.assign(el('option', null, profile.language), { value: profile.language }));
  select.value = profile.language || '';
  const save = el('button', 'button button--small', 'Save');
  save.type = 'submit';
  form.append(label, select, save);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => call('PATCH', `${contactUrl(profile.contactId)}/profile`, { version: profile.version, language: select.value }), report);
  });
  return form;
}

function nextActionForm(profile, report) {
  const form = el('form', 'contact__form');
  form.id = 'contact-action-form';
  const text = Object.assign(el('input'), { id: 'contact-action-text', placeholder: 'Next action (call back, send form…)', maxLength: 500, required: true });
  const due = Object.assign(el('input'), { id: 'contact-action-due', type: 'datetime-local', required: true });
  const add = Object.assign(el('button', 'button button--small', 'Add next action'), { type: 'submit' });
  const labelText = Object.assign(el('label', 'visually-hidden', 'Next action'), { htmlFor: text.id });
  const labelDue = Object.assign(el('label', 'visually-hidden', 'Due'), { htmlFor: due.id });
  form.append(labelText, text, labelDue, due, add);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const dueAt = due.value ? new Date(due.value).toISOString() : null;
    change(() => call('POST', `${contactUrl(profile.contactId)}/next-actions`, { text: text.value, dueAt }), report);
  });
  return form;
}

function noteForm(profile, report) {
  const form = el('form', 'contact__form');
  const text = Object.assign(el('textarea'), { id: 'contact-note-text', rows: 2, maxLength: 4000, placeholder: 'Add a note (staff only)' });
  const add = Object.assign(el('button', 'button button--small', 'Add note'), { type: 'submit' });
  form.append(Object.assign(el('label', 'visually-hidden', 'Note'), { htmlFor: text.id }), text, add);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => call('POST', `${contactUrl(profile.contactId)}/notes`, { text: text.value }), report);
  });
  return form;
}

function actionItem(profile, action, report) {
  const parts = [el('span', 'contact__action-text', action.text), el('span', 'muted', ' · due '), timeElement(action.dueAt, 'muted')];
  if (action.overdue) parts.push(el('span', 'badge badge--overdue', 'Overdue'));
  if (action.doneAt) parts.push(el('span', 'badge', 'Done'));
  else {
    const done = Object.assign(el('button', 'button button--small button--quiet', 'Done'), { type: 'button' });
    done.addEventListener('click', () => change(() => call('POST', `${contactUrl(profile.contactId)}/next-actions/${encodeURIComponent(action.id)}/done`), report));
    parts.push(done);
  }
  return parts;
}

function consentText(c) {
  const what = [c.channel === '*' ? 'All channels' : channelName(c.channel), c.topic === '*' ? null : c.topic].filter(Boolean).join(' · ');
  return `${c.optedIn ? 'Opted in' : 'Opted out'}: ${what} (${c.source}) "${c.wording}"`;
}

async function showAudit(contactId, box) {
  const entries = await call('GET', `${contactUrl(contactId)}/audit`);
  box.replaceChildren(list(entries.filter((e) => e.action !== 'read').slice(0, 50), (e) => {
    const line = el('span', 'contact__audit');
    line.dataset.field = e.field || '';
    line.textContent = `${e.actor} ${e.action} ${e.field || ''}: ${e.oldValue ?? '—'} → ${e.newValue ?? '—'}`;
    return [timeElement(e.at, 'muted'), el('span', null, ' '), line];
  }, 'No changes yet.'));
}

function render(profile, report) {
  shown = profile;
  const panel = $('contact-panel');
  const name = profile.displayName || [profile.givenName, profile.familyName].filter(Boolean).join(' ') || 'Resident';
  const header = el('header', 'contact__header');
  header.append(el('h2', 'contact__name', name));
  header.firstChild.id = 'contact-title';
  const status = el('p', 'muted contact__status');
  Object.assign(status, { id: 'contact-status', role: 'status' });
  header.append(status);
  if (profile.organization) header.append(el('p', 'muted', [profile.organization.name, profile.organization.role].filter(Boolean).join(' · ')));
  const flags = profile.duplicates.filter((d) => d.flagged);
  if (flags.length) header.append(el('p', 'contact__flag', `Possible duplicate: ${flags.map((d) => d.reasons.join(', ')).join('; ')}`));
  const address = profile.address ? [profile.address.street, profile.address.unit, profile.address.city, `${profile.address.state} ${profile.address.zip}`].filter(Boolean).join(', ') : null;
  const auditBox = el('div', 'contact__audit-box');
  auditBox.id = 'contact-audit';
  const auditButton = Object.assign(el('button', 'button button--small button--quiet', 'Show changes'), { type: 'button', id: 'contact-audit-show' });
  auditButton.addEventListener('click', () => showAudit(profile.contactId, auditBox).catch(report));
  panel.replaceChildren(
    header,
    section('Language', languageEditor(profile, report)),
    section('Phones', list(profile.phones, (p) => el('span', null, p.label ? `${p.number} (${p.label})` : p.number), 'None recorded.')),
    section('Emails', list(profile.emails, (e) => el('span', null, e), 'None recorded.')),
    section('Address', el('p', address ? null : 'muted', address || 'None recorded.')),
    section('Household', list(profile.household, (m) => el('span', null, `${m.name} (${m.role})`), 'No members recorded.')),
    section('Updates and consent', el('p', null, `Preferred channel: ${profile.preferredChannel ? channelName(profile.preferredChannel) : 'not set'}`),
      list(profile.consents.filter((c) => c.inForce), (c) => el('span', null, consentText(c)), 'No consents recorded.')),
    section('Conversations', list(profile.conversations, (c) => [el('span', 'contact__channel', channelName(c.channel)), el('span', 'muted', ` ${c.status} · `), el('span', null, c.lastMessage || '')], 'None.')),
    section('Cases', list(profile.cases, (c) => el('span', null, `${c.reference} · ${c.service} · ${c.status}`), 'None.')),
    section('Next actions', list(profile.nextActions, (a) => actionItem(profile, a, report), 'None.'), nextActionForm(profile, report)),
    section('Notes', list(profile.notes, (n) => [el('span', null, n.text), el('span', 'muted', ` — ${n.author} `), timeElement(n.at, 'muted')], 'No notes.'), noteForm(profile, report)),
    section('Audit', auditButton, auditBox),
  );
  panel.hidden = false;
}

async function change(request, report) {
  try {
    const profile = await request();
    if (shown && shown.contactId === profile.contactId) {
      render(profile, report);
      $('contact-status').textContent = 'Saved.';
    }
  } catch (error) {
    report(error);
  }
}

/** Loads the contact of conversation `id` into the panel, unless another conversation was opened meanwhile. */
export async function showContact(id, currentId, report) {
  const contact = await call('GET', `/api/agent/conversations/${encodeURIComponent(id)}/contact`);
  if (currentId() !== id) return;
  const profile = await call('GET', `${contactUrl(contact.contactId)}/profile`);
  if (currentId() !== id) return;
  shown = profile;
  render(profile, report);
}
