using AllBot.Knowledge.Analysis;
using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>The kinds of small talk the editors write replies for.</summary>
public enum SmallTalk
{
    None,
    Greeting,
    Thanks,
    Help,
    WhoAreYou,
    Goodbye,
    /// <summary>Only how someone feels ("I'm so scared", "this is all too much"), no question.</summary>
    Feelings,
    /// <summary>Good news shared ("he finished his last chemo today, we're so happy").</summary>
    GoodNews,
    /// <summary>An apology ("sorry, I typed it wrong"), with nothing asked.</summary>
    Apology,
    /// <summary>The bot got it wrong, says the person ("that's not what I asked", "this is useless").</summary>
    NotUnderstood,
}

/// <summary>
/// Recognises greetings, thanks, "what can you do?", "who are you?" and goodbyes at the start of a message,
/// one after another ("ok thanks, bye"). What follows them is returned, so the caller can answer a message that
/// goes on to ask something ("hi, what is ALL?") instead of chatting.
/// </summary>
public static partial class SmallTalkClassifier
{
    // When a message holds several, the most specific reply wins: "hi, who are you?" is answered as "who are you".
    private static readonly (SmallTalk Kind, Regex Pattern)[] Rules =
    [
        (SmallTalk.Help, Help()),
        (SmallTalk.WhoAreYou, WhoAreYou()),
        (SmallTalk.Goodbye, Goodbye()),
        (SmallTalk.Feelings, Feelings()),
        (SmallTalk.Thanks, Thanks()),
        (SmallTalk.Greeting, Greeting()),
    ];

    /// <summary>The kind of small talk <paramref name="text"/> opens with, and what follows all of it.</summary>
    public static (SmallTalk Kind, string Remainder) Classify(string text)
    {
        var rest = Plain(text);
        var kind = SmallTalk.None;
        while (true)
        {
            var unfilled = Filler().Replace(rest, "");
            var rule = Array.FindIndex(Rules, r => r.Pattern.IsMatch(unfilled));
            if (rule < 0) break;
            if (kind == SmallTalk.None || rule < Array.FindIndex(Rules, r => r.Kind == kind)) kind = Rules[rule].Kind;
            rest = unfilled[Rules[rule].Pattern.Match(unfilled).Length..].Trim();
        }
        // A bare "ok" or "cool" acknowledges the last reply: it is answered as thanks are. After small talk
        // ("thanks, that makes sense") it adds nothing to answer.
        if (rest.Length > 0 && Filler().Match(rest).Length == rest.Length)
            return (kind == SmallTalk.None ? SmallTalk.Thanks : kind, "");
        return (kind, rest);
    }

    /// <summary>Lower case, without accents or punctuation but apostrophes, one space between words; emoji read as words.</summary>
    internal static string Plain(string text) =>
        Spaces().Replace(Punctuation().Replace(Accents.Strip(Emoji(text).ToLowerInvariant()), " "), " ").Trim();

