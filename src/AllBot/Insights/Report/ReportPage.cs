using System.Globalization;
using System.Net;
using System.Text;

namespace AllBot.Insights.Report;

/// <summary>
/// The editors' report as one self-contained HTML page: charts as inline SVG (<see cref="ReportCharts"/>), tables of the
/// same figures, and, when kept, the unanswered questions grouped by wording. No script, no style sheet, image or
/// font from elsewhere: it opens from a file, offline, and requests nothing.
/// </summary>
public static class ReportPage
{
    /// <summary>The most shown (and rated) items charted.</summary>
    public const int TopItems = 10;

    public static string Render(InsightSummary summary, DateTimeOffset generated)
    {
        var days = $"{Date(summary.From)} to {Date(summary.To)}";
        var turns = summary.Days.Sum(d => d.Total);
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
            <title>AllBot insight report, {{days}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
            figure { margin: 1.5rem 0; } figure svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; } th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.75rem; text-align: left; }
            .note { color: #555; }
            </style>
            </head>
            <body>
            <h1>AllBot insight report</h1>
            <p>{{days}}: {{turns}} turns. Generated {{Encode(generated.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture))}}.</p>
            """);
        if (summary.Dropped > 0)
        {
            html.Append($"<p class=\"note\">{summary.Dropped} events were not recorded: the bot was busier than the store could keep up with.</p>");
        }

        html.Append("<h2>Outcomes</h2>").Append(Figure("Turns per day by outcome", ReportCharts.OutcomesPerDay(summary.Days)));
        html.Append(Table(["outcome", "turns"], ReportCharts.Outcomes.Select(o => new[] { o.Label, Count(summary.Days.Sum(d => d.Count(o.Outcome))) })));
        html.Append(Table(["channel", "turns"], summary.TurnsByChannel.Select(c => new[] { c.Key, Count(c.Value) })));
        html.Append(Figure("No-answer rate per day", ReportCharts.NoAnswerRate(summary.NoAnswerRate().ToList())));

        html.Append("<h2>What was shown</h2>");
        AppendItems(html, summary.Shown.Where(s => s.Kind == InsightStore.PassageKind).Take(TopItems).ToList(), "Most shown passages");
        AppendItems(html, summary.Shown.Where(s => s.Kind == InsightStore.ProgramKind).Take(TopItems).ToList(), "Most shown programs");

        html.Append("<h2>Thumbs up and down</h2>");
        var answers = summary.Ratings.FirstOrDefault(r => r.Kind == InsightStore.AnswerKind);
        html.Append($"<p>All answers: {answers?.Up ?? 0} thumbs up, {answers?.Down ?? 0} thumbs down.</p>");
        AppendRatings(html, summary.Ratings.Where(r => r.Kind == InsightStore.PassageKind).Take(TopItems).ToList(), "Thumbs per passage");
        AppendRatings(html, summary.Ratings.Where(r => r.Kind == InsightStore.ProgramKind).Take(TopItems).ToList(), "Thumbs per program");

        AppendKept(html, summary.Kept);
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendItems(StringBuilder html, IReadOnlyList<ItemCount> items, string title) =>
        AppendSection(html, title, items.Count, "None in these days.", () => Figure(title, ReportCharts.MostShown(title, items)));

    private static void AppendRatings(StringBuilder html, IReadOnlyList<ItemRating> items, string title) =>
        AppendSection(html, title, items.Count, "No ratings in these days.", () =>
            Figure(title, ReportCharts.Thumbs(title, items)) +
            Table(["id", "thumbs up", "thumbs down"], items.Select(i => new[] { i.Item, Count(i.Up), Count(i.Down) })));

    /// <summary>A heading, then the section's content, or a note when it has nothing to show.</summary>
    private static void AppendSection(StringBuilder html, string title, int count, string none, Func<string> content) =>
        html.Append($"<h3>{Encode(title)}</h3>").Append(count == 0 ? $"<p class=\"note\">{none}</p>" : content());

    private static void AppendKept(StringBuilder html, IReadOnlyList<KeptText> kept)
    {
        html.Append("<h2>Questions without an answer</h2>");
        var unanswered = kept.Where(k => k.Kind == TextKept.Unanswered).Select(k => k.Text).ToList();
        if (unanswered.Count == 0)
        {
            html.Append("<p class=\"note\">None kept. The text of questions is kept only when Insights:KeepUnansweredQuestions is on.</p>");
        }
        else
        {
            html.Append(Table(["asked", "question (and other wordings)"], QuestionGroups.Group(unanswered)
                .Select(g => new[] { Count(g.Count), g.OtherWordings.Count == 0 ? g.Example : $"{g.Example} ({string.Join("; ", g.OtherWordings)})" })));
        }
        var words = kept.Where(k => k.Kind == TextKept.Feedback).ToList();
        if (words.Count > 0)
        {
            html.Append("<h2>Words added to ratings</h2>").Append(Table(["day", "words"], words.Select(w => new[] { Date(w.Day), w.Text })));
        }
    }

    private static string Figure(string label, string svg)
    {
        // The XML declaration is not allowed inside HTML.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return $"<figure role=\"img\" aria-label=\"{Encode(label)}\">{svg[start..]}</figure>";
    }

    private static string Table(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var table = new StringBuilder("<table><thead><tr>");
        foreach (var header in headers) table.Append("<th>").Append(Encode(header)).Append("</th>");
        table.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            table.Append("<tr>");
            foreach (var cell in row) table.Append("<td>").Append(Encode(cell)).Append("</td>");
            table.Append("</tr>");
        }
        return table.Append("</tbody></table>").ToString();
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
