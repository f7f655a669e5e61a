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

    /// <summary>Removes <c>NAME VALUE</c> from <paramref name="operands"/>; the value, or null when the option is not there.</summary>
    /// <exception cref="UsageException">The option is there without a value.</exception>
    public static string? TakeOption(List<string> operands, string name)
    {
        var index = operands.IndexOf(name);
        if (index < 0) return null;
        if (index + 1 >= operands.Count) throw new UsageException($"{name} needs a value");
        var value = operands[index + 1];
        operands.RemoveRange(index, 2);
        return value;
    }
}
