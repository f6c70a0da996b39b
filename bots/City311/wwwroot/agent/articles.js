// Knowledge articles in the reply: a search in the side panel lists articles, each with the text the server chose for
// the conversation's channel (the short answer for SMS and WhatsApp, the summary and link elsewhere); Insert puts that
// text at the cursor for the agent to edit. Titles and texts are placed with textContent only.
import { api } from './api.js';
import { el } from './render.js';
import { insertAtCursor } from './canned.js';

const $ = (id) => document.getElementById(id);

function articleItem(article) {
  const item = el('li', 'article-hit');
  item.dataset.articleId = article.articleId;
  item.append(el('span', 'article-hit__title', article.title));
  item.append(el('span', 'article-hit__text muted', article.insertText));
  const insert = el('button', 'button button--quiet', article.variant === 'sms' ? 'Insert short answer' : 'Insert answer and link');
  insert.type = 'button';
  insert.addEventListener('click', () => insertAtCursor(article.insertText));
  item.append(insert);
  return item;
}

/** Clears the results (another conversation was opened). */
export function clearArticles() {
  $('article-results').replaceChildren();
  $('article-empty').hidden = true;
}

/** Wires the search form; `currentId()` tells which conversation the inserted text is for. */
export function wireArticleSearch(currentId, onError) {
  $('article-search').addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = currentId();
    const q = $('article-query').value.trim();
    if (!id || !q) return;
    try {
      const found = await api.articles(id, q);
      if (currentId() !== id) return;
      $('article-results').replaceChildren(...found.map(articleItem));
      $('article-empty').hidden = found.length > 0;
    } catch (error) {
      onError(error);
    }
  });
}
