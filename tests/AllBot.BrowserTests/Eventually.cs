namespace AllBot.BrowserTests;

/// <summary>Waits for something the page does in its own time (the widget posts a rating after a short debounce).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string because, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(100);
        }
    }
}
