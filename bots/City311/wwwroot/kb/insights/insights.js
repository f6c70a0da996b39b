// Knowledge insights for editors: clusters of questions the bot did not help with (add a phrasing to an
// article, start a new article, or mark them handled) and per-article analytics.
import { call, ApiError, session } from '/staff/http.js';
import { wireSignIn } from '/staff/sign-in.js';
import { notice } from '/staff/notice.js';
import { articleRow, button, clusterSummary, el } from './render.js';

const $ = (id) => document.getElementById(id);
const state = { me: null, articles: [], tab: 'unanswered' };
const isEditor = (me) => me.roles.includes('editor') || me.roles.includes('admin');
const days = () => $('days').value;

const api = {
  ...session,
  unanswered: () => call('GET', `/api/knowledge/insights/unanswered?days=${encodeURIComponent(days())}`),
  articles: () => call('GET', `/api/knowledge/insights/articles?days=${encodeURIComponent(days())}`),
  handled: (questionIds, articleId) => call('POST', '/api/knowledge/insights/clusters/handled', { questionIds, articleId }),
  addPhrasing: (articleId, question) =>
    call('POST', `/api/knowledge/editor/articles/${encodeURIComponent(articleId)}/phrasings`, { question }),
};

function report(error) {
  if (error instanceof ApiError && error.status === 401) { showSignIn(); return; }
  notice(error.message || 'Something went wrong.');
}

// ---- sign-in ----
function showSignIn() {
  state.me = null;
  $('workspace').hidden = $('session').hidden = $('not-editor').hidden = true;
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
  $('session').hidden = false;
  $('user-name').textContent = state.me.displayName;
  if (!isEditor(state.me)) { $('not-editor').hidden = false; return; }
  $('workspace').hidden = false;
  await refresh();
}

wireSignIn({ onSignedIn: boot, onSignedOut: showSignIn, notice: notice });

// ---- tabs ----
function selectTab(name) {
  state.tab = name;
  for (const tab of ['unanswered', 'articles']) {
    const selected = tab === name;
    $(`tab-${tab}`).setAttribute('aria-selected', String(selected));
    $(`tab-${tab}`).tabIndex = selected ? 0 : -1;
    $(`panel-${tab}`).hidden = !selected;
  }
}

$('tab-unanswered').addEventListener('click', () => selectTab('unanswered'));
$('tab-articles').addEventListener('click', () => selectTab('articles'));
$('days').addEventListener('change', () => refresh());

// ---- data ----
async function refresh() {
  try {
    const [unanswered, analytics] = await Promise.all([api.unanswered(), api.articles()]);
    state.articles = analytics.articles;
    renderClusters(unanswered);
    renderArticles(analytics.articles);
  } catch (error) {
    report(error);
  }
}

function renderArticles(articles) {
  $('articles').replaceChildren(...articles.map(articleRow));
}

function renderClusters(view) {
  $('unanswered-summary').textContent =
    `${view.questions} question${view.questions === 1 ? '' : 's'} in ${view.clusters.length} group${view.clusters.length === 1 ? '' : 's'} over the last ${view.days} days.`;
  $('clusters').replaceChildren(...view.clusters.map(clusterCard));
  $('clusters-empty').hidden = view.clusters.length > 0;
}

function clusterCard(cluster) {
  const card = el('li', 'card cluster');
  const actions = el('div', 'cluster__actions');
  const phrasing = phrasingForm(cluster, card);
  actions.append(
    button('Add as phrasing of…', '', () => { phrasing.hidden = !phrasing.hidden; }),
    button('New article from this', '', () => {
      window.location.href = `/kb/editor/#new?question=${encodeURIComponent(cluster.label)}`;
    }),
    button('Mark handled', 'button--quiet', () => markHandled(cluster, null, card)),
  );
  card.append(...clusterSummary(cluster), actions, phrasing);
  return card;
}

// Picks the wording to add and the article it belongs to; the suggested article is the one offered most.
function phrasingForm(cluster, card) {
  const form = el('form', 'phrasing');
  form.hidden = true;
  const question = el('select');
  for (const sample of cluster.samples) question.append(new Option(sample, sample));
  const article = el('select');
  const suggested = cluster.articles[0]?.id;
  for (const a of state.articles) article.append(new Option(a.title, a.id, false, a.id === suggested));
  const questionLabel = el('label', null, 'Question ');
  questionLabel.append(question);
  const articleLabel = el('label', null, 'Article ');
  articleLabel.append(article);
  const add = el('button', 'button button--primary', 'Add phrasing');
  add.type = 'submit';
  form.append(questionLabel, articleLabel, add);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    add.disabled = true;
    try {
      await api.addPhrasing(article.value, question.value);
      await markHandled(cluster, article.value, card);
    } catch (error) {
      report(error);
    } finally {
      add.disabled = false;
    }
  });
  return form;
}

async function markHandled(cluster, articleId, card) {
  try {
    await api.handled(cluster.questionIds, articleId);
  } catch (error) {
    report(error);
    return;
  }
  card.remove();
  $('clusters-empty').hidden = $('clusters').children.length > 0;
  notice(articleId ? 'Phrasing added; the questions are marked handled.' : 'Marked handled.');
}

boot();
