using AllBot.Replies;
using Microsoft.Bot.Schema;

namespace AllBot.Channels.Rendering;

/// <summary>Turns a channel-neutral <see cref="ReplyPlan"/> into the activities one channel family shows best.</summary>
public interface IReplyRenderer
{
    RenderedReply Render(ReplyPlan plan);
}

/// <summary>The activities to send, in order.</summary>
/// <param name="Rated">Set when the first activity asks for a rating: what a thumbs up or down on it rates.</param>
public sealed record RenderedReply(IReadOnlyList<Activity> Activities, RatedAnswer? Rated);
