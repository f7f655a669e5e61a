namespace AllBot.Hosting;

/// <summary>What features add to the <see cref="SecurityHeaders"/>; not a configuration section.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Sources pages may connect to besides this site and its stream (Azure's Direct Line in Azure mode).</summary>
    public List<string> ConnectSources { get; } = [];
}
