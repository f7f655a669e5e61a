using System.Text.Json;
using Microsoft.Extensions.Configuration;
using AllBot.Cli;
using AllBot.Testing;

namespace AllBot.Tests.Cli;

/// <summary>The <c>ask --json</c> contract of the README: one object a line, these keys, in this order.</summary>
public sealed class AskCommandTests
{
    private static readonly IConfiguration Configuration =
        CommandConfiguration.Build([$"--KnowledgeBase:Path={RepositoryRoot.Combine("knowledge-base")}", "--Site:BaseUrl=https://site.example/"]);

    private static async Task<string[]> AskAsync(List<string> operands, string input = "")
    {
        var output = new StringWriter();
        Assert.Equal(0, await AskCommand.RunAsync(Configuration, operands, new StringReader(input), output));
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public async Task Each_line_of_stdin_gets_one_json_object_with_the_documented_keys()
    {
        var lines = await AskAsync(["--json"], "hi\nwhat is a lymphoblast?\nmy son has a fever and he is on chemo\nwho won the world cup?\n");

        Assert.Equal(4, lines.Length);
        var answers = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(answers, answer => Assert.Equal(
            ["question", "kind", "reply", "passages", "videos", "alternatives", "flag", "level", "evidence", "safety_net"],
            answer.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["smalltalk", "answer", "urgent", "no_answer"], answers.Select(a => a.GetProperty("kind").GetString()));
        // Only the urgent reply names its red flag, its level and the words that made it.
        Assert.Equal([false, false, true, false], answers.Select(a => a.GetProperty("flag").ValueKind == JsonValueKind.String));
        Assert.False(string.IsNullOrEmpty(answers[2].GetProperty("level").GetString()));
        Assert.False(string.IsNullOrEmpty(answers[2].GetProperty("evidence").GetString()));
        Assert.Equal("what is a lymphoblast?", answers[1].GetProperty("question").GetString());

        var passage = answers[1].GetProperty("passages")[0];
        Assert.Equal(["id", "source", "text", "url", "score"], passage.EnumerateObject().Select(p => p.Name));
        Assert.Contains("lymphoblast", passage.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Videos_come_with_their_title_address_speakers_and_score()
    {
        var line = Assert.Single(await AskAsync(["--json", "Can", "CAR-T", "treat", "solid", "tumors?"]));

        var video = JsonDocument.Parse(line).RootElement.GetProperty("videos")[0];
        Assert.Equal(["id", "title", "url", "speakers", "score"], video.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Will CAR T-Cell Therapy Work for Solid Tumor Cancers?", video.GetProperty("title").GetString());
        Assert.StartsWith("https://site.example/", video.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Without_json_the_reply_is_plain_text()
    {
        var lines = await AskAsync(["what", "is", "a", "lymphoblast?"]);

        Assert.Contains("lymphoblast", lines[0]);
        Assert.DoesNotContain(lines, line => line.StartsWith('{'));
    }
}
