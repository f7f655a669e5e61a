using AllBot.Knowledge.Answers;

namespace AllBot.Replies;

/// <summary>
/// What the bot says in one turn, before any channel is chosen: no activities, cards or entities, only what is said and
/// in which order. A renderer per channel family turns it into activities (<see cref="Channels.ReplyRenderers"/>).
/// Said in this order: <see cref="Text"/> or the <see cref="Passages"/>, the <see cref="Videos"/>, the
/// <see cref="Choices"/>, the <see cref="SafetyNet"/>; the <see cref="FollowUps"/> are offered after the last.
/// </summary>
/// <param name="Text">What is said first when there is no passage (welcome, urgent reply, no answer, small talk, clarify).</param>
/// <param name="Passages">The passages that answer the question, in order, each with its own source.</param>
/// <param name="Videos">Video programs that help, with the sentence that introduces them.</param>
/// <param name="Choices">"Did you mean" choices, with the sentence that asks.</param>
/// <param name="SafetyNet">The editors' safety-net line, said last and on its own.</param>
/// <param name="FollowUps">Questions the person can tap next, best first.</param>
/// <param name="FollowUpPrompt">Introduces the follow-ups where they need a message of their own.</param>
/// <param name="Rated">Set on answers only: the answer asks for thumbs up or down, and this is what they rate.</param>
public sealed record ReplyPlan(
    string? Text,
    IReadOnlyList<CitedPassage> Passages,
    VideoList? Videos,
    ChoiceList? Choices,
    string? SafetyNet,
    IReadOnlyList<Choice> FollowUps,
    string FollowUpPrompt,
    RatedAnswer? Rated)
{
    /// <summary>
    /// The last follow-up is the way out of a question the bot asked ("none of these"): a channel that shows fewer
    /// follow-ups than the plan has drops others before it.
    /// </summary>
    public bool LastFollowUpIsWayOut { get; init; }

    /// <summary>The follow-ups a channel that shows at most <paramref name="max"/> of them offers.</summary>
    public IEnumerable<Choice> FollowUpsShown(int max) =>
        FollowUps.Count <= max || !LastFollowUpIsWayOut || max < 1
            ? FollowUps.Take(max)
            : FollowUps.Take(max - 1).Append(FollowUps[^1]);

    /// <summary>One text, then the follow-ups.</summary>
    public static ReplyPlan Said(string text, IReadOnlyList<Choice> followUps, string followUpPrompt) =>
        new(text, [], null, null, null, followUps, followUpPrompt, null);
}

/// <summary>A passage of the site's text and where it comes from.</summary>
/// <param name="Source">The article's title.</param>
/// <param name="Url">The article's address; null when the editors have not given one.</param>
public sealed record CitedPassage(string Id, string Text, string Source, string? Url);

/// <summary>Video programs and the sentence that introduces them.</summary>
public sealed record VideoList(string Intro, IReadOnlyList<VideoResult> Programs);

/// <summary>Buttons the person chooses from, and the sentence that asks.</summary>
public sealed record ChoiceList(string Prompt, IReadOnlyList<Choice> Choices);

/// <summary>A button that sends <paramref name="Value"/> as the person's next message when tapped.</summary>
/// <param name="Label">What the button shows.</param>
/// <param name="Value">What tapping it sends.</param>
public sealed record Choice(string Label, string Value)
{
    public static Choice Of(string question) => new(question, question);
}

/// <summary>
/// What a thumbs up or down on an answer rates: the passages and programs it showed. <see cref="Id"/> is random and
/// names this answer alone, so a rating can be traced back to it without anything the person typed.
/// </summary>
public sealed record RatedAnswer(string Id, IReadOnlyList<string> PassageIds, IReadOnlyList<string> ProgramIds);
