// WhatsApp's 24-hour customer-service window: a line under the conversation's header says whether a reply goes as
// written or only as the approved template, and a reply refused for it can be sent as the template instead.
// Text is placed with textContent only.
import { api } from './api.js';

const $ = (id) => document.getElementById(id);
const timeOf = (iso) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** Shows the window of conversation `id`, unless another conversation was opened meanwhile (`currentId()`). */
export async function showWindow(id, currentId) {
  const detail = await api.detail(id);
  if (currentId() !== id) return;
  const line = $('channel-window');
  const span = detail.window;
  line.hidden = !span;
  $('send-template').hidden = true;
  if (!span) return;
  line.classList.toggle('channel-window--closed', !span.open);
  if (span.open) line.textContent = `WhatsApp window open: replies go as written until ${timeOf(span.closesAt)}.`;
  else if (!span.closesAt) line.textContent = 'WhatsApp window closed: the resident has not written yet.';
  else line.textContent = `WhatsApp window closed at ${timeOf(span.closesAt)}: replies can only go as the approved template.`;
  if (!span.open && !span.templateAvailable) line.textContent += ' No reply template is configured.';
}

/**
 * After a reply was refused (`error`), offers to send the same text as the approved template when that is why.
 * Returns true when the offer is shown; `onSent(message)` receives the stored reply once the agent accepts.
 */
export function offerTemplate(error, id, text, onSent, onError) {
  if (error.status !== 409 || error.problem.reason !== 'window-closed' || !error.problem.templateAvailable) return false;
  const button = $('send-template');
  const line = $('channel-window');
  line.textContent = error.message;
  line.classList.add('channel-window--closed');
  line.hidden = false;
  button.hidden = false;
  button.onclick = async () => {
    button.hidden = true;
    try {
      onSent(await api.send(id, text, false, true));
      line.textContent = 'Sent as the approved reply template.';
    } catch (failure) {
      onError(failure);
    }
  };
  return true;
}
