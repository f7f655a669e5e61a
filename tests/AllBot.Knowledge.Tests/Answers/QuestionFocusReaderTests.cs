using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Answers;

/// <summary>The question forms read with the seed knowledge base's own concept reader and vocabulary.</summary>
[Collection(SeedKnowledgeCollection.Name)]
public sealed class QuestionFocusReaderTests(SeedKnowledge seed) : IDisposable
{
    // The engine keeps its index to itself; one built from the same content reads questions the same way.
    private readonly KnowledgeIndex _index = new(seed.Engine.Content.Articles, seed.Engine.Content.Programs, seed.Engine.Content.Synonyms);

    public void Dispose() => _index.Dispose();

    private QuestionFocus Read(string question) => QuestionFocusReader.Read(question, _index.Concepts.Read(question));

    /// <summary>The subject's words as typed, in a fixed order: the order of the heads is not part of what a focus says.</summary>
    private static string[] Words(IEnumerable<QuestionConcept> concepts) => [.. concepts.Select(c => c.Text).Order(StringComparer.Ordinal)];

    private string[] Subject(string question) => Words(Read(question).Subject);

    private static string[] Expected(string words) => [.. words.Split('|').Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("what is a bone marrow biopsy?", "biopsy|bone marrow")]
    [InlineData("What's a lymphoblast", "lymphoblast")]
    [InlineData("what does lymphoblast mean?", "lymphoblast")]
    [InlineData("what does ALL stand for?", "ALL")]
    [InlineData("is there a video about clinical trials?", "clinical trials")]
    [InlineData("what are the signs of ALL?", "signs|ALL")]
    [InlineData("tell me about CAR T", "CAR T")]
    [InlineData("do you have a video on coping", "coping")]
    [InlineData("will he need blood transfusions?", "transfusions|blood")]
    [InlineData("how many treatments are there?", "treatments")]
    public void A_question_is_about_the_words_its_form_points_at(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("can I eat sushi?", "sushi|eat")]
    [InlineData("Can my son eat grapefruit", "grapefruit|eat")]
    public void A_can_i_question_is_about_its_verb_and_what_follows(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("what should I eat when food makes me feel sick", "eat")]
    [InlineData("can my son swim if his line is still in", "swim")]
    public void A_clause_that_says_when_or_if_is_not_what_the_question_is_about(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("is takeaway food ok?", "food|takeaway")]
    [InlineData("is sushi safe?", "sushi")]
    public void An_is_it_ok_question_is_about_what_comes_before_ok(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("what's the difference between leukaemia and a lymphoblast?", "leukaemia|lymphoblast")]
    [InlineData("differences between ALL and AML", "ALL|AML")]
    public void A_difference_question_is_about_both_things_it_compares(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("is ALL contagious?", "contagious")]
    [InlineData("is ALL a blood cancer?", "blood cancer")]
    [InlineData("was my leukaemia inherited?", "inherited")]
    public void A_yes_no_question_is_about_its_last_word_not_the_illness_it_names(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("what is the main cause of ALL?", "cause|ALL")]
    [InlineData("what are the first signs?", "signs")]
    [InlineData("what is the usual treatment?", "treatment")]
    public void Describing_words_are_passed_over(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("can my son eat sushi during treatment?", "sushi|eat")]
    [InlineData("is sushi safe during treatment?", "sushi")]
    public void What_comes_after_during_is_not_what_the_question_is_about(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Fact]
    public void A_message_that_matches_no_form_has_no_subject()
    {
        var focus = Read("bone marrow");

        Assert.Empty(focus.Subject);
        Assert.False(focus.Leads);
    }

    [Theory]
    [InlineData("what is a lymphoblast?", true)]
    [InlineData("what does ALL stand for?", true)]
    [InlineData("what's the difference between leukaemia and a lymphoblast?", true)]
    [InlineData("is there a video about clinical trials?", true)]
    [InlineData("can I eat sushi?", false)]
    [InlineData("is takeaway food ok?", false)]
    [InlineData("is ALL contagious?", false)]
    public void A_subject_the_question_asks_for_leads_the_ranking(string question, bool leads) =>
        Assert.Equal(leads, Read(question).Leads);

    [Theory]
    [InlineData("is there a video about clinical trials?", true)]
    [InlineData("are there any videos on nutrition?", true)]
    [InlineData("any films about coping?", true)]
    [InlineData("what is a lymphoblast?", false)]
    [InlineData("where can I get support?", false)]
    public void A_question_naming_videos_asks_for_videos(string question, bool videos) =>
        Assert.Equal(videos, Read(question).AsksForVideos);

    [Theory]
    [InlineData("how many children get ALL?", true)]
    [InlineData("what are the chances of it coming back?", true)]
    [InlineData("how long does treatment take?", true)]
    [InlineData("what age do children get ALL?", true)]
    [InlineData("is ALL more common in boys or girls?", true)]
    [InlineData("what is bone marrow?", false)]
    [InlineData("how does chemo work?", false)]
    public void A_question_asking_for_a_number_asks_for_a_figure(string question, bool figure) =>
        Assert.Equal(figure, Read(question).AsksForFigure);

