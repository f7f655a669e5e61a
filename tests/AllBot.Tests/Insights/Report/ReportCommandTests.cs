using System.Text.RegularExpressions;
using AllBot.Cli;
using AllBot.Insights;
using Microsoft.Extensions.Configuration;

namespace AllBot.Tests.Insights.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("allbot-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string StorePath => Path.Combine(folder, "insights.db");

    private static IConfiguration Settings(string path) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Insights:Path"] = path }).Build();

    private void Fill()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var store = InsightStore.OpenForWriting(StorePath);
        store.Write([
            new TurnRecorded(today, "webchat", "answer", ["what-all-is"], ["car-t"]),
            new TurnRecorded(today.AddDays(-2), "msteams", "no_answer", [], []),
            new TurnRecorded(today.AddDays(-2), "msteams", "urgent", [], []),
            new RatingRecorded(today, "webchat", ["what-all-is"], ["car-t"], Like: true, Replaces: null),
            new TextKept(today, "webchat", TextKept.Unanswered, "can my dog catch leukaemia"),
            new TextKept(today, "webchat", TextKept.Unanswered, "could dogs catch leukaemia"),
        ], 0, today, text => text);
    }

    [Fact]
    public void The_report_is_one_page_with_its_charts_inline_and_nothing_to_fetch()
    {
        Fill();
        var file = Path.Combine(folder, "report.html");

        var exit = ReportCommand.Run(Settings(StorePath), ["--days", "7", "--out", file], TextWriter.Null, TimeProvider.System);

        Assert.Equal(0, exit);
        var html = File.ReadAllText(file);
        Assert.Equal(6, Regex.Matches(html, "<svg").Count);
        Assert.DoesNotMatch(@"(src|href)\s*=", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("what-all-is", html);
        Assert.Contains("car-t", html);
        Assert.Matches(@"<td>2</td><td>can my dog catch leukaemia \(could dogs catch leukaemia\)</td>", html);
    }

    [Fact]
    public void Without_a_store_the_report_says_where_it_looked_and_creates_nothing()
    {
        var error = Assert.Throws<UsageException>(() =>
            ReportCommand.Run(Settings(StorePath), ["--out", Path.Combine(folder, "r.html")], TextWriter.Null, TimeProvider.System));

        Assert.Contains(StorePath, error.Message);
        Assert.False(File.Exists(StorePath));
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    [InlineData("--colour", "red")]
    public void Wrong_options_are_a_usage_error(string option, string value)
    {
        Fill();

        Assert.Throws<UsageException>(() => ReportCommand.Run(Settings(StorePath), [option, value], TextWriter.Null, TimeProvider.System));
    }
}
