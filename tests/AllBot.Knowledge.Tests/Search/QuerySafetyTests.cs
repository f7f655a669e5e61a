using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Search;

/// <summary>Whatever people type goes through the whole pipeline without an exception and without query syntax.</summary>
[Collection(SeedKnowledgeCollection.Name)]
public sealed class QuerySafetyTests(SeedKnowledge seed)
{
    public static TheoryData<string> Hostile => new()
    {
        "", " ", "\0", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "AND OR NOT", "title:leukemia", "leuk*", "leukemia~2",
        "\"unclosed phrase", "[1 TO 5]", "{!lucene}", "a^100", "/regex.*/", "\\", "*", "?", "~", "ALL AND", "(((", ")))",
        "😀🩸🧬", "急性淋巴细胞白血病是什么", "ما هو سرطان الدم", "что такое лейкоз", "\uD800", "\uDFFF\uD800",
        "<script>alert(1)</script>", "'; DROP TABLE passages; --", "%00%ff", new string('?', 5000),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Any_text_is_answered_without_an_exception(string text)
    {
        var answer = seed.Engine.Answerer.Answer(text);
        Assert.False(string.IsNullOrWhiteSpace(answer.Reply));
        Assert.Equal(text, answer.Question);
        Assert.NotEqual(AnswerKind.Urgent, answer.Kind);
    }

    [Fact]
    public void Lucene_syntax_characters_around_a_question_are_ignored()
    {
        var answer = seed.Engine.Answerer.Answer("(what) is ALL?? [leukemia] +lymphoblast* ~");
        Assert.Equal("what-all-is", answer.Passages[0].Id);
    }

    [Fact]
    public void A_100_KB_message_is_answered()
    {
        var text = string.Concat(Enumerable.Repeat("what is a lymphoblast and how does it grow ", 2500));
        Assert.True(text.Length > 100_000);
        Assert.Equal(AnswerKind.Answer, seed.Engine.Answerer.Answer(text).Kind);
    }

    [Fact]
    public void Random_unicode_is_answered_with_a_reply_and_never_as_an_emergency()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var j = 0; j < chars.Length; j++) chars[j] = (char)random.Next(0, 0x10000);
            var answer = seed.Engine.Answerer.Answer(new string(chars));
            Assert.False(string.IsNullOrWhiteSpace(answer.Reply));
            Assert.NotEqual(AnswerKind.Urgent, answer.Kind);
        }
    }
}
