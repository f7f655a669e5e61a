using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>The kinds of small talk the editors write replies for.</summary>
public enum SmallTalk
{
    None,
    Greeting,
    Thanks,
    Help,
    WhoAreYou,
    Goodbye,
}

/// <summary>
/// Recognises greetings, thanks, "what can you do?", "who are you?" and goodbyes at the start of a message.
/// A message that goes on to ask something ("hi, what is ALL?") is not small talk: the caller checks the rest
/// with <see cref="AsksMore"/> and searches when it holds a question.
/// </summary>
public static partial class SmallTalkClassifier
{
    private static readonly (SmallTalk Kind, Regex Pattern)[] Rules =
    [
        (SmallTalk.Help, Help()),
        (SmallTalk.WhoAreYou, WhoAreYou()),
        (SmallTalk.Goodbye, Goodbye()),
        (SmallTalk.Thanks, Thanks()),
        (SmallTalk.Greeting, Greeting()),
    ];

    /// <summary>The kind of small talk <paramref name="text"/> opens with, and what follows it.</summary>
    public static (SmallTalk Kind, string Remainder) Classify(string text)
    {
        var plain = Punctuation().Replace(text.ToLowerInvariant(), " ").Trim();
        foreach (var (kind, pattern) in Rules)
        {
            var match = pattern.Match(plain);
            if (match.Success) return (kind, plain[match.Length..].Trim());
        }
        return (SmallTalk.None, plain);
    }

    /// <summary>True when what follows the small talk asks something, so it should be answered instead.</summary>
    public static bool AsksMore(string original, string remainder) =>
        remainder.Length > 0 && (original.Contains('?') || QuestionStart().IsMatch(remainder));

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(hi|hii+|hello|helo|hallo|hey|heya|hiya|howdy|greetings|yo|good (morning|afternoon|evening|day))( there| all| everyone| allbot| bot)?\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(thanks|thank you|thank u|thankyou|thx|ty|cheers|many thanks|ta)( so much| very much| a lot| again)?\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(help( me)?( please)?|what can you (do|help with|tell me)|what do you do|how (do|does) (you|this|it) work|what can i ask( you)?|what (do|can) you know( about)?|how can you help( me)?|what are you for|menu|options)$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(who are you|what are you|who is this|are you (a |an )?(bot|robot|human|person|real|computer|ai|real person|machine)|who made you|what('s| is) your name|whats your name)$")]
    private static partial Regex WhoAreYou();

    [GeneratedRegex(@"^(bye|bye bye|goodbye|good bye|see you|see ya|cya|farewell|good night|goodnight|that's all|thats all)\b")]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"^(what|whats|what's|how|why|when|where|who|which|is|are|can|could|do|does|did|will|would|should|tell|explain)\b")]
    private static partial Regex QuestionStart();
}
