using System.Globalization;
using ScottPlot;

namespace AllBot.Insights.Report;

/// <summary>
/// The report's charts, drawn by ScottPlot as SVG text to put inside the page: no image files, no scripts, nothing
/// fetched from elsewhere.
/// </summary>
public static class ReportCharts
{
    private const int Width = 760;

    /// <summary>Outcomes in the order they are stacked, with their colours.</summary>
    public static readonly IReadOnlyList<(string Outcome, string Label, Color Color)> Outcomes =
    [
        ("answer", "answered", Color.FromHex("#2a7d2e")),
        ("clarify", "asked which topic", Color.FromHex("#7a5cc2")),
        ("no_answer", "no answer", Color.FromHex("#c9472b")),
        ("urgent", "urgent", Color.FromHex("#b3001b")),
        ("smalltalk", "small talk", Color.FromHex("#7f8c8d")),
    ];

    /// <summary>Stacked bars: each day's turns by outcome.</summary>
    public static string OutcomesPerDay(IReadOnlyList<DayOutcomes> days)
    {
        var plot = NewPlot("Turns per day, by outcome", "turns");
        var bars = new List<Bar>();
        for (var i = 0; i < days.Count; i++)
        {
            double stacked = 0;
            foreach (var (outcome, _, color) in Outcomes)
            {
                var count = days[i].Count(outcome);
                if (count == 0) continue;
                bars.Add(new Bar { Position = i, ValueBase = stacked, Value = stacked + count, FillColor = color, LineWidth = 0 });
                stacked += count;
            }
        }
        plot.Add.Bars(bars);
        foreach (var (_, label, color) in Outcomes) plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        plot.ShowLegend(Edge.Right);
        DayTicks(plot, days.Select(d => d.Day).ToList());
        plot.Axes.Margins(bottom: 0);
        // Every day of the range has its place, days without turns included.
        plot.Axes.SetLimitsX(-0.5, Math.Max(days.Count - 0.5, 0.5));
        return plot.GetSvgXml(Width, 320);
    }

    /// <summary>A line: the share of each day's turns that got no answer (days without turns left out).</summary>
    public static string NoAnswerRate(IReadOnlyList<(DateOnly Day, double? Rate)> rates)
    {
        var plot = NewPlot("No-answer rate per day", "% of turns");
        var points = rates.Select((r, i) => (X: (double)i, r.Rate)).Where(p => p.Rate is not null).ToList();
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Rate!.Value * 100).ToArray());
        line.Color = Color.FromHex("#c9472b");
        line.LineWidth = 2;
        line.MarkerSize = 6;
        DayTicks(plot, rates.Select(r => r.Day).ToList());
        plot.Axes.SetLimitsY(0, 100);
        plot.Axes.SetLimitsX(-0.5, Math.Max(rates.Count - 0.5, 0.5));
        return plot.GetSvgXml(Width, 260);
    }

    /// <summary>Horizontal bars: how often each of the most shown items was shown.</summary>
    public static string MostShown(string title, IReadOnlyList<ItemCount> items)
    {
        var plot = NewPlot(title, "times shown");
        var bars = items.Select((item, i) => new Bar
        {
            Position = items.Count - 1 - i, Value = item.Count, FillColor = Color.FromHex("#0b5cad"), LineWidth = 0,
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        ItemTicks(plot, items.Select(i => i.Item).ToList());
        plot.Axes.Margins(left: 0);
        return plot.GetSvgXml(Width, 100 + 28 * items.Count);
    }

    /// <summary>Horizontal bars side by side: thumbs up and down of each rated item.</summary>
    public static string Thumbs(string title, IReadOnlyList<ItemRating> items)
    {
        var plot = NewPlot(title, "ratings");
        var up = Color.FromHex("#2a7d2e");
        var down = Color.FromHex("#c9472b");
        var bars = new List<Bar>();
        for (var i = 0; i < items.Count; i++)
        {
            var position = items.Count - 1 - i;
            bars.Add(new Bar { Position = position + 0.2, Value = items[i].Up, FillColor = up, Size = 0.4, LineWidth = 0 });
            bars.Add(new Bar { Position = position - 0.2, Value = items[i].Down, FillColor = down, Size = 0.4, LineWidth = 0 });
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "thumbs up", FillColor = up });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "thumbs down", FillColor = down });
        plot.ShowLegend(Edge.Right);
        ItemTicks(plot, items.Select(i => i.Item).ToList());
        plot.Axes.Margins(left: 0);
        return plot.GetSvgXml(Width, 100 + 34 * items.Count);
    }

    private static Plot NewPlot(string title, string valueLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Left.Label.Text = valueLabel;
        return plot;
    }

    /// <summary>Items down the left, counts along the bottom.</summary>
    private static void ItemTicks(Plot plot, IReadOnlyList<string> items)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < items.Count; i++) ticks.AddMajor(items.Count - 1 - i, items[i]);
        plot.Axes.Bottom.Label.Text = plot.Axes.Left.Label.Text;
        plot.Axes.Left.Label.Text = "";
        plot.Axes.Left.TickGenerator = ticks;
    }

    /// <summary>About eight date labels under the bars, whatever the number of days.</summary>
    private static void DayTicks(Plot plot, IReadOnlyList<DateOnly> days)
    {
        var step = Math.Max(1, (int)Math.Ceiling(days.Count / 8.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < days.Count; i += step) ticks.AddMajor(i, days[i].ToString("d MMM", CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = ticks;
    }
}
