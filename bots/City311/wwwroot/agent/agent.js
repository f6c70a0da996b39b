// The agent console: sign-in, the live queue and "my conversations", a transcript pane, Take, reply,
// internal notes and Resolve. Lists load over REST and stay current through the agent hub's pushes.
import { api, ApiError } from './api.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';
import { openLiveConnection } from './hub.js';
import { conversationItem, describeStatus, messageItem, residentName } from './render.js';
import { showHistory } from './history.js';
import { showContact } from './contact.js';
import { insertTemplate, loadTemplates } from './templates.js';
import { offerTemplate, showWindow } from './window.js';

const $ = (id) => document.getElementById(id);
const state = { me: null, conversations: new Map(), touched: null, selectedId: null, transcript: new Map(), connection: null };
const isSupervisor = () => state.me.roles.includes('supervisor') || state.me.roles.includes('admin');
const selected = () => state.conversations.get(state.selectedId);

function report(error) {
  if (error instanceof ApiError && error.status === 401) { showSignIn(); return; }
  notice(error.message || 'Something went wrong.');
}

// ---- sign-in ----
function showSignIn() {
  stopConnection();
  Object.assign(state, { me: null, selectedId: null, conversations: new Map(), transcript: new Map() });
  $('workspace').hidden = $('session').hidden = true;
  $('sign-in').hidden = false;
  $('user-name-input').focus();
}

async function boot() {
  try {
    state.me = await api.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) showSignIn(); else notice(error.message);
    return;
  }
  $('sign-in').hidden = true;
  $('workspace').hidden = false;
  $('session').hidden = false;
  $('user-name').textContent = state.me.displayName;
  renderDetail();
  await connect();
  await loadLists().catch(report);
}

wireSignIn({ onSignedIn: boot, onSignedOut: showSignIn, notice: notice });

// ---- live connection ----
function setConnection(name, label) {
  const badge = $('connection');
  badge.dataset.state = name;
  badge.textContent = label;
}

async function connect() {
  state.connection = await openLiveConnection({
    changed: upsert,
    message: addMessage,
    updated: updateMessage,
    state: setConnection,
    resynced: resync,
    unauthorized: showSignIn,
  });
}

function stopConnection() {
  const connection = state.connection;
  state.connection = null;
  if (connection) connection.stop();
}

const isLive = () => Boolean(state.connection && state.connection.isLive());

// Pushes were missed while disconnected: reload the lists and the open transcript.
function resync() {
  loadLists().catch(report);
  if (state.selectedId) watch(state.selectedId).catch(report);
  if (state.selectedId) showHistory(state.selectedId, () => state.selectedId, select).catch(report);
}

// ---- lists ----
const freshness = (s) => Math.max(Date.parse(s.updatedAt) || 0, Date.parse(s.lastMessageAt) || 0);

async function loadLists() {
  const touched = new Set();
  state.touched = touched;
  const [queued, mine] = await Promise.all([api.list('queued'), api.list('mine')]).finally(() => { state.touched = null; });
  const next = new Map();
  queued.concat(mine).forEach((s) => next.set(s.id, s));
  // A push that arrived while the lists loaded may be newer than what the server listed.
  state.conversations.forEach((s, id) => {
    const loaded = next.get(id);
    if ((touched.has(id) || id === state.selectedId) && (!loaded || freshness(s) > freshness(loaded))) next.set(id, s);
  });
  state.conversations = next;
  renderLists();
  renderDetail();
}

function upsert(summary) {
  if (state.touched) state.touched.add(summary.id);
  state.conversations.set(summary.id, summary);
  renderLists();
  if (summary.id === state.selectedId) renderDetail();
}

function fill(listId, emptyId, countId, items) {
  const list = $(listId);
  list.replaceChildren(...items.map((s) => conversationItem(s, s.id === state.selectedId, select)));
  $(emptyId).hidden = items.length > 0;
  $(countId).textContent = String(items.length);
}

function renderLists() {
  if (!state.me) return;
  const all = [...state.conversations.values()];
  const queue = all.filter((s) => s.status === 'queued').sort((a, b) => Date.parse(a.queuedAt) - Date.parse(b.queuedAt));
  const mine = all.filter((s) => s.status === 'assigned' && s.assigneeId === state.me.id).sort((a, b) => freshness(b) - freshness(a));
  fill('queue-list', 'queue-empty', 'queue-count', queue);
  fill('mine-list', 'mine-empty', 'mine-count', mine);
  document.title = (queue.length ? `(${queue.length}) ` : '') + 'Agent console – Riverton 311';
}

