namespace AllBot.Knowledge.Content;

/// <summary>How soon someone must get help when a red flag is described.</summary>
public enum RedFlagLevel
{
    /// <summary>Call the emergency number or the 24-hour line now.</summary>
    Emergency,
    /// <summary>Call the treatment team now.</summary>
    CallTeamNow,
    /// <summary>Call the treatment team today.</summary>
    CallTeamToday,
}

/// <summary>Words and phrases that say the same thing, and phrases that use them without meaning it.</summary>
public sealed record WordGroup(string Name, IReadOnlyList<string> Words, IReadOnlyList<string> Except);

/// <summary>One idea of a red flag's sign: a word group, words as written, or a reading such as a temperature.</summary>
public abstract record SignIdea;

/// <summary>Any word of the group <paramref name="Name"/> (red-flags/words.md).</summary>
public sealed record GroupIdea(string Name) : SignIdea
{
    public override string ToString() => Name;
}

/// <summary>These words, as written (in quotes in the file).</summary>
public sealed record PhraseIdea(string Text) : SignIdea
{
    public override string ToString() => $"\"{Text}\"";
}

/// <summary>What a reading measures: a temperature in °C (°F readings are converted) or a duration in minutes.</summary>
public enum ReadingKind
{
    Temperature,
    Minutes,
}

/// <summary>A reading compared with a threshold from the guidance, such as <c>temperature &gt;= 38</c>.</summary>
public sealed record ReadingIdea(ReadingKind Kind, string Comparison, double Threshold) : SignIdea
{
    public bool Holds(double value) => Comparison switch
    {
        ">=" => value >= Threshold,
        ">" => value > Threshold,
        "<=" => value <= Threshold,
        _ => value < Threshold,
    };

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Comparison} {Threshold}";
}

/// <summary>A message the editors wrote for a red flag, with its line for <c>check</c>.</summary>
public sealed record RedFlagExample(string Text, int Line);

/// <summary>
/// A red flag from knowledge-base/red-flags/: what counts (any one of <see cref="Signs"/>, each a set of ideas that
/// must all be said), what cancels it (<see cref="Unless"/>), what is not this red flag but still earns the
/// safety-net line (<see cref="SafetyNet"/>, such as a temperature of 37.5 °C), what keeps it a red flag when said to
/// be over (<see cref="StillCountsAfter"/>: paracetamol hides a fever), whether it counts when said in the past
/// (<see cref="PastCounts"/>: a contact with chickenpox days ago), the reply and the public sources.
/// </summary>
public sealed record RedFlag(
    string Id,
    string Name,
    RedFlagLevel Level,
    IReadOnlyList<IReadOnlyList<SignIdea>> Signs,
    IReadOnlyList<SignIdea> Unless,
    IReadOnlyList<IReadOnlyList<SignIdea>> SafetyNet,
    IReadOnlyList<SignIdea> StillCountsAfter,
    bool AboutAnyone,
    bool PastCounts,
    string? Reply,
    IReadOnlyList<RedFlagExample> Examples,
    IReadOnlyList<RedFlagExample> Information,
    IReadOnlyList<string> Sources,
    string Path)
{
    /// <summary>Every idea the flag is written with: its signs, safety-net signs, exceptions and what still counts.</summary>
    public IEnumerable<SignIdea> Ideas => Signs.Concat(SafetyNet).SelectMany(sign => sign).Concat(Unless).Concat(StillCountsAfter);
}

/// <summary>The red flags and the word groups they are written with.</summary>
public sealed record RedFlagBook(IReadOnlyList<WordGroup> Groups, IReadOnlyList<RedFlag> Flags)
{
    /// <summary>The group of everyday symptoms that, described as happening, ends an answer with the safety-net line.</summary>
    public const string SymptomsGroup = "symptoms";
}
