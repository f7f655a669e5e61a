using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Conversations;
using AllBot.Telemetry;

namespace AllBot.Hosting;

/// <summary>
/// Registers the knowledge base: loaded at start-up, watched for edits, and resolved per request, so every request
/// (every turn) uses the one version of the content that was current when it began.
/// </summary>
public static class KnowledgeHostingExtensions
{
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KnowledgeBaseSettings>().BindConfiguration(KnowledgeBaseSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SiteSettings>().BindConfiguration(SiteSettings.Section)
            .Validate(site => site.IsValid(), "Site:BaseUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddOptions<SafetySettings>().BindConfiguration(SafetySettings.Section);
        services.AddSingleton<KnowledgeSource>();
        services.AddSingleton<KnowledgePublisher>();
        services.AddHostedService<KnowledgeBaseWatcher>();
        // Disposed with the request's scope, which ends the request's use of that engine.
        services.AddScoped(sp => sp.GetRequiredService<KnowledgeSource>().Acquire());
        services.AddScoped<IAnswerer>(sp => new MeasuredAnswerer(sp.GetRequiredService<KnowledgeLease>().Engine.Answerer, sp.GetRequiredService<BotMetrics>()));
        services.AddScoped(sp => sp.GetRequiredService<KnowledgeLease>().Engine.Wording);
        // Each conversation's previous message, in memory only, so a red flag or a question said in two messages is read whole.
        services.AddSingleton(sp => new ConversationMemory(TimeProvider.System));
        return builder;
    }

    /// <summary>
    /// Loads the knowledge base before the server listens. When it has problems, each is logged with its file and line
    /// (as <c>check</c> prints them) and the host still starts: <c>/healthz</c> answers, <c>/readyz</c> says not ready,
    /// requests that need the knowledge base get 503, and a fixed folder is picked up without a restart.
    /// </summary>
    public static WebApplication LoadKnowledge(this WebApplication app)
    {
        // A test may have published an engine of its own already.
        if (!app.Services.GetRequiredService<KnowledgeSource>().IsLoaded) app.Services.GetRequiredService<KnowledgePublisher>().TryPublish();
        app.UseKnowledgeUnavailableResponse();
        return app;
    }
}
