using AllBot.Knowledge.Content;
using AllBot.Testing;

namespace AllBot.Knowledge.Tests.Content;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private const string Article = "articles/what-is-all.md";
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private readonly KnowledgeBaseFolder _folder = new();

    private IReadOnlyList<ContentProblem> Problems()
    {
        var content = KnowledgeBaseLoader.Load(_folder.Path, out var problems);
        Assert.Null(content);
        Assert.NotEmpty(problems);
        return problems;
    }

    [Fact]
    public void The_seed_knowledge_base_loads_without_problems()
    {
        var content = KnowledgeBaseLoader.Load(SeedKnowledge.Folder, out var problems);
        Assert.Empty(problems);
        Assert.NotNull(content);
        Assert.Equal(4, Assert.Single(content.Articles).Passages.Count);
        Assert.Equal(9, content.Programs.Count);
        Assert.Equal(["what-all-is", "how-white-blood-cells-grow", "what-goes-wrong-in-all", "treatment-and-support"],
            content.Articles[0].Passages.Select(p => p.Id));
        Assert.Contains(content.Programs, p => p.Speakers.SequenceEqual(["Dr. David Maloney"]));
    }

    [Fact]
    public void The_seed_keeps_every_fact_of_the_explainer_word_for_word()
    {
        var content = KnowledgeBaseLoader.Load(SeedKnowledge.Folder, out _)!;
        var text = string.Join(" ", content.Articles[0].Passages.Select(p => p.Text));
        string[] facts =
        [
            "is a form of blood cancer that affects a specific type of cell called a lymphoblast",
            "lymphoblasts eventually become white blood cells that help to fight against infections in your body",
            "mature from stem cells in the bone marrow",
            "These white blood cells then leave the bone marrow to fight infections in the blood.",
            "the abnormal lymphoblasts are unable to mature into white blood cells and continue to multiply in the bone marrow",
            "this is what causes the symptoms of ALL and the patient to feel unwell",
            "ALL develops rapidly and so it is crucial that treatment starts as soon as possible",
            "Support during this difficult time is also available from patient groups.",
        ];
        Assert.All(facts, fact => Assert.Contains(fact, text));
        Assert.DoesNotContain("Click the diagram", text);
    }

    [Fact]
    public void A_missing_front_matter_names_the_file_and_line_1()
    {
        _folder.Write(Program, "Just a description.");
        var problem = Assert.Single(Problems());
        Assert.Equal((Program, 1), (problem.File, problem.Line));
    }

    [Fact]
    public void A_front_matter_never_closed_names_line_1()
    {
        var text = File.ReadAllText(_folder.File(Program));
        _folder.Write(Program, text.Replace("\n---\n", "\n", StringComparison.Ordinal));
        var problem = Assert.Single(Problems());
        Assert.Equal((Program, 1), (problem.File, problem.Line));
        Assert.Contains("never closed", problem.Message);
    }

    [Fact]
    public void A_list_in_a_passage_is_kept_word_for_word_one_item_a_line()
    {
        _folder.Replace(Article, "Support during this difficult time is also available from patient groups.",
            "Support during this difficult time is also available from:\n\n- patient groups\n- your care team\n  - its nurse specialist");
        var content = KnowledgeBaseLoader.Load(_folder.Path, out var problems);
        Assert.Empty(problems);
        var passage = content!.Articles[0].Passages.Single(p => p.Id == "treatment-and-support");
        Assert.EndsWith("available from:\n\n- patient groups\n- your care team\n  - its nurse specialist", passage.Text);
    }

    [Fact]
    public void Malformed_yaml_names_its_line()
    {
        _folder.Replace(Program, "speakers: [Dr. David Maloney]", "speakers: [Dr. David Maloney");
        var problem = Assert.Single(Problems());
        Assert.Equal(Program, problem.File);
        Assert.InRange(problem.Line, 4, 6);
        Assert.Contains("YAML", problem.Message);
    }

    [Fact]
    public void An_unknown_field_names_the_field_and_its_line()
    {
        _folder.Replace(Program, "speakers:", "speaker: [x]\nspeakers:");
        var problem = Assert.Single(Problems());
        Assert.Equal((Program, 4), (problem.File, problem.Line));
        Assert.Contains("unknown field 'speaker'", problem.Message);
    }

    [Fact]
    public void A_missing_title_is_reported()
    {
        _folder.Replace(Program, "title: Will CAR T-Cell Therapy Work for Solid Tumor Cancers?\n", "");
        Assert.Contains(Problems(), p => p.File == Program && p.Message.Contains("'title' is missing"));
    }

    [Fact]
    public void A_missing_description_is_reported()
    {
        var text = File.ReadAllText(_folder.File(Program));
        _folder.Write(Program, text[..(text.LastIndexOf("---", StringComparison.Ordinal) + 3)]);
        Assert.Contains(Problems(), p => p.File == Program && p.Message.Contains("description is missing"));
    }

    [Fact]
    public void A_duplicate_id_names_both_files()
    {
        _folder.Write("programs/copy.md", File.ReadAllText(_folder.File(Program)));
        var problem = Assert.Single(Problems());
        Assert.Contains("programs/copy.md", problem.ToString());
        Assert.Contains(Program, problem.Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://site.example/video")]
    [InlineData("not a url")]
    [InlineData("//other.example/video")]
    public void A_bad_url_names_its_line(string url)
    {
        _folder.Replace(Program, "url: \"\"", $"url: \"{url}\"");
        var problem = Assert.Single(Problems());
        var urlLine = Array.FindIndex(File.ReadAllLines(_folder.File(Program)), line => line.StartsWith("url:", StringComparison.Ordinal)) + 1;
        Assert.Equal((Program, urlLine), (problem.File, problem.Line));
        Assert.Contains("url", problem.Message);
    }

    [Theory]
    [InlineData("https://site.example/videos/car-t")]
    [InlineData("videos/car-t")]
    [InlineData("/videos/car-t?from=bot")]
    public void Absolute_and_site_relative_urls_are_accepted(string url)
    {
        _folder.Replace(Program, "url: \"\"", $"url: \"{url}\"");
        Assert.NotNull(KnowledgeBaseLoader.Load(_folder.Path, out var problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void A_passage_without_text_names_its_heading_line()
    {
        _folder.Replace(Article, "Support during this difficult time is also available from patient groups.", "");
        _folder.Replace(Article, "ALL develops rapidly and so it is crucial that treatment starts as soon as possible. Once an ALL diagnosis has been made, you and your healthcare team will have to work together to quickly decide the most appropriate treatment decisions. ", "");
        var heading = Array.FindIndex(File.ReadAllLines(_folder.File(Article)), line => line.StartsWith("## Treatment and support")) + 1;
        Assert.Contains(Problems(), p => p.File == Article && p.Line == heading && p.Message.Contains("no text"));
    }

    [Fact]
    public void Passage_extras_for_a_heading_that_does_not_exist_are_reported()
    {
        _folder.Replace(Article, "  treatment-and-support:", "  treatment-and-suport:");
        Assert.Contains(Problems(), p => p.File == Article && p.Message.Contains("treatment-and-suport"));
    }

    [Fact]
    public void A_missing_wording_section_is_reported()
    {
        _folder.Replace("bot-wording.md", "## Goodbye", "## Farewell");
        var problems = Problems();
        Assert.Contains(problems, p => p.File == "bot-wording.md" && p.Message.Contains("'## Goodbye' is missing"));
        Assert.Contains(problems, p => p.File == "bot-wording.md" && p.Message.Contains("unknown section 'Farewell'"));
    }

    [Fact]
    public void A_broken_synonym_line_names_its_line()
    {
        File.AppendAllText(_folder.File("synonyms.txt"), "\nbone marrow,, marrow\n");
        var problem = Assert.Single(Problems());
        Assert.Equal("synonyms.txt", problem.File);
        Assert.Equal(File.ReadAllLines(_folder.File("synonyms.txt")).Length, problem.Line);
    }

    [Fact]
    public void A_missing_folder_or_file_is_reported()
    {
        File.Delete(_folder.File("bot-wording.md"));
        Directory.Delete(_folder.File("programs"), recursive: true);
        var problems = Problems();
        Assert.Contains(problems, p => p.File == "bot-wording.md");
        Assert.Contains(problems, p => p.File == "programs");
    }

    [Fact]
    public void Every_problem_is_listed_not_just_the_first()
    {
        _folder.Replace(Program, "speakers:", "speaker: [x]\nspeakers:");
        _folder.Replace("bot-wording.md", "## Goodbye", "## Farewell");
        Assert.True(Problems().Count >= 3);
    }

    [Fact]
    public void The_engine_refuses_to_load_an_invalid_knowledge_base()
    {
        _folder.Replace(Program, "speakers:", "speaker: [x]\nspeakers:");
        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeEngine.Load(new KnowledgeOptions(_folder.Path, null)));
        Assert.Contains($"{Program}:4:", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
