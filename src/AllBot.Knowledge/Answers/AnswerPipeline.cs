using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The answer pipeline, top to bottom: normalise -> urgent triage -> small talk -> search -> decide -> compose ->
/// safety net. Triage runs before anything else looks at the text, so an emergency never waits on (or depends on)
/// the search; it reads the conversation's previous message too, for red flags said in two messages. Each stage is a
/// span of <see cref="KnowledgeTelemetry"/> when the host traces.
/// </summary>
public sealed class AnswerPipeline(KnowledgeIndex index, RedFlagTriage triage, AnswerComposer composer, AnswerPolicy policy) : IAnswerer
{
    private const int Candidates = 10;

    public Answer Answer(string question, PreviousTurn? previous = null)
    {
        var text = MessageNormalizer.Normalize(question);
        TriageResult triaged;
        using (KnowledgeTelemetry.Stage("allbot.triage"))
        {
            triaged = triage.Triage(text, previous is null ? null : MessageNormalizer.Normalize(previous.Message));
        }
        if (triaged.Flag is { } flag) return composer.Urgent(question, flag, triaged.Evidence!);

        var answer = Respond(question, text);
        return triaged.DescribesSymptom ? composer.WithSafetyNet(answer) : answer;
    }

    private Answer Respond(string question, string text)
    {
        // "Hi, what is ALL?" is searched as "what is ALL?": the greeting is not part of the question.
        SmallTalk smallTalk;
        string remainder;
        IReadOnlyList<QuestionConcept> concepts;
        using (KnowledgeTelemetry.Stage("allbot.understand"))
        {
            (smallTalk, remainder) = SmallTalkClassifier.Classify(text);
            concepts = index.Concepts.Read(smallTalk == SmallTalk.None ? text : remainder);
        }
        if (smallTalk != SmallTalk.None && !AsksSomethingElse(text, remainder, concepts)) return composer.SmallTalk(question, smallTalk);

        IReadOnlyList<SearchHit<PassageEntry>> passages;
        IReadOnlyList<SearchHit<VideoProgram>> videos;
        using (KnowledgeTelemetry.Stage("allbot.search"))
        {
            passages = index.SearchPassages(concepts, Candidates);
            videos = index.SearchVideos(concepts, Candidates);
        }

        Decision decision;
        using (KnowledgeTelemetry.Stage("allbot.decide")) decision = policy.Decide(concepts, index.Vocabulary, passages, videos);
        return decision.HasAnswer ? composer.Found(question, decision) : composer.NoAnswer(question);
    }

    /// <summary>"thanks, that helps" is small talk; "hi, what is ALL?" or "hello, my son has ALL" is a question.</summary>
    private bool AsksSomethingElse(string text, string remainder, IReadOnlyList<QuestionConcept> remainderConcepts) =>
        SmallTalkClassifier.AsksMore(text, remainder)
        || remainderConcepts.Any(c => c.CertaintyIn(index.Vocabulary.IsTopical) >= 1f);
}
