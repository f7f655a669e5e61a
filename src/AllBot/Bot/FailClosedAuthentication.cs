using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>
/// Wraps the SDK's authentication so that any failure to authenticate a request is a refusal. The SDK throws
/// <see cref="UnauthorizedAccessException"/> for a bad token, but other exceptions when it cannot fetch the signing
/// keys or cannot read the token; those would surface as 500, and none of them may let a turn start.
/// Without an app id (<paramref name="anonymous"/>), a request that carries a token is refused before the SDK reads
/// it: the SDK would fetch Microsoft's signing keys to check a token it must refuse anyway (no app id is its
/// audience), so any client could make the bot call a third-party host.
/// </summary>
internal sealed class FailClosedAuthentication(BotFrameworkAuthentication inner, bool anonymous, ILogger<FailClosedAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken) =>
        anonymous && !string.IsNullOrWhiteSpace(authHeader)
            ? throw new UnauthorizedAccessException("No app id is configured, so no token can be accepted.")
            : FailClosed(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        FailClosed(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        FailClosed(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    private async Task<T> FailClosed<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate();
        }
        catch (Exception e) when (e is not UnauthorizedAccessException and not OperationCanceledException)
        {
            // The type only: messages of token-parsing exceptions can quote the token.
            logger.LogWarning("Request refused: authentication failed with {ExceptionType}", e.GetType().FullName);
            throw new UnauthorizedAccessException("The request could not be authenticated.", e);
        }
    }
}
