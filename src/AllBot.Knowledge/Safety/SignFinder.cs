using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Finds one idea of a red flag's sign in a message: a word group (its words, minus its exceptions), words as
/// written, or a reading that holds ("temperature >= 38" finds "38.5" and "101F").
/// </summary>
internal abstract class SignFinder
{
    public abstract List<Span> Find(TriageMessage message);

    /// <summary>Every term this finder looks for: the words typos are corrected towards.</summary>
    public virtual IEnumerable<string> Terms => [];

    /// <summary>Every term it knows, its exceptions too: words that are never corrected as typos.</summary>
    public virtual IEnumerable<string> KnownTerms => Terms;

    public static SignFinder For(SignIdea idea, IReadOnlyDictionary<string, SignFinder> groups, TriageAnalyzer analyzer) => idea switch
    {
        GroupIdea group => groups[group.Name],
        PhraseIdea phrase => new PhraseFinder(new PhraseSet([phrase.Text], analyzer, PhraseMatch.StemsWithGaps), new PhraseSet([], analyzer, PhraseMatch.Stems)),
        ReadingIdea reading => new ReadingFinder(reading),
        _ => throw new ArgumentOutOfRangeException(nameof(idea)),
    };

    public static SignFinder For(WordGroup group, TriageAnalyzer analyzer) =>
        new PhraseFinder(new PhraseSet(group.Words, analyzer, PhraseMatch.StemsWithGaps), new PhraseSet(group.Except, analyzer, PhraseMatch.Stems));
}

/// <summary>Phrases of a group or words in quotes; a match inside one of the exceptions does not count.</summary>
internal sealed class PhraseFinder(PhraseSet words, PhraseSet except) : SignFinder
{
    public override List<Span> Find(TriageMessage message)
    {
        var found = words.Find(message);
        if (found.Count == 0) return found;
        var excepted = except.Find(message);
        return excepted.Count == 0 ? found : found.Where(span => !excepted.Any(span.Overlaps)).ToList();
    }

    public override IEnumerable<string> Terms => words.Terms;

    public override IEnumerable<string> KnownTerms => words.Terms.Concat(except.Terms);
}

/// <summary>Readings of one kind that hold against the threshold, each found at the word where it was typed.</summary>
internal sealed class ReadingFinder(ReadingIdea idea) : SignFinder
{
    public ReadingIdea Idea { get; } = idea;

    public override List<Span> Find(TriageMessage message) =>
        message.Readings
            .Where(r => r.Kind == Idea.Kind && Idea.Holds(r.Value))
            .Select(r => message.TokenAt(r.Start))
            .Select(token => new Span(token, token))
            .ToList();
}
