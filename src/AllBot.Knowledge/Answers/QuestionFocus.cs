using System.Text.RegularExpressions;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// What a question is about, read from its form: the words its question points at ("what is [a bone marrow
/// biopsy]?", "can my son eat [sushi]?", "is [takeaway food] ok?", "what are [the chances] of [it coming back]?"), and
/// whether it asks for a figure ("how many", "what are the chances"). A question about a procedure the content never
/// describes is not a question about the body part it mentions: when the words the question is about are words the
/// knowledge base does not know, nothing it holds answers it, however much of the rest of the question matches.
/// </summary>
/// <param name="Subject">The head words of what the question asks about (and a word that names a kind of it: "takeaway" food).</param>
/// <param name="AsksForFigure">The question asks for a number: a count, a rate, a chance, a length of time.</param>
public sealed record QuestionFocus(IReadOnlyList<QuestionConcept> Subject, bool AsksForFigure)
{
    public static readonly QuestionFocus None = new([], false);

    /// <summary>
    /// The subject words the knowledge base does not know: not as typed, through a synonym, or one typo away (a guess
    /// two letters away, "expectancy" for "expect", is not knowing it).
    /// </summary>
    public IEnumerable<QuestionConcept> Unknown(Vocabulary vocabulary) => Subject.Where(c => c.CertaintyIn(vocabulary.Contains) < KnownCertainty);

    /// <summary>Below a one-letter typo correction's certainty (0.9): two-letter guesses and nothing at all.</summary>
    private const float KnownCertainty = 0.8f;
}

/// <summary>Finds a question's <see cref="QuestionFocus"/> with a handful of question forms, in the order people use them.</summary>
public static partial class QuestionFocusReader
{
    /// <summary>
    /// Words that describe or stand in rather than name: "the main cause", "a special diet", "the best way", "what
    /// kind of". They are passed over when looking for what a question is about.
    /// </summary>
    private static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
    {
        "way", "ways", "thing", "things", "stuff", "kind", "type", "types", "sort", "part", "bit", "point", "idea", "reason",
        "reasons", "meaning", "name", "word", "words", "term", "terms", "deal", "matter", "problem", "problems", "issue",
        "issues", "question", "questions", "info", "information", "details", "explanation", "simple", "normally", "really",
        "actually", "exactly", "basically", "generally", "usually", "like", "please", "plain", "english",
        "main", "best", "first", "real", "usual", "normal", "common", "typical", "simple", "simplest", "basic", "new",
        "other", "different", "exact", "actual", "whole", "same", "right", "wrong", "good", "bad", "big", "small", "little",
        "most", "more", "general", "overall", "early", "late", "latest", "next", "last", "special", "specific", "precise",
        "easy", "quick", "proper", "full", "correct", "possible", "likely", "certain", "particular", "major", "minor",
        "important", "key", "short", "long", "plain", "usual", "current", "recent", "standard", "healthy", "safe",
    };

    private static readonly Regex[] Forms = [WhatDoes(), WhatIs(), CanDo(), IsItOk(), TellAbout(), HowDoes(), WhereFind(), HowMany(), IsItSo()];

    /// <summary>The focus of <paramref name="text"/>, whose <paramref name="concepts"/> were read from the same text.</summary>
    public static QuestionFocus Read(string text, IReadOnlyList<QuestionConcept> concepts)
    {
        var figure = Figure().IsMatch(text);
        foreach (var form in Forms)
        {
            var match = form.Match(text);
            if (!match.Success) continue;
            var focus = match.Groups["f"];
            var end = focus.Index + Cut(focus.Value);
            // "Is ALL hereditary?": a yes-or-no question is about what it says of its subject, its last word.
            if (form == Forms[^1])
                return new QuestionFocus(concepts.Where(c => c.Start >= focus.Index && c.End <= end).TakeLast(1).ToList(), figure);
            return new QuestionFocus(Heads(text, focus.Index, end, concepts), figure);
        }
        return figure ? new QuestionFocus([], true) : QuestionFocus.None;
    }

