using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Every word group of the red flags (red-flags/words.md) and every phrase a sign writes in quotes, each with a number,
/// found in a message in one pass (<see cref="PhraseIndex"/>): a group's phrases with gaps, minus its exceptions
/// ("blood test" is not bleeding). Readings are found by the message itself.
/// </summary>
internal sealed class SignVocabulary
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly PhraseIndex _words;
    private readonly PhraseIndex _except;

    public SignVocabulary(RedFlagBook book, TriageAnalyzer analyzer)
    {
        var words = new List<IEnumerable<string>>();
        var except = new List<IEnumerable<string>>();
        foreach (var group in book.Groups)
        {
            _numbers[group.Name] = words.Count;
            words.Add(group.Words);
            except.Add(group.Except);
        }
        var phrases = book.Flags.SelectMany(f => f.Ideas).OfType<PhraseIdea>();
        foreach (var phrase in phrases.Select(p => Key(p)).Distinct())
        {
            _numbers[phrase] = words.Count;
            words.Add([phrase[1..]]);
            except.Add([]);
        }
        _words = new PhraseIndex(words, analyzer, PhraseMatch.StemsWithGaps);
        _except = new PhraseIndex(except, analyzer, PhraseMatch.Stems);
    }

    /// <summary>The stems of every group's and phrase's words: what typos are corrected towards.</summary>
    public IEnumerable<string> Terms => _words.Terms;

    /// <summary>Every stem the vocabulary knows, its exceptions' too: words that are never corrected as typos.</summary>
    public IEnumerable<string> KnownTerms => _words.Terms.Concat(_except.Terms);

    /// <summary>The number of a group (by name) or a phrase idea, for <see cref="FoundWords"/>.</summary>
    public int NumberOf(SignIdea idea) => idea switch
    {
        GroupIdea group => _numbers[group.Name],
        PhraseIdea phrase => _numbers[Key(phrase)],
        _ => throw new ArgumentOutOfRangeException(nameof(idea)),
    };

    public int NumberOf(string group) => _numbers[group];

    /// <summary>Where every group and phrase is said in <paramref name="message"/>, exceptions taken out.</summary>
    public FoundWords Find(TriageMessage message)
    {
        var found = _words.Find(message);
        var excepted = _except.Find(message);
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i].Count > 0 && excepted[i].Count > 0) found[i].RemoveAll(span => excepted[i].Any(span.Overlaps));
        }
        return new FoundWords(found);
    }

    /// <summary>Phrases and group names never meet: a phrase's key starts with a quote.</summary>
    private static string Key(PhraseIdea phrase) => "\"" + phrase.Text;
}

/// <summary>The places each group and phrase of a <see cref="SignVocabulary"/> was found in one message.</summary>
internal sealed class FoundWords(List<Span>[] spans)
{
    public IReadOnlyList<Span> this[int number] => spans[number];
}
