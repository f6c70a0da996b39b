// "Try a question" for editors: asks /api/knowledge/try and shows the decision, each channel's answer and
// why every article was found. Everything from the server is shown with textContent, never as HTML.
import { call, ApiError, session } from '/staff/http.js';
import { wireSignIn } from '/staff/sign-in.js';

const $ = (id) => document.getElementById(id);
const isEditor = (me) => me.roles.includes('editor') || me.roles.includes('admin');
const decisions = {
  Answer: ['Answers', 'the bot gives the top article.'],
  Clarify: ['Asks to choose', 'the bot offers the top articles as buttons.'],
  OfferHandoff: ['Offers a person', 'nothing fits well enough; the bot offers a 311 agent or a problem report.'],
};
const kinds = { Exact: 'same word', Misspelling: 'typo', Synonym: 'city synonym', WordNet: 'WordNet synonym' };

function show(section) {
  for (const id of ['sign-in', 'not-editor', 'workspace']) $(id).hidden = id !== section;
  $('session').hidden = section === 'sign-in';
}

async function boot() {
  let me;
  try {
    me = await session.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) { show('sign-in'); $('user-name-input').focus(); return; }
    $('sign-in-error').textContent = error.message;
    show('sign-in');
    return;
  }
  $('user-name').textContent = me.displayName;
  show(isEditor(me) ? 'workspace' : 'not-editor');
  if (isEditor(me)) $('question').focus();
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function hitItem(hit) {
  const item = element('li');
  const head = element('div', undefined, 'try__hit-head');
  const link = element('a', hit.title);
  link.href = hit.url;
  link.target = '_blank';
  link.rel = 'noopener';
  head.append(link, element('span', `score ${hit.score.toFixed(3)}`, 'muted'), element('span', `${hit.language}, version ${hit.version}`, 'muted'));
  if (hit.matchedId !== hit.id) head.append(element('span', `translation of ${hit.matchedId}, which matched`, 'muted'));
  item.append(head);
  const why = element('ul', undefined, 'try__why');
  for (const match of hit.matches) {
    const line = element('li');
    const found = match.matched === match.term ? '' : ` as "${match.matched}"`;
    line.append(`"${match.term}" in ${match.field}${found} `, element('span', kinds[match.kind] || match.kind, 'try__kind'));
    why.append(line);
  }
  if (hit.matches.length === 0) why.append(element('li', 'No question word in its fields (found through the ranking only).', 'muted'));
  item.append(why);
  return item;
}

function render(result) {
  const [title, detail] = decisions[result.decision] || [result.decision, ''];
  $('decision').textContent = `${title} (confidence ${result.confidence.toFixed(2)})`;
  $('decision-detail').textContent = `${detail} Read as ${result.language === 'es' ? 'Spanish' : 'English'}` +
    `${result.searchedLanguage !== result.language ? `, found among ${result.searchedLanguage === 'es' ? 'Spanish' : 'English'} articles` : ''}, for ${result.day}.`;
  $('channels').hidden = !result.answer;
  if (result.answer) {
    $('answer-webchat').textContent = result.answer.webChat;
    $('answer-sms').textContent = result.answer.sms;
    $('answer-sms-count').textContent = `${result.answer.sms.length} of 320 characters`;
    $('answer-voice').textContent = result.answer.voice;
  }
  $('hits').replaceChildren(...result.hits.map(hitItem));
  $('no-hits').hidden = result.hits.length > 0;
  $('result').hidden = false;
}

$('try-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('try-error').textContent = '';
  const question = $('question').value.trim();
  if (!question) { $('try-error').textContent = 'Type a question to try.'; return; }
  const body = { question, language: $('language').value || null, day: $('day').value || null };
  $('try-button').disabled = true;
  try {
    render(await call('POST', '/api/knowledge/try', body));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) { show('sign-in'); return; }
    $('try-error').textContent = error.message;
  } finally {
    $('try-button').disabled = false;
  }
});

wireSignIn({ onSignedIn: boot, onSignedOut: () => show('sign-in'), notice: null });

boot();
