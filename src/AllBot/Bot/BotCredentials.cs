namespace AllBot.Bot;

/// <summary>
/// The one Bot Framework setting the host reads itself, MicrosoftAppId at the configuration root, to refuse an anonymous
/// start outside Development. The SDK reads the others (MicrosoftAppType, MicrosoftAppPassword, MicrosoftAppTenantId)
/// on its own; the password is deliberately not bound here, so no second copy of the secret sits in the container.
/// </summary>
public sealed class BotCredentials
{
    public string? MicrosoftAppId { get; set; }

    /// <summary>An empty app id turns Bot Framework authentication off.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
