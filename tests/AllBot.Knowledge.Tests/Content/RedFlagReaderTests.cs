using AllBot.Knowledge.Content;
using AllBot.Testing;

namespace AllBot.Knowledge.Tests.Content;

/// <summary>The red-flag files are checked like the rest of the knowledge base: every problem with its file and line.</summary>
public sealed class RedFlagReaderTests : IDisposable
{
    private const string Fever = "red-flags/fever.md";
    private readonly KnowledgeBaseFolder _folder = new();

    private ContentProblem SingleProblem()
    {
        Assert.Null(KnowledgeBaseLoader.Load(_folder.Path, out var problems));
        return Assert.Single(problems);
    }

    private int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(_folder.File(file)), line => line.Contains(text)) + 1;

    [Fact]
    public void The_seed_red_flags_load_with_their_signs_levels_and_sources()
    {
        var content = KnowledgeBaseLoader.Load(SeedKnowledge.Folder, out _)!;
        var fever = content.RedFlags.Flags.Single(f => f.Id == "fever");
        Assert.Equal(RedFlagLevel.Emergency, fever.Level);
        Assert.Contains(fever.Signs, sign => sign is [ReadingIdea { Kind: ReadingKind.Temperature, Comparison: ">=", Threshold: 38 }]);
        Assert.Contains(fever.Signs, sign => sign is [GroupIdea { Name: "fever" }]);
        Assert.Contains(fever.Sources, s => s.Contains("nice.org.uk/guidance/cg151"));
        Assert.Equal("Self-harm", content.RedFlags.Flags.Single(f => f.Id == "self-harm").Reply);
        Assert.True(content.RedFlags.Flags.Single(f => f.Id == "infection-contact").AboutAnyone);
    }

    [Fact]
    public void A_sign_naming_an_unknown_word_group_names_its_line()
    {
        _folder.Replace(Fever, "  - fever\n", "  - fevver + blood\n");
        var problem = SingleProblem();
        Assert.Equal(Fever, problem.File);
        Assert.Equal(LineOf(Fever, "fevver + blood"), problem.Line);
        Assert.Contains("'fevver'", problem.Message);
    }

    [Fact]
    public void Words_in_quotes_and_readings_are_ideas_of_a_sign()
    {
        _folder.Replace(Fever, "  - fever\n", "  - fever + \"since lunch\"\n  - \"burning up\"\n  - minutes >= 10 + fever\n");
        var content = KnowledgeBaseLoader.Load(_folder.Path, out var problems);
        Assert.Empty(problems);
        var signs = content!.RedFlags.Flags.Single(f => f.Id == "fever").Signs;
        Assert.Contains(signs, sign => sign is [GroupIdea, PhraseIdea { Text: "since lunch" }]);
        Assert.Contains(signs, sign => sign is [PhraseIdea { Text: "burning up" }]);
        Assert.Contains(signs, sign => sign is [ReadingIdea { Kind: ReadingKind.Minutes }, GroupIdea]);
    }

    [Fact]
    public void An_unknown_level_names_the_levels_there_are()
    {
        _folder.Replace(Fever, "level: emergency", "level: very-urgent");
        var problem = SingleProblem();
        Assert.Equal(LineOf(Fever, "level:"), problem.Line);
        Assert.Contains("emergency, call-team-now, call-team-today", problem.Message);
    }

    [Fact]
    public void A_red_flag_without_sources_is_refused()
    {
        var text = File.ReadAllText(_folder.File(Fever));
        var start = text.IndexOf("sources:", StringComparison.Ordinal);
        _folder.Write(Fever, text[..start] + "sources: []\n---\n\nNo sources.\n");
        Assert.Contains("public source", SingleProblem().Message);
    }

    [Fact]
    public void An_unknown_reply_is_refused()
    {
        _folder.Replace(Fever, "level: emergency", "level: emergency\nreply: Panic");
        Assert.Contains("Self-harm", SingleProblem().Message);
    }

    [Fact]
    public void The_everyday_symptoms_group_is_required()
    {
        _folder.Replace("red-flags/words.md", "  symptoms:", "  symptomz:");
        Assert.Contains("'symptoms' is missing", SingleProblem().Message);
    }

    public void Dispose() => _folder.Dispose();
}
