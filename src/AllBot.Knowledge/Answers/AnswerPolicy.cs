using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>The three things the bot can do with a question that is not an emergency or small talk.</summary>
public enum Outcome
{
    /// <summary>A passage and/or videos answer it.</summary>
    Answer,
    /// <summary>On topic, but which topic is not clear: ask, with the candidates as choices.</summary>
    Clarify,
    /// <summary>Nothing the knowledge base holds answers it.</summary>
    NoAnswer,
}

/// <summary>
/// What the search found that is good enough to show, and why (<see cref="Reason"/>, for reviewers and <c>eval</c>).
/// For <see cref="Outcome.Clarify"/>, <see cref="Alternatives"/> are the choices.
/// </summary>
public sealed record Decision(
    Outcome Outcome,
    SearchHit<PassageEntry>? Passage,
    IReadOnlyList<SearchHit<PassageEntry>> Alternatives,
    IReadOnlyList<SearchHit<VideoProgram>> Videos,
    string Reason)
{
    public bool HasAnswer => Outcome == Outcome.Answer;

    public static Decision NoAnswer(string reason) => new(Outcome.NoAnswer, null, [], [], reason);
}

/// <summary>
/// Decides whether the results answer the question: one decision from the evidence, in this order.
/// <list type="number">
/// <item>The question's subject (<see cref="QuestionFocus"/>): when the words it asks about are unknown to the knowledge
/// base ("what is a bone marrow biopsy?"), nothing answers it.</item>
/// <item>How much of the question the knowledge base knows: a share of known ideas, or enough of the editors' topics
/// in a long message.</item>
/// <item>Each result's coverage: the share of the question's ideas it holds (BM25 scores grow with the length of the
/// question; coverage means the same for two words and twenty). A question that asks for a figure needs a passage
/// with a figure.</item>
/// <item>How clearly the best passage beats the next: a close second that is a different topic, when neither holds
/// much of the question, is a reason to ask instead of guessing (clarify).</item>
/// </list>
/// The values were chosen by cross-validation on the calibration sets (docs/how-answers-work.md, and the
/// <c>calibrate</c> command that prints the tables).
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

    /// <summary>
    /// Clarify when a short question (<see cref="ClarifyMaxIdeas"/> ideas at most: "cells", "treatment?") finds
    /// passages that score within this fraction of the best, and no video: any of them could be meant. 1 turns
    /// clarifying off.
    /// </summary>
    public double ClarifyRatio { get; init; } = 0.95;

    /// <summary>See <see cref="ClarifyRatio"/>.</summary>
    public int ClarifyMaxIdeas { get; init; } = 1;

    public int MaxVideos { get; init; } = 3;

    /// <summary>At most this many choices in a clarifying question (then "none of these").</summary>
    public int MaxChoices { get; init; } = 3;

    /// <summary>
    /// The no answer that needs no search: nothing to search, an unknown subject, or too little of the question known.
    /// Null when the results must decide.
    /// </summary>
    public Decision? RefusesUnsearched(QuestionFocus focus, IReadOnlyList<QuestionConcept> concepts, Vocabulary vocabulary) =>
        Gate(focus, concepts, vocabulary).Refusal;

    public Decision Decide(
        QuestionFocus focus,
        IReadOnlyList<QuestionConcept> concepts,
        Vocabulary vocabulary,
        IReadOnlyList<SearchHit<PassageEntry>> passages,
        IReadOnlyList<SearchHit<VideoProgram>> videos)
    {
        var (refusal, knownShare) = Gate(focus, concepts, vocabulary);
        if (refusal is not null) return refusal;

        // Results are judged against what the knowledge base can know: an unknown filler word ("lost") costs
        // little, but a result must still hold a fair share of the whole question, or several of its ideas, and
        // what the question is about ("what are the symptoms of ALL" needs "symptoms").
        var subject = Enumerable.Range(0, concepts.Count).Where(i => focus.IsSubject(concepts[i])).ToList();
        // And one of the editors' topics: "what's it like, from someone who's done one?" is not answered by a passage
        // that only says "someone".
        var topics = Enumerable.Range(0, concepts.Count).Where(i => concepts[i].CertaintyIn(vocabulary.IsTopical) > 0).ToList();
        bool Shows<T>(SearchHit<T> hit) =>
            ((hit.Coverage >= MinResultShare && hit.Coverage / knownShare >= MinResultCoverage) || hit.Coverage * concepts.Count >= MinResultMass)
            && subject.All(i => hit.Holds(i) > 0) && topics.Any(i => hit.Holds(i) > 0);
        // A video gives no figure: it answers "how much does genetic testing cost?" only when it holds all of it.
        var known = Enumerable.Range(0, concepts.Count).Where(i => concepts[i].CertaintyIn(vocabulary.Contains) > 0).ToList();
        bool ShowsVideo(SearchHit<VideoProgram> hit) => Shows(hit) && (!focus.AsksForFigure || known.All(i => hit.Holds(i) > 0));

        // "How many children get ALL?" is not answered by a passage with no figure in it.
        var shownPassages = passages.Where(p => Shows(p) && (!focus.AsksForFigure || HasFigure(p.Item.Passage.Text))).ToList();
        var topVideo = videos.FirstOrDefault(ShowsVideo);
        var shownVideos = topVideo is null
            ? []
            : videos.Where(v => ShowsVideo(v) && v.Score >= topVideo.Score * MinVideoScoreRatio).Take(MaxVideos).ToList();

        // "Is there a video about that?": the videos are the answer, without a passage before them.
        var best = focus.AsksForVideos && shownVideos.Count > 0 ? null : shownPassages.FirstOrDefault();
        if (best is null)
        {
            return shownVideos.Count > 0
                ? new Decision(Outcome.Answer, null, [], shownVideos, "videos hold the question")
                : Decision.NoAnswer("no result holds enough of the question");
        }

        var close = shownPassages.Skip(1).Where(p => p.Score >= best.Score * ClarifyRatio).ToList();
        if (close.Count > 0 && concepts.Count <= ClarifyMaxIdeas && shownVideos.Count == 0)
            return new Decision(Outcome.Clarify, null, [best, .. close.Take(MaxChoices - 1)], [],
                $"{close.Count + 1} passages score alike for a question of {concepts.Count} idea(s)");

        var alternatives = shownPassages.Skip(1).Where(p => p.Score >= best.Score * NearTieRatio).Take(2).ToList();
        return new Decision(Outcome.Answer, best, alternatives, shownVideos, $"the best passage holds {best.Coverage:0.00} of the question");
    }

    private (Decision? Refusal, double KnownShare) Gate(QuestionFocus focus, IReadOnlyList<QuestionConcept> concepts, Vocabulary vocabulary)
    {
        if (concepts.Count == 0) return (Decision.NoAnswer("no words to search"), 0);
        if (focus.Unknown(vocabulary).FirstOrDefault() is { } unknown)
            return (Decision.NoAnswer($"asks about \"{unknown.Text}\", which the knowledge base does not know"), 0);

        // "Will ALL treatment affect my fertility?", "can it come back?": a specialised word or a phrase the knowledge
        // base has never seen is what the question is about, whatever else it names.
        // When the question's form says what it is about ("where can I get support?"), that alone decides: the other
        // words are context ("fed up with the steroids").
        // "What's the treatment for CML?": an abbreviation names one thing; one the knowledge base does not know is what
        // the question is about, whatever its form.
        if (UnknownAbbreviation(concepts, vocabulary) is { } abbreviation)
            return (Decision.NoAnswer($"names \"{abbreviation.Text}\", an abbreviation the knowledge base does not know"), 0);

        // "White cells or red cells?" offers a choice: one the knowledge base knows answers it.
        if (RefuseUnknownIdeas && focus.Subject.Count == 0
            && concepts.FirstOrDefault(c => IsUnknownIdea(c, vocabulary) && focus.OfferedWith(c)?.CertaintyIn(vocabulary.Contains) is not > 0) is { } idea)
            return (Decision.NoAnswer($"names \"{idea.Text}\", an idea the knowledge base does not know"), 0);

        // A typo correction or a synonym makes a word less surely known than the word itself, and an everyday
        // word ("time", "best") found only in running text less than a word the editors named as a topic.
        // A word that only praises ("a good film", "the best") names no topic, though a title may use it.
        var topical = concepts.Where(c => !OnlyPraises(c)).Sum(c => c.CertaintyIn(vocabulary.IsTopical));
        var knownShare = concepts.Sum(c => Math.Max(
            c.CertaintyIn(vocabulary.IsTopical), EverydayWordWeight * c.CertaintyIn(vocabulary.Contains))) / concepts.Count;
        if (topical <= 0) return (Decision.NoAnswer("names none of the editors' topics"), knownShare);
        if (knownShare < MinKnownShare && topical < MinTopicalMass)
            return (Decision.NoAnswer($"the knowledge base knows {knownShare:0.00} of it"), knownShare);
        return (null, knownShare);
    }

    /// <summary>
    /// A question that names an idea the knowledge base has never seen is about that idea (see <see cref="IsUnknownIdea"/>).
    /// Off, only the words of the subject found by the question's form decide.
    /// </summary>
    public bool RefuseUnknownIdeas { get; init; } = true;

    /// <summary>A word that only praises or blames ("good", "best", "bad"): it names no topic, though a title may use it.</summary>
    public static bool OnlyPraises(QuestionConcept concept) => Praise.Contains(concept.Text);

    private static readonly HashSet<string> Praise = new(StringComparer.OrdinalIgnoreCase)
    {
        "good", "better", "best", "great", "nice", "lovely", "bad", "worse", "worst", "fine",
    };

    private const int ShortestSpecialisedWord = 5;

    /// <summary>The certainty of a lone word of a phrase (see <see cref="QuestionConceptReader"/>).</summary>
    private const float LoneWordCertainty = 0.5f;

    /// <summary>
    /// Either a word of five letters or more, typed in lower case (a capital mid-sentence is most often a name), that
    /// the knowledge base does not know even as a guess, and that is neither a common English word nor a misspelling of
    /// one: "fertility", "hereditary", "neutrophils", but not "working", "explian" or "Oliver". Or a phrase of the
    /// editors' synonyms ("come back", "keep working") of which no item holds any form but a lone word.
    /// </summary>
    private static bool IsUnknownIdea(QuestionConcept concept, Vocabulary vocabulary)
    {
        if (concept.Alternatives is [{ Terms.Length: > 1 }, ..])
        {
            var held = concept.Alternatives.Where(a => vocabulary.HoldsTogether(a.Terms)).Select(a => a.Certainty).DefaultIfEmpty(0).Max();
            return held <= LoneWordCertainty;
        }
        var certainty = concept.CertaintyIn(vocabulary.Contains);
        // A word of the editors' synonyms ("infertile") names an idea they wrote down: unknown when no form of it is.
        if (concept.Alternatives.Any(a => a.Certainty == QuestionConceptReader.SynonymCertainty)) return certainty <= LoneWordCertainty;
        var word = concept.Text;
        if (word.Length < ShortestSpecialisedWord || !word.All(char.IsAsciiLetterLower)) return false;
        return certainty <= 0 && !CommonEnglishWords.IsOrNear(word);
    }

    /// <summary>The first abbreviation the knowledge base does not know (see <see cref="IsUnknownAbbreviation"/>), if any.</summary>
    public QuestionConcept? UnknownAbbreviation(IReadOnlyList<QuestionConcept> concepts, Vocabulary vocabulary) =>
        RefuseUnknownIdeas ? concepts.FirstOrDefault(c => IsUnknownAbbreviation(c, vocabulary)) : null;

    /// <summary>
    /// Two to six capitals ("CML", "AML", "MRD") that the knowledge base does not know, as typed or through a synonym,
    /// and that are not an everyday word or abbreviation in capitals ("OK", "TV", "TBH").
    /// </summary>
    private static bool IsUnknownAbbreviation(QuestionConcept concept, Vocabulary vocabulary) =>
        concept.Text.Length is >= 2 and <= 6 && concept.Text.All(char.IsAsciiLetterUpper)
        && concept.CertaintyIn(vocabulary.Contains) < KnownAbbreviationCertainty
        && !CommonEnglishWords.Contains(concept.Text.ToLowerInvariant()) && !EverydayAbbreviations.Contains(concept.Text);

    /// <summary>Abbreviations of everyday life and chat, which name no medical subject.</summary>
    private static readonly HashSet<string> EverydayAbbreviations = new(StringComparer.Ordinal)
    {
        "TV", "UK", "US", "USA", "EU", "GP", "OK", "PS", "AM", "PM", "ASAP", "FYI", "BTW", "LOL", "OMG", "IDK", "TBH",
        "NGL", "IMO", "PLS", "PLZ", "THX", "TY", "AI", "ID", "PC", "SMS", "FAQ",
    };

    /// <summary>A synonym's certainty (0.85) or more: a typo guess at an abbreviation is not knowing it.</summary>
    private const float KnownAbbreviationCertainty = 0.8f;

    private static bool HasFigure(string text) => text.Any(char.IsAsciiDigit);
}
