using EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The least possible bot on AllBot's SDK and hosting: the floor AllBot's throughput is compared with.
// With no MicrosoftAppId configured, ConfigurationBotFrameworkAuthentication accepts anonymous requests (local only).
// As in the SDK's samples (and AllBot), the connector gets pooled HttpClients from IHttpClientFactory; without one
// the SDK builds a new HttpClient every turn, which would make the floor slower than it is.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
    sp.GetRequiredService<IConfiguration>(),
    httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
    new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddSingleton<IBot, EchoActivityHandler>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
    adapter.ProcessAsync(request, response, bot, cancellationToken));
await app.RunAsync();
