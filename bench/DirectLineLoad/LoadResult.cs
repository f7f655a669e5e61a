namespace AllBot.Bench.DirectLineLoad;

/// <summary>Messages answered per second and latency percentiles, from posting to the reply on the stream.</summary>
internal sealed record LoadResult(int Conversations, int Messages, int Errors, double Seconds, double P50, double P99, double Max)
{
    public double MessagesPerSecond => Messages / Seconds;

    public static LoadResult From(List<double> latencies, int errors, TimeSpan elapsed, int conversations)
    {
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        return new LoadResult(conversations, latencies.Count, errors, elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99),
            latencies.Count == 0 ? double.NaN : latencies[^1]);
    }

    public override string ToString() =>
        $"conversations={Conversations} messages={Messages} errors={Errors} seconds={Seconds:0.0} " +
        $"messages/s={MessagesPerSecond:0.0} p50={P50:0.0}ms p99={P99:0.0}ms max={Max:0.0}ms";
}
