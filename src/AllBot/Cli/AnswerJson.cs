using System.Text.Encodings.Web;
using System.Text.Json;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Evaluation;

namespace AllBot.Cli;

/// <summary>
/// The <c>ask --json</c> line: <c>{"question","kind","reply","passages":[{"id","source","text","url","score"}],
/// "videos":[{"id","title","url","speakers","score"}],"alternatives":[{"id","label","question"}],"flag","level",
/// "evidence","safety_net"}</c>, best first. <c>flag</c> names the red flag of an urgent reply (null otherwise), with its
/// level and the words that made it; <c>safety_net</c> is the line that ends the reply, or null.
/// </summary>
internal static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Keep accents and quotes readable; the output is for people and scripts, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(new
    {
        question = answer.Question,
        kind = EvalReport.KindName(answer.Kind),
        reply = answer.Reply,
        passages = answer.Passages.Select(p => new { id = p.Id, source = p.Source, text = p.Text, url = p.Url, score = Round(p.Score) }),
        videos = answer.Videos.Select(v => new { id = v.Id, title = v.Title, url = v.Url, speakers = v.Speakers, score = Round(v.Score) }),
        alternatives = answer.Alternatives.Select(a => new { id = a.Id, label = a.Label, question = a.Question }),
        flag = answer.Flag?.Id,
        level = answer.Flag is { } flag ? LevelName(flag.Level) : null,
        evidence = answer.Flag?.Evidence,
        safety_net = answer.SafetyNet,
    }, Options);

    /// <summary>The level as the red-flag files write it.</summary>
    private static string LevelName(RedFlagLevel level) => level switch
    {
        RedFlagLevel.CallTeamNow => "call-team-now",
        RedFlagLevel.CallTeamToday => "call-team-today",
        _ => "emergency",
    };

    private static double Round(float score) => Math.Round(score, 4);
}
