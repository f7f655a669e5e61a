using AllBot.Knowledge.Answers;

namespace AllBot.Cli;

/// <summary>
/// <c>ask [--json] [QUESTION]</c>: answers one question, or every line of stdin. With <c>--json</c>, exactly one
/// JSON object a line (see <see cref="AnswerJson"/>); without, the reply as a person would read it.
/// </summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, List<string> operands, TextReader input, TextWriter output)
    {
        var json = operands.Remove("--json");
        if (operands.Any(o => o.StartsWith("--", StringComparison.Ordinal)))
            throw new UsageException("usage: ask [--json] [QUESTION]   (without QUESTION, one question a line on stdin)");

        using var engine = CommandLine.LoadEngine(configuration);
        string Format(Answer answer) => json ? AnswerJson.Serialize(answer) : AnswerText.Format(answer);

        if (operands.Count > 0)
        {
            await output.WriteLineAsync(Format(engine.Answerer.Answer(string.Join(' ', operands))));
            return 0;
        }
        while (await input.ReadLineAsync() is { } line)
        {
            await output.WriteLineAsync(Format(engine.Answerer.Answer(line)));
            await output.FlushAsync();
        }
        return 0;
    }
}
