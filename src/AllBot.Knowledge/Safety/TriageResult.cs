using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// What the triage decided about a message, with enough to audit it: the red flag and the words that made it, the
/// signs found but set aside and why, and whether the message describes an everyday symptom (for the safety net).
/// </summary>
/// <param name="Flag">The red flag described as happening now, or null.</param>
/// <param name="Evidence">The sign that matched and the words that said it, such as <c>vomit + blood: "threw up" "blood"</c>.</param>
/// <param name="Symptom">
/// The everyday symptom the writer describes, of their own or of someone they look after, or null (for the safety net).
/// </param>
/// <param name="SetAside">Signs that were found but are not happening now, each with the reason.</param>
public sealed record TriageResult(RedFlag? Flag, string? Evidence, string? Symptom, IReadOnlyList<SetAsideSign> SetAside)
{
    public static readonly TriageResult None = new(null, null, null, []);

    public bool IsUrgent => Flag is not null;

    public bool DescribesSymptom => Symptom is not null;
}

/// <summary>A sign found in a message that was not taken as a red flag, and why (for reviewers and <c>eval</c>).</summary>
public sealed record SetAsideSign(string FlagId, Framing Reason, string Evidence)
{
    public override string ToString() => $"{FlagId} ({Reason.ToString().ToLowerInvariant()}): {Evidence}";
}
