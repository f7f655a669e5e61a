using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// Spots red flags before any search: fever during treatment, trouble breathing, bleeding that won't stop, chest
/// pain, seizures, fainting, thoughts of suicide. Rules, not ranking, so the emergency reply never depends on
/// the index. A red flag counts when someone describes it happening (to them or someone they care for); a
/// general question that only mentions a symptom ("can ALL cause chest pain?") is left to the search.
/// </summary>
public static partial class UrgentTriage
{
    /// <summary>The red flags that count when someone describes them happening; see <see cref="IsUrgent"/>.</summary>
    private static readonly Regex[] RedFlags =
    [
        Fever(), Breathing(), Bleeding(), ChestPain(), Seizure(), Fainting(), SelfHarm(),
    ];

    /// <summary>True when <paramref name="text"/> (normalised, lower case) describes an emergency.</summary>
    public static bool IsUrgent(string text)
    {
        if (AlwaysUrgent().IsMatch(text)) return true;
        if (!RedFlags.Any(flag => flag.IsMatch(text))) return false;
        if (!Personal().IsMatch(text)) return false;
        // "Can chemo cause a fever in my son?" asks for information; "my son has a fever" describes one.
        return !GeneralQuestion().IsMatch(text) || HappeningNow().IsMatch(text);
    }

    // Phrases that are an emergency however they are asked.
    [GeneratedRegex(@"\b(can'?t|cannot|can not|unable to|struggling to|hard to) (breathe|breath|catch (my|his|her|their) breath)\b|\bnot breathing\b|\b(kill|killing|hurt|hurting|harm|harming) (myself|himself|herself|themselves)\b|\bend it all\b|\bend (my|his|her) (own )?life\b|\btake (my|his|her) (own )?life\b|\bsuicidal\b|\bwant(s)? to die\b|\bbetter off dead\b|\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) stop bleeding\b|\b(having|had) a (seizure|fit)\b|\b(passed|passing|pass) out\b|\bunconscious\b|\bunresponsive\b")]
    private static partial Regex AlwaysUrgent();

    [GeneratedRegex(@"\bfever(ish)?\b|\b(high )?temperature\b|\bhigh temp\b|\btemp(erature)? of\b|\b(3[89]|4[0-2])[.,]\d\b|\b(3[89]|4[0-2]) ?(°c|c|degrees)\b|\b10[0-5]([.,]\d)? ?(f|°f)\b|\brigors?\b|\bshivering\b|\bchills\b")]
    private static partial Regex Fever();

    [GeneratedRegex(@"\b(trouble|difficulty|difficulties|problems?) (with )?breathing\b|\bshort(ness)? of breath\b|\bbreathless\b|\bgasping\b|\bstruggling for breath\b")]
    private static partial Regex Breathing();

    [GeneratedRegex(@"\b(bleed\w*|nosebleeds?|blood)\b.*\b(won'?t|will not|doesn'?t|does not|isn'?t|is not|not|can'?t|cannot|hasn'?t) (stop|stopping|stopped)\b|\b(heavy|heavily|lots of|a lot of) bleed\w*|\bbleeding (a lot|heavily|badly|everywhere)\b|\b(vomiting|coughing|throwing) (up )?blood\b")]
    private static partial Regex Bleeding();

    [GeneratedRegex(@"\bchest (pains?|hurts?|is hurting|tightness|feels tight|is tight)\b|\bpains? in (my|his|her|the) chest\b|\bheart attack\b")]
    private static partial Regex ChestPain();

    [GeneratedRegex(@"\bseizures?\b|\bconvuls\w*|\bfitting\b|\bhaving fits\b")]
    private static partial Regex Seizure();

    [GeneratedRegex(@"\bfaint(ed|ing|s)?\b|\bcollapsed?\b|\bblack(ed)? out\b|\bwon'?t wake( up)?\b")]
    private static partial Regex Fainting();

    [GeneratedRegex(@"\bsuicid\w*|\bself[- ]?harm\w*|\bno reason to live\b|\bdon'?t want to (live|be alive|be here)\b|\bwish (i|he|she) (was|were) dead\b")]
    private static partial Regex SelfHarm();

    // Someone is describing a person: themselves or someone they look after.
    [GeneratedRegex(@"\b(i|i'm|im|i've|ive|i'd|me|my|we|we're|our|us|he|he's|she|she's|his|her|they|they're|their|son|daughter|child|kid|baby|boy|girl|husband|wife|partner|mum|mom|dad|mother|father|brother|sister|friend|patient|rn|right now)\b|\b(on|having|during|after|since|from|started) (chemo|chemotherapy|treatment)\b")]
    private static partial Regex Personal();

    // A question about symptoms in general: "can X cause...", "is X a sign of...", "what should I do if...".
    [GeneratedRegex(@"^(can|could|does|do|is|are|will|would|might|may|why|what|how|which)\b.*\b(cause[sd]?|symptoms?|signs?|side[- ]effects?|normal|common|mean|happen|if|when|after|risk)\b")]
    private static partial Regex GeneralQuestion();

    // ...unless it also says it is happening now.
    [GeneratedRegex(@"\b(i have|i've got|ive got|i'm having|im having|i am having|(he|she|they) (has|have|is having|are having)|(he's|she's|they're) having|has got|right now|at the moment|currently|since (this|last|yesterday)|today|tonight|won'?t stop)\b")]
    private static partial Regex HappeningNow();
}
