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

    public KnowledgeIndex(IReadOnlyList<Article> articles, IReadOnlyList<VideoProgram> programs, string synonyms)
    {
        var passages = articles.SelectMany(a => a.Passages.Select(p => new PassageEntry(a, p))).ToList();
        _passages = new DocumentIndex<PassageEntry>(passages, SearchFields.Passage, _analyzer);
        _videos = new DocumentIndex<VideoProgram>(programs, SearchFields.Video, _analyzer);
        Vocabulary = new Vocabulary(_passages.Terms.Concat(_videos.Terms), _passages.TopicalTerms.Concat(_videos.TopicalTerms));
        Concepts = new QuestionConceptReader(_analyzer, new SynonymExpander(synonyms, _analyzer), Vocabulary);
    }

    public Vocabulary Vocabulary { get; }

    public QuestionConceptReader Concepts { get; }

    public IReadOnlyList<SearchHit<PassageEntry>> SearchPassages(IReadOnlyList<QuestionConcept> concepts, int max) =>
        _passages.Search(concepts, max);

    public IReadOnlyList<SearchHit<VideoProgram>> SearchVideos(IReadOnlyList<QuestionConcept> concepts, int max) =>
        _videos.Search(concepts, max);

    public void Dispose()
    {
        _passages.Dispose();
        _videos.Dispose();
        _analyzer.Dispose();
    }
}
