using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>A word of a text for the triage: its stem, the word written out (not stemmed), and where it was typed.</summary>
public readonly record struct TriageTerm(string Stem, string Word, int Start, int End);

/// <summary>
/// The analysis chain for the urgent triage: the search's normalisation (lower case, accents, British spellings,
/// stems) without its stop words and number filter, because for a red flag the small words carry the meaning
/// ("no fever", "if he gets", "my son", "since this morning"). Messages and the red flags' words go through the
/// same chain, so "Vomitting", "vomited" and "being sick" meet the words the editors wrote. Each word comes out both
/// written out and stemmed, in one pass: the red flags' words are matched on stems, the context cues on the words,
/// where the tense is the meaning ("it stopped" is not "make it stop").
/// </summary>
public sealed class TriageAnalyzer : Analyzer
{
    /// <summary>
    /// Words the stemmer would merge with words of another meaning: "fitting" (a seizure) and "fitness" both stem to
    /// "fit", "stroking" (a cat) to "stroke", "clotting" (a blood test) to "clot", "confusing" (a leaflet) to
    /// "confus(ed)". They are kept as they are.
    /// </summary>
    private static readonly CharArraySet Unstemmed = new CharArraySet(PatientAnalyzer.Version,
        ["fitting", "fits", "fitness", "fitted", "stroking", "stroked", "clotting", "confusing"], ignoreCase: false).AsReadOnly();

    /// <summary>The words of <paramref name="text"/> in order, each written out and stemmed, with where it was typed.</summary>
    public IReadOnlyList<TriageTerm> Terms(string text)
    {
        var terms = new List<TriageTerm>(Math.Max(8, text.Length / 5));
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var word = stream.AddAttribute<IWrittenOutAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(new TriageTerm(term.ToString(), word.Word, offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    /// <summary>
    /// A dose written with its unit ("10ml", "5mg") is read as the number and the unit, so "10ml instead of 1ml" meets
    /// the words "ml instead of". (The char filter places the unit's offsets one character late: the evidence quotes
    /// "l instead of".)
    /// </summary>
    private static readonly Regex DoseUnit = new(@"(\d)(ml|mls|mg|mcg)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(DoseUnit, "$1 $2", reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(PatientAnalyzer.Version, reader);
        TokenStream result = new LowerCaseFilter(PatientAnalyzer.Version, source);
        result = new ASCIIFoldingFilter(result);
        // "cant" -> "can not", "hes" -> "he is": before the possessive filter, which would cut "he's" to "he".
        result = new TextSpeakFilter(result);
        result = new EnglishPossessiveFilter(PatientAnalyzer.Version, result);
        result = new SpellingFoldFilter(result);
        // Kept as written out beside the stem.
        result = new WrittenOutFilter(result);
        result = new SetKeywordMarkerFilter(result, Unstemmed);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
