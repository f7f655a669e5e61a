using System.Text.Encodings.Web;
using AllBot.Knowledge.Content;

namespace AllBot.WebChat;

/// <summary>
/// The chat page, rendered on the server so the bot's name and disclaimer are there before any script runs.
/// Scripts are files (the CSP allows no inline script): wwwroot/lib/webchat.js (the widget) and wwwroot/chat.js.
/// </summary>
public static class WebChatPage
{
    /// <summary>The pinned widget version; part of the bundle's address so browsers may cache it for long.</summary>
    public const string WidgetVersion = "4.18.1";

    /// <param name="wording">The bot's name and disclaimer.</param>
    /// <param name="embedded">True inside another site's frame (from embed.js): a smaller header.</param>
    public static string Render(BotWording wording, bool embedded)
    {
        var name = HtmlEncoder.Default.Encode(wording.BotName);
        var disclaimer = HtmlEncoder.Default.Encode(wording.Disclaimer.Replace("**", "", StringComparison.Ordinal));
        var bodyClass = embedded ? "embedded" : "full";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="referrer" content="no-referrer">
              <title>{{name}}</title>
              <link rel="stylesheet" href="/chat.css">
              <script src="/lib/webchat.js?v={{WidgetVersion}}" defer></script>
              <script src="/chat.js" defer></script>
            </head>
            <body class="{{bodyClass}}">
              <a class="skip-link" href="#chat">Skip to the chat</a>
              <header class="banner">
                <h1>{{name}}</h1>
                <p class="disclaimer" id="disclaimer">{{disclaimer}}</p>
              </header>
              <main id="chat" class="chat" aria-labelledby="chat-title" tabindex="-1">
                <h2 id="chat-title" class="visually-hidden">Chat with {{name}}</h2>
                <p id="chat-status" class="chat-status" role="status">Starting the chat…</p>
                <div id="webchat" class="webchat" data-bot-name="{{name}}"></div>
                <noscript><p class="chat-status">The chat needs JavaScript. Please turn it on, or use another browser.</p></noscript>
              </main>
            </body>
            </html>
            """;
    }
}
