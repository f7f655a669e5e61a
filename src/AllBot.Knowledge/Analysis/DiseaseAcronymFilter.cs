using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Marks the disease acronym ALL (written in capitals, or as "A.L.L.") as a keyword before lower-casing, so later
/// stages (stop words, stemming) never treat it as the everyday word "all". Lower-case "all" is kept too: patients
/// often type the acronym in lower case, and the stop list deliberately leaves it out. But not where it can only be
/// the everyday word, which the words either side of it show: "not at all", "after all", "all the time", "all of
/// them", "all my questions". There it is dropped, as a stop word would be.
/// </summary>
public sealed class DiseaseAcronymFilter : TokenFilter
{
    public const string Term = "all";

    /// <summary>Words after which a lower-case "all" is the everyday word ("at all", "after all", "above all").</summary>
    private static readonly HashSet<string> EverydayBefore = new(StringComparer.Ordinal) { "at", "after", "above", "not", "once", "that's", "thats" };

    /// <summary>
    /// Words before which a lower-case "all" is the everyday word: determiners, pronouns and the idioms it opens ("all
    /// the symptoms", "all of us", "all day", "all right", "all over").
    /// </summary>
    private static readonly HashSet<string> EverydayAfter = new(StringComparer.Ordinal)
    {
        "the", "of", "my", "his", "her", "our", "their", "your", "its", "this", "these", "that", "those", "them", "us",
        "i", "we", "you", "he", "she", "they", "it", "day", "night", "week", "weekend", "year", "time", "times", "over", "right",
        "clear", "good", "fine", "well", "together", "alone", "around", "along", "so", "too", "very", "just", "kinds", "sorts",
        "types", "sorted", "done", "set", "ready", "gone", "out", "because",
    };

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _position;
    private State? _next;
    private bool _ended;
    private string? _previous;

    public DiseaseAcronymFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (Advance())
        {
            var text = _term.ToString();
            if (text is "ALL" or "A.L.L" or "A.L.L.")
            {
                _term.SetEmpty().Append(Term);
                _keyword.IsKeyword = true;
            }
            else if (text == Term && IsEverydayWord())
            {
                skipped += _position.PositionIncrement;
                _previous = text;
                continue;
            }
            _position.PositionIncrement += skipped;
            _previous = text;
            return true;
        }
        return false;
    }

    /// <summary>The next token into the attributes: the one looked ahead at, if any, else the input's next.</summary>
    private bool Advance()
    {
        if (_next is { } next)
        {
            RestoreState(next);
            _next = null;
            return true;
        }
        return !_ended && m_input.IncrementToken();
    }

    /// <summary>Whether the lower-case "all" in the attributes is the everyday word, judged by its neighbours.</summary>
    private bool IsEverydayWord()
    {
        if (_previous is { } before && EverydayBefore.Contains(before.ToLowerInvariant())) return true;
        var current = CaptureState();
        string? after = null;
        if (m_input.IncrementToken())
        {
            after = _term.ToString();
            _next = CaptureState();
        }
        else
        {
            _ended = true;
        }
        RestoreState(current);
        return after is not null && EverydayAfter.Contains(after.ToLowerInvariant());
    }

    public override void Reset()
    {
        base.Reset();
        _next = null;
        _ended = false;
        _previous = null;
    }
}
