// The article form: one field per article field, built once; values in and out as the editor API's shape.
// Editors' text only ever goes into input values and textContent; the preview is the server's rendered HTML.
import { api } from './api.js';

const SMS_LIMIT = 320;

const FIELDS = [
  { name: 'id', label: 'Id (lowercase-words-and-digits)' },
  { name: 'title', label: 'Title' },
  { name: 'summary', label: 'Summary', kind: 'textarea', rows: 2 },
  { name: 'body', label: 'Body (Markdown)', kind: 'textarea', rows: 14 },
  { name: 'questions', label: 'Phrasings (one question per line)', kind: 'lines', rows: 4 },
  { name: 'tags', label: 'Tags (comma-separated)', kind: 'list' },
  { name: 'department', label: 'Department' },
  { name: 'owner', label: 'Owner' },
  { name: 'audience', label: 'Audience' },
  { name: 'related', label: 'Related article ids (comma-separated)', kind: 'list' },
  { name: 'validFrom', label: 'Valid from', kind: 'date' },
  { name: 'validUntil', label: 'Valid until', kind: 'date' },
  { name: 'smsAnswer', label: 'SMS answer', kind: 'textarea', rows: 3 },
  { name: 'voiceAnswer', label: 'Voice answer', kind: 'textarea', rows: 3 },
  { name: 'language', label: 'Language', kind: 'select', options: [['en', 'English'], ['es', 'Spanish']] },
  { name: 'translationOf', label: 'Translation of (source article id)' },
  { name: 'sourceVersion', label: 'Source version translated', kind: 'number' },
];

const input = (name) => document.getElementById(`field-${name}`);

function control(field) {
  let element;
  if (field.kind === 'textarea' || field.kind === 'lines') {
    element = document.createElement('textarea');
    element.rows = field.rows;
  } else if (field.kind === 'select') {
    element = document.createElement('select');
    for (const [value, text] of field.options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      element.append(option);
    }
  } else {
    element = document.createElement('input');
    element.type = field.kind === 'date' || field.kind === 'number' ? field.kind : 'text';
    if (field.kind === 'number') element.min = '1';
  }
  element.id = `field-${field.name}`;
  element.name = field.name;
  return element;
}

function row(field) {
  const wrapper = document.createElement('div');
  wrapper.className = `field field--${field.name}`;
  const label = document.createElement('label');
  label.htmlFor = `field-${field.name}`;
  label.textContent = field.label;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `error-${field.name}`;
  wrapper.append(label, control(field), error);
  return wrapper;
}

let previewTimer = 0;
async function refreshPreview() {
  const target = document.getElementById('preview');
  try {
    const { html } = await api.preview(input('body').value);
    // Rendered by the server with raw HTML escaped and unsafe links removed: the one place HTML is inserted.
    target.innerHTML = html;
  } catch (error) {
    target.textContent = error.message;
  }
}

function updateSmsCount() {
  const length = input('smsAnswer').value.length;
  const counter = document.getElementById('sms-count');
  counter.textContent = `${length} / ${SMS_LIMIT}`;
  counter.classList.toggle('over', length > SMS_LIMIT);
}

/** Builds the form into #article-form and wires the live preview and the SMS counter. */
export function buildForm(onSubmit) {
  const form = document.getElementById('article-form');
  for (const field of FIELDS) form.append(row(field));

  const preview = document.createElement('div');
  preview.className = 'preview';
  const previewTitle = document.createElement('h3');
  previewTitle.textContent = 'Preview';
  const previewBody = document.createElement('div');
  previewBody.id = 'preview';
  previewBody.className = 'preview__body';
  preview.append(previewTitle, previewBody);
  form.querySelector('.field--body').after(preview);

  const counter = document.createElement('span');
  counter.id = 'sms-count';
  counter.className = 'counter';
  counter.setAttribute('aria-live', 'polite');
  form.querySelector('.field--smsAnswer label').append(' ', counter);

  const footer = document.createElement('div');
  footer.className = 'form-footer';
  footer.append(row({ name: 'comment', label: 'What changed (kept with the version)' }));
  const save = document.createElement('button');
  save.type = 'submit';
  save.className = 'button button--primary';
  save.id = 'save';
  save.textContent = 'Save';
  footer.append(save);
  form.append(footer);

  input('body').addEventListener('input', () => { clearTimeout(previewTimer); previewTimer = setTimeout(refreshPreview, 300); });
  input('smsAnswer').addEventListener('input', updateSmsCount);
  form.addEventListener('submit', (event) => { event.preventDefault(); onSubmit(); });
}

const joinList = (items) => (items || []).join(', ');
const splitList = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const splitLines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
const orNull = (text) => (text.trim() === '' ? null : text);

/** Shows an article (or a blank one); the id can be typed only for a new article. */
export function fillForm(article, isNew) {
  for (const field of FIELDS) {
    const value = article[field.name];
    if (field.kind === 'lines') input(field.name).value = (value || []).join('\n');
    else if (field.kind === 'list') input(field.name).value = joinList(value);
    else input(field.name).value = value ?? (field.name === 'language' ? 'en' : '');
  }
  input('id').readOnly = !isNew;
  input('comment').value = '';
  showErrors({});
  updateSmsCount();
  refreshPreview();
}

/** The form's values in the editor API's article shape. */
export function readForm() {
  const article = {};
  for (const field of FIELDS) {
    const text = input(field.name).value;
    if (field.kind === 'lines') article[field.name] = splitLines(text);
    else if (field.kind === 'list') article[field.name] = splitList(text);
    else if (field.kind === 'number') article[field.name] = text === '' ? null : Number(text);
    else article[field.name] = orNull(text);
  }
  return { article, comment: orNull(input('comment').value) };
}

/** Puts each field's messages under it; fields not named are cleared. */
export function showErrors(errors) {
  for (const field of [...FIELDS, { name: 'comment' }]) {
    const key = Object.keys(errors).find((k) => k.toLowerCase() === field.name.toLowerCase());
    document.getElementById(`error-${field.name}`).textContent = key ? errors[key].join(' ') : '';
    input(field.name).toggleAttribute('aria-invalid', Boolean(key));
  }
}

/** Adds a first phrasing (from the unanswered questions view) to a blank article. */
export function presetQuestion(question) {
  input('questions').value = question;
}
