namespace AllBot.Bot;

/// <summary>
/// The standard Bot Framework settings at the configuration root (MicrosoftAppType, MicrosoftAppId,
/// MicrosoftAppPassword, MicrosoftAppTenantId). The SDK reads them itself; the host reads them only to refuse an
/// anonymous start outside Development.
/// </summary>
public sealed class BotCredentials
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>An empty app id turns Bot Framework authentication off.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
