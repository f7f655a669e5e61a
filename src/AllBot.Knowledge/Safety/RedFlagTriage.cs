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

    private readonly TriageAnalyzer _analyzer = new();
    private readonly ContextCues _cues;
    private readonly SignVocabulary _vocabulary;
    private readonly TypoCorrector _corrector;
    private readonly IReadOnlyList<CompiledFlag> _flags;
    private readonly int _symptoms;

    public RedFlagTriage(RedFlagBook book)
    {
        _cues = new ContextCues(_analyzer);
        _vocabulary = new SignVocabulary(book, _analyzer);
        _flags = book.Flags
            .Select((flag, order) => new CompiledFlag(flag, order, Compile(flag.Signs), Compile(flag.SafetyNet),
                flag.Unless.Select(Compile).ToList(), flag.StillCountsAfter.Select(Compile).ToList()))
            .ToList();
        _symptoms = _vocabulary.NumberOf(RedFlagBook.SymptomsGroup);
        var cueStems = _cues.Words.SelectMany(w => _analyzer.Terms(w)).Select(t => t.Stem);
        _corrector = new TypoCorrector(_vocabulary.Terms, _vocabulary.KnownTerms.Concat(cueStems));
    }

    /// <summary>Triages <paramref name="message"/>; <paramref name="previous"/> is the conversation's message before it, if any.</summary>
    public TriageResult Triage(string message, string? previous = null)
    {
        if (string.IsNullOrWhiteSpace(message)) return TriageResult.None;
        // As typed: the analyser lower-cases the words, and a capital inside a sentence marks a name ("Jacob").
        var read = TriageMessage.Read(message, previous, _analyzer, _cues, _corrector.Correct);
        var said = new SaidInMessage(read, _vocabulary.Find(read), new MessageContext(read, _cues));
        var setAside = new List<SetAsideSign>();
        (CompiledFlag Flag, int Ideas, string Evidence)? best = null;
        foreach (var flag in _flags)
        {
            if (Find(flag, flag.Signs, said, setAside) is not { } match) continue;
            if (best is null || MoreUrgent(flag, match.Ideas, best.Value.Flag, best.Value.Ideas)) best = (flag, match.Ideas, match.Evidence);
        }
        if (best is { } found) return new TriageResult(found.Flag.Flag, found.Evidence, null, setAside);
        var symptom = Symptom(said)
            ?? _flags.Select(f => Find(f, f.SafetyNet, said, [])?.Evidence).FirstOrDefault(e => e is not null);
        return new TriageResult(null, null, symptom, setAside);
    }

    /// <summary>
    /// The most urgent level first; within a level, a red flag with its own reply (thoughts of self-harm), then the
    /// sign that says more ("clots in my pee" is blood in the urine before it is a blood clot), then the file order.
    /// </summary>
    private static bool MoreUrgent(CompiledFlag flag, int ideas, CompiledFlag than, int thanIdeas)
    {
        if (flag.Flag.Level != than.Flag.Level) return flag.Flag.Level < than.Flag.Level;
        if ((flag.Flag.Reply is null) != (than.Flag.Reply is null)) return flag.Flag.Reply is not null;
        if (ideas != thanIdeas) return ideas > thanIdeas;
        return flag.Order < than.Order;
    }

    /// <summary>The first of <paramref name="signs"/> that is happening now (how many ideas it has, and the evidence), or null.</summary>
    private static (int Ideas, string Evidence)? Find(CompiledFlag flag, List<Idea[]> signs, SaidInMessage said, List<SetAsideSign> setAside)
    {
        foreach (var sign in signs)
        {
            var found = new IReadOnlyList<Span>[sign.Length];
            var missing = false;
            for (var i = 0; i < sign.Length && !missing; i++)
            {
                found[i] = said.Find(sign[i]);
                missing = found[i].Count == 0;
            }
            if (missing) continue;
            foreach (var anchor in found[0])
            {
                if (Combine(anchor, found, said.Message) is not { } parts) continue;
                var evidence = Evidence(sign, parts, said.Message);
                // A sign that starts in the previous message is framed where the newest message says its part.
                var framed = anchor.Last >= said.Message.NewestStart ? anchor : parts.First(p => p.Last >= said.Message.NewestStart);
                var framing = Frame(flag, sign[0].Reading is not null && framed == anchor, framed, parts, said);
                if (framing == Framing.Now) return (sign.Length, evidence);
                setAside.Add(new SetAsideSign(flag.Flag.Id, framing, evidence));
            }
        }
        return null;
    }

    private static Framing Frame(CompiledFlag flag, bool anchorIsReading, Span anchor, List<Span> parts, SaidInMessage said)
    {
        var message = said.Message;
        // "Gave her calpol and it came down": a red flag said to be over still counts after what can hide it.
        var overCounts = flag.StillCountsAfter.Any(idea => said.Find(idea).Count > 0);
        var framing = said.Context.Frame(anchor, parts, new FrameRules(anchorIsReading, flag.Flag.AboutAnyone, flag.Flag.PastCounts, overCounts));
        if (framing != Framing.Now) return framing;
        // The red flag's own exceptions, said in the sign's sentence or the next ("breathless. I just ran up the stairs").
        var sentence = message.Tokens[anchor.First].Sentence;
        if (flag.Unless.Any(u => said.Find(u).Any(span => message.Tokens[span.First].Sentence - sentence is 0 or 1))) return Framing.Excepted;
        // "38.5 last night, 36.9 now": a later temperature that is no longer a red flag ends it.
        var thresholds = flag.Temperatures;
        if (thresholds.Count > 0 && !overCounts && said.Context.HasLaterReading(anchor, r => r.Kind == ReadingKind.Temperature && !thresholds.Any(t => t.Holds(r.Value))))
            return Framing.Resolved;
        return Framing.Now;
    }

    /// <summary>
    /// The other ideas of a sign nearest the anchor, in a near enough sentence; null when one is missing, or
    /// when the newest message holds none of them (the previous message was answered already).
    /// </summary>
    private static List<Span>? Combine(Span anchor, IReadOnlyList<Span>[] found, TriageMessage message)
    {
        var sentence = message.Tokens[anchor.First].Sentence;
        var parts = new List<Span>(found.Length) { anchor };
        for (var i = 1; i < found.Length; i++)
        {
            Span? nearest = null;
            foreach (var span in found[i])
            {
                if (Clashes(span, anchor) || !Near(message, sentence, message.Tokens[span.First].Sentence, anchor.First, span.First)) continue;
                if (nearest is null || Math.Abs(span.First - anchor.First) < Math.Abs(nearest.Value.First - anchor.First)) nearest = span;
            }
            if (nearest is null) return null;
            parts.Add(nearest.Value);
        }
        return parts.Any(p => p.Last >= message.NewestStart) ? parts : null;
    }

    /// <summary>
    /// Two ideas cannot be the same words ("blood" and "blood clot"), but one may sit inside the other's gap: "pulled
    /// her wiggly out" is a line and its damage.
    /// </summary>
    private static bool Clashes(Span span, Span anchor) =>
        span.Overlaps(anchor) && !(span.First < anchor.First && span.Last > anchor.Last) && !(anchor.First < span.First && anchor.Last > span.Last);

    private static bool Near(TriageMessage message, int sentence, int other, int anchorToken, int otherToken)
    {
        if (sentence == other) return true;
        if (Math.Abs(sentence - other) > 1) return false;
        var acrossMessages = anchorToken >= message.NewestStart != otherToken >= message.NewestStart;
        return acrossMessages || message.SentenceLength(Math.Max(sentence, other)) <= ShortSentence;
    }

    /// <summary>Someone describes an everyday symptom as happening now (or just over): the answer ends with the safety net.</summary>
    private string? Symptom(SaidInMessage said)
    {
        foreach (var span in said.Words[_symptoms])
        {
            if (span.First < said.Message.NewestStart) continue;
            var framing = said.Context.Frame(span, [span], FrameRules.Default);
            if (framing is Framing.Now or Framing.Resolved)
                return $"{RedFlagBook.SymptomsGroup}: {Quote(said.Message, span)}";
        }
        return null;
    }

    private static string Evidence(Idea[] ideas, List<Span> parts, TriageMessage message) =>
        string.Join(" + ", ideas.Select(i => i.Source)) + ": " + string.Join(" ", parts.Select(p => Quote(message, p)));

    /// <summary>The words of <paramref name="part"/> as typed, in quotes.</summary>
    private static string Quote(TriageMessage message, Span part) =>
        $"\"{message.Text[message.Tokens[part.First].Start..message.Tokens[part.Last].End]}\"";

    private Idea[] Compile(IReadOnlyList<SignIdea> sign) => sign.Select(Compile).ToArray();

    private List<Idea[]> Compile(IReadOnlyList<IReadOnlyList<SignIdea>> signs) => signs.Select(Compile).ToList();

    private Idea Compile(SignIdea idea) =>
        idea is ReadingIdea reading ? new Idea(idea, -1, reading) : new Idea(idea, _vocabulary.NumberOf(idea), null);

    public void Dispose() => _analyzer.Dispose();

    /// <summary>One idea of a sign: a group or phrase of the vocabulary by number, or a reading.</summary>
    private sealed record Idea(SignIdea Source, int Number, ReadingIdea? Reading);

    /// <summary>What one message says: its words and readings, where each group is said, and its context.</summary>
    private sealed class SaidInMessage(TriageMessage message, FoundWords words, MessageContext context)
    {
        public TriageMessage Message { get; } = message;
        public FoundWords Words { get; } = words;
        public MessageContext Context { get; } = context;

        public IReadOnlyList<Span> Find(Idea idea)
        {
            if (idea.Reading is not { } reading) return Words[idea.Number];
            var spans = new List<Span>();
            foreach (var r in Message.Readings)
            {
                if (r.Kind != reading.Kind || !reading.Holds(r.Value)) continue;
                var token = Message.TokenAt(r.Start);
                spans.Add(new Span(token, token));
            }
            return spans;
        }
    }

    private sealed record CompiledFlag(
        RedFlag Flag, int Order, List<Idea[]> Signs, List<Idea[]> SafetyNet, List<Idea> Unless, List<Idea> StillCountsAfter)
    {
        public IReadOnlyList<ReadingIdea> Temperatures { get; } =
            Flag.Signs.SelectMany(s => s).OfType<ReadingIdea>().Where(r => r.Kind == ReadingKind.Temperature).ToList();
    }
}
