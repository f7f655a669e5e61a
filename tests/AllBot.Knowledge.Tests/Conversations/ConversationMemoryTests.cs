using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Conversations;

namespace AllBot.Knowledge.Tests.Conversations;

public sealed class ConversationMemoryTests
{
    private readonly ManualClock _clock = new();

    private static PreviousTurn Turn(string message) =>
        new(message, new Answer(message, AnswerKind.NoAnswer, "reply", [], [], [], []));

    [Fact]
    public void The_previous_turn_of_a_conversation_is_remembered_and_replaced_by_the_next()
    {
        var memory = new ConversationMemory(_clock);
        memory.Remember("a", Turn("first"));
        memory.Remember("a", Turn("second"));
        memory.Remember("b", Turn("other"));

        Assert.Equal("second", memory.Previous("a")?.Message);
        Assert.Equal("other", memory.Previous("b")?.Message);
        Assert.Null(memory.Previous("c"));
    }

    [Fact]
    public void A_conversation_idle_for_longer_than_the_timeout_is_forgotten()
    {
        var memory = new ConversationMemory(_clock, idleTimeout: TimeSpan.FromMinutes(30));
        memory.Remember("a", Turn("first"));

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(memory.Previous("a"));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(memory.Previous("a"));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Beyond_the_cap_the_oldest_conversations_are_dropped_first()
    {
        var memory = new ConversationMemory(_clock, maxConversations: 10);
        for (var i = 0; i < 11; i++)
        {
            memory.Remember($"c{i}", Turn($"m{i}"));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(memory.Count <= 10);
        Assert.Null(memory.Previous("c0"));
        Assert.Equal("m10", memory.Previous("c10")?.Message);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
