using AllBot.Cli;

namespace AllBot.Tests;

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
}
