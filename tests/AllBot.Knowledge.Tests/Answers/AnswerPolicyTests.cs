using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Answers;

/// <summary>Each threshold of <see cref="AnswerPolicy"/> at its boundary: on it the result counts, just under it it does not.</summary>
public sealed class AnswerPolicyTests
{
    private static readonly AnswerPolicy Policy = new();
    private static readonly Vocabulary Vocabulary = new(["leukemia", "marrow", "blast", "time"], ["leukemia", "marrow", "blast"]);
    private static readonly Article Article = new("a", "Article", null, [], []);

    private static QuestionConcept Concept(string term, float certainty = 1f) => new(term, [new ConceptTerms([term], 1f, certainty)]);

    /// <summary><paramref name="known"/> topical concepts, then <paramref name="unknown"/> the knowledge base has never seen.</summary>
    private static List<QuestionConcept> Question(int known, int unknown) =>
        [.. Enumerable.Range(0, known).Select(i => Concept(new[] { "leukemia", "marrow", "blast" }[i % 3])),
         .. Enumerable.Range(0, unknown).Select(i => Concept($"unknown{i}"))];

    // The focus has no subject here, so which concepts a result holds one by one never decides; only its coverage does.
    private static readonly IReadOnlyList<float> Found = Enumerable.Repeat(1f, 20).ToList();

    private static SearchHit<PassageEntry> Passage(float score, double coverage) =>
        new(new PassageEntry(Article, new Passage($"p{score}", $"Heading {score}", "Text", [], [])), score, coverage, Found);

    private static SearchHit<VideoProgram> Video(float score, double coverage = 1) =>
        new(new VideoProgram($"v{score}", $"Video {score}", "Description", [], [], null), score, coverage, Found);

    private static Decision Decide(List<QuestionConcept> concepts, params SearchHit<PassageEntry>[] passages) =>
        Policy.Decide(QuestionFocus.None, concepts, Vocabulary, passages, []);

    [Theory]
    [InlineData("fertility")]
    [InlineData("hereditary")]
    [InlineData("neutrophils")]
    public void A_specialised_word_the_knowledge_base_has_never_seen_is_what_the_question_is_about(string word)
    {
        List<QuestionConcept> question = [Concept("leukemia"), Concept("marrow"), Concept("blast"), Concept(word)];
        Assert.Equal(Outcome.NoAnswer, Decide(question, Passage(1, 0.75)).Outcome);
        Assert.True(new AnswerPolicy { RefuseUnknownIdeas = false }.Decide(QuestionFocus.None, question, Vocabulary, [Passage(1, 0.75)], []).HasAnswer);
    }

    [Fact]
    public void A_phrase_known_only_by_a_lone_word_is_an_unknown_idea()
    {
        // "come back" as the synonyms read it: the phrase, its synonym, and its lone words ("marrow" stands for a lone
        // word the knowledge base happens to know).
        var comeBack = new QuestionConcept("come back", [
            new ConceptTerms(["come", "back"], 1f, 1f), new ConceptTerms(["relaps"], 0.7f, 0.85f),
            new ConceptTerms(["marrow"], 0.5f, 0.5f), new ConceptTerms(["back"], 0.5f, 0.5f)]);
        Assert.Equal(Outcome.NoAnswer, Decide([Concept("leukemia"), Concept("blast"), comeBack], Passage(1, 0.9)).Outcome);

        var known = comeBack with { Alternatives = [.. comeBack.Alternatives, new ConceptTerms(["marrow"], 0.7f, 0.85f)] };
        Assert.True(Decide([Concept("leukemia"), Concept("blast"), known], Passage(1, 0.9)).HasAnswer);
    }

    [Fact]
    public void A_result_that_holds_only_everyday_words_of_the_question_is_not_shown()
    {
        // "time" is known (it is in running text) but no editors' topic; "leukemia" is one.
        List<QuestionConcept> question = [Concept("leukemia"), Concept("time")];
        SearchHit<PassageEntry> Holding(params float[] found) =>
            new(new PassageEntry(Article, new Passage("p", "Heading", "Text", [], [])), 1, found.Average(), found);

        Assert.Equal(Outcome.NoAnswer, Decide(question, Holding(0, 1)).Outcome);
        Assert.True(Decide(question, Holding(1, 0)).HasAnswer);
    }

    [Fact]
    public void An_unknown_idea_offered_as_a_choice_with_a_known_one_is_no_reason_to_refuse()
    {
        // "leukemia of the marrow or the fertility?": the choice is answered by the word the knowledge base knows.
        List<QuestionConcept> question = [Concept("leukemia"), Concept("marrow"), Concept("fertility")];
        var choice = QuestionFocus.None with { Choices = [(question[1], question[2])] };
        Assert.True(Policy.Decide(choice, question, Vocabulary, [Passage(1, 0.67)], []).HasAnswer);
        Assert.Equal(Outcome.NoAnswer, Policy.Decide(QuestionFocus.None, question, Vocabulary, [Passage(1, 0.67)], []).Outcome);
    }

