using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Xunit.Abstractions;

namespace AllBot.Tests.Hardening;

/// <summary>
/// The attack of issue 12, finding 1: requests without a token, each naming a new conversation id, from two keep-alive
/// connections over real sockets. Memory must not grow with the number of ids: nothing may be kept per id before the
/// token is checked. 10 seconds in CI; ALLBOT_FLOOD_SECONDS=60 for a longer run. Runs alone (the soak collection), so
/// the memory it measures is its own.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class UnauthenticatedFloodTests(ITestOutputHelper output)
{
    private const long Limit = 30L * 1024 * 1024;

    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("ALLBOT_FLOOD_SECONDS"), out var seconds) ? seconds : 10);

    [Fact]
    public async Task A_ten_second_flood_of_unique_conversation_ids_without_a_token_grows_memory_by_less_than_30_MB()
    {
        // Every request reaches the token check (the per-address limit would otherwise refuse most of them even earlier),
        // and nothing is logged per request, so what grows is the app's own state.
        using var app = BotApp.DirectLine(
            ("DirectLine:RequestsPerMinutePerClient", "100000000"),
            ("Logging:LogLevel:Default", "Warning"));
        var server = app.StartKestrel();
        using var first = ClientAddresses.LoopbackClient(server, "127.0.0.1");
        using var second = ClientAddresses.LoopbackClient(server, "127.0.0.1");
        await FloodAsync([first, second], TimeSpan.FromSeconds(2));
        app.Logs.Entries.Clear();

        var before = ProcessMemory.Measure();
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(sampling.Token);
        var flood = await FloodAsync([first, second], Duration);
        await sampling.CancelAsync();
        var peakBytes = await peak;
        app.Logs.Entries.Clear();
        var after = ProcessMemory.Measure();

        var grown = after.WorkingSetBytes - before.WorkingSetBytes;
        output.WriteLine($"{Duration.TotalSeconds:0} s flood: {flood}");
        output.WriteLine($"before: {before}; after: {after}; RSS grown {ProcessMemory.Megabytes(grown)} (peak during the flood {ProcessMemory.Megabytes(peakBytes - before.WorkingSetBytes)} above before, garbage included)");
        Assert.True(flood.Requests > 2000, $"only {flood.Requests} requests");
        Assert.True(flood.Unexpected.IsEmpty, string.Join(", ", flood.Unexpected));
        Assert.True(grown < Limit, $"RSS grew by {ProcessMemory.Megabytes(grown)}");
        Assert.True(after.ManagedBytes - before.ManagedBytes < Limit, $"the managed heap grew from {before} to {after}");
    }

    private sealed record Outcome(int Requests, ConcurrentDictionary<HttpStatusCode, int> Statuses, ConcurrentBag<string> Unexpected)
    {
        public override string ToString() =>
            $"{Requests} requests ({string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} x{s.Value}"))})";
    }

    /// <summary>Each client sends <see cref="UnauthenticatedRequests"/> back to back until the time is up.</summary>
    private static async Task<Outcome> FloodAsync(HttpClient[] clients, TimeSpan duration)
    {
        var outcome = new Outcome(0, new(), new());
        var requests = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                using var request = UnauthenticatedRequests.Next(i);
                using var response = await client.SendAsync(request);
                Interlocked.Increment(ref requests);
                outcome.Statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.NotFound)) outcome.Unexpected.Add($"{request.Method} {(int)response.StatusCode}");
            }
        })));
        return outcome with { Requests = requests };
    }

    private static async Task<long> SamplePeakAsync(CancellationToken cancellationToken)
    {
        var peak = 0L;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, ProcessMemory.WorkingSetNow());
            await Task.Delay(100, CancellationToken.None);
        }
        return peak;
    }
}
