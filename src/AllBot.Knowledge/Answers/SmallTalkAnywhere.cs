using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// Small talk said anywhere in a message, not only at its start: "my grandson finished his last chemo today!! we are
/// so happy", "honestly you didn't understand my question at all", "I just wanted to say thank you for this website".
/// <see cref="SmallTalkClassifier"/> reads the forms a message opens with and what follows them; this reads the
/// cues of each kind wherever they are, for a message that asks nothing the knowledge base can answer. Whether the
/// message asks something is the caller's to weigh (<see cref="AsksAnything"/>): a cue does not make a question small
/// talk.
/// </summary>
public static partial class SmallTalkAnywhere
{
    // The most specific first: "sorry, you didn't understand me" is about the bot, "thank you, we're so happy he
    // finished chemo" is good news.
    private static readonly (SmallTalk Kind, Regex Cue)[] Cues =
    [
        (SmallTalk.WhoAreYou, AboutTheBot()),
        (SmallTalk.NotUnderstood, NotUnderstood()),
        (SmallTalk.Help, Help()),
        (SmallTalk.GoodNews, GoodNews()),
        (SmallTalk.Feelings, Feelings()),
        (SmallTalk.Goodbye, Goodbye()),
        (SmallTalk.Apology, Apology()),
        (SmallTalk.Thanks, Thanks()),
        (SmallTalk.Greeting, Greeting()),
    ];

    /// <summary>
    /// The most specific kind of small talk said anywhere in <paramref name="text"/> (None when there is none), and the
    /// message without what said it: "I just wanted to say thank you for this website, it helps our family a lot" is
    /// thanks, and what is left unsaid ("i just wanted to say you for this website our family a lot") names no topic.
    /// </summary>
    public static (SmallTalk Kind, string Unsaid) Read(string text)
    {
        var plain = SmallTalkClassifier.Plain(text);
        foreach (var (kind, cue) in Cues)
        {
            if (cue.IsMatch(plain)) return (kind, cue.Replace(plain, " "));
        }
        return (SmallTalk.None, plain);
    }

    /// <summary>
    /// Whether the kind is about the bot itself (who it is, what it can do, that it got something wrong), which no
    /// passage answers, so it is small talk whatever else the message says, unless the message names a topic.
    /// </summary>
    public static bool IsAboutTheBot(SmallTalk kind) => kind is SmallTalk.WhoAreYou or SmallTalk.NotUnderstood or SmallTalk.Help;

    /// <summary>
    /// Whether good news or an apology is what the message says: such a message is small talk even when it names a
    /// topic ("he finished his chemo today, we're so happy", "apologies for the spelling, I'm in the waiting room"), as
    /// long as it asks nothing. Feelings said with a topic ("I'm so scared about the treatment") are answered with what
    /// the site says about it.
    /// </summary>
    public static bool StandsAlone(SmallTalk kind) => kind is SmallTalk.GoodNews or SmallTalk.Apology;

    /// <summary>
    /// True when <paramref name="text"/> asks or requests something: a question mark, a sentence that opens as a
    /// question, or a request said as a statement ("I'd like to know...", "please explain...").
    /// </summary>
    public static bool AsksAnything(string text)
    {
        // "Hello? Is anyone there?" calls out; it does not ask about anything.
        text = CallingOut().Replace(text, "");
        return text.Contains('?') || Clause().Split(text).Any(clause => Asks().IsMatch(SmallTalkClassifier.Plain(clause)));
    }

    [GeneratedRegex(@"^\W*(?:(?:hello|hi|hey|hiya|helo|hallo)\W*)?(?:(?:is )?(?:any ?one|any ?body|someone|somebody) (?:there|here|around)|(?:are )?(?:you|u) there|hello|hi|hey|hiya|helo|hallo)\s*\?+", RegexOptions.IgnoreCase)]
    private static partial Regex CallingOut();

