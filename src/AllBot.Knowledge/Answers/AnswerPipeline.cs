using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The answer pipeline, top to bottom: normalise -> urgent triage -> small talk -> the question's parts -> search ->
/// decide (answer, clarify or no answer) -> compose -> safety net. Triage runs before anything else looks at the
/// text, so an emergency never waits on (or depends on) the search; it reads the conversation's previous message too,
/// for red flags said in two messages. A follow-up ("is there a video about that?") is searched with the previous
/// question's words when it finds nothing alone. Each stage is a span of <see cref="KnowledgeTelemetry"/> when the host
/// traces.
/// </summary>
public sealed class AnswerPipeline(KnowledgeIndex index, RedFlagTriage triage, AnswerComposer composer, AnswerPolicy policy) : IAnswerer
{
    private const int Candidates = 10;

    /// <summary>How much the previous question's words weigh in the ranking of a follow-up.</summary>
    private const float PreviousWeight = 0.5f;

    public Answer Answer(string question, PreviousTurn? previous = null)
    {
        var text = MessageNormalizer.Normalize(question);
        TriageResult triaged;
        using (KnowledgeTelemetry.Stage("allbot.triage"))
        {
            triaged = triage.Triage(text, previous is null ? null : MessageNormalizer.Normalize(previous.Message));
        }
        if (triaged.Flag is { } flag) return composer.Urgent(question, flag, triaged.Evidence!);

        var answer = Respond(question, text, previous);
        return triaged.DescribesSymptom ? composer.WithSafetyNet(answer) : answer;
    }

    /// <summary>The same pipeline with other thresholds, sharing the index (for the <c>calibrate</c> command).</summary>
    public AnswerPipeline With(AnswerPolicy other) => new(index, triage, composer, other);

    private Answer Respond(string question, string text, PreviousTurn? previous)
    {
        // The last choice of a clarifying question: say so kindly, as for a question the bot cannot answer.
        if (composer.IsNoneOfThese(text)) return composer.NoAnswer(question);

        // "Hi, what is ALL?" is searched as "what is ALL?": the greeting is not part of the question.
        var (smallTalk, remainder) = SmallTalkClassifier.Classify(text);
        var asked = smallTalk == SmallTalk.None ? text : remainder;
        if (smallTalk != SmallTalk.None && !AsksSomethingElse(text, remainder)) return composer.SmallTalk(question, smallTalk);

        // "Tell me more": the next passage of what was just answered.
        if (previous?.Answer is { Kind: AnswerKind.Answer, Suggestions: [var next, ..] } && FollowUp.AsksForMore(asked))
            return Compose(question, [Decide(next)]);

        var parts = QuestionParts.Split(asked);
        if (parts.Count > 1)
        {
            var answered = parts.Select(part => Decide(part)).Where(d => d.HasAnswer).ToList();
            if (answered.Count > 0) return Compose(question, answered);
        }

        var decision = Decide(asked);
        if (!decision.HasAnswer && previous?.Answer.Kind == AnswerKind.Answer && FollowUp.LeansOnPrevious(asked))
        {
            var alone = Read(asked);
            // The follow-up's own subject still decides: "ok but can she eat sushi?" stays unanswered.
            if (!alone.Focus.Unknown(index.Vocabulary).Any())
            {
                // The previous question's words say what "it" is, but the follow-up's own words lead the ranking.
                var earlier = index.Concepts.Read(MessageNormalizer.Normalize(previous.Message)).Select(c => c.Scaled(PreviousWeight));
                var together = Decide([.. alone.Concepts, .. earlier], alone.Focus);
                if (together.HasAnswer) decision = together;
            }
        }
        return Compose(question, [decision]);
    }

    private Answer Compose(string question, IReadOnlyList<Decision> decisions) => decisions[0].Outcome switch
    {
        Outcome.Clarify => composer.Clarify(question, decisions[0]),
        Outcome.NoAnswer => composer.NoAnswer(question),
        _ => composer.Found(question, decisions),
    };

    private Decision Decide(string text)
    {
        var (concepts, focus) = Read(text);
        return Decide(concepts, focus);
    }

    private Decision Decide(IReadOnlyList<QuestionConcept> concepts, QuestionFocus focus)
    {
        IReadOnlyList<SearchHit<PassageEntry>> passages;
        IReadOnlyList<SearchHit<VideoProgram>> videos;
        using (KnowledgeTelemetry.Stage("allbot.search"))
        {
            passages = index.SearchPassages(concepts, Candidates);
            videos = index.SearchVideos(concepts, Candidates);
        }
        using (KnowledgeTelemetry.Stage("allbot.decide")) return policy.Decide(focus, concepts, index.Vocabulary, passages, videos);
    }

    private (IReadOnlyList<QuestionConcept> Concepts, QuestionFocus Focus) Read(string text)
    {
        using var stage = KnowledgeTelemetry.Stage("allbot.understand");
        var concepts = index.Concepts.Read(text);
        return (concepts, QuestionFocusReader.Read(text, concepts));
    }

    /// <summary>"thanks, that helps" is small talk; "hi, what is ALL?" or "hello, my son has ALL" is a question.</summary>
    private bool AsksSomethingElse(string text, string remainder) =>
        SmallTalkClassifier.AsksMore(text, remainder)
        || index.Concepts.Read(remainder).Any(c => c.CertaintyIn(index.Vocabulary.IsTopical) >= 1f);
}
