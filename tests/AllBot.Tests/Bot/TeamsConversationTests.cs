using AllBot.Tests.TestDoubles;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Bot;

/// <summary>The bot in the three Teams conversation types, and the Teams install events.</summary>
public sealed class TeamsConversationTests
{
    private static Activity Mentioning(string text) => new(ActivityTypes.Message)
    {
        Text = text,
        Entities =
        [
            new Entity("mention")
            {
                Properties = JObject.FromObject(new
                {
                    mentioned = new { id = "28:bot-app-id", name = "AllBot" },
                    text = "<at>AllBot</at>",
                }),
            },
        ],
        ChannelData = JObject.FromObject(new
        {
            tenant = new { id = "tenant-a" },
            team = new { id = "19:team@thread.skype" },
            channel = new { id = "19:channel@thread.skype" },
        }),
    };

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task The_bot_mention_is_removed_before_the_question_is_answered(string conversationType)
    {
        var turn = new BotTurn(conversation: BotTurn.Teams(conversationType));

        await turn.SendAsync(Mentioning("<at>AllBot</at> what is ALL? "));

        Assert.Equal(["what is ALL?"], turn.Answerer.Questions);
    }

    [Fact]
    public async Task A_non_breaking_space_after_the_mention_is_not_part_of_the_question()
    {
        var turn = new BotTurn(conversation: BotTurn.Teams("channel"));

        await turn.SendAsync(Mentioning("<at>AllBot</at>&nbsp;what is ALL?"));

        Assert.Equal(["what is ALL?"], turn.Answerer.Questions);
    }

    [Fact]
    public async Task Personal_chat_shows_at_most_three_suggested_actions_and_never_on_a_card_message()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q", videos: [Canned.VideoWithUrl])), BotTurn.Teams("personal"));

        var replies = await turn.SayAsync("q");

        Assert.All(replies.Where(r => r.Attachments?.Count > 0), r => Assert.Null(r.SuggestedActions));
        var withActions = Assert.Single(replies, r => r.SuggestedActions is not null);
        Assert.Equal(["Follow one?", "Follow two?", "Follow three?"], withActions.SuggestedActions.Actions.Select(a => a.Value as string));
        Assert.Empty(withActions.Attachments ?? []);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Shared_conversations_get_follow_ups_as_card_buttons_instead_of_suggested_actions(string conversationType)
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.NoAnswer("q")), BotTurn.Teams(conversationType));

        var replies = await turn.SendAsync(Mentioning("<at>AllBot</at> q"));

        Assert.All(replies, r => Assert.Null(r.SuggestedActions));
        var card = Assert.IsType<HeroCard>(replies.Last().Attachments.Single().Content);
        Assert.Equal(["Topic one", "Topic two", "Topic three", "Topic four"], card.Buttons.Select(b => b.Value as string));
    }

    [Fact]
    public async Task Teams_never_gets_video_cards_only_hero_cards()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q", videos: [Canned.VideoWithUrl])), BotTurn.Teams("personal"));

        var replies = await turn.SayAsync("q");

        var attachments = replies.SelectMany(r => r.Attachments ?? []).ToList();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a => Assert.Equal(HeroCard.ContentType, a.ContentType));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task An_install_is_welcomed_once_by_installation_update(string conversationType)
    {
        var turn = new BotTurn(conversation: BotTurn.Teams(conversationType));

        var onInstall = await turn.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = "add" });
        var onConversationUpdate = await turn.MembersAddedAsync(new ChannelAccount("28:bot-app-id", "AllBot"), new ChannelAccount("29:user", "Pat"));

        Assert.Single(onInstall, reply => reply.Text?.Contains("WELCOME-TEXT") == true);
        Assert.Empty(onConversationUpdate);
    }

    [Theory]
    [InlineData("add-upgrade")]
    [InlineData("remove")]
    public async Task An_upgrade_or_uninstall_is_not_welcomed(string action)
    {
        var turn = new BotTurn(conversation: BotTurn.Teams("personal"));

        Assert.Empty(await turn.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = action }));
    }
}
