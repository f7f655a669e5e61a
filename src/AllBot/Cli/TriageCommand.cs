using AllBot.Knowledge.Safety;

namespace AllBot.Cli;

/// <summary>
/// <c>triage [--previous MESSAGE] [MESSAGE]</c>: how the red-flag triage reads a message, for clinicians reviewing
/// the red flags: the red flag and the words that made it, every sign set aside and why, and whether the answer would
/// end with the safety net. Without a message, one message a line from stdin.
/// </summary>
internal static class TriageCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, List<string> operands, TextReader input, TextWriter output)
    {
        var previous = CommandConfiguration.TakeOption(operands, "--previous");
        if (operands.Any(o => o.StartsWith("--", StringComparison.Ordinal)))
            throw new UsageException("usage: triage [--previous MESSAGE] [MESSAGE]   (without MESSAGE, one message a line on stdin)");

        using var engine = CommandLine.LoadEngine(configuration);
        if (operands.Count > 0)
        {
            await output.WriteLineAsync(Format(engine.Triage.Triage(string.Join(' ', operands), previous)));
            return 0;
        }
        while (await input.ReadLineAsync() is { } line)
        {
            await output.WriteLineAsync($"> {line}\n{Format(engine.Triage.Triage(line, previous))}");
        }
        return 0;
    }

    private static string Format(TriageResult result)
    {
        var lines = new List<string>
        {
            result.Flag is { } flag ? $"urgent: {flag.Id} ({flag.Level}) because {result.Evidence}" : "not urgent",
        };
        lines.AddRange(result.SetAside.Select(sign => $"  set aside: {sign}"));
        if (!result.IsUrgent) lines.Add($"  safety net: {result.Symptom ?? "no"}");
        return string.Join('\n', lines);
    }
}
