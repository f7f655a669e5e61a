using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Keeps "say" only where it is the noun, a say in decisions ("do I get a say?", "no say in it"), and drops the verb
/// ("my doctor say I have ALL", "can you say that again?") as a stop word would be. The words before it tell them apart.
/// </summary>
public sealed class SayNounFilter(TokenStream input) : TokenFilter(input)
{
    private const string Say = "say";

    /// <summary>Words that make the next "say" a noun.</summary>
    private static readonly HashSet<string> NounBefore = new(StringComparer.Ordinal)
    {
        "a", "any", "no", "some", "more", "much", "little", "final", "equal", "real", "the", "our", "my", "their", "your", "his", "her",
    };

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IPositionIncrementAttribute _position = input.AddAttribute<IPositionIncrementAttribute>();
    private string? _previous;

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var text = _term.ToString();
            var verb = text == Say && (_previous is null || !NounBefore.Contains(_previous));
            _previous = text;
            if (!verb)
            {
                _position.PositionIncrement += skipped;
                return true;
            }
            skipped += _position.PositionIncrement;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }
}
