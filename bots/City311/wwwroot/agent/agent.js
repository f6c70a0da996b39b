// The agent console: sign-in, the live queue and "my conversations", a transcript pane, Take, reply,
// internal notes and Resolve. Lists load over REST and stay current through the agent hub's pushes.
import { api, ApiError } from './api.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';
import { openLiveConnection } from './hub.js';
import { conversationItem, describeStatus, residentName } from './render.js';
import { showHistory } from './history.js';
import { loadTemplates } from './templates.js';
import { showWindow } from './window.js';
import { addEntry, catchUp, openTranscript, updateEntry } from './transcript.js';
import { clearTyping, showTyping } from './typing.js';
import { decorateRow, transfer, wireRouting, wrapUp } from './routing.js';
import { loadCanned } from './canned.js';
import { clearArticles } from './articles.js';
import { wireComposer } from './composer.js';
import { showTimeline, wireTimeline } from './timeline.js';
import { showCases, wireCases } from './cases.js';
import { showContact } from './contact.js';

const $ = (id) => document.getElementById(id);
const state = { me: null, conversations: new Map(), touched: null, selectedId: null, connection: null, routing: null };
const isSupervisor = () => state.me.roles.includes('supervisor') || state.me.roles.includes('admin');
const selected = () => state.conversations.get(state.selectedId);

function report(error) {
  if (error instanceof ApiError && error.status === 401) { showSignIn(); return; }
  notice(error.message || 'Something went wrong.');
}

// ---- sign-in ----
function showSignIn() {
  stopConnection();
  Object.assign(state, { me: null, selectedId: null, conversations: new Map() });
  openTranscript(null);
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
  loadCanned().catch(report);
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
    updated: (message) => updateEntry(message, selected()),
    typing: (signal) => showTyping(signal, state.selectedId, state.me),
    state: setConnection,
    resynced: resync,
    unauthorized: showSignIn,
  });
  state.routing = wireRouting({ me: state.me, connection: state.connection, select, upsert, report });
}

function stopConnection() {
  const connection = state.connection;
  state.connection = null;
  if (connection) connection.stop();
}

const isLive = () => Boolean(state.connection && state.connection.isLive());

// Pushes were missed while disconnected: reload the lists and the routing panel, and for the open conversation
// watch it again (reading what came after the last message shown, and any shown message whose delivery may have
// moved) and reload every side panel that changes from outside: history, thread, cases, contact and the reply window.
function resync() {
  loadLists().catch(report);
  if (state.routing) state.routing.refresh();
  const id = state.selectedId;
  if (!id) return;
  const current = () => state.selectedId;
  watch(id).catch(report);
  showHistory(id, current, select).catch(report);
  showTimeline(id, current).catch(report);
  showCases(id, current).catch(report);
  showContact(id, current, report).catch(report);
  showWindow(id, current).catch(report);
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
  list.replaceChildren(...items.map((s) => decorateRow(conversationItem(s, s.id === state.selectedId, select), s)));
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
  openTranscript(id);
  clearTyping();
  clearArticles();
  renderLists();
  renderDetail();
  if (previous && isLive()) state.connection.invoke('Unwatch', previous).catch(() => {});
  showHistory(id, () => state.selectedId, select).catch(report);
  showTimeline(id, () => state.selectedId).catch(report);
  showCases(id, () => state.selectedId).catch(report);
  showContact(id, () => state.selectedId, report).catch(report);
  loadTemplates(id, () => state.selectedId).catch(report);
  showWindow(id, () => state.selectedId).catch(report);
  await watch(id).catch(report);
  $('reply-text').focus();
}

async function watch(id) {
  if (!state.conversations.has(id)) upsert((await api.detail(id)).conversation);
  await catchUp(state.connection, id, addMessage);
}

// A resident who texts STOP or START changes what the console says about sending to them.
const consentEvent = (message) => /\.opt(out|in)$/.test(message.event || '');

function addMessage(message) {
  if (!addEntry(message, selected())) return;
  if (message.author === 'resident') clearTyping();
  if (consentEvent(message)) showHistory(message.conversationId, () => state.selectedId, select).catch(report);
  if (message.author === 'resident' && selected()?.channel === 'whatsapp') showWindow(message.conversationId, () => state.selectedId).catch(report);
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
  $('transfer').hidden = !(mine || (isSupervisor() && (summary.status === 'queued' || summary.status === 'assigned')));
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
  $('canned-picker').disabled = !enabled;
  $('composer').classList.toggle('composer--note', note);
  $('reply-text').placeholder = note ? 'Write an internal note for staff… (Enter sends)' : 'Write a reply… (Enter sends, Shift+Enter for a new line)';
  // A live update re-runs this while the agent edits: a "Fill in: {{name}}" hint stays while the reply still holds it.
  const hint = $('composer-hint');
  const stillToFill = hint.textContent.startsWith('Fill in:') && /\{\{\s*[A-Za-z]\w*\s*\}\}/.test($('reply-text').value);
  hint.textContent = enabled ? (stillToFill ? hint.textContent : '') : summary.status === 'queued' ? 'Take the conversation to reply.' : 'Only the assigned agent can reply.';
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
$('resolve').addEventListener('click', () => act($('resolve'), async (id) => (await wrapUp(id)) || selected()));
$('transfer').addEventListener('click', () => act($('transfer'), async (id) => (await transfer(id)) || selected()));
$('reply-private').addEventListener('change', updateComposer);
wireTimeline(() => state.selectedId, report);
wireCases(() => state.selectedId, report);
wireComposer({
  currentId: () => state.selectedId,
  isMine: () => selected()?.status === 'assigned' && selected()?.assigneeId === state.me.id,
  connection: () => state.connection,
  added: addMessage,
  refresh: updateComposer,
  report,
});

boot();
