using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Search;

/// <summary>
/// The index fields: each name is written once, beside the text it indexes and how much a match in it counts, so a
/// field cannot be indexed under one name and searched under another.
/// </summary>
internal static class SearchFields
{
    public const string Ordinal = "ord";

    /// <summary>Passage fields: its heading and the editors' questions say what it answers, so they count most.</summary>
    public static readonly IReadOnlyList<SearchField<PassageEntry>> Passage =
    [
        new("heading", 1.6f, Topical: true, entry => entry.Passage.Heading),
        new("questions", 1.3f, Topical: true, entry => Lines(entry.Passage.Questions)),
        new("keywords", 1.1f, Topical: true, entry => Lines(entry.Passage.Keywords)),
        new("text", 1.0f, Topical: false, entry => entry.Passage.Text),
        new("topics", 0.4f, Topical: true, entry => Lines(entry.Article.Topics)),
    ];

    /// <summary>Program fields: title, topics and speakers are boosted over the description.</summary>
    public static readonly IReadOnlyList<SearchField<VideoProgram>> Video =
    [
        new("title", 1.6f, Topical: true, program => program.Title),
        new("topics", 1.4f, Topical: true, program => Lines(program.Topics)),
        new("speakers", 1.6f, Topical: true, program => Lines(program.Speakers)),
        // The editors' questions help the ranking, but their everyday words ("what", "help", "care") never make a
        // question on topic by themselves.
        new("questions", 1.3f, Topical: false, program => Lines(program.Questions)),
        new("description", 1.0f, Topical: false, program => program.Description),
    ];

    private static string Lines(IEnumerable<string> entries) => string.Join('\n', entries);
}

/// <summary>
/// A searched field of items of type <typeparamref name="T"/>: its name, its boost, and the text it indexes.
/// <paramref name="Topical"/> fields name what an item is about (titles, headings, topics, keywords); running text also
/// holds everyday words ("time", "best") that alone never make a question on-topic.
/// </summary>
internal sealed record SearchField<T>(string Name, float Boost, bool Topical, Func<T, string> Text);
