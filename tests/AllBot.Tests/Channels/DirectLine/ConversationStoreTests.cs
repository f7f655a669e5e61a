using AllBot.Channels.DirectLine;
using Microsoft.Extensions.Options;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

/// <summary>
/// At the cap, making room never ends a conversation in use: conversations nobody opened go first, then opened ones
/// that have gone quiet; when every conversation is active, a new one is refused instead.
/// </summary>
public sealed class ConversationStoreTests
{
    private readonly TestClock clock = new();

    private ConversationStore Store(int cap) => new(Options.Create(new DirectLineOptions { MaxConversations = cap }), clock);

    [Fact]
    public void At_the_cap_a_conversation_never_opened_is_ended_before_an_older_one_in_use()
    {
        var store = Store(2);
        var inUse = store.Create("dl_a")!;
        Tick();
        store.Use(inUse.Id);
        Tick();
        var neverOpened = store.Create("dl_b")!;
        Tick();

        var created = store.Create("dl_c");

        Assert.NotNull(created);
        Assert.Same(inUse, store.Find(inUse.Id));
        Assert.Null(store.Find(neverOpened.Id));
    }

    [Fact]
    public void Conversations_never_opened_make_room_for_each_other_oldest_first()
    {
        var store = Store(3);
        var first = store.Create("dl_a")!;
        Tick();
        var second = store.Create("dl_b")!;
        Tick();
        var third = store.Create("dl_c")!;
        Tick();

        store.Create("dl_d");

        Assert.Null(store.Find(first.Id));
        Assert.NotNull(store.Find(second.Id));
        Assert.NotNull(store.Find(third.Id));
    }

    [Fact]
    public void A_conversation_just_issued_is_given_a_few_seconds_to_be_opened()
    {
        var store = Store(1);
        var issued = store.Create("dl_a")!;

        var refused = store.Create("dl_b");
        Tick();
        var created = store.Create("dl_c");

        Assert.Null(refused);
        Assert.NotNull(created);
        Assert.Null(store.Find(issued.Id));
    }

    [Fact]
    public void At_the_cap_with_every_conversation_active_a_new_one_is_refused()
    {
        var store = Store(2);
        var a = store.Create("dl_a")!;
        var b = store.Create("dl_b")!;
        store.Use(a.Id);
        store.Use(b.Id);
        Tick();

        var refused = store.Create("dl_c");

        Assert.Null(refused);
        Assert.Equal(2, store.Count);
        Assert.NotNull(store.Find(a.Id));
        Assert.NotNull(store.Find(b.Id));
    }

    [Fact]
    public void An_opened_conversation_quiet_for_longer_than_the_active_window_makes_room()
    {
        var store = Store(1);
        var quiet = store.Create("dl_a")!;
        store.Use(quiet.Id);
        clock.Advance(TimeSpan.FromMinutes(3));

        var created = store.Create("dl_b");

        Assert.NotNull(created);
        Assert.Null(store.Find(quiet.Id));
    }

    [Fact]
    public void A_conversation_with_an_open_stream_is_never_ended_to_make_room()
    {
        var store = Store(1);
        var streaming = store.Create("dl_a")!;
        store.Use(streaming.Id);
        Assert.NotNull(streaming.OpenStream(0));
        clock.Advance(TimeSpan.FromMinutes(20));

        var refused = store.Create("dl_b");

        Assert.Null(refused);
        Assert.NotNull(store.Find(streaming.Id));
    }

    /// <summary>Long enough for a conversation nobody opened to lose its grace, short of the active window.</summary>
    private void Tick() => clock.Advance(ConversationStore.OpeningGrace + TimeSpan.FromSeconds(1));
}
