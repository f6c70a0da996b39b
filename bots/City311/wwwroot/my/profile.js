// The resident's details and consents on the portal; values are set as form values or textContent only.
(function () {
  'use strict';
  const { t } = window.MyI18n;
  const api = window.MyApi;
  const $ = (id) => document.getElementById(id);
  let version = 0;
  let reload = async () => {};

  const lines = (text) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

  function renderChannels(channels, preferred) {
    const select = $('preferred-channel');
    select.replaceChildren();
    const none = document.createElement('option');
    none.value = '';
    none.textContent = t('noChannel');
    select.append(none);
    for (const channel of channels) {
      const option = document.createElement('option');
      option.value = channel;
      option.textContent = t('channels.' + channel);
      select.append(option);
    }
    select.value = preferred || '';
  }

  function renderConsents(profile) {
    const list = $('consents');
    list.replaceChildren();
    for (const choice of profile.consentChoices) {
      const current = profile.consents.find((c) => c.channel === choice.channel && c.topic === choice.topic);
      const item = document.createElement('li');
      item.className = 'my-consent';
      item.dataset.channel = choice.channel;
      item.dataset.topic = choice.topic;
      const text = document.createElement('div');
      const wording = document.createElement('span');
      wording.className = 'my-consent__wording';
      const optedIn = current ? current.optedIn : null;
      // The wording of the choice the button makes: what gets recorded is what the resident reads here.
      wording.textContent = optedIn === false ? choice.optInWording : choice.optOutWording;
      const state = document.createElement('div');
      state.className = 'my-consent__state';
      state.textContent = optedIn === null ? t('notChosen') : optedIn ? t('allowed') : t('stopped');
      text.append(wording, state);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'my-button my-button--small';
      button.textContent = optedIn === false ? t('optIn') : t('optOut');
      button.addEventListener('click', () => choose(choice, optedIn === false));
      item.append(text, button);
      list.append(item);
    }
  }

  async function choose(choice, optedIn) {
    $('consent-error').textContent = '';
    try {
      render(await api.post('/api/my/consents', { channel: choice.channel, topic: choice.topic, optedIn, language: window.MyI18n.language }));
    } catch (error) {
      $('consent-error').textContent = error.message;
    }
  }

  function render(profile) {
    version = profile.version;
    $('given-name').value = profile.givenName || '';
    $('family-name').value = profile.familyName || '';
    $('phones').value = profile.phones.join('\n');
    $('emails').value = profile.emails.join('\n');
    $('profile-language').value = profile.language === 'es' ? 'es' : 'en';
    renderChannels(profile.channels, profile.preferredChannel);
    renderConsents(profile);
  }

  async function save(event) {
    event.preventDefault();
    $('profile-status').textContent = '';
    $('profile-error').textContent = '';
    try {
      render(await api.patch('/api/my/profile', {
        version,
        givenName: $('given-name').value,
        familyName: $('family-name').value,
        phones: lines($('phones').value),
        emails: lines($('emails').value),
        language: $('profile-language').value,
        preferredChannel: $('preferred-channel').value,
      }));
      $('profile-status').textContent = t('saved');
    } catch (error) {
      $('profile-error').textContent = error.message;
      if (error.status === 409) await reload();
    }
  }

  window.MyProfile = {
    render,
    wire(reloadPortal) {
      reload = reloadPortal;
      $('profile-form').addEventListener('submit', save);
    },
  };
})();