    /// <summary>Where the focus ends: before "for", "during", "with", "and" ... ("sushi during treatment" is about sushi).</summary>
    private static int Cut(string focus)
    {
        var cut = CutWord().Match(focus);
        return cut.Success ? cut.Index : focus.Length;
    }

    /// <summary>
    /// The head of each part of the focus ("the chances of ALL coming back": "chances" and "back"), and the word
    /// before a head when it names a kind of it ("takeaway food", "bone marrow biopsy") rather than describes it.
    /// </summary>
    private static List<QuestionConcept> Heads(string text, int start, int end, IReadOnlyList<QuestionConcept> concepts)
    {
        var heads = new List<QuestionConcept>();
        var partStart = start;
        foreach (var boundary in Of().Matches(text[start..end]).Select(m => start + m.Index).Append(end))
        {
            var part = concepts.Where(c => c.Start >= partStart && c.End <= boundary && !Describing.Contains(c.Text)).ToList();
            partStart = boundary;
            if (part.Count == 0) continue;
            heads.Add(part[^1]);
            // Only a word right before the head names a kind of it ("takeaway food"); "joining a trial" is not one.
            if (part.Count > 1 && part[^2].End + 1 == part[^1].Start) heads.Add(part[^2]);
        }
        return heads;
    }

    [GeneratedRegex(@"\bwhat\s+(?:does|do|did)\s+(?:a |an |the )?(?<f>.+?)\s+(?:mean|stand for|do|look like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDoes();

    [GeneratedRegex(@"\b(?:what(?:'s|s)|(?:what|wat|wot)\s+(?:is|are|r|was|were))\s+(?:even\s+)?(?:a |an |the )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(?:can|could|should|may|is it (?:ok|okay|safe|alright|possible) (?:for \w+ )?to|(?:are|is) \w+ allowed to)\s+(?:(?:i|he|she|we|they|you|u|my \w+|our \w+|him|her)\s+)?(?:still\s+)?(?:eat|have|drink|take|go|get|use|play|swim|travel|fly|visit|attend|keep|wear|stay|sleep|work|drive|join)\s+(?:to\s+|a\s+|an\s+|the\s+|some\s+|any\s+|on\s+|in\s+)?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CanDo();

    [GeneratedRegex(@"\bis\s+(?:it\s+)?(?:a |an |the )?(?<f>[^?.!;,]+?)\s+(?:ok|okay|safe|allowed|alright|dangerous|bad for|healthy|good for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsItOk();

    [GeneratedRegex(@"\b(?:tell me|explain|info|information|know)\s+(?:more\s+)?(?:about|on|regarding)\s+(?:a |an |the )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TellAbout();

    [GeneratedRegex(@"\bhow\s+(?:does|do|is|are)\s+(?:a |an |the )?(?<f>.+?)\s+(?:work|done|treated|diagnosed|given|tested|made|caught|spread)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowDoes();

    [GeneratedRegex(@"\bwhere\s+(?:can|do|could|should)\s+(?:i|we|you|u)\s+(?:find|get|buy|join|meet)\s+(?:a |an |the |some |other )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhereFind();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\s(?:and|or|but|for|in|during|while|when|if|after|before|with|because|so|since|to|at|from|between|than|like|as|without|on|are|is|was|were|will|would|should|can|could|does|do|did|have|has|get|gets)\s", RegexOptions.IgnoreCase)]
    private static partial Regex CutWord();

    [GeneratedRegex(@"^\s*(?:is|are|was)\s+(?!there\b|it\s+(?:ok|okay|safe|normal|possible|true)\b)(?<f>[^\s?.!;,]+(?:\s+[^\s?.!;,]+){1,3})\s*(?:[?.!;,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex IsItSo();

    [GeneratedRegex(@"\s(?:of|about)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Of();

    [GeneratedRegex(@"\b(?:how many|how much|how long|how often|what percentage|what percent|what are the (?:odds|chances)|what(?:'s| is) the (?:chance|odds|risk|rate|percentage|survival)|how likely|survival rates?|life expectancy|statistics|stats|per cent|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
