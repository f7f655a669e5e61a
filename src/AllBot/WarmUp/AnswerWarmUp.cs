using AllBot.Hosting;

namespace AllBot.WarmUp;

/// <summary>The answer pipeline and its Lucene searches, on every core at once as under load.</summary>
internal sealed class AnswerWarmUp(KnowledgeSource knowledge) : IWarmUpStep
{
    public Task RunAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        using var lease = knowledge.Acquire();
        var answerer = lease.Engine.Answerer;
        Parallel.ForEach(questions, new ParallelOptions { CancellationToken = cancellationToken }, question => answerer.Answer(question));
        return Task.CompletedTask;
    }
}
