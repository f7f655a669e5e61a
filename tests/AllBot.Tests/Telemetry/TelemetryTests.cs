using System.Diagnostics;
using System.Net;
using System.Text;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllBot.Tests.Telemetry;

/// <summary>
/// With an OTLP endpoint configured, turns, answers, the pipeline's stages and the metrics reach both an in-memory
/// exporter and the wire, and a canary sentence sent through every channel reaches neither, nor do the visitor's
/// conversation id or token.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly string canary = $"canary {Guid.NewGuid():n} my son has leukaemia and a fever";
    private readonly List<Activity> spans = [];
    private readonly List<MetricSnapshot> metrics = [];
    private FakeOtlpCollector collector = null!;

    public async Task InitializeAsync() => collector = await FakeOtlpCollector.StartAsync();

    public async Task DisposeAsync() => await collector.DisposeAsync();

    private BotApp App(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["WebChat:ConversationsPerMinutePerClient"] = "10000",
            ["DirectLine:RequestsPerMinutePerConversation"] = "10000",
        };
        foreach (var (key, value) in settings) all[key] = value;
        return new BotApp(all)
        {
            TestServices = services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)),
        };
    }

    [Fact]
    public async Task Turns_answers_and_metrics_are_exported_and_the_canary_never_is()
    {
        string conversationId, token;
        await using (var app = App(("DirectLine:MessagesPerMinutePerConversation", "2")))
        {
            using var client = app.CreateClient();
            await Ask.RepliesAsync(client, canary);
            await Ask.RepliesAsync(client, "what is a lymphoblast?");
            await Ask.RepliesAsync(client, "who won the world cup in 1966?");
            using var webChat = new DirectLineTestClient(app.CreateClient());
            var session = await webChat.StartAsync();
            (conversationId, token) = (session.ConversationId, session.Token);
            (await webChat.PostMessageAsync(session, canary)).Dispose();
            (await webChat.PostMessageAsync(session, canary, "c2")).Dispose();
            using var refused = await webChat.PostMessageAsync(session, canary, "c3");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

            app.Services.GetRequiredService<TracerProvider>().ForceFlush();
            app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        }

        var names = spans.Select(span => span.DisplayName).ToHashSet();
        Assert.Superset(new HashSet<string> { "allbot.turn", "allbot.answer", "allbot.triage", "allbot.understand", "allbot.search", "allbot.decide" }, names);
        Assert.Contains(spans, span => span.DisplayName == "allbot.answer" && (string?)span.GetTagItem("allbot.answer.kind") == "urgent");
        Assert.Contains(spans, span => (string?)span.GetTagItem("allbot.channel") == "webchat");
        // Request paths are route templates: the conversation's id is a parameter, never a value.
        Assert.Contains(spans, span => (span.GetTagItem("url.path") as string)?.StartsWith("/v3/directline/conversations/{conversationId", StringComparison.Ordinal) == true);

        var points = Points().ToList();
        Assert.Contains(points, p => p.Metric == "allbot.answers" && p.Tags.Contains("kind=urgent"));
        Assert.Contains(points, p => p.Metric == "allbot.answers" && p.Tags.Contains("kind=answer"));
        Assert.Contains(points, p => p.Metric == "allbot.answers" && p.Tags.Contains("kind=no_answer"));
        Assert.Contains(points, p => p.Metric == "allbot.rate_limit.refusals" && p.Tags.Contains("policy=directline-messages"));
        Assert.Superset(new HashSet<string>
        {
            "allbot.answer.duration", "allbot.urgent_replies", "allbot.answers.no_answer_ratio",
            "allbot.directline.conversations.started", "allbot.directline.conversations.active",
        }, points.Select(p => p.Metric).ToHashSet());

        // What an exporter saw, in memory and on the wire.
        var exported = string.Join('\n', spans.Select(Describe).Concat(points.Select(p => $"{p.Metric} {p.Tags}")));
        var wire = string.Join('\n', collector.Exports.Select(export => Encoding.UTF8.GetString(export.Body)));
        Assert.Contains(collector.Exports, export => export.Path == "/v1/traces");
        Assert.Contains(collector.Exports, export => export.Path == "/v1/metrics");
        Assert.Contains("allbot.turn", wire);
        foreach (var secret in new[] { "canary", "fever", conversationId, token })
        {
            Assert.DoesNotContain(secret, exported, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, wire, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Nothing_is_collected_or_exported_without_an_exporter()
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();
        await Ask.RepliesAsync(client, "what is a lymphoblast?");

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Empty(collector.Exports);
    }

    private IEnumerable<(string Metric, string Tags)> Points()
    {
        foreach (var metric in metrics)
        {
            foreach (var point in metric.MetricPoints)
            {
                var tags = new List<string>();
                foreach (var tag in point.Tags) tags.Add($"{tag.Key}={tag.Value}");
                yield return (metric.Name, string.Join(' ', tags));
            }
        }
    }

    private static string Describe(Activity span) =>
        $"{span.DisplayName} {span.StatusDescription} " +
        string.Join(' ', span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")) + " " +
        string.Join(' ', span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}:{tag.Key}={tag.Value}")));
}
