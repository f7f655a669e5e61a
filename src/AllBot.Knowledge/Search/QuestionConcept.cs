namespace AllBot.Knowledge.Search;

/// <summary>
/// One way to find a concept: a sequence of index terms that must all be present (one term for a word, several
/// for a phrase such as "chimeric antigen receptor"). <paramref name="Weight"/> ranks it (1 = as typed, so exact
/// words outrank synonyms and guesses); <paramref name="Certainty"/> says how surely finding it means the concept
/// was found (a synonym is as sure as the word, a typo correction less so).
/// </summary>
public sealed record ConceptTerms(string[] Terms, float Weight, float Certainty);

/// <summary>
/// One idea in a question: a word or phrase as the person typed it (<paramref name="Start"/> and
/// <paramref name="End"/> are where, in the text that was read), with every way to find it (its stem, the editors'
/// synonyms, typo corrections).
/// </summary>
public sealed record QuestionConcept(string Text, IReadOnlyList<ConceptTerms> Alternatives, int Start = 0, int End = 0)
{
    /// <summary>How much the concept weighs in the ranking: its words as typed (1, scaled for a subject or earlier words).</summary>
    public float Weight => Alternatives.Count > 0 ? Alternatives[0].Weight : 0;

    /// <summary>The same concept weighing <paramref name="factor"/> times as much in the ranking (the previous question's words under a follow-up).</summary>
    public QuestionConcept Scaled(float factor) =>
        this with { Alternatives = Alternatives.Select(a => a with { Weight = a.Weight * factor }).ToList() };

    /// <summary>
    /// How surely a set of terms holds this concept: the certainty of the best alternative it holds completely,
    /// else 0. Used with the vocabulary ("does the knowledge base know this at all?") and with one result's terms.
    /// </summary>
    public float CertaintyIn(Func<string, bool> has)
    {
        var best = 0f;
        foreach (var alternative in Alternatives)
        {
            if (alternative.Certainty > best && alternative.Terms.All(has)) best = alternative.Certainty;
        }
        return best;
    }
}
