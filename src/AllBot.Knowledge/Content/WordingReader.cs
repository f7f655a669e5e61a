namespace AllBot.Knowledge.Content;

/// <summary>
/// Reads bot-wording.md: front matter (bot-name, example-questions, topics) and one <c>## section</c> per
/// reply the bot says in its own words.
/// </summary>
internal static class WordingReader
{
    private static readonly string[] SectionNames =
    [
        "Welcome", "Disclaimer", "No answer", "Urgent", "Call team now", "Call team today", "Self-harm", "Safety net", "Empty message", "Did you mean", "Clarify", "None of these", "Follow-ups", "Videos intro", "Error",
        "Greeting", "Thanks", "Help", "Who are you", "Goodbye", "Feelings", "Good news", "Apology", "Not understood",
    ];

    public static BotWording? Read(MarkdownFile file, ICollection<ContentProblem> problems)
    {
        var front = file.FrontMatter;
        var name = front.RequiredText("bot-name");
        var examples = front.TextList("example-questions");
        var topics = front.TextList("topics");
        front.ReportUnknownFields();
        if (examples.Count < 3) front.ReportField("example-questions", "list at least three example questions");
        if (topics.Count == 0) front.ReportField("topics", "list at least one topic to offer when the bot has no answer");

        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in file.Sections)
        {
            var key = Slug.From(section.Heading);
            if (!SectionNames.Any(known => Slug.From(known) == key))
                problems.Add(new(file.Path, section.Line, $"unknown section '{section.Heading}' (known sections: {string.Join(", ", SectionNames)})"));
            else if (section.Text.Length == 0)
                problems.Add(new(file.Path, section.Line, $"the section '{section.Heading}' has no text"));
            else if (!sections.TryAdd(key, section.Text))
                problems.Add(new(file.Path, section.Line, $"the section '{section.Heading}' appears twice"));
        }
        foreach (var missing in SectionNames.Where(known => !sections.ContainsKey(Slug.From(known))))
            problems.Add(new(file.Path, 0, $"the section '## {missing}' is missing"));

        if (name is null || sections.Count != SectionNames.Length || examples.Count < 3 || topics.Count == 0) return null;
        string Text(string section) => sections[Slug.From(section)];
        return new BotWording
        {
            BotName = name,
            ExampleQuestions = examples,
            Topics = topics,
            Welcome = Text("Welcome"),
            Disclaimer = Text("Disclaimer"),
            NoAnswer = Text("No answer"),
            Urgent = Text("Urgent"),
            CallTeamNow = Text("Call team now"),
            CallTeamToday = Text("Call team today"),
            SelfHarm = Text("Self-harm"),
            SafetyNet = Text("Safety net"),
            EmptyMessage = Text("Empty message"),
            DidYouMean = Text("Did you mean"),
            Clarify = Text("Clarify"),
            NoneOfThese = Text("None of these"),
            FollowUps = Text("Follow-ups"),
            VideosIntro = Text("Videos intro"),
            Error = Text("Error"),
            Greeting = Text("Greeting"),
            Thanks = Text("Thanks"),
            Help = Text("Help"),
            WhoAreYou = Text("Who are you"),
            Goodbye = Text("Goodbye"),
            Feelings = Text("Feelings"),
            GoodNews = Text("Good news"),
            Apology = Text("Apology"),
            NotUnderstood = Text("Not understood"),
        };
    }
}