    /// <summary>
    /// <paramref name="remainder"/> (what <see cref="Classify"/> left, lower case and without punctuation) as it was
    /// written in <paramref name="original"/>, so the rest of "Hi, my son is 6. The doctor keeps saying 'blasts'. What
    /// are they?" keeps its sentences and quotes. The remainder itself when it cannot be found there.
    /// </summary>
    public static string InOriginal(string original, string remainder)
    {
        var tail = remainder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = Word().Matches(original);
        if (tail.Length == 0 || tail.Length > words.Count) return remainder;
        var first = words.Count - tail.Length;
        for (var i = 0; i < tail.Length; i++)
        {
            if (!string.Equals(words[first + i].Value, tail[i], StringComparison.OrdinalIgnoreCase)) return remainder;
        }
        return original[words[first].Index..].Trim();
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    /// <summary>A wave is a greeting and folded hands or a thumbs up are thanks; other emoji carry nothing here.</summary>
    private static string Emoji(string text) => text
        .Replace("\U0001F44B", " hi ")
        .Replace("\U0001F64F", " thanks ").Replace("\U0001F44D", " thanks ");

    /// <summary>True when what follows the small talk asks something, so it should be answered instead.</summary>
    public static bool AsksMore(string original, string remainder) =>
        remainder.Length > 0 && (original.Contains('?') || QuestionStart().IsMatch(remainder));

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^((ok|okay|oh|ah|well|so|and|alright|right|great|cool|lovely|perfect|brilliant|brill|amazing|awesome|fab|fantastic|super|nice one|nice(?! to meet)|excellent|wonderful|ace|wow|grand|sweet|noted|got it|i see|lol|haha|hehe|h+m+|m{2,}|fair enough|(that |it )?makes (sense|sence)|understood|i understand( now)?|good to know|(sorry )?(for |about )?my (english|englsh|inglish) (is|isnt|is not|not) (very |so )?(good|bad|poor|great)|sorry (for|about) (my |the )?(bad |poor |broken )?(english|englsh|inglish))\b\s*)+")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^((hi+|hello+|helo|hallo|hey+|heya|hiya|howdy|greetings|yo|sup|hola|ola|bonjour|salut|ciao|hej|namaste|salaam|salam|merhaba|nice to meet (you|u)|pleased to meet (you|u)|(i )?hope (you're|youre|you are|u are|u r|you r|all is|all's) (well|ok|okay|good)( too)?|(i )?hope this (message |note |email )?finds you (well|ok|okay)|(i'?m|i am) new here|(good|gud|gd) (morning|afternoon|evening|day)|morning|afternoon|evening)( there| all| everyone| allbot| bot| doctor| dr| nurse| sir| madam| assistant| friend)?|dear (assistant|sir|madam|doctor|bot|allbot|team)|how (are|r) (you|u)( doing| today)?|how's it going|hows it going|how is it going|(is )?(any ?one|any ?body|some ?one)( (there|around|here))?|(are )?(you|u) (there|around|still there)|(r|are) (you|u) there|hello anyone|is this (working|on))\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(thanks|thank you|thank u|thankyou|thx|ty|cheers|many thanks|ta|(much |greatly )?appreciated|(i )?appreciate (it|that|this|your help)|much obliged|merci( beaucoup)?|gracias|muchas gracias|danke( sch[oö]n)?|grazie( mille)?|obrigad[oa]|dank (je|u) wel|tack|shukran|dziekuje|arigato|(you've|you have|youve) been (very |so |really |a )?(great |big )?(help|helpful))( so much| very much| a lot| again)?( (that|this|it))?( (really|very|so))?( (helps|helped|helpful|is helpful|was helpful|was useful|useful))?\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^((can|could) (you|u) help( me)?( (please|pls|plz))?$|help( me)?( please| pls| plz)?$|how (do|can|should) i use (this|it|you|u)( (chat|bot|chatbot|thing|service|site|app|tool))?|what (can|do) (you|u) (do|help( me)? with|help me|tell me)|what do (you|u) do|how (do|does) (you|u|this|it|this (chat|bot|thing|service|site|app)) work|what can i ask( (you|u))?|what (kinds?|sorts?|types?) of (questions|things|stuff) (can|could|should|do) i ask( (you|u))?|what (are|r) (you|u) able to (answer|do|help( me)? with|tell me)|what can (you|u) answer|what (do|can) (you|u) know( about)?|how can (you|u) help( me)?|what are (you|u) for|menu|options|(can|could|may) i ask (you )?(something|a question|some questions|(you )?a few questions|you something)( please| pls| plz)?|i have (a|some) questions?( for (you|u))?|i (want|would like|'d like) to ask (you )?(something|a question))\b")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(who are (you|u)|what are (you|u)|who is this|who am i (talking|speaking) to|((are|r) (you|u)|you're|youre|you are|ur) (a |an )?(real )?(bot|robot|human|person|doctor|nurse|computer|ai|machine|real person)( or (a |an )?(real )?(bot|robot|human|person|doctor|nurse|computer|ai|machine|real person))?( right)?|am i (talking|speaking|chatting) (to|with) (a |an )?(real )?(bot|robot|human|person|computer|machine|ai|nurse|doctor)|is this (a |an )?(real )?(bot|robot|human|person|computer|ai|machine)|is this the (all|leukaemia|leukemia|a\.l\.l\.?) (chat|bot|helper|help|service)|who (made|built|created|designed|wrote|runs|owns) (you|u|this (bot|chatbot|chat|service|thing|app|site)|this)|what('s| is) your name|whats your name)\b")]
    private static partial Regex WhoAreYou();

    [GeneratedRegex(@"^(bye( bye| for now)?|goodbye|good bye|see (you|u|ya)( later| soon)?|(talk|speak|chat) (to (you|u) )?(later|soon)|cya|farewell|good ?night|night( night)?|nite|gn|laters|ttyl|take care|have a (good|nice|lovely) (day|evening|night)|that's all|thats all|that is all|(i'?m|im|i am) (done|finished)( (for now|for today|here))?)\b")]
    private static partial Regex Goodbye();

    /// <summary>
    /// How someone feels, said without a question: fear, shock, exhaustion, loneliness ("I'm so scared", "this is all
    /// too much", "I can't believe this is happening"). Self-harm is the triage's, before any of this.
    /// </summary>
    [GeneratedRegex(@"^((we|i) (just |only )?(found out|heard|were told|was told|got the news|got the diagnosis)( today| yesterday| this morning| last night| this week)?( and| so)? )?((i'?m|im|i am|we'?re|were|we are|i feel|i'?ve been feeling|feeling|i'm feeling|we feel)( all| just| so| really| very| completely| totally| absolutely| a bit| quite)* (scared|frightened|terrified|afraid|worried|anxious|overwhelmed|lost|sad|devastated|heartbroken|numb|in (total |complete |utter )?shock|shocked|angry|alone|lonely|helpless|hopeless|broken|falling apart|struggling|a mess|a wreck|panicking|crying|upset|confused and scared)|(this is|it'?s|its|everything is|all this is)( all| just| so| really)* (too much|so hard|a nightmare|horrible|awful|unbearable|overwhelming|so scary|terrifying)|i (just )?(can'?t|cannot|cant) (believe|take|handle|deal with|stop crying|sleep)( this| it| any ?more| what'?s happening)?( is happening)?( to (us|me|him|her|my \w+))?|(why|how could this happen to) (us|me|my (son|daughter|child|baby|boy|girl|husband|wife))|my (world|heart) (is|has) (broken|fallen apart|shattered|collapsed)|i don'?t know what to do( any ?more)?)( right now| at the moment| today| tonight| these days| lately)?\b")]
    private static partial Regex Feelings();

    [GeneratedRegex(@"^(what|whats|what's|how|why|when|where|who|which|is|are|can|could|do|does|did|will|would|should|tell|explain)\b")]
    private static partial Regex QuestionStart();
}
