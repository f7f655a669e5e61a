using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class MessageSentencesTests
{
    [Fact]
    public void The_question_is_told_from_what_is_said_around_it() =>
        Assert.Equal(("What is a lymphoblast?", "Good evening. My son has ALL."),
            MessageSentences.Split("Good evening. My son has ALL. What is a lymphoblast?"));

    [Theory]
    [InlineData("can you tell me what A.L.L. is?", "can you tell me what A.L.L. is?", "")]
    [InlineData("my sister has A.L.L. what is that?", "what is that?", "my sister has A.L.L.")]
    public void Initials_end_a_sentence_only_before_a_question(string text, string question, string context) =>
        Assert.Equal((question, context), MessageSentences.Split(text));

    [Theory]
    [InlineData("where can I get support, i feel so alone", "where can I get support", "i feel so alone")]
    [InlineData("my daughter has ALL, should we look at a trial?", "should we look at a trial?", "my daughter has ALL")]
    [InlineData("my daughter has low platelets, what does that mean?", "my daughter has low platelets, what does that mean?", "")]
    public void A_sentence_that_asks_in_one_clause_and_tells_in_the_other_is_split_at_the_comma(string text, string question, string context) =>
        Assert.Equal((question, context), MessageSentences.Split(text));

    [Fact]
    public void A_one_sentence_message_is_all_question() =>
        Assert.Equal(("What is ALL?", ""), MessageSentences.Split("What is ALL?"));

    [Fact]
    public void Every_question_is_kept_in_order() =>
        Assert.Equal(("What is ALL? How is it treated?", "I am his aunt."),
            MessageSentences.Split("What is ALL? I am his aunt. How is it treated?"));

    [Theory]
    [InlineData("My daughter feels sick all the time. Any tips?", "Any tips?")]
    [InlineData("She has stopped eating. any advice", "any advice")]
    [InlineData("I have ALL. Some videos about trials please", "Some videos about trials please")]
    public void Asking_for_tips_advice_or_something_please_asks(string text, string question) =>
        Assert.Equal(question, MessageSentences.Split(text).Questions);

    [Theory]
    [InlineData("My son has ALL. Also where is bone marrow", "Also where is bone marrow")]
    [InlineData("We have lots of questions. tell me about bone marrow", "tell me about bone marrow")]
    [InlineData("My son was diagnosed today. And how fast does it grow", "And how fast does it grow")]
    public void A_sentence_that_opens_like_a_question_asks_without_a_question_mark(string text, string question) =>
        Assert.Equal(question, MessageSentences.Split(text).Questions);

    [Fact]
    public void With_no_question_sentence_the_last_sentence_is_the_question() =>
        Assert.Equal(("He is 6.", "My son has ALL."), MessageSentences.Split("My son has ALL. He is 6."));

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence() =>
        Assert.Equal(("Should I call?", "Her temperature was 38.5 this morning."),
            MessageSentences.Split("Her temperature was 38.5 this morning. Should I call?"));

    [Theory]
    [InlineData("The nurse keeps saying 'neutropenic' and I nod along.", "neutropenic")]
    [InlineData("His dad said on the phone it is \"A.L.L.\" and hung up.", "A.L.L.")]
    [InlineData("I'm scared and I don't know what to ask.", null)]
    public void The_words_people_put_in_quotes_are_found(string text, string? quoted) =>
        Assert.Equal(quoted, MessageSentences.Quoted(text));
}
