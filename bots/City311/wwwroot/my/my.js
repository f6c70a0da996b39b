// The resident portal: sign-in by one-time code, then the resident's requests and conversations.
// Everything the resident or the city wrote is placed with textContent, never as HTML.
(function () {
  'use strict';
  const { t } = window.MyI18n;
  const api = window.MyApi;
  const $ = (id) => document.getElementById(id);
  let address = '';

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = text;
    return element;
  }

  function when(iso) {
    return new Date(iso).toLocaleString(window.MyI18n.language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function showSignIn() {
    $('portal').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('address-form').hidden = false;
    $('code-form').hidden = true;
  }

  async function requestCode(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    address = $('address').value.trim();
    try {
      const answer = await api.post('/api/my/sign-in/code', { address, language: window.MyI18n.language });
      $('code-sent').textContent = answer.message;
      $('address-form').hidden = true;
      $('code-form').hidden = false;
      $('code').focus();
    } catch (error) {
      $('sign-in-error').textContent = error.message;
    }
  }

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      await api.post('/api/my/sign-in', { address, code: $('code').value.trim() });
      $('code').value = '';
      await showPortal();
    } catch (error) {
      $('sign-in-error').textContent = error.message;
    }
  }

  function renderRequests(requests) {
    const list = $('requests');
    list.replaceChildren();
    $('requests-empty').hidden = requests.length > 0;
    for (const request of requests) {
      const item = el('li', 'my-request');
      item.dataset.reference = request.reference;
      const head = el('div', 'my-request__head');
      head.append(el('span', 'my-request__ref', request.reference), el('span', 'my-request__service', request.service),
        el('span', 'my-status', t('status.' + request.status)));
      item.append(head, el('p', 'my-request__description', request.description));
      if (request.location) item.append(el('p', 'my-muted', request.location));
      const history = el('ol', 'my-history');
      for (const step of request.history) {
        const line = el('li', 'my-history__step', `${when(step.at)} · ${t('steps.' + step.what)} · ${t('status.' + step.status)}`);
        if (step.note) line.append(el('div', 'my-history__note', step.note));
        history.append(line);
      }
      item.append(history);
      list.append(item);
    }
  }

  function renderConversations(conversations) {
    const list = $('conversations');
    list.replaceChildren();
    $('conversations-empty').hidden = conversations.length > 0;
    for (const conversation of conversations) {
      const item = el('li', 'my-conversation');
      item.dataset.conversationId = conversation.id;
      const show = el('button', 'my-button my-button--small my-button--quiet', t('showConversation'));
      show.type = 'button';
      show.addEventListener('click', () => showTranscript(conversation.id));
      item.append(el('span', '', `${t('channels.' + conversation.channel)} · ${when(conversation.updatedAt)} · `), el('span', 'my-status', t('status.' + conversation.status)), ' ', show);
      list.append(item);
    }
  }

  async function showTranscript(conversationId) {
    const box = $('transcript');
    box.replaceChildren();
    box.hidden = false;
    box.dataset.conversationId = conversationId;
    for (const message of await api.get(`/api/my/conversations/${encodeURIComponent(conversationId)}/messages`)) {
      const line = el('p', 'my-message my-message--' + message.from);
      line.append(el('span', 'my-message__from', message.from === 'you' ? t('you') : (message.name || t('city'))), el('span', 'my-message__text', message.text));
      box.append(line);
    }
  }

  async function showPortal() {
    const profile = await api.get('/api/my/profile?language=' + window.MyI18n.language);
    $('sign-in').hidden = true;
    $('portal').hidden = false;
    $('sign-out').hidden = false;
    const name = profile.givenName || profile.displayName;
    $('welcome').textContent = name ? t('welcome').replace('{name}', name) : t('welcomeAnon');
    window.MyProfile.render(profile);
    window.MyAddresses.render(await api.get('/api/my/addresses'));
    window.MySubscriptions.render(await api.get('/api/my/subscriptions?language=' + window.MyI18n.language));
    renderRequests(await api.get('/api/my/requests'));
    renderConversations(await api.get('/api/my/conversations'));
  }

  async function start() {
    window.MyI18n.apply();
    $('lang').value = window.MyI18n.language;
    $('lang').addEventListener('change', async () => {
      window.MyI18n.setLanguage($('lang').value);
      if (!$('portal').hidden) await showPortal();
    });
    $('address-form').addEventListener('submit', requestCode);
    $('code-form').addEventListener('submit', signIn);
    $('other-address').addEventListener('click', showSignIn);
    $('sign-out').addEventListener('click', async () => { await api.post('/api/my/sign-out'); showSignIn(); });
    window.MyProfile.wire(showPortal);
    window.MyAddresses.wire(showPortal);
    try {
      await showPortal();
    } catch (error) {
      if (error.status !== 401) $('sign-in-error').textContent = t('failed');
      showSignIn();
    }
  }

  start();
})();
