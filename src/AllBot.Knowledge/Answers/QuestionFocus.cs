using System.Text.RegularExpressions;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// What a question is about, read from its form: the words its question points at ("what is [a bone marrow
/// biopsy]?", "can my son [eat sushi]?", "is [takeaway food] ok?", "what are [the chances] of [it coming back]?"), and
/// whether it asks for a figure ("how many", "what are the chances"). A question about a procedure the content never
/// describes is not a question about the body part it mentions: when a word the question is about is one the
/// knowledge base does not know, nothing it holds answers it, however much of the rest of the question matches. And
/// the words it is about are what a result must hold, and what the ranking leans on.
/// </summary>
/// <param name="Subject">
/// The head word of each part of what the question asks about ("the chances of it coming back": "chances" and "back"),
/// with the word right before a head when it names a kind of it ("takeaway food"); describing words left out.
/// </param>
/// <param name="Leads">The subject leads the ranking ("what is X?"); for other forms it only has to be known and held.</param>
/// <param name="AsksForVideos">The question asks for videos ("is there a video about that?"): the videos are the answer.</param>
/// <param name="AsksForFigure">The question asks for a number: a count, a rate, a chance, an age, a length of time.</param>
/// <param name="AsksWhatItIs">
/// The question asks what its subject is or means ("what is a lymphoblast?", "what does ALL stand for?"), so the passage
/// that defines it is the answer.
/// </param>
/// <param name="CauseOf">
/// The question asks what causes this ("what causes ALL?", "why did my son get leukaemia?", "is it something I did?"):
/// only a result that says what causes it answers.
/// </param>
/// <param name="Choices">
/// Pairs of words offered as a choice ("the white cells or the red cells?"): the question is answered by whichever the
/// knowledge base knows, so one it does not know is no reason to refuse.
/// </param>
public sealed record QuestionFocus(
    IReadOnlyList<QuestionConcept> Subject, bool AsksForFigure, bool Leads = false, bool AsksForVideos = false, bool AsksWhatItIs = false,
    QuestionConcept? CauseOf = null, IReadOnlyList<(QuestionConcept First, QuestionConcept Second)>? Choices = null)
{
    /// <summary>What "it" means in a question about causes or blame: the illness the bot is about.</summary>
    public static readonly QuestionConcept TheIllness = new("it",
        [new ConceptTerms(["all"], 1f, 1f), new ConceptTerms(["leukemia"], 1f, 1f), new ConceptTerms(["cancer"], 1f, 1f)]);

    public static readonly QuestionFocus None = new([], false);

    /// <summary>Below a one-letter typo correction's certainty (0.9): two-letter guesses and nothing at all.</summary>
    private const float KnownCertainty = 0.8f;

    /// <summary>
    /// The subject words the knowledge base does not know: not as typed, through a synonym, or one typo away (a guess
    /// two letters away is not knowing it).
    /// </summary>
    public IEnumerable<QuestionConcept> Unknown(Vocabulary vocabulary) => Subject.Where(c => c.CertaintyIn(vocabulary.Contains) < KnownCertainty);

    /// <summary>True when <paramref name="concept"/> is a word of the subject (the same words at the same place).</summary>
    public bool IsSubject(QuestionConcept concept) => Subject.Any(s => Same(s, concept));

    /// <summary>The other word of a choice <paramref name="concept"/> is offered in ("white cells or red cells"), if any.</summary>
    public QuestionConcept? OfferedWith(QuestionConcept concept)
    {
        foreach (var (first, second) in Choices ?? [])
        {
            if (Same(first, concept)) return second;
            if (Same(second, concept)) return first;
        }
        return null;
    }

    private static bool Same(QuestionConcept a, QuestionConcept b) => a.Start == b.Start && a.End == b.End && a.Text == b.Text;
}

