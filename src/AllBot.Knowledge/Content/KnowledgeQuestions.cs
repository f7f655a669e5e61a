namespace AllBot.Knowledge.Content;

/// <summary>
/// The questions a knowledge base asks and answers itself: passage headings and the editors' questions, the welcome's
/// example questions and topics, program titles, and the red flags' own examples (so the urgent path is exercised too).
/// Warm-ups and readiness probes ask these, never anything a person typed.
/// </summary>
public static class KnowledgeQuestions
{
    /// <summary>At most <paramref name="max"/> distinct questions, taken evenly from the whole list when there are more.</summary>
    public static IReadOnlyList<string> Of(KnowledgeBase content, int max)
    {
        var all = content.Articles
            .SelectMany(article => article.Passages.SelectMany(passage => passage.Questions.Prepend(passage.Heading)))
            .Concat(content.Wording.ExampleQuestions)
            .Concat(content.Wording.Topics)
            .Concat(content.Programs.Select(program => program.Title))
            .Concat(content.RedFlags.Flags.SelectMany(flag => flag.Examples.Concat(flag.Information)).Select(example => example.Text))
            .Where(question => !string.IsNullOrWhiteSpace(question))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (all.Count <= max) return all;
        return Enumerable.Range(0, max).Select(i => all[(int)((long)i * all.Count / max)]).ToList();
    }

    /// <summary>A question the knowledge base must answer with a passage: its first passage's heading.</summary>
    public static string? Probe(KnowledgeBase content) =>
        content.Articles.SelectMany(article => article.Passages).FirstOrDefault()?.Heading;
}
