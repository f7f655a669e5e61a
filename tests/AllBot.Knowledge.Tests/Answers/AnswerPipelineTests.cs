using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

[Collection(SeedKnowledgeCollection.Name)]
public sealed class AnswerPipelineTests(SeedKnowledge seed)
{
    private Answer Ask(string question) => seed.Engine.Answerer.Answer(question);

    /// <summary><paramref name="followUp"/> asked after <paramref name="first"/> and its answer, as a conversation keeps them.</summary>
    private Answer AskAfter(string first, string followUp) =>
        seed.Engine.Answerer.Answer(followUp, new PreviousTurn(first, Ask(first)));

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

    [Theory]
    [InlineData("whats a lymphoblast cell exactly")]
    [InlineData("what is a blast cell?")]
    [InlineData("what does lymphoblast mean")]
    public void Asking_what_a_word_is_gets_the_passage_that_defines_it_though_another_uses_it_more(string question) =>
        Assert.Equal("what-all-is", Ask(question).Passages[0].Id);

    [Theory]
    [InlineData("what is the cause of leukaemia?")]
    [InlineData("why did my daughter get ALL")]
    [InlineData("was it something we did during the pregnancy?")]
    [InlineData("and what causes it")]
    [InlineData("is leukaemia genetic?")]
    [InlineData("could my other children inherit it")]
    [InlineData("what causes ALL? did i do something wrong")]
    public void A_question_about_what_causes_the_illness_is_not_answered_by_what_causes_its_symptoms(string question) =>
        Assert.Equal(AnswerKind.NoAnswer, Ask(question).Kind);

    [Fact]
    public void An_unknown_word_of_context_does_not_refuse_a_question_whose_form_says_what_it_is_about() =>
        Assert.Equal(AnswerKind.Answer, Ask("feeling low with the steroids, where can I get some support?").Kind);

    [Fact]
    public void A_pronoun_question_after_a_quoted_word_asks_about_that_word() =>
        Assert.Equal("what-all-is", Ask("The doctors keep using the word 'lymphoblast' with us. What is that?").Passages[0].Id);

    [Fact]
    public void A_definition_question_followed_by_context_in_the_same_sentence_is_answered() =>
        Assert.Equal("what-all-is", Ask("please tell me what is acute lymphoblastic leukaemia, my husband has it, the letter came on friday").Passages[0].Id);

    [Fact]
    public void What_it_is_after_being_told_of_a_diagnosis_asks_what_the_illness_is_not_what_a_diagnosis_is() =>
        Assert.Equal("what-all-is", Ask("My daughter was diagnosed with acute lymphoblastic leukaemia on Monday. What exactly is it?").Passages[0].Id);

    [Fact]
    public void A_request_to_explain_what_it_is_after_naming_the_illness_asks_what_the_illness_is() =>
        Assert.Equal("what-all-is", Ask("My nephew has acute lymphoblastic leukaemia. Can someone tell me what it is?").Passages[0].Id);

    [Theory]
    [InlineData("are the blasts piling up in his marrow?")]
    [InlineData("the consultant said her marrow is packed with leukaemia cells, why is that bad")]
    [InlineData("why is his marrow full of blasts")]
    [InlineData("why don't the leukaemia cells become normal white cells")]
    public void Lay_words_for_what_the_abnormal_cells_do_find_what_goes_wrong(string question) =>
        Assert.Equal("what-goes-wrong-in-all", Ask(question).Passages[0].Id);

    [Theory]
    [InlineData("we feel so alone, are there people to help?")]
    [InlineData("is there an association we could contact")]
    public void Asking_for_people_who_help_finds_the_support_passage(string question) =>
        Assert.Equal("treatment-and-support", Ask(question).Passages[0].Id);

    [Fact]
    public void What_beyond_leaves_out_is_not_the_subject() =>
        Assert.Contains(Ask("is there research on CAR T beyond leukaemia?").Videos, v => v.Title.StartsWith("Will CAR T"));

