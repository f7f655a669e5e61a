using AllBot.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Channels;

public sealed class IncomingTextTests
{
    private static Activity Message(string channelId, string? text, params object[] mentions) => new(ActivityTypes.Message)
    {
        ChannelId = channelId,
        Text = text,
        Recipient = new ChannelAccount("28:bot", "AllBot"),
        Entities = mentions.Select(m => new Entity("mention") { Properties = JObject.FromObject(m) }).ToList(),
    };

    [Fact]
    public void Teams_text_loses_the_bots_mention_and_surrounding_space()
    {
        var message = Message("msteams", "<at>AllBot</at> what is ALL?\n", new { mentioned = new { id = "28:bot", name = "AllBot" }, text = "<at>AllBot</at>" });

        Assert.Equal("what is ALL?", IncomingText.Question(message));
    }

    [Fact]
    public void Teams_text_keeps_mentions_of_other_people()
    {
        var message = Message("msteams", "<at>AllBot</at> ask <at>Jo</at>",
            new { mentioned = new { id = "28:bot", name = "AllBot" }, text = "<at>AllBot</at>" },
            new { mentioned = new { id = "29:jo", name = "Jo" }, text = "<at>Jo</at>" });

        Assert.Equal("ask <at>Jo</at>", IncomingText.Question(message));
    }

    [Fact]
    public void A_mention_entity_without_an_account_does_not_throw()
    {
        var message = Message("msteams", "<at>AllBot</at> hi", new { text = "<at>AllBot</at>" });

        Assert.Equal("<at>AllBot</at> hi", IncomingText.Question(message));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("  what is ALL?  ", "what is ALL?")]
    [InlineData("<at>AllBot</at> hi", "<at>AllBot</at> hi")]
    public void Other_channels_are_only_trimmed(string? text, string expected)
    {
        var message = Message("emulator", text, new { mentioned = new { id = "28:bot", name = "AllBot" }, text = "<at>AllBot</at>" });

        Assert.Equal(expected, IncomingText.Question(message));
    }

    [Fact]
    public void A_pasted_document_is_kept_only_as_far_as_the_engine_reads_it()
    {
        // The engine reads the first 2,000 characters; the bot remembers the previous message of each conversation.
        var question = IncomingText.Question(Message("webchat", "what is ALL? " + new string('a', 100_000)));

        Assert.Equal(2 * AllBot.Knowledge.Answers.MessageNormalizer.MaxLength, question.Length);
        Assert.StartsWith("what is ALL? aaa", question);
    }
}
