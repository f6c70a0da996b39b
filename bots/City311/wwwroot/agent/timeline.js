// One thread per person: every conversation with the open conversation's contact, on every channel, interleaved in time
// order, and "Reply on" to answer on another channel they can be reached on (opt-outs and WhatsApp's window respected
// by the server, which says why a channel is not available). The thread comes 50 messages at a time, the latest first;
// "Show older messages" reads the page before. Text is placed by render.js with textContent only.
import { api } from './api.js';
import { channelName, el, messageItem } from './render.js';

const $ = (id) => document.getElementById(id);
// Where the next older page starts (the server's "older"), for the conversation whose thread is shown.
const paging = { id: null, older: null };

function setOlder(id, older) {
  Object.assign(paging, { id, older });
  $('thread-older').hidden = !older;
}

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
  $('thread-count').textContent = String(timeline.entries.length) + (timeline.older ? '+' : '');
  setOlder(id, timeline.older);
}

/** Reads the page of the thread just older than what is shown and puts it on top. */
async function showOlder(currentId) {
  const { id, older } = paging;
  if (!id || !older || currentId() !== id) return;
  $('thread-older').disabled = true;
  try {
    const page = await api.timeline(id, older);
    if (currentId() !== id || paging.older !== older) return;
    $('thread-list').prepend(...page.entries.map(entryItem));
    const shown = $('thread-list').children.length;
    $('thread-count').textContent = String(shown) + (page.older ? '+' : '');
    setOlder(id, page.older);
  } finally {
    $('thread-older').disabled = false;
  }
}

/** Reloads the thread when it is opened, so it shows what came since the conversation was opened. */
export function wireTimeline(currentId, onError) {
  $('thread').addEventListener('toggle', () => {
    const id = currentId();
    if ($('thread').open && id) showTimeline(id, currentId).catch(onError);
  });
  $('thread-older').addEventListener('click', () => showOlder(currentId).catch(onError));
}
