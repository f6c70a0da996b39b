// Routing on the console: offer toasts (accept/decline with a countdown), the transfer dialog, the wrap-up
// (disposition) picker, and queue name and timers on list rows. Names and notes are placed as text only.
import { call } from '/staff/http.js';
import { el } from './render.js';

const $ = (id) => document.getElementById(id);
const conversationUrl = (id) => `/api/agent/conversations/${encodeURIComponent(id)}`;
const offerTimers = new Map();
let dispositions = null;

/** m:ss for a number of seconds (negative shows as overdue by that much). */
export function clock(seconds) {
  const s = Math.abs(Math.round(seconds));
  return `${seconds < 0 ? '-' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Adds the queue and its timers to a list row; the ticker below keeps them current. */
export function decorateRow(item, summary) {
  if (!summary.queue) return item;
  const line = el('span', 'conversation-item__routing');
  line.append(el('span', 'conversation-item__queue', summary.queue));
  const timer = el('span', 'conversation-item__timer');
  if (summary.status === 'queued' && summary.queuedAt) {
    timer.dataset.waitingSince = summary.queuedAt;
    timer.dataset.slaSeconds = String(summary.slaTargetSeconds || 0);
  } else if (summary.firstResponseAt && summary.queuedAt) {
    timer.textContent = `first reply ${clock((Date.parse(summary.firstResponseAt) - Date.parse(summary.queuedAt)) / 1000)}`;
  }
  line.append(timer);
  item.querySelector('button')?.append(line);
  tickRow(timer);
  return item;
}

function tickRow(timer) {
  if (!timer.dataset.waitingSince) return;
  const waited = (Date.now() - Date.parse(timer.dataset.waitingSince)) / 1000;
  const left = Number(timer.dataset.slaSeconds) - waited;
  timer.textContent = `waiting ${clock(waited)} · SLA ${clock(left)}`;
  timer.classList.toggle('conversation-item__timer--late', left < 0);
}

setInterval(() => document.querySelectorAll('[data-waiting-since]').forEach(tickRow), 1000);

/** Wires presence and offers to the live connection. app: { me, connection, select, upsert, report }. */
export function wireRouting(app) {
  const picker = $('presence');
  const show = (presence) => { picker.value = presence.status; picker.dataset.status = presence.status; };
  const refresh = () => app.connection.invoke('GetPresence').then(show).catch(() => {});
  picker.onchange = () => app.connection.invoke('SetPresence', picker.value).then(show).catch(app.report);
  app.connection.on('PresenceChanged', (presence) => { if (presence.agentId === app.me.id) show(presence); });
  app.connection.on('OfferMade', (offer) => showOffer(app, offer));
  app.connection.on('OfferWithdrawn', removeOffer);
  refresh();
  return { refresh };
}

function showOffer(app, offer) {
  removeOffer(offer.conversationId);
  const summary = offer.conversation;
  const toast = el('div', 'offer');
  toast.setAttribute('role', 'alertdialog');
  toast.setAttribute('aria-label', 'Conversation offered');
  toast.dataset.conversationId = offer.conversationId;
  toast.append(el('strong', 'offer__name', summary.contactName || 'Resident'));
  toast.append(el('span', 'offer__meta', [summary.channel, summary.queue].filter(Boolean).join(' · ')));
  toast.append(el('span', 'offer__preview', summary.lastMessage || summary.handoffReason || ''));
  const countdown = el('span', 'offer__countdown');
  const accept = el('button', 'button button--primary', 'Accept');
  const decline = el('button', 'button', 'Decline');
  accept.type = decline.type = 'button';
  const answer = async (method) => {
    accept.disabled = decline.disabled = true;
    try {
      const result = await app.connection.invoke(method, offer.conversationId);
      removeOffer(offer.conversationId);
      if (result) { app.upsert(result); app.select(result.id); }
    } catch (error) {
      removeOffer(offer.conversationId);
      app.report(error);
    }
  };
  accept.addEventListener('click', () => answer('AcceptOffer'));
  decline.addEventListener('click', () => answer('DeclineOffer'));
  const actions = el('span', 'offer__actions');
  actions.append(countdown, decline, accept);
  toast.append(actions);
  $('offers').append(toast);
  // Counted from arrival, not the server's clock, so a skewed workstation clock does not eat the time.
  const deadline = Date.now() + offer.timeoutSeconds * 1000;
  const tick = () => {
    const left = Math.max(0, (deadline - Date.now()) / 1000);
    countdown.textContent = `${Math.ceil(left)} s`;
    if (left <= 0) removeOffer(offer.conversationId);
  };
  tick();
  offerTimers.set(offer.conversationId, setInterval(tick, 500));
}

function removeOffer(conversationId) {
  clearInterval(offerTimers.get(conversationId));
  offerTimers.delete(conversationId);
  document.querySelectorAll('#offers .offer').forEach((toast) => { if (toast.dataset.conversationId === conversationId) toast.remove(); });
}

/** Asks where to transfer the conversation; resolves to the new summary, or null when cancelled. */
export async function transfer(id) {
  const [agents, queues] = await Promise.all([call('GET', '/api/agent/routing/agents'), call('GET', '/api/agent/routing/queues')]);
  const target = $('transfer-target');
  const group = (label, options) => {
    const node = el('optgroup');
    node.label = label;
    options.forEach(([value, text]) => { const option = el('option', null, text); option.value = value; node.append(option); });
    return node;
  };
  target.replaceChildren(
    group('Agents', agents.map((a) => [`agent:${a.id}`, `${a.displayName} (${a.presence}, ${a.holding} open)`])),
    group('Queues', queues.map((q) => [`queue:${q.name}`, `${q.label} (${q.waiting} waiting)`])));
  $('transfer-note').value = '';
  const choice = await ask($('transfer-dialog'));
  if (!choice) return null;
  const [kind, ...rest] = target.value.split(':');
  const value = rest.join(':');
  const body = { agentId: kind === 'agent' ? value : null, queue: kind === 'queue' ? value : null, note: $('transfer-note').value };
  return call('POST', `${conversationUrl(id)}/transfer`, body);
}

/** Asks for the wrap-up code, then resolves; resolves to the new summary, or null when cancelled. */
export async function wrapUp(id) {
  dispositions = dispositions || await call('GET', '/api/agent/routing/dispositions');
  $('wrapup-code').replaceChildren(...dispositions.map((d) => { const option = el('option', null, d.label); option.value = d.code; return option; }));
  if (!await ask($('wrapup-dialog'))) return null;
  return call('POST', `${conversationUrl(id)}/resolve`, { disposition: $('wrapup-code').value });
}

// Shows a <dialog> whose form submits with value "ok"; resolves true for ok, false for cancel or Escape.
function ask(dialog) {
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}
