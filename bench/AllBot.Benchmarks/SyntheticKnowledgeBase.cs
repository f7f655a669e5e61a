using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AllBot.Knowledge.Content;

namespace AllBot.Benchmarks;

/// <summary>How big a synthetic knowledge base to make.</summary>
internal sealed record SyntheticShape(int Articles, int PassagesPerArticle, int Programs, int RandomSeed)
{
    /// <summary>The issue's scale target: 10,000 passages in 100 articles, and 1,000 programs.</summary>
    public static SyntheticShape TenThousandPassages { get; } = new(100, 100, 1000, 20260501);
}

/// <summary>
/// Makes a large knowledge base from the seed's own words, deterministically (a seeded <see cref="Random"/>), so
/// patients' questions hit it the way they hit the seed and every run indexes the same text. Words are drawn with
/// the seed's frequencies: running text from running text, headings, questions and titles from the seed's
/// headings, questions, keywords and titles. The editors' synonyms and bot wording are reused unchanged; speakers
/// and topics are the seed's own. This text is nonsense to read and is never shown to anyone.
/// </summary>
internal static partial class SyntheticKnowledgeBase
{
    public static KnowledgeBase Generate(KnowledgeBase seed, SyntheticShape shape)
    {
        var words = new SeedWords(seed);
        var random = new Random(shape.RandomSeed);
        var articles = Enumerable.Range(1, shape.Articles)
            .Select(a => ArticleFor(a, shape.PassagesPerArticle, words, random))
            .ToList();
        var programs = Enumerable.Range(1, shape.Programs).Select(p => ProgramFor(p, words, random)).ToList();
        return new KnowledgeBase(articles, programs, seed.Synonyms, seed.Wording, seed.RedFlags);
    }

    private static Article ArticleFor(int number, int passages, SeedWords words, Random random)
    {
        var id = $"synthetic-article-{number:D3}";
        var items = Enumerable.Range(1, passages)
            .Select(p => new Passage(
                $"{id}-passage-{p:D3}",
                Capitalised(words.Topical(random, 2, 5)),
                Paragraph(words, random, 3, 6),
                Enumerable.Range(0, random.Next(2, 5)).Select(_ => Question(words, random)).ToList(),
                Pick(words.Keywords, random, 3, 6)))
            .ToList();
        return new Article(id, Capitalised(words.Topical(random, 2, 5)), $"articles/{id}", Pick(words.Topics, random, 3, 6), items);
    }

    private static VideoProgram ProgramFor(int number, SeedWords words, Random random) => new(
        $"synthetic-program-{number:D4}",
        Capitalised(words.Topical(random, 4, 9)),
        Paragraph(words, random, 2, 4),
        Pick(words.Speakers, random, 1, 3),
        Pick(words.Topics, random, 3, 7),
        $"videos/synthetic-program-{number:D4}");

    private static string Question(SeedWords words, Random random) =>
        $"{words.QuestionStarts[random.Next(words.QuestionStarts.Count)]} {words.Topical(random, 2, 5)}?";

    private static string Paragraph(SeedWords words, Random random, int minSentences, int maxSentences)
    {
        var text = new StringBuilder();
        var sentences = random.Next(minSentences, maxSentences);
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0) text.Append(' ');
            text.Append(Capitalised(words.Running(random, 8, 17))).Append('.');
        }
        return text.ToString();
    }

    private static List<string> Pick(IReadOnlyList<string> from, Random random, int min, int max) =>
        Enumerable.Range(0, Math.Min(random.Next(min, max), from.Count))
            .Select(_ => from[random.Next(from.Count)])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>The seed's words, as sampling pools (a word appears as often as the seed uses it).</summary>
    private sealed class SeedWords
    {
        public SeedWords(KnowledgeBase seed)
        {
            var passages = seed.Articles.SelectMany(a => a.Passages).ToList();
            RunningWords = Tokens(passages.Select(p => p.Text).Concat(seed.Programs.Select(p => p.Description)));
            TopicalWords = Tokens(passages.SelectMany(p => p.Questions.Append(p.Heading).Concat(p.Keywords))
                .Concat(seed.Articles.SelectMany(a => a.Topics.Append(a.Title)))
                .Concat(seed.Programs.SelectMany(p => p.Topics.Append(p.Title))));
            Keywords = [.. passages.SelectMany(p => p.Keywords)];
            Topics = [.. seed.Articles.SelectMany(a => a.Topics).Concat(seed.Programs.SelectMany(p => p.Topics))];
            Speakers = [.. seed.Programs.SelectMany(p => p.Speakers).Distinct(StringComparer.Ordinal)];
            QuestionStarts = [.. passages.SelectMany(p => p.Questions)
                .Select(q => string.Join(' ', q.Split(' ').Take(2)))];
        }

        public List<string> RunningWords { get; }
        public List<string> TopicalWords { get; }
        public List<string> Keywords { get; }
        public List<string> Topics { get; }
        public List<string> Speakers { get; }
        public List<string> QuestionStarts { get; }

        public string Running(Random random, int min, int max) => Words(RunningWords, random, min, max);

        public string Topical(Random random, int min, int max) => Words(TopicalWords, random, min, max);

        private static string Words(List<string> pool, Random random, int min, int max) =>
            string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => pool[random.Next(pool.Count)]));

        private static List<string> Tokens(IEnumerable<string> texts) =>
            [.. texts.SelectMany(text => Word().Matches(text).Select(m => m.Value))];
    }

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex Word();
}
