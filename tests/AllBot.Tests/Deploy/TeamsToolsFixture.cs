using AllBot.Testing;

namespace AllBot.Tests.Deploy;

/// <summary>
/// Installs the validator's npm packages (deploy/teams/tools, from its package-lock.json) once when they are missing.
/// Needs node and npm on PATH, as CI has.
/// </summary>
public sealed class TeamsToolsFixture
{
    public TeamsToolsFixture()
    {
        ToolsDirectory = RepositoryRoot.Combine("deploy", "teams", "tools");
        if (Directory.Exists(Path.Combine(ToolsDirectory, "node_modules", "@microsoft", "app-manifest"))) return;

        var install = ExternalCommand.Run(
            "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ToolsDirectory, TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in {ToolsDirectory}: {install}");
    }

    public string ToolsDirectory { get; }
}
