using AllBot.Knowledge.Answers;

namespace AllBot.Cli;

/// <summary>
/// <c>ask [--json] [--conversation] [QUESTION]</c>: answers one question, or every line of stdin. With <c>--json</c>,
/// exactly one JSON object a line (see <see cref="AnswerJson"/>); without, the reply as a person would read it. With
/// <c>--conversation</c>, the lines of stdin are one conversation: each is read after the one before, as the bot does;
/// without it each line is a conversation of its own, so one question never changes the next one's answer.
/// </summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, List<string> operands, TextReader input, TextWriter output)
    {
        var json = operands.Remove("--json");
        var conversation = operands.Remove("--conversation");
        if (operands.Any(o => o.StartsWith("--", StringComparison.Ordinal)))
            throw new UsageException("usage: ask [--json] [--conversation] [QUESTION]   (without QUESTION, one question a line on stdin)");

        using var engine = CommandLine.LoadEngine(configuration);
        string Format(Answer answer) => json ? AnswerJson.Serialize(answer) : AnswerText.Format(answer);

        if (operands.Count > 0)
        {
            await output.WriteLineAsync(Format(engine.Answerer.Answer(string.Join(' ', operands))));
            return 0;
        }
        PreviousTurn? previous = null;
        while (await input.ReadLineAsync() is { } line)
        {
            var answer = engine.Answerer.Answer(line, conversation ? previous : null);
            previous = new PreviousTurn(line, answer);
            await output.WriteLineAsync(Format(answer));
            await output.FlushAsync();
        }
        return 0;
    }
}
