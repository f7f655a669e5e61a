using System.Net;
using AllBot.Channels.DirectLine;
using AllBot.Hosting;
using AllBot.Telemetry;
using AllBot.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.Channels.DirectLine;

/// <summary>
/// The built-in Direct Line in a host with no web chat page: the host's own pieces (Hosting/, telemetry), a bot, the
/// channel.
/// Sessions start through the channel's own API.
/// </summary>
public sealed class DirectLineStandaloneTests : IAsyncDisposable
{
    private WebApplication? app;

    private async Task<(DirectLineTestClient Client, DirectLineSessions Sessions)> StartAsync(IBot bot)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddSecurityHeaders();
        builder.AddAllowedOrigins();
        builder.AddClientRateLimits();
        builder.AddTelemetry();
        // The editors' wording for apologies (Canned.Wording).
        builder.Services.AddSingleton(_ => CannedKnowledge.NewSource());
        builder.Services.AddSingleton(bot);
        builder.AddDirectLine();
        app = builder.Build();
        app.UseWebSocketStreams();
        app.UseAllowedOrigins();
        app.UseClientRateLimits();
        app.MapDirectLine();
        await app.StartAsync();
        return (new DirectLineTestClient(app.GetTestClient()), app.Services.GetRequiredService<DirectLineSessions>());
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    [Fact]
    public async Task A_session_from_the_channels_own_api_starts_a_conversation_the_bot_answers_without_the_web_chat_page()
    {
        var (client, sessions) = await StartAsync(new EchoTestBot());
        var session = Assert.IsType<DirectLineSession>(sessions.Start());
        var visitor = new DirectLineTestClient.Session(session.ConversationId, session.Token, session.UserId);

        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, "{}");
        using var posted = await client.PostMessageAsync(visitor, "hello");
        var (activities, _) = await client.GetActivitiesAsync(visitor);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("echo: hello", ActivityJson.Texts(activities));
        using var page = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task A_failed_welcome_is_not_apologised_for_but_a_failed_message_is()
    {
        var (client, sessions) = await StartAsync(new FailingBot());
        var session = sessions.Start()!;
        var visitor = new DirectLineTestClient.Session(session.ConversationId, session.Token, session.UserId);

        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, "{}");
        var (afterWelcome, _) = await client.GetActivitiesAsync(visitor);
        using var posted = await client.PostMessageAsync(visitor, "hello");
        var (afterMessage, _) = await client.GetActivitiesAsync(visitor);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Empty(afterWelcome);
        Assert.Equal(["hello", "ERROR-TEXT"], ActivityJson.Texts(afterMessage));
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"The test bot fails every {turnContext.Activity.Type}.");
    }
}
