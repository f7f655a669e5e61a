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
