namespace AllBot.Knowledge.Search;

/// <summary>Index field names and how much a match in each counts.</summary>
internal static class SearchFields
{
    public const string Ordinal = "ord";

    /// <summary>Passage fields: its heading and the editors' questions say what it answers, so they count most.</summary>
    public static readonly IReadOnlyList<SearchField> Passage =
    [
        new("heading", 1.6f, Topical: true), new("questions", 1.3f, Topical: true), new("keywords", 1.1f, Topical: true),
        new("text", 1.0f, Topical: false), new("topics", 0.4f, Topical: true),
    ];

    /// <summary>Program fields: title, topics and speakers are boosted over the description.</summary>
    public static readonly IReadOnlyList<SearchField> Video =
    [
        new("title", 1.6f, Topical: true), new("topics", 1.4f, Topical: true), new("speakers", 1.6f, Topical: true),
        new("description", 1.0f, Topical: false),
    ];
}

/// <summary>
/// A searched field. <paramref name="Topical"/> fields name what an item is about (titles, headings, topics,
/// keywords); running text also holds everyday words ("time", "best") that alone never make a question on-topic.
/// </summary>
internal sealed record SearchField(string Name, float Boost, bool Topical);
