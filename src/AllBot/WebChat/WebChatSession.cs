using System.Text.Json.Serialization;

namespace AllBot.WebChat;

/// <summary>What the page needs to open the widget. Never contains the Direct Line secret.</summary>
/// <param name="ConversationId">The conversation the token is for.</param>
/// <param name="Token">A token for that conversation only.</param>
/// <param name="ExpiresIn">Seconds until the token expires (the widget refreshes it).</param>
/// <param name="UserId">The visitor's id in that conversation.</param>
/// <param name="DirectLineDomain">Azure's Direct Line address in Azure mode; null means this server's /v3/directline.</param>
public sealed record WebChatSession(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    string? DirectLineDomain);
