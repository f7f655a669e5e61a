namespace AllBot.Cli;

/// <summary>The command line: <c>ask</c>, <c>eval</c> and <c>check</c>.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["ask", "eval", "check"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
