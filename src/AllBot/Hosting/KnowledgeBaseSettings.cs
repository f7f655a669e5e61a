namespace AllBot.Hosting;

/// <summary>Configuration section <c>KnowledgeBase</c>.</summary>
public sealed class KnowledgeBaseSettings
{
    public const string Section = "KnowledgeBase";

    /// <summary>
    /// The knowledge-base folder. Relative paths are tried against the working directory first (so editors can point
    /// at their checkout), then against the app's own folder, where the build copies knowledge-base/.
    /// </summary>
    public string Path { get; set; } = "knowledge-base";

    public string ResolvePath()
    {
        if (System.IO.Path.IsPathRooted(Path)) return Path;
        var fromWorkingDirectory = System.IO.Path.GetFullPath(Path);
        if (Directory.Exists(fromWorkingDirectory)) return fromWorkingDirectory;
        return System.IO.Path.Combine(AppContext.BaseDirectory, Path);
    }
}

/// <summary>Configuration section <c>Site</c>: the charity's web site.</summary>
public sealed class SiteSettings
{
    public const string Section = "Site";

    /// <summary>Relative program URLs in the knowledge base are resolved against this.</summary>
    public Uri? BaseUrl { get; set; }
}

/// <summary>Configuration section <c>Safety</c>: what the urgent replies name that depends on where the bot runs.</summary>
public sealed class SafetySettings
{
    public const string Section = "Safety";

    /// <summary>
    /// A sentence naming a listening service, said in the reply to thoughts of self-harm in place of
    /// <c>{listening-service}</c> (bot-wording.md). Empty leaves that sentence out.
    /// </summary>
    public string? ListeningService { get; set; }
}
