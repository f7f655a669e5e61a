using AllBot.Knowledge;

namespace AllBot.Hosting;

/// <summary>
/// Turns the <c>KnowledgeBase</c>, <c>Site</c> and <c>Safety</c> settings into engine options; shared by the web host
/// and the command line.
/// </summary>
public static class KnowledgeEngineFactory
{
    public static KnowledgeOptions Options(KnowledgeBaseSettings knowledgeBase, SiteSettings site, SafetySettings safety) =>
        new(knowledgeBase.ResolvePath(), site.BaseUrl, safety.ListeningService);

    /// <summary>For the command line, which has configuration but no host: the sections bound as the host binds them.</summary>
    public static KnowledgeOptions Options(IConfiguration configuration) => Options(
        configuration.GetSection(KnowledgeBaseSettings.Section).Get<KnowledgeBaseSettings>() ?? new(),
        configuration.GetSection(SiteSettings.Section).Get<SiteSettings>() ?? new(),
        configuration.GetSection(SafetySettings.Section).Get<SafetySettings>() ?? new());

    public static KnowledgeEngine Load(IConfiguration configuration) => KnowledgeEngine.Load(Options(configuration));
}
