using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.WebChat;

/// <summary>Azure's tokens/generate on a loopback port: records each call and answers as Azure does (or fails).</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeAzureDirectLine(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string? Authorization, string Body)> Calls { get; } = new();

    public Uri Address { get; private set; } = null!;

    /// <summary>When set, every call gets this status instead of a token.</summary>
    public int? FailWith { get; set; }

    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeAzureDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.Calls.Enqueue((request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return fake.FailWith is { } status
                ? Results.StatusCode(status)
                : Results.Json(new Dictionary<string, object> { ["conversationId"] = "azure-conv-1", ["token"] = "azure-token-1", ["expires_in"] = 1800 });
        });
        await app.StartAsync();
        fake.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
