using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AllBot.Knowledge.Search;

/// <summary>
/// A term of one field of a built index, with its statistics and place in the term dictionary (a
/// <see cref="TermContext"/>) looked up once. A <see cref="TermQuery"/> given it skips its own look-up, about half of
/// a search's time under load (bench/RESULTS.md). Lucene only reads a TermContext made for the searcher's reader, so
/// one serves every thread.
/// </summary>
internal sealed class IndexedTerm(Term term, TermContext context)
{
    public static IndexedTerm Build(IndexReader reader, string field, string text)
    {
        var term = new Term(field, text);
        return new IndexedTerm(term, TermContext.Build(reader.Context, term));
    }

    public TermQuery Query(float boost) => new(term, context) { Boost = boost };
}
