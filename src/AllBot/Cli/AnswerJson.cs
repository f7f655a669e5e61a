using System.Text.Encodings.Web;
using System.Text.Json;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Evaluation;

namespace AllBot.Cli;

/// <summary>
/// The <c>ask --json</c> line: <c>{"question","kind","reply","passages":[{"id","source","text","url","score"}],
/// "videos":[{"id","title","url","speakers","score"}],"alternatives":[{"id","label","question"}]}</c>, best first.
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
    }, Options);

    private static double Round(float score) => Math.Round(score, 4);
}
