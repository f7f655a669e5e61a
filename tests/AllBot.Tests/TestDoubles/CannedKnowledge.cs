using AllBot.Hosting;
using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Testing;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// The repository's knowledge base with <see cref="Canned.Wording"/>: a real engine (search, readiness probe, apologies)
/// whose own words say which part of a reply they are. The content is read once; each app gets its own engine.
/// </summary>
public static class CannedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Seed = new(() =>
        KnowledgeBaseLoader.Load(RepositoryRoot.Combine("knowledge-base"), out var problems)
        ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems)));

    /// <summary>A source that has published that engine; the app's container disposes it with the app.</summary>
    public static KnowledgeSource NewSource()
    {
        var source = new KnowledgeSource();
        source.Publish(KnowledgeEngine.Build(Seed.Value with { Wording = Canned.Wording }, null, new AnswerPolicy()));
        return source;
    }
}
