using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>What the search found that is good enough to show.</summary>
public sealed record Decision(
    SearchHit<PassageEntry>? Passage,
    IReadOnlyList<SearchHit<PassageEntry>> Alternatives,
    IReadOnlyList<SearchHit<VideoProgram>> Videos)
{
    public bool HasAnswer => Passage is not null || Videos.Count > 0;
}

/// <summary>
/// Decides whether the results answer the question. BM25 scores grow with the length of the question, so the
/// thresholds are on coverage instead: the share of the question's ideas the knowledge base knows at all, and the
/// share a result holds. The values were calibrated on the development and calibration question sets
/// (tests/AllBot.Knowledge.Tests/Quality/*.jsonl; see docs/how-answers-work.md): every on-topic question there scores at least
/// 0.6 and every off-topic one at most 0.34, so the cut sits in that gap.
/// </summary>
public sealed record AnswerPolicy
{
    /// <summary>
    /// Below this share of known ideas the question is about something else ("Who won the World Cup?"). At least
    /// one idea must also be a topic the editors named, so "what time is it" is not answered from "a difficult time".
    /// </summary>
    public double MinKnownShare { get; init; } = 0.5;

    /// <summary>A result must hold at least this share of the question's known ideas to be shown...</summary>
    public double MinResultCoverage { get; init; } = 0.5;

    /// <summary>...and at least this share of all its ideas ("change a tyre on my car" is not about CAR T).</summary>
    public double MinResultShare { get; init; } = 0.4;

    /// <summary>
    /// A long message ("my son was diagnosed last week, the doctors talked so fast...") is on topic when it names at
    /// least this many of the editors' topics, however many other words it has...
    /// </summary>
    public double MinTopicalMass { get; init; } = 2.5;

    /// <summary>...and a result that holds this much of it is shown even though it is a small share of the words.</summary>
    public double MinResultMass { get; init; } = 2;

    /// <summary>How much an everyday word counts towards a known idea when it appears only in running text.</summary>
    public double EverydayWordWeight { get; init; } = 0.5;

    /// <summary>Videos scoring under this fraction of the best video are left out.</summary>
    public double MinVideoScoreRatio { get; init; } = 0.45;

    /// <summary>A second passage within this fraction of the best one's score is offered as "did you mean".</summary>
    public double NearTieRatio { get; init; } = 0.9;

    public int MaxVideos { get; init; } = 3;

    public Decision Decide(
        IReadOnlyList<QuestionConcept> concepts,
        Vocabulary vocabulary,
        IReadOnlyList<SearchHit<PassageEntry>> passages,
        IReadOnlyList<SearchHit<VideoProgram>> videos)
    {
        var none = new Decision(null, [], []);
        if (concepts.Count == 0) return none;
        // A typo correction or a synonym makes a word less surely known than the word itself, and an everyday
        // word ("time", "best") found only in running text less than a word the editors named as a topic.
        var topical = concepts.Sum(c => c.CertaintyIn(vocabulary.IsTopical));
        var knownShare = concepts.Sum(c => Math.Max(
            c.CertaintyIn(vocabulary.IsTopical), EverydayWordWeight * c.CertaintyIn(vocabulary.Contains))) / concepts.Count;
        if (topical <= 0 || (knownShare < MinKnownShare && topical < MinTopicalMass)) return none;

        // Results are judged against what the knowledge base can know: an unknown filler word ("lost") costs
        // little, but a result must still hold a fair share of the whole question, or several of its ideas.
        bool Covers(double coverage) =>
            (coverage >= MinResultShare && coverage / knownShare >= MinResultCoverage)
            || coverage * concepts.Count >= MinResultMass;

        var shownPassages = passages.Where(p => Covers(p.Coverage)).ToList();
        var best = shownPassages.FirstOrDefault();
        var alternatives = best is null
            ? []
            : shownPassages.Skip(1).Where(p => p.Score >= best.Score * NearTieRatio).Take(2).ToList();

        var topVideo = videos.FirstOrDefault(v => Covers(v.Coverage));
        var shownVideos = topVideo is null
            ? []
            : videos.Where(v => Covers(v.Coverage) && v.Score >= topVideo.Score * MinVideoScoreRatio).Take(MaxVideos).ToList();

        return new Decision(best, alternatives, shownVideos);
    }
}
