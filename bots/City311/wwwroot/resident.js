// The resident page: asks our own server for a Direct Line token, then renders Web Chat against
// our Direct Line endpoint (never a third-party service). The token names the conversation and user.
(function () {
  'use strict';

  var host = document.getElementById('webchat');
  var status = document.getElementById('webchat-status');

  var styleOptions = {
    accent: '#0b4f8a',
    backgroundColor: '#ffffff',
    botAvatarInitials: '311',
    botAvatarBackgroundColor: '#0b4f8a',
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#5b6b7b',
    bubbleBackground: '#eef3f8',
    bubbleBorderRadius: 10,
    bubbleFromUserBackground: '#0b4f8a',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 10,
    bubbleMaxWidth: 520,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    rootHeight: '100%',
    sendBoxHeight: 52,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 16,
    hideUploadButton: true,
    timestampFormat: 'absolute'
  };

  function showProblem(text) {
    status.textContent = text;
    status.classList.add('chat__status--error');
    status.hidden = false;
  }

  async function start() {
    if (!window.WebChat) {
      showProblem('The chat could not load. Please refresh the page, or call 311.');
      return;
    }
    var response;
    try {
      response = await fetch('/webchat/token', { method: 'POST', headers: { Accept: 'application/json' } });
    } catch (e) {
      showProblem('We could not reach the chat service. Check your connection and refresh the page, or call 311.');
      return;
    }
    if (!response.ok) {
      showProblem('The chat is not available right now. Please try again shortly, or call 311.');
      return;
    }
    var grant = await response.json();
    var directLine = window.WebChat.createDirectLine({
      token: grant.token,
      domain: window.location.origin + '/v3/directline'
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: grant.userId,
      // Agents see that the resident is typing; the bot and SMS never need it.
      sendTypingIndicator: true,
      locale: document.documentElement.lang === 'en' ? 'en-US' : document.documentElement.lang,
      styleOptions: styleOptions
    }, host);
    status.hidden = true;
  }

  start();
})();
