using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Corrects typos in a message towards the red flags' own words ("siezure", "bleading", "temprature"), the way the
/// search corrects towards its vocabulary and with its limits: only unknown stems of five letters or more, towards
/// words of five letters or more with the same first letter, one edit away (two from eight letters), so "feaver"
/// becomes "fever" but "handl(e)" never becomes "hand" and "acid" never "accid(ent)". Known words (the groups', their
/// exceptions', the cues' and a few everyday words a letter away from a red flag's) are never changed.
/// </summary>
/// <remarks>
/// Candidates are found through the words' deletions (a word and a typo one edit apart share a word with one letter
/// deleted, "seizur" and "siezur" both give "sizur"), then checked with the edit distance: a long message of unknown
/// words costs a few dictionary look-ups a word, not a comparison with every red-flag word.
/// </remarks>
internal sealed class TypoCorrector
{
    private const int ShortestCorrectable = 5;
    private const int LongestOneEdit = 7;

    /// <summary>Everyday words one letter away from a red flag's word, which people type on purpose.</summary>
    private static readonly string[] NearMisses =
    [
        "fewer", "lever", "breed", "bread", "blond", "blonde", "brood", "sweet", "shine", "spine", "clock", "cloth", "clout",
        "fitter", "fixing", "faints", "later", "liner", "lined", "porter", "potty", "sicker", "sticky", "stoke", "strike",
        "stripe", "swell", "shell", "thirst", "chess", "chase", "cheat", "cheer", "heard", "heart", "heady", "cough",
    ];

    private readonly HashSet<string> _known;
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

    public TypoCorrector(IEnumerable<string> targets, IEnumerable<string> alsoKnown)
    {
        var targetSet = targets.Where(t => t.Length >= ShortestCorrectable && char.IsLetter(t[0])).ToHashSet(StringComparer.Ordinal);
        _known = new HashSet<string>(targets.Concat(alsoKnown).Concat(NearMisses), StringComparer.Ordinal);
        foreach (var target in targetSet.Order(StringComparer.Ordinal))
        {
            foreach (var key in Deletions(target, MaxEdits(target)))
            {
                if (!_byDeletion.TryGetValue(key, out var list)) _byDeletion[key] = list = [];
                list.Add(target);
            }
        }
    }

    /// <summary>The red-flag word <paramref name="term"/> was probably meant as, or the term itself.</summary>
    public string Correct(string term)
    {
        if (term.Length < ShortestCorrectable || _known.Contains(term)) return term;
        var maxEdits = MaxEdits(term);
        string? best = null;
        var bestEdits = int.MaxValue;
        foreach (var key in Deletions(term, maxEdits))
        {
            if (!_byDeletion.TryGetValue(key, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate[0] != term[0] || Math.Abs(candidate.Length - term.Length) > maxEdits) continue;
                var edits = EditDistance.Within(term, candidate, maxEdits);
                if (edits > 0 && (edits < bestEdits || (edits == bestEdits && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestEdits = edits;
                }
            }
        }
        return best ?? term;
    }

    private static int MaxEdits(string word) => word.Length <= LongestOneEdit ? 1 : 2;

    /// <summary>The word and every word made from it by deleting up to <paramref name="depth"/> letters.</summary>
    private static HashSet<string> Deletions(string word, int depth)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var level = 0; level < depth; level++)
        {
            var next = new List<string>();
            foreach (var item in frontier)
            {
                for (var i = 0; i < item.Length; i++)
                {
                    var deleted = item.Remove(i, 1);
                    if (found.Add(deleted)) next.Add(deleted);
                }
            }
            frontier = next;
        }
        return found;
    }
}
