using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AllBot.Insights;

/// <summary>
/// The SQLite file behind the insight store: counts per day and channel (outcomes, passages and programs shown,
/// ratings, events dropped) and, only when an operator turns it on, scrubbed text. One writer
/// (<see cref="InsightWriter"/>); the report reads it, also while the bot runs (write-ahead log).
/// </summary>
public sealed class InsightStore : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS outcomes (day TEXT NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL,
            count INTEGER NOT NULL, PRIMARY KEY (day, channel, outcome)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS shown (day TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL,
            count INTEGER NOT NULL, PRIMARY KEY (day, channel, kind, item)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ratings (day TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL,
            up INTEGER NOT NULL, down INTEGER NOT NULL, PRIMARY KEY (day, channel, kind, item)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dropped (day TEXT NOT NULL PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS kept_text (id INTEGER PRIMARY KEY, day TEXT NOT NULL, channel TEXT NOT NULL,
            kind TEXT NOT NULL, text TEXT NOT NULL);
        """;

    /// <summary>What an answer's rating counts as besides its passages and programs (<c>ratings.kind</c>).</summary>
    public const string AnswerKind = "answer";
    public const string PassageKind = "passage";
    public const string ProgramKind = "program";

    private InsightStore(SqliteConnection connection) => Connection = connection;

    internal SqliteConnection Connection { get; }

    /// <summary>Opens (and creates, with its folder) the store for writing.</summary>
    public static InsightStore OpenForWriting(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, null, Schema);
        return new InsightStore(connection);
    }

    /// <summary>Opens an existing store read-only.</summary>
    /// <exception cref="FileNotFoundException">There is no store at <paramref name="path"/>.</exception>
    public static InsightStore OpenForReading(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No insight store at {path}.", path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return new InsightStore(connection);
    }

    /// <summary>
    /// Writes a batch in one transaction, its counts summed first (a busy minute is a few statements, not one per
    /// turn); <paramref name="scrub"/> cleans kept text first.
    /// </summary>
    public void Write(IReadOnlyList<InsightEvent> batch, long dropped, DateOnly today, Func<string, string> scrub)
    {
        var outcomes = new Dictionary<(string Day, string Channel, string Outcome), long>();
        var shown = new Dictionary<(string Day, string Channel, string Kind, string Item), long>();
        using var transaction = Connection.BeginTransaction();
        foreach (var insight in batch)
        {
            var day = Day(insight.Day);
            switch (insight)
            {
                case TurnRecorded turn:
                    Add(outcomes, (day, turn.Channel, turn.Outcome));
                    foreach (var id in turn.PassageIds) Add(shown, (day, turn.Channel, PassageKind, id));
                    foreach (var id in turn.ProgramIds) Add(shown, (day, turn.Channel, ProgramKind, id));
                    break;
                case RatingRecorded rating:
                    Rate(transaction, day, rating, AnswerKind, "");
                    foreach (var id in rating.PassageIds) Rate(transaction, day, rating, PassageKind, id);
                    foreach (var id in rating.ProgramIds) Rate(transaction, day, rating, ProgramKind, id);
                    break;
                case TextKept kept:
                    Execute(Connection, transaction, "INSERT INTO kept_text (day, channel, kind, text) VALUES ($day, $channel, $a, $b)",
                        day, kept.Channel, kept.Kind, scrub(kept.Text));
                    break;
            }
        }
        foreach (var ((day, channel, outcome), count) in outcomes)
        {
            Execute(Connection, transaction, "INSERT INTO outcomes VALUES ($day, $channel, $a, $n) ON CONFLICT DO UPDATE SET count = count + excluded.count",
                day, channel, outcome, n: count);
        }
        foreach (var ((day, channel, kind, item), count) in shown)
        {
            Execute(Connection, transaction, "INSERT INTO shown VALUES ($day, $channel, $a, $b, $n) ON CONFLICT DO UPDATE SET count = count + excluded.count",
                day, channel, kind, item, count);
        }
        if (dropped > 0)
        {
            Execute(Connection, transaction, "INSERT INTO dropped VALUES ($day, $n) ON CONFLICT DO UPDATE SET count = count + excluded.count",
                Day(today), n: dropped);
        }
        transaction.Commit();
    }

    private static void Add<TKey>(Dictionary<TKey, long> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Deletes kept text written before <paramref name="day"/>; all of it when null.</summary>
    /// <returns>How many were deleted.</returns>
    public int DeleteKeptText(DateOnly? day)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = day is null ? "DELETE FROM kept_text" : "DELETE FROM kept_text WHERE day < $day";
        if (day is { } before) command.Parameters.AddWithValue("$day", Day(before));
        return command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Rate(SqliteTransaction transaction, string day, RatingRecorded rating, string kind, string id)
    {
        // The latest rating counts; one it replaces is taken back.
        var up = (rating.Like ? 1 : 0) - (rating.Replaces == true ? 1 : 0);
        var down = (rating.Like ? 0 : 1) - (rating.Replaces == false ? 1 : 0);
        Execute(Connection, transaction,
            "INSERT INTO ratings VALUES ($day, $channel, $a, $b, $up, $down) ON CONFLICT DO UPDATE SET up = up + $up, down = down + $down",
            day, rating.Channel, kind, id, null, up, down);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql,
        string? day = null, string? channel = null, string? a = null, string? b = null, long? n = null, long? up = null, long? down = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object?)[] { ("$day", day), ("$channel", channel), ("$a", a), ("$b", b), ("$n", n), ("$up", up), ("$down", down) })
        {
            if (value is not null) command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
