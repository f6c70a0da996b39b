// Phones and emails the resident adds: a code goes to the address, which stays unconfirmed (and unused) until typed back.
// Addresses are placed with textContent only.
(function () {
  'use strict';
  const { t } = window.MyI18n;
  const api = window.MyApi;
  const $ = (id) => document.getElementById(id);
  let reload = async () => {};

  function clear() {
    $('address-status').textContent = '';
    $('address-error').textContent = '';
  }

  async function attempt(action) {
    clear();
    try {
      await action();
    } catch (error) {
      $('address-error').textContent = error.message;
    }
  }

  function render(pending) {
    const list = $('pending-addresses');
    list.replaceChildren();
    for (const entry of pending) {
      const item = document.createElement('li');
      item.className = 'my-consent my-pending-address';
      item.dataset.address = entry.address;
      const text = document.createElement('div');
      const address = document.createElement('strong');
      address.textContent = entry.address;
      const state = document.createElement('div');
      state.className = 'my-consent__state';
      state.textContent = t('unconfirmed');
      text.append(address, state);
      const code = document.createElement('input');
      code.inputMode = 'numeric';
      code.maxLength = 6;
      code.autocomplete = 'one-time-code';
      code.setAttribute('aria-label', t('confirmCode') + ' ' + entry.address);
      const confirm = document.createElement('button');
      confirm.type = 'button';
      confirm.className = 'my-button my-button--small';
      confirm.textContent = t('confirm');
      confirm.addEventListener('click', () => attempt(async () => {
        await api.post('/api/my/addresses/confirm', { address: entry.address, code: code.value.trim() });
        await reload();
        $('address-status').textContent = t('confirmed');
      }));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'my-button my-button--small my-button--quiet';
      remove.textContent = t('remove');
      remove.addEventListener('click', () => attempt(async () => {
        await api.delete('/api/my/addresses?address=' + encodeURIComponent(entry.address));
        render(await api.get('/api/my/addresses'));
      }));
      item.append(text, code, confirm, remove);
      list.append(item);
    }
  }

  async function add(event) {
    event.preventDefault();
    const address = $('new-address').value.trim();
    await attempt(async () => {
      render(await api.post('/api/my/addresses', { address, language: window.MyI18n.language }));
      $('new-address').value = '';
      $('address-status').textContent = t('codeSentTo').replace('{address}', address);
    });
  }

  window.MyAddresses = {
    render,
    wire(reloadPortal) {
      reload = reloadPortal;
      $('address-add-form').addEventListener('submit', add);
    },
  };
})();
