using AllBot.Knowledge;

namespace AllBot.Hosting;

/// <summary>Turns configuration into a loaded <see cref="KnowledgeEngine"/>; shared by the web host and the command line.</summary>
public static class KnowledgeEngineFactory
{
    public static KnowledgeOptions Options(IConfiguration configuration)
    {
        var kb = configuration.GetSection(KnowledgeBaseSettings.Section).Get<KnowledgeBaseSettings>() ?? new();
        var site = configuration.GetSection(SiteSettings.Section).Get<SiteSettings>() ?? new();
        var safety = configuration.GetSection(SafetySettings.Section).Get<SafetySettings>() ?? new();
        return new KnowledgeOptions(kb.ResolvePath(), site.BaseUrl, safety.ListeningService);
    }

    public static KnowledgeEngine Load(IConfiguration configuration) => KnowledgeEngine.Load(Options(configuration));
}
