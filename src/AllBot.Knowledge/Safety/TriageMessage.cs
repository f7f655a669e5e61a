using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// A word of a message as the triage reads it: its stem (after typo correction) for the red flags' words, the word
/// written out (not stemmed) for the context cues, where it was typed, and its sentence and clause.
/// </summary>
internal readonly record struct TriageToken(string Term, string Word, int Start, int End, int Sentence, int Clause);

/// <summary>
/// A message read for the triage: its terms in order, split into sentences and clauses, the readings it holds, and
/// where the newest message starts when the previous one of the conversation is read with it.
/// </summary>
internal sealed class TriageMessage
{
    private TriageMessage(string text, IReadOnlyList<TriageToken> tokens, IReadOnlyList<Reading> readings, int newestStart,
        HashSet<int> questionClauses)
    {
        Text = text;
        Tokens = tokens;
        Readings = readings;
        NewestStart = newestStart;
        _questionClauses = questionClauses;
    }

    /// <summary>How many words before a number a temperature word may stand ("temp is now at 38").</summary>
    private const int TemperatureReach = 4;

    private readonly HashSet<int> _questionClauses;

    public string Text { get; }

    public IReadOnlyList<TriageToken> Tokens { get; }

    public IReadOnlyList<Reading> Readings { get; }

    /// <summary>The first token of the newest message (0 when there is no previous message).</summary>
    public int NewestStart { get; }

    public int Count => Tokens.Count;

    public string this[int index] => Tokens[index].Term;

    /// <summary>The word at <paramref name="index"/> as written out, not stemmed.</summary>
    public string Word(int index) => Tokens[index].Word;

    /// <summary>How many words a sentence has.</summary>
    public int SentenceLength(int sentence)
    {
        var count = 0;
        foreach (var token in Tokens)
        {
            if (token.Sentence == sentence) count++;
            else if (token.Sentence > sentence) break;
        }
        return count;
    }

    /// <summary>True when the clause asks something: it ends with "?" or opens with a question word.</summary>
    public bool IsQuestion(int clause) => _questionClauses.Contains(clause);

    /// <summary>The token at or after a text offset (a reading's place among the words).</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset) return i;
        }
        return Tokens.Count - 1;
    }

    /// <summary>Reads <paramref name="newest"/>, after <paramref name="previous"/> when the conversation has one.</summary>
    public static TriageMessage Read(string newest, string? previous, TriageAnalyzer analyzer, ContextCues cues, Func<string, string> correct)
    {
        var text = string.IsNullOrEmpty(previous) ? newest : previous + "\n" + newest;
        var newestOffset = text.Length - newest.Length;
        var terms = analyzer.Terms(text);
        var tokens = new List<TriageToken>(terms.Count);
        var questions = new HashSet<int>();
        int sentence = 0, clause = 0, last = 0, newestStart = -1;
        var clauseOpened = true;
        for (var index = 0; index < terms.Count; index++)
        {
            var term = terms[index];
            var gap = text.AsSpan(last, Math.Max(0, term.Start - last));
            if (EndsSentence(gap, text, last))
            {
                if (gap.Contains('?')) questions.Add(clause);
                sentence++;
                clause++;
                clauseOpened = true;
            }
            else if (gap.IndexOfAny(",:()–—") >= 0 || gap.Contains(" - ", StringComparison.Ordinal) || (cues.ClauseOpeners.Contains(term.Word) && tokens.Count > 0))
            {
                clause++;
                clauseOpened = true;
            }
            // "can not breathe" and "do not know" open a sentence without asking anything.
            var notFollows = index + 1 < terms.Count && terms[index + 1].Word == cues.NotWord;
            if (clauseOpened && cues.QuestionOpeners.Contains(term.Word) && !notFollows) questions.Add(clause);
            clauseOpened = false;
            if (newestStart < 0 && term.Start >= newestOffset) newestStart = tokens.Count;
            tokens.Add(new TriageToken(correct(term.Stem), term.Word, term.Start, term.End, sentence, clause));
            last = term.End;
        }
        if (text.AsSpan(last).Contains('?')) questions.Add(clause);
        // A number is a temperature after a temperature word, read as the stems are, typos corrected ("fevr 39").
        bool TemperatureWordBefore(int offset)
        {
            var before = tokens.FindLastIndex(t => t.End <= offset);
            for (var i = before; i >= 0 && i > before - TemperatureReach; i--)
            {
                if (cues.TemperatureWords.Contains(tokens[i].Term)) return true;
            }
            return false;
        }
        return new TriageMessage(text, tokens, ReadingReader.Read(text, TemperatureWordBefore), Math.Max(0, newestStart), questions);
    }

    /// <summary>Sentence ends between words: . ! ? ; or a line break (a decimal point sits inside a word).</summary>
    private static bool EndsSentence(ReadOnlySpan<char> gap, string text, int start) =>
        gap.IndexOfAny(".!?;\n") >= 0 && start > 0;
}
