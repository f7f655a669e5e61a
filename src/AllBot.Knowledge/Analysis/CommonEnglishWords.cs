using System.Reflection;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// About 9,700 common English words of five letters or more (SCOWL sizes 10 and 20, in
/// <c>common-english-words.txt</c>). A typed word that is one of them is most likely meant, even when it is a letter
/// away from a word of the knowledge base: "write to me" is not about white cells, though "clinical trails" still
/// finds trials.
/// </summary>
public static class CommonEnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>True when <paramref name="word"/> (any case) is a common English word.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> (lower case) is a common English word or a likely misspelling of one: one
    /// edit away (two from eight letters), or the same word with an ending ("vaccinations", "bruised").
    /// </summary>
    public static bool IsOrNear(string word)
    {
        word = word.ToLowerInvariant();
        if (Plainer(word).Any(Words.Value.Contains)) return true;
        return Near.Value.Within(word, word.Length >= 8 ? 2 : 1).Any();
    }

    private static readonly Lazy<Search.WordsByFirstLetter> Near = new(() => new(Words.Value.Select(w => w.ToLowerInvariant())));

    /// <summary>The word and the word without a common ending: "dummies" -> "dummy", "bruised" -> "bruise".</summary>
    private static IEnumerable<string> Plainer(string word)
    {
        yield return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith('s')) yield return word[..^1];
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith("ed", StringComparison.Ordinal)) { yield return word[..^1]; yield return word[..^2]; }
        if (word.EndsWith("ing", StringComparison.Ordinal)) { yield return word[..^3]; yield return word[..^3] + "e"; }
        if (word.EndsWith("ly", StringComparison.Ordinal)) yield return word[..^2];
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonEnglishWords).Assembly.GetManifestResourceStream("AllBot.Knowledge.Analysis.common-english-words.txt")
            ?? throw new InvalidOperationException("The common English words are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        }
        return words;
    }
}
