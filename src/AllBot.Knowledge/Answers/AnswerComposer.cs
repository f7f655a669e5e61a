using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// Writes the reply for each kind: the passage as the site says it with its source, the editors' wording for
/// everything else. Links are resolved against the site's base URL here, once.
/// </summary>
public sealed class AnswerComposer(BotWording wording, Uri? siteBaseUrl, string? listeningService = null)
{
    private const int MaxFollowUps = 3;
    private const int MaxVideos = 3;
    private const string NoneOfTheseId = "none";
    private const string ListeningServicePlaceholder = "{listening-service}";

    /// <summary>The reply the red flag names, or the one for its level; nothing else is said with it.</summary>
    public Answer Urgent(string question, RedFlag flag, string evidence)
    {
        var reply = (flag.Reply ?? flag.Level switch
        {
            RedFlagLevel.CallTeamNow => "Call team now",
            RedFlagLevel.CallTeamToday => "Call team today",
            _ => "Urgent",
        }) switch
        {
            "Call team now" => wording.CallTeamNow,
            "Call team today" => wording.CallTeamToday,
            "Self-harm" => WithListeningService(wording.SelfHarm),
            _ => wording.Urgent,
        };
        return Fixed(question, AnswerKind.Urgent, reply, []) with { Flag = new FlagResult(flag.Id, flag.Name, flag.Level, evidence) };
    }

    /// <summary>Adds the safety-net line to a reply for someone who describes a symptom that is not a red flag.</summary>
    public Answer WithSafetyNet(Answer answer) => answer with { SafetyNet = wording.SafetyNet };

    public Answer NoAnswer(string question) => Fixed(question, AnswerKind.NoAnswer, wording.NoAnswer, wording.Topics);


    public Answer SmallTalk(string question, SmallTalk kind) => Fixed(question, AnswerKind.SmallTalk, kind switch
    {
        Answers.SmallTalk.Thanks => wording.Thanks,
        Answers.SmallTalk.Help => wording.Help,
        Answers.SmallTalk.WhoAreYou => wording.WhoAreYou,
        Answers.SmallTalk.Goodbye => wording.Goodbye,
        Answers.SmallTalk.Feelings => wording.Feelings,
        Answers.SmallTalk.GoodNews => wording.GoodNews,
        Answers.SmallTalk.Apology => wording.Apology,
        Answers.SmallTalk.NotUnderstood => wording.NotUnderstood,
        _ => wording.Greeting,
    }, wording.Topics);

    /// <summary>
    /// The answer to one question, or to each part of a two-part question in order: every part's passage word for
    /// word with its source, then the videos of all parts. "Did you mean" choices only for a one-part question.
    /// </summary>
    public Answer Found(string question, IReadOnlyList<Decision> decisions)
    {
        var shown = decisions.Select(d => d.Passage).OfType<SearchHit<PassageEntry>>().DistinctBy(p => p.Item.Passage.Id).ToList();
        // Each part's best video first, then each part's second: a two-part question shows videos for both parts.
        var videos = decisions.SelectMany(d => d.Videos.Select((video, rank) => (video, rank))).OrderBy(v => v.rank)
            .Select(v => v.video).DistinctBy(v => v.Item.Id).Take(MaxVideos).Select(ToResult).ToList();
        var reply = shown.Count > 0
            ? string.Join("\n\n", shown.Select(p => $"{p.Item.Passage.Text}\n\nSource: {SourceLink(p.Item.Article)}"))
            : wording.VideosIntro;
        var alternatives = decisions.Count == 1
            ? decisions[0].Alternatives.Select(ToAlternative).ToList()
            : [];
        return new Answer(question, AnswerKind.Answer, reply, shown.Select(ToResult).ToList(), videos, alternatives,
            FollowUps(shown.FirstOrDefault(), alternatives));
    }

    /// <summary>"Are you asking about ...?" with the candidate passages as choices, then "none of these".</summary>
    public Answer Clarify(string question, Decision decision) =>
        Fixed(question, AnswerKind.Clarify, wording.Clarify, []) with
        {
            Alternatives =
            [
                .. decision.Alternatives.Select(ToAlternative),
                new Alternative(NoneOfTheseId, wording.NoneOfThese, wording.NoneOfThese),
            ],
        };

    /// <summary>True for the text of the "none of these" choice, as a tap sends it back.</summary>
    public bool IsNoneOfThese(string text) =>
        string.Equals(text.Trim().TrimEnd('.', '!', '?'), wording.NoneOfThese.Trim().TrimEnd('.', '!', '?'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The other passages of the same article, in reading order after the one shown.</summary>
    private IReadOnlyList<string> FollowUps(SearchHit<PassageEntry>? shown, IReadOnlyList<Alternative> alternatives)
    {
        if (shown is null) return wording.Topics.Take(MaxFollowUps).ToList();
        var passages = shown.Item.Article.Passages;
        var index = passages.ToList().IndexOf(shown.Item.Passage);
        return Enumerable.Range(1, passages.Count - 1)
            .Select(offset => passages[(index + offset) % passages.Count].Heading)
            .Where(heading => alternatives.All(a => a.Label != heading))
            .Take(MaxFollowUps)
            .ToList();
    }

    /// <summary>A passage offered as a choice: its heading is both what the button shows and the question it asks.</summary>
    private static Alternative ToAlternative(SearchHit<PassageEntry> hit) =>
        new(hit.Item.Passage.Id, hit.Item.Passage.Heading, hit.Item.Passage.Heading);

    private PassageResult ToResult(SearchHit<PassageEntry> hit) =>
        new(hit.Item.Passage.Id, hit.Item.Article.Title, hit.Item.Passage.Text, Resolve(hit.Item.Article.Url), hit.Score);

    private VideoResult ToResult(SearchHit<VideoProgram> hit) =>
        new(hit.Item.Id, hit.Item.Title, hit.Item.Description, Resolve(hit.Item.Url), hit.Item.Speakers, hit.Score,
            IsProgramPage: hit.Item.Url is not null);

    private string SourceLink(Article article) =>
        Resolve(article.Url) is { } url ? $"[{article.Title}]({url})" : article.Title;

    /// <summary>An absolute URL, or one relative to the site; null when the editors have not set one.</summary>
    private string? Resolve(string? url)
    {
        if (url is null) return siteBaseUrl?.ToString();
        if (LinkField.IsHttp(url)) return new Uri(url).ToString();
        return siteBaseUrl is null ? null : new Uri(siteBaseUrl, url).ToString();
    }

    /// <summary>The configured listening service in its place, or the sentence that holds the placeholder left out.</summary>
    private string WithListeningService(string text)
    {
        if (!string.IsNullOrWhiteSpace(listeningService)) return text.Replace(ListeningServicePlaceholder, listeningService.Trim());
        var sentences = System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+");
        return string.Join(' ', sentences.Where(sentence => !sentence.Contains(ListeningServicePlaceholder)));
    }

    private static Answer Fixed(string question, AnswerKind kind, string reply, IReadOnlyList<string> suggestions) =>
        new(question, kind, reply, [], [], [], suggestions);
}
