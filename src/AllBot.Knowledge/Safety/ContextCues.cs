using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// The words that change what a sign means: negations, "if", the past, "it's fine now", stories and homework, care
/// already under way, who the sentence is about. They are language, not clinical knowledge, so they live here rather
/// than in the editors' files; docs/how-triage-works.md explains each list. Every phrase goes through the same
/// analysis chain as the messages ("isn't" and "isnt" are both "is not").
/// </summary>
internal sealed class ContextCues
{
    public ContextCues(TriageAnalyzer analyzer)
    {
        var lists = new Dictionary<Cue, string[]>();
        void Phrases(Cue cue, params string[] phrases) => lists[cue] = phrases;
        HashSet<string> Words(params string[] list) =>
            list.SelectMany(w => analyzer.Terms(w)).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);

        Phrases(Cue.Negation, "no", "not", "never", "without", "none", "nor", "neither", "free of", "denies", "negative for",
            "nothing", "zero", "any sign of");
        Phrases(Cue.NegationAfter, "normal", "fine", "ok", "okay", "gone now", "gone away", "stopped", "settled", "free",
            "resolved", "went down", "came down", "come down", "down now", "back to normal", "fading", "fades", "faded",
            "is fading", "has gone down");
        Phrases(Cue.Conditional, "if", "in case", "incase", "what if", "whenever", "suppose", "supposing", "in the event",
            "should he ever", "should she ever", "should i ever", "should they ever", "were to", "unless", "prevent",
            "preventing", "avoid", "avoiding", "risk of", "risks of", "chance of", "chances of", "count as", "counts as",
            "counted as", "classed as", "considered a", "what temperature", "what temp", "at what temperature", "how high",
            "threshold", "too high", "too low", "can you get", "can you have", "do you get", "could you get", "does it mean",
            "would it be", "in the future", "later on", "one day");
        Phrases(Cue.Plan, "should i", "should we", "can i", "can we", "shall i", "shall we", "is it ok to", "is it okay to",
            "is it safe to", "is it alright to", "ok to", "okay to", "allowed to", "do i need to", "do we need to",
            "how do i give", "how to give");
        // The past: distant ("years ago", "as a baby") and recent ("last weekend", "on tuesday"). Some red flags count
        // in the recent past (a contact with chickenpox on Sunday), never in the distant.
        Phrases(Cue.Past, "months ago", "month ago", "years ago", "year ago", "last year", "last month",
            "last summer", "last winter", "last spring", "last autumn", "last christmas", "last time", "last cycle",
            "last round", "last block", "last course", "last admission", "as a baby", "as a child", "as a toddler",
            "as a kid", "back in", "used to", "previously", "in the past", "history of", "at diagnosis",
            "when diagnosed", "before diagnosis", "before he was diagnosed", "before she was diagnosed",
            "before i was diagnosed", "first diagnosed", "the first time", "once had", "during induction",
            "years back", "months back", "a while back", "a while ago", "long time ago", "last few years",
            "before christmas", "over the summer", "in the spring", "in the summer", "in the autumn", "in the fall",
            "in the winter", "in january", "in february", "in march", "in april", "in may", "in june", "in july",
            "in august", "in september", "in october", "in november", "in december", "at the start of treatment",
            "at the beginning of treatment", "when he was first", "when she was first", "when i was first",
            "a few years", "as a teenager", "when he was younger", "when she was younger", "when i was younger",
            "when he was little", "when she was little", "when i was little", "was a baby", "was little",
            "was younger", "was small", "was a toddler", "was a kid");
        Phrases(Cue.RecentPast, "days ago", "day ago", "weeks ago", "week ago", "last week", "when he was",
            "when she was", "when i was", "when we were", "when they were", "the other day", "last monday",
            "last tuesday", "last wednesday", "last thursday", "last friday", "last saturday", "last sunday",
            "at the weekend", "last weekend", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
            "on saturday", "on sunday");
        string[] temperature = ["temp", "temps", "temperature", "fever", "thermometer", "reading", "spiked", "spiking", "running",
            "hit", "reached", "strip", "forehead", "ear", "armpit"];
        TemperatureWords = temperature.SelectMany(w => analyzer.Terms(w)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

        Phrases(Cue.Now, "now", "right now", "currently", "at the moment", "today", "tonight", "this morning",
            "this afternoon", "this evening", "since", "still", "just now", "at present", "for the last",
            "for the past", "all day", "all night", "keeps", "keep", "keeping", "kept", "started", "starting", "starts",
            "getting worse", "yesterday",
            "last night", "earlier", "so far", "hours ago", "hour ago", "minutes ago", "mins ago", "suddenly");
        // Over: said of the person ("she's fine now") or of the sign itself ("it stopped"). "The vomiting has stopped" is
        // not here, because it could be another symptom than the sign's.
        Phrases(Cue.Resolved, "fine now", "better now", "ok now", "okay now", "normal now", "all good now", "back to normal",
            "recovered", "feeling better", "much better", "all clear", "and feel fine", "feel fine now", "feeling fine now",
            "it stopped", "it has stopped", "it is stopped", "it went away", "it has gone away", "it is gone", "it has gone",
            "it passed", "it has passed", "it came down", "it has come down", "it went down", "it has gone down",
            "it is gone down", "it settled", "it has settled", "it cleared up", "it has cleared", "it healed",
            "they have healed", "they healed", "it has healed", "it was nothing", "they said it was", "turned out to be",
            "stopped by itself", "stopped on its own", "went back to normal", "gone now", "it is fine now",
            "temperature came down", "temp came down", "fever came down", "temperature went down", "temp went down",
            "temperature is down", "temp is down", "temperature has come down", "temp has come down");
        Phrases(Cue.Fiction, "story", "stories", "novel", "book", "character", "characters", "essay", "homework",
            "assignment", "project", "coursework", "school work", "schoolwork", "role play", "roleplay", "pretend",
            "pretending", "scene", "script", "screenplay", "film", "movie", "tv", "tv show", "soap", "series", "episode",
            "video game", "game", "fanfic", "fan fiction", "poem", "writing about", "for class", "for school",
            "for my class", "quiz", "exam", "revision", "textbook", "lecture", "student", "first aid course",
            "first aid training", "drama", "documentary", "on the news", "in the news", "article", "hypothetically",
            "hypothetical", "imagine", "just curious", "out of curiosity", "for research", "research paper",
            "dissertation", "podcast", "blog", "presentation", "debate", "joke", "meme", "watching", "watched", "on tv",
            "casualty", "grey's anatomy", "the show");
        Phrases(Cue.Care, "in hospital", "in the hospital", "at the hospital", "on the ward", "in a&e", "in a and e",
            "in ae", "in the er", "in er", "in the emergency department", "in the ed", "in icu", "in picu", "in the icu",
            "in the picu", "in intensive care", "in resus", "on the unit", "in the day unit", "admitted", "inpatient",
            "being treated", "being monitored", "being seen", "on iv antibiotics", "iv antibiotics", "on antibiotics for",
            "nurses are with", "doctors are with", "doctor is with", "nurse is with", "the doctors are",
            "the nurses are", "doctors are", "nurses are", "ambulance is on", "ambulance on its way", "ambulance is coming", "ambulance coming",
            "paramedics are", "paramedics here", "called 999", "called 911", "called 112", "rang 999", "called an ambulance",
            "called the ambulance", "phoned 999", "waiting for the ambulance", "on our way to hospital",
            "on the way to hospital", "on our way to a&e", "in the ambulance", "on a drip", "hooked up to");
        Phrases(Cue.Discharged, "discharged", "home now", "came home", "back home", "sent home", "sent us home", "at home now",
            "went home", "let us go home");
        Phrases(Cue.Habitual, "always", "usually", "often", "sometimes", "every time", "tends to", "tend to", "normally",
            "occasionally", "from time to time", "now and then", "most of the time", "a lot of the time");

        ClauseOpeners = Words("but", "although", "though", "however", "whereas", "except", "anyway");
        QuestionOpeners = Words("what", "why", "how", "which", "who", "can", "could", "does", "do", "did", "is", "are",
            "will", "would", "should", "may", "might", "shall");
        NotWord = Words("not").Single();
        // "I'm" and "im" are written out as "i am" by the analysis.
        PresentVerbs = Words("is", "am", "are");
        OwnPeople = Words("i", "me", "my", "we", "us", "our", "myself", "son", "daughter", "child", "kid", "baby", "toddler",
            "boy", "girl", "husband", "wife", "partner", "mum", "mom", "mother", "dad", "father", "brother", "sister",
            "grandson", "granddaughter", "grandchild", "nephew", "niece", "grandma", "grandad", "grandpa", "granny", "nan",
            "nana", "teenager", "teen", "children", "stepson", "stepdaughter", "twin", "twins", "boyfriend", "girlfriend", "aunt",
            "uncle", "cousin", "fiance", "fiancee", "wifey", "hubby", "lo");
        FirstPerson = Words("i", "me", "my", "we", "us", "our", "myself");
        Subjects = Words("i", "me", "we", "us", "myself");
        OtherPeople = Words("friend", "friends", "neighbour", "neighbor", "neighbours", "colleague", "coworker", "classmate",
            "teacher", "boss", "stranger", "celebrity", "character", "people", "man", "woman", "men", "women", "guy", "lady",
            "gentleman", "someone", "somebody", "mate", "mates", "buddy", "pal", "bestie",
            "patients", "person", "everyone", "others", "folks", "adults", "actor");
        GenericDeterminers = Words("a", "an", "some", "any", "other", "another", "every", "most", "many", "those", "these");
        Possessives = Words("my", "our", "his", "her", "their");
        Pronouns = Words("he", "she", "him", "her", "his", "hers", "they", "them", "their");
        YouWords = Words("you", "your");
        Demonstratives = Words("that", "this", "it");
        AssertionVerbs = Words("is", "am", "are", "was", "were", "has", "have", "had", "got", "keeps", "keep", "been",
            "feels", "feel", "felt", "looks", "seems", "seem", "started", "says", "said", "complains", "told",
            "can", "does", "did", "getting", "having", "being", "just", "gone", "went", "came", "threw");
        // Numbered as the kinds are, so what the index finds is already by kind.
        _index = new PhraseIndex(Enum.GetValues<Cue>().Select(cue => lists[cue]), analyzer, PhraseMatch.Words);
    }


