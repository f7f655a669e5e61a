using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Tests.Analysis;

public sealed class PatientAnalyzerTests : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();

    private string[] Terms(string text) => [.. _analyzer.Terms(text).Select(t => t.Term)];

    [Theory]
    [InlineData("What is ALL?")]
    [InlineData("what is all")]
    [InlineData("A.L.L.")]
    public void The_disease_acronym_ALL_is_kept_and_question_words_are_dropped(string question) =>
        Assert.Equal(["all"], Terms(question));

    [Theory]
    [InlineData("you didn't answer my question at all", new[] { "answer", "question" })]
    [InlineData("tired all the time", new[] { "tire", "time" })]
    [InlineData("what are all the signs of all", new[] { "sign", "all" })]
    [InlineData("is all genetic", new[] { "all", "genet" })]
    [InlineData("ALL of them", new[] { "all" })]
    public void Lower_case_all_is_the_disease_unless_its_neighbours_make_it_the_everyday_word(string text, string[] terms) =>
        Assert.Equal(terms, Terms(text));

    [Fact]
    public void Reporting_what_was_said_is_not_a_say_in_decisions()
    {
        Assert.Equal(["doctor"], Terms("the doctor says"));
        Assert.Equal(["sai"], Terms("the dr said I get a say"));
        Assert.Equal(["doctor", "all"], Terms("my doctor say I have ALL"));
        Assert.Equal(["sai", "treatment"], Terms("no say in the treatment"));
    }

    [Theory]
    [InlineData("why dont the blasts become white cells", new[] { "unabl", "blast", "becom", "white", "cell" })]
    [InlineData("i dont know how they grow", new[] { "grow" })]
    [InlineData("why don't the leukaemia cells grow up", new[] { "unabl", "leukemia", "cell", "grow", "up" })]
    [InlineData("they never fully mature", new[] { "unabl", "fulli", "matur" })]
    [InlineData("why do the lymphoblasts not become white blood cells", new[] { "lymphoblast", "unabl", "becom", "white", "blood", "cell" })]
    [InlineData("do not worry", new[] { "worri" })]
    [InlineData("it does not", new string[0])]
    public void A_negation_before_a_word_of_growing_is_unable(string text, string[] terms) =>
        Assert.Equal(terms, Terms(text));

    [Fact]
    public void Chat_shorthand_is_written_out_and_contractions_are_left_to_the_synonyms()
    {
        Assert.Equal(["peopl", "befor"], Terms("ppl b4"));
        Assert.Empty(Terms("an hour ago lol"));
        Assert.Empty(Terms("2am 5yo 3rd"));
        Assert.Equal(["cant"], Terms("cant"));
    }

    [Theory]
    [InlineData("my grandsons diagnosis")]
    [InlineData("her nephews diagnosis")]
    [InlineData("our daughter's diagnosis")]
    public void Family_words_carry_no_topic_in_the_plural_or_a_possessive_typed_without_its_apostrophe(string text) =>
        Assert.Equal(["diagnosi"], Terms(text));

    [Theory]
    [InlineData("leukaemia", "leukemia")]
    [InlineData("Leukemia", "leukemia")]
    [InlineData("tumours", "tumor")]
    [InlineData("anaemia", "anemia")]
    [InlineData("haematologist", "hematologist")]
    [InlineData("leucocytes", "leukocyt")]
    [InlineData("paediatric", "pediatr")]
    [InlineData("randomised", "random")]
    public void British_and_American_spellings_meet_as_one_term(string word, string term) =>
        Assert.Equal([term], Terms(word));

    [Fact]
    public void Spelling_rules_leave_ordinary_words_alone() =>
        Assert.Equal(["aerob", "michael", "four", "flour"], Terms("aerobic Michael four flour"));

    [Theory]
    [InlineData("lymphoblasts", "lymphoblast")]
    [InlineData("lymphoblastic", "lymphoblast")]
    [InlineData("infections", "infect")]
    [InlineData("developing", "develop")]
    public void Words_are_stemmed(string word, string stem) => Assert.Equal([stem], Terms(word));

    [Theory]
    [InlineData("grown", "grow")]
    [InlineData("grew", "grow")]
    [InlineData("made", "make")]
    [InlineData("fought", "fight")]
    public void Irregular_forms_meet_their_plain_form(string word, string stem) => Assert.Equal([stem], Terms(word));

    [Fact]
    public void Days_and_months_say_when_not_what() =>
        Assert.Equal(["chemo"], Terms("chemo on Monday, or tomorrow, or in January"));

    [Fact]
    public void Contractions_typed_without_the_apostrophe_carry_no_topic() =>
        Assert.Equal(["white", "cell", "grow"], Terms("white cells, theyre grown, isnt it"));

    [Theory]
    [InlineData("illness", "illnesses", "ill")]
    [InlineData("sickness", "sicknesses", "sick")]
    [InlineData("formed", "forming", "form")]
    public void Words_the_stemmer_would_fold_into_another_meaning_keep_their_own_term(string word, string plural, string other)
    {
        Assert.Equal(Terms(word), Terms(plural));
        Assert.NotEqual(Terms(other), Terms(word));
    }

    [Fact]
    public void Numbers_possessives_and_people_words_carry_no_topic() =>
        Assert.Equal(["diagnosi", "all"], Terms("My 5 year old son's diagnosis: ALL, 38.5"));

    [Fact]
    public void Stop_words_leave_no_gaps_so_phrases_stay_together()
    {
        var terms = _analyzer.Terms("quality of life");
        Assert.Equal(["qualiti", "life"], terms.Select(t => t.Term));
        Assert.Equal("life", "quality of life"[terms[1].Start..terms[1].End]);
    }

    public void Dispose() => _analyzer.Dispose();
}
