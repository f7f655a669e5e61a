using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The answer pipeline, top to bottom: normalise -> urgent triage -> small talk -> the question's parts -> search ->
/// decide (answer, clarify or no answer) -> compose -> safety net. Triage runs before anything else looks at the
/// text, so an emergency never waits on (or depends on) the search; it reads the conversation's previous message too,
/// for red flags said in two messages. A follow-up ("is there a video about that?") is searched with the previous
/// question's words when it finds nothing alone. Each stage is a span of <see cref="KnowledgeTelemetry"/> when the host
/// traces.
/// </summary>
public sealed class AnswerPipeline(KnowledgeIndex index, RedFlagTriage triage, AnswerComposer composer, AnswerPolicy policy) : IAnswerer
{
    private const int Candidates = 10;

    /// <summary>How much the words of a previous question or of the message's context weigh in the ranking.</summary>
    private const float EarlierWeight = 0.3f;

    /// <summary>How much more the words a question is about weigh in the ranking.</summary>
    private const float SubjectWeight = 2f;

    public Answer Answer(string question, PreviousTurn? previous = null)
    {
        var text = MessageNormalizer.Normalize(question);
        TriageResult triaged;
        using (KnowledgeTelemetry.Stage("allbot.triage"))
        {
            triaged = triage.Triage(text, previous is null ? null : MessageNormalizer.Normalize(previous.Message));
        }
        if (triaged.Flag is { } flag) return composer.Urgent(question, flag, triaged.Evidence!);

        var answer = Respond(question, text, previous);
        return triaged.DescribesSymptom ? composer.WithSafetyNet(answer) : answer;
    }

    /// <summary>The same pipeline with other thresholds, sharing the index (for the <c>calibrate</c> command).</summary>
    public AnswerPipeline With(AnswerPolicy other) => new(index, triage, composer, other);

    private Answer Respond(string question, string text, PreviousTurn? previous)
    {
        // The last choice of a clarifying question: say so kindly, as for a question the bot cannot answer.
        if (composer.IsNoneOfThese(text)) return composer.NoAnswer(question);

        // "Hi, what is ALL?" is searched as "what is ALL?": the greeting is not part of the question.
        var (smallTalk, remainder) = SmallTalkClassifier.Classify(text);
        var asked = smallTalk == SmallTalk.None ? text : SmallTalkClassifier.InOriginal(text, remainder);
        if (smallTalk != SmallTalk.None && !AsksSomethingElse(text, remainder)) return composer.SmallTalk(question, smallTalk);
        if (SaidAnywhere(text) is { } said) return composer.SmallTalk(question, said);

        // "Tell me more": the next passage of what was just answered. After videos alone there is no next passage:
        // it is read with the previous question's words, as other follow-ups are.
        if (previous?.Answer is { Kind: AnswerKind.Answer, Passages.Count: > 0, Suggestions: [var next, ..] } && FollowUp.AsksForMore(asked))
            return Compose(question, [Decide(next)]);

        // "Can you say that more simply?": the site's own words are all the bot has to say, so the previous answer is
        // given again (a person rereading it is better served than by "I don't know").
        if (previous is { Answer.Kind: AnswerKind.Answer } && FollowUp.AsksAgain(asked))
            return Respond(question, MessageNormalizer.Normalize(previous.Message), null);

        // "And is there a video about that?": the previous question's words say what "that" is, so a follow-up is read
        // with them first.
        var followUp = previous?.Answer.Kind == AnswerKind.Answer && FollowUp.LeansOnPrevious(asked);
        IReadOnlyList<QuestionConcept> earlier = followUp ? KnownConcepts(MessageNormalizer.Normalize(previous!.Message)) : [];

        // "My son is 15 and was just told he has ALL. What even is it?": the question is answered first, with the
        // known words of what was said around it to say what "it" is.
        // When the question points back ("what is this sickness?"), what was said around it is read first.
        var (questions, context) = MessageSentences.Split(asked);
        // "The consultant keeps saying 'lymphoblasts'. What are they?": the word in quotes is what "they" are.
        if (context.Length > 0 && FollowUp.PointsBackIn(questions) && MessageSentences.Quoted(context) is { } quoted)
            questions = FollowUp.PointBackTo(questions, quoted);
        var earlierFirst = followUp;
        if (context.Length > 0)
        {
            earlier = [.. KnownConcepts(context), .. earlier];
            earlierFirst |= FollowUp.PointsBackIn(questions);
        }

        var parts = QuestionParts.Split(questions);
        if (parts.Count > 1)
        {
            var answered = DecideParts(parts, earlier, earlierFirst).Where(d => d.HasAnswer).ToList();
            if (answered.Count > 0) return Compose(question, answered);
        }
        var decision = Decide(questions, earlier, earlierFirst);
        // A message that was all context ("my son has ALL, he is 5") is read whole, as before.
        if (!decision.HasAnswer && context.Length > 0 && decision.Outcome != Outcome.Clarify) decision = Decide(asked);
        return Compose(question, [decision]);
    }

