using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Safety;

/// <summary>Where a phrase was found: the first and last token it covers.</summary>
internal readonly record struct Span(int First, int Last)
{
    public bool Overlaps(Span other) => First <= other.Last && other.First <= Last;

    public bool Contains(int token) => token >= First && token <= Last;
}

/// <summary>How a <see cref="PhraseSet"/> meets a message.</summary>
internal enum PhraseMatch
{
    /// <summary>By stems, exactly in order ("blood test").</summary>
    Stems,
    /// <summary>
    /// By stems, with up to two words between two words of the phrase ("can not really breathe", "lips look a bit
    /// blue"), but never across "and", "or", "but" or a clause boundary ("blood and clots" is not "blood clots").
    /// </summary>
    StemsWithGaps,
    /// <summary>By the words as written out, exactly in order, for cues whose tense is their meaning ("it stopped").</summary>
    Words,
}

/// <summary>
/// Phrases analysed by the triage chain and found in a message, indexed by first term. Cue phrases such as "has
/// stopped" are matched exactly, so "has not stopped" is never read as "has stopped".
/// </summary>
internal sealed class PhraseSet
{
    private const int MaxGap = 2;
    private static readonly HashSet<string> GapStoppers = new(StringComparer.Ordinal) { "and", "or", "but", "then", "if", "when", "while", "so", "becaus" };

    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);
    private readonly PhraseMatch _match;

    public PhraseSet(IEnumerable<string> phrases, TriageAnalyzer analyzer, PhraseMatch match)
    {
        _match = match;
        foreach (var phrase in phrases)
        {
            var terms = analyzer.Terms(phrase).Select(t => t.Term).ToArray();
            if (terms.Length == 0) continue;
            if (!_byFirst.TryGetValue(terms[0], out var list)) _byFirst[terms[0]] = list = [];
            list.Add(terms);
        }
    }

    /// <summary>Every term of every phrase (the vocabulary typos are corrected towards).</summary>
    public IEnumerable<string> Terms => _byFirst.Values.SelectMany(list => list).SelectMany(terms => terms);

    /// <summary>Every place a phrase starts in <paramref name="message"/>, longest match first at each start.</summary>
    public List<Span> Find(TriageMessage message)
    {
        var found = new List<Span>();
        for (var i = 0; i < message.Count; i++)
        {
            if (!_byFirst.TryGetValue(At(message, i), out var candidates)) continue;
            var best = -1;
            foreach (var phrase in candidates)
            {
                var end = MatchAt(message, i, phrase);
                if (end > best) best = end;
            }
            if (best >= 0) found.Add(new Span(i, best));
        }
        return found;
    }

    private int MatchAt(TriageMessage message, int start, string[] phrase)
    {
        var position = start;
        var maxGap = _match == PhraseMatch.StemsWithGaps ? MaxGap : 0;
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
                if (GapStoppers.Contains(message[candidate]) || message.Tokens[candidate + 1 < message.Count ? candidate + 1 : candidate].Clause != message.Tokens[start].Clause) break;
            }
            if (next < 0) return -1;
            position = next;
        }
        return position;
    }

    private string At(TriageMessage message, int index) => _match == PhraseMatch.Words ? message.Word(index) : message[index];
}
