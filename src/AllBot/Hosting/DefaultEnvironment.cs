using System.Reflection;

namespace AllBot.Hosting;

/// <summary>
/// Makes a developer's build run as Development when no environment is set, so <c>dotnet run --project src/AllBot</c>
/// is ready for the Emulator without credentials; <c>dotnet publish</c> output stays Production (secure by default).
/// This replaces launchSettings.json, because <c>dotnet run</c> prints "Using launch settings from ..." on stdout,
/// which would corrupt the one-JSON-object-a-line output of <c>ask --json</c> (dotnet/sdk#45640).
/// </summary>
public static class DefaultEnvironment
{
    /// <summary>Set by AllBot.csproj on builds that are not publishes.</summary>
    private const string MetadataKey = "AllBot.DefaultEnvironment";

    public static void Apply()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")))
        {
            return;
        }
        var builtDefault = typeof(DefaultEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == MetadataKey)?.Value;
        if (!string.IsNullOrEmpty(builtDefault)) Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", builtDefault);
    }

    /// <summary>The environment name the host will use (for the command line, which builds no host).</summary>
    public static string Name =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet
        : Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : "Production";
}
