using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Search;

/// <summary>A passage with the article it comes from.</summary>
public sealed record PassageEntry(Article Article, Passage Passage);

/// <summary>
/// The searchable knowledge base: passages and programs in separate indexes (ranked separately, so a long video
/// description never pushes a passage out), one vocabulary over both, and the question reader built with the
/// editors' synonyms. Built once; safe to share.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();
    private readonly DocumentIndex<PassageEntry> _passages;
    private readonly DocumentIndex<VideoProgram> _videos;
    private readonly Dictionary<PassageEntry, IReadOnlySet<string>> _defined;
    private readonly HashSet<string> _definedAnywhere;
    private readonly Dictionary<PassageEntry, IReadOnlySet<string>> _passageCauses;
    private readonly Dictionary<VideoProgram, IReadOnlySet<string>> _programCauses;

    public KnowledgeIndex(IReadOnlyList<Article> articles, IReadOnlyList<VideoProgram> programs, string synonyms)
    {
        var passages = articles.SelectMany(a => a.Passages.Select(p => new PassageEntry(a, p))).ToList();
        _passages = new DocumentIndex<PassageEntry>(passages, SearchFields.Passage, _analyzer);
        _defined = passages.ToDictionary(p => p, p => (IReadOnlySet<string>)DefinedTerms.In(p.Passage.Text, _analyzer).Select(Phrase).ToHashSet(StringComparer.Ordinal));
        _definedAnywhere = _defined.Values.SelectMany(d => d).ToHashSet(StringComparer.Ordinal);
        _passageCauses = passages.ToDictionary(p => p, p => CauseStatements.In(string.Join('\n', [p.Passage.Text, .. p.Passage.Questions, .. p.Passage.Keywords]), _analyzer));
        _programCauses = programs.ToDictionary(p => p, p => CauseStatements.In(string.Join('\n', [p.Title, p.Description, .. p.Questions ?? [], .. p.Topics]), _analyzer));
        _videos = new DocumentIndex<VideoProgram>(programs, SearchFields.Video, _analyzer);
        Vocabulary = new Vocabulary(
            _passages.Terms.Concat(_videos.Terms), _passages.TopicalTerms.Concat(_videos.TopicalTerms), _passages.ItemTerms.Concat(_videos.ItemTerms));
        Concepts = new QuestionConceptReader(_analyzer, new SynonymExpander(synonyms, _analyzer), Vocabulary);
    }

    public Vocabulary Vocabulary { get; }

    public QuestionConceptReader Concepts { get; }

    public IReadOnlyList<SearchHit<PassageEntry>> SearchPassages(IReadOnlyList<QuestionConcept> concepts, int max) =>
        _passages.Search(concepts, max);

    /// <summary>
    /// True when <paramref name="entry"/> says what <paramref name="concept"/> is (<see cref="DefinedTerms"/>): as typed,
    /// through a synonym, or a typo away.
    /// </summary>
    public bool Defines(PassageEntry entry, QuestionConcept concept) =>
        _defined.TryGetValue(entry, out var defined) && Names(concept, defined, Phrase);

    /// <summary>True when <paramref name="entry"/> says what causes <paramref name="effect"/> (<see cref="CauseStatements"/>).</summary>
    public bool SaysWhatCauses(PassageEntry entry, QuestionConcept effect) =>
        _passageCauses.TryGetValue(entry, out var causes) && Names(effect, causes, HeadWord);

    /// <summary>True when <paramref name="program"/> says what causes <paramref name="effect"/>.</summary>
    public bool SaysWhatCauses(VideoProgram program, QuestionConcept effect) =>
        _programCauses.TryGetValue(program, out var causes) && Names(effect, causes, HeadWord);

    /// <summary>True when some passage says what <paramref name="concept"/> is.</summary>
    public bool DefinesAnywhere(QuestionConcept concept) => Names(concept, _definedAnywhere, Phrase);

    /// <summary>
    /// True when one of <paramref name="concept"/>'s forms, as <paramref name="key"/> writes it, is in <paramref name="named"/>:
    /// as typed, through a synonym (0.85) or a one-letter typo (0.9); a lone word of a phrase (0.5) does not name it.
    /// </summary>
    private static bool Names(QuestionConcept concept, IReadOnlySet<string> named, Func<string[], string> key) =>
        concept.Alternatives.Any(a => a.Certainty >= MinNamingCertainty && a.Terms.Length > 0 && named.Contains(key(a.Terms)));

    private const float MinNamingCertainty = 0.7f;

    private static string Phrase(string[] terms) => string.Join(' ', terms);

    private static string HeadWord(string[] terms) => terms[0];

    public IReadOnlyList<SearchHit<VideoProgram>> SearchVideos(IReadOnlyList<QuestionConcept> concepts, int max) =>
        _videos.Search(concepts, max);

    public void Dispose()
    {
        _passages.Dispose();
        _videos.Dispose();
        _analyzer.Dispose();
    }
}
