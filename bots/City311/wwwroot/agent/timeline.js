// One thread per person: every conversation with the open conversation's contact, on every channel, interleaved in time
// order, and "Reply on" to answer on another channel they can be reached on (opt-outs and WhatsApp's window respected
// by the server, which says why a channel is not available). Text is placed by render.js with textContent only.
import { api } from './api.js';
import { channelName, el, messageItem } from './render.js';

const $ = (id) => document.getElementById(id);

function entryItem(entry) {
  const item = messageItem(entry.message, null);
  item.dataset.conversationId = entry.conversationId;
  item.querySelector('.msg__header').prepend(el('span', 'badge badge--channel', channelName(entry.channel)));
  return item;
}

function reachOption(reach) {
  const option = document.createElement('option');
  option.value = reach.conversationId;
  option.disabled = !reach.canReply;
  option.textContent = channelName(reach.channel) + (reach.inboxName ? ` (${reach.inboxName})` : '') + (reach.reason ? ` – ${reach.reason}` : '');
  return option;
}

/** The conversation a reply goes to instead of the open one, or null for the open one. */
export function replyTarget() {
  return $('reply-via').value || null;
}

/**
 * Loads the thread of conversation `id`'s contact, unless another conversation was opened meanwhile (`currentId()`):
 * fills "Reply on" with the person's other conversations, and the thread list when it is shown.
 */
export async function showTimeline(id, currentId) {
  const via = $('reply-via');
  const here = document.createElement('option');
  here.value = '';
  here.textContent = 'This conversation';
  via.replaceChildren(here);
  $('reply-via-row').hidden = true;
  const timeline = await api.timeline(id);
  if (currentId() !== id) return;
  const others = timeline.reach.filter((r) => r.conversationId !== id);
  via.append(...others.map(reachOption));
  $('reply-via-row').hidden = others.length === 0;
  $('thread-list').replaceChildren(...timeline.entries.map(entryItem));
  $('thread-count').textContent = String(timeline.entries.length);
}

/** Reloads the thread when it is opened, so it shows what came since the conversation was opened. */
export function wireTimeline(currentId, onError) {
  $('thread').addEventListener('toggle', () => {
    const id = currentId();
    if ($('thread').open && id) showTimeline(id, currentId).catch(onError);
  });
}
