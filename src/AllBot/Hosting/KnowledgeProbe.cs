using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;

namespace AllBot.Hosting;

/// <summary>
/// Whether an engine really answers: its first passage's heading must come back as an answer. Checked before a reload
/// is published and by <c>/readyz</c>, so "loaded" also means "searching works".
/// </summary>
public static class KnowledgeProbe
{
    public static bool Answers(KnowledgeEngine engine) =>
        KnowledgeQuestions.Probe(engine.Content) is { } question && engine.Answerer.Answer(question).Kind == AnswerKind.Answer;
}
