namespace AllBot.Hosting;

/// <summary>
/// The sites allowed to use the app from their pages. The setting keeps its documented name,
/// <c>WebChat:AllowedOrigins</c>: operators list a site there so it can embed the chat, though the whole app (the
/// Direct Line API, its streams, the page's framing) honours it.
/// </summary>
public sealed class OriginsOptions
{
    public const string Section = "WebChat";

    /// <summary>Other sites (origins such as <c>https://www.example.org</c>); empty means this site only.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
