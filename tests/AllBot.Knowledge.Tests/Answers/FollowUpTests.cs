using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class FollowUpTests
{
    [Theory]
    [InlineData("is there a video about that?")]
    [InlineData("and how is it treated?")]
    [InlineData("what about for children?")]
    [InlineData("so what happens next")]
    [InlineData("how long does it last?")]
    [InlineData("video?")]
    [InlineData("got a video pls")]
    [InlineData("why?")]
    [InlineData("who is the speaker?")]
    [InlineData("whats the link")]
    public void A_short_message_that_points_back_or_goes_on_leans_on_the_previous_one(string text) =>
        Assert.True(FollowUp.LeansOnPrevious(text));

    [Theory]
    [InlineData("what is a lymphoblast?")]
    [InlineData("where are white blood cells made")]
    [InlineData("how fast does ALL grow?")]
    public void A_question_that_names_its_own_subject_does_not_lean(string text) =>
        Assert.False(FollowUp.LeansOnPrevious(text));

    [Fact]
    public void A_long_message_does_not_lean_even_when_it_points_back()
    {
        const string text = "My daughter was diagnosed last month and the doctors said it would be a long road";

        Assert.True(FollowUp.PointsBackIn(text));
        Assert.False(FollowUp.LeansOnPrevious(text));
    }

    [Fact]
    public void A_long_message_that_goes_on_does_not_lean() =>
        Assert.False(FollowUp.LeansOnPrevious("and then the nurse told us we would have to come back every week for a blood count"));

    [Theory]
    [InlineData("tell me more")]
    [InlineData("Can you tell me a bit more?")]
    [InlineData("more please")]
    [InlineData("go on")]
    [InlineData("could you explain a bit more please")]
    [InlineData("anything else?")]
    [InlineData("more")]
    [InlineData("more?")]
    [InlineData("and?")]
    [InlineData("keep going")]
    [InlineData("tell me more about that")]
    public void Asking_to_go_on_asks_for_more(string text) =>
        Assert.True(FollowUp.AsksForMore(text));

    [Theory]
    [InlineData("what is more dangerous, ALL or AML?")]
    [InlineData("is there more than one kind of ALL?")]
    [InlineData("what is a lymphoblast?")]
    [InlineData("tell me more about clinical trials")]
    [InlineData("can you tell me more about eating during treatment?")]
    public void A_question_with_more_in_it_does_not_ask_for_more(string text) =>
        Assert.False(FollowUp.AsksForMore(text));

    [Theory]
    [InlineData("could you say that more simply")]
    [InlineData("explain it again please")]
    [InlineData("in simpler words?")]
    [InlineData("sorry can u repeat that")]
    [InlineData("put it in plain english pls")]
    [InlineData("explain simpler please")]
    public void Asking_to_hear_it_again_or_more_simply_asks_again(string text) =>
        Assert.True(FollowUp.AsksAgain(text));

    [Theory]
    [InlineData("can you explain what a lymphoblast is simply")]
    [InlineData("say hello to my son")]
    [InlineData("what is a simpler treatment")]
    public void A_question_in_simple_words_does_not_ask_again(string text) =>
        Assert.False(FollowUp.AsksAgain(text));

    [Fact]
    public void A_long_message_starting_tell_me_more_is_not_a_request_for_the_next_passage() =>
        Assert.False(FollowUp.AsksForMore("tell me more because my son starts treatment next week and we are all very scared about it"));

    [Theory]
    [InlineData("what is this disease?")]
    [InlineData("how is it treated?")]
    [InlineData("how is the illness treated")]
    [InlineData("are those the same?")]
    public void A_message_that_names_its_subject_only_by_pointing_back_points_back(string text) =>
        Assert.True(FollowUp.PointsBackIn(text));

    [Theory]
    [InlineData("what is a lymphoblast?")]
    [InlineData("how is ALL treated?")]
    public void A_message_that_names_its_subject_does_not_point_back(string text) =>
        Assert.False(FollowUp.PointsBackIn(text));
}