    [Fact]
    public void A_how_many_question_is_about_what_it_counts()
    {
        var focus = Read("how many children get ALL?");

        Assert.True(focus.AsksForFigure);
        Assert.Equal(["ALL"], Words(focus.Subject));
    }

    [Fact]
    public void A_chances_question_is_about_the_chances_and_what_they_are_of()
    {
        var subject = Subject("what are the chances of it coming back?");

        Assert.Contains("chances", subject);
        Assert.Contains("coming back", subject);
    }

    [Fact]
    public void A_subject_word_the_content_never_uses_is_unknown_and_the_rest_is_known() =>
        Assert.Equal(["biopsy"], Words(Read("what is a bone marrow biopsy?").Unknown(_index.Vocabulary)));

    [Theory]
    [InlineData("what is bone marrow?")]
    [InlineData("what is a lymphoblst?")]
    [InlineData("what is a leukocyte?")]
    public void A_subject_known_as_typed_one_typo_away_or_through_a_synonym_is_known(string question) =>
        Assert.Empty(Read(question).Unknown(_index.Vocabulary));

    [Fact]
    public void A_guess_two_letters_away_is_not_knowing_the_word() =>
        Assert.Equal(["limphoblst"], Words(Read("what is a limphoblst?").Unknown(_index.Vocabulary)));

    [Theory]
    [InlineData("what's a lymphoblast cell exactly", true)]
    [InlineData("what does ALL stand for", true)]
    [InlineData("what does the word leukaemia mean?", true)]
    [InlineData("what do white cells do", false)]
    [InlineData("how do white cells grow", false)]
    [InlineData("he has acute lymphoblastic leukaemia, what is it?", true)]
    [InlineData("whats wrong with the blasts", false)]
    [InlineData("the nurse keeps using the word neutropenia", true)]
    [InlineData("I don't understand what a lymphoblast is", true)]
    [InlineData("my son has ALL. what is that exactly?", true)]
    [InlineData("can someone explain what kind of cancer this is", true)]
    [InlineData("what's it like being in a clinical trial", false)]
    [InlineData("I'd like to understand what the condition is", true)]
    [InlineData("what actually is it?", true)]
    [InlineData("what exactly are they", true)]
    [InlineData("what cell is affected in ALL", false)]
    public void A_question_asking_what_its_subject_is_is_told_from_others(string question, bool whatItIs) =>
        Assert.Equal(whatItIs, Read(question).AsksWhatItIs);

    [Fact]
    public void The_words_either_side_of_or_are_offered_as_a_choice()
    {
        var choice = Assert.Single(Read("is ALL a cancer of the white cells or the red cells?").Choices!);
        Assert.Equal(("white cells", "red cells"), (choice.First.Text, choice.Second.Text));
    }

    [Fact]
    public void An_example_is_offered_with_what_it_is_an_example_of()
    {
        var choice = Assert.Single(Read("is CAR T coming for solid tumors like his sarcoma?").Choices!);
        Assert.Equal(("solid tumors", "sarcoma"), (choice.First.Text, choice.Second.Text));
    }

    [Theory]
    [InlineData("how do i deal with feeling low all the time", "low")]
    [InlineData("how can I cope with the worry at the moment", "cope|worry")]
    public void How_often_or_since_when_is_not_what_the_question_is_about(string question, string subject) =>
        Assert.Equal(Expected(subject), Subject(question));

    [Theory]
    [InlineData("Would it be reasonable to wait a few weeks before starting treatment so that we can get a second opinion?", "")]
    [InlineData("Is there anyone besides the hospital who can support us?", "")]
    [InlineData("Could you walk me through it?", "")]
    [InlineData("Could you kindly recommend a programme about eating?", "eating")]
    [InlineData("Is there a specialist?", "")]
    [InlineData("What is the current state of CAR T research?", "CAR T|research")]
    public void A_purpose_an_exception_a_request_to_the_bot_or_a_stand_in_word_is_not_the_subject(string question, string subject) =>
        Assert.Equal(subject.Length == 0 ? [] : Expected(subject), Subject(question));

    [Fact]
    public void All_before_a_determiner_is_a_quantifier_not_the_illness() =>
        Assert.Equal(["vaccinations"], Subject("will he need all his vaccinations again?"));

    [Fact]
    public void A_spelling_that_sounds_the_same_is_one_slip_and_known() =>
        Assert.Empty(Read("what is a lymfoblast?").Unknown(_index.Vocabulary));

    [Theory]
    [InlineData("stem cells and white cells, what's the connection?")]
    [InlineData("what is the link between stem cells and white cells")]
    public void A_word_that_relates_two_things_is_not_the_subject(string question) =>
        Assert.DoesNotContain(Read(question).Subject, c => c.Text is "connection" or "link");

    [Fact]
    public void Only_the_words_of_the_subject_are_subject()
    {
        const string question = "what is the main cause of ALL?";
        var concepts = _index.Concepts.Read(question);
        var focus = QuestionFocusReader.Read(question, concepts);

        Assert.True(focus.IsSubject(concepts.Single(c => c.Text == "cause")));
        Assert.False(focus.IsSubject(concepts.Single(c => c.Text == "main")));
    }
}
