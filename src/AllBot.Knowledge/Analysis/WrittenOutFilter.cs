using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Keeps each word as written out (<see cref="IWrittenOutAttribute"/>) before the stemmer changes it, so one pass of
/// the chain gives both: stems for the red flags' words, words for the cues whose tense is their meaning.
/// </summary>
public sealed class WrittenOutFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IWrittenOutAttribute _word;

    public WrittenOutFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _word = AddAttribute<IWrittenOutAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        _word.Word = _term.ToString();
        return true;
    }
}
