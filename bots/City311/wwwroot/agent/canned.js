// Canned responses in the composer: the picker lists them; choosing one fills it for the open conversation and
// inserts it at the cursor. Placeholders without a value stay as written and are selected, so the agent fills them
// in, and a reply that still holds one is not sent. Text goes into option text and the textarea's value only.
import { api } from './api.js';

const $ = (id) => document.getElementById(id);
const placeholder = /\{\{\s*[A-Za-z][A-Za-z0-9_]*\s*\}\}/;

/** Fills the picker once per session (the list is the same for every conversation). */
export async function loadCanned() {
  const picker = $('canned-picker');
  const list = await api.canned();
  const first = document.createElement('option');
  first.value = '';
  first.textContent = 'Insert a canned response…';
  picker.replaceChildren(first, ...list.map((response) => {
    const option = document.createElement('option');
    option.value = response.id;
    option.textContent = response.title;
    option.title = response.text;
    return option;
  }));
  picker.hidden = list.length === 0;
}

/** Inserts the chosen response, filled for conversation `id`, at the cursor of the reply box. */
export async function insertCanned(id) {
  const picker = $('canned-picker');
  const responseId = picker.value;
  picker.value = '';
  if (!responseId || !id) return;
  const filled = await api.fillCanned(id, responseId);
  insertAtCursor(filled.text);
  const hint = $('composer-hint');
  hint.textContent = filled.missing.length ? `Fill in: ${filled.missing.map((name) => `{{${name}}}`).join(', ')}` : '';
  selectFirstPlaceholder();
}

/** The placeholder a reply still holds, or null when it may be sent. */
export function unfilledPlaceholder(text) {
  const found = placeholder.exec(text);
  return found ? found[0] : null;
}

/** Puts `text` at the cursor of the reply box (or replaces the selection), with a space or line around it. */
export function insertAtCursor(text) {
  const box = $('reply-text');
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  const before = box.value.slice(0, start);
  const gap = before && !/\s$/.test(before) ? ' ' : '';
  box.value = before + gap + text + box.value.slice(end);
  const caret = (before + gap + text).length;
  box.focus();
  box.setSelectionRange(caret, caret);
  box.dispatchEvent(new Event('input'));
}

function selectFirstPlaceholder() {
  const box = $('reply-text');
  const found = placeholder.exec(box.value);
  if (found) box.setSelectionRange(found.index, found.index + found[0].length);
}
