namespace AllBot.Knowledge.Search;

/// <summary>
/// Every term in the index, for telling known words from unknown ones and for correcting typos in longer words
/// ("lukemia" -> "leukemia"): same first letter, one edit for words of 5-7 letters, two from 8.
/// </summary>
public sealed class Vocabulary
{
    private const int ShortestCorrectable = 5;
    private const int LongestOneEdit = 7;

    private readonly HashSet<string> _terms;
    private readonly HashSet<string> _topical;
    private readonly WordsByFirstLetter _correctable;

    private readonly IReadOnlyList<IReadOnlySet<string>> _items;

    /// <param name="terms">Every term of every item.</param>
    /// <param name="topicalTerms">The terms of the items' topical fields.</param>
    /// <param name="items">Each item's terms, for telling whether a phrase's words meet in one item.</param>
    public Vocabulary(IEnumerable<string> terms, IEnumerable<string> topicalTerms, IEnumerable<IReadOnlySet<string>>? items = null)
    {
        _items = items?.ToList() ?? [];
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
        _topical = new HashSet<string>(topicalTerms, StringComparer.Ordinal);
        _correctable = new WordsByFirstLetter(_terms.Where(t => t.Length >= ShortestCorrectable - 2));
    }

    public bool Contains(string term) => _terms.Contains(term);

    /// <summary>
    /// True when one item holds all of <paramref name="terms"/>: "keep working" is not known because one passage says
    /// "keep" and another "work". Without items (tests), when each term is known.
    /// </summary>
    public bool HoldsTogether(string[] terms) =>
        terms.Length <= 1 || _items.Count == 0
            ? terms.All(Contains)
            : _heldTogether.GetOrAdd(string.Join(' ', terms), _ => terms.All(Contains) && _items.Any(item => terms.All(item.Contains)));

    // Phrases come from the editors' synonyms, so there are only so many: each is looked up in every item once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _heldTogether = new(StringComparer.Ordinal);

    /// <summary>True for terms of titles, headings, topics, keywords and speakers (see <see cref="SearchField{T}"/>).</summary>
    public bool IsTopical(string term) => _topical.Contains(term);

    /// <summary>Known terms within the allowed edits of <paramref name="term"/>, closest first.</summary>
    public IReadOnlyList<(string Term, int Edits)> Corrections(string term)
    {
        if (term.Length < ShortestCorrectable) return [];
        var maxEdits = term.Length <= LongestOneEdit ? 1 : 2;
        var found = new List<(string, int)>();
        foreach (var (candidate, distance) in _correctable.Within(term, maxEdits))
        {
            var edits = distance;
            // A spelling that sounds the same ("lymfoblast", "lukaemia" -> "lymphoblast") is one slip, however
            // many letters it changes.
            if (edits > 1 && SoundsAlike(term, candidate)) edits = 1;
            if (edits > 0) found.Add((candidate, edits));
        }
        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    /// <summary>The same word once "ph" is written "f" and doubled letters single.</summary>
    private static bool SoundsAlike(string a, string b) => string.Equals(BySound(a), BySound(b), StringComparison.Ordinal);

    private static string BySound(string term)
    {
        var folded = new System.Text.StringBuilder(term.Length);
        for (var i = 0; i < term.Length; i++)
        {
            if (term[i] == 'p' && i + 1 < term.Length && term[i + 1] == 'h') { folded.Append('f'); i++; continue; }
            if (folded.Length > 0 && folded[^1] == term[i]) continue;
            folded.Append(term[i]);
        }
        return folded.ToString();
    }
}
