using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// Tells a message's questions from what is said around them: "Good evening. I am his grandmother and was too upset
/// to ask. Would you kindly tell me what ALL is?" asks the last sentence; the others are context. A sentence asks
/// when it ends with a question mark, opens like a question or goes on from one ("also ...", "and is there ..."), or
/// asks for something ("any tips?"); when none does, the last sentence is the question.
/// </summary>
public static partial class MessageSentences
{
    /// <summary>The questions (in order) and the context; the context is empty for a one-sentence message.</summary>
    public static (string Questions, string Context) Split(string text)
    {
        var sentences = Of(text).SelectMany(Clauses).ToList();
        if (sentences.Count < 2) return (text, "");
        var asking = sentences.Where(s => s.EndsWith('?') || Opener().IsMatch(s)).ToList();
        if (asking.Count == 0) asking = [sentences[^1]];
        var context = sentences.Where(s => !asking.Contains(s)).ToList();
        return (string.Join(' ', asking), string.Join(' ', context));
    }

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    private static IReadOnlyList<string> Of(string text) =>
        Sentence().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>
    /// A sentence that asks in one clause and tells in the other, split at the comma between them: "where can I get
    /// support, I feel so alone" asks the first; "my daughter has ALL, should we look at a trial?" the second.
    /// </summary>
    private static IEnumerable<string> Clauses(string sentence)
    {
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return [sentence];
        var (first, second) = (sentence[..comma].Trim(), sentence[(comma + 1)..].Trim());
        var asksThenTells = Opener().IsMatch(first) && Statement().IsMatch(second) && !Opener().IsMatch(second);
        // "my granddaughter has low platelets, what does that mean": a question that points back stays with what it
        // points at, so the words it asks about are read, known or not.
        var tellsThenAsks = Statement().IsMatch(first) && Opener().IsMatch(second) && !FollowUp.PointsBackIn(second);
        return asksThenTells || tellsThenAsks ? [first, second] : [sentence];
    }

    [GeneratedRegex(@"^\W*(?:i|i'm|im|i've|ive|we|we're|were|my|our|he|he's|hes|she|she's|shes|they|they're|theyre|it's|its)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();

    /// <summary>
    /// The last words put in quotes ("the consultant keeps saying 'lymphoblasts'", "it is 'A.L.L.'"): people quote the
    /// word they did not understand. Null when there are none.
    /// </summary>
    public static string? Quoted(string text) =>
        QuotedWords().Matches(text) is { Count: > 0 } quoted ? quoted[^1].Groups["q"].Value : null;

    [GeneratedRegex(@"(?:^|[\s(])['""](?<q>[A-Za-z][\w .-]{0,40}?)['""](?=[\s.,!?;:)]|$)")]
    private static partial Regex QuotedWords();

    /// <summary>
    /// A sentence: up to . ! or ? A decimal point stays inside ("38.5"), and so do initials ("what A.L.L. is"), unless a
    /// question or "I", "my" starts after them ("he has A.L.L. what is that?").
    /// </summary>
    [GeneratedRegex(@"(?:[^.!?]|\.(?=\d)|(?<=(?:^|[^\p{L}])\p{L})\.(?!\s+(?:what|whats|how|why|where|when|who|which|can|could|do|does|did|i|we|my|our|please|tell)\b))+(?:[.!?]+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^\W*(?:(?:and|also|plus|so|but|ok|okay|oh|then|p\.?s\.?)\W+)*(?:what|whats|what's|how|why|where|when|who|which|is|are|can|could|do|does|did|will|would|should|tell me|explain|any|also|plus|please|help|i want to know|i'd like to know|i would like to know|i need to know|looking for)\b|\b(?:any (?:tips|advice|ideas|help|videos?|info)|please)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();
}