    /// <summary>Sentences and the clauses between commas: "i cant stop crying, how do people cope with this" asks.</summary>
    [GeneratedRegex(@"[.!?,;:\n]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^((ok|okay|so|and|but|well|then|oh|hmm|right)\W+)*((please|kindly|can you|could you|would you) )?(what|whats|how|why|when|where|who|which|is|are|am|can|could|do|does|did|will|would|should|shall|may|has|have|any|tell|explain|describe|show|define|translate|write|give|find|book|send|make|list|calculate|recommend|suggest|compare|check|search|look up|google)\b|\b(tell me|explain|i( want| need| would like|'d like| wanted| was hoping) to (know|understand|ask|learn|find out)|(i'?m|i am|was) (wondering|curious)|please (help|tell|explain|show|describe)|looking for|where can i|is there|are there|i (don'?t|dont|do not) (understand|know|get) (what|how|why|where|when|if|whether|the|about))\b")]
    private static partial Regex Asks();

    [GeneratedRegex(@"\b(humans?|real (person|people|doctor|nurse|human)|someone real|actual (person|human)|(talk|speak|chat|write) (to|with) (a |an |the )?(human|person|people|someone|somebody|anyone|agent|operator|staff|team member|nurse|doctor)(?! about)|live (agent|person|chat)|operator|automated|automatic (reply|replies|service|answers?)|(someone|somebody|anyone|anybody|a (real )?(person|human|nurse|doctor)) (on the other end|reading (this|these|my messages))|((are|r) (you|u)|you'?re|youre|u r|ur) (a |an |just a |only a )?(real )?(bot|robot|ai|computer|machine|program|person|human|chat ?bot)|(is this|am i (talking|speaking|chatting|writing) (to|with)) (a |an |the )?(\w+ ){0,3}(bot|robot|ai|computer|machine|program|chat|chatbot|service|helpline|charity|person|human))\b")]
    private static partial Regex AboutTheBot();

    [GeneratedRegex(@"\b(useless|rubbish|stupid|dumb|pointless|garbage|waste of (my )?time|unhelpful|(not|isn'?t|isnt|wasn'?t|wasnt|no|never) (very |really |that |so |at all )?(helpful|useful|helping|relevant|related|right|correct|what i (asked|meant|wanted|said|was asking|need|needed))|(doesn'?t|doesnt|didn'?t|didnt|does not|did not|can'?t|cant|cannot|won'?t|wont) (help|answer|make sense)|(makes|made|making) no sense|no sense|(you|u|it|this( bot| thing| chat)?|the bot) (don'?t|dont|didn'?t|didnt|do not|did not|doesn'?t|doesnt|does not|can'?t|cant|cannot|never|aren'?t|arent|are not|r not|isn'?t|isnt|is not) (understand|understanding|get|getting|listen|listening|read|reading|answer|answering|help|helping)|(you'?re|youre|ur|u r) (not|never) (understanding|getting|listening|reading|answering|helping)|i (still )?(don'?t|dont|do not) (understand|get it)( (your|the|this|that) (answer|reply))?$|wrong (answer|reply|information|info)|(that'?s|thats|that is|this is|it'?s|its) (wrong|not right|not correct|incorrect)|(you|u) (misunderstood|got (it|that|me) wrong|are wrong|r wrong)|i meant|answer my question)\b")]
    private static partial Regex NotUnderstood();

    [GeneratedRegex(@"\b(what (can|could) (you|u) (do|help( me)? with|tell me)|how (does|do) (this|it|you|u) work|what (can|should|could) i ask|what i (can|could|should) ask|what (kinds?|sorts?|types?) of (questions|things|stuff) (can|could|should|do) (i ask|(you|u) (help|answer))|how (i|we) (should|can|do|could) use (it|this|you)|((i )?hope )?(this is |i'?m (in |at )?)?(the )?(right|correct) place( to (ask|come|be))?|(not sure|no idea|don'?t know|unsure) how (this|it|you) works?|(do|can|could) (you|u) understand (me|what i'?m (typing|saying|writing|asking))|how (do|can|should) i use (this|it|you))\b")]
    private static partial Regex Help();

