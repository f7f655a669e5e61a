using AllBot.Cli;

namespace AllBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("ask")]
    [InlineData("triage")]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("frobnicate")]
    public void A_word_is_a_command_known_or_not_so_a_typo_never_starts_the_web_host(string word) =>
        Assert.True(CommandLine.IsCommand([word]));

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("--KnowledgeBase:Path=/srv/kb")]
    [InlineData("urls=http://localhost:5000")]
    public void No_arguments_options_and_settings_run_the_web_host(params string[] args) =>
        Assert.False(CommandLine.IsCommand(args));

    [Theory]
    [InlineData("ask", "--bogus")]
    [InlineData("eval")]
    [InlineData("eval", "no-such-file.jsonl")]
    [InlineData("frobnicate")]
    public async Task A_command_called_the_wrong_way_exits_2(params string[] args) =>
        Assert.Equal(2, await CommandLine.RunAsync(args));

    [Fact]
    public async Task A_command_on_a_missing_knowledge_base_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "allbot-no-kb-" + Guid.NewGuid().ToString("n"));

        Assert.Equal(1, await CommandLine.RunAsync(["ask", $"--KnowledgeBase:Path={missing}", "what is ALL?"]));
    }
}
