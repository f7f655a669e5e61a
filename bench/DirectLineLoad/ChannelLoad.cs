using System.Diagnostics;

namespace AllBot.Bench.DirectLineLoad;

/// <summary>
/// Each visitor opens a chat as the page does (token endpoint, start conversation, WebSocket stream), then asks
/// patient questions one after another; a message's latency is from posting it to its reply arriving on the stream.
/// </summary>
internal static class ChannelLoad
{
    private static readonly string[] Questions =
    [
        "what is a lymphoblast?", "how fast does leukaemia grow", "where are white blood cells made",
        "tips for eating when food tastes strange", "should I join a clinical trial", "hello", "thank you",
        "how can I cope with worry about cancer", "who pays for genetic tests", "what is the capital of Peru",
    ];

    public static async Task<LoadResult> RunAsync(LoadOptions options)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(20),
        };
        var latencies = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var deadline = clock.Elapsed + options.Duration;

        async Task Visit(int number)
        {
            try
            {
                await using var visitor = await Visitor.OpenAsync(http, options.Url);
                for (var i = number; clock.Elapsed < deadline; i++)
                {
                    var latency = await visitor.AskAsync(Questions[i % Questions.Length]);
                    lock (latencies) latencies.Add(latency.TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref errors);
                Console.Error.WriteLine($"visitor {number}: {e.GetType().Name}: {e.Message}");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(Visit));
        return LoadResult.From(latencies, errors, clock.Elapsed, options.Conversations);
    }
}
