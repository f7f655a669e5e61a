namespace AllBot.Knowledge.Content;

/// <summary>
/// Reads synonyms.txt (the Solr synonym format: <c>a, b, c</c> or <c>a, b =&gt; c</c>, <c>#</c> comments) and checks
/// each line, so a mistake points at its line instead of failing inside Lucene.
/// </summary>
internal static class SynonymsReader
{
    public static string? Read(string folder, string relativePath, ICollection<ContentProblem> problems)
    {
        var path = Path.Combine(folder, relativePath);
        if (!File.Exists(path))
        {
            problems.Add(new(relativePath, 0, "the file is missing"));
            return null;
        }
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported like any other problem, so start-up and `check` name the file instead of crashing.
            problems.Add(new(relativePath, 0, $"cannot be read ({e.Message})"));
            return null;
        }
        var before = problems.Count;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var problem = Check(line);
            if (problem is not null) problems.Add(new(relativePath, i + 1, problem));
        }
        return problems.Count == before ? string.Join('\n', lines) : null;
    }

    private static string? Check(string line)
    {
        var sides = line.Split("=>");
        if (sides.Length > 2) return "use '=>' at most once in a line";
        var entries = sides.SelectMany(side => side.Split(',')).Select(entry => entry.Trim()).ToList();
        if (entries.Any(entry => entry.Length == 0)) return "an entry is empty: check for a doubled or trailing comma";
        if (sides.Length == 1 && entries.Count < 2) return "a line needs at least two entries separated by commas";
        if (entries.Any(entry => entry.IndexOfAny(['\\', '"']) >= 0)) return "entries cannot contain \\ or \"";
        return null;
    }
}
