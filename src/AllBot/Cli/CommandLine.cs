using AllBot.Hosting;
using AllBot.Knowledge;
using AllBot.Knowledge.Content;

namespace AllBot.Cli;

/// <summary>
/// The command line of the same binary as the web host: <c>ask</c>, <c>eval</c>, <c>check</c>, <c>triage</c> and <c>report</c>. Answers go to
/// stdout; problems and logs go to stderr, so <c>ask --json</c> output can be piped as it is.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: AllBot [COMMAND] [--Section:Key=value ...]
          ask [--json] [--conversation] [QUESTION]   answer a question (without QUESTION, one question a line on stdin)
          eval FILE.jsonl                           the quality metrics of an evaluation set
          check                                     validate the knowledge base
          triage [--previous MESSAGE] [MESSAGE]     how the red-flag triage reads a message
          report [--days N] [--out FILE.html]       the editors' insight report (charts of the last N days)
        With no command, AllBot runs the web host (options such as --urls http://localhost:5000).
        """;

    private static readonly string[] Commands = ["ask", "eval", "check", "triage", "calibrate", "report"];

    private static readonly string[] HelpWords = ["help", "-h", "--help", "-?"];

    /// <summary>
    /// True when the first argument asks for a command (or help) rather than the web host: a word that is not an option
    /// (<c>--urls ...</c>) or a setting (<c>urls=...</c>). Unknown words are commands too, so a typo is not taken for
    /// "start the web host".
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (HelpWords.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=')));

    public static async Task<int> RunAsync(string[] args)
    {
        if (HelpWords.Contains(args[0]))
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }
        if (!Commands.Contains(args[0]))
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.\n{Usage}");
            return 2;
        }
        var (options, operands) = CommandConfiguration.Split(args[1..]);
        var configuration = CommandConfiguration.Build(options);
        try
        {
            return args[0] switch
            {
                "ask" => await AskCommand.RunAsync(configuration, operands, Console.In, Console.Out),
                "eval" => EvalCommand.Run(configuration, operands, Console.Out),
                "triage" => await TriageCommand.RunAsync(configuration, operands, Console.In, Console.Out),
                "calibrate" => CalibrateCommand.Run(configuration, operands, Console.Out),
                "report" => ReportCommand.Run(configuration, operands, Console.Out, TimeProvider.System),
                _ => CheckCommand.Run(configuration, Console.Out, Console.Error),
            };
        }
        catch (KnowledgeBaseException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    internal static KnowledgeEngine LoadEngine(IConfiguration configuration) => KnowledgeEngineFactory.Load(configuration);
}

/// <summary>The command was called the wrong way; the message says the right way.</summary>
internal sealed class UsageException(string message) : Exception(message);