    /// <summary>
    /// Each part on its own, except that a part pointing back at one the knowledge base cannot answer is not answered
    /// either: in "what is CLL and how is it different from ALL?" or "is ALL hereditary? will my kids get it?", "it" is
    /// what the bot knows nothing about.
    /// </summary>
    private IEnumerable<Decision> DecideParts(IReadOnlyList<string> parts, IReadOnlyList<QuestionConcept> earlier, bool earlierFirst)
    {
        var before = true;
        foreach (var part in parts)
        {
            var decision = !before && FollowUp.PointsBackIn(part) ? Decision.NoAnswer("points back at a part with no answer") : Decide(part, earlier, earlierFirst);
            before = decision.HasAnswer;
            yield return decision;
        }
    }

    /// <summary>
    /// What "it" can be in "what is it?": of the <paramref name="earlier"/> words, those a passage says what they are
    /// ("my son was diagnosed with ALL. What actually is it?" asks what ALL is, not what a diagnosis is); all of them
    /// when none is.
    /// </summary>
    private IReadOnlyList<QuestionConcept> Named(IReadOnlyList<QuestionConcept> earlier) =>
        earlier.Where(index.DefinesAnywhere).ToList() is { Count: > 0 } named ? named : earlier;

    /// <summary>The words of <paramref name="text"/> the knowledge base knows, weighing little: they say what "it" is, they do not lead.</summary>
    private IReadOnlyList<QuestionConcept> KnownConcepts(string text) =>
        index.Concepts.Read(text).Where(c => c.CertaintyIn(index.Vocabulary.Contains) > 0).Select(c => c.Scaled(EarlierWeight)).ToList();

    private Answer Compose(string question, IReadOnlyList<Decision> decisions) => decisions[0].Outcome switch
    {
        Outcome.Clarify => composer.Clarify(question, decisions[0]),
        Outcome.NoAnswer => composer.NoAnswer(question),
        _ => composer.Found(question, decisions),
    };

    /// <summary>
    /// Decides on <paramref name="text"/> with the <paramref name="earlier"/> words too: first (a follow-up), or when it
    /// says too little by itself (context). Its own subject still decides: "ok but can she eat sushi?" after a
    /// question about nutrition stays unanswered.
    /// </summary>
    private Decision Decide(string text, IReadOnlyList<QuestionConcept>? earlier = null, bool earlierFirst = false)
    {
        var (concepts, focus) = Read(text);
        // "What is acute lymphoblastic leukaemia, my husband has it, the letter came on Friday": a question asking what
        // a known word is, with more said after it, can be decided on that word alone, the rest being context. It is,
        // first when a passage defines the word, else when the whole sentence finds no answer.
        var subjectAlone = focus is { AsksWhatItIs: true, AsksForFigure: false, Subject.Count: > 0 }
            && focus.Subject.Count < concepts.Count && !focus.Unknown(index.Vocabulary).Any()
            && policy.UnknownAbbreviation(concepts, index.Vocabulary) is null;
        if (subjectAlone && focus.Subject.Any(index.DefinesAnywhere)) return Decide(focus.Subject, focus);
        // "My grandson has ALL. Can someone explain what it is?": a question asking what something is that names it only
        // by pointing back, and names no topic of its own, asks what the earlier words are.
        var asksWhatEarlierIs = focus is { AsksWhatItIs: true, Subject.Count: 0 } && earlierFirst && earlier is { Count: > 0 };
        if (asksWhatEarlierIs && !concepts.Any(IsTopical)) return Decide(Named(earlier!), focus);
        var decision = DecideWith(concepts, focus, earlier, earlierFirst);
        if (decision.HasAnswer || decision.Outcome == Outcome.Clarify) return decision;
        if (subjectAlone) return Decide(focus.Subject, focus);
        // "My pupil has ALL. Before I meet the parents I'd like to understand what the condition is.": the same when its
        // own words find nothing.
        return asksWhatEarlierIs ? Decide(Named(earlier!), focus) : decision;
    }

