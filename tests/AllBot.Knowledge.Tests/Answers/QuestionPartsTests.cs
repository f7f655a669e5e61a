using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class QuestionPartsTests
{
    [Theory]
    [InlineData("what is ALL? how is it treated?", "what is ALL", "how is it treated?")]
    [InlineData("What is ALL?Is there a video?", "What is ALL", "Is there a video?")]
    public void A_question_mark_with_more_after_it_ends_the_first_question(string text, string first, string second) =>
        Assert.Equal([first, second], QuestionParts.Split(text));

    [Theory]
    [InlineData("what is a lymphoblast and where is bone marrow?", "what is a lymphoblast", "where is bone marrow?")]
    [InlineData("what is ALL, and is there a video about it?", "what is ALL", "is there a video about it?")]
    [InlineData("what is ALL, also how fast does it grow?", "what is ALL", "how fast does it grow?")]
    [InlineData("what is a lymphoblast and should we ask about a trial", "what is a lymphoblast", "should we ask about a trial")]
    [InlineData("where are white cells made and also can they get sick", "where are white cells made", "can they get sick")]
    public void And_or_also_before_a_question_word_starts_a_second_question(string text, string first, string second) =>
        Assert.Equal([first, second], QuestionParts.Split(text));

    [Theory]
    [InlineData("what is ALL + how is it treated", "what is ALL", "how is it treated")]
    [InlineData("what is bone marrow & what are stem cells", "what is bone marrow", "what are stem cells")]
    public void A_plus_or_ampersand_between_spaces_joins_two_questions(string text, string first, string second) =>
        Assert.Equal([first, second], QuestionParts.Split(text));

    [Fact]
    public void At_most_two_parts_and_the_rest_stays_with_the_second()
    {
        var parts = QuestionParts.Split("what is ALL? how is it treated? is there a video?");

        Assert.Equal(QuestionParts.MaxParts, parts.Count);
        Assert.Equal(["what is ALL", "how is it treated? is there a video?"], parts);
    }

    [Theory]
    [InlineData("what is ALL?")]
    [InlineData("why does my son have bruises and bleeding?")]
    [InlineData("what are stem cells and white blood cells?")]
    [InlineData("is it normal to feel tired and sick all the time")]
    [InlineData("tell me about food and drink during chemo")]
    [InlineData("ok and what goes wrong with them in ALL?")]
    [InlineData("what is ALL and will start chemo mean a long stay")]
    public void One_question_with_and_inside_it_stays_whole(string text) =>
        Assert.Equal([text], QuestionParts.Split(text));

    [Fact]
    public void A_boundary_with_nothing_before_it_does_not_leave_an_empty_part() =>
        Assert.Equal(["? what is ALL"], QuestionParts.Split("? what is ALL"));

    [Fact]
    public void A_comma_before_an_inverted_question_starts_a_second_question_after_a_question() =>
        Assert.Equal(["how soon does treatment start", "can he stay at home first?"],
            QuestionParts.Split("how soon does treatment start, can he stay at home first?"));

    [Fact]
    public void A_comma_after_context_does_not_split() =>
        Assert.Single(QuestionParts.Split("my nephew had ALL as a child, can it come back?"));
}
