namespace AllBot.Knowledge.Content;

/// <summary>
/// Loads and validates a knowledge-base folder: articles/*.md, programs/*.md, red-flags/*.md, synonyms.txt and
/// bot-wording.md.
/// Collects every problem instead of stopping at the first, so editors can fix them in one go.
/// </summary>
public static class KnowledgeBaseLoader
{
    public const string ArticlesFolder = "articles";
    public const string ProgramsFolder = "programs";
    public const string SynonymsFile = "synonyms.txt";
    public const string WordingFile = "bot-wording.md";
    public const string RedFlagsFolder = "red-flags";
    public const string RedFlagWordsFile = "red-flags/words.md";

    /// <summary>Loads the folder; <paramref name="problems"/> is empty when the result can be used.</summary>
    public static KnowledgeBase? Load(string folder, out IReadOnlyList<ContentProblem> problems)
    {
        var found = new List<ContentProblem>();
        problems = found;
        if (!Directory.Exists(folder))
        {
            found.Add(new(folder, 0, "the knowledge-base folder does not exist (set KnowledgeBase:Path)"));
            return null;
        }

        var articles = ReadAll(folder, ArticlesFolder, ArticleReader.Read, found);
        var programs = ReadAll(folder, ProgramsFolder, ProgramReader.Read, found);
        ReportDuplicateIds(articles.Select(a => (a.Item.Id, a.Path)), found);
        ReportDuplicateIds(programs.Select(p => (p.Item.Id, p.Path)), found);
        ReportDuplicateIds(articles.SelectMany(a => a.Item.Passages.Select(p => (p.Id, a.Path))), found);
        var synonyms = SynonymsReader.Read(folder, SynonymsFile, found);
        var wording = ReadOne(folder, WordingFile, WordingReader.Read, found);
        var redFlags = ReadRedFlags(folder, found);

        return found.Count == 0 && wording is not null && synonyms is not null && redFlags is not null
            ? new KnowledgeBase([.. articles.Select(a => a.Item)], [.. programs.Select(p => p.Item)], synonyms, wording, redFlags)
            : null;
    }

    /// <summary>The word groups first: every red flag's signs are checked against them.</summary>
    private static RedFlagBook? ReadRedFlags(string folder, List<ContentProblem> problems)
    {
        var groups = ReadOne(folder, RedFlagWordsFile, RedFlagWordsReader.Read, problems);
        if (groups is null) return null;
        var flags = ReadAll(folder, RedFlagsFolder, (file, found) => RedFlagReader.Read(file, groups, found), problems,
            skip: RedFlagWordsFile);
        ReportDuplicateIds(flags.Select(f => (f.Item.Id, f.Path)), problems);
        return new RedFlagBook(groups, [.. flags.Select(f => f.Item)]);
    }

    private static List<(T Item, string Path)> ReadAll<T>(
        string folder, string subfolder, Func<MarkdownFile, ICollection<ContentProblem>, T?> read, List<ContentProblem> problems,
        string? skip = null)
        where T : class
    {
        var path = Path.Combine(folder, subfolder);
        if (!Directory.Exists(path))
        {
            problems.Add(new(subfolder, 0, "the folder is missing"));
            return [];
        }
        var items = new List<(T, string)>();
        foreach (var file in Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal))
        {
            var relativePath = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relativePath == skip) continue;
            if (ReadOne(folder, relativePath, read, problems) is { } item) items.Add((item, relativePath));
        }
        if (items.Count == 0 && problems.Count == 0) problems.Add(new(subfolder, 0, "the folder has no .md files"));
        return items;
    }

    private static T? ReadOne<T>(
        string folder, string relativePath, Func<MarkdownFile, ICollection<ContentProblem>, T?> read, List<ContentProblem> problems)
        where T : class
    {
        var fullPath = Path.Combine(folder, relativePath);
        if (!File.Exists(fullPath))
        {
            problems.Add(new(relativePath, 0, "the file is missing"));
            return null;
        }
        var file = MarkdownFile.Read(fullPath, relativePath.Replace('\\', '/'), problems);
        return file is null ? null : read(file, problems);
    }

    private static void ReportDuplicateIds(IEnumerable<(string Id, string Path)> ids, List<ContentProblem> problems)
    {
        foreach (var group in ids.GroupBy(x => x.Id).Where(g => g.Count() > 1))
        {
            var paths = group.Select(x => x.Path).Distinct().ToList();
            problems.Add(new(paths[^1], 0, $"the id '{group.Key}' is used more than once ({string.Join(", ", paths)}); ids must be unique"));
        }
    }
}
