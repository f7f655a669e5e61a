using AllBot.Channels;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Channels;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("emulator", null, true, 5)]
    [InlineData("webchat", null, true, 5)]
    [InlineData("directline", null, true, 5)]
    [InlineData("msteams", "personal", true, 3)]
    [InlineData("msteams", null, true, 3)]
    [InlineData("msteams", "groupChat", false, 0)]
    [InlineData("msteams", "channel", false, 0)]
    public void Each_channel_gets_its_suggested_action_rules(string channelId, string? conversationType, bool suggested, int max)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = channelId,
            Conversation = new ConversationAccount(conversationType: conversationType, id: "c"),
        };

        Assert.Equal(new ChannelCapabilities(suggested, max), ChannelCapabilities.For(activity));
    }
}
