// HTTP calls of the knowledge editor. Errors surface as ApiError carrying the problem details.

export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem || {};
  }
}

async function failure(response) {
  let problem = {};
  try { problem = await response.json(); } catch { /* not JSON: keep the status alone */ }
  const first = problem.errors ? Object.values(problem.errors).flat()[0] : null;
  const message = first || problem.detail || problem.title || `The server answered ${response.status}.`;
  return new ApiError(response.status, message, problem);
}

/** Calls the API with the sign-in cookie; resolves to the JSON body, or null for 204. */
export async function call(method, url, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check the network connection.');
  }
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? null : response.json();
}

const base = '/api/knowledge/editor';
const articleUrl = (id) => `${base}/articles/${encodeURIComponent(id)}`;

export const api = {
  me: () => call('GET', '/api/auth/me'),
  signIn: (userName, password) => call('POST', '/api/auth/login', { userName, password }),
  signOut: () => call('POST', '/api/auth/logout'),
  list: (filters) => call('GET', `${base}/articles?${new URLSearchParams(filters)}`),
  get: (id) => call('GET', articleUrl(id)),
  create: (article, comment) => call('POST', `${base}/articles`, { article, comment }),
  save: (id, baseVersion, article, comment) => call('PUT', articleUrl(id), { baseVersion, article, comment }),
  versions: (id) => call('GET', `${articleUrl(id)}/versions`),
  diff: (id, from, to) => call('GET', `${articleUrl(id)}/diff?from=${from}&to=${to}`),
  act: (id, action, body) => call('POST', `${articleUrl(id)}/${action}`, body || {}),
  preview: (body) => call('POST', `${base}/preview`, { body }),
};
