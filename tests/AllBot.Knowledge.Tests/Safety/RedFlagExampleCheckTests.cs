using AllBot.Knowledge.Safety;
using AllBot.Testing;

namespace AllBot.Knowledge.Tests.Safety;

public sealed class RedFlagExampleCheckTests
{
    [Fact]
    public void The_seed_red_flags_recognise_all_their_own_examples()
    {
        using var engine = KnowledgeEngine.Load(new KnowledgeOptions(SeedKnowledge.Folder, null));
        Assert.Empty(RedFlagExampleCheck.Problems(engine));
    }

    [Fact]
    public void An_example_a_red_flag_does_not_recognise_is_reported_with_its_file_and_line()
    {
        using var folder = new KnowledgeBaseFolder();
        folder.Replace("red-flags/fever.md", "  - \"temp 38.4\"", "  - \"temp 38.4\"\n  - \"he likes football\"");
        using var engine = KnowledgeEngine.Load(new KnowledgeOptions(folder.Path, null));

        var problem = Assert.Single(RedFlagExampleCheck.Problems(engine));

        Assert.Equal("red-flags/fever.md", problem.File);
        Assert.Equal(LineOf(folder, "red-flags/fever.md", "he likes football"), problem.Line);
        Assert.Contains("not recognised as 'fever'", problem.Message);
    }

    [Fact]
    public void An_information_example_judged_urgent_is_reported()
    {
        using var folder = new KnowledgeBaseFolder();
        folder.Replace("red-flags/fever.md", "  - \"my son has hay fever\"", "  - \"my son has hay fever\"\n  - \"he has a fever right now\"");
        using var engine = KnowledgeEngine.Load(new KnowledgeOptions(folder.Path, null));

        var problem = Assert.Single(RedFlagExampleCheck.Problems(engine));

        Assert.Contains("judged urgent as 'fever'", problem.Message);
    }

    private static int LineOf(KnowledgeBaseFolder folder, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(folder.File(file)), line => line.Contains(text)) + 1;
}
