namespace AllBot.Tests.TestDoubles;

/// <summary>
/// Waits for something the app does in the background (a reload after a file change, a warm-up). The deadline is
/// generous and only there so a broken feature fails instead of hanging; nothing is asserted about how long it took.
/// </summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"never happened: {what}");
            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? deadline = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, deadline);
}
