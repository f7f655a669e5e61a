namespace AllBot.Hosting;

/// <summary>
/// Puts <see cref="SecurityHeaders"/> in front of everything, the framework's own middleware included (host
/// filtering answers 400 for hosts outside AllowedHosts before the app's pipeline runs).
/// </summary>
internal sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseSecurityHeaders();
        next(app);
    };
}
