// Adds the chat to another site with one line:
//   <script src="https://bot.example/embed.js" async></script>
// It draws a chat button in the corner; the button opens a panel holding the bot's page (/?embed=1) in a frame.
// The site's origin must be listed in WebChat:AllowedOrigins, or the browser will refuse to show the frame.
// Optional attributes on the script tag: data-label (button text), data-title (the panel's name for screen readers).
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || document.getElementById('allbot-chat-button')) return;
  var origin = new URL(script.src, window.location.href).origin;
  var label = script.getAttribute('data-label') || 'Questions? Chat with us';
  var title = script.getAttribute('data-title') || 'Chat about acute lymphoblastic leukaemia';

  var style = document.createElement('style');
  style.textContent =
    '#allbot-chat-button{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.75rem 1.1rem;' +
    'border:2px solid #fff;border-radius:2rem;background:#0b5cad;color:#fff;font:600 1rem/1.2 system-ui,sans-serif;' +
    'cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
    '#allbot-chat-button:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}' +
    '#allbot-chat-panel{position:fixed;right:1rem;bottom:4.75rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));' +
    'height:min(40rem,calc(100vh - 6rem));display:flex;flex-direction:column;background:#fff;border:1px solid #8a94a6;' +
    'border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.3);overflow:hidden}' +
    '#allbot-chat-panel[hidden]{display:none}' +
    '#allbot-chat-close{align-self:flex-end;margin:.25rem;padding:.25rem .6rem;border:1px solid #595959;border-radius:.25rem;' +
    'background:#fff;color:#1b1b1b;font:1rem system-ui,sans-serif;cursor:pointer}' +
    '#allbot-chat-panel iframe{flex:1;width:100%;border:0}' +
    '@media (max-width:480px){#allbot-chat-panel{right:0;bottom:0;width:100vw;height:100vh;border-radius:0}}';
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.id = 'allbot-chat-button';
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'allbot-chat-panel');

  var panel = document.createElement('div');
  panel.id = 'allbot-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.hidden = true;

  var close = document.createElement('button');
  close.id = 'allbot-chat-close';
  close.type = 'button';
  close.textContent = 'Close chat';
  panel.appendChild(close);

  var frame = null;

  function open() {
    if (!frame) {
      // The frame is made on first open, so pages that never open the chat start no conversation.
      frame = document.createElement('iframe');
      frame.src = origin + '/?embed=1';
      frame.title = title;
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function hide() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.hidden) open(); else hide();
  });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });

  function attach() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }

  if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
})();
