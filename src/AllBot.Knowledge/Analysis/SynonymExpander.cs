namespace AllBot.Knowledge.Analysis;

/// <summary>A run of a question's terms that an editors' synonym entry matched, and what else it may be written as.</summary>
/// <param name="Start">Index of the first matched term.</param>
/// <param name="Length">How many terms matched.</param>
/// <param name="Alternatives">The other entries of the synonym line, each a sequence of terms.</param>
/// <param name="Gap">
/// The index of a term inside the run that is not part of the entry ("lost loads of weight" for "lose weight"), or -1.
/// </param>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string[]> Alternatives, int Gap = -1);

/// <summary>
/// The editors' synonyms (synonyms.txt, Solr format), applied to a question's analysed terms. Entries are analysed
/// by the same <see cref="PatientAnalyzer"/> chain, so "Tests" in a question meets "test" in the file. Matching is
/// longest first, so "acute lymphoblastic leukaemia" is one match, not three. A phrase may have one word inside it
/// that the entry does not ("lost loads of weight", "catch cancer early"), when it is not found whole: people put
/// words in the middle of the phrases the editors wrote.
/// </summary>
public sealed class SynonymExpander
{
    private readonly Dictionary<string, List<(string[] Entry, List<string[]> Alternatives)>> _byFirstTerm = new(StringComparer.Ordinal);

    public SynonymExpander(string synonymsText, PatientAnalyzer analyzer)
    {
        foreach (var raw in synonymsText.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sides = line.Split("=>");
            var from = Entries(sides[0], analyzer);
            var to = sides.Length > 1 ? Entries(sides[1], analyzer) : from;
            foreach (var entry in from) Add(entry, to.Where(other => !other.SequenceEqual(entry)));
        }
    }

    /// <summary>
    /// Every synonym match in <paramref name="terms"/>, left to right, longest first, never overlapping. A phrase is
    /// found with a word inside it only where <paramref name="oneRun"/> says the terms from the first to the last are
    /// one run of words (no punctuation between them: "cancer of blood, which cell" is not "cancer cell").
    /// </summary>
    public IReadOnlyList<SynonymMatch> Match(IReadOnlyList<string> terms, Func<int, int, bool>? oneRun = null)
    {
        var matches = new List<SynonymMatch>();
        for (var i = 0; i < terms.Count;)
        {
            var best = Longest(terms, i, oneRun);
            if (best is null)
            {
                i++;
                continue;
            }
            matches.Add(best);
            i += best.Length;
        }
        return matches;
    }

    /// <summary>The longest entry starting at <paramref name="start"/>: whole, else with one word inside it.</summary>
    private SynonymMatch? Longest(IReadOnlyList<string> terms, int start, Func<int, int, bool>? oneRun)
    {
        if (!_byFirstTerm.TryGetValue(terms[start], out var candidates)) return null;
        SynonymMatch? whole = null, gapped = null;
        foreach (var (entry, alternatives) in candidates)
        {
            if (Fits(terms, start, entry, gap: -1))
            {
                if (whole is null || entry.Length > whole.Length) whole = new SynonymMatch(start, entry.Length, alternatives);
                continue;
            }
            for (var gap = 1; gap < entry.Length && whole is null; gap++)
            {
                if (!Fits(terms, start, entry, gap) || (gapped is not null && entry.Length + 1 <= gapped.Length)) continue;
                if (oneRun is not null && !oneRun(start, start + entry.Length)) continue;
                // "cancer of the white cells" is cancer and white cells, not "cancer cells" around "white".
                if (StartsAnEntry(terms, start + gap)) continue;
                gapped = new SynonymMatch(start, entry.Length + 1, alternatives, start + gap);
            }
        }
        return whole ?? gapped;
    }

    private bool StartsAnEntry(IReadOnlyList<string> terms, int at) =>
        _byFirstTerm.TryGetValue(terms[at], out var candidates) && candidates.Any(c => c.Entry.Length > 1 && Fits(terms, at, c.Entry, gap: -1));

    /// <summary>Whether <paramref name="entry"/> is at <paramref name="start"/>, with the term at offset <paramref name="gap"/> passed over (-1: none).</summary>
    private static bool Fits(IReadOnlyList<string> terms, int start, string[] entry, int gap)
    {
        var length = entry.Length + (gap < 0 ? 0 : 1);
        if (start + length > terms.Count) return false;
        for (int k = 0, at = start; k < entry.Length; k++, at++)
        {
            if (at == start + gap) at++;
            if (terms[at] != entry[k]) return false;
        }
        return true;
    }

    private void Add(string[] entry, IEnumerable<string[]> alternatives)
    {
        var rules = _byFirstTerm.TryGetValue(entry[0], out var list) ? list : _byFirstTerm[entry[0]] = [];
        var rule = rules.FirstOrDefault(r => r.Entry.SequenceEqual(entry));
        if (rule.Entry is null)
        {
            rule = (entry, []);
            rules.Add(rule);
        }
        foreach (var alternative in alternatives)
        {
            if (!rule.Alternatives.Any(known => known.SequenceEqual(alternative))) rule.Alternatives.Add(alternative);
        }
    }

    private static List<string[]> Entries(string side, PatientAnalyzer analyzer) =>
        side.Split(',')
            .Select(entry => analyzer.Terms(entry).Select(t => t.Term).ToArray())
            .Where(terms => terms.Length > 0)
            .ToList();
}
