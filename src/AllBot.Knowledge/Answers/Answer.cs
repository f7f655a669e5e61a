using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Answers;

/// <summary>What kind of reply the pipeline chose; the channels shape each kind differently.</summary>
public enum AnswerKind
{
    /// <summary>Passages and/or videos that answer the question.</summary>
    Answer,
    /// <summary>Nothing relevant: say so kindly and offer topics.</summary>
    NoAnswer,
    /// <summary>A red flag: the fixed emergency reply, nothing else.</summary>
    Urgent,
    /// <summary>Greeting, thanks, help, who are you, goodbye.</summary>
    SmallTalk,
    /// <summary>On topic, but not sure which topic: "Are you asking about ...?" with the choices in <see cref="Answer.Alternatives"/>.</summary>
    Clarify,
}

/// <summary>The pipeline's reply to one message. Lists are best first and never null.</summary>
/// <param name="Question">The text as the person typed it.</param>
/// <param name="Kind">The kind of reply.</param>
/// <param name="Reply">The plain text the bot says (Markdown-light: bold and links only).</param>
/// <param name="Passages">Passages that answer the question (answer only).</param>
/// <param name="Videos">Relevant video programs (answer only).</param>
/// <param name="Alternatives">
/// Near-tie candidates for a "did you mean" choice (answer), or the choices of a <see cref="AnswerKind.Clarify"/>, the
/// last of which is "none of these".
/// </param>
/// <param name="Suggestions">Short questions the person can tap next (topics or follow-ups).</param>
/// <param name="Flag">For <see cref="AnswerKind.Urgent"/>: the red flag recognised and why.</param>
/// <param name="SafetyNet">
/// The editors' one-line safety net, said last, when the person describes a symptom that is not a red flag.
/// </param>
public sealed record Answer(
    string Question,
    AnswerKind Kind,
    string Reply,
    IReadOnlyList<PassageResult> Passages,
    IReadOnlyList<VideoResult> Videos,
    IReadOnlyList<Alternative> Alternatives,
    IReadOnlyList<string> Suggestions,
    FlagResult? Flag = null,
    string? SafetyNet = null);

/// <summary>A recognised red flag: its id, how urgent it is, and the words that made it (for reviewers).</summary>
public sealed record FlagResult(string Id, string Name, RedFlagLevel Level, string Evidence);

/// <summary>The previous message of a conversation and what it was answered, for follow-ups and split messages.</summary>
public sealed record PreviousTurn(string Message, Answer Answer);

/// <summary>A passage of an article, with the article's title as its source.</summary>
public sealed record PassageResult(string Id, string Source, string Text, string? Url, float Score);

/// <summary>
/// A video program. <see cref="Url"/> is absolute, resolved against the site's base URL. When the editors have not
/// given the program's own page yet, it is the site's address and <see cref="IsProgramPage"/> is false, so a
/// channel can say "find it on our website" instead of promising the video itself.
/// </summary>
public sealed record VideoResult(
    string Id,
    string Title,
    string Description,
    string? Url,
    IReadOnlyList<string> Speakers,
    float Score,
    bool IsProgramPage = true);

/// <summary>A near-tie candidate: <see cref="Label"/> to show, <see cref="Question"/> to send when tapped.</summary>
public sealed record Alternative(string Id, string Label, string Question);
