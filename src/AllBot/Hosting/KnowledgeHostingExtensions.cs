using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Conversations;

namespace AllBot.Hosting;

/// <summary>Registers the knowledge engine, built once at start-up from <see cref="KnowledgeBaseSettings"/>.</summary>
public static class KnowledgeHostingExtensions
{
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeBaseSettings>().BindConfiguration(KnowledgeBaseSettings.Section);
        builder.Services.AddOptions<SiteSettings>().BindConfiguration(SiteSettings.Section);
        builder.Services.AddSingleton(sp => KnowledgeEngineFactory.Load(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<KnowledgeEngine>().Answerer);
        builder.Services.AddSingleton<BotWording>(sp => sp.GetRequiredService<KnowledgeEngine>().Wording);
        // Each conversation's previous message, in memory only, so a red flag or a question said in two messages is read whole.
        builder.Services.AddSingleton(sp => new ConversationMemory(TimeProvider.System));
        return builder;
    }

    /// <summary>
    /// Builds the engine before the server listens. An invalid knowledge base stops start-up: every problem is
    /// logged with its file and line (editors fix them with the <c>check</c> command), then the error is rethrown
    /// so the process ends and hosts (and tests) see why.
    /// </summary>
    public static WebApplication LoadKnowledge(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<KnowledgeEngine>();
            return app;
        }
        catch (KnowledgeBaseException e)
        {
            app.Logger.LogCritical("AllBot cannot start. {Problems}", e.Message);
            throw;
        }
    }
}
