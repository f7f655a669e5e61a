using AllBot.Replies;
using Microsoft.Bot.Schema;

namespace AllBot.Cards;

/// <summary>
/// A hero card of imBack buttons: the "did you mean" choices, and the follow-ups where the channel has no suggested
/// actions (Teams group chats and channels). Hero cards render everywhere, the Emulator and Teams included.
/// </summary>
public static class ChoiceCard
{
    /// <summary>Teams shows at most 6 buttons on a hero card.</summary>
    public const int MaxButtons = 6;

    public static Attachment Create(string? text, IEnumerable<Choice> choices) => new HeroCard
    {
        Text = text,
        Buttons = choices.Take(MaxButtons).Select(ImBack).ToList(),
    }.ToAttachment();

    /// <summary>A button that sends the choice's value as the person's next message.</summary>
    public static CardAction ImBack(Choice choice) => new(ActionTypes.ImBack, title: choice.Label, value: choice.Value);
}
