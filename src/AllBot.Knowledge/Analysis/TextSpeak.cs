namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Chat shorthand and contractions, written out: "cant" and "can't" become "can not", "hes" becomes "he is", "rn"
/// becomes "right now". People type these when they are in a hurry, which is when the triage must read them best;
/// writing them out lets the red flags say "can not breathe" once for every way of typing it. Questions for the
/// knowledge base have only the shorthand written out: there the editors' synonyms read "can't" and "cant" as "unable".
/// </summary>
internal static class TextSpeak
{
    /// <summary>Contractions, with and without the apostrophe: "can't", "cant", "hes".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Contractions = Build(new Dictionary<string, string>
    {
        ["can't"] = "can not", ["cant"] = "can not", ["cannot"] = "can not", ["won't"] = "will not", ["wont"] = "will not",
        ["don't"] = "do not", ["dont"] = "do not", ["doesn't"] = "does not", ["doesnt"] = "does not", ["didn't"] = "did not",
        ["didnt"] = "did not", ["isn't"] = "is not", ["isnt"] = "is not", ["aren't"] = "are not", ["arent"] = "are not",
        ["wasn't"] = "was not", ["wasnt"] = "was not", ["weren't"] = "were not", ["werent"] = "were not",
        ["hasn't"] = "has not", ["hasnt"] = "has not", ["haven't"] = "have not", ["havent"] = "have not",
        ["hadn't"] = "had not", ["hadnt"] = "had not", ["couldn't"] = "could not", ["couldnt"] = "could not",
        ["shouldn't"] = "should not", ["shouldnt"] = "should not", ["wouldn't"] = "would not", ["wouldnt"] = "would not",
        ["ain't"] = "is not", ["aint"] = "is not", ["mustn't"] = "must not",
        ["i'm"] = "i am", ["im"] = "i am", ["i've"] = "i have", ["ive"] = "i have", ["i'll"] = "i will", ["i'd"] = "i would",
        ["he's"] = "he is", ["hes"] = "he is", ["she's"] = "she is", ["shes"] = "she is", ["it's"] = "it is",
        ["that's"] = "that is", ["thats"] = "that is", ["there's"] = "there is", ["theres"] = "there is",
        ["what's"] = "what is", ["whats"] = "what is", ["who's"] = "who is", ["they're"] = "they are", ["theyre"] = "they are",
        ["we're"] = "we are", ["you're"] = "you are", ["youre"] = "you are", ["they've"] = "they have", ["theyve"] = "they have",
        ["we've"] = "we have", ["weve"] = "we have", ["you've"] = "you have", ["he'll"] = "he will", ["she'll"] = "she will",
        ["they'll"] = "they will", ["he'd"] = "he would", ["she'd"] = "she would",
    });

    /// <summary>Chat shorthand: "ppl", "pls", "rn", "tmrw".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Shorthand = Build(new Dictionary<string, string>
    {
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["rn"] = "right now", ["atm"] = "at the moment", ["pls"] = "please",
        ["plz"] = "please", ["b4"] = "before", ["cuz"] = "because", ["coz"] = "because", ["cos"] = "because", ["bc"] = "because",
        ["ppl"] = "people", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["2moro"] = "tomorrow", ["2day"] = "today",
        ["2nite"] = "tonight", ["tonite"] = "tonight", ["gonna"] = "going to", ["wanna"] = "want to", ["gotta"] = "got to",
        ["dunno"] = "do not know", ["idk"] = "i do not know", ["hv"] = "have", ["abt"] = "about", ["wen"] = "when",
        ["wat"] = "what", ["wot"] = "what", ["y"] = "why", ["n"] = "and", ["nd"] = "and", ["wiv"] = "with", ["w/"] = "with",
        ["shud"] = "should", ["cud"] = "could", ["wud"] = "would", ["hrs"] = "hours", ["hr"] = "hour", ["mins"] = "minutes",
        ["min"] = "minutes", ["secs"] = "seconds",
    });

    /// <summary>Lower-case words and what they stand for, one word or several: contractions and shorthand.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Expansions =
        Contractions.Concat(Shorthand).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    private static Dictionary<string, string[]> Build(Dictionary<string, string> table) =>
        table.ToDictionary(entry => entry.Key, entry => entry.Value.Split(' '), StringComparer.Ordinal);
}
