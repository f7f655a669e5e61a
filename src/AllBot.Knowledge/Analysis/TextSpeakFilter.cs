using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Writes out chat shorthand and contractions (<see cref="TextSpeak"/>): one token in, one or more out, each with
/// the offsets of the word as typed, so a match can still point at what the person wrote.
/// </summary>
public sealed class TextSpeakFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly Queue<string> _pending = new();
    private State? _expanded;

    private readonly IReadOnlyDictionary<string, string[]> _expansions;

    /// <param name="input">The tokens, lower case.</param>
    /// <param name="expansions">What to write out; all of <see cref="TextSpeak.Expansions"/> when null.</param>
    public TextSpeakFilter(TokenStream input, IReadOnlyDictionary<string, string[]>? expansions = null) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _expansions = expansions ?? TextSpeak.Expansions;
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_expanded);
            _term.SetEmpty().Append(_pending.Dequeue());
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_expansions.TryGetValue(_term.ToString(), out var words))
        {
            _term.SetEmpty().Append(words[0]);
            foreach (var word in words.Skip(1)) _pending.Enqueue(word);
            _expanded = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _expanded = null;
    }
}
