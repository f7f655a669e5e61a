using System.Text;
using AllBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AllBot.WarmUp;

/// <summary>
/// A whole bot turn in process, whatever the authentication settings: the request body read as /api/messages reads it,
/// the bot's turn with its cards and reply shaping, and the replies written as the expectReplies response writes them.
/// </summary>
internal sealed class TurnWarmUp(IServiceScopeFactory scopes) : IWarmUpStep
{
    public async Task RunAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        var adapter = new WarmUpAdapter();
        foreach (var question in questions)
        {
            var http = new DefaultHttpContext();
            var body = Encoding.UTF8.GetBytes(WarmUpActivity.Json(question));
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
            var read = await ActivityReader.ReadAsync(http.Request, cancellationToken);
            var replies = await adapter.RunTurnAsync(read.Activity!, bot, cancellationToken);
            JsonConvert.SerializeObject(new ExpectedReplies(replies), HttpHelper.BotMessageSerializerSettings);
        }
    }

    /// <summary>Runs a turn through the adapter pipeline and keeps what the bot sends.</summary>
    private sealed class WarmUpAdapter : BotAdapter
    {
        private readonly List<Activity> sent = [];

        public async Task<List<Activity>> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
        {
            sent.Clear();
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
            return [.. sent];
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The warm-up never updates a reply.");

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The warm-up never deletes a reply.");
    }
}
