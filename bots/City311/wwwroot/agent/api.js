// HTTP calls of the agent console. Errors surface as ApiError with a sentence fit for the notice bar.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function describe(response) {
  try {
    const problem = await response.json();
    if (problem.errors) {
      const first = Object.values(problem.errors).flat()[0];
      if (first) return first;
    }
    return problem.detail || problem.title || `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
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
  if (!response.ok) throw new ApiError(response.status, await describe(response));
  return response.status === 204 ? null : response.json();
}

const conversationUrl = (id) => `/api/agent/conversations/${encodeURIComponent(id)}`;

export const api = {
  me: () => call('GET', '/api/auth/me'),
  signIn: (userName, password) => call('POST', '/api/auth/login', { userName, password }),
  signOut: () => call('POST', '/api/auth/logout'),
  list: (status) => call('GET', `/api/agent/conversations?status=${encodeURIComponent(status)}`),
  detail: (id) => call('GET', conversationUrl(id)),
  take: (id) => call('POST', `${conversationUrl(id)}/take`),
  send: (id, text, isPrivate) => call('POST', `${conversationUrl(id)}/messages`, { text, private: isPrivate }),
  resolve: (id) => call('POST', `${conversationUrl(id)}/resolve`),
};
