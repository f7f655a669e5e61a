using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class SmallTalkClassifierTests
{
    [Theory]
    [InlineData("hi", SmallTalk.Greeting)]
    [InlineData("Hello there!", SmallTalk.Greeting)]
    [InlineData("good morning", SmallTalk.Greeting)]
    [InlineData("thanks, that helps", SmallTalk.Thanks)]
    [InlineData("Thank you so much!!", SmallTalk.Thanks)]
    [InlineData("what can you do?", SmallTalk.Help)]
    [InlineData("what can u help me with", SmallTalk.Help)]
    [InlineData("who are you? are you a real doctor", SmallTalk.WhoAreYou)]
    [InlineData("hi, who are you", SmallTalk.WhoAreYou)]
    [InlineData("ok thats all, goodbye", SmallTalk.Goodbye)]
    [InlineData("are you there?", SmallTalk.Greeting)]
    [InlineData("anybody around", SmallTalk.Greeting)]
    [InlineData("evening!", SmallTalk.Greeting)]
    [InlineData("hiya, how are you doing", SmallTalk.Greeting)]
    [InlineData("amazing, thanks so much", SmallTalk.Thanks)]
    [InlineData("am I talking to a real person", SmallTalk.WhoAreYou)]
    [InlineData("is this the leukemia bot?", SmallTalk.WhoAreYou)]
    [InlineData("night night", SmallTalk.Goodbye)]
    [InlineData("take care", SmallTalk.Goodbye)]
    [InlineData("hola!", SmallTalk.Greeting)]
    [InlineData("hello, I hope you're well", SmallTalk.Greeting)]
    [InlineData("could you help me please", SmallTalk.Help)]
    [InlineData("ok I'm finished for today, thanks", SmallTalk.Goodbye)]
    [InlineData("danke schön", SmallTalk.Thanks)]
    [InlineData("grazie mille", SmallTalk.Thanks)]
    [InlineData("you have been a great help", SmallTalk.Thanks)]
    [InlineData("pleased to meet you", SmallTalk.Greeting)]
    [InlineData("speak to you soon", SmallTalk.Goodbye)]
    [InlineData("how should I use this?", SmallTalk.Help)]
    [InlineData("gud evening", SmallTalk.Greeting)]
    [InlineData("thanks that makes sense", SmallTalk.Thanks)]
    [InlineData("hmm ok", SmallTalk.Thanks)]
    [InlineData("nice one", SmallTalk.Thanks)]
    [InlineData("sorry my english is bad, can i ask you something?", SmallTalk.Help)]
    [InlineData("I have a question", SmallTalk.Help)]
    [InlineData("good morning doctor", SmallTalk.Greeting)]
    [InlineData("Dear team, good afternoon.", SmallTalk.Greeting)]
    [InlineData("dziękuję, thank you", SmallTalk.Thanks)]
    [InlineData("Good morning, I hope this message finds you well.", SmallTalk.Greeting)]
    [InlineData("who built this chatbot?", SmallTalk.WhoAreYou)]
    [InlineData("I'm so scared", SmallTalk.Feelings)]
    [InlineData("we were told yesterday and we're in complete shock", SmallTalk.Feelings)]
    [InlineData("i feel so lonely at the moment", SmallTalk.Feelings)]
    [InlineData("how can I use this tool", SmallTalk.Help)]
    [InlineData("this is all just too much", SmallTalk.Feelings)]
    [InlineData("i cant believe this is happening to us", SmallTalk.Feelings)]
    [InlineData("anyone?", SmallTalk.Greeting)]
    [InlineData("\U0001F44B", SmallTalk.Greeting)]
    [InlineData("\U0001F44D", SmallTalk.Thanks)]
    [InlineData("greatly appreciated", SmallTalk.Thanks)]
    [InlineData("what sort of questions could I ask?", SmallTalk.Help)]
    [InlineData("what are you able to help with", SmallTalk.Help)]
    [InlineData("you are a robot right?", SmallTalk.WhoAreYou)]
    [InlineData("are you a nurse or a bot", SmallTalk.WhoAreYou)]
    [InlineData("nice to meet u", SmallTalk.Greeting)]
    [InlineData("how does this bot work?", SmallTalk.Help)]
    [InlineData("brill, cheers", SmallTalk.Thanks)]
    public void Small_talk_is_recognised_whole(string text, SmallTalk kind) =>
        Assert.Equal((kind, ""), SmallTalkClassifier.Classify(text));

    [Theory]
    [InlineData("ok")]
    [InlineData("cool cool")]
    [InlineData("got it")]
    public void A_bare_acknowledgement_is_answered_as_thanks(string text) =>
        Assert.Equal((SmallTalk.Thanks, ""), SmallTalkClassifier.Classify(text));

    [Theory]
    [InlineData("hi, what is ALL?")]
    [InlineData("hello how fast does leukaemia grow")]
    public void Small_talk_followed_by_a_question_asks_more(string text)
    {
        var (kind, remainder) = SmallTalkClassifier.Classify(text);
        Assert.Equal(SmallTalk.Greeting, kind);
        Assert.True(SmallTalkClassifier.AsksMore(text, remainder));
    }

    [Theory]
    [InlineData("what is ALL?")]
    [InlineData("highly recommended treatment")]
    [InlineData("history of leukaemia")]
    [InlineData("are human trials safe?")]
    [InlineData("can you help me find a support group")]
    [InlineData("help me with my essay on volcanoes")]
    public void Questions_are_not_small_talk(string text) => Assert.Equal(SmallTalk.None, SmallTalkClassifier.Classify(text).Kind);

    [Theory]
    [InlineData("Hi, my son is 6. The doctor keeps saying 'blasts'. What are they?", "my son is 6. The doctor keeps saying 'blasts'. What are they?")]
    [InlineData("hello!! what is A.L.L.?", "what is A.L.L.?")]
    public void What_follows_small_talk_keeps_its_sentences_and_quotes(string text, string question) =>
        Assert.Equal(question, SmallTalkClassifier.InOriginal(text, SmallTalkClassifier.Classify(text).Remainder));
}