/// <summary>Finds a question's <see cref="QuestionFocus"/> with a handful of question forms, in the order people use them.</summary>
public static partial class QuestionFocusReader
{
    /// <summary>What people ask the bot to do, in "could you ... ?": explaining, not the subject.</summary>
    private static readonly HashSet<string> RequestVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "explain", "tell", "walk", "talk", "take", "run", "recommend", "suggest", "give", "show", "send", "point", "direct",
        "help", "describe", "list", "summarise", "summarize", "outline", "clarify", "break", "guide", "share", "find",
    };

    /// <summary>
    /// Words that describe, stand in or carry the question rather than name what it is about: "the main cause", "a
    /// special diet", "the best way", "what kind of", "this disease", "supposed to turn into". They are passed over.
    /// </summary>
    /// <summary>Describing words: "the main cause", "a long week".</summary>
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "main", "best", "first", "real", "usual", "normal", "common", "typical", "simple", "simplest", "basic", "new",
        "other", "different", "exact", "actual", "whole", "same", "right", "wrong", "good", "bad", "better", "worse",
        "big", "small", "little", "most", "more", "less", "general", "overall", "early", "late", "latest", "next", "last",
        "special", "specific", "precise", "easy", "quick", "proper", "full", "correct", "possible", "likely", "certain",
        "particular", "major", "minor", "important", "key", "short", "long", "plain", "current", "recent", "standard",
    };

    private static readonly HashSet<string> Describing = new(Adjectives, StringComparer.OrdinalIgnoreCase)
    {
        "healthy", "well", "safely", "safe", "enough", "extra", "own", "total", "exactly", "itself", "themselves", "side", "sides",
        "aspect", "aspects", "area", "areas", "out", "there", "available", "around", "anything", "something", "help",
        "want", "wants", "wanted", "needs", "sooo", "soo", "so", "anyone", "anybody", "again", "anymore", "ever",
        "anywhere", "somewhere", "someone", "somebody", "everyone", "everybody", "inside", "outside", "happening",
        "expect", "talk", "talks", "clip", "clips", "getting", "becoming", "differently", "up", "down", "off",
        // Words that stand in for a subject.
        "way", "ways", "thing", "things", "stuff", "kind", "kinds", "type", "types", "sort", "part", "bit", "point", "idea",
        "reason", "reasons", "meaning", "name", "word", "words", "term", "terms", "abbreviation", "acronym", "initials",
        "introduction", "beginner", "beginners", "beginner's", "overview", "guide", "basics", "primer", "summary",
        "explanation", "state", "status", "latest", "update", "updates", "guidance", "resources", "material", "materials",
        "specialist", "specialists", "expert", "experts", "involve", "involves", "involved", "entail", "entails", "deal", "matter", "problem", "problems",
        "issue", "issues", "question", "questions", "info", "information", "details", "explanation", "english", "language",
        "disease", "illness", "sickness", "condition", "job", "role", "purpose", "function", "lot", "lots",
        // Words that relate two things: "stem cells and white cells, what's the connection?" is about the two.
        "connection", "connections", "link", "links", "relationship", "relation", "difference", "differences",
        // Words that carry the question: common verbs and adverbs.
        "supposed", "meant", "going", "used", "normally", "usually", "actually", "basically", "really", "even", "still",
        "also", "only", "turn", "turns", "become", "becomes", "happen", "happens", "happened", "make", "makes", "made",
        "come", "comes", "go", "goes", "take", "takes", "start", "starts", "mean", "means", "look", "looks", "feel", "feels",
        "seem", "seems", "say", "says", "find", "keep", "let", "put", "like", "think", "called", "named",
        "get", "gets", "got", "give", "gives", "see", "understand", "learn", "read", "watch",
    };

    /// <summary>True when <paramref name="concept"/> is a describing word ("a long week", "the main thing"): it names no topic.</summary>
    public static bool OnlyDescribes(QuestionConcept concept) => Adjectives.Contains(concept.Text);

    /// <summary>The forms, first match wins; <c>Leads</c>: the subject is what the question asks for, so it leads the ranking.</summary>
    /// <remarks>
    /// <c>Both</c>: the focus names two things and is not cut ("the difference between X and Y" is about X and Y).
    /// <c>LastWord</c>: a yes-or-no question is about what it says of its subject, its last word ("is ALL hereditary?").
    /// </remarks>
    private static readonly Regex WhatIsForm = WhatIs();
    private static readonly Regex WhatDoesForm = WhatDoes();
    private static readonly Regex WordMeaningForm = WordMeaning();

    private static readonly (Regex Form, bool Leads, bool Both, bool LastWord)[] Forms =
    [
        (WhatDoesForm, true, false, false), (WordMeaningForm, true, false, false), (WhatHappens(), false, false, false), (Difference(), true, true, false),
        (WhatIsForm, true, false, false), (WhenWill(), false, false, false), (IsThere(), true, false, false),
        (CanDo(), false, false, false), (HaveTo(), false, false, false), (HowDo(), false, false, false),
        (IsItOk(), false, false, false), (TellAbout(), true, false, false), (DoesItWork(), false, false, false),
        (HowDoes(), false, false, false), (WhereFind(), true, false, false), (NeedA(), false, false, false),
        (HowMany(), true, false, false), (IsItSo(), false, false, true),
    ];

    /// <summary>The focus of <paramref name="text"/>, whose <paramref name="concepts"/> were read from the same text.</summary>
    public static QuestionFocus Read(string text, IReadOnlyList<QuestionConcept> concepts)
    {
        var focus = ReadForm(text, concepts) with { Choices = ChoicesIn(text, concepts) };
        return CauseAsked(text, concepts) is { } cause ? focus with { CauseOf = cause } : focus;
    }

    /// <summary>
    /// The words either side of each "or" ("is ALL a cancer of the white cells or the red cells?") and of an example
    /// ("solid tumours like his sarcoma").
    /// </summary>
    private static List<(QuestionConcept, QuestionConcept)> ChoicesIn(string text, IReadOnlyList<QuestionConcept> concepts)
    {
        var choices = new List<(QuestionConcept, QuestionConcept)>();
        foreach (Match or in Or().Matches(text))
        {
            var before = concepts.LastOrDefault(c => c.End <= or.Index);
            var after = concepts.FirstOrDefault(c => c.Start >= or.Index + or.Length);
            if (before is not null && after is not null) choices.Add((before, after));
        }
        return choices;
    }

    /// <summary>
    /// What the question asks the cause of, when it is the illness: the first word after "what causes" or "why did ...
    /// get" when it names the illness, "it", or blame and inheritance ("was it something we did?"); else null.
    /// </summary>
    private static QuestionConcept? CauseAsked(string text, IReadOnlyList<QuestionConcept> concepts)
    {
        if (Blame().IsMatch(text)) return QuestionFocus.TheIllness;
        var match = CauseOf().Match(text);
        if (!match.Success) return null;
        var start = match.Groups["f"].Index;
        if (PointsBack().IsMatch(match.Groups["f"].Value)) return QuestionFocus.TheIllness;
        // Only the cause of the illness itself: "why do children with ALL get nosebleeds?" asks how the illness
        // causes a symptom, which is another question.
        var effect = concepts.FirstOrDefault(c => c.Start >= start && !Describing.Contains(c.Text));
        return effect is not null && IsTheIllness(effect) ? effect : null;
    }

    private static bool IsTheIllness(QuestionConcept concept) =>
        concept.Alternatives.Any(a => a.Certainty >= 0.85f && QuestionFocus.TheIllness.Alternatives.Any(i => a.Terms.SequenceEqual(i.Terms)));

    private static QuestionFocus ReadForm(string text, IReadOnlyList<QuestionConcept> concepts)
    {
        var figure = Figure().IsMatch(text);
        var videos = Videos().IsMatch(text);
        // "Would it be reasonable to wait, so that we can get a second opinion?" asks about waiting: the form of the
        // purpose clause is not the question's.
        var main = Purpose().Match(text) is { Success: true } purpose ? text[..purpose.Index] : text;
        foreach (var (form, leads, both, lastWord) in Forms)
        {
            var match = form.Match(main);
            if (!match.Success) continue;
            var focus = match.Groups["f"];
            // "all his vaccinations": a quantifier, not the illness (which people write "ALL" or with no determiner after).
            var quantifier = Quantifier().Match(focus.Value).Length;
            var start = focus.Index + quantifier;
            var end = both ? focus.Index + focus.Length : start + Cut(focus.Value[quantifier..]);
            var subject = Heads(text, start, end, concepts, andSplits: both);
            // "Can I donate blood?" is about donating: the verb of a can-I question is part of what it asks. "Could you
            // walk me through it?" asks the bot to explain: that verb is a request, not a subject.
            if (match.Groups["v"] is { Success: true } v && !RequestVerbs.Contains(v.Value))
                subject.AddRange(concepts.Where(c => c.Start >= v.Index && c.End <= v.Index + v.Length && !Describing.Contains(c.Text)));
            if (lastWord) subject = subject.OrderBy(c => c.End).TakeLast(1).ToList();
            // "What is a lymphoblast?", "what does ALL stand for?", and "what is it?" after the words it points at;
            // not "what's wrong with ...".
            // "What's it like being in a trial?" asks what it is like, not what it is.
            var whatItIs = (form == WhatIsForm || form == WordMeaningForm || (form == WhatDoesForm && Defining().IsMatch(match.Value)))
                && !WhatItIsLike().IsMatch(focus.Value)
                && (subject.Count > 0 || PointsBack().IsMatch(focus.Value) || PointedAt().IsMatch(text[match.Index..focus.Index]));
            return new QuestionFocus(subject, figure, leads, videos, whatItIs);
        }
        return new QuestionFocus([], figure, AsksForVideos: videos);
    }

    /// <summary>
    /// Where the focus ends: before "for", "during", "with", "and" ... ("sushi during treatment" is about sushi). A
    /// focus that starts with "when", "if", "because" ... has none: "what should I eat when I feel sick" is about eating,
    /// and the clause only says when.
    /// </summary>
    private static int Cut(string focus)
    {
        if (ClauseStart().IsMatch(focus)) return 0;
        var cut = CutWord().Match(focus);
        var end = cut.Success ? cut.Index : focus.Length;
        // "feeling low all the time" is about feeling low: how often or since when is not what is asked about.
        var when = TimeAdverbial().Match(focus);
        return when.Success && when.Index < end ? when.Index : end;
    }

    /// <summary>
    /// The head of each part of the focus ("the chances of ALL coming back": "chances" and "back"), and the word
    /// right before a head when it names a kind of it ("takeaway food", "bone marrow biopsy"); describing words are
    /// passed over ("the main cause", "supposed to turn into").
    /// </summary>
    private static List<QuestionConcept> Heads(string text, int start, int end, IReadOnlyList<QuestionConcept> concepts, bool andSplits = false)
    {
        var heads = new List<QuestionConcept>();
        var partStart = start;
        foreach (var boundary in (andSplits ? OfOrAnd() : Of()).Matches(text[start..end]).Select(m => start + m.Index).Append(end))
        {
            var part = concepts.Where(c => c.Start >= partStart && c.End <= boundary && !Describing.Contains(c.Text)).ToList();
            partStart = boundary;
            if (part.Count == 0) continue;
            heads.Add(part[^1]);
            // "Cells attacking cancer": a word in -ing says what the head does, not what kind it is.
            if (part.Count > 1 && part[^2].End + 1 == part[^1].Start && !part[^2].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                heads.Add(part[^2]);
        }
        return heads;
    }

    [GeneratedRegex(@"\bwhat\s+(?:does|do|did)\s+(?:a |an |the )?(?<f>.+?)\s+(?:mean|stand for|do|look like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDoes();

    [GeneratedRegex(@"\b(?:what|wat|which|whats|what's)\s+(?:\w+\s+)?(?:causes|caused|cause|triggers|triggered|trigger)\s+(?:a |an |the |my |his |her |their |your |our )?(?:(?:\w+'s|\w+s'|sons|daughters|childs|kids|babys|husbands|wifes|partners|mums|moms|dads|brothers|sisters|grandsons|granddaughters)\s+)?(?<f>[^?.!;,]+)|\bcauses?\s+of\s+(?:a |an |the |my |his |her |their |your |our )?(?<f>[^?.!;,]+)|\bwhy\s+(?:did|do|does|would|has|have|is|are)\s+(?:i|he|she|we|they|you|u|my \w+|our \w+|people|children|kids|someone|anyone)\s+(?:get|got|gotten|develop|developed|have|catch|caught|getting)\s+(?<f>[^?.!;,]+)|\b(?:cause|caused|trigger|triggered)\s+(?:my|his|her|their|our|the)\s+(?:(?:\w+'s|\w+s'|sons|daughters|childs|kids|babys|husbands|wifes|partners|mums|moms|dads|brothers|sisters|grandsons|granddaughters)\s+)?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CauseOf();

    /// <summary>
    /// Blame and inheritance ask what causes the illness: "was it something we did?", "did I do something wrong?", "is it
    /// genetic?", "can my kids inherit it?".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:something|anything)\s+(?:i|we|he|she|they|you)\s+(?:did|done|ate|eat|gave)|(?:my|our|his|her|your)\s+fault|(?:did|could|have)\s+(?:i|we)\s+(?:cause|caused|prevent|prevented)|did\s+(?:i|we|he|she|they)\s+do\s+(?:something|anything)|(?:is|was|are)\s+(?:it|this|that|all|leuka?emia|this cancer|cancer|blood cancer)\s+(?:\w+\s+)?(?:genetic|hereditary|inherited|in the genes|passed down|contagious|catching)|inherit(?:ed|s)?\b|pass(?:ed)?\s+(?:it\s+)?(?:on|down)\s+to|runs?\s+in\s+(?:the\s+)?famil)", RegexOptions.IgnoreCase)]
    private static partial Regex Blame();

    /// <summary>
    /// "I keep hearing the word lymphoblast", "what it actually is", "I don't understand what ALL is", "explain what kind
    /// of cancer this is". Not "what cell is affected": that asks which one.
    /// </summary>
    [GeneratedRegex(@"\b(?:the\s+(?:word|term|name)\s+|(?:don'?t|do not|cannot|can'?t)\s+(?:get|understand|know)\s+(?:what\s+)?(?:a |an |the )?|\bwhat\s+(?!(?:actually|really|exactly|even)\s)(?=(?:a |an |the )?[\w.-]+(?:\s+[\w-]+)?\s+(?:actually\s+|really\s+|exactly\s+|even\s+)?(?:is|are|means)\b(?!\s+\w+(?:ed|ing)\b))|\bwhat\s+(?:kind|type|sort)\s+of\s+(?=[\w-]+\s+(?:this|it|that)\s+(?:actually\s+|really\s+|exactly\s+)?(?:is|was)\b))(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WordMeaning();

    [GeneratedRegex(@"^(?:all|both|each|every)\s+(?:of\s+)?(?:the|my|his|her|their|our|your|these|those)\s+")]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"(?:mean|stand for)$", RegexOptions.IgnoreCase)]
    private static partial Regex Defining();

    /// <summary>"it", "this", "the illness": words that point back at what was named before (or at the illness itself).</summary>
    [GeneratedRegex(@"^(?:it|that|this|they|these|those)\b|^(?:the|this|that)\s+(?:" + FollowUp.IllnessNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?:,\s*|\s)(?:so that|so|in order to|in order that)\s+(?:i|we|he|she|they|you|u|my \w+|our \w+)\s+(?:can|could|may|might|will|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(?:it\s+|this\s+|that\s+)?like\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItIsLike();

    /// <summary>"X or Y", and an example given of what came before: "solid tumours like his sarcoma".</summary>
    [GeneratedRegex(@"\b(?:or|such as|like (?:his|her|my|their|our|a|an))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Or();

    /// <summary>"What is that exactly?": the form took "that" for a determiner, and nothing it could point at follows.</summary>
    [GeneratedRegex(@"\b(?:this|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PointedAt();

    [GeneratedRegex(@"\bwhat\s+(?:happens|will happen|happened)\s+(?:after|when|once|if|to|next|now|with)\s+(?:a |an |the )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatHappens();

    [GeneratedRegex(@"\b(?:what(?:'s|s)|(?:what|wat|wot|which)\s+(?:actually\s+|exactly\s+|really\s+|even\s+)?(?:is|are|r|was|were))\s+(?:even\s+)?(?:a |an |the |this |that )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(?:is|are)\s+there\s+(?:a |an |any |some )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex IsThere();

    [GeneratedRegex(@"\b(?:can|could|should|may|is it (?:ok|okay|safe|alright|possible) (?:for \w+ )?to|(?:are|is) \w+ allowed to)\s+(?:(?:i|he|she|we|they|you|u|my \w+|our \w+|him|her)\s+(?:(?:still|kindly|please|possibly|just)\s+)?(?<v>[a-z]+)|(?<v>eat|drink|go|have|take|get|use|play|swim|travel|fly|visit|attend|keep|wear|stay|sleep|work|drive|join|donate|give))\s+(?:to\s+|a\s+|an\s+|the\s+|some\s+|any\s+|on\s+|in\s+)?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CanDo();

    [GeneratedRegex(@"\b(?:will|would|do|does|did|should|must)\s+(?:i|he|she|we|they|you|u|my \w+|our \w+)\s+(?:have to|need to|has to|got to)\s+(?<v>[a-z]+)\s+(?:a |an |the |my |his |her |our )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HaveTo();

    [GeneratedRegex(@"\bhow\s+(?:do|can|could|should|would)\s+(?:i|we|you|u)\s+(?<v>[a-z]+)\s+(?:a |an |the |my |his |her |our )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowDo();

    [GeneratedRegex(@"\bis\s+(?:it\s+)?(?:a |an |the )?(?<f>[^?.!;,]+?)\s+(?:ok|okay|safe|allowed|alright|dangerous|bad for|healthy|good for|better for|worse for|better than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsItOk();

    [GeneratedRegex(@"\b(?:tell me|explain|info|information|know|videos?|vids?|films?|programmes?|programs?|talks?)\s+(?:more\s+)?(?:about|on|regarding)\s+(?:a |an |the )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TellAbout();

    [GeneratedRegex(@"^\W*(?:does|do|will|would|can|could)\s+(?<f>.+?)\s+(?:work|help|cure|cause|causes|lead to|trigger)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoesItWork();

    [GeneratedRegex(@"\bhow\s+(?:does|do|is|are)\s+(?:a |an |the )?(?<f>.+?)\s+(?:work|done|treated|diagnosed|given|tested|made|caught|spread)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowDoes();

    [GeneratedRegex(@"\bwhere\s+(?:can|do|could|should)\s+(?:i|we|you|u)\s+(?:find|get|buy|join|meet)\s+(?:a |an |the |some |other )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhereFind();

    [GeneratedRegex(@"\b(?:(?:need|needs|needed|have|has|get|gets|getting|having)\s+(?:a |an )|\b(?:will|would|do|does|did|should|must)\s+(?:i|he|she|we|they|you|u|my \w+|our \w+)\s+(?:still\s+)?need\s+(?:any |more |to have |to get )?)(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NeedA();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^\s*(?:is|are|was)\s+(?!there\b|it\s+(?:ok|okay|safe|normal|possible|true)\b)(?<f>[^\s?.!;,]+(?:\s+[^\s?.!;,]+){1,3})\s*(?:[?.!;,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex IsItSo();

    [GeneratedRegex(@"\s(?:of|about)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Of();

    [GeneratedRegex(@"\s(?:of|about|and|or)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OfOrAnd();

    [GeneratedRegex(@"\b(?:differences?|connections?|links?|relationship|relation)\s+between\s+(?:a |an |the )?(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Difference();

    [GeneratedRegex(@"\b(?:videos?|vids?|films?|programmes?|programs?|watch|speakers?|presenters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Videos();

    [GeneratedRegex(@"\bwhen\s+(?:will|would|does|do|can|could|should)\s+(?<f>[^?.!;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhenWill();

    [GeneratedRegex(@"\s(?:and|or|but|for|in|during|while|when|if|after|before|with|because|so|since|to|at|from|between|than|like|as|without|through|on|are|is|was|were|will|would|should|can|could|does|do|did|have|has|who|which|that|my|his|her|their|our|your|besides|beyond|apart from|other than|except)\s", RegexOptions.IgnoreCase)]
    private static partial Regex CutWord();

    [GeneratedRegex(@"\s(?:all the time|all day|all night|all week|every (?:day|night|time|week|morning)|these days|right now|at the moment|lately|recently|any ?more|since (?:the|his|her|my) diagnosis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAdverbial();

    [GeneratedRegex(@"^(?:when|whenever|if|while|because|after|before|during|since|until|unless|once)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"\b(?:how many|how much(?!\s+(?:of\s+a\s+)?(?:say|choice|control|input|influence|freedom))|how long|how often|what percentage|what percent|what are the (?:odds|chances)|what(?:'s| is) the (?:chance|odds|risk|rate|percentage|survival)|how likely|survival rates?|life expectancy|statistics|stats|per cent|percent|what age|how old|how common|how rare|(?:more|less) (?:common|likely|frequent|usual)|(?:blood|cell) counts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
