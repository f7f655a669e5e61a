using System.Text.Json;
using System.Text.Json.Serialization;
using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Evaluation;

/// <summary>
/// One line of an evaluation set (see tests/AllBot.Knowledge.Tests/Quality/README.md): what a person types, the
/// kind of reply expected, and optionally phrases of the right passage, titles of the right videos, the red flag it
/// describes, whether the answer should end with the safety net, and the conversation's previous message.
/// </summary>
public sealed record EvalItem(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("expect")] string Expect,
    [property: JsonPropertyName("passage")] IReadOnlyList<string>? Passage,
    [property: JsonPropertyName("videos")] IReadOnlyList<string>? Videos,
    [property: JsonPropertyName("flag")] string? Flag = null,
    [property: JsonPropertyName("netting")] bool? Netting = null,
    [property: JsonPropertyName("previous")] string? Previous = null)
{
    /// <summary>The answer to this item, asked after its previous message (answered first) when it has one.</summary>
    public Answer AskOf(IAnswerer answerer) =>
        answerer.Answer(Question, Previous is { } first ? new PreviousTurn(first, answerer.Answer(first)) : null);

    public static IReadOnlyList<EvalItem> ReadAll(string path)
    {
        var items = new List<EvalItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                items.Add(JsonSerializer.Deserialize<EvalItem>(line) ?? throw new JsonException("empty line"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not an evaluation item ({e.Message})", e);
            }
        }
        return items;
    }
}
