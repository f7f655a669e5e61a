using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AllBot.Testing;

namespace AllBot.Tests.Hosting;

/// <summary>
/// The app as <c>dotnet build</c> leaves it (src/AllBot/bin/CONFIGURATION/net10.0/AllBot.dll, the configuration these
/// tests were built with), run as its own process, the way an operator runs a built but unpublished app.
/// </summary>
internal sealed class BuiltApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BuiltApp(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the app printed on stdout and stderr, line by line.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static string Dll
    {
        get
        {
            // .../tests/AllBot.Tests/bin/<configuration>/net10.0/
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var dll = RepositoryRoot.Combine("src", "AllBot", "bin", configuration, "net10.0", "AllBot.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/AllBot first (dotnet build AllBot.sln).", dll);
        }
    }

    /// <summary>Starts <c>dotnet AllBot.dll ARGS</c> in a scratch folder with the repository's knowledge base.</summary>
    public static BuiltApp Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["KnowledgeBase__Path"] = RepositoryRoot.Combine("knowledge-base");
        // Whatever the test runner's own settings, the app decides from what the test gives it.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new BuiltApp(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Waits for the process to end; null when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            // The output readers finish after the process; give them a moment.
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// The address the app says it listens on ("Now listening on: ..."), for an app started on port 0: a port chosen
    /// free beforehand can be taken by another test while the app starts. Null if it ended or never said.
    /// </summary>
    public async Task<Uri?> ListeningAsync(TimeSpan timeout)
    {
        const string Listening = "Now listening on: ";
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(Listening, StringComparison.Ordinal));
            if (line is not null) return new Uri(line[(line.IndexOf(Listening, StringComparison.Ordinal) + Listening.Length)..].Trim());
            await Task.Delay(100);
        }
        return null;
    }

    /// <summary>Waits until <paramref name="url"/> answers at all (any status); false if the app ended or never answered.</summary>
    public async Task<bool> AnswersAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(url);
                return true;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
            catch (TaskCanceledException)
            {
            }
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
