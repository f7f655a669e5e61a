using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The answer pipeline, top to bottom: normalise -> urgent triage -> small talk -> search -> decide -> compose.
/// Triage runs before anything else looks at the text, so an emergency never waits on (or depends on) the search.
/// Each stage is a span of <see cref="KnowledgeTelemetry"/> when the host traces.
/// </summary>
public sealed class AnswerPipeline(KnowledgeIndex index, AnswerComposer composer, AnswerPolicy policy) : IAnswerer
{
    private const int Candidates = 10;

    public Answer Answer(string question)
    {
        var text = MessageNormalizer.Normalize(question);
        using (KnowledgeTelemetry.Stage("allbot.triage"))
        {
            if (UrgentTriage.IsUrgent(text.ToLowerInvariant())) return composer.Urgent(question);
        }

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
