using Microsoft.Data.Sqlite;

namespace AllBot.Insights.Report;

/// <summary>Turns on one day, by outcome.</summary>
public sealed record DayOutcomes(DateOnly Day, IReadOnlyDictionary<string, long> Outcomes)
{
    public long Total => Outcomes.Values.Sum();

    public long Count(string outcome) => Outcomes.GetValueOrDefault(outcome);
}

/// <summary>How often a passage or program was shown.</summary>
public sealed record ItemCount(string Kind, string Item, long Count);

/// <summary>The thumbs up and down of an answer (<see cref="InsightStore.AnswerKind"/>, all answers), passage or program.</summary>
public sealed record ItemRating(string Kind, string Item, long Up, long Down);

/// <summary>Text kept with <see cref="InsightsOptions.KeepUnansweredQuestions"/>, scrubbed.</summary>
public sealed record KeptText(DateOnly Day, string Kind, string Text);

/// <summary>What the insight store holds for the days from <see cref="From"/> to <see cref="To"/>, for the report.</summary>
public sealed record InsightSummary(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DayOutcomes> Days,
    IReadOnlyDictionary<string, long> TurnsByChannel,
    IReadOnlyList<ItemCount> Shown,
    IReadOnlyList<ItemRating> Ratings,
    long Dropped,
    IReadOnlyList<KeptText> Kept)
{
    /// <summary>Every day of the range, days without turns included (so charts show the gaps).</summary>
    public static InsightSummary Read(InsightStore store, DateOnly from, DateOnly to)
    {
        var range = (From: InsightStore.Day(from), To: InsightStore.Day(to));
        var outcomes = Query(store, range, "SELECT day, outcome, SUM(count) FROM outcomes WHERE day BETWEEN $from AND $to GROUP BY day, outcome",
            r => (Day: DateOnly.Parse(r.GetString(0), System.Globalization.CultureInfo.InvariantCulture), Outcome: r.GetString(1), Count: r.GetInt64(2)));
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
            .Select(day => new DayOutcomes(day, outcomes.Where(o => o.Day == day).ToDictionary(o => o.Outcome, o => o.Count)))
            .ToList();
        var channels = Query(store, range, "SELECT channel, SUM(count) FROM outcomes WHERE day BETWEEN $from AND $to GROUP BY channel ORDER BY 2 DESC",
            r => (r.GetString(0), r.GetInt64(1))).ToDictionary();
        var shown = Query(store, range,
            "SELECT kind, item, SUM(count) FROM shown WHERE day BETWEEN $from AND $to GROUP BY kind, item ORDER BY 3 DESC, 2",
            r => new ItemCount(r.GetString(0), r.GetString(1), r.GetInt64(2)));
        var ratings = Query(store, range,
            "SELECT kind, item, SUM(up), SUM(down) FROM ratings WHERE day BETWEEN $from AND $to GROUP BY kind, item ORDER BY SUM(up) + SUM(down) DESC, 2",
            r => new ItemRating(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
        var dropped = Query(store, range, "SELECT COALESCE(SUM(count), 0) FROM dropped WHERE day BETWEEN $from AND $to", r => r.GetInt64(0)).Single();
        var kept = Query(store, range, "SELECT day, kind, text FROM kept_text WHERE day BETWEEN $from AND $to ORDER BY id",
            r => new KeptText(DateOnly.Parse(r.GetString(0), System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2)));
        return new InsightSummary(from, to, days, channels, shown, ratings, dropped, kept);
    }

    /// <summary>The share of turns that got no answer, per day (null on days without turns).</summary>
    public IEnumerable<(DateOnly Day, double? Rate)> NoAnswerRate() =>
        Days.Select(d => (d.Day, d.Total == 0 ? (double?)null : (double)d.Count("no_answer") / d.Total));

    private static List<T> Query<T>(InsightStore store, (string From, string To) range, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", range.From);
        command.Parameters.AddWithValue("$to", range.To);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
