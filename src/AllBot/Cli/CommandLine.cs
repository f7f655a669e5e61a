using AllBot.Hosting;
using AllBot.Knowledge;
using AllBot.Knowledge.Content;

namespace AllBot.Cli;

/// <summary>
/// The command line of the same binary as the web host: <c>ask</c>, <c>eval</c>, <c>check</c> and <c>triage</c>. Answers go to
/// stdout; problems and logs go to stderr, so <c>ask --json</c> output can be piped as it is.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["ask", "eval", "check", "triage"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var (options, operands) = CommandConfiguration.Split(args[1..]);
        var configuration = CommandConfiguration.Build(options);
        try
        {
            return args[0] switch
            {
                "ask" => await AskCommand.RunAsync(configuration, operands, Console.In, Console.Out),
                "eval" => EvalCommand.Run(configuration, operands, Console.Out),
                "triage" => await TriageCommand.RunAsync(configuration, operands, Console.In, Console.Out),
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
