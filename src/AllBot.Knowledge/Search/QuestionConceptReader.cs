using System.Text.RegularExpressions;
using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Search;

/// <summary>
/// Turns a question into <see cref="QuestionConcept"/>s: the analysis chain, then the editors' synonyms, then typo
/// corrections for unknown longer words. Ranking weights: as typed 1, a synonym 0.7, a lone word of a typed phrase
/// 0.5, a correction 0.6 (one edit) or 0.4 (two edits), so exact words always outrank guesses. Certainty: a
/// synonym 0.85 (the editors say it means about the same), a lone word 0.5, a correction 0.9 or 0.75, and 0.5 at most
/// when the typed word is itself a common English word ("write" is rarely a typo for "white"). Two more readings of an
/// unknown word: words typed together ("bloodcells" is "blood cells"), and a question word mistyped ("whre", "whta"),
/// which carries no topic, as the question word itself does not.
/// </summary>
public sealed partial class QuestionConceptReader(PatientAnalyzer analyzer, SynonymExpander synonyms, Vocabulary vocabulary)
{
    private const float Typed = 1f;
    private const float Synonym = 0.7f;
    /// <summary>How surely an editors' synonym means the word typed.</summary>
    public const float SynonymCertainty = 0.85f;
    private const float PartOfPhrase = 0.5f;
    private const float OneEdit = 0.6f;
    private const float TwoEdits = 0.4f;
    private const float RealWordCertainty = 0.5f;

    public IReadOnlyList<QuestionConcept> Read(string question)
    {
        var terms = analyzer.Terms(question);
        var words = terms.Select(t => t.Term).ToList();
        var concepts = new List<QuestionConcept>();
        var next = 0;
        bool OneRun(int first, int last) => !Punctuation().IsMatch(question.AsSpan(terms[first].Start, terms[last].End - terms[first].Start));
        foreach (var match in synonyms.Match(words, OneRun))
        {
            for (; next < match.Start; next++) AddWord(terms[next]);
            // A word inside the phrase ("loads" in "lost loads of weight") is an idea of its own, before the phrase,
            // which stays the head of what is said.
            if (match.Gap >= 0) AddWord(terms[match.Gap]);
            var phrase = Enumerable.Range(match.Start, match.Length).Where(i => i != match.Gap).Select(i => terms[i]).ToList();
            concepts.Add(Phrase(phrase, match.Alternatives, question));
            next = match.Start + match.Length;
        }
        for (; next < terms.Count; next++) AddWord(terms[next]);
        return concepts;

        void AddWord(AnalyzedTerm term)
        {
            if (Word(term, question) is { } concept) concepts.Add(concept);
        }
    }

    private QuestionConcept? Word(AnalyzedTerm term, string question)
    {
        var alternatives = new List<ConceptTerms> { new([term.Term], Typed, 1f) };
        var typed = question[term.Start..term.End];
        if (!vocabulary.Contains(term.Term))
        {
            var realWord = CommonEnglishWords.Contains(typed);
            var corrections = vocabulary.Corrections(term.Term);
            foreach (var (correction, edits) in corrections)
            {
                var certainty = edits == 1 ? 0.9f : 0.75f;
                alternatives.Add(new([correction], edits == 1 ? OneEdit : TwoEdits, realWord ? Math.Min(certainty, RealWordCertainty) : certainty));
            }
            if (!realWord && !corrections.Any(c => c.Edits == 1) && MistypedQuestionWord(typed)) return null;
            if (TypedTogether(typed) is { } apart) alternatives.Add(new(apart, OneEdit, 0.9f));
        }
        return new QuestionConcept(typed, alternatives, term.Start, term.End);
    }

    /// <summary>
    /// "whre", "wich", "whta": a question word with a letter left out or two letters swapped, and nothing the knowledge
    /// base knows. Only the "wh" words, and only those slips: a letter added or changed makes real words ("wheat",
    /// "whey", and "dogs" or "cold" from "does" or "could") that may be what is asked about.
    /// </summary>
    private static bool MistypedQuestionWord(string typed)
    {
        var word = typed.ToLowerInvariant();
        return word.Length >= 4 && QuestionWords.Any(question =>
            word[0] == question[0] && EditDistance.Within(word, question, 1) == 1
            && (word.Length == question.Length - 1 || word.Order().SequenceEqual(question.Order())));
    }

    private static readonly string[] QuestionWords = ["what", "where", "when", "which", "whose"];

    /// <summary>"bloodcells", "bonemarrow": two words the knowledge base knows, typed without the space between them.</summary>
    private string[]? TypedTogether(string typed)
    {
        const int MinPart = 3;
        if (typed.Length < 2 * MinPart + 1 || !typed.All(char.IsLetter)) return null;
        for (var split = MinPart; split <= typed.Length - MinPart; split++)
        {
            if (analyzer.Terms(typed[..split]) is [var first] && analyzer.Terms(typed[split..]) is [var second]
                && vocabulary.Contains(first.Term) && vocabulary.Contains(second.Term))
                return [first.Term, second.Term];
        }
        return null;
    }

    private static QuestionConcept Phrase(List<AnalyzedTerm> typed, IReadOnlyList<string[]> synonyms, string question)
    {
        var alternatives = new List<ConceptTerms> { new([.. typed.Select(t => t.Term)], Typed, 1f) };
        alternatives.AddRange(synonyms.Select(terms => new ConceptTerms(terms, Synonym, SynonymCertainty)));
        if (typed.Count > 1) alternatives.AddRange(typed.Select(t => new ConceptTerms([t.Term], PartOfPhrase, PartOfPhrase)));
        return new QuestionConcept(question[typed[0].Start..typed[^1].End], alternatives, typed[0].Start, typed[^1].End);
    }

    [GeneratedRegex(@"[,.;:!?()]")]
    private static partial Regex Punctuation();
}
