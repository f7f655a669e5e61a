using System.Collections.Concurrent;
using AllBot.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AllBot.Tests.WebChat;

/// <summary>Azure's tokens/generate on a loopback port: records each call and answers as Azure does (or fails).</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    private StandInServer server = null!;

    public ConcurrentQueue<(string? Authorization, string Body)> Calls { get; } = new();

    public Uri Address => server.Address;

    /// <summary>When set, every call gets this status instead of a token.</summary>
    public int? FailWith { get; set; }

    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var fake = new FakeAzureDirectLine();
        fake.server = await StandInServer.StartAsync(app => app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.Calls.Enqueue((request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return fake.FailWith is { } status
                ? Results.StatusCode(status)
                : Results.Json(new Dictionary<string, object> { ["conversationId"] = "azure-conv-1", ["token"] = "azure-token-1", ["expires_in"] = 1800 });
        }));
        return fake;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
