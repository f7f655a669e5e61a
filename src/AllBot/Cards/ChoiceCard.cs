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
        Buttons = choices.Take(MaxButtons).Select(choice => choice.ToImBack()).ToList(),
    }.ToAttachment();
}
