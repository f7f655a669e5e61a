using System.ComponentModel.DataAnnotations;

namespace AllBot.Insights;

/// <summary>
/// Configuration section <c>Insights</c>: the editors' insight store (README, "What the editors learn"). By default it
/// keeps counts only: outcomes, passages and programs shown, thumbs up and down, per day and channel. No user ids, no
/// message text.
/// </summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>False records nothing and opens no file.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SQLite file; a relative path is taken from the program's folder, where the build puts the app.</summary>
    [Required]
    public string Path { get; set; } = "data/insights.db";

    /// <summary>
    /// Off by default. On, the text of questions that got no answer, and the words people add to a thumbs up or down,
    /// are kept too, with e-mail addresses, phone numbers and long digit runs removed first, for
    /// <see cref="KeepDays"/> days.
    /// </summary>
    public bool KeepUnansweredQuestions { get; set; }

    /// <summary>Kept text older than this many days is deleted (checked at start and every hour).</summary>
    [Range(1, 365)]
    public int KeepDays { get; set; } = 30;

    /// <summary>
    /// Events waiting to be written. The store is written off the request path; when this many wait, new ones are
    /// dropped and counted rather than slowing a turn.
    /// </summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>The file's full path: relative paths are taken from the program's folder.</summary>
    public string ResolvePath() => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
