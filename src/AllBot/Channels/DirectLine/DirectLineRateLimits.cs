namespace AllBot.Channels.DirectLine;

/// <summary>
/// The limit every Direct Line call meets first, per client address, before its token is read (so it keeps nothing
/// per conversation id). Each conversation's own limits are spent after its token is verified (<see cref="DirectLineAccess"/>).
/// </summary>
public static class DirectLineRateLimits
{
    /// <summary>The policy's name (<see cref="DirectLineOptions.RequestsPerMinutePerClient"/>).</summary>
    public const string Clients = "directline-clients";
}
