using System.Text.RegularExpressions;
using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Search;

/// <summary>
/// The terms a passage defines, read from how definitions are written: "Acute lymphoblastic leukaemia (ALL) is a form
/// of blood cancer" defines the name and its abbreviation, "a type of cell called a lymphoblast" defines lymphoblast.
/// Several passages may use a word; the one that says what it is answers "what is it?". Read from the text itself,
/// so an editor's new passage needs no extra markup.
/// </summary>
public static partial class DefinedTerms
{
    /// <summary>Each defined term of <paramref name="text"/>, as analysed terms.</summary>
    public static IReadOnlyList<string[]> In(string text, PatientAnalyzer analyzer)
    {
        var defined = new List<string[]>();
        void Add(string words)
        {
            string[] terms = [.. analyzer.Terms(words).Select(t => t.Term)];
            if (terms.Length > 0 && !defined.Any(d => d.SequenceEqual(terms))) defined.Add(terms);
        }
        foreach (Match match in IsA().Matches(text))
        {
            Add(match.Groups["name"].Value);
            if (match.Groups["short"].Success) Add(match.Groups["short"].Value);
        }
        foreach (Match match in Called().Matches(text)) Add(match.Groups["name"].Value);
        return defined;
    }

    /// <summary>"X is a ...", "X (ABBR) is a ...", "X are ..." at the start of a sentence.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<name>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)\s*(?:\((?<short>[A-Z][A-Za-z.]{1,8})\))?\s+(?:is|are)\s+(?:a|an|the|one)\s", RegexOptions.Multiline)]
    private static partial Regex IsA();

    /// <summary>"... called a lymphoblast", "known as the marrow".</summary>
    [GeneratedRegex(@"\b(?:called|known as|named)\s+(?:a |an |the )?(?<name>[\w-]+(?:\s+[\w-]+)?)\b(?=\s*[.,;:!?)]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Called();
}
