namespace AllBot.Knowledge.Safety;

/// <summary>
/// The context cues found in one message, and who each word is about, so that every sign found in it can be
/// framed (<see cref="Framing"/>) without searching the message again.
/// </summary>
internal sealed class MessageContext
{
    /// <summary>How far before a sign a negation reaches ("has not been near anyone with chickenpox": five words).</summary>
    private const int NegationReach = 5;
    /// <summary>How far after a sign a negation reaches ("temperature is normal").</summary>
    private const int NegationAfterReach = 3;
    /// <summary>How close a possessive must be to the sign to say it is someone's ("his high temperature").</summary>
    private const int PossessiveReach = 2;
    /// <summary>How close a verb must be to the person to make a statement ("is my son bleeding").</summary>
    private const int VerbReach = 3;

    private readonly TriageMessage _message;
    private readonly ContextCues _cues;
    private readonly List<Span> _negation, _negationAfter, _conditional, _plan, _past, _distantPast, _now, _resolved, _fiction, _habitual;
    private readonly List<Span> _care;
    private readonly bool[] _aboutOthers;

    public MessageContext(TriageMessage message, ContextCues cues)
    {
        _message = message;
        _cues = cues;
        var found = cues.Find(message);
        _negation = found[(int)Cue.Negation];
        _negationAfter = found[(int)Cue.NegationAfter];
        _conditional = found[(int)Cue.Conditional];
        _plan = found[(int)Cue.Plan];
        _distantPast = found[(int)Cue.Past];
        _past = [.. _distantPast, .. found[(int)Cue.RecentPast]];
        _now = found[(int)Cue.Now];
        _resolved = found[(int)Cue.Resolved];
        _fiction = found[(int)Cue.Fiction];
        _habitual = found[(int)Cue.Habitual];
        _care = found[(int)Cue.Discharged].Count == 0
            ? found[(int)Cue.Care].Where(care => !_past.Any(past => Sentence(past) == Sentence(care))).ToList()
            : [];
        _aboutOthers = WhoIsMeant();
    }

    /// <summary>
    /// How the sign at <paramref name="anchor"/> (its first idea) is said; <paramref name="parts"/> are all the words of
    /// the sign, which never count as cues themselves ("can not stop" holds a "not" that negates nothing).
    /// </summary>
    public Framing Frame(Span anchor, IReadOnlyList<Span> parts, FrameRules rules)
    {
        if (_fiction.Any(f => Sentence(f) == Sentence(anchor))) return Framing.Fiction;
        if (_care.Any(care => InCare(care, anchor))) return Framing.InCare;
        if (_aboutOthers[anchor.First] && !rules.AboutAnyone) return Framing.NotInCare;
        if (parts.Any(part => Negated(part, parts))) return Framing.Negated;
        // "my son is vomiting, what if there is blood in it?": any idea of the sign said as a what-if makes it one.
        if (parts.Any(part => _conditional.Any(c => Clause(c) == Clause(part) && c.Last < part.First))) return Framing.Conditional;
        if (!rules.AnchorIsReading && parts.Any(part => _plan.Any(p => Clause(p) == Clause(part) && p.Last < part.First && !StatementBetween(p.Last + 1, part.First))))
            return Framing.Planned;
        if (Past(anchor, parts, rules.PastCounts ? _distantPast : _past)) return Framing.Past;
        if (!rules.OverCounts && _resolved.Any(r => r.First > anchor.Last && !parts.Any(part => part.Overlaps(r)))) return Framing.Resolved;
        if (_habitual.Any(h => Clause(h) == Clause(anchor)) && !NowIn(Clause(anchor))) return Framing.Habitual;
        if (_message.IsQuestion(Clause(anchor)) && !Asserted(anchor)) return Framing.General;
        return Framing.Now;
    }

    /// <summary>"is that normal", "is it ok": a question about the sign, not a statement that it is normal.</summary>
    private bool AsksAbout(Span cue)
    {
        for (var i = Math.Max(0, cue.First - 2); i < cue.First; i++)
        {
            if (_cues.Demonstratives.Contains(_message.Word(i))) return true;
        }
        return false;
    }

    /// <summary>True when a reading later in the message does not hold: "38.5 last night, 36.9 now".</summary>
    public bool HasLaterReading(Span anchor, Func<Reading, bool> isNormal) =>
        _message.Readings.Any(r => _message.TokenAt(r.Start) > anchor.Last && isNormal(r));

