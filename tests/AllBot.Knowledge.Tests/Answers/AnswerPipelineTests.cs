using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

[Collection(SeedKnowledgeCollection.Name)]
public sealed class AnswerPipelineTests(SeedKnowledge seed)
{
    private Answer Ask(string question) => seed.Engine.Answerer.Answer(question);

    [Fact]
    public void A_definition_question_gets_the_explainer_passage_with_its_source()
    {
        var answer = Ask("what is a lymphoblast?");
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        var passage = answer.Passages[0];
        Assert.Equal("what-all-is", passage.Id);
        Assert.Equal("What is ALL?", passage.Source);
        Assert.Contains("called a lymphoblast", answer.Reply);
        Assert.Contains("Source: [What is ALL?](https://site.example/)", answer.Reply);
        Assert.Empty(answer.Videos);
    }

    [Fact]
    public void A_video_question_gets_the_program_with_a_link_resolved_against_the_site()
    {
        var answer = Ask("Can CAR-T treat solid tumors?");
        var video = answer.Videos[0];
        Assert.Equal("Will CAR T-Cell Therapy Work for Solid Tumor Cancers?", video.Title);
        Assert.Equal(["Dr. David Maloney"], video.Speakers);
        Assert.StartsWith("https://site.example/", video.Url);
        Assert.False(video.IsProgramPage);
    }

    [Fact]
    public void Speaker_names_find_all_their_programs()
    {
        var answer = Ask("Richard Schilsky");
        Assert.Equal(3, answer.Videos.Count);
        Assert.All(answer.Videos, v => Assert.Contains(v.Speakers, s => s.Contains("Schilsky")));
    }

    [Fact]
    public void An_emergency_gets_only_the_fixed_urgent_reply()
    {
        var answer = Ask("my daughter is having a seizure, what is ALL?");
        Assert.Equal(AnswerKind.Urgent, answer.Kind);
        Assert.Equal(seed.Engine.Wording.Urgent, answer.Reply);
        Assert.Empty(answer.Passages);
        Assert.Empty(answer.Videos);
        Assert.Empty(answer.Suggestions);
    }

    [Fact]
    public void Off_topic_questions_get_the_kind_no_answer_reply_with_topics()
    {
        var answer = Ask("Who won the World Cup?");
        Assert.Equal(AnswerKind.NoAnswer, answer.Kind);
        Assert.Equal(seed.Engine.Wording.NoAnswer, answer.Reply);
        Assert.Equal(seed.Engine.Wording.Topics, answer.Suggestions);
    }

    [Theory]
    [InlineData("hi", "Greeting")]
    [InlineData("thanks!", "Thanks")]
    [InlineData("what can you do?", "Help")]
    [InlineData("who are you", "WhoAreYou")]
    [InlineData("bye", "Goodbye")]
    public void Small_talk_gets_the_editors_wording(string question, string wording)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(typeof(AllBot.Knowledge.Content.BotWording).GetProperty(wording)!.GetValue(seed.Engine.Wording), answer.Reply);
    }

    [Fact]
    public void A_greeting_followed_by_a_question_is_answered()
    {
        var answer = Ask("Hi! What is ALL?");
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("what-all-is", answer.Passages[0].Id);
    }

    [Fact]
    public void Answers_suggest_the_other_passages_of_the_article_as_follow_ups()
    {
        var answer = Ask("what is a lymphoblast");
        Assert.Equal(["How white blood cells grow", "What goes wrong in ALL", "Treatment and support"], answer.Suggestions);
    }

    [Fact]
    public void Every_topic_offered_as_a_button_is_answered_when_tapped()
    {
        Assert.All(seed.Engine.Wording.Topics.Concat(seed.Engine.Wording.ExampleQuestions), topic =>
            Assert.Equal(AnswerKind.Answer, Ask(topic).Kind));
    }

    [Fact]
    public void Every_passage_heading_finds_its_own_passage()
    {
        foreach (var passage in seed.Engine.Content.Articles.SelectMany(a => a.Passages))
            Assert.Equal(passage.Id, Ask(passage.Heading).Passages[0].Id);
    }
}
