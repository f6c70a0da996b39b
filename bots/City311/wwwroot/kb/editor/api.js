// HTTP calls of the knowledge editor.
import { call, session } from '/staff/http.js';

export { ApiError } from '/staff/http.js';

const base = '/api/knowledge/editor';
const articleUrl = (id) => `${base}/articles/${encodeURIComponent(id)}`;

export const api = {
  ...session,
  list: (filters) => call('GET', `${base}/articles?${new URLSearchParams(filters)}`),
  get: (id) => call('GET', articleUrl(id)),
  create: (article, comment) => call('POST', `${base}/articles`, { article, comment }),
  save: (id, baseVersion, article, comment) => call('PUT', articleUrl(id), { baseVersion, article, comment }),
  versions: (id) => call('GET', `${articleUrl(id)}/versions`),
  diff: (id, from, to) => call('GET', `${articleUrl(id)}/diff?from=${from}&to=${to}`),
  act: (id, action, body) => call('POST', `${articleUrl(id)}/${action}`, body || {}),
  preview: (body) => call('POST', `${base}/preview`, { body }),
};
