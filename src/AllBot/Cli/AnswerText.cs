using System.Text;
using AllBot.Knowledge.Answers;

namespace AllBot.Cli;

/// <summary>An answer as plain text for a terminal: the reply, then the videos and any "did you mean" choices.</summary>
internal static class AnswerText
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder(answer.Reply);
        foreach (var video in answer.Videos)
            text.Append("\n  - ").Append(video.Title).Append(video.Url is null ? "" : $" <{video.Url}>");
        if (answer.Alternatives.Count > 0)
            text.Append("\n  Did you mean: ").Append(string.Join(" | ", answer.Alternatives.Select(a => a.Label)));
        if (answer.SafetyNet is { } line) text.Append("\n\n").Append(line);
        return text.ToString();
    }
}
