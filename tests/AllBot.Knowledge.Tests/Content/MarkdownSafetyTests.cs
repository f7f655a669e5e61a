using AllBot.Knowledge.Content;
using AllBot.Testing;

namespace AllBot.Knowledge.Tests.Content;

/// <summary>
/// What editors write is shown as Markdown in every channel, so the check refuses what no channel should render from
/// it: raw HTML, and links or images whose address runs script or carries data (javascript:, vbscript:, data:, file:).
/// </summary>
public sealed class MarkdownSafetyTests : IDisposable
{
    private const string Article = "articles/what-is-all.md";
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private const string Wording = "bot-wording.md";
    private readonly KnowledgeBaseFolder _folder = new();

    [Theory]
    [InlineData("Support during this difficult time <img src=x onerror=alert(1)> is also available")]
    [InlineData("Support during this difficult time <script>alert(1)</script> is also available")]
    [InlineData("Support during this difficult time <!-- hidden --> is also available")]
    public void Raw_html_in_a_passage_is_reported_with_its_file_and_line(string text)
    {
        _folder.Replace(Article, "Support during this difficult time is also available", text);

        var problem = Assert.Single(Problems());

        Assert.Equal((Article, LineOf(Article, text)), (problem.File, problem.Line));
        Assert.Contains("HTML", problem.Message);
    }

    [Fact]
    public void An_html_block_in_a_program_description_is_reported()
    {
        File.AppendAllText(_folder.File(Program), "\n<div onclick=\"steal()\">Watch</div>\n");

        var problem = Assert.Single(Problems());

        Assert.Equal((Program, LineOf(Program, "<div")), (problem.File, problem.Line));
        Assert.Contains("HTML", problem.Message);
    }

    [Theory]
    [InlineData("[our team](javascript:alert(1))")]
    [InlineData("[our team](JavaScript:alert(1))")]
    [InlineData("[our team]( javascript:alert(1) )")]
    [InlineData("[our team](vbscript:msgbox)")]
    [InlineData("[our team](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[our team](file:///etc/passwd)")]
    [InlineData("![a picture](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[our team][ref]\n\n[ref]: javascript:alert(1)")]
    public void A_script_or_data_link_in_the_wording_is_reported(string link)
    {
        _folder.Replace(Wording, "please talk to your treatment team.", $"please talk to {link}.");

        var problem = Assert.Single(Problems());

        Assert.Equal(Wording, problem.File);
        Assert.Equal(LineOf(Wording, "please talk to"), problem.Line);
        Assert.Contains("link", problem.Message);
    }

    [Theory]
    [InlineData("[our team](https://www.example.org/team)")]
    [InlineData("[our videos](videos/car-t)")]
    [InlineData("[our videos](/videos/car-t?from=bot#top)")]
    [InlineData("<https://www.example.org/team>")]
    [InlineData("[write to us](mailto:help@example.org)")]
    [InlineData("[call us](tel:+441234567890)")]
    [InlineData("a < b and b > c, with `<code>` in backticks")]
    public void Web_site_mail_and_phone_links_and_plain_text_are_accepted(string text)
    {
        _folder.Replace(Wording, "please talk to your treatment team.", $"please talk to {text}.");

        Assert.NotNull(KnowledgeBaseLoader.Load(_folder.Path, out var problems));
        Assert.Empty(problems);
    }

    private IReadOnlyList<ContentProblem> Problems()
    {
        var content = KnowledgeBaseLoader.Load(_folder.Path, out var problems);
        Assert.Null(content);
        return problems;
    }

    private int LineOf(string relativePath, string text) =>
        Array.FindIndex(File.ReadAllLines(_folder.File(relativePath)), line => line.Contains(text.Split('\n')[0], StringComparison.Ordinal)) + 1;

    public void Dispose() => _folder.Dispose();
}
