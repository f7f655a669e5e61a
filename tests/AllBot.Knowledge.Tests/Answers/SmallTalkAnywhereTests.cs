using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class SmallTalkAnywhereTests
{
    [Theory]
    [InlineData("this bot is useless", SmallTalk.NotUnderstood)]
    [InlineData("this isn't helping", SmallTalk.NotUnderstood)]
    [InlineData("you're not understanding me", SmallTalk.NotUnderstood)]
    [InlineData("honestly your answers are useless", SmallTalk.NotUnderstood)]
    [InlineData("no, that is not what I meant", SmallTalk.NotUnderstood)]
    [InlineData("i would like to speak with a real person", SmallTalk.WhoAreYou)]
    [InlineData("wait so am I chatting with a computer", SmallTalk.WhoAreYou)]
    [InlineData("our little boy rang the bell today!!", SmallTalk.GoodNews)]
    [InlineData("she's officially in remission, we are over the moon", SmallTalk.GoodNews)]
    [InlineData("honestly I'm just so worried and tired", SmallTalk.Feelings)]
    [InlineData("oops, pressed send too early, sorry", SmallTalk.Apology)]
    [InlineData("hello? bear with me, I'm not very good with computers", SmallTalk.Apology)]
    [InlineData("i am new to this", SmallTalk.Apology)]
    [InlineData("she rang the end of treatment bell this morning!", SmallTalk.GoodNews)]
    [InlineData("feeling a bit low tonight", SmallTalk.Feelings)]
    [InlineData("so tired. another long day at the hospital", SmallTalk.Feelings)]
    [InlineData("i just wanted to say this site has helped us so much", SmallTalk.Thanks)]
    [InlineData("ok that's all for now", SmallTalk.Goodbye)]
    [InlineData("Is this an automated service, or is there a nurse on the other end?", SmallTalk.WhoAreYou)]
    [InlineData("You're not very helpful, are you?", SmallTalk.NotUnderstood)]
    [InlineData("What sort of questions can you help me with?", SmallTalk.Help)]
    [InlineData("I hope this is the right place to ask", SmallTalk.Help)]
    [InlineData("my English is not very good. I hope you can understand me", SmallTalk.Apology)]
    [InlineData("It's been a long week. I just wanted to say hello.", SmallTalk.Greeting)]
    [InlineData("today was a really hard day", SmallTalk.Feelings)]
    [InlineData("that answer made no sense", SmallTalk.NotUnderstood)]
    [InlineData("i dont even know where to start", SmallTalk.Feelings)]
    [InlineData("just got home from the hospital. wiped out", SmallTalk.Feelings)]
    public void Small_talk_is_read_wherever_it_is_said(string text, SmallTalk kind) =>
        Assert.Equal(kind, SmallTalkAnywhere.Read(text).Kind);

    [Theory]
    [InlineData("I'm not so happy with the waiting times")]
    [InlineData("what is a lymphoblast")]
    [InlineData("are human trials safe")]
    public void Words_that_only_look_like_small_talk_are_not(string text) =>
        Assert.NotEqual(SmallTalk.GoodNews, SmallTalkAnywhere.Read(text).Kind);

    [Fact]
    public void What_said_the_small_talk_is_taken_out_of_the_rest()
    {
        var (kind, unsaid) = SmallTalkAnywhere.Read("Thank you, it has helped our family a lot");
        Assert.Equal(SmallTalk.Thanks, kind);
        Assert.DoesNotContain("thank", unsaid);
        Assert.DoesNotContain("helped", unsaid);
        Assert.Contains("family", unsaid);
    }

    [Theory]
    [InlineData("i cant stop crying, how do people cope with this", true)]
    [InlineData("translate thank you into French", true)]
    [InlineData("I'd like to know more about trials", true)]
    [InlineData("we are so happy!!", false)]
    [InlineData("sorry i typed it wrong", false)]
    [InlineData("hello? is anyone there? sorry im new to this", false)]
    [InlineData("hello? what is ALL?", true)]
    [InlineData("ok so why does he feel so rubbish", true)]
    public void A_message_asks_when_a_sentence_or_clause_asks(string text, bool asks) =>
        Assert.Equal(asks, SmallTalkAnywhere.AsksAnything(text));
}
