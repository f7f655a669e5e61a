using AllBot.Bot;
using AllBot.Channels;
using AllBot.Tests.TestDoubles;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Channels;

public sealed class TeamsTenantFilterTests
{
    private static async Task<List<Activity>> SayFromTenantAsync(string channelId, string? tenantId, params string[] allowed)
    {
        var conversation = BotTurn.Teams("personal");
        conversation.ChannelId = channelId;
        conversation.Conversation.TenantId = tenantId;
        var turn = new BotTurn(conversation: conversation);
        turn.Adapter.Use(new TeamsTenantFilter(Options.Create(new BotOptions { AllowedTenantIds = [.. allowed] }), NullLogger<TeamsTenantFilter>.Instance));
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "hello",
            ChannelData = tenantId is null ? null : JObject.FromObject(new { tenant = new { id = tenantId } }),
        };
        return await turn.SendAsync(message);
    }

    [Fact]
    public async Task An_allowed_tenant_is_answered()
    {
        Assert.NotEmpty(await SayFromTenantAsync("msteams", "tenant-a", "tenant-a", "tenant-b"));
    }

    [Theory]
    [InlineData("tenant-z")]
    [InlineData(null)]
    public async Task Another_or_missing_tenant_is_ignored_without_a_reply(string? tenantId)
    {
        Assert.Empty(await SayFromTenantAsync("msteams", tenantId, "tenant-a"));
    }

    [Fact]
    public async Task An_empty_allow_list_lets_every_tenant_through()
    {
        Assert.NotEmpty(await SayFromTenantAsync("msteams", "tenant-z"));
    }

    [Fact]
    public async Task Other_channels_are_not_filtered()
    {
        Assert.NotEmpty(await SayFromTenantAsync("emulator", null, "tenant-a"));
    }
}
