using System.Text.RegularExpressions;

namespace AllBot.Insights.Report;

/// <summary>Questions asked in similar words, with how often; <see cref="Example"/> is the wording asked most.</summary>
public sealed record QuestionGroup(string Example, int Count, IReadOnlyList<string> OtherWordings);

/// <summary>
/// Groups unanswered questions by similar wording, so editors see what is asked often rather than one line per
/// message: two questions are alike when most of their content words (small words left out, plurals folded) are the
/// same. Greedy and quadratic in the number of groups, which stays small for a report's days.
/// </summary>
public static partial class QuestionGroups
{
    /// <summary>Two questions whose content words overlap at least this much (Jaccard) are one group.</summary>
    public const double Likeness = 0.5;

    private static readonly HashSet<string> SmallWords =
    [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "about", "is", "are", "was", "be",
        "do", "does", "did", "can", "could", "will", "would", "should", "i", "my", "me", "we", "you", "your", "he", "she",
        "his", "her", "it", "its", "they", "their", "what", "how", "why", "when", "where", "who", "which", "there", "this",
        "that", "if", "so", "please", "any", "get", "have", "has",
    ];

    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<string> questions)
    {
        var groups = new List<(HashSet<string> Words, List<string> Questions)>();
        foreach (var question in questions)
        {
            var words = ContentWords(question);
            var home = groups.FirstOrDefault(g => Jaccard(g.Words, words) >= Likeness);
            if (home.Questions is null) groups.Add((words, [question]));
            else home.Questions.Add(question);
        }
        return groups
            .Select(g =>
            {
                var wordings = g.Questions.GroupBy(q => q.Trim(), StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(w => w.Count()).Select(w => w.Key).ToList();
                return new QuestionGroup(wordings[0], g.Questions.Count, wordings.Skip(1).Take(3).ToList());
            })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Example, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static HashSet<string> ContentWords(string question) =>
        Word().Matches(question.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => !SmallWords.Contains(w))
            .Select(w => w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
