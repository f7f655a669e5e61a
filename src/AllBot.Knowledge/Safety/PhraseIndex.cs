using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Safety;

/// <summary>Where a phrase was found: the first and last token it covers.</summary>
internal readonly record struct Span(int First, int Last)
{
    public bool Overlaps(Span other) => First <= other.Last && other.First <= Last;
}

/// <summary>How a <see cref="PhraseIndex"/> meets a message.</summary>
internal enum PhraseMatch
{
    /// <summary>By stems, exactly in order ("blood test").</summary>
    Stems,
    /// <summary>
    /// By stems, with up to two words between two words of the phrase ("can not really breathe", "breathing super
    /// fast"), never across "and", "or", "but" or a clause boundary, and not in a two-word phrase that starts with a
    /// small word ("not hers").
    /// </summary>
    StemsWithGaps,
    /// <summary>By the words as written out, exactly in order, for cues whose tense is their meaning ("it stopped").</summary>
    Words,
}

/// <summary>
/// Many named lists of phrases (the red flags' word groups, or the context cues), analysed by the triage chain once
/// and found in a message in one pass: every phrase is indexed by its first term, so a message's words are looked up
/// once each, whatever the number of lists. Cue phrases such as "has stopped" are matched exactly, so "has not stopped"
/// is never read as "has stopped".
/// </summary>
internal sealed class PhraseIndex
{
    private const int MaxGap = 2;
    private static readonly HashSet<string> GapStoppers = new(StringComparer.Ordinal) { "and", "or", "but", "then", "if", "when", "while", "so", "becaus" };

    /// <summary>Lucene's English stop words and the pronouns, as the triage chain leaves them.</summary>
    private static readonly HashSet<string> SmallWords = new(
        Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(w => w.ToString()!)
            .Concat(["his", "her", "hi", "my", "your", "our", "him", "he", "she", "we", "you", "i", "me"]),
        StringComparer.Ordinal);

    private readonly Dictionary<string, List<(int List, string[] Terms)>> _byFirst = new(StringComparer.Ordinal);
    private readonly PhraseMatch _match;

    /// <summary>Indexes <paramref name="lists"/>: a list's place in the sequence is its number in <see cref="Find"/>'s result.</summary>
    public PhraseIndex(IEnumerable<IEnumerable<string>> lists, TriageAnalyzer analyzer, PhraseMatch match)
    {
        _match = match;
        var number = 0;
        foreach (var list in lists)
        {
            foreach (var phrase in list)
            {
                var terms = analyzer.Terms(phrase).Select(t => match == PhraseMatch.Words ? t.Word : t.Stem).ToArray();
                if (terms.Length == 0) continue;
                if (!_byFirst.TryGetValue(terms[0], out var entries)) _byFirst[terms[0]] = entries = [];
                entries.Add((number, terms));
            }
            number++;
        }
        Count = number;
    }

    /// <summary>How many lists the index holds.</summary>
    public int Count { get; }

    /// <summary>Every term of every phrase.</summary>
    public IEnumerable<string> Terms => _byFirst.Values.SelectMany(entries => entries).SelectMany(entry => entry.Terms);

    /// <summary>For each list, every place one of its phrases starts in <paramref name="message"/> (the longest there).</summary>
    public List<Span>[] Find(TriageMessage message)
    {
        var found = new List<Span>[Count];
        for (var i = 0; i < message.Count; i++)
        {
            if (!_byFirst.TryGetValue(At(message, i), out var entries)) continue;
            foreach (var (list, terms) in entries)
            {
                var end = MatchAt(message, i, terms);
                if (end < 0) continue;
                var spans = found[list] ??= [];
                if (spans.Count > 0 && spans[^1].First == i)
                {
                    if (end > spans[^1].Last) spans[^1] = new Span(i, end);
                }
                else spans.Add(new Span(i, end));
            }
        }
        for (var list = 0; list < found.Length; list++) found[list] ??= [];
        return found;
    }

    private int MatchAt(TriageMessage message, int start, string[] phrase)
    {
        var position = start;
        // A two-word phrase that starts with a small word takes no gap: "not hers" is not in "will not feed her".
        var gaps = _match == PhraseMatch.StemsWithGaps && (phrase.Length >= 3 || !SmallWords.Contains(phrase[0]));
        var maxGap = gaps ? MaxGap : 0;
        for (var k = 1; k < phrase.Length; k++)
        {
            var next = -1;
            for (var candidate = position + 1; candidate <= position + 1 + maxGap && candidate < message.Count; candidate++)
            {
                if (At(message, candidate) == phrase[k])
                {
                    next = candidate;
                    break;
                }
                // A gap never crosses "and", "but" or a comma: "did not sleep, paracetamol helped" is not "did not help".
                if (GapStoppers.Contains(message[candidate]) || message.Tokens[candidate].Clause != message.Tokens[start].Clause) break;
            }
            if (next < 0) return -1;
            position = next;
        }
        return position;
    }

    private string At(TriageMessage message, int index) => _match == PhraseMatch.Words ? message.Word(index) : message[index];
}
