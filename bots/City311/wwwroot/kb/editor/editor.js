// The knowledge editor: sign-in, the article list with filters, the edit form with live preview, lifecycle
// actions, version history with diffs and roll back. Routes: #article/{id}, #new, #new?question=...
import { api, ApiError } from './api.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';
import { buildForm, fillForm, presetQuestion, readForm, showErrors } from './form.js';
import { renderHistory } from './history.js';

const $ = (id) => document.getElementById(id);
const state = { me: null, detail: null, isNew: false };
const STATUS_LABELS = { draft: 'Draft', 'in-review': 'In review', published: 'Published', archived: 'Archived' };

function report(error) {
  if (!(error instanceof ApiError)) { notice(error.message || 'Something went wrong.'); return; }
  if (error.status === 401) { showSignIn(); return; }
  if (error.status === 403) { notice('Your account does not have the editor role.'); return; }
  if (error.status === 409 && error.problem.currentVersion !== undefined) {
    $('conflict-text').textContent = `${error.problem.currentAuthor} saved version ${error.problem.currentVersion} meanwhile: reload to see it, then make your change again.`;
    $('conflict').hidden = false;
    return;
  }
  if (error.status === 400 && error.problem.errors) {
    showErrors(error.problem.errors);
    notice('Some fields need attention.');
    return;
  }
  notice(error.message);
}

// ---- sign-in ----
function showSignIn() {
  state.me = null;
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
  $('workspace').hidden = $('session').hidden = false;
  $('user-name').textContent = state.me.displayName;
  await loadList().catch(report);
  await route().catch(report);
}

wireSignIn({ onSignedIn: boot, onSignedOut: showSignIn, notice: notice });

// ---- list ----
function listItem(article) {
  const item = document.createElement('li');
  item.dataset.articleId = article.id;
  item.dataset.status = article.status;
  const link = document.createElement('a');
  link.href = `#article/${encodeURIComponent(article.id)}`;
  link.className = 'article-item';
  if (state.detail && state.detail.id === article.id) link.setAttribute('aria-current', 'true');
  const title = document.createElement('span');
  title.className = 'article-item__title';
  title.textContent = article.title;
  const meta = document.createElement('span');
  meta.className = 'article-item__meta';
  const published = article.publishedVersion ? ` · live v${article.publishedVersion}` : '';
  meta.textContent = `${article.id} · ${article.language} · v${article.headVersion}${published}${article.owner ? ` · ${article.owner}` : ''}`;
  const status = document.createElement('span');
  status.className = `badge badge--${article.status}`;
  status.textContent = STATUS_LABELS[article.status] || article.status;
  link.append(title, status, meta);
  if (article.translationOutOfDate) {
    const flag = document.createElement('span');
    flag.className = 'flag';
    flag.textContent = 'Translation out of date';
    link.append(flag);
  }
  item.append(link);
  return item;
}

async function loadList() {
  const filters = { status: $('filter-status').value, language: $('filter-language').value, q: $('filter-q').value.trim() };
  const articles = await api.list(filters);
  $('article-list').replaceChildren(...articles.map(listItem));
  $('article-count').textContent = String(articles.length);
  $('list-empty').hidden = articles.length > 0;
}

let filterTimer = 0;
for (const id of ['filter-status', 'filter-language']) $(id).addEventListener('change', () => loadList().catch(report));
$('filter-q').addEventListener('input', () => { clearTimeout(filterTimer); filterTimer = setTimeout(() => loadList().catch(report), 250); });
$('new-article').addEventListener('click', () => { location.hash = '#new'; });

// ---- editor ----
function showEditor(visible) {
  $('editor').hidden = !visible;
  $('editor-empty').hidden = visible;
  $('conflict').hidden = true;
}

function renderState() {
  const d = state.detail;
  const buttons = { submit: false, publish: false, confirm: false, archive: false, restore: false };
  if (state.isNew) {
    $('editor-title').textContent = 'New article';
    $('editor-state').textContent = 'Not saved yet: saving creates version 1 as a draft.';
    $('editor-flag').hidden = true;
  } else {
    $('editor-title').textContent = d.article.title;
    const live = d.publishedVersion ? `version ${d.publishedVersion} answers residents` : 'nothing answers residents';
    $('editor-state').textContent = `${STATUS_LABELS[d.status]} · head version ${d.headVersion} by ${d.headAuthorName} · ${live}`;
    $('editor-flag').hidden = !d.translationOutOfDate;
    Object.assign(buttons, {
      submit: d.status === 'draft', publish: d.status === 'in-review', archive: d.status !== 'archived',
      restore: d.status === 'archived', confirm: Boolean(d.article.translationOf) && d.status !== 'archived',
    });
  }
  for (const [name, visible] of Object.entries(buttons)) $(`action-${name}`).hidden = !visible;
  $('view-live').hidden = state.isNew || !d.publishedVersion;
  if (!state.isNew) $('view-live').href = d.url;
  $('history-list').closest('.history').hidden = state.isNew;
}

async function show(detail) {
  state.detail = detail;
  state.isNew = false;
  fillForm(detail.article, false);
  renderState();
  showEditor(true);
  await renderHistory(detail, { onRollback: rollback, report });
}

async function openArticle(id) {
  await show(await api.get(id));
  await loadList();
}

function newArticle(question) {
  state.detail = null;
  state.isNew = true;
  fillForm({ language: 'en', owner: state.me.displayName }, true);
  if (question) presetQuestion(question);
  renderState();
  showEditor(true);
}

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith('article/')) return openArticle(hash.slice('article/'.length));
  if (hash === 'new' || hash.startsWith('new?')) {
    return newArticle(new URLSearchParams(location.hash.slice(1).split('?')[1] || '').get('question'));
  }
  state.detail = null;
  showEditor(false);
}

async function save() {
  const { article, comment } = readForm();
  showErrors({});
  if (state.isNew) {
    const created = await api.create(article, comment);
    location.hash = `#article/${encodeURIComponent(created.id)}`;
    notice('Saved version 1 as a draft.');
    return;
  }
  const saved = await api.save(state.detail.id, state.detail.headVersion, article, comment);
  await show(saved);
  await loadList();
  notice(`Saved version ${saved.headVersion}.`);
}

async function act(action, body, message) {
  const detail = await api.act(state.detail.id, action, body);
  await show(detail);
  await loadList();
  notice(message(detail));
}

async function rollback(version) {
  await act('rollback', { version, baseVersion: state.detail.headVersion }, (d) => `Version ${d.headVersion} restores the content of version ${version}.`)
    .catch(report);
}

buildForm(() => save().catch(report));
$('action-submit').addEventListener('click', () => act('submit', {}, () => 'Submitted for review.').catch(report));
$('action-publish').addEventListener('click', () => act('publish', { version: state.detail.headVersion }, (d) => `Version ${d.publishedVersion} now answers residents.`).catch(report));
$('action-archive').addEventListener('click', () => act('archive', {}, () => 'Archived: it no longer answers residents.').catch(report));
$('action-restore').addEventListener('click', () => act('restore', {}, () => 'Restored as a draft.').catch(report));
$('action-confirm').addEventListener('click', () => act('confirm-translation', {}, () => 'Marked as matching its source.').catch(report));
$('conflict-reload').addEventListener('click', () => openArticle(state.detail.id).catch(report));
window.addEventListener('hashchange', () => { if (state.me) route().catch(report); });

boot();
