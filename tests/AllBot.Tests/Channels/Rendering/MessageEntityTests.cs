using AllBot.Channels.Rendering;
using AllBot.Replies;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Channels.Rendering;

public sealed class MessageEntityTests
{
    [Fact]
    public void The_entity_has_the_schema_org_message_shape_teams_and_web_chat_read()
    {
        var entity = MessageEntity.Create([Plans.First]);

        Assert.Equal("https://schema.org/Message", entity.Type);
        Assert.Equal("https://schema.org", (string?)entity.Properties["@context"]);
        Assert.Equal("Message", (string?)entity.Properties["@type"]);
        var claim = ((JArray)entity.Properties["citation"]!)[0];
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.Equal("DigitalDocument", (string?)claim["appearance"]!["@type"]);
        Assert.Null(entity.Properties["additionalType"]);
    }

    [Fact]
    public void Names_and_abstracts_stay_within_teams_limits_cut_at_a_word()
    {
        var passage = new CitedPassage("p", string.Join(' ', Enumerable.Repeat("lymphoblasts", 40)), new string('T', 120), "https://example.org/a");

        var appearance = ((JArray)MessageEntity.Create([passage]).Properties["citation"]!)[0]["appearance"]!;

        Assert.True(((string)appearance["name"]!).Length <= MessageEntity.MaxNameLength);
        var summary = (string)appearance["abstract"]!;
        Assert.True(summary.Length <= MessageEntity.MaxAbstractLength, summary);
        Assert.EndsWith("lymphoblasts…", summary);
    }

    [Fact]
    public void The_abstract_is_plain_text_links_keep_their_words()
    {
        Assert.Equal("See the page about ALL and bone marrow.", MessageEntity.Abstract("See **the page** about [ALL](https://x.org/all)\nand bone marrow."));
    }

    [Theory]
    [InlineData("http://www.example.org/a")]
    [InlineData("/relative")]
    [InlineData(null)]
    public void Only_an_https_address_is_given_to_the_claim(string? url)
    {
        var appearance = ((JArray)MessageEntity.Create([Plans.First with { Url = url }]).Properties["citation"]!)[0]["appearance"]!;

        Assert.Null(appearance["url"]);
    }
}