    [Fact]
    public void Going_on_a_trial_is_taking_part_in_one() =>
        Assert.Equal(AnswerKind.Answer, Ask("should she go on a clinical trial?").Kind);

    [Fact]
    public void Run_down_is_feeling_unwell() =>
        Assert.Equal("what-goes-wrong-in-all", Ask("why does ALL leave you so run down").Passages[0].Id);

    [Fact]
    public void Asking_what_acute_means_finds_how_fast_ALL_develops() =>
        Assert.Equal("treatment-and-support", Ask("acute means what exactly?").Passages[0].Id);

    [Fact]
    public void Lay_words_for_the_white_cells_growing_up_find_how_they_grow() =>
        Assert.Equal("how-white-blood-cells-grow", Ask("white cell lifecycle").Passages[0].Id);

    [Theory]
    [InlineData("my wife says her food tastes of metal")]
    [InlineData("he is off his food since the chemo")]
    [InlineData("mum has lost interest in food, how do I make sure she gets enough nourishment")]
    public void Lay_words_for_eating_problems_find_the_nutrition_video(string question) =>
        Assert.Contains(Ask(question).Videos, v => v.Title.StartsWith("Julie Lanford"));

    [Fact]
    public void A_question_about_what_causes_the_symptoms_is_answered() =>
        Assert.Equal("what-goes-wrong-in-all", Ask("so what is it that causes the symptoms?").Passages[0].Id);

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
    [InlineData("we're all completely devastated", "Feelings")]
    [InlineData("she finished her last chemo today, we are so happy", "GoodNews")]
    [InlineData("sorry i typed it wrong", "Apology")]
    [InlineData("you didn't understand my question at all", "NotUnderstood")]
    [InlineData("can i talk to a human please", "WhoAreYou")]
    [InlineData("I just wanted to say thank you for this website, it helps us a lot", "Thanks")]
    [InlineData("Apologies for the spelling, I'm typing on my phone in the waiting room.", "Apology")]
    [InlineData("Good morning. I hope this is the right place to ask a few questions.", "Help")]
    public void Small_talk_gets_the_editors_wording(string question, string wording)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(typeof(AllBot.Knowledge.Content.BotWording).GetProperty(wording)!.GetValue(seed.Engine.Wording), answer.Reply);
    }

    [Theory]
    [InlineData("she finished her chemo, we're so happy. what happens after treatment?")]
    [InlineData("this is useless, what is a lymphoblast")]
    [InlineData("I feel so anxious and scared about the cancer")]
    [InlineData("sorry what's a lymphoblast again")]
    [InlineData("where can I get support, i feel so alone since they told me")]
    public void Small_talk_said_with_a_question_or_a_topic_does_not_hide_it(string question) =>
        Assert.NotEqual(AnswerKind.SmallTalk, Ask(question).Kind);

    [Fact]
    public void A_question_that_names_the_illness_only_by_pointing_back_is_answered_from_what_was_said_before() =>
        Assert.Equal("what-all-is", Ask("One of my pupils has acute lymphoblastic leukemia. Before I meet the parents I'd like a basic understanding of what the condition is.").Passages[0].Id);

    [Theory]
    [InlineData("what's the treatment for CML")]
    [InlineData("is AML the same thing")]
    public void An_abbreviation_the_knowledge_base_does_not_know_is_what_the_question_is_about(string question) =>
        Assert.Equal(AnswerKind.NoAnswer, Ask(question).Kind);

    [Fact]
    public void An_everyday_abbreviation_is_not() =>
        Assert.Equal(AnswerKind.Answer, Ask("I saw on TV that leukaemia is a blood cancer, what is ALL?").Kind);

    [Fact]
    public void A_word_that_only_praises_names_no_topic_though_a_title_uses_it() =>
        Assert.Equal(AnswerKind.NoAnswer, Ask("Can you recommend a good film to watch tonight?").Kind);

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
    public void The_example_questions_in_the_help_reply_are_answered()
    {
        var examples = System.Text.RegularExpressions.Regex.Matches(seed.Engine.Wording.Help, "\"([^\"]+\\?)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.Equal(AnswerKind.Answer, Ask(example).Kind));
    }

    [Fact]
    public void Every_passage_heading_finds_its_own_passage()
    {
        foreach (var passage in seed.Engine.Content.Articles.SelectMany(a => a.Passages))
            Assert.Equal(passage.Id, Ask(passage.Heading).Passages[0].Id);
    }

    [Fact]
    public void Each_part_of_a_two_part_question_gets_its_own_passage_in_order()
    {
        var answer = Ask("what's a lymphoblast, and where do white blood cells get made?");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal(["what-all-is", "how-white-blood-cells-grow"], answer.Passages.Select(p => p.Id));
        Assert.Contains("called a lymphoblast", answer.Reply);
        Assert.Contains("mature from stem cells in the bone marrow", answer.Reply);
        Assert.Empty(answer.Alternatives);
    }

    [Fact]
    public void A_two_part_question_asking_for_videos_in_its_second_part_gets_the_passage_and_the_videos()
    {
        var answer = Ask("what is ALL? any videos about clinical trials?");

        Assert.Equal(["what-all-is"], answer.Passages.Select(p => p.Id));
        Assert.Contains(answer.Videos, v => v.Id == "the-abcs-of-clinical-trials-with-michele-nadeem-baker");
    }

    [Fact]
    public void Asking_for_a_video_about_that_after_an_answer_finds_the_videos_of_the_previous_topic()
    {
        const string first = "where can I get support?";
        var previous = Ask(first);
        var answer = seed.Engine.Answerer.Answer("is there a video about that?", new PreviousTurn(first, previous));

        Assert.Equal(AnswerKind.NoAnswer, Ask("is there a video about that?").Kind);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Empty(answer.Passages);
        Assert.Equal(seed.Engine.Wording.VideosIntro, answer.Reply);
        Assert.NotEmpty(answer.Videos);
        Assert.Equal(previous.Videos.Select(v => v.Id), answer.Videos.Select(v => v.Id));
    }

    [Fact]
    public void Tell_me_more_after_an_answer_gives_the_passage_its_first_suggestion_names()
    {
        const string first = "what is a lymphoblast?";
        var previous = Ask(first);
        var next = seed.Engine.Content.Articles.SelectMany(a => a.Passages).Single(p => p.Heading == previous.Suggestions[0]);

        var answer = seed.Engine.Answerer.Answer("tell me more", new PreviousTurn(first, previous));

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal([next.Id], answer.Passages.Select(p => p.Id));
        Assert.NotEqual(previous.Passages[0].Id, next.Id);
    }

    [Fact]
    public void Tell_me_more_after_videos_alone_is_read_with_the_previous_question()
    {
        const string first = "does CAR T work for solid tumors";
        var previous = Ask(first);
        Assert.Empty(previous.Passages);

        var answer = seed.Engine.Answerer.Answer("tell me more", new PreviousTurn(first, previous));

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal(previous.Videos[0].Id, answer.Videos[0].Id);
    }

    [Fact]
    public void Asking_for_it_more_simply_gives_the_previous_answer_again()
    {
        const string first = "what are lymphoblasts";
        var previous = Ask(first);

        var answer = seed.Engine.Answerer.Answer("could you explain that in simpler words", new PreviousTurn(first, previous));

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal(previous.Passages.Select(p => p.Id), answer.Passages.Select(p => p.Id));
    }

    [Fact]
    public void Tell_me_more_with_nothing_before_it_is_not_answered() =>
        Assert.Equal(AnswerKind.NoAnswer, Ask("tell me more").Kind);

    [Theory]
    [InlineData("None of these")]
    [InlineData("none of these.")]
    [InlineData("  NONE OF THESE!")]
    public void Choosing_none_of_these_gets_the_kind_no_answer_reply_not_the_previous_topic(string choice)
    {
        // "these" points back: read as a follow-up ("None of these?" is), the choice would find the previous passage again.
        var answer = AskAfter("where are white blood cells made?", choice);

        Assert.Equal(AnswerKind.NoAnswer, answer.Kind);
        Assert.Equal(seed.Engine.Wording.NoAnswer, answer.Reply);
        Assert.Equal(seed.Engine.Wording.Topics, answer.Suggestions);
    }

    [Fact]
    public void A_question_after_context_that_points_back_is_answered_from_the_explainer()
    {
        var answer = Ask("My son was just told he has ALL. What is this illness?");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("what-all-is", answer.Passages[0].Id);
    }

    [Fact]
    public void What_is_said_before_a_question_says_what_that_is()
    {
        var answer = Ask("We just heard our daughter has ALL. What does that mean?");

        Assert.Equal(AnswerKind.NoAnswer, Ask("What does that mean?").Kind);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("what-all-is", answer.Passages[0].Id);
    }

    [Fact]
    public void A_second_part_pointing_back_at_an_unanswerable_first_part_is_not_answered()
    {
        Assert.Equal(AnswerKind.Answer, Ask("how is it treated?").Kind);
        Assert.Equal(AnswerKind.NoAnswer, Ask("what is AML and how is it treated?").Kind);
    }

    [Fact]
    public void A_procedure_the_content_never_describes_is_not_answered_from_the_body_part_it_names()
    {
        Assert.Equal(AnswerKind.Answer, Ask("what is bone marrow?").Kind);
        Assert.Equal(AnswerKind.NoAnswer, Ask("what is a bone marrow transplant?").Kind);
    }

    [Fact]
    public void A_food_the_content_never_mentions_is_not_answered_from_the_eating_video()
    {
        var eating = Ask("what can my daughter eat when she has no appetite?");
        var grapefruit = Ask("can my daughter eat grapefruit?");

        Assert.Contains(eating.Videos, v => v.Id == "julie-lanford-getting-good-nutrition-when-you-dont-feel-like-eating");
        Assert.Equal(AnswerKind.NoAnswer, grapefruit.Kind);
        Assert.Equal(seed.Engine.Wording.NoAnswer, grapefruit.Reply);
    }

    [Fact]
    public void A_yes_no_question_about_something_the_content_never_says_is_not_answered_from_the_illness_it_names()
    {
        Assert.Equal(AnswerKind.Answer, Ask("is ALL a blood cancer?").Kind);
        Assert.Equal(AnswerKind.NoAnswer, Ask("is ALL contagious?").Kind);
    }

    /// <summary>
    /// The seed content has no one-idea question whose passages tie within the default ratio, so the clarify reply is
    /// provoked with the ratio at the "did you mean" ratio: "grow" finds two passages that close.
    /// </summary>
    [Fact]
    public void A_clarifying_reply_offers_the_close_passages_then_none_of_these()
    {
        var answerer = seed.Engine.AnswererWith(new AnswerPolicy { ClarifyRatio = new AnswerPolicy().NearTieRatio });

        var answer = answerer.Answer("grow");

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Equal(seed.Engine.Wording.Clarify, answer.Reply);
        Assert.Empty(answer.Passages);
        Assert.Equal(["how-white-blood-cells-grow", "what-goes-wrong-in-all", "none"], answer.Alternatives.Select(a => a.Id));
        Assert.Equal(seed.Engine.Wording.NoneOfThese, answer.Alternatives[^1].Label);
        Assert.Equal(AnswerKind.NoAnswer, answerer.Answer(answer.Alternatives[^1].Question, new PreviousTurn("grow", answer)).Kind);
        Assert.Equal("what-goes-wrong-in-all", answerer.Answer(answer.Alternatives[1].Question, new PreviousTurn("grow", answer)).Passages[0].Id);
    }
}
