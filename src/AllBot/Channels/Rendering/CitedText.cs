using AllBot.Replies;

namespace AllBot.Channels.Rendering;

/// <summary>Passages with inline citation markers: <c>[1]</c> after the first, <c>[2]</c> after the second.</summary>
public static class CitedText
{
    public static string Of(IReadOnlyList<CitedPassage> passages) =>
        string.Join("\n\n", passages.Select((passage, index) => $"{passage.Text.TrimEnd()} [{index + 1}]"));
}
