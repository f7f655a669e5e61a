using AllBot.Hosting;
using AllBot.Knowledge.Content;

namespace AllBot.Cli;

/// <summary><c>check</c>: validates the knowledge base, lists every problem, exits 0 only when it is clean.</summary>
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
        var passages = content.Articles.Sum(a => a.Passages.Count);
        output.WriteLine($"OK: {path}: {content.Articles.Count} article(s), {passages} passage(s), {content.Programs.Count} program(s)");
        foreach (var program in content.Programs.Where(p => p.Url is null))
            output.WriteLine($"note: {KnowledgeBaseLoader.ProgramsFolder}/{program.Id}.md has no url yet; its Watch link goes to the site's home page");
        return 0;
    }
}
