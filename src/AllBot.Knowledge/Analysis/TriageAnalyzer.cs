using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain for the urgent triage: the search's normalisation (lower case, accents, British spellings,
/// stems) without its stop words and number filter, because for a red flag the small words carry the meaning
/// ("no fever", "if he gets", "my son", "since this morning"). Messages and the red flags' words go through the
/// same chain, so "Vomitting", "vomited" and "being sick" meet the words the editors wrote. Without stemming it gives
/// the words as written out, for cues where the tense is the meaning ("it stopped" is not "make it stop").
/// </summary>
public sealed class TriageAnalyzer(bool stem = true) : Analyzer
{
    /// <summary>
    /// Words the stemmer would merge with words of another meaning: "fitting" (a seizure) and "fitness" both stem to
    /// "fit", "stroking" (a cat) to "stroke", "clotting" (a blood test) to "clot", "confusing" (a leaflet) to
    /// "confus(ed)". They are kept as they are.
    /// </summary>
    private static readonly CharArraySet Unstemmed = new CharArraySet(PatientAnalyzer.Version,
        ["fitting", "fits", "fitness", "fitted", "stroking", "stroked", "clotting", "confusing"], ignoreCase: false).AsReadOnly();

    /// <summary>The terms of <paramref name="text"/> in order, with where each came from in the text.</summary>
    public IReadOnlyList<AnalyzedTerm> Terms(string text)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(new AnalyzedTerm(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(PatientAnalyzer.Version, reader);
        TokenStream result = new LowerCaseFilter(PatientAnalyzer.Version, source);
        result = new ASCIIFoldingFilter(result);
        // "cant" -> "can not", "hes" -> "he is": before the possessive filter, which would cut "he's" to "he".
        result = new TextSpeakFilter(result);
        result = new EnglishPossessiveFilter(PatientAnalyzer.Version, result);
        result = new SpellingFoldFilter(result);
        if (stem)
        {
            result = new SetKeywordMarkerFilter(result, Unstemmed);
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }
}
