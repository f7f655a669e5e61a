using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AllBot.Bot;

/// <summary>
/// The <see cref="IHttpClientFactory"/> handed to the Bot Framework SDK. Its connector factory asks for the default
/// client; this hands out the named <see cref="ClientName"/> client instead, whose handler retries the statuses a
/// channel uses to say "not now" (429, 412, 502, 504), so other HttpClients in the app keep their own behaviour. Without
/// an app id it also refuses addresses outside <see cref="ServiceUrlAllowList"/> (<see cref="ServiceUrlGuard"/>).
/// </summary>
internal sealed class ChannelHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public const string ClientName = "AllBot.Channel";

    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.GatewayTimeout,
    ];

    public HttpClient CreateClient(string name) => inner.CreateClient(ClientName);

    /// <summary>Registers the named client with a retry bounded by <see cref="ChannelRetryOptions"/>.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddTransient<ServiceUrlGuard>();
        var client = services.AddHttpClient(ClientName).AddHttpMessageHandler<ServiceUrlGuard>();
        client.AddResilienceHandler("channel-replies", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ChannelRetryOptions>>().Value;
            // Outermost: one reply never takes longer than this, whatever Retry-After asks for.
            pipeline.AddTimeout(options.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = true,
                // Only statuses that say "try again": a connection error after sending could mean the reply arrived.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && Transient.Contains(response.StatusCode)),
            });
        });
    }
}
