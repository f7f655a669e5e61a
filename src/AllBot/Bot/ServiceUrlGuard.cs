namespace AllBot.Bot;

/// <summary>
/// The last check before a reply leaves: the channel's HttpClient refuses any address <see cref="ServiceUrlAllowList"/>
/// does not allow, whichever code path asked for it. /api/messages already refuses such activities (403); this holds
/// even for paths that skip that check (expectReplies, which should make no request at all).
/// </summary>
internal sealed class ServiceUrlGuard(ServiceUrlAllowList allowList, ILogger<ServiceUrlGuard> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (allowList.IsAllowed(request.RequestUri)) return base.SendAsync(request, cancellationToken);
        // The host only: it is the caller's choice, not something a person typed.
        logger.LogWarning("Refused a reply to {Host}: not an allowed service URL", request.RequestUri?.Host);
        throw new HttpRequestException("The service URL is not allowed.");
    }
}
