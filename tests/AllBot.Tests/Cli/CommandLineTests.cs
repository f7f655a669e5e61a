using AllBot.Cli;

namespace AllBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Ask_eval_and_check_are_commands_and_nothing_else_is()
    {
        Assert.True(CommandLine.IsCommand(["ask"]));
        Assert.True(CommandLine.IsCommand(["eval", "file.jsonl"]));
        Assert.True(CommandLine.IsCommand(["check"]));
        Assert.False(CommandLine.IsCommand([]));
        Assert.False(CommandLine.IsCommand(["--urls"]));
        Assert.False(CommandLine.IsCommand(["serve"]));
    }

    [Theory]
    [InlineData("ask", "--bogus")]
    [InlineData("eval")]
    [InlineData("eval", "no-such-file.jsonl")]
    public async Task A_command_called_the_wrong_way_exits_2(params string[] args) =>
        Assert.Equal(2, await CommandLine.RunAsync(args));

    [Fact]
    public async Task A_command_on_a_missing_knowledge_base_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "allbot-no-kb-" + Guid.NewGuid().ToString("n"));

        Assert.Equal(1, await CommandLine.RunAsync(["ask", $"--KnowledgeBase:Path={missing}", "what is ALL?"]));
    }
}
