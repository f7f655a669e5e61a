namespace AllBot.Channels.Rendering;

/// <summary>Text cut to what a channel shows, at a word, with an ellipsis.</summary>
public static class ShortText
{
    /// <summary><paramref name="text"/> if it fits in <paramref name="max"/> characters, else cut at a word with an ellipsis.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }
}
