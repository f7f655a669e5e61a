using AllBot.Hosting;
using AllBot.Knowledge.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>The one-line embed snippet on another (allowed) site: a button that opens the chat in a panel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedBrowserTests(BrowserFixture fixture)
{
    [ChromiumFact]
    public async Task The_snippet_adds_a_button_that_opens_a_working_chat_and_closes_it_again()
    {
        var wording = fixture.Server.Services.GetRequiredService<KnowledgeSource>().Wording!;
        await using var visit = await fixture.OpenEmbeddingSiteAsync();
        var button = visit.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Questions? Chat with us" });
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        await button.ClickAsync();

        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var chat = visit.Page.FrameLocator("#allbot-chat-panel iframe");
        await visit.BotSaysAsync(Visit.Recognisable(wording.Welcome), chat);
        await visit.AskAsync("what is a lymphoblast?", chat);
        await visit.BotSaysAsync("called a lymphoblast", chat);

        await visit.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Close chat" }).ClickAsync();

        await Assertions.Expect(visit.Page.Locator("#allbot-chat-panel")).ToBeHiddenAsync();
        await Assertions.Expect(button).ToBeFocusedAsync();
        Assert.All(visit.RequestsOffTheApp, url => Assert.StartsWith(BrowserFixture.EmbeddingSite, url));
        Assert.Empty(visit.Problems);
    }
}
