namespace AllBot.Cli;

/// <summary>
/// Configuration for commands: the same appsettings.json and environment variables as the web host, plus
/// <c>--Section:Key=value</c> options (e.g. <c>--KnowledgeBase:Path=other-folder</c>).
/// </summary>
internal static class CommandConfiguration
{
    public static IConfiguration Build(IReadOnlyList<string> options)
    {
        var environment = AllBot.Hosting.DefaultEnvironment.Name;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. options])
            .Build();
    }

    /// <summary>Separates <c>--Key=value</c> configuration options from the command's own words.</summary>
    public static (List<string> Options, List<string> Operands) Split(IEnumerable<string> args)
    {
        var options = new List<string>();
        var operands = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':') && arg.Contains('=')) options.Add(arg);
            else operands.Add(arg);
        }
        return (options, operands);
    }
}
