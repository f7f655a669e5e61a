using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class KnowledgeIndexTests : IDisposable
{
    private static Passage Passage(string id, string text) => new(id, id, text, [], []);

    // "body" is in most passages, so it scores little; "leukaemia" and "marrow" are rare and repeated in one passage.
    private readonly KnowledgeIndex _index = new(
        [new Article("a", "Article", null, [], [
            Passage("repeats", "Leukaemia, leukaemia, leukaemia: the marrow, the marrow, the marrow."),
            Passage("holds-all", "Leukaemia starts in the marrow of the body."),
            .. Enumerable.Range(0, 6).Select(i => Passage($"other-{i}", $"The body, part {i}.")),
        ])],
        [], "");

    [Fact]
    public void A_passage_holding_every_idea_outranks_one_repeating_some_of_them()
    {
        var hits = _index.SearchPassages(_index.Concepts.Read("how does leukaemia grow in the body"), 2);
        Assert.Equal(["holds-all", "repeats"], hits.Select(h => h.Item.Passage.Id));
    }

    public void Dispose() => _index.Dispose();
}
