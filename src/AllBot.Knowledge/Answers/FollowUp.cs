using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// A message that builds on the previous answer: "tell me more", "is there a video about that?", "and how is it
/// treated?", "what about for children?". It is read with the previous question's words, so "that" finds what the
/// previous answer was about.
/// </summary>
public static partial class FollowUp
{
    /// <summary>A short message that leans on the one before: it points back ("it", "that") or goes on ("and ...", "what about ...").</summary>
    public static bool LeansOnPrevious(string text) =>
        WordCount(text) <= MaxWords && (PointsBack().IsMatch(text) || GoesOn().IsMatch(text) || BareVideoRequest().IsMatch(text) || BareWhy().IsMatch(text)
            || AboutTheVideo().IsMatch(text) || More().IsMatch(text));

    /// <summary>"what is this disease?", "how is it treated?": the message names what it asks about only by pointing back.</summary>
    public static bool PointsBackIn(string text) => PointsBack().IsMatch(text);

    /// <summary>
    /// <paramref name="text"/> with its first pointing-back word replaced by <paramref name="words"/>: "What are they?"
    /// with "lymphoblasts" is "What are lymphoblasts?".
    /// </summary>
    public static string PointBackTo(string text, string words) => PointsBack().Replace(text, words, 1);

    /// <summary>"tell me more", "go on", "more please": the next part of what was just answered.</summary>
    public static bool AsksForMore(string text) => WordCount(text) <= MaxWords && More().IsMatch(text);

    /// <summary>"can you say that more simply?", "explain it again", "in simpler words please": the previous answer, again.</summary>
    public static bool AsksAgain(string text) => WordCount(text) <= MaxWords && Again().IsMatch(text);

    private const int MaxWords = 12;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Names that stand for the illness already talked about: "the disease", "this condition".</summary>
    internal const string IllnessNames = "disease|illness|condition|sickness|cancer|leuka?emia";

    [GeneratedRegex(@"\b(?:it|its|it's|itself|that|this|them|they|those|these|one|ones|same)\b|\bthe (?:" + IllnessNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>"why?", "how come?", "really?": asks about what was just said.</summary>
    [GeneratedRegex(@"^\W*(?:why|how come|how so|really|but why|why is that|why so)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareWhy();

    /// <summary>"video?", "got a video?", "is there a video": asks for a video of what was just asked.</summary>
    [GeneratedRegex(@"^\W*(?:(?:is there|are there|do you have|have you got|you got|got|any|a|maybe a|can i see|can i watch|show me)\s+)?(?:a\s+|any\s+|some\s+)?(?:videos?|vids?|clips?|films?|talks?)\s*(?:pls|please|plz|too|as well|then)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareVideoRequest();

    /// <summary>"who is the speaker?", "what's the link?": asks about the video of what was just asked.</summary>
    [GeneratedRegex(@"^\W*(?:who(?:'s|s| is| are)? (?:the )?(?:speakers?|presenters?|hosts?|experts?)\b|who (?:speaks|talks|presents|is speaking|is talking|is in (?:it|the video)|gives the talk)\b|(?:what'?s|whats|what is) the link\b|(?:is there|got|send me|give me|can i have|can i get) (?:a |the )?link\b|where (?:can|do) i (?:watch|see|find) (?:it|the video|that)\b|how long is (?:it|the video|that)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheVideo();

    [GeneratedRegex(@"^\W*(?:(?:sorry|ok|okay|hmm|um),?\s+)?(?:(?:can|could|would) (?:you|u) |please |pls )?(?:(?:say|explain|put|tell me|word|repeat|write)(?:\s+(?:that|it|this))?(?:\s+(?:again|more simply|simpler|easier|more clearly|differently|another way|in (?:simpler|easier|plainer|plain|other|simple|easy) (?:words|english|terms|language)))|(?:say|explain|repeat) (?:that |it |this )?again|repeat (?:that|it|this)|(?:in )?(?:simpler|easier|plainer|plain|simple|easy) (?:words|english|terms|language)|simpler|more simply)(?:\s+(?:please|pls|plz))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Again();

    [GeneratedRegex(@"^\W*(?:and|so|also|then|but|what about|how about|and what about|what if|any|ok but|okay but|ok and)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    // "tell me more about it" asks for more; "tell me more about clinical trials" is a new question.
    [GeneratedRegex(@"^\W*(?:(?:(?:can you |could you |please )?tell me (?:a bit |a little )?more|(?:can you |could you |please )?explain (?:a bit |a little )?(?:more|further)(?:\s+(?:please|pls|plz))?\W*$|more (?:please|info|information|details)|go on|keep going|anything else|what else|continue)\b(?!\s+(?:about|on|regarding)\s+(?!(?:it|that|this|them|those|these)\b))|(?:and|more)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex More();
}