    [Theory]
    [InlineData("working")]
    [InlineData("explian")]
    [InlineData("Oliver")]
    [InlineData("dummies")]
    public void An_everyday_word_a_misspelling_of_one_or_a_name_is_not(string word) =>
        Assert.True(Decide([Concept("leukemia"), Concept("marrow"), Concept("blast"), Concept(word)], Passage(1, 0.75)).HasAnswer);

    [Fact]
    public void Half_the_ideas_known_is_on_topic_and_less_is_not()
    {
        Assert.True(Decide(Question(known: 1, unknown: 1), Passage(1, 0.5)).HasAnswer);
        Assert.False(Decide(Question(known: 1, unknown: 2), Passage(1, 1)).HasAnswer);
    }

    [Fact]
    public void A_long_message_naming_two_and_a_half_topics_is_on_topic_however_many_other_words_it_has()
    {
        var onTheMass = Question(known: 2, unknown: 4).Append(Concept("blast", certainty: 0.5f)).ToList();
        var underTheMass = Question(known: 2, unknown: 4).Append(Concept("blast", certainty: 0.49f)).ToList();

        Assert.True(Decide(onTheMass, Passage(1, 3.0 / 7)).HasAnswer);
        Assert.False(Decide(underTheMass, Passage(1, 3.0 / 7)).HasAnswer);
    }

    /// <summary>
    /// A result's share of the question must reach four tenths (with half the ideas known, so nothing else decides),
    /// half of what the knowledge base knows of it (all known), or two whole ideas however small a share (ten known).
    /// </summary>
    [Theory]
    [InlineData(2, 2, 0.4, 0.39)]
    [InlineData(2, 0, 0.5, 0.45)]
    [InlineData(10, 0, 0.2, 0.19)]
    public void A_result_is_shown_from_its_threshold_and_not_below(int known, int unknown, double threshold, double under)
    {
        Assert.NotNull(Decide(Question(known, unknown), Passage(1, threshold)).Passage);
        Assert.Null(Decide(Question(known, unknown), Passage(1, under)).Passage);
    }

    [Fact]
    public void A_passage_within_nine_tenths_of_the_best_score_is_offered_as_did_you_mean()
    {
        var decision = Decide(Question(known: 1, unknown: 0), Passage(10, 1), Passage(9, 1), Passage(8.99f, 1));

        Assert.Equal([9f], decision.Alternatives.Select(a => a.Score));
    }

    [Fact]
    public void Videos_under_forty_five_hundredths_of_the_best_are_left_out_and_at_most_three_are_shown()
    {
        var few = Policy.Decide(QuestionFocus.None, Question(known: 1, unknown: 0), Vocabulary, [], [Video(10), Video(4.5f), Video(4.49f)]);
        var many = Policy.Decide(QuestionFocus.None, Question(known: 1, unknown: 0), Vocabulary, [], [Video(10), Video(9), Video(8), Video(7)]);

        Assert.Equal([10f, 4.5f], few.Videos.Select(v => v.Score));
        Assert.Equal([10f, 9f, 8f], many.Videos.Select(v => v.Score));
    }

    [Fact]
    public void A_one_idea_question_whose_passages_score_within_ninety_five_hundredths_is_clarified()
    {
        var decision = Decide(Question(known: 1, unknown: 0), Passage(10, 1), Passage(9.5f, 1));

        Assert.Equal(Outcome.Clarify, decision.Outcome);
        Assert.Null(decision.Passage);
        Assert.Equal([10f, 9.5f], decision.Alternatives.Select(a => a.Score));
    }

    [Fact]
    public void A_second_passage_just_under_ninety_five_hundredths_is_a_did_you_mean_not_a_clarify()
    {
        var decision = Decide(Question(known: 1, unknown: 0), Passage(10, 1), Passage(9.49f, 1));

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.Equal(10f, decision.Passage!.Score);
        Assert.Equal([9.49f], decision.Alternatives.Select(a => a.Score));
    }

    [Fact]
    public void A_question_of_two_ideas_is_answered_however_close_its_passages() =>
        Assert.Equal(Outcome.Answer, Decide(Question(known: 2, unknown: 0), Passage(10, 1), Passage(10, 1)).Outcome);

    [Fact]
    public void A_shown_video_answers_a_one_idea_question_instead_of_asking() =>
        Assert.Equal(Outcome.Answer,
            Policy.Decide(QuestionFocus.None, Question(known: 1, unknown: 0), Vocabulary, [Passage(10, 1), Passage(9.9f, 1)], [Video(5)]).Outcome);

    [Fact]
    public void A_clarifying_question_offers_at_most_three_choices_best_first()
    {
        var decision = Decide(Question(known: 1, unknown: 0), Passage(10, 1), Passage(9.9f, 1), Passage(9.8f, 1), Passage(9.7f, 1));

        Assert.Equal(Outcome.Clarify, decision.Outcome);
        Assert.Equal([10f, 9.9f, 9.8f], decision.Alternatives.Select(a => a.Score));
    }
}
