using AllBot.Hosting;
using AllBot.Knowledge;
using AllBot.Testing;

namespace AllBot.Tests.Hosting;

public sealed class KnowledgeSourceTests
{
    private static KnowledgeEngine Load() => KnowledgeEngine.Load(new KnowledgeOptions(RepositoryRoot.Combine("knowledge-base"), null));

    [Fact]
    public void Nothing_can_be_leased_before_the_first_engine_is_published()
    {
        using var source = new KnowledgeSource();

        Assert.False(source.IsLoaded);
        Assert.Null(source.Wording);
        Assert.Throws<KnowledgeUnavailableException>(() => source.Acquire());
    }

    [Fact]
    public void A_turn_that_began_before_a_reload_finishes_on_the_engine_it_began_with()
    {
        using var source = new KnowledgeSource();
        var first = Load();
        source.Publish(first);
        var turn = source.Acquire();

        var second = Load();
        source.Publish(second);

        // The turn still answers from the first engine; new leases get the second.
        Assert.Same(first, turn.Engine);
        Assert.NotEmpty(turn.Engine.Answerer.Answer("what is a lymphoblast?").Passages);
        using (var next = source.Acquire()) Assert.Same(second, next.Engine);
        Assert.Equal(2, source.Version);

        // When the turn ends, the replaced engine is disposed: its index can no longer be searched.
        turn.Dispose();
        Assert.ThrowsAny<ObjectDisposedException>(() => first.Answerer.Answer("what is a lymphoblast?"));
    }

    [Fact]
    public void The_current_engine_is_not_disposed_when_its_leases_end()
    {
        using var source = new KnowledgeSource();
        source.Publish(Load());

        source.Acquire().Dispose();

        using var lease = source.Acquire();
        Assert.NotEmpty(lease.Engine.Answerer.Answer("what is a lymphoblast?").Passages);
    }
}
