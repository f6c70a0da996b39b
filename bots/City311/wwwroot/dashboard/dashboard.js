// The supervisor dashboard: sign-in, the live counters from /hubs/supervisor, and the reports.
import { session } from '/staff/http.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';
import { wireReports } from './reports.js';

const $ = (id) => document.getElementById(id);
const supervisorRoles = ['supervisor', 'admin'];
const retryDelayMs = 5000;
let connection = null;

function show(view) {
  for (const id of ['sign-in', 'forbidden', 'dashboard']) $(id).hidden = id !== view;
  $('session').hidden = view === 'sign-in';
}

function cell(value, numeric) {
  const td = document.createElement('td');
  td.textContent = String(value);
  if (numeric) td.className = 'num';
  return td;
}

function rows(tbody, items, toCells) {
  $(tbody).replaceChildren(...items.map((item) => {
    const tr = document.createElement('tr');
    tr.append(...toCells(item));
    return tr;
  }));
}

function wait(seconds) {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Paints the live counters (all text through textContent). */
function render(counters) {
  const total = (state) => counters.conversations.filter((c) => c.state === state).reduce((sum, c) => sum + c.count, 0);
  $('queued-total').textContent = total('queued');
  $('assigned-total').textContent = total('assigned');
  $('bot-total').textContent = total('bot');
  $('resolved-total').textContent = total('resolved');
  $('live-day').textContent = counters.day;
  $('live-at').textContent = `updated ${new Date(counters.at).toLocaleTimeString()}`;
  const level = counters.serviceLevel;
  $('service-target').textContent = `(queue targets, else ${level.targetSeconds} s)`;
  $('service-level').textContent = level.share === null ? '–' : `${Math.round(level.share * 100)}%`;
  $('service-detail').textContent = `${level.answeredInTarget} of ${level.handedOff} hand-offs answered in time`;
  const channels = [...new Set(counters.conversations.map((c) => c.channel))].sort();
  const count = (channel, state) => counters.conversations.find((c) => c.channel === channel && c.state === state)?.count ?? 0;
  rows('channels', channels, (channel) => [cell(channel), ...['bot', 'queued', 'assigned', 'resolved'].map((s) => cell(count(channel, s), true))]);
  rows('queues', counters.queues, (q) => {
    const longest = cell(q.waiting ? wait(q.longestWaitSeconds) : '–', true);
    // Past the queue's own target: the row is marked so the late queue stands out.
    if (q.waiting && q.longestWaitSeconds > q.slaTargetSeconds) longest.dataset.late = 'true';
    return [cell(q.queue), cell(q.waiting, true), cell(q.offered, true), longest, cell(wait(q.slaTargetSeconds), true)];
  });
  rows('agents', counters.agents, (a) => [cell(a.presence), cell(a.agents, true)]);
  rows('cases', counters.cases, (c) => [cell(c.department), cell(c.new, true), cell(c.open, true), cell(c.closed, true)]);
}

function state(name, label) {
  $('connection').dataset.state = name;
  $('connection').textContent = label;
}

async function connect() {
  connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/supervisor')
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on('CountersChanged', render);
  connection.onreconnecting(() => state('reconnecting', 'Reconnecting…'));
  connection.onreconnected(() => state('connected', 'Live'));
  connection.onclose(() => { state('disconnected', 'Offline'); setTimeout(start, retryDelayMs); });
  await start();
}

async function start() {
  if (!connection || connection.state !== signalR.HubConnectionState.Disconnected) return;
  try {
    await connection.start();
    state('connected', 'Live');
  } catch (error) {
    state('disconnected', 'Offline');
    if (error && error.statusCode === 401) show('sign-in'); else setTimeout(start, retryDelayMs);
  }
}

async function enter() {
  let me;
  try { me = await session.me(); } catch { show('sign-in'); return; }
  $('user-name').textContent = me.displayName;
  if (!me.roles.some((r) => supervisorRoles.includes(r))) { show('forbidden'); return; }
  show('dashboard');
  await connect();
  try { await wireReports(); } catch (error) { notice(error.message); }
}

wireSignIn({
  onSignedIn: enter,
  onSignedOut: async () => {
    const closing = connection;
    connection = null;
    if (closing) await closing.stop().catch(() => {});
    show('sign-in');
  },
  notice,
});
enter();
