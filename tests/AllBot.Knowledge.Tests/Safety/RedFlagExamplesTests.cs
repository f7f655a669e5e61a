using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Tests.Safety;

/// <summary>
/// The editors' own examples in knowledge-base/red-flags/: every example is recognised as its red flag, and every
/// information example is not urgent. The examples double as the red flags' documentation, so they must hold.
/// </summary>
[Collection(SeedKnowledgeCollection.Name)]
public sealed class RedFlagExamplesTests(SeedKnowledge seed)
{
    public static TheoryData<string, string> Examples() => From(flag => flag.Examples);

    public static TheoryData<string, string> Information() => From(flag => flag.Information);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_of_a_red_flag_is_recognised_as_that_red_flag(string flag, string message)
    {
        var result = seed.Engine.Triage.Triage(message);
        Assert.True(result.Flag?.Id == flag, $"\"{message}\": expected {flag}, got {result.Flag?.Id ?? "not urgent"} ({string.Join("; ", result.SetAside)})");
    }

    [Theory]
    [MemberData(nameof(Information))]
    public void Every_information_example_of_a_red_flag_is_not_urgent(string flag, string message)
    {
        var result = seed.Engine.Triage.Triage(message);
        Assert.False(result.IsUrgent, $"\"{message}\" (information for {flag}) was judged {result.Flag?.Id}: {result.Evidence}");
    }

    [Fact]
    public void Every_red_flag_of_the_guidance_is_in_the_knowledge_base()
    {
        string[] guidance =
        [
            "fever", "cold-or-shivering", "sepsis", "breathing", "chest-pain", "bleeding", "internal-bleeding", "blood-in-urine",
            "seizure", "unresponsive", "confusion", "stroke", "severe-headache", "allergic-reaction", "overdose",
            "cannot-keep-fluids-down", "sore-mouth", "severe-pain", "blood-clot", "central-line", "self-harm", "head-injury",
            "infection-contact",
        ];
        Assert.Equal(guidance.Order(), seed.Engine.Content.RedFlags.Flags.Select(f => f.Id).Order());
        Assert.All(seed.Engine.Content.RedFlags.Flags, flag => Assert.NotEmpty(flag.Sources));
    }

    private static TheoryData<string, string> From(Func<RedFlag, IReadOnlyList<RedFlagExample>> examples)
    {
        var content = KnowledgeBaseLoader.Load(SeedKnowledge.Folder, out _)!;
        var data = new TheoryData<string, string>();
        foreach (var flag in content.RedFlags.Flags)
        {
            foreach (var example in examples(flag)) data.Add(flag.Id, example.Text);
        }
        return data;
    }
}
