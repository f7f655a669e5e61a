using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain for AllBot's content, patients' questions and the editors' synonym entries alike, so all
/// three meet as the same terms. Synonyms are applied after it, to questions only, by <see cref="SynonymExpander"/>:
/// that keeps "chimeric antigen receptor" a whole phrase instead of three loose words stacked on "CAR-T".
/// </summary>
public sealed class PatientAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly CharArraySet _stopWords = PatientStopWords.Create(Version);

    /// <summary>
    /// Words the stemmer would fold into a word of another meaning: an illness is a disease, but "ill" is how someone
    /// feels ("why do I feel ill?"); cells are formed (made), but ALL is a form (a kind) of cancer. Each keeps its own
    /// term, plural and singular alike.
    /// </summary>
    private static readonly StemmerOverrideFilter.StemmerOverrideMap OwnStems = BuildOwnStems(
        ("illness", "illness"), ("illnesses", "illness"), ("sickness", "sickness"), ("sicknesses", "sickness"),
        ("formed", "formed"), ("forming", "formed"),
        // Irregular forms the stemmer cannot reach: "once they're fully grown" is about growing, "it was made in the
        // marrow" about making. Each maps to the stem of its plain form.
        ("grown", "grow"), ("grew", "grow"), ("made", "make"), ("taken", "take"), ("took", "take"),
        ("given", "give"), ("gave", "give"), ("fought", "fight"), ("became", "becom"), ("began", "begin"),
        ("begun", "begin"), ("spoke", "speak"), ("spoken", "speak"), ("chose", "choos"), ("chosen", "choos"),
        ("felt", "feel"), ("found", "find"), ("kept", "keep"), ("came", "come"), ("lost", "lose"), ("eaten", "eat"), ("ate", "eat"),
        ("earlier", "earli"), ("earliest", "earli"),
        // A follower is not a follow-up: "more followers on my page" is not about the plan after a trial.
        ("follower", "follower"), ("followers", "follower"));

    /// <summary>The terms of <paramref name="text"/> in order, with where each came from in the text.</summary>
    public IReadOnlyList<AnalyzedTerm> Terms(string text)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(new AnalyzedTerm(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOwnStems(params (string Word, string Stem)[] words)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in words) builder.Add(word, stem);
        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = source;
        // Before lower-casing, while "ALL" can still be told apart from "all".
        result = new DiseaseAcronymFilter(result);
        result = new EnglishPossessiveFilter(Version, result);
        result = new LowerCaseFilter(Version, result);
        // "ppl" -> "people", "tmrw" -> "tomorrow": chat shorthand, written out.
        result = new TextSpeakFilter(result, TextSpeak.Shorthand);
        // é -> e, so "leucémie"-style accents and curly punctuation do not split words from their plain forms.
        result = new ASCIIFoldingFilter(result);
        // leukaemia -> leukemia, tumour -> tumor: before stemming, which only knows one spelling.
        result = new SpellingFoldFilter(result);
        // "Don't become white cells" is "unable to become" them, not "become" them.
        result = new NegatedGrowthFilter(result);
        // "Do I get a say?" is about decisions; "the doctor say I have ALL" is not.
        result = new SayNounFilter(result);
        result = new StopFilter(Version, result, _stopWords);
        result = new NumberFilter(result);
        result = new StemmerOverrideFilter(result, OwnStems);
        // "ALL" was marked a keyword above, so the stemmer leaves it alone (and so are the words given their own stems).
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

/// <summary>A term and the span of text it came from.</summary>
public readonly record struct AnalyzedTerm(string Term, int Start, int End);
