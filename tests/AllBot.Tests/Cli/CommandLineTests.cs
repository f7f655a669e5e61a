namespace AllBot.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Ask_eval_and_check_are_commands_and_nothing_else_is()
    {
        Assert.True(AllBot.Cli.CommandLine.IsCommand(["ask"]));
        Assert.False(AllBot.Cli.CommandLine.IsCommand([]));
        Assert.False(AllBot.Cli.CommandLine.IsCommand(["--urls"]));
    }
}
