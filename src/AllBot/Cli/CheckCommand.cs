using AllBot.Hosting;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;

namespace AllBot.Cli;

/// <summary>
/// <c>check</c>: validates the knowledge base, lists every problem, exits 0 only when it is clean. Beyond the files'
/// form, every red flag's examples must be recognised as that red flag and its information examples must not be urgent.
/// </summary>
internal static class CheckCommand
{
    public static int Run(IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        var path = KnowledgeEngineFactory.Options(configuration).Path;
        var content = KnowledgeBaseLoader.Load(path, out var problems);
        foreach (var problem in problems) errors.WriteLine(problem);
        if (content is null)
        {
            errors.WriteLine($"{problems.Count} problem(s) in {path}");
            return 1;
        }

        // Building the index also parses the synonyms with Lucene's own parser.
        using var engine = CommandLine.LoadEngine(configuration);
        var examples = RedFlagExampleCheck.Problems(engine).ToList();
        foreach (var problem in examples) errors.WriteLine(problem);
        if (examples.Count > 0)
        {
            errors.WriteLine($"{examples.Count} problem(s) in {path}");
            return 1;
        }
        var passages = content.Articles.Sum(a => a.Passages.Count);
        output.WriteLine($"OK: {path}: {content.Articles.Count} article(s), {passages} passage(s), {content.Programs.Count} program(s), {content.RedFlags.Flags.Count} red flag(s)");
        foreach (var program in content.Programs.Where(p => p.Url is null))
            output.WriteLine($"note: {KnowledgeBaseLoader.ProgramsFolder}/{program.Id}.md has no url yet; its Watch link goes to the site's home page");
        return 0;
    }
}
