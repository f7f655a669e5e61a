namespace AllBot.Knowledge.Search;

/// <summary>
/// A word list searched for words a few edits from a typed one, with the same first letter (people rarely get the
/// first letter wrong, and it keeps the search to a slice of the list).
/// </summary>
internal sealed class WordsByFirstLetter(IEnumerable<string> words)
{
    private readonly Dictionary<char, string[]> _byFirstLetter = words
        .Where(w => w.Length > 0)
        .GroupBy(w => w[0])
        .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());

    /// <summary>The words at most <paramref name="maxEdits"/> from <paramref name="word"/>, with their distance (0 for the word itself).</summary>
    public IEnumerable<(string Word, int Edits)> Within(string word, int maxEdits)
    {
        if (word.Length == 0 || !_byFirstLetter.TryGetValue(word[0], out var candidates)) yield break;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits) continue;
            var edits = EditDistance.Within(word, candidate, maxEdits);
            if (edits >= 0) yield return (candidate, edits);
        }
    }
}