    private Decision DecideWith(IReadOnlyList<QuestionConcept> concepts, QuestionFocus focus, IReadOnlyList<QuestionConcept>? earlier, bool earlierFirst)
    {
        if (earlier is not { Count: > 0 } || focus.Unknown(index.Vocabulary).Any()) return Decide(concepts, focus);
        var first = earlierFirst ? Decide([.. concepts, .. earlier], focus) : Decide(concepts, focus);
        return first.HasAnswer ? first : earlierFirst ? Decide(concepts, focus) : Decide([.. concepts, .. earlier], focus);
    }

    private Decision Decide(IReadOnlyList<QuestionConcept> concepts, QuestionFocus focus)
    {
        // A question the knowledge base cannot answer whatever it finds is not searched.
        if (policy.RefusesUnsearched(focus, concepts, index.Vocabulary) is { } refusal) return refusal;
        // What the question is about leads the ranking: "in leukaemia, how are white blood cells formed?" is about the cells.
        if (focus.Leads) concepts = concepts.Select(c => focus.IsSubject(c) ? c.Scaled(SubjectWeight) : c).ToList();
        IReadOnlyList<SearchHit<PassageEntry>> passages;
        IReadOnlyList<SearchHit<VideoProgram>> videos;
        using (KnowledgeTelemetry.Stage("allbot.search"))
        {
            passages = index.SearchPassages(concepts, Candidates);
            videos = index.SearchVideos(concepts, Candidates);
        }
        if (focus.AsksWhatItIs) passages = DefiningFirst(passages, focus, concepts);
        // "What causes ALL?" is not answered by "this is what causes the symptoms of ALL".
        if (focus.CauseOf is { } effect)
        {
            passages = [.. passages.Where(p => index.SaysWhatCauses(p.Item, effect))];
            videos = [.. videos.Where(v => index.SaysWhatCauses(v.Item, effect))];
        }
        using (KnowledgeTelemetry.Stage("allbot.decide")) return policy.Decide(focus, concepts, index.Vocabulary, passages, videos);
    }

    /// <summary>
    /// "What is a lymphoblast?": the passage that says what the subject is comes first, at the best score, though
    /// another uses the word more often ("the abnormal lymphoblasts ... multiply"). "He has acute lymphoblastic
    /// leukaemia, what is it?" asks what the words around "it" are.
    /// </summary>
    private IReadOnlyList<SearchHit<PassageEntry>> DefiningFirst(
        IReadOnlyList<SearchHit<PassageEntry>> passages, QuestionFocus focus, IReadOnlyList<QuestionConcept> concepts)
    {
        var asked = focus.Subject.Count > 0 ? focus.Subject : concepts;
        var defining = passages.FirstOrDefault(p => asked.Any(s => index.Defines(p.Item, s)));
        if (defining is null || defining == passages[0]) return passages;
        return [defining with { Score = passages[0].Score }, .. passages.Where(p => p != defining)];
    }

    private (IReadOnlyList<QuestionConcept> Concepts, QuestionFocus Focus) Read(string text)
    {
        using var stage = KnowledgeTelemetry.Stage("allbot.understand");
        var concepts = index.Concepts.Read(text);
        return (concepts, QuestionFocusReader.Read(text, concepts));
    }

    /// <summary>
    /// Small talk said anywhere in a message that asks nothing else: "you didn't understand my question at all" (about
    /// the bot, and naming no topic), "he finished his last chemo today, we're so happy" (how someone is, and asking
    /// nothing), "I just wanted to say thank you for this website" (neither asking nor naming a topic).
    /// </summary>
    private SmallTalk? SaidAnywhere(string text)
    {
        var (kind, unsaid) = SmallTalkAnywhere.Read(text);
        if (kind == SmallTalk.None) return null;
        // "sorry what's a lymphoblast again" asks, once the apology is set aside.
        bool Asks() => SmallTalkAnywhere.AsksAnything(text) || SmallTalkAnywhere.AsksAnything(unsaid);
        var said = SmallTalkAnywhere.IsAboutTheBot(kind) ? !NamesATopic(unsaid)
            : SmallTalkAnywhere.StandsAlone(kind) ? !Asks()
            : !NamesATopic(unsaid) && !Asks();
        return said ? kind : null;
    }

    private bool NamesATopic(string text) =>
        index.Concepts.Read(text).Any(c => IsTopical(c) && !AnswerPolicy.OnlyPraises(c) && !QuestionFocusReader.OnlyDescribes(c));

    private bool IsTopical(QuestionConcept concept) => concept.CertaintyIn(index.Vocabulary.IsTopical) >= 1f;

    /// <summary>"thanks, that helps" is small talk; "hi, what is ALL?" or "hello, my son has ALL" is a question.</summary>
    private bool AsksSomethingElse(string text, string remainder) =>
        SmallTalkClassifier.AsksMore(text, remainder) || NamesATopic(remainder);
}
