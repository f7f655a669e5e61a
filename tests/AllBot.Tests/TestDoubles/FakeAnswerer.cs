using System.Collections.Concurrent;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;

namespace AllBot.Tests.TestDoubles;

/// <summary>Returns canned answers by question and records every question it was asked.</summary>
public sealed class FakeAnswerer : IAnswerer
{
    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string> Questions { get; } = new();

    /// <summary>The previous message each question was asked after (null for the first of a conversation).</summary>
    public ConcurrentQueue<string?> PreviousMessages { get; } = new();

    public FakeAnswerer Returns(Answer answer)
    {
        _answers[answer.Question] = answer;
        return this;
    }

    public Answer Answer(string question, PreviousTurn? previous = null)
    {
        Questions.Enqueue(question);
        PreviousMessages.Enqueue(previous?.Message);
        return _answers.TryGetValue(question, out var answer)
            ? answer
            : Canned.NoAnswer(question);
    }
}

/// <summary>Canned answers and wording that say which part of a reply they are, so assertions can find them.</summary>
public static class Canned
{
    public static readonly BotWording Wording = new()
    {
        BotName = "BOT-NAME-TEXT",
        Welcome = "WELCOME-TEXT",
        Disclaimer = "DISCLAIMER-TEXT: general information, not **medical** advice.",
        ExampleQuestions = ["Example one?", "Example two?", "Example three?", "Example four?"],
        Topics = ["Topic one", "Topic two", "Topic three", "Topic four", "Topic five"],
        NoAnswer = "NO-ANSWER-TEXT",
        Urgent = "URGENT-TEXT",
        CallTeamNow = "CALL-TEAM-NOW-TEXT",
        CallTeamToday = "CALL-TEAM-TODAY-TEXT",
        SelfHarm = "SELF-HARM-TEXT",
        SafetyNet = "SAFETY-NET-TEXT",
        EmptyMessage = "EMPTY-MESSAGE-TEXT",
        DidYouMean = "DID-YOU-MEAN-TEXT",
        Clarify = "CLARIFY-TEXT",
        NoneOfThese = "NONE-OF-THESE-TEXT",
        VideosIntro = "VIDEOS-INTRO-TEXT",
        Error = "ERROR-TEXT",
        Greeting = "GREETING-TEXT",
        Thanks = "THANKS-TEXT",
        Help = "HELP-TEXT",
        WhoAreYou = "WHO-ARE-YOU-TEXT",
        Goodbye = "GOODBYE-TEXT",
        Feelings = "FEELINGS-TEXT",
        GoodNews = "GOOD-NEWS-TEXT",
        Apology = "APOLOGY-TEXT",
        NotUnderstood = "NOT-UNDERSTOOD-TEXT",
        FollowUps = "FOLLOW-UPS-TEXT",
    };

    public static readonly VideoResult VideoWithUrl = new(
        "car-t", "Video title one", "First line of the description.\nSecond line.", "https://example.org/programs/car-t",
        ["Dr Ada Speaker", "Prof Bo Speaker"], 1f);

    public static readonly VideoResult VideoWithoutUrl = new("no-url", "Video title two", "Only line.", null, [], 0.5f);

    public static Answer Passage(string question, IReadOnlyList<VideoResult>? videos = null,
        IReadOnlyList<Alternative>? alternatives = null, IReadOnlyList<string>? suggestions = null) =>
        new(question, AnswerKind.Answer, "PASSAGE-TEXT\n\nSource: SOURCE-TITLE",
            [new PassageResult("p1", "SOURCE-TITLE", "PASSAGE-TEXT", null, 1f)],
            videos ?? [], alternatives ?? [], suggestions ?? ["Follow one?", "Follow two?", "Follow three?", "Follow four?"]);

    /// <summary>An answer whose passage comes from an article with an https address, as the real ones do.</summary>
    public static Answer CitedPassage(string question) => Passage(question) with
    {
        Passages = [new PassageResult("what-all-is", "What is ALL?", "PASSAGE-TEXT", "https://www.example.org/what-is-all", 1f)],
    };

    public static Answer Urgent(string question) =>
        new(question, AnswerKind.Urgent, "URGENT-TEXT", [], [VideoWithUrl], [], ["Should not show?"]);

    public static Answer NoAnswer(string question) =>
        new(question, AnswerKind.NoAnswer, "NO-ANSWER-TEXT", [], [], [], ["Topic one", "Topic two", "Topic three", "Topic four"]);

    public static Answer WithSafetyNet(Answer answer) => answer with { SafetyNet = "SAFETY-NET-TEXT" };

    public static Answer SmallTalk(string question) =>
        new(question, AnswerKind.SmallTalk, "GREETING-TEXT", [], [], [], ["Topic one", "Topic two"]);
}
