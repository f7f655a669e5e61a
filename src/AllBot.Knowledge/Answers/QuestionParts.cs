using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// Splits a message that asks two things ("what is a lymphoblast, and is there a video about trials?") into its
/// questions, at a question mark with more after it, or at "and" or "also" before a new question. At most
/// <see cref="MaxParts"/>: what follows the second question stays with it.
/// </summary>
public static partial class QuestionParts
{
    public const int MaxParts = 2;

    /// <summary>The questions of <paramref name="text"/> in order; one part when it asks one thing.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var match = Boundary().Match(text);
        if (!match.Success) return [text];
        var first = text[..match.Index].Trim(' ', ',', ';');
        var second = text[(match.Index + match.Length)..].Trim(' ', ',', ';');
        // "my nephew had ALL as a child, can it come back?" is one question with its context before the comma.
        if (match.Groups["comma"].Success && !Asks().IsMatch(first)) return [text];
        // "ok and what goes wrong with them?" asks one thing: "ok" is no question of its own.
        if (OnlyFiller().IsMatch(first)) return [text];
        return first.Length == 0 || second.Length == 0 ? [text] : [first, second];
    }

    /// <summary>
    /// A question mark followed by more, a "+" or "&amp;", a comma before an inverted question ("..., can he come home
    /// first?"), or "and"/"also"/"plus" before a question word or an asking "should I", "will it".
    /// </summary>
    [GeneratedRegex(@"\?+\s*(?=\S)|\s+[+&]\s+|(?<comma>[,;])\s+(?=(?:can|could|should|will|would|is|are|do|does|must)\s+(?:i|he|she|we|they|you|u|it|my \w+)\s)|[,;]?\s+(?:and|also|plus|and also)\s+(?=(?:what|whats|what's|how|where|why|when|who|which|is|are|can|could|do|does|did|any|anything|is there|are there|tell me|i'd like|i would like|have you got|have you|do you have|you got|got any|(?:should|will|would|shall|must)\s+(?:i|we|he|she|they|you|it|my \w+))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\W*(?:(?:ok|okay|oh|ah|so|well|right|alright|yes|yeah|yep|no|nope|hmm+|and|but|then|thanks|thank you|great|cool)\W*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyFiller();

    [GeneratedRegex(@"^\W*(?:what|whats|what's|how|why|where|when|who|which|is|are|can|could|do|does|did|will|would|should|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();
}
