namespace AdaptiveCards
{
    /// <summary>The only AdaptiveCards type that Microsoft.Bot.Schema refers to (SharePoint quick views).</summary>
    public class AdaptiveCard
    {
    }
}
