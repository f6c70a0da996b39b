// "Other conversations with this person": the open conversation's contact across SMS, calls and web chat,
// and whether the resident opted out of this conversation's channel. Text is placed with textContent only.
import { api } from './api.js';
import { channelName, el, timeElement } from './render.js';

const $ = (id) => document.getElementById(id);
const statusNames = { bot: 'With the assistant', queued: 'Waiting', assigned: 'With an agent', resolved: 'Resolved' };

function historyItem(conversation, onOpen) {
  const item = el('li', 'history__item');
  item.dataset.conversationId = conversation.id;
  const button = el('button', 'history__button');
  button.type = 'button';
  const top = el('span', 'history__top');
  top.append(el('span', 'history__channel', channelName(conversation.channel)));
  top.append(timeElement(conversation.lastMessageAt || conversation.updatedAt, 'history__time'));
  button.append(top);
  const status = [statusNames[conversation.status] || conversation.status, conversation.inboxName].filter(Boolean).join(' · ');
  button.append(el('span', 'history__status', status));
  if (conversation.optedOut) button.append(el('span', 'badge badge--opted-out', 'Opted out'));
  button.append(el('span', 'history__preview', conversation.lastMessage || 'No messages yet'));
  button.addEventListener('click', () => onOpen(conversation.id));
  item.append(button);
  return item;
}

/**
 * Loads the contact of conversation `id` and fills the side panel, unless another conversation was opened
 * meanwhile (`currentId()` tells which is open). `onOpen(id)` opens one of the listed conversations.
 */
export async function showHistory(id, currentId, onOpen) {
  $('history-list').replaceChildren();
  $('history-empty').hidden = true;
  $('opt-out').hidden = true;
  const contact = await api.contact(id);
  if (currentId() !== id) return;
  const current = contact.conversations.find((c) => c.id === id);
  const others = contact.conversations.filter((c) => c.id !== id);
  $('history-list').replaceChildren(...others.map((c) => historyItem(c, onOpen)));
  $('history-empty').hidden = others.length > 0;
  if (current && current.optedOut) {
    $('opt-out').textContent = `The resident opted out of ${channelName(current.channel)}: replies on this conversation will not be sent.`;
    $('opt-out').hidden = false;
  }
}