    [GeneratedRegex(@"(?<!\b(not|n'?t|never|no longer) )\b((good|great|wonderful|amazing|fantastic|brilliant|best|happy|exciting|fab|super) news|(so|very|really|soo+|super|incredibly|just|truly) (happy|glad|relieved|excited|proud|thrilled|delighted)|(we'?re|were|we are|i'?m|im|i am|we feel|i feel) (happy|glad|relieved|thrilled|delighted|over the moon|celebrating)|over the moon|celebrat(e|ing)|(finished|completed|done with|ended|finally done with) (his |her |my |their |our |the )?(last |final )?(chemo|chemotherapy|treatment|therapy|maintenance)|(his|her|my|their|our) (last|final) (chemo|chemotherapy|treatment|dose|round|cycle|session)( is| was)? (today|done|over|finished)|(first|a|such a|really|very) (good|great|better|nice) (day|week|night)|(feel|feeling|felt|feels)( a bit| a little| much| a lot| so| way)? better|in remission|all clear|(rang|ring|rings|ringing) the (\w+ ){0,3}bell|cancer free|(leukaemia|leukemia) free)\b")]
    private static partial Regex GoodNews();

    [GeneratedRegex(@"\b((i'?m|im|i am|we'?re|we are|i feel|we feel|feeling|i'?ve been|i have been|we'?ve been|i get|i got|makes me|made me)( \w+){0,3}? (scared|frightened|terrified|afraid|worried|anxious|overwhelmed|lost|sad|low|down|fed up|drained|tired|devastated|heartbroken|numb|in shock|shocked|angry|alone|lonely|helpless|hopeless|broken|struggling|panicking|crying|upset|depressed|stressed|exhausted|desperate|in pieces|a mess|a wreck|falling apart|gutted)|(so|too|really|very) (scary|frightening|overwhelming|hard to (take|cope|deal|bear|handle))|(a|such a|really|very|so) (\w+ )?(hard|tough|rough|bad|difficult|awful|horrible) (day|week|night|month|time)|(so|very|really|completely|totally|utterly) (tired|exhausted|drained)|long (day|week|night) (at|in) (the )?hospital|(can'?t|cannot|cant) stop (crying|worrying|shaking)|(my|our) (world|heart|life) (is|has|fell|feels|just)|(don'?t|dont|do not) (even )?know (what to do|how to cope|where to turn|where to (start|begin)|how to feel)|wiped out|knackered|worn out|(this is|it'?s|its) (a nightmare|heartbreaking|unbearable|too much))\b")]
    private static partial Regex Feelings();

    [GeneratedRegex(@"\b(bye|goodbye|good ?night|(gotta|got to|have to|need to|must) (go|run|sleep)( now)?|see (you|ya|u) (later|soon|tomorrow)|take care|talk (to you |to u )?(later|soon)|that'?s all for (now|today))\b")]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"\b((sorry|apologi[sz]e|apologies)( (for|about) (my |the )?(bad |poor |broken |terrible |weak )?(english|englsh|inglish|spelling|typing|grammar|typos?|mistakes?))?|pardon|my (bad|mistake)|my (english|englsh|inglish|spelling|grammar|typing) (is |isn'?t |is not |not )?(very |so |that |too )?(good|great|bad|poor|the best|perfect|strong)|(i )?hope (you|u) (can |will |could )?understand( me)?|typo|typing error|typed (it |that |this )?wrong|wrong (button|key|chat)|pressed (send|enter)|ignore (that|this|my last|the last|it|me)|never ?mind|nvm|didn'?t mean to (send|type|write|press)|(not|n'?t) (very |so |that |too |really )?(good|great|confident|used to|clever) (with|at|using|on) (phones?|mobiles?|computers?|technology|tech|typing|apps?|the internet|these things|this|chats?)|bear with me|(i'?m|im|i am) (new to|not used to) (this|these|chatting|chats?|phones?|computers?|technology|typing))\b")]
    private static partial Regex Apology();

    [GeneratedRegex(@"\b(thank|thanks|thanx|thx|ty|cheers|grateful|appreciate|appreciated|(you'?ve|you have|this has|it has|that has|you) (really |so |very )?(been )?(a |so |very |really )?(helped|helpful|a (big |great |huge )?help|useful)|(it|this|that|the)( (site|website|bot|chat|info|information|video|videos|page|answer|answers))? (really |so |very |is |was |has |have |helps |helped )*(helps|helped|helpful|useful)( a lot| so much| loads)?)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(say(ing)?|drop(ping)? by to say) (hello|hi|hey)\b")]
    private static partial Regex Greeting();
}