    private bool Negated(Span part, IReadOnlyList<Span> parts)
    {
        bool Free(Span cue) => !parts.Any(p => p.Overlaps(cue)) && Clause(cue) == Clause(part);
        if (_negation.Any(n => Free(n) && n.Last < part.First && part.First - n.Last <= NegationReach)) return true;
        // "his temperature is normal", but not "not normal", "never stopped" or the question "is that normal".
        return _negationAfter.Any(n => Free(n) && n.First > part.Last && n.First - part.Last <= NegationAfterReach
            && !_negation.Any(neg => neg.Last == n.First - 1) && !AsksAbout(n));
    }

    /// <summary>
    /// In the past: a time in the past in the sign's clause or in an earlier clause of its sentence ("last year, she
    /// had sepsis"; not "her face has dropped, she had asparaginase last week"), unless an idea of the sign is said
    /// after a "now" that follows it ("he hit his head two days ago and now he is being sick").
    /// </summary>
    private bool Past(Span anchor, IReadOnlyList<Span> parts, List<Span> cues)
    {
        bool Before(int token) => _message.Tokens[token].Sentence == Sentence(anchor) && _message.Tokens[token].Clause <= Clause(anchor);
        // A sign said in the present ("my temp is 38", "I'm running 38.6") is now, whatever was said of the past before
        // it or after it ("...and I had chemo on Tuesday"): only a past word between the verb and the sign counts.
        var present = PresentVerbBefore(anchor);
        bool AfterTheVerb(int token) => present < 0 || (token > present && token < anchor.First);
        var past = cues.Where(p => Before(p.First) && AfterTheVerb(p.First) && AfterTheVerb(p.Last)).Select(p => p.Last)
            .Concat(YearsBefore(token => Before(token) && AfterTheVerb(token))).ToList();
        if (past.Count == 0) return false;
        var since = past.Min();
        return !_now.Any(n => n.First > since && parts.Any(part => part.First > n.Last));
    }

