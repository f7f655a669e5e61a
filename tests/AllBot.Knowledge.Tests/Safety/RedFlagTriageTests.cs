using AllBot.Knowledge.Safety;

namespace AllBot.Knowledge.Tests.Safety;

/// <summary>
/// The layers of the triage, one kind of context at a time, on messages written for these tests (the editors'
/// examples and the evaluation sets are tested elsewhere).
/// </summary>
[Collection(SeedKnowledgeCollection.Name)]
public sealed class RedFlagTriageTests(SeedKnowledge seed)
{
    private RedFlagTriage Triage => seed.Engine.Triage;

    [Theory]
    [InlineData("temp 38.1", "fever")]
    [InlineData("38,6 on chemo", "fever")]
    [InlineData("she is 101.2F", "fever")]
    [InlineData("thermometer says 39 point 4", "fever")]
    [InlineData("35.2 degrees and shivery", "cold-or-shivering")]
    [InlineData("his temperature is under 36", "cold-or-shivering")]
    [InlineData("nose bleeding for half an hour", "bleeding")]
    public void Readings_are_compared_with_the_thresholds_of_the_guidance(string message, string flag) =>
        Assert.Equal(flag, Triage.Triage(message).Flag?.Id);

    [Theory]
    [InlineData("temp 37.2 today")]
    [InlineData("my son is 38 and has ALL")]
    [InlineData("she weighs 38.5 kg")]
    [InlineData("his nose bled for 2 minutes")]
    [InlineData("temp 38.4 last night but 36.9 now")]
    public void Readings_that_are_not_red_flags_are_not_urgent(string message) =>
        Assert.False(Triage.Triage(message).IsUrgent, message);

    [Theory]
    [InlineData("hes vomitting blood", "internal-bleeding")]
    [InlineData("my daughter is having a siezure", "seizure")]
    [InlineData("he cant breath", "breathing")]
    [InlineData("SHES BLEADING AND IT WONT STOP", "bleeding")]
    [InlineData("i think my lo has a temprature of 38.9", "fever")]
    public void Typos_text_speak_and_capitals_are_read_like_the_words_they_stand_for(string message, string flag) =>
        Assert.Equal(flag, Triage.Triage(message).Flag?.Id);

    [Theory]
    [InlineData("no fever today", Framing.Negated)]
    [InlineData("he does not have a temperature", Framing.Negated)]
    [InlineData("what should I do if he gets a fever?", Framing.Conditional)]
    [InlineData("in case she has a seizure, what do I do", Framing.Conditional)]
    [InlineData("she had a seizure last year", Framing.Past)]
    [InlineData("last week her temperature was 38.9", Framing.Past)]
    [InlineData("he had a fever this morning but it has gone down now", Framing.Resolved)]
    [InlineData("in my story the hero coughs up blood", Framing.Fiction)]
    [InlineData("my friend's son has a fever", Framing.NotInCare)]
    [InlineData("he is in hospital with a fever, what is neutropenia?", Framing.InCare)]
    [InlineData("can chemo cause a fever?", Framing.General)]
    [InlineData("should I give him a double dose of his tablets?", Framing.Planned)]
    public void Context_sets_a_sign_aside_and_says_why(string message, Framing reason)
    {
        var result = Triage.Triage(message);
        Assert.False(result.IsUrgent, $"{message}: {result.Evidence}");
        Assert.Contains(result.SetAside, sign => sign.Reason == reason);
    }

    [Theory]
    [InlineData("probably nothing but his temp is 38.5")]
    [InlineData("is it normal that my son has a temperature of 38.2?")]
    [InlineData("his temp is 38.6, can he still go to school tomorrow?")]
    [InlineData("what do I do hes having a fit")]
    [InlineData("hi, quick question about his diet, he is eating well. also he has been coughing up blood since lunch")]
    [InlineData("last year she had sepsis and now her lips are going blue")]
    [InlineData("her temperature is 38.4 and she had her chemo on monday")]
    [InlineData("we came home from the ward two weeks ago and he is 38.7 tonight")]
    public void A_red_flag_said_now_counts_however_it_is_wrapped(string message) =>
        Assert.True(Triage.Triage(message).IsUrgent, message);

    [Fact]
    public void A_red_flag_split_over_two_messages_is_recognised_in_the_second()
    {
        Assert.False(Triage.Triage("she was sick after lunch").IsUrgent);
        var result = Triage.Triage("now there is blood in it", previous: "she was sick after lunch");
        Assert.Equal("internal-bleeding", result.Flag?.Id);
    }

    [Fact]
    public void A_red_flag_only_in_the_previous_message_is_not_repeated()
    {
        Assert.False(Triage.Triage("what is ALL?", previous: "my son has a fever of 39").IsUrgent);
        Assert.False(Triage.Triage("he is 38", previous: "my son has ALL").IsUrgent);
    }

    [Fact]
    public void Thoughts_of_self_harm_count_about_anyone()
    {
        Assert.Equal("self-harm", Triage.Triage("my friend says she wants to kill herself").Flag?.Id);
        Assert.False(Triage.Triage("my friend's son has a fever").IsUrgent);
    }

    [Theory]
    [InlineData("my son is so tired since chemo started")]
    [InlineData("i feel sick after my tablets")]
    [InlineData("her temperature is 37.6")]
    public void A_symptom_that_is_not_a_red_flag_asks_for_the_safety_net(string message)
    {
        var result = Triage.Triage(message);
        Assert.False(result.IsUrgent);
        Assert.True(result.DescribesSymptom, message);
    }

    [Theory]
    [InlineData("why do people with ALL feel tired?")]
    [InlineData("what is a lymphoblast?")]
    [InlineData("she was tired last year")]
    [InlineData("the waiting list is a real pain in the neck")]
    public void An_information_question_does_not_ask_for_the_safety_net(string message) =>
        Assert.False(Triage.Triage(message).DescribesSymptom, message);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("???")]
    [InlineData("38")]
    public void Empty_or_wordless_messages_are_not_urgent(string message) =>
        Assert.False(Triage.Triage(message).IsUrgent);
}
