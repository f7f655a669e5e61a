using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Words that carry no topic in a patient's question: Lucene's English stop words, plus pronouns, question words,
/// chat shorthand ("wat", "pls"), requests ("tell me about", "videos with"), and who/when words. Without them a question such as
/// "can you tell me what it means" would look like it matches every passage a little.
/// "all" is deliberately not here: it is the disease's acronym (ALL).
/// </summary>
public static class PatientStopWords
{
    private static readonly string[] Extra =
    [
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "he", "him", "his", "she", "her",
        "hers", "its", "them", "it's", "i'm", "im", "i've", "ive", "i'd", "id", "you're", "u", "ur", "r",
        "what", "what's", "whats", "wat", "wot", "wht", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "hw", "do", "does", "did", "doing", "done", "don't", "dont", "doesn't", "doesnt", "can", "could", "would",
        "should", "shall", "may", "might", "must", "have", "has", "had", "having", "am", "been", "being", "were",
        "so", "too", "very", "just", "also", "any", "some", "about", "tell", "please", "pls", "plz", "kindly", "perhaps", "maybe", "sir", "madam", "regarding",
        "clip", "clips", "vid", "vids", "film", "films", "know", "want", "wants", "wanted",
        "wanna", "need", "explain", "mean", "means", "like", "get", "gets", "getting", "got", "gotten", "thing", "things", "something",
        "anything", "somewhere", "anywhere", "really", "during", "from", "while", "whilst", "much", "many", "more", "most", "here", "ok", "okay", "um", "uh", "kind", "sort",
        "video", "videos", "watch", "show", "program", "programs", "programme", "programmes", "info", "information",
        "tips", "advice", "ideas", "suggestions", "recommendations", "hints",
        // How much and how to say it: "a few months", "my own", "explain in easy words", "what is it actually?"
        "few", "several", "couple", "own", "english", "language", "easy", "easier", "simple", "simpler", "simply", "plain", "words", "terms", "layman", "layman's", "laymans", "actually", "exactly", "basically",
        // Who asked and what was said: "dr said his marrow is packed", "the hospital asked if...", "i dont understand
        // what it is", "explain it to an old lady". ("a say" in decisions is kept: "say" is not here.)
        "dr", "asked", "says", "said", "saying", "understand", "understood", "explanation",
        "everything", "lol", "haha", "someone", "somebody", "anyone", "anybody", "contact", "sure", "elderly",
        "involve", "involves", "involved", "involving",
        "honestly", "literally", "seriously", "because", "barely", "hardly", "hear", "heard", "hearing", "told", "mentioned", "later", "online", "internet", "google", "googled", "googling", "anyway", "anyways", "anymore", "one", "ones", "even", "ever",
        // When, and who (see Family): "my 5 year old son was diagnosed last week" is about the diagnosis, not weeks.
        "children", "families", "babies", "grandchildren", "year", "years", "old", "month", "months", "week", "weeks", "day", "days",
        "ago", "hour", "hours", "minute", "minutes", "moment", "last", "now", "today", "recently", "since", "still", "already", "yet", "never", "till", "til", "until", "unless",
        "tomorrow", "yesterday", "tonight", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "christmas", "xmas", "easter", "holiday", "holidays", "birthday", "summer", "winter", "spring", "autumn",
        // Contractions typed without the apostrophe ("theyre", "isnt") and with it: in a question for the knowledge
        // base they carry no topic. "can't" is not here: "why can't the cells mature?" is what the synonyms' "unable"
        // finds.
        "they're", "theyre", "you're", "youre", "he's", "hes", "she's", "shes", "that's", "thats", "there's", "theres",
        "where's", "wheres", "how's", "hows", "who's", "whos", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
        "weren't", "werent", "won't", "wont", "couldn't", "couldnt", "wouldn't", "wouldnt",
        "shouldn't", "shouldnt", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt", "we're", "we've", "they've",
    ];

    /// <summary>
    /// Who: "my 5 year old son was diagnosed last week" is about the diagnosis, not sons; "my pupil has ALL" is about ALL. Each also with an "s", which
    /// people type for the plural and for the possessive without its apostrophe ("my grandsons diagnosis").
    /// </summary>
    private static readonly string[] Family =
    [
        "son", "daughter", "child", "kid", "baby", "teen", "teenager", "husband", "wife", "partner", "mum", "mom", "mother",
        "dad", "father", "parent", "brother", "sister", "friend", "family", "boy", "girl", "grandson", "granddaughter",
        "grandchild", "grandkid", "grandma", "grandmother", "grandpa", "grandfather", "granny", "nan", "nana", "aunt", "auntie",
        "uncle", "niece", "nephew", "cousin", "stepson", "stepdaughter", "boyfriend", "girlfriend", "fiance", "fiancee",
        "grandparent", "grandad", "granddad", "gran", "lady", "gentleman", "pupil", "student", "classmate", "teacher",
        "colleague", "coworker", "employee", "boss", "neighbour", "neighbor",
    ];

    /// <summary>The stop set, lower case, for use after <c>LowerCaseFilter</c>.</summary>
    public static CharArraySet Create(LuceneVersion version)
    {
        var set = new CharArraySet(version, Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET.Count + Extra.Length, ignoreCase: false);
        IEnumerable<string> english = Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET;
        var family = Family.SelectMany(word => new[] { word, word + "s" });
        foreach (var word in english.Concat(Extra).Concat(family).Where(word => word != DiseaseAcronymFilter.Term))
        {
            set.Add(word);
        }
        return set.AsReadOnly();
    }
}
