namespace AllBot.Knowledge.Content;

/// <summary>Reads a video program: front matter (id, title, speakers, topics, questions, url) and its description as the body.</summary>
internal static class ProgramReader
{
    public static VideoProgram? Read(MarkdownFile file, ICollection<ContentProblem> problems)
    {
        var front = file.FrontMatter;
        var id = IdField.Read(front);
        var title = front.RequiredText("title");
        var speakers = front.TextList("speakers");
        var topics = front.TextList("topics");
        var questions = front.TextList("questions");
        var url = LinkField.Read(front);
        front.ReportUnknownFields();

        if (file.Sections.Count > 0)
            problems.Add(new(file.Path, file.Sections[0].Line, "a program has one description and no '## headings'"));
        if (file.Preamble.Length == 0)
            problems.Add(new(file.Path, 0, "the description is missing: write it under the front matter"));

        return id is null || title is null || file.Preamble.Length == 0
            ? null
            : new VideoProgram(id, title, file.Preamble, speakers, topics, url, questions);
    }
}
