// The alerts the city offers and the ones the resident follows; names and wording are placed with textContent only.
(function () {
  'use strict';
  const { t } = window.MyI18n;
  const api = window.MyApi;
  const $ = (id) => document.getElementById(id);

  function render(topics) {
    const list = $('subscriptions');
    list.replaceChildren();
    $('subscriptions-empty').hidden = topics.length > 0;
    for (const topic of topics) {
      const item = document.createElement('li');
      item.className = 'my-consent my-subscription';
      item.dataset.topic = topic.id;
      const text = document.createElement('div');
      const name = document.createElement('strong');
      name.className = 'my-subscription__name';
      name.textContent = topic.name;
      // The wording of what the button does: the server records exactly this sentence with the choice.
      const wording = document.createElement('div');
      wording.className = 'my-consent__wording';
      wording.textContent = topic.following ? topic.unfollowWording : topic.followWording;
      const state = document.createElement('div');
      state.className = 'my-consent__state';
      state.textContent = topic.following ? t('following') : t('notFollowing');
      text.append(name, wording, state);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'my-button my-button--small';
      button.textContent = topic.following ? t('unfollow') : t('follow');
      button.addEventListener('click', () => choose(topic.id, !topic.following));
      item.append(text, button);
      list.append(item);
    }
  }

  async function choose(topic, follow) {
    $('subscription-error').textContent = '';
    try {
      render(await api.post('/api/my/subscriptions', { topic, follow, language: window.MyI18n.language }));
    } catch (error) {
      $('subscription-error').textContent = error.message;
    }
  }

  window.MySubscriptions = { render };
})();
