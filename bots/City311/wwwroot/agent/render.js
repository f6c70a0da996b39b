// Builds the console's DOM. Everything a resident (or anyone) wrote is placed with textContent or
// createTextNode only: text is never parsed as HTML, so markup in a message stays literal text.

const channelNames = { webchat: 'Web chat', sms: 'SMS', voice: 'Phone', email: 'Email', messenger: 'Messenger', whatsapp: 'WhatsApp', telegram: 'Telegram' };

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function channelName(channel) {
  return channelNames[channel] || channel || 'Unknown channel';
}

export function residentName(summary) {
  return (summary && summary.contactName) || 'Resident';
}

function sameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** A <time> element: the time of day, with the date when it is not today. */
export function timeElement(iso, className) {
  const node = el('time', className);
  if (!iso) return node;
  const at = new Date(iso);
  node.dateTime = at.toISOString();
  node.title = at.toLocaleString();
  const clock = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  node.textContent = sameDay(at, new Date()) ? clock : `${at.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${clock}`;
  return node;
}

/** One entry of a conversation list, as a button that opens the conversation. */
export function conversationItem(summary, selected, onSelect) {
  const item = el('li', 'conversation-item');
  item.dataset.conversationId = summary.id;
  const button = el('button', 'conversation-item__button');
  button.type = 'button';
  if (selected) button.setAttribute('aria-current', 'true');
  const top = el('span', 'conversation-item__top');
  top.append(el('span', 'conversation-item__name', residentName(summary)));
  top.append(timeElement(summary.status === 'queued' ? summary.queuedAt : (summary.lastMessageAt || summary.updatedAt), 'conversation-item__time'));
  button.append(top);
  button.append(el('span', 'conversation-item__channel', channelName(summary.channel)));
  button.append(el('span', 'conversation-item__preview', summary.lastMessage || summary.handoffReason || 'No messages yet'));
  button.addEventListener('click', () => onSelect(summary.id));
  item.append(button);
  return item;
}

// What staff read for each delivery status of a message pushed to the resident (SMS...).
const deliveryLabels = {
  pending: 'Waiting to send', accepted: 'Queued', scheduled: 'Scheduled', queued: 'Queued', sending: 'Sending', sent: 'Sent',
  delivered: 'Delivered', read: 'Read', undelivered: 'Not delivered', failed: 'Failed', blocked: 'Blocked: opted out', canceled: 'Canceled',
};
const deliveryProblems = new Set(['undelivered', 'failed', 'blocked', 'canceled']);

/** The delivery line under a pushed message; problems stand out with their reason. */
function deliveryLine(message) {
  const status = message.deliveryStatus;
  const problem = deliveryProblems.has(status);
  const line = el('p', `delivery${problem ? ' delivery--problem' : ''}`);
  line.dataset.status = status;
  line.append(el('span', 'delivery__status', deliveryLabels[status] || status));
  if (message.deliveryError) line.append(el('span', 'delivery__error', problem ? message.deliveryError : `retrying after: ${message.deliveryError}`));
  return line;
}

function formatSize(bytes) {
  if (typeof bytes !== 'number') return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// Files that came with a message: a download link for each kept one (names are text, never markup); refused ones say so.
function attachmentList(attachments) {
  const list = el('ul', 'msg__attachments');
  list.setAttribute('aria-label', 'Attachments');
  attachments.forEach((file) => {
    const item = el('li', `attachment${file.refused ? ' attachment--refused' : ''}`);
    const size = formatSize(file.size);
    if (file.url && file.url.startsWith('/api/agent/attachments/')) {
      const link = el('a', 'attachment__link', file.name);
      link.href = file.url;
      link.setAttribute('download', file.name);
      link.rel = 'noopener';
      item.append(link);
    } else {
      item.append(el('span', 'attachment__name', file.name));
    }
    const details = [file.contentType, size, file.refused ? 'too large, not kept' : ''].filter(Boolean).join(', ');
    if (details) item.append(el('span', 'attachment__details', ` (${details})`));
    list.append(item);
  });
  return list;
}

function authorLabel(message, summary) {
  switch (message.author) {
    case 'resident': return message.authorName || residentName(summary);
    case 'bot': return 'Assistant';
    case 'agent': return message.authorName || 'Agent';
    default: return 'System';
  }
}

/** One transcript entry; the author kind and privacy are told apart by class, label and badge, not only by colour. */
export function messageItem(message, summary) {
  const item = el('li', `msg msg--${message.author}${message.private ? ' msg--private' : ''}`);
  item.dataset.sequence = String(message.sequence);
  item.dataset.author = message.author;
  const header = el('div', 'msg__header');
  header.append(el('span', 'msg__author', authorLabel(message, summary)));
  if (message.private) header.append(el('span', 'badge badge--note', 'Internal note'));
  header.append(timeElement(message.createdAt, 'msg__time'));
  item.append(header);
  const body = el('div', 'msg__text');
  body.append(document.createTextNode(message.text || '(no text)'));
  item.append(body);
  if (message.attachments && message.attachments.length) item.append(attachmentList(message.attachments));
  if (message.actions && message.actions.length) {
    const actions = el('ul', 'msg__actions');
    actions.setAttribute('aria-label', 'Buttons offered');
    message.actions.forEach((title) => actions.append(el('li', 'chip', title)));
    item.append(actions);
  }
  if (message.deliveryStatus) item.append(deliveryLine(message));
  return item;
}

/** The line under the resident's name in the conversation header. */
export function describeStatus(summary, me) {
  const parts = [channelName(summary.channel)];
  if (summary.status === 'queued') {
    parts.push(summary.queuedAt ? `Waiting since ${new Date(summary.queuedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : 'Waiting');
    if (summary.handoffReason) parts.push(`Reason: ${summary.handoffReason}`);
  } else if (summary.status === 'assigned') {
    parts.push(summary.assigneeId === me.id ? 'Assigned to you' : `Assigned to ${summary.assigneeName || 'another agent'}`);
  } else if (summary.status === 'resolved') {
    parts.push('Resolved');
  } else {
    parts.push('With the assistant');
  }
  return parts.join(' · ');
}
