using AllBot.Hosting;
using AllBot.Knowledge;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;

namespace AllBot.Cli;

/// <summary>
/// <c>check</c>: validates the knowledge base, lists every problem, exits 0 only when it is clean. Beyond the files'
/// form, every red flag's examples must be recognised as that red flag and its information examples must not be urgent.
/// The running bot applies the same rules before it publishes an edit (<see cref="KnowledgePublisher"/>).
/// </summary>
internal static class CheckCommand
{
    public static int Run(IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        var options = KnowledgeEngineFactory.Options(configuration);
        using var engine = TryLoad(options, errors);
        if (engine is null) return 1;

        var examples = RedFlagExampleCheck.Problems(engine).ToList();
        if (examples.Count > 0) return Report(examples, options, errors);
        var content = engine.Content;
        var passages = content.Articles.Sum(a => a.Passages.Count);
        output.WriteLine($"OK: {options.Path}: {content.Articles.Count} article(s), {passages} passage(s), {content.Programs.Count} program(s), {content.RedFlags.Flags.Count} red flag(s)");
        foreach (var program in content.Programs.Where(p => p.Url is null))
            output.WriteLine($"note: {KnowledgeBaseLoader.ProgramsFolder}/{program.Id}.md has no url yet; its Watch link goes to the site's home page");
        return 0;
    }

    /// <summary>Loads the folder once, as the bot does (read, validate, index); on problems lists each and returns null.</summary>
    private static KnowledgeEngine? TryLoad(KnowledgeOptions options, TextWriter errors)
    {
        try
        {
            return KnowledgeEngine.Load(options);
        }
        catch (KnowledgeBaseException e)
        {
            Report(e.Problems, options, errors);
            return null;
        }
    }

    private static int Report(IReadOnlyList<ContentProblem> problems, KnowledgeOptions options, TextWriter errors)
    {
        foreach (var problem in problems) errors.WriteLine(problem);
        errors.WriteLine($"{problems.Count} problem(s) in {options.Path}");
        return 1;
    }
}
