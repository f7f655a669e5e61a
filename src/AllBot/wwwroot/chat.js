// Starts the Web Chat widget on the chat page (rendered by WebChatPage.cs).
// The page asks its own server for a token (POST /api/webchat/token); the server answers with a token for one
// conversation, and, in Azure mode, Azure's Direct Line address. `?transport=polling` turns WebSockets off.
(function () {
  'use strict';

  var root = document.getElementById('webchat');
  var status = document.getElementById('chat-status');

  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  // Connection states of botframework-directlinejs: 3 expired token, 4 failed to connect, 5 ended.
  var trouble = {
    3: 'The chat has expired. Please reload the page to start again.',
    4: 'The chat could not connect. Please check your connection and reload the page.',
    5: 'The chat has ended. Please reload the page to start again.'
  };

  function start(session) {
    var transport = new URLSearchParams(window.location.search).get('transport');
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: session.directLineDomain || window.location.origin + '/v3/directline',
      webSocket: transport !== 'polling'
    });
    directLine.connectionStatus$.subscribe(function (state) {
      if (trouble[state]) say(trouble[state]);
      else if (state === 2) say('');
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: document.documentElement.lang || 'en',
      styleOptions: {
        hideUploadButton: true,
        sendBoxTextWrap: true,
        richCardWrapTitle: true,
        rootHeight: '100%',
        accent: '#0b5cad',
        subtle: '#595959',
        bubbleFromUserBackground: '#e8f0fa',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
      }
    }, root);
  }

  function fail() {
    say('Sorry, the chat could not start just now. Please reload the page in a minute.');
  }

  if (!window.WebChat) {
    fail();
    return;
  }

  fetch('/api/webchat/token', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'XMLHttpRequest' }
  })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(fail);
})();
