using AllBot.Channels.Rendering;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Channels.Rendering;

public sealed class ReplyRenderersTests
{
    [Theory]
    [InlineData("emulator", null, typeof(PlainRenderer))]
    [InlineData("slack", null, typeof(PlainRenderer))]
    [InlineData("webchat", null, typeof(WebChatRenderer))]
    [InlineData("directline", null, typeof(WebChatRenderer))]
    [InlineData("msteams", "personal", typeof(TeamsRenderer))]
    public void Each_channel_family_gets_its_renderer(string channelId, string? conversationType, Type expected)
    {
        var renderer = ReplyRenderers.For(Incoming(channelId, conversationType));

        Assert.IsType(expected, renderer);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData(null)]
    public void Teams_personal_chats_get_the_personal_renderer_also_when_teams_leaves_the_type_out(string? conversationType)
    {
        Assert.Same(TeamsRenderer.Personal, ReplyRenderers.For(Incoming("msteams", conversationType)));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void Teams_shared_conversations_get_their_own_renderers(string conversationType)
    {
        var renderer = ReplyRenderers.For(Incoming("msteams", conversationType));

        Assert.NotSame(TeamsRenderer.Personal, renderer);
        Assert.Same(conversationType == "channel" ? TeamsRenderer.Channel : TeamsRenderer.GroupChat, renderer);
    }

    private static Activity Incoming(string channelId, string? conversationType) => new(ActivityTypes.Message)
    {
        ChannelId = channelId,
        Conversation = new ConversationAccount(conversationType: conversationType, id: "c"),
    };
}
