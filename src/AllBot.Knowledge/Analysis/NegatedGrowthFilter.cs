using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// "Why don't the cells become white cells?", "they never mature", "the blasts can't grow up": a negation just before
/// a word of growing becomes "unable", the site's own word ("unable to mature"). Without it the negation is a stop word,
/// and "don't become white blood cells" reads as "become white blood cells", which is what healthy lymphoblasts do.
/// Content and questions go through it alike, so the editors' "Why do the lymphoblasts not become white blood cells?"
/// is read the same way.
/// </summary>
public sealed class NegatedGrowthFilter : TokenFilter
{
    public const string Unable = "unable";

    /// <summary>How many words the growing may follow the negation by ("not fully mature", "why don't leukaemia cells grow").</summary>
    private const int Reach = 3;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "never", "cannot", "can't", "cant", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont",
        "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "couldn't", "couldnt", "fail", "fails", "failed", "failing",
    };

    private static readonly string[] GrowingWords = ["matur", "becom", "became", "grow", "grew", "develop", "turn", "ripen"];

    private readonly ICharTermAttribute _term;
    private readonly Queue<State> _ahead = new();
    private bool _ended;

    public NegatedGrowthFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (_ahead.TryDequeue(out var next))
        {
            RestoreState(next);
            return true;
        }
        if (_ended || !m_input.IncrementToken()) return false;
        if (!Negations.Contains(_term.ToString())) return true;

        var negation = CaptureState();
        var growing = false;
        for (var words = 0; words < Reach && !growing;)
        {
            if (!m_input.IncrementToken())
            {
                _ended = true;
                break;
            }
            _ahead.Enqueue(CaptureState());
            var word = _term.ToString();
            growing = IsGrowing(word);
            if (!Determiners.Contains(word)) words++;
        }
        RestoreState(negation);
        if (growing) _term.SetEmpty().Append(Unable);
        return true;
    }

    /// <summary>Words that do not count towards the reach: "why don't the cells grow" is as close as "why don't cells grow".</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "these", "those", "this", "that", "their", "his", "her", "my", "our", "your", "its",
    };

    private static bool IsGrowing(string word) => GrowingWords.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));

    public override void Reset()
    {
        base.Reset();
        _ahead.Clear();
        _ended = false;
    }
}
