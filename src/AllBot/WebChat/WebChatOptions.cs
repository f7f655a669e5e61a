using System.ComponentModel.DataAnnotations;
using AllBot.Hosting;

namespace AllBot.WebChat;

/// <summary>
/// Configuration section <c>WebChat</c>: whether Azure's Direct Line is used, and how many chats a client may start.
/// Who may embed the chat (<c>WebChat:AllowedOrigins</c>) is read by <see cref="OriginsOptions"/>.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>
    /// Azure Bot Direct Line secret. When set, the page talks to Azure's Direct Line (the server swaps the secret
    /// for a token; the secret never reaches the browser). Empty: the built-in channel.
    /// </summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Azure's Direct Line address (a regional one if the bot uses it).</summary>
    [Required]
    public Uri DirectLineEndpoint { get; set; } = new("https://directline.botframework.com");

    /// <summary>New chats one client address may start per minute; more get 429 with Retry-After.</summary>
    [Range(1, 10_000)]
    public int ConversationsPerMinutePerClient { get; set; } = 20;

    public bool UsesAzure => !string.IsNullOrWhiteSpace(DirectLineSecret);
}
