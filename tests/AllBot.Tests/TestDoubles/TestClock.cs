namespace AllBot.Tests.TestDoubles;

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class TestClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
