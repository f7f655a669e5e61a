using AllBot.Knowledge.Answers;
using AllBot.Replies;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.Rendering;

/// <summary>Reply plans for renderer tests, with text that says which part it is.</summary>
public static class Plans
{
    public static readonly Choice[] FourFollowUps = [Choice.Of("one"), Choice.Of("two"), Choice.Of("three"), Choice.Of("four")];

    public static readonly CitedPassage First = new("p1", "FIRST-PASSAGE", "What is ALL?", "https://www.example.org/what-is-all");

    public static readonly CitedPassage Second = new("p2", "SECOND-PASSAGE", "Treatment", "https://www.example.org/treatment");

    public static ReplyPlan Answer(IReadOnlyList<CitedPassage>? passages = null, IReadOnlyList<VideoResult>? videos = null, string? safetyNet = null) =>
        new(null, passages ?? [First], videos is null ? null : new VideoList("VIDEOS-INTRO", videos), null, safetyNet, FourFollowUps,
            "PROMPT", new RatedAnswer("answer-1", (passages ?? [First]).Select(p => p.Id).ToList(), (videos ?? []).Select(v => v.Id).ToList()));

    public static ReplyPlan Text(string text = "TEXT") => ReplyPlan.Said(text, FourFollowUps, "PROMPT");

    public static IReadOnlyList<VideoResult> OneVideo => [Canned.VideoWithUrl];
}
