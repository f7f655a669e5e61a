using System.Text.RegularExpressions;
using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Search;

/// <summary>
/// What a text says the causes of: "this is what causes the symptoms of ALL" speaks of the causes of symptoms, not of
/// ALL. "What causes ALL?" is answered only by a passage or program that says what causes ALL; one that only uses the
/// word "causes" about something else does not answer it, however many of the question's words it holds.
/// </summary>
public static partial class CauseStatements
{
    /// <summary>The analysed head word of each thing <paramref name="text"/> names a cause of.</summary>
    public static IReadOnlySet<string> In(string text, PatientAnalyzer analyzer)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Causes().Matches(text))
        {
            if (analyzer.Terms(match.Groups["head"].Value).FirstOrDefault() is { Term: { } term }) heads.Add(term);
        }
        return heads;
    }

    /// <summary>"causes (of) the X", "cause of X", "X is caused by", "risk factors for X".</summary>
    [GeneratedRegex(@"\b(?:caus(?:e|es|ed|ing)|triggers?|risk factors?)\s+(?:of\s+|for\s+)?(?:the\s+|a\s+|an\s+)?(?<head>[\w-]+)|\b(?<head>[\w-]+)\s+(?:is|are|was|were)\s+(?:caused|triggered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Causes();
}
