using System.Collections.Concurrent;
using AllBot.Knowledge.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace AllBot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene index of one kind of item (passages or programs), ranked with BM25. Built once, then
/// searched by many threads at once (IndexSearcher is thread-safe; nothing here changes after the constructor but
/// a concurrent cache of term look-ups).
/// </summary>
internal sealed class DocumentIndex<T> : IDisposable
{
    // Lucene's default is TF-IDF; BM25 ranks short passages better and is what we calibrated on.
    private static readonly Similarity Ranking = new BM25Similarity();

    /// <summary>More candidates are scored than asked for, so the coordination factor can bring one up from below.</summary>
    private const int CandidatesPerResult = 3;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IndexedDocument<T>[] _documents;
    private readonly int[] _ordinalOfDoc;
    private readonly IReadOnlyList<SearchField<T>> _fields;
    private readonly Dictionary<string, HashSet<string>> _termsByField;
    private readonly Dictionary<string, ConcurrentDictionary<string, IndexedTerm>> _lookedUp;

    public DocumentIndex(IReadOnlyList<T> items, IReadOnlyList<SearchField<T>> fields, PatientAnalyzer contentAnalyzer)
    {
        _fields = fields;
        _termsByField = fields.ToDictionary(f => f.Name, _ => new HashSet<string>(StringComparer.Ordinal));
        _lookedUp = fields.ToDictionary(f => f.Name, _ => new ConcurrentDictionary<string, IndexedTerm>(StringComparer.Ordinal));
        _documents = new IndexedDocument<T>[items.Count];
        var config = new IndexWriterConfig(PatientAnalyzer.Version, contentAnalyzer)
        {
            Similarity = Ranking,
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var document = new Document { new StoredField(SearchFields.Ordinal, i) };
                var terms = new HashSet<string>(StringComparer.Ordinal);
                var topical = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in fields)
                {
                    var text = field.Text(items[i]);
                    document.Add(new TextField(field.Name, text, Field.Store.NO));
                    var fieldTerms = contentAnalyzer.Terms(text).Select(t => t.Term).ToList();
                    terms.UnionWith(fieldTerms);
                    _termsByField[field.Name].UnionWith(fieldTerms);
                    if (field.Topical) topical.UnionWith(fieldTerms);
                }
                writer.AddDocument(document);
                _documents[i] = new IndexedDocument<T>(items[i], terms, topical);
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Ranking };
        _ordinalOfDoc = new int[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
            _ordinalOfDoc[doc] = _reader.Document(doc).GetField(SearchFields.Ordinal).GetInt32Value() ?? -1;
    }

    /// <summary>Every analysed term of every item, for the <see cref="Vocabulary"/>.</summary>
    public IEnumerable<string> Terms => _documents.SelectMany(d => d.Terms);

    /// <summary>Each item's analysed terms.</summary>
    public IEnumerable<IReadOnlySet<string>> ItemTerms => _documents.Select(d => d.Terms);

    /// <summary>The terms of the items' topical fields.</summary>
    public IEnumerable<string> TopicalTerms => _documents.SelectMany(d => d.TopicalTerms);

    /// <summary>
    /// The best <paramref name="max"/> items for the concepts, best first, with their coverage. BM25 adds up what each
    /// idea scores, so a passage that repeats two of a question's ideas could outrank one that holds all three ("how
    /// does ALL grow in the body?"); each score is scaled by the (weighted) share of the question's ideas the item
    /// holds: Lucene's classic coordination factor, which its BM25 leaves out.
    /// </summary>
    public IReadOnlyList<SearchHit<T>> Search(IReadOnlyList<QuestionConcept> concepts, int max)
    {
        var query = QueryFor(concepts);
        if (query.Clauses.Count == 0) return [];
        var collector = TopScoreDocCollector.Create(max * CandidatesPerResult, docsScoredInOrder: true);
        _searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        var hits = new List<SearchHit<T>>(top.ScoreDocs.Length);
        var weight = concepts.Sum(c => c.Weight);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var document = _documents[_ordinalOfDoc[scoreDoc.Doc]];
            var found = concepts.Select(c => c.CertaintyIn(document.Terms.Contains)).ToArray();
            var held = weight <= 0 ? 1 : concepts.Select((c, i) => c.Weight * found[i]).Sum() / weight;
            hits.Add(new SearchHit<T>(document.Item, scoreDoc.Score * (float)held, found.Sum() / concepts.Count, found));
        }
        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits.Count > max ? hits[..max] : hits;
    }

    /// <summary>
    /// One clause per concept; inside it, the best of its alternatives across the fields (DisMax), so a concept
    /// with many synonyms counts no more than one typed word. A phrase alternative needs all its terms in one
    /// field, and each of its terms counts 1/n, so a three-word synonym weighs what one word does.
    /// A clause for a term that no item holds in that field is left out: it could match nothing, and each one
    /// costs Lucene a term-dictionary seek and a weight per search. Scores do not change, because BM25 neither
    /// normalises the query nor scales by the share of clauses matched (coord is 1). Term queries come with their
    /// term statistics (<see cref="IndexedTerm"/>), so Lucene does not look each term up again on every search.
    /// </summary>
    private BooleanQuery QueryFor(IReadOnlyList<QuestionConcept> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var best = new DisjunctionMaxQuery(0.1f);
            var clauses = 0;
            foreach (var alternative in concept.Alternatives)
            {
                var termWeight = alternative.Weight / alternative.Terms.Length;
                foreach (var (field, boost, _, _) in _fields)
                {
                    if (!Holds(_termsByField[field], alternative.Terms)) continue;
                    clauses++;
                    if (alternative.Terms.Length == 1)
                    {
                        best.Add(TermQuery(field, alternative.Terms[0], termWeight * boost));
                        continue;
                    }
                    var all = new BooleanQuery();
                    foreach (var term in alternative.Terms)
                        all.Add(TermQuery(field, term, termWeight * boost), Occur.MUST);
                    best.Add(all);
                }
            }
            if (clauses > 0) query.Add(best, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>A query for a term the field holds, with its term statistics looked up once for all searches.</summary>
    private TermQuery TermQuery(string field, string term, float boost) =>
        _lookedUp[field].GetOrAdd(term, static (text, state) => IndexedTerm.Build(state.Reader, state.Field, text), (Reader: _reader, Field: field))
            .Query(boost);

    private static bool Holds(HashSet<string> indexed, string[] terms)
    {
        foreach (var term in terms)
        {
            if (!indexed.Contains(term)) return false;
        }
        return true;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
