using System.Net;
using System.Text.Json.Nodes;
using AllBot.Hosting;
using AllBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.Bot;

/// <summary>The whole app over HTTP with the real knowledge engine and the repository's knowledge-base/.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private const string CarTProgram = "Will CAR T-Cell Therapy Work for Solid Tumor Cancers?";
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static IEnumerable<string> Links(JsonNode reply) =>
        (reply["attachments"]?.AsArray() ?? [])
            .SelectMany(a => a!["content"]?["buttons"]?.AsArray() ?? [])
            .Where(b => (string?)b!["type"] == "openUrl")
            .Select(b => (string)b!["value"]!);

    [Fact]
    public async Task An_emulator_conversation_gets_a_welcome_then_the_explainer_then_the_car_t_program()
    {
        var wording = _app.Services.GetRequiredService<KnowledgeSource>().Wording!;

        await _client.PostActivityAsync(Activities.EmulatorConversationUpdate(_connector.ServiceUrl));
        var welcome = _connector.Messages.Single();
        await _client.PostActivityAsync(Activities.EmulatorMessage(_connector.ServiceUrl, "what is a lymphoblast?", id: "m1"));
        var lymphoblast = _connector.Messages.Skip(1).ToList();
        await _client.PostActivityAsync(Activities.EmulatorMessage(_connector.ServiceUrl, "Can CAR-T treat solid tumors?", id: "m2"));
        var carT = _connector.Messages.Skip(1 + lymphoblast.Count).ToList();

        Assert.Contains(wording.Welcome, (string?)welcome["text"]);
        Assert.Contains(wording.Disclaimer, (string?)welcome["text"]);
        Assert.Equal(3, welcome["suggestedActions"]!["actions"]!.AsArray().Count);
        Assert.Contains("called a lymphoblast", (string?)lymphoblast[0]["text"]);
        var withProgram = Assert.Single(carT, reply => reply.ToJsonString().Contains(CarTProgram, StringComparison.Ordinal) && Links(reply).Any());
        Assert.All(Links(withProgram), link => Assert.StartsWith("http", link));
    }

    [Fact]
    public async Task A_teams_channel_mention_is_answered_without_the_at_markup()
    {
        var response = await _client.PostActivityAsync(Activities.TeamsMention("channel", _connector.ServiceUrl, "what is ALL?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var wording = _app.Services.GetRequiredService<KnowledgeSource>().Wording!;
        var first = _connector.Messages.First();
        Assert.False(string.IsNullOrWhiteSpace((string?)first["text"]));
        Assert.NotEqual(wording.EmptyMessage, (string?)first["text"]);
        Assert.All(_connector.Replies, r => Assert.DoesNotContain("<at>", r.Body.ToJsonString()));
    }

    [Fact]
    public async Task Expect_replies_carries_the_real_answer_in_the_response()
    {
        var message = Activities.EmulatorMessage(_connector.ServiceUrl, "what is a lymphoblast?");
        message["deliveryMode"] = "expectReplies";

        var response = await _client.PostActivityAsync(message);

        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains(activities, a => ((string?)a!["text"])?.Contains("called a lymphoblast") == true);
        Assert.Empty(_connector.Attempts);
    }
}
