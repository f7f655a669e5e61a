namespace AllBot.Knowledge.Content;

/// <summary>An explainer page split into passages, each answering one kind of question.</summary>
public sealed record Article(string Id, string Title, string? Url, IReadOnlyList<string> Topics, IReadOnlyList<Passage> Passages);

/// <summary>
/// One passage of an article: its heading, its text (as shown to people), and the editors' extra
/// questions and keywords that help people's own words find it.
/// </summary>
public sealed record Passage(
    string Id,
    string Heading,
    string Text,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Keywords);

/// <summary>A video program on the site, with the editors' questions that help people's own words find it.</summary>
public sealed record VideoProgram(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Topics,
    string? Url,
    IReadOnlyList<string>? Questions = null)
{
    public IReadOnlyList<string> Questions { get; init; } = Questions ?? [];
}

/// <summary>Everything the editors wrote, loaded and validated.</summary>
public sealed record KnowledgeBase(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<VideoProgram> Programs,
    string Synonyms,
    BotWording Wording,
    RedFlagBook RedFlags);
