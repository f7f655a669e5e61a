using System.ComponentModel.DataAnnotations;

namespace AllBot.Hosting;

/// <summary>Configuration section <c>KnowledgeBase</c>.</summary>
public sealed class KnowledgeBaseSettings
{
    public const string Section = "KnowledgeBase";

    /// <summary>
    /// The knowledge-base folder. Relative paths are tried against the working directory first (so editors can point
    /// at their checkout), then against the app's own folder, where the build copies knowledge-base/.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge-base";

    /// <summary>
    /// Watch the folder and publish edits while the bot runs (validated first; on a problem the bot keeps the content
    /// it has). On by default, so editors need no restart; <c>false</c> loads the folder once at start-up.
    /// </summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must stay unchanged before it is read again, so a burst of saves is read once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);

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

    /// <summary>Empty, or an absolute http(s) address.</summary>
    public bool IsValid() => BaseUrl is null || (BaseUrl.IsAbsoluteUri && BaseUrl.Scheme is "https" or "http");
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
