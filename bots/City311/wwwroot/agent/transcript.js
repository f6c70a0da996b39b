// The open conversation's transcript, keyed by sequence: whatever arrives twice (a push and a catch-up read after a
// reconnect) is shown once, and everything sits in sequence order whatever order it arrived in. Entries are built by
// render.js, which places text with textContent only.
import { api } from './api.js';
import { messageItem } from './render.js';

const $ = (id) => document.getElementById(id);
let openId = null;
let entries = new Map();
// Every sequence up to this one is shown: a catch-up asks for what comes after it, so a hole is filled too.
let complete = 0;

/** Empties the pane for conversation `id` (null when none is open). */
export function openTranscript(id) {
  openId = id;
  entries = new Map();
  complete = 0;
  $('transcript').replaceChildren();
}

/** Shows `message` if it belongs to the open conversation and is not shown yet; true when it was added. */
export function addEntry(message, summary) {
  if (message.conversationId !== openId || entries.has(message.sequence)) return false;
  entries.set(message.sequence, message);
  while (entries.has(complete + 1)) complete += 1;
  const list = $('transcript');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  const later = [...list.children].find((li) => Number(li.dataset.sequence) > message.sequence);
  list.insertBefore(messageItem(message, summary), later || null);
  if (atBottom || message.author === 'agent') list.scrollTop = list.scrollHeight;
  return true;
}

/** Replaces a shown entry (its delivery status changed); one not shown yet is added. */
export function updateEntry(message, summary) {
  if (message.conversationId !== openId) return;
  const shown = $('transcript').querySelector(`li[data-sequence="${message.sequence}"]`);
  if (!shown) { addEntry(message, summary); return; }
  entries.set(message.sequence, message);
  shown.replaceWith(messageItem(message, summary));
}

// Delivery states a provider may still move on (to delivered, read or failed); a push about it may have been missed.
const unsettled = new Set(['pending', 'queued', 'accepted', 'scheduled', 'sending', 'sent']);

// Reads again from the oldest shown message whose delivery may still change, so a missed MessageUpdated is caught up too.
function readFrom() {
  let from = complete;
  entries.forEach((m, sequence) => { if (m.deliveryStatus && unsettled.has(m.deliveryStatus) && sequence <= from) from = sequence - 1; });
  return Math.max(0, from);
}

/**
 * Watches conversation `id` on the hub and reads what came after the last sequence held (everything, on first
 * open), and again any shown message whose delivery status may have changed meanwhile; over REST when the hub is
 * down. New messages go to `add(message)` (duplicates are dropped by addEntry); shown ones are updated in place.
 */
export async function catchUp(connection, id, add) {
  const after = id === openId ? readFrom() : 0;
  let messages = null;
  if (connection && connection.isLive()) {
    try { messages = await connection.invoke('WatchAfter', id, after); } catch { messages = null; }
  }
  if (!messages) messages = await api.messagesAfter(id, after);
  if (id !== openId) return;
  messages.forEach((m) => {
    const shown = entries.get(m.sequence);
    if (!shown) add(m);
    else if (shown.deliveryStatus !== m.deliveryStatus || shown.deliveryError !== m.deliveryError) updateEntry(m, null);
  });
}
