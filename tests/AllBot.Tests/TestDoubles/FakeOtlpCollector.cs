using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// An OpenTelemetry collector stand-in on loopback (OTLP over HTTP): keeps the raw body of every export, so a test can
/// search the bytes that would have left the machine.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private StandInServer server = null!;

    /// <summary>Every export received: its signal path (/v1/traces, /v1/metrics, /v1/logs) and protobuf body.</summary>
    public ConcurrentQueue<(string Path, byte[] Body)> Exports { get; } = new();

    public Uri Address => server.Address;

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var collector = new FakeOtlpCollector();
        collector.server = await StandInServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector.Exports.Enqueue((request.Path, body.ToArray()));
            return Results.Ok();
        }));
        return collector;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
