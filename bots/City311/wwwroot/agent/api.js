// HTTP calls of the agent console.
import { call, session } from '/staff/http.js';

export { ApiError } from '/staff/http.js';

const conversationUrl = (id) => `/api/agent/conversations/${encodeURIComponent(id)}`;

export const api = {
  ...session,
  list: (status) => call('GET', `/api/agent/conversations?status=${encodeURIComponent(status)}`),
  detail: (id) => call('GET', conversationUrl(id)),
  messagesAfter: (id, after) => call('GET', `${conversationUrl(id)}/messages?after=${encodeURIComponent(after)}`),
  take: (id) => call('POST', `${conversationUrl(id)}/take`),
  send: (id, text, isPrivate, asTemplate = false) => call('POST', `${conversationUrl(id)}/messages`, { text, private: isPrivate, asTemplate }),
  resolve: (id) => call('POST', `${conversationUrl(id)}/resolve`),
  contact: (id) => call('GET', `${conversationUrl(id)}/contact`),
  articles: (id, q) => call('GET', `${conversationUrl(id)}/articles?q=${encodeURIComponent(q)}`),
  timeline: (id, before) => call('GET', `${conversationUrl(id)}/timeline?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`),
  replyVia: (id, targetId, text) => call('POST', `${conversationUrl(id)}/reply-via/${encodeURIComponent(targetId)}`, { text }),
  cases: (id) => call('GET', `${conversationUrl(id)}/cases`),
  openCase: (id, serviceCode, description, location) => call('POST', `${conversationUrl(id)}/cases`, { serviceCode, description, location }),
  linkCase: (id, reference) => call('POST', `${conversationUrl(id)}/cases/link`, { reference }),
  canned: () => call('GET', '/api/agent/canned-responses'),
  fillCanned: (id, responseId) => call('POST', `${conversationUrl(id)}/canned-responses/${encodeURIComponent(responseId)}`),
  templates: (id) => call('GET', `${conversationUrl(id)}/templates`),
  renderTemplate: (id, name) => call('POST', `${conversationUrl(id)}/templates/${encodeURIComponent(name)}`),
};
