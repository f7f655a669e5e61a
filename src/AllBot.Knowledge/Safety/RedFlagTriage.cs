using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Recognises a red flag (knowledge-base/red-flags/) described as happening now, before any search. Top to bottom:
/// read the message (normalise, write out text-speak, stem, correct typos towards the red flags' words, split into
/// sentences and clauses, read temperatures and durations); find each red flag's signs as combinations of ideas in
/// the same or the next sentence; frame each sign found (happening now, or negated, hypothetical, past, over, in a
/// story, about someone else, a general question); take the most urgent red flag that is happening now. When the
/// newest message needs the previous one to be a red flag ("he's on chemo" then "38.5"), both are read together.
/// Built once from the content; safe to share between threads.
/// </summary>
public sealed class RedFlagTriage : IDisposable
{
    /// <summary>
    /// The ideas of a sign are said in one sentence, or in the next when it is a short follow-on ("She keeps being
    /// sick. There is blood in it.") or in the other message of the two read together.
    /// </summary>
    private const int ShortSentence = 8;

    private readonly TriageAnalyzers _analyzers = new();
    private readonly ContextCues _cues;
    private readonly TypoCorrector _corrector;
    private readonly IReadOnlyList<CompiledFlag> _flags;
    private readonly SignFinder _symptoms;

    public RedFlagTriage(RedFlagBook book)
    {
        _cues = new ContextCues(_analyzers);
        var analyzer = _analyzers.Stems;
        var groups = book.Groups.ToDictionary(g => g.Name, g => SignFinder.For(g, analyzer), StringComparer.Ordinal);
        _flags = book.Flags
            .Select((flag, order) => new CompiledFlag(flag, order, Compile(flag.Signs), Compile(flag.SafetyNet),
                flag.Unless.Select(idea => SignFinder.For(idea, groups, analyzer)).ToList()))
            .ToList();
        _symptoms = groups[RedFlagBook.SymptomsGroup];

        List<List<(SignIdea, SignFinder)>> Compile(IReadOnlyList<IReadOnlyList<SignIdea>> signs) =>
            signs.Select(sign => sign.Select(idea => (idea, SignFinder.For(idea, groups, analyzer))).ToList()).ToList();
        var cueTerms = _cues.Words.SelectMany(w => analyzer.Terms(w)).Select(t => t.Term);
        _corrector = new TypoCorrector(groups.Values.SelectMany(g => g.Terms), groups.Values.SelectMany(g => g.KnownTerms).Concat(cueTerms));
    }

    /// <summary>Triages <paramref name="message"/>; <paramref name="previous"/> is the conversation's message before it, if any.</summary>
    public TriageResult Triage(string message, string? previous = null)
    {
        if (string.IsNullOrWhiteSpace(message)) return TriageResult.None;
        // As typed: the analysers lower-case the words, and a capital inside a sentence marks a name ("Jacob").
        var read = TriageMessage.Read(message, previous, _analyzers, _cues, _corrector.Correct);
        var context = new MessageContext(read, _cues);
        var setAside = new List<SetAsideSign>();
        var found = _flags
            .Select(flag => (flag, Match: Find(flag, flag.Signs, read, context, setAside)))
            .Where(f => f.Match is not null)
            // The most urgent first; within a level, a red flag with its own reply (thoughts of self-harm), then the
            // sign that says more ("clots in my pee" is blood in the urine before it is a blood clot).
            .OrderBy(f => f.flag.Flag.Level).ThenBy(f => f.flag.Flag.Reply is null).ThenByDescending(f => f.Match!.Value.Ideas)
            .ThenBy(f => f.flag.Order)
            .Select(f => (f.flag.Flag, f.Match!.Value.Evidence))
            .FirstOrDefault();
        if (found.Flag is not null) return new TriageResult(found.Flag, found.Evidence, null, setAside);
        var symptom = Symptom(read, context)
            ?? _flags.Select(f => Find(f, f.SafetyNet, read, context, [])?.Evidence).FirstOrDefault(e => e is not null);
        return new TriageResult(null, null, symptom, setAside);
    }

