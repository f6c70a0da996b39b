// HTTP calls of the staff pages (agent console, knowledge editor, "Try it", insights). Errors surface as
// ApiError: a sentence fit for a notice bar, plus the problem details for pages that show more.

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

/** The signed-in staff member, sign-in and sign-out (cookie). */
export const session = {
  me: () => call('GET', '/api/auth/me'),
  signIn: (userName, password) => call('POST', '/api/auth/login', { userName, password }),
  signOut: () => call('POST', '/api/auth/logout'),
};
