using System.Net;
using System.Net.Sockets;

namespace AllBot.Tests.Hosting;

/// <summary>What an operator sees running the built app: the chat page in any environment, and short, clear refusals.</summary>
public sealed class BuiltAppTests
{
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_built_app_in_production_serves_the_chat_page_and_its_scripts()
    {
        await using var app = BuiltApp.Start([], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Bot__AllowAnonymous"] = "true",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });
        var site = await app.ListeningAsync(StartUp);
        Assert.True(site is not null, app.Output);
        Assert.True(await app.AnswersAsync(site, StartUp), app.Output);
        using var http = new HttpClient { BaseAddress = site };

        foreach (var path in new[] { "/", "/chat.js", "/chat.css", "/embed.js", "/lib/webchat.js?v=4.18.1" })
        {
            using var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{app.Output}");
        }
    }

    [Fact]
    public async Task An_unknown_command_prints_usage_and_exits_2()
    {
        // Should the command be taken for the web host, it listens on a free port rather than fail on a taken one.
        await using var app = BuiltApp.Start(["frobnicate"], new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });

        var exitCode = await app.ExitCodeAsync(TimeSpan.FromSeconds(20));

        Assert.True(exitCode == 2, $"exit {exitCode?.ToString() ?? "none (still running)"}\n{app.Output}");
        Assert.Contains("Unknown command 'frobnicate'", app.Output);
        Assert.Contains("Usage:", app.Output);
        Assert.Contains("ask", app.Output);
    }

    [Fact]
    public async Task A_port_in_use_prints_one_line_naming_the_port_and_how_to_choose_another()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var app = BuiltApp.Start(["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>());

        var exitCode = await app.ExitCodeAsync(StartUp);

        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(exitCode is not null and not 0, $"exit {exitCode?.ToString() ?? "none (still running)"}\n{app.Output}");
        var line = Assert.Single(lines);
        Assert.Contains($":{port}", line);
        Assert.Contains("--urls", line);
    }
}
