// Reply templates in the composer: the picker lists the conversation's templates (in its language); choosing one
// fills the reply box with the template filled in for the conversation, for the agent to edit before sending.
// Values go into option text and the textarea's value only, never into markup.
import { api } from './api.js';

const $ = (id) => document.getElementById(id);

export async function loadTemplates(id, currentId) {
  const picker = $('template-picker');
  picker.replaceChildren(placeholder());
  const list = await api.templates(id);
  if (currentId() !== id) return;
  for (const template of list.templates) {
    const option = document.createElement('option');
    option.value = template.name;
    option.textContent = template.title;
    picker.append(option);
  }
  picker.hidden = list.templates.length === 0;
}

export async function insertTemplate(id) {
  const picker = $('template-picker');
  const name = picker.value;
  picker.value = '';
  if (!name || !id) return;
  const box = $('reply-text');
  if (box.value.trim() && !window.confirm('Replace the reply you are writing with this template?')) return;
  const rendered = await api.renderTemplate(id, name);
  box.value = rendered.text;
  box.focus();
  box.setSelectionRange(0, 0);
}

function placeholder() {
  const option = document.createElement('option');
  option.value = '';
  option.textContent = 'Insert a template…';
  return option;
}