// ---- the open conversation ----
async function select(id) {
  if (state.selectedId === id) return;
  const previous = state.selectedId;
  state.selectedId = id;
  state.transcript = new Map();
  $('transcript').replaceChildren();
  renderLists();
  renderDetail();
  if (previous && isLive()) state.connection.invoke('Unwatch', previous).catch(() => {});
  showHistory(id, () => state.selectedId, select).catch(report);
  showContact(id, () => state.selectedId, report).catch(report);
  loadTemplates(id, () => state.selectedId).catch(report);
  showWindow(id, () => state.selectedId).catch(report);
  await watch(id).catch(report);
  $('reply-text').focus();
}

async function watch(id) {
  let messages = null;
  if (isLive()) {
    try { messages = await state.connection.invoke('Watch', id); } catch { messages = null; }
  }
  if (!messages || !state.conversations.has(id)) {
    const detail = await api.detail(id);
    upsert(detail.conversation);
    messages = messages || detail.transcript;
  }
  if (state.selectedId === id) messages.forEach(addMessage);
}

// A resident who texts STOP or START changes what the console says about sending to them.
const consentEvent = (message) => /\.opt(out|in)$/.test(message.event || '');

function addMessage(message) {
  if (message.conversationId !== state.selectedId || state.transcript.has(message.sequence)) return;
  if (consentEvent(message)) showHistory(message.conversationId, () => state.selectedId, select).catch(report);
  if (message.author === 'resident' && selected()?.channel === 'whatsapp') showWindow(message.conversationId, () => state.selectedId).catch(report);
  state.transcript.set(message.sequence, message);
  const list = $('transcript');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  const later = [...list.children].find((li) => Number(li.dataset.sequence) > message.sequence);
  list.insertBefore(messageItem(message, selected()), later || null);
  if (atBottom || message.author === 'agent') list.scrollTop = list.scrollHeight;
}

// A delivery status changed; an update that overtakes its message's own push adds it.
function updateMessage(message) {
  if (message.conversationId !== state.selectedId) return;
  const shown = $('transcript').querySelector(`li[data-sequence="${message.sequence}"]`);
  if (!shown) { addMessage(message); return; }
  state.transcript.set(message.sequence, message);
  shown.replaceWith(messageItem(message, selected()));
}

function renderDetail() {
  const summary = selected();
  $('detail-empty').hidden = Boolean(summary);
  $('detail').hidden = !summary;
  if (!summary) return;
  $('detail-name').textContent = residentName(summary);
  $('detail-meta').textContent = describeStatus(summary, state.me);
  const mine = summary.status === 'assigned' && summary.assigneeId === state.me.id;
  $('take').hidden = summary.status !== 'queued';
  $('resolve').hidden = !(summary.status === 'queued' || (summary.status === 'assigned' && (mine || isSupervisor())));
  updateComposer();
}

function updateComposer() {
  const summary = selected();
  if (!summary) return;
  const note = $('reply-private').checked;
  const canReply = summary.status === 'assigned' && summary.assigneeId === state.me.id;
  const enabled = note || canReply;
  $('reply-text').disabled = !enabled;
  $('send').disabled = !enabled;
  $('template-picker').disabled = !enabled;
  $('composer').classList.toggle('composer--note', note);
  $('reply-text').placeholder = note ? 'Write an internal note for staff… (Enter sends)' : 'Write a reply… (Enter sends, Shift+Enter for a new line)';
  $('composer-hint').textContent = enabled ? '' : summary.status === 'queued' ? 'Take the conversation to reply.' : 'Only the assigned agent can reply.';
}

async function act(button, action) {
  const id = state.selectedId;
  button.disabled = true;
  try {
    upsert(await action(id));
  } catch (error) {
    report(error);
    if (error.status === 409) loadLists().catch(report);
  } finally {
    button.disabled = false;
  }
}

$('take').addEventListener('click', () => act($('take'), api.take));
$('resolve').addEventListener('click', () => act($('resolve'), api.resolve));
$('reply-private').addEventListener('change', updateComposer);

async function send() {
  const box = $('reply-text');
  const text = box.value.trim();
  if (!text || $('send').disabled) return;
  $('send').disabled = true;
  try {
    addMessage(await api.send(state.selectedId, text, $('reply-private').checked));
    box.value = '';
  } catch (error) {
    if (!offerTemplate(error, state.selectedId, text, (m) => { addMessage(m); box.value = ''; }, report)) report(error);
  } finally {
    updateComposer();
    box.focus();
  }
}

$('template-picker').addEventListener('change', () => insertTemplate(state.selectedId).catch(report));

$('composer').addEventListener('submit', (event) => { event.preventDefault(); send(); });
$('reply-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send();
  }
});

boot();
