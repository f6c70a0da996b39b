// HTTP calls of the agent console.
import { call, session } from '/staff/http.js';

export { ApiError } from '/staff/http.js';

const conversationUrl = (id) => `/api/agent/conversations/${encodeURIComponent(id)}`;

export const api = {
  ...session,
  list: (status) => call('GET', `/api/agent/conversations?status=${encodeURIComponent(status)}`),
  detail: (id) => call('GET', conversationUrl(id)),
  take: (id) => call('POST', `${conversationUrl(id)}/take`),
  send: (id, text, isPrivate, asTemplate = false) => call('POST', `${conversationUrl(id)}/messages`, { text, private: isPrivate, asTemplate }),
  resolve: (id) => call('POST', `${conversationUrl(id)}/resolve`),
  contact: (id) => call('GET', `${conversationUrl(id)}/contact`),
  templates: (id) => call('GET', `${conversationUrl(id)}/templates`),
  renderTemplate: (id, name) => call('POST', `${conversationUrl(id)}/templates/${encodeURIComponent(name)}`),
};
