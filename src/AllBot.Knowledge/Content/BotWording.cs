namespace AllBot.Knowledge.Content;

/// <summary>The bot's own words, written by the site's editors in knowledge-base/bot-wording.md.</summary>
public sealed record BotWording
{
    public required string BotName { get; init; }
    /// <summary>Said when a person joins, before the disclaimer.</summary>
    public required string Welcome { get; init; }
    /// <summary>General information, not medical advice.</summary>
    public required string Disclaimer { get; init; }
    /// <summary>Questions offered with the welcome (the first three are shown).</summary>
    public required IReadOnlyList<string> ExampleQuestions { get; init; }
    /// <summary>Topics offered as buttons with no-answer and small-talk replies.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
    public required string NoAnswer { get; init; }
    /// <summary>The fixed emergency reply.</summary>
    public required string Urgent { get; init; }
    /// <summary>The reply to a red flag whose level is "call the team now".</summary>
    public required string CallTeamNow { get; init; }
    /// <summary>The reply to a red flag whose level is "call the team today".</summary>
    public required string CallTeamToday { get; init; }
    /// <summary>
    /// The reply to thoughts of suicide or self-harm. <c>{listening-service}</c> stands for the configured listening
    /// service (Safety:ListeningService); the sentence that holds it is left out when none is configured.
    /// </summary>
    public required string SelfHarm { get; init; }
    /// <summary>One line that ends an answer to someone who describes a symptom that is not a red flag.</summary>
    public required string SafetyNet { get; init; }
    /// <summary>Said for an empty message or one with only attachments.</summary>
    public required string EmptyMessage { get; init; }
    /// <summary>Introduces the "did you mean" choices.</summary>
    public required string DidYouMean { get; init; }
    /// <summary>Asks which of two or three topics someone means, when the bot is not sure.</summary>
    public required string Clarify { get; init; }
    /// <summary>The last choice of a clarifying question; tapped, it gets the no-answer reply.</summary>
    public required string NoneOfThese { get; init; }
    /// <summary>Introduces follow-up questions when they need a message of their own.</summary>
    public required string FollowUps { get; init; }
    /// <summary>Introduces the video cards under an answer.</summary>
    public required string VideosIntro { get; init; }
    /// <summary>Said when something went wrong during a turn.</summary>
    public required string Error { get; init; }
    public required string Greeting { get; init; }
    public required string Thanks { get; init; }
    public required string Help { get; init; }
    public required string WhoAreYou { get; init; }
    public required string Goodbye { get; init; }
    /// <summary>Said to a message that only says how someone feels ("I'm so scared"): kind, and where support is.</summary>
    public required string Feelings { get; init; }
    /// <summary>Said to good news shared ("he finished his last chemo today, we're so happy").</summary>
    public required string GoodNews { get; init; }
    /// <summary>Said to an apology ("sorry, I typed it wrong", "sorry for my English").</summary>
    public required string Apology { get; init; }
    /// <summary>Said when someone tells the bot it got them wrong ("that's not what I asked", "you're useless").</summary>
    public required string NotUnderstood { get; init; }
}
