// The outreach page: segments (streets, a pasted GeoJSON area, tags, languages, household roles, subscriptions),
// their preview, a broadcast with its Spanish translation (confirmed when the server asks), and the reports.
// Names, streets and messages are set with textContent only: they come from residents and staff.
import { call, session } from '/staff/http.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';

const $ = (id) => document.getElementById(id);
const api = '/api/supervisor/outreach';
const supervisorRoles = ['supervisor', 'admin'];
const list = (text, separator) => text.split(separator).map((s) => s.trim()).filter((s) => s.length > 0);
let segments = [];
let refresh = 0;

function show(view) {
  for (const id of ['sign-in', 'forbidden', 'outreach']) $(id).hidden = id !== view;
  $('session').hidden = view === 'sign-in';
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const value of cells) {
    const td = document.createElement('td');
    td.textContent = value ?? '';
    tr.appendChild(td);
  }
  return tr;
}

function rules() {
  const area = $('area').value.trim();
  let parsed = null;
  if (area) {
    try { parsed = JSON.parse(area); } catch { throw new Error('The area is not valid GeoJSON.'); }
  }
  return {
    area: parsed,
    streets: list($('streets').value, '\n'),
    tags: list($('tags').value, ','),
    languages: list($('languages').value, ','),
    householdRoles: list($('roles').value, ','),
    subscriptions: [...$('subscriptions').selectedOptions].map((o) => o.value),
  };
}

function fill(segment) {
  const r = segment?.rules ?? {};
  $('segment-name').value = segment?.name ?? '';
  $('streets').value = (r.streets ?? []).join('\n');
  $('area').value = r.area ? JSON.stringify(r.area) : '';
  $('tags').value = (r.tags ?? []).join(', ');
  $('languages').value = (r.languages ?? []).join(', ');
  $('roles').value = (r.householdRoles ?? []).join(', ');
  for (const option of $('subscriptions').options) option.selected = (r.subscriptions ?? []).includes(option.value);
}

async function loadSegments(selected) {
  segments = await call('GET', `${api}/segments`);
  const pick = $('segment-pick');
  pick.replaceChildren(new Option('New segment', ''));
  for (const s of segments) pick.appendChild(new Option(s.name, s.id));
  pick.value = selected ?? '';
}

async function preview() {
  $('segment-error').textContent = '';
  try {
    const result = await call('POST', `${api}/segments/preview`, { rules: rules(), householdOnce: $('household-once').checked });
    const channels = Object.entries(result.byChannel).map(([c, n]) => `${n} by ${c}`).join(', ');
    $('preview-count').textContent = `${result.count} people would get it${channels ? ` (${channels})` : ''}; ${result.matched} matched, `
      + `${result.sameAddress} share a number, ${result.sameHousehold} share a household, ${result.unreachable} cannot be reached.`;
    $('preview-warnings').replaceChildren(...result.warnings.map((w) => { const li = document.createElement('li'); li.textContent = w; return li; }));
    $('preview-sample').replaceChildren(...result.sample.map((s) => row([s.name ?? '(no name)', s.street ?? '', s.channel, s.language])));
  } catch (error) {
    $('segment-error').textContent = error.message;
  }
}

async function saveSegment(event) {
  event.preventDefault();
  $('segment-error').textContent = '';
  const id = $('segment-pick').value;
  try {
    const body = { name: $('segment-name').value, rules: rules() };
    const saved = id
      ? await call('PUT', `${api}/segments/${encodeURIComponent(id)}`, { ...body, version: segments.find((s) => s.id === id)?.version })
      : await call('POST', `${api}/segments`, body);
    await loadSegments(saved.id);
    notice(`Segment "${saved.name}" saved.`);
  } catch (error) {
    $('segment-error').textContent = error.message;
  }
}

async function send(event) {
  event.preventDefault();
  $('broadcast-error').textContent = '';
  const segmentId = $('segment-pick').value;
  if (!segmentId) { $('broadcast-error').textContent = 'Save or pick a segment first.'; return; }
  const texts = { en: $('text-en').value, es: $('text-es').value };
  const body = { segmentId, topic: $('topic').value || null, texts, householdOnce: $('household-once').checked, confirm: false };
  try {
    await call('POST', `${api}/broadcasts`, body);
  } catch (error) {
    if (error.status !== 409 || error.problem.reason !== 'confirmation-required') { $('broadcast-error').textContent = error.message; return; }
    if (!window.confirm(error.message)) return;
    try { await call('POST', `${api}/broadcasts`, { ...body, confirm: true }); } catch (again) { $('broadcast-error').textContent = again.message; return; }
  }
  notice('Broadcast planned: it goes out now, or in the morning during quiet hours.');
  await reports();
}

async function reports() {
  try {
    const all = await call('GET', `${api}/broadcasts`);
    $('broadcasts').replaceChildren(...all.map((b) => row([new Date(b.createdAt).toLocaleString(), b.segmentName, b.status, b.report.planned,
      b.report.waiting, b.report.heldForQuietHours, b.report.sent, b.report.delivered, b.report.failed, b.report.optedOut, b.report.unreachable])));
  } catch (error) {
    notice(error.message);
  }
}

async function enter() {
  let me;
  try { me = await session.me(); } catch { show('sign-in'); return; }
  $('user-name').textContent = me.displayName;
  if (!me.roles.some((r) => supervisorRoles.includes(r))) { show('forbidden'); return; }
  show('outreach');
  const topics = await call('GET', `${api}/topics`);
  $('subscriptions').replaceChildren(...topics.map((t) => new Option(t.name, t.id)));
  await loadSegments();
  await reports();
  clearInterval(refresh);
  refresh = setInterval(reports, 5000);
}

$('segment-pick').addEventListener('change', () => fill(segments.find((s) => s.id === $('segment-pick').value)));
$('preview').addEventListener('click', preview);
$('segment-form').addEventListener('submit', saveSegment);
$('broadcast-form').addEventListener('submit', send);
wireSignIn({ onSignedIn: enter, onSignedOut: () => { clearInterval(refresh); show('sign-in'); }, notice });
enter();
