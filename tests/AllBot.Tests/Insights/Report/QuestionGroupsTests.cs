using AllBot.Insights.Report;

namespace AllBot.Tests.Insights.Report;

public sealed class QuestionGroupsTests
{
    [Fact]
    public void Questions_in_similar_words_are_one_group_with_how_often_they_were_asked()
    {
        var groups = QuestionGroups.Group([
            "can my dog catch leukaemia",
            "Can my dog catch leukaemia?",
            "could dogs catch leukaemia",
            "is there a parking space at the hospital",
        ]);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal("can my dog catch leukaemia", groups[0].Example, ignoreCase: true);
        Assert.Equal(1, groups[1].Count);
        Assert.Contains("parking", groups[1].Example);
    }

    [Fact]
    public void Questions_that_share_only_small_words_stay_apart()
    {
        var groups = QuestionGroups.Group(["what is the cost of parking", "what is the best diet"]);

        Assert.Equal(2, groups.Count);
    }
}