    /// <summary>The last "is", "am" or "are" in the sign's clause before it, or -1.</summary>
    private int PresentVerbBefore(Span anchor)
    {
        for (var i = anchor.First - 1; i >= 0 && _message.Tokens[i].Clause == Clause(anchor); i--)
        {
            if (_cues.PresentVerbs.Contains(_message.Tokens[i].Word)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Care under way counts for the sign it is said with: in the same or the sentence before, with no other person
    /// named in between ("my mum being in hospital too, anyway Jacob's temperature ..." is not care for Jacob).
    /// </summary>
    private bool InCare(Span care, Span anchor)
    {
        if (Sentence(anchor) - Sentence(care) is not (0 or 1)) return false;
        var (from, to) = care.Last < anchor.First ? (care.Last + 1, anchor.First) : (anchor.Last + 1, care.First);
        for (var i = from; i < to; i++)
        {
            if (IsName(i)) return false;
        }
        return true;
    }

    /// <summary>A capitalised word inside a sentence ("Jacob"), not "I" or an acronym ("ALL", "PICC").</summary>
    private bool IsName(int token)
    {
        var t = _message.Tokens[token];
        if (token == 0 || _message.Tokens[token - 1].Sentence != t.Sentence) return false;
        var raw = Raw(token);
        return raw.Length > 1 && char.IsUpper(raw[0]) && raw[1..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>"in 2019".</summary>
    private IEnumerable<int> YearsBefore(Func<int, bool> before)
    {
        for (var i = 1; i < _message.Count; i++)
        {
            if (before(i) && _message.Word(i - 1) == "in" && int.TryParse(_message.Word(i), out var year) && year is >= 1950 and <= 2030)
                yield return i;
        }
    }

    private bool NowIn(int clause) => _now.Any(n => Clause(n) == clause);

    /// <summary>
    /// A question that also says something is happening: a person with a verb ("is my son bleeding"), a time that is
    /// now, a reading, or the sign made someone's ("what do I do about his fever").
    /// </summary>
    private bool Asserted(Span anchor)
    {
        var clause = Clause(anchor);
        if (NowIn(clause)) return true;
        if (_message.Readings.Any(r => _message.Tokens[_message.TokenAt(r.Start)].Clause == clause)) return true;
        for (var i = Math.Max(0, anchor.First - PossessiveReach); i < anchor.First; i++)
        {
            var word = _message.Word(i);
            var whose = _cues.Possessives.Contains(word) || (_cues.OwnPeople.Contains(word) && !_cues.FirstPerson.Contains(word));
            if (whose && !_aboutOthers[i]) return true;
        }
        return StatementBetween(First(clause), Last(clause) + 1);
    }

    /// <summary>A person (not "you") next to a verb between two tokens: "he is", "is my son", "she keeps".</summary>
    private bool StatementBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsPerson(i) || _aboutOthers[i]) continue;
            for (var j = Math.Max(from, i - VerbReach); j < Math.Min(to, i + VerbReach + 1); j++)
            {
                if (j != i && _cues.AssertionVerbs.Contains(_message.Word(j))) return true;
            }
        }
        return false;
    }

    private bool IsPerson(int token) =>
        _cues.OwnPeople.Contains(_message.Word(token)) || _cues.Pronouns.Contains(_message.Word(token));

    /// <summary>
    /// Who each word is about, left to right: "my son" is someone the writer looks after; "my friend's son", "a child",
    /// "kids" and "you" in a question are not; "he" and "she" keep whoever was last named.
    /// </summary>
    private bool[] WhoIsMeant()
    {
        var others = new bool[_message.Count];
        var aboutOthers = false;
        for (var i = 0; i < _message.Count; i++)
        {
            var word = _message.Word(i);
            // Each message starts about the writer's own: "you" in "can chemo turn your wee red?" is not the next message's "it".
            if (i == _message.NewestStart) aboutOthers = false;
            // "someone else's medicine" is not about someone else.
            if (_cues.OtherPeople.Contains(word)) aboutOthers = aboutOthers || i + 1 >= _message.Count || !_message.Word(i + 1).StartsWith("else", StringComparison.Ordinal);
            else if (_cues.Subjects.Contains(word)) aboutOthers = false;
            // "my son's ward": the person owns the next word, and is not who the sentence is about.
            else if (_cues.OwnPeople.Contains(word) && !_cues.FirstPerson.Contains(word) && !IsPossessive(i))
                aboutOthers = Whose(i) ?? (IsPlural(i) || (_cues.Pronouns.Contains(Previous(i)) ? aboutOthers : false));
            else if (_cues.YouWords.Contains(word) && _message.IsQuestion(_message.Tokens[i].Clause)) aboutOthers = true;
            others[i] = aboutOthers;
        }
        return others;
    }

    /// <summary>
    /// Whose a person word is, from the two words before it: "my (little) boy" is the writer's; "a (little) boy",
    /// "my friend's boy" and "the neighbour's boy" are not; null when those words do not say.
    /// </summary>
    private bool? Whose(int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - 2); i--)
        {
            var word = _message.Word(i);
            if (_cues.OtherPeople.Contains(word) || _cues.GenericDeterminers.Contains(word)) return true;
            if (_cues.FirstPerson.Contains(word)) return false;
            // "her son" is whoever "her" is.
            if (_cues.Possessives.Contains(word)) return null;
        }
        return null;
    }

    private string Previous(int token) => token > 0 ? _message.Word(token - 1) : "";

    private bool IsPossessive(int token) => Raw(token).EndsWith("'s", StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Raw(int token) =>
        _message.Text.AsSpan(_message.Tokens[token].Start, _message.Tokens[token].End - _message.Tokens[token].Start);

    /// <summary>"kids", "children", "babies" without "my" or "his" mean children in general ("Dad's" is not a plural).</summary>
    private bool IsPlural(int token)
    {
        var raw = _message.Text.AsSpan(_message.Tokens[token].Start, _message.Tokens[token].End - _message.Tokens[token].Start);
        return raw.Equals("children", StringComparison.OrdinalIgnoreCase)
            || (raw.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !raw.EndsWith("'s", StringComparison.OrdinalIgnoreCase));
    }

    private int Sentence(Span span) => _message.Tokens[span.First].Sentence;

    private int Clause(Span span) => _message.Tokens[span.First].Clause;

    private int First(int clause)
    {
        var i = 0;
        while (i < _message.Count && _message.Tokens[i].Clause < clause) i++;
        return i;
    }

    private int Last(int clause)
    {
        var i = _message.Count - 1;
        while (i > 0 && _message.Tokens[i].Clause > clause) i--;
        return i;
    }
}

/// <summary>
/// What a red flag changes in the framing: a reading is never a plan; some red flags count about anyone, or in the
/// recent past (a contact with chickenpox on Sunday), or even when said to be over (a fever brought down by
/// paracetamol).
/// </summary>
internal readonly record struct FrameRules(bool AnchorIsReading, bool AboutAnyone, bool PastCounts, bool OverCounts)
{
    public static readonly FrameRules Default = new(false, false, false, false);
}