    /// <summary>The first of <paramref name="signs"/> that is happening now (how many ideas it has, and the evidence), or null.</summary>
    private (int Ideas, string Evidence)? Find(CompiledFlag flag, List<List<(SignIdea Idea, SignFinder Finder)>> signs, TriageMessage message,
        MessageContext context, List<SetAsideSign> setAside)
    {
        foreach (var sign in signs)
        {
            var found = sign.Select(part => part.Finder.Find(message)).ToList();
            if (found.Any(spans => spans.Count == 0)) continue;
            foreach (var anchor in found[0])
            {
                if (Combine(anchor, found, message) is not { } parts) continue;
                var evidence = Evidence(sign.Select(p => p.Idea), parts, message);
                // A sign that starts in the previous message is framed where the newest message says its part.
                var framed = anchor.Last >= message.NewestStart ? anchor : parts.First(p => p.Last >= message.NewestStart);
                var framing = Frame(flag, sign[0].Finder is ReadingFinder && framed == anchor, framed, parts, message, context);
                if (framing == Framing.Now) return (sign.Count, evidence);
                setAside.Add(new SetAsideSign(flag.Flag.Id, framing, evidence));
            }
        }
        return null;
    }

    private Framing Frame(CompiledFlag flag, bool anchorIsReading, Span anchor, List<Span> parts, TriageMessage message, MessageContext context)
    {
        var framing = context.Frame(anchor, parts, anchorIsReading, flag.Flag.AboutAnyone);
        if (framing != Framing.Now) return framing;
        var sentence = message.Tokens[anchor.First].Sentence;
        // The red flag's own exceptions, said in the sign's sentence or the next ("breathless. I just ran up the stairs").
        if (flag.Unless.Any(u => u.Find(message).Any(span => message.Tokens[span.First].Sentence - sentence is 0 or 1))) return Framing.Excepted;
        // "38.5 last night, 36.9 now": a later temperature that is no longer a red flag ends it.
        var thresholds = flag.Temperatures;
        if (thresholds.Count > 0 && context.HasLaterReading(anchor, r => r.Kind == ReadingKind.Temperature && !thresholds.Any(t => t.Holds(r.Value))))
            return Framing.Resolved;
        return Framing.Now;
    }

    /// <summary>
    /// The other ideas of a sign nearest the anchor, in a near enough sentence; null when one is missing, or
    /// when the newest message holds none of them (the previous message was answered already).
    /// </summary>
    private static List<Span>? Combine(Span anchor, List<List<Span>> found, TriageMessage message)
    {
        var sentence = message.Tokens[anchor.First].Sentence;
        var parts = new List<Span> { anchor };
        foreach (var spans in found.Skip(1))
        {
            var near = spans
                .Where(s => !s.Overlaps(anchor) && Near(message, sentence, message.Tokens[s.First].Sentence, anchor.First, s.First))
                .OrderBy(s => Math.Abs(s.First - anchor.First))
                .ToList();
            if (near.Count == 0) return null;
            parts.Add(near[0]);
        }
        return parts.Any(p => p.Last >= message.NewestStart) ? parts : null;
    }

    private static bool Near(TriageMessage message, int sentence, int other, int anchorToken, int otherToken)
    {
        if (sentence == other) return true;
        if (Math.Abs(sentence - other) > 1) return false;
        var acrossMessages = anchorToken >= message.NewestStart != otherToken >= message.NewestStart;
        return acrossMessages || message.Tokens.Count(t => t.Sentence == Math.Max(sentence, other)) <= ShortSentence;
    }

    /// <summary>Someone describes an everyday symptom as happening now (or just over): the answer ends with the safety net.</summary>
    private string? Symptom(TriageMessage message, MessageContext context) =>
        _symptoms.Find(message)
            .Where(span => span.First >= message.NewestStart
                && context.Frame(span, [span], anchorIsReading: false, aboutAnyone: false) is Framing.Now or Framing.Resolved)
            .Select(span => Evidence([new GroupIdea(RedFlagBook.SymptomsGroup)], [span], message))
            .FirstOrDefault();

    private static string Evidence(IEnumerable<SignIdea> ideas, List<Span> parts, TriageMessage message) =>
        string.Join(" + ", ideas) + ": " + string.Join(" ", parts.Select(p =>
            $"\"{message.Text[message.Tokens[p.First].Start..message.Tokens[p.Last].End]}\""));

    public void Dispose() => _analyzers.Dispose();

    private sealed record CompiledFlag(
        RedFlag Flag,
        int Order,
        List<List<(SignIdea Idea, SignFinder Finder)>> Signs,
        List<List<(SignIdea Idea, SignFinder Finder)>> SafetyNet,
        List<SignFinder> Unless)
    {
        public IReadOnlyList<ReadingIdea> Temperatures { get; } =
            Flag.Signs.SelectMany(s => s).OfType<ReadingIdea>().Where(r => r.Kind == ReadingKind.Temperature).ToList();
    }
}
