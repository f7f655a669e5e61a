using System.Text;
using AllBot.Bot;
using Microsoft.AspNetCore.Http;

namespace AllBot.Tests.Bot;

public sealed class ActivityReaderTests
{
    private static HttpRequest Request(string body, bool sendLength)
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = sendLength ? bytes.Length : null;
        return context.Request;
    }

    private static string Message(int textLength) =>
        $$"""{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"text":"{{new string('a', textLength)}}"}""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_it_says_its_length(bool sendLength)
    {
        var read = await ActivityReader.ReadAsync(Request(Message(BotOptions.MaxRequestBodyBytes), sendLength), default);

        Assert.Null(read.Activity);
        Assert.Equal(413, read.Status);
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read()
    {
        var body = Message(0);
        body = Message(BotOptions.MaxRequestBodyBytes - Encoding.UTF8.GetByteCount(body));

        var read = await ActivityReader.ReadAsync(Request(body, sendLength: false), default);

        Assert.Equal(BotOptions.MaxRequestBodyBytes, Encoding.UTF8.GetByteCount(body));
        Assert.Equal("message", read.Activity?.Type);
    }

    [Theory]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"ID"},"text":"hi"}""", 1025, 0)]
    [InlineData("""{"type":"message","channelId":"ID","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"text":"hi"}""", 65, 0)]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"ID"},"text":"hi"}""", 1024, 200)]
    public async Task A_conversation_or_channel_id_longer_than_any_channel_sends_is_refused_with_400(string template, int idLength, int expected)
    {
        // The bot keeps the previous message of each conversation under these ids (ConversationMemory).
        var read = await ActivityReader.ReadAsync(Request(template.Replace("ID", new string('a', idLength), StringComparison.Ordinal), sendLength: true), default);

        Assert.Equal(expected == 0 ? 400 : 200, read.Status);
    }
}
