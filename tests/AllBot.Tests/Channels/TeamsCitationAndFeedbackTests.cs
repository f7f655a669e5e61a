using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels;

/// <summary>
/// Teams-shaped activities through POST /api/messages: an answer's citation entity and feedback loop as Teams receives
/// them, and the rating Teams sends back (the <c>message/submitAction</c> invoke).
/// </summary>
public sealed class TeamsCitationAndFeedbackTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new FakeAnswerer().Returns(Canned.CitedPassage("what is ALL?")).Returns(Canned.Urgent("help"));
    private FakeConnector connector = null!;
    private BotApp app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApp(answerer: answerer);
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static JsonObject SubmitAction(string serviceUrl, string replyToId, string reaction, string feedback = "{\"feedbackText\":\"\"}")
    {
        var invoke = Activities.Teams("invoke", "personal", serviceUrl);
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = replyToId;
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = feedback },
        };
        return invoke;
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    public async Task An_answer_carries_exactly_one_schema_org_message_entity_with_a_valid_claim_and_the_feedback_loop(string conversationType)
    {
        await client.PostActivityAsync(Activities.TeamsMention(conversationType, connector.ServiceUrl, "what is ALL?"));

        var answer = connector.Messages.Single(m => ((string?)m["text"])?.Contains("PASSAGE-TEXT") == true);
        Assert.Equal("PASSAGE-TEXT [1]", (string?)answer["text"]);
        var entity = Assert.Single(answer["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Single(answer["entities"]!.AsArray());
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        var claim = Assert.Single(entity["citation"]!.AsArray())!;
        Assert.Equal(("Claim", 1), ((string?)claim["@type"], (int)claim["position"]!));
        var appearance = claim["appearance"]!;
        Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
        Assert.Equal("What is ALL?", (string?)appearance["name"]);
        Assert.Equal("https://www.example.org/what-is-all", (string?)appearance["url"]);
        Assert.Equal("PASSAGE-TEXT", (string?)appearance["abstract"]);
        Assert.Equal("default", (string?)answer["channelData"]!["feedbackLoop"]!["type"]);
        Assert.Single(connector.Messages, m => m["channelData"]?["feedbackLoop"] is not null);
    }

    [Fact]
    public async Task A_submit_action_invoke_gets_200_with_an_empty_body_and_is_counted_for_the_rated_answer()
    {
        await client.PostActivityAsync(Activities.TeamsMention("personal", connector.ServiceUrl, "what is ALL?"));
        var rated = connector.Replies.Single(r => r.Body["channelData"]?["feedbackLoop"] is not null);

        using var response = await client.PostActivityAsync(SubmitAction(connector.ServiceUrl, rated.Id, "dislike"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var ratings = (await app.InsightsAsync()).Ratings;
        Assert.Contains(ratings, r => (r.Kind, r.Item, r.Up, r.Down) == ("answer", "", 0, 1));
        Assert.Contains(ratings, r => (r.Kind, r.Item, r.Up, r.Down) == ("passage", "what-all-is", 0, 1));
    }

    [Fact]
    public async Task A_submit_action_for_a_message_that_asked_for_no_rating_gets_200_and_is_not_counted()
    {
        using var response = await client.PostActivityAsync(SubmitAction(connector.ServiceUrl, "a-message-the-bot-never-sent", "like"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty((await app.InsightsAsync()).Ratings);
        Assert.Empty(connector.Replies);
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":"not an object"}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":{"x":1},"feedback":42}}""")]
    [InlineData("""{"actionName":"somethingElse"}""")]
    [InlineData("""[1,2,3]""")]
    public async Task A_malformed_submit_action_gets_200_and_counts_nothing(string value)
    {
        var invoke = SubmitAction(connector.ServiceUrl, "x", "like");
        invoke["value"] = JsonNode.Parse(value);

        using var response = await client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await app.InsightsAsync()).Ratings);
    }

    [Fact]
    public async Task Urgent_replies_carry_neither_a_citation_entity_nor_the_feedback_loop()
    {
        await client.PostActivityAsync(Activities.TeamsMention("personal", connector.ServiceUrl, "help"));

        var urgent = Assert.Single(connector.Messages);
        Assert.Equal("URGENT-TEXT", (string?)urgent["text"]);
        Assert.Empty(urgent["entities"]?.AsArray() ?? []);
        Assert.Null(urgent["channelData"]?["feedbackLoop"]);
    }
}
