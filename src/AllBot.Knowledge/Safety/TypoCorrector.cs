using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Corrects typos in a message towards the red flags' own words ("siezure", "bleading", "temprature"), the way the
/// search corrects towards its vocabulary and with its limits: only unknown stems of four letters or more, towards
/// words of five letters or more with the same first letter, one edit away (two from eight letters), so "fevr"
/// becomes "fever" but "handl(e)" never becomes "hand". Known words (the red flags', the context cues', the
/// search's and a few everyday words a letter away from a red flag's) are never changed, so "fewer" never becomes
/// "fever".
/// </summary>
internal sealed class TypoCorrector
{
    private const int ShortestCorrectable = 4;
    private const int ShortestTarget = 5;
    private const int LongestOneEdit = 7;

    /// <summary>Everyday words one letter away from a red flag's word, which people type on purpose.</summary>
    private static readonly string[] NearMisses =
    [
        "fewer", "lever", "breed", "bread", "blond", "blonde", "brood", "sweet", "shine", "spine", "clock", "cloth", "clout",
        "fitter", "fixing", "faints", "later", "liner", "lined", "porter", "potty", "sicker", "sticky", "stoke", "strike",
        "stripe", "swell", "shell", "thirst", "chess", "chase", "cheat", "cheer", "heard", "heart", "heady", "cough",
    ];

    private readonly HashSet<string> _known;
    private readonly Dictionary<char, string[]> _targetsByFirstLetter;

    public TypoCorrector(IEnumerable<string> targets, IEnumerable<string> alsoKnown)
    {
        var targetSet = targets.ToHashSet(StringComparer.Ordinal);
        _known = new HashSet<string>(targetSet.Concat(alsoKnown).Concat(NearMisses), StringComparer.Ordinal);
        _targetsByFirstLetter = targetSet
            .Where(t => t.Length >= ShortestTarget && char.IsLetter(t[0]))
            .GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The red-flag word <paramref name="term"/> was probably meant as, or the term itself.</summary>
    public string Correct(string term)
    {
        if (term.Length < ShortestCorrectable || _known.Contains(term) || !_targetsByFirstLetter.TryGetValue(term[0], out var candidates))
            return term;
        var maxEdits = term.Length <= LongestOneEdit ? 1 : 2;
        string? best = null;
        var bestEdits = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - term.Length) > maxEdits) continue;
            var edits = EditDistance.Within(term, candidate, maxEdits);
            if (edits > 0 && edits < bestEdits)
            {
                best = candidate;
                bestEdits = edits;
            }
        }
        return best ?? term;
    }
}
