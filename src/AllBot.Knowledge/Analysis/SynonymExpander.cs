namespace AllBot.Knowledge.Analysis;

/// <summary>A run of a question's terms that an editors' synonym entry matched, and what else it may be written as.</summary>
/// <param name="Start">Index of the first matched term.</param>
/// <param name="Length">How many terms matched.</param>
/// <param name="Alternatives">The other entries of the synonym line, each a sequence of terms.</param>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string[]> Alternatives);

/// <summary>
/// The editors' synonyms (synonyms.txt, Solr format), applied to a question's analysed terms. Entries are analysed
/// by the same <see cref="PatientAnalyzer"/> chain, so "Tests" in a question meets "test" in the file. Matching is
/// longest first, so "acute lymphoblastic leukaemia" is one match, not three.
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

    /// <summary>Every synonym match in <paramref name="terms"/>, left to right, longest first, never overlapping.</summary>
    public IReadOnlyList<SynonymMatch> Match(IReadOnlyList<string> terms)
    {
        var matches = new List<SynonymMatch>();
        for (var i = 0; i < terms.Count;)
        {
            var best = Longest(terms, i);
            if (best is null)
            {
                i++;
                continue;
            }
            matches.Add(new SynonymMatch(i, best.Value.Entry.Length, best.Value.Alternatives));
            i += best.Value.Entry.Length;
        }
        return matches;
    }

    private (string[] Entry, List<string[]> Alternatives)? Longest(IReadOnlyList<string> terms, int start)
    {
        if (!_byFirstTerm.TryGetValue(terms[start], out var candidates)) return null;
        (string[] Entry, List<string[]> Alternatives)? best = null;
        foreach (var candidate in candidates)
        {
            var fits = start + candidate.Entry.Length <= terms.Count
                && candidate.Entry.Select((term, k) => terms[start + k] == term).All(same => same);
            if (fits && (best is null || candidate.Entry.Length > best.Value.Entry.Length)) best = candidate;
        }
        return best;
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
