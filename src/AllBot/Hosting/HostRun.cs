using Microsoft.AspNetCore.Connections;

namespace AllBot.Hosting;

/// <summary>
/// Runs the web host until it stops, and says in one line why it could not start when the cause is the operator's to
/// fix (a port already in use), instead of the host's stack traces.
/// </summary>
public static class HostRun
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>
    /// The host logs a failed start with its whole stack trace before it rethrows; <see cref="RunUntilStoppedAsync"/>
    /// reports the failure itself (or lets it surface as it is), so the host's own entry is left out. Critical
    /// entries (a background service that stopped the host) still show.
    /// </summary>
    public static IHostApplicationBuilder AddStartupFailureReport(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddFilter(HostCategory, LogLevel.Critical);
        return builder;
    }

    /// <returns>The process exit code: 0 after a normal stop, 1 when a port was already in use.</returns>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            // Kestrel's message names the address and port: "Failed to bind to address http://127.0.0.1:3978: address already in use."
            await Console.Error.WriteLineAsync(
                $"AllBot cannot start: {e.Message} Another program is using that port; choose another with --urls http://localhost:5000 (or ASPNETCORE_URLS).");
            return 1;
        }
    }
}
