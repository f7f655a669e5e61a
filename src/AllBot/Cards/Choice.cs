using Microsoft.Bot.Schema;

namespace AllBot.Cards;

/// <summary>A button that sends <paramref name="Value"/> as the person's next message when tapped.</summary>
/// <param name="Label">What the button shows.</param>
/// <param name="Value">What tapping it sends (imBack).</param>
public sealed record Choice(string Label, string Value)
{
    public static Choice Of(string question) => new(question, question);

    public CardAction ToImBack() => new(ActionTypes.ImBack, title: Label, value: Value);
}
