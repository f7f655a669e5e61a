using System.Net;
using AllBot.Tests.TestDoubles;
using AllBot.WarmUp;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_ready_app_answers_200_with_one_status_word(string path)
    {
        await using var app = new BotApp();
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task The_probes_need_no_token_when_the_bot_requires_one(string path)
    {
        await using var app = new BotApp(BotApp.WithAppId, environment: "Production");
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        // ...while the bot's own endpoint still refuses an anonymous post.
        using var message = await client.PostActivityAsync(Activities.EmulatorMessage("http://127.0.0.1:9/", "what is ALL?"));
        Assert.Equal(HttpStatusCode.Unauthorized, message.StatusCode);
    }

    [Fact]
    public async Task The_probes_are_never_rate_limited()
    {
        await using var app = BotApp.DirectLine(("DirectLine:RequestsPerMinutePerConversation", "1"), ("WebChat:ConversationsPerMinutePerClient", "1"));
        using var client = app.CreateClient();

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
    }

    [Fact]
    public async Task The_app_is_alive_but_not_ready_until_the_warm_up_is_over()
    {
        var step = new BlockedWarmUpStep();
        await using var app = new BotApp(new Dictionary<string, string?> { ["WarmUp:Enabled"] = "true" })
        {
            TestServices = services => services.AddSingleton<IWarmUpStep>(step),
        };
        using var client = app.CreateClient();
        await step.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var warming = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.StatusCode);
        Assert.Equal("Unhealthy", await warming.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        step.Release.SetResult();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "ready after the warm-up");
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("Warmed up in", StringComparison.Ordinal));
    }

    /// <summary>A warm-up step that holds the first round until the test releases it.</summary>
    private sealed class BlockedWarmUpStep : IWarmUpStep
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }
}
