using AllBot.Bot;
using AllBot.Channels.DirectLine;
using AllBot.Cli;
using AllBot.Health;
using AllBot.Hosting;
using AllBot.Insights;
using AllBot.Telemetry;
using AllBot.WarmUp;
using AllBot.WebChat;

// A developer's build runs as Development unless told otherwise; published builds run as Production.
DefaultEnvironment.Apply();

// `allbot ask|eval|check|triage ...` runs a command and exits (an unknown one prints the usage); no command runs the web host.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

// Settings, the page and its scripts sit next to the program, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddStartupFailureReport();
builder.AddKnownProxies();
builder.AddSecurityHeaders();
builder.AddAllowedOrigins();
builder.AddClientRateLimits();
builder.AddKnowledge();
builder.AddInsights();
builder.AddTelemetry();
builder.AddHealth();
builder.AddWarmUp();
builder.AddBot();
builder.AddDirectLine();
builder.AddWebChat();

var app = builder.Build();
app.LoadKnowledge();
app.UseKnownProxies();
app.UseHostHeaderCheck();
app.UseWebChat();
app.UseWebSocketStreams();
app.UseAllowedOrigins();
app.UseClientRateLimits();
app.MapHealthEndpoints();
app.MapBotEndpoints();
app.MapDirectLine();
app.MapWebChat();

return await app.RunUntilStoppedAsync();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
