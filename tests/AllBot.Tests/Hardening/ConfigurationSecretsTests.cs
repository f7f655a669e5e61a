using System.Text.Json;
using System.Text.RegularExpressions;
using AllBot.Tests.Deploy;
using AllBot.Testing;

namespace AllBot.Tests.Hardening;

/// <summary>Secrets come from the environment or user secrets only: no settings file in the repository sets one.</summary>
public sealed partial class ConfigurationSecretsTests
{
    [GeneratedRegex("password|secret|signingkey|apikey|connectionstring|clientsecret|token$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "TestResults"];

    /// <summary>Settings files in the repository; files .gitignore names (local overrides) are never committed.</summary>
    public static TheoryData<string> SettingsFiles()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".gitignore")).Select(line => line.Trim()).ToHashSet();
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Path, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(Skipped.Contains))
            .Where(f => Path.GetFileName(f) is var name && !ignored.Contains(name)
                && (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || name == "launchSettings.json" || name.Contains("parameters", StringComparison.Ordinal))))
        {
            files.Add(Path.GetRelativePath(RepositoryRoot.Path, file));
        }
        return files;
    }

    [Fact]
    public void The_apps_settings_files_are_found()
    {
        var files = ((IEnumerable<object[]>)SettingsFiles()).Select(row => (string)row[0]).ToList();

        Assert.Contains(Path.Combine("src", "AllBot", "appsettings.json"), files);
        Assert.Contains(Path.Combine("src", "AllBot", "appsettings.Development.json"), files);
    }

    [Theory]
    [MemberData(nameof(SettingsFiles))]
    public void No_settings_file_in_the_repository_sets_a_secret(string relativePath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine(relativePath)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var secrets = Secrets(json.RootElement, "").ToList();

        Assert.True(secrets.Count == 0, $"{relativePath} sets {string.Join(", ", secrets)}; use environment variables or user secrets");
    }

    [Fact]
    public void The_scan_finds_a_secret_when_one_is_set()
    {
        using var json = JsonDocument.Parse("""{"MicrosoftAppPassword":"","WebChat":{"DirectLineSecret":"abc"},"DirectLine":{"SigningKey":"a2V5"}}""");

        Assert.Equal(["WebChat:DirectLineSecret", "DirectLine:SigningKey"], Secrets(json.RootElement, ""));
    }

    private static IEnumerable<string> Secrets(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var name = path.Length == 0 ? property.Name : path + ":" + property.Name;
                if (property.Value.ValueKind == JsonValueKind.String && SecretName().IsMatch(property.Name)
                    && !string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    yield return name;
                }
                foreach (var nested in Secrets(property.Value, name)) yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray()) foreach (var nested in Secrets(item, $"{path}:{i++}")) yield return nested;
        }
    }
}