    private readonly PhraseIndex _index;

    public HashSet<string> ClauseOpeners { get; }
    public HashSet<string> QuestionOpeners { get; }
    public string NotWord { get; }
    public HashSet<string> PresentVerbs { get; }
    public HashSet<string> OwnPeople { get; }
    public HashSet<string> FirstPerson { get; }
    /// <summary>The writer as the subject: "I", "we". "my" is not, the word after it is ("my friend").</summary>
    public HashSet<string> Subjects { get; }
    public HashSet<string> OtherPeople { get; }
    public HashSet<string> GenericDeterminers { get; }
    public HashSet<string> Possessives { get; }
    public HashSet<string> Pronouns { get; }
    public HashSet<string> YouWords { get; }
    public HashSet<string> Demonstratives { get; }
    public HashSet<string> AssertionVerbs { get; }
    /// <summary>Stems that make a number just after them a temperature ("temp 38", "fevr 39", "thermometer says 39").</summary>
    public HashSet<string> TemperatureWords { get; }

    /// <summary>Every cue said in <paramref name="message"/>, by kind (<c>(int)Cue</c>), in one pass.</summary>
    public List<Span>[] Find(TriageMessage message) => _index.Find(message);

    /// <summary>Every word of every cue: known words, never corrected as typos.</summary>
    public IEnumerable<string> Words =>
        _index.Terms
            .Concat(ClauseOpeners).Concat(QuestionOpeners).Concat(OwnPeople).Concat(OtherPeople).Concat(GenericDeterminers)
            .Concat(Pronouns).Concat(YouWords).Concat(AssertionVerbs);
}

/// <summary>The kinds of context cue.</summary>
internal enum Cue
{
    Negation,
    NegationAfter,
    Conditional,
    Plan,
    Past,
    RecentPast,
    Now,
    Resolved,
    Fiction,
    Care,
    Discharged,
    Habitual,
}
