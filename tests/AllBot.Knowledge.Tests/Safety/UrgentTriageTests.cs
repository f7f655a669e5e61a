using AllBot.Knowledge.Safety;

namespace AllBot.Knowledge.Tests.Safety;

public sealed class UrgentTriageTests
{
    [Theory]
    [InlineData("i have a temperature of 38.5 and i'm having chemotherapy")]
    [InlineData("my son has a fever and he is on chemo")]
    [InlineData("on chemo and shivering with a high fever right now")]
    [InlineData("i can't breathe")]
    [InlineData("my husband is short of breath and his lips look blue")]
    [InlineData("my daughter's nosebleed won't stop")]
    [InlineData("he is bleeding heavily")]
    [InlineData("she is coughing up blood")]
    [InlineData("i have severe chest pain")]
    [InlineData("my dad has pain in his chest")]
    [InlineData("my child is having a seizure")]
    [InlineData("he fainted in the bathroom")]
    [InlineData("i keep passing out")]
    [InlineData("i want to end my life")]
    [InlineData("i feel like killing myself")]
    [InlineData("i don't want to live anymore")]
    [InlineData("i have been having suicidal thoughts")]
    public void A_red_flag_described_as_happening_is_urgent(string text) => Assert.True(UrgentTriage.IsUrgent(text));

    [Theory]
    [InlineData("can all cause chest pain?")]
    [InlineData("is fever a symptom of leukaemia")]
    [InlineData("what are the signs of all")]
    [InlineData("does chemo cause seizures in children?")]
    [InlineData("is shortness of breath a side effect of treatment")]
    [InlineData("how do i find a clinical trial that fits me")]
    [InlineData("my son is 38 years old")]
    [InlineData("i have lost my appetite during treatment")]
    [InlineData("what is a blood test")]
    [InlineData("can all cause bruising?")]
    public void A_question_that_only_mentions_a_symptom_is_not_urgent(string text) => Assert.False(UrgentTriage.IsUrgent(text));
}
