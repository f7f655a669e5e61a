using System.IO.Compression;
using System.Text.Json.Nodes;
using AllBot.Testing;

namespace AllBot.Tests.Deploy;

public sealed class TeamsAppPackageTests(TeamsToolsFixture tools) : IClassFixture<TeamsToolsFixture>, IDisposable
{
    private const string BotId = "3f2c9a7e-1b4d-4e8f-9a60-5c7d2e1b0f94";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("allbot-teams-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Package_for_a_bot_id_validates_offline_against_the_manifest_schema()
    {
        var zip = Path.Combine(_temp.FullName, "allbot.zip");

        var package = Package("--bot-id", BotId, "--out", zip);
        Assert.True(package.ExitCode == 0, package.ToString());

        var validation = Validate(zip, "--bot-id", BotId);
        Assert.True(validation.ExitCode == 0, validation.ToString());
        Assert.Contains("VALID manifest 1.30", validation.Output);
        Assert.Contains(BotId, validation.Output);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifest = ReadManifest(archive);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("https://www.example.org/allbot/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Contains("not medical advice", (string?)manifest["description"]!["full"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Flags_set_the_developer_urls_app_id_and_version()
    {
        var zip = Path.Combine(_temp.FullName, "custom.zip");
        const string appId = "9d1e6b52-7a3c-4f0e-8b21-64c5a9e3d708";

        var package = Package("--bot-id", BotId, "--out", zip, "--app-id", appId, "--version", "2.3.4",
            "--developer-name", "Test Publisher", "--website-url", "https://allbot.test/",
            "--privacy-url", "https://allbot.test/privacy", "--terms-url", "https://allbot.test/terms");
        Assert.True(package.ExitCode == 0, package.ToString());
        Assert.True(Validate(zip).ExitCode == 0);

        using var archive = ZipFile.OpenRead(zip);
        var manifest = ReadManifest(archive);
        Assert.Equal(appId, (string?)manifest["id"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal("Test Publisher", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://allbot.test/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid")]
    [InlineData("--bot-id", "3f2c9a7e-1b4d-4e8f-9a60-5c7d2e1b0f9")]
    [InlineData("--bot-id", "{3f2c9a7e-1b4d-4e8f-9a60-5c7d2e1b0f94}")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000")]
    [InlineData("--bot-id", "3f2c9a7e-1b4d-4e8f-9a60-5c7d2e1b0f94", "--privacy-url", "http://www.example.org/privacy")]
    public void Bad_input_is_refused_and_no_package_is_written(params string[] arguments)
    {
        var zip = Path.Combine(_temp.FullName, "refused.zip");

        var package = Package([.. arguments, "--out", zip]);

        Assert.Equal(2, package.ExitCode);
        Assert.Contains("package.sh:", package.Error);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Validator_rejects_a_broken_manifest_and_wrong_icons()
    {
        var good = Path.Combine(_temp.FullName, "good.zip");
        Assert.Equal(0, Package("--bot-id", BotId, "--out", good).ExitCode);
        var bad = Path.Combine(_temp.FullName, "bad.zip");
        using (var source = ZipFile.OpenRead(good))
        using (var target = ZipFile.Open(bad, ZipArchiveMode.Create))
        {
            var manifest = ReadManifest(source);
            manifest["accentColor"] = "blue";
            manifest["bots"]![0]!["scopes"] = new JsonArray("personal");
            var color = Read(source, "color.png");
            Write(target, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
            Write(target, "color.png", color);
            Write(target, "outline.png", color);
        }

        var validation = Validate(bad);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("/accentColor must match pattern", validation.Output);
        Assert.Contains("bots[0].scopes must include team", validation.Output);
        Assert.Contains("outline.png must be 32x32", validation.Output);
        Assert.Contains("outline.png must be white on transparent", validation.Output);
    }

    private static ExternalCommand.Result Package(params string[] arguments) =>
        ExternalCommand.Run("bash", [RepositoryRoot.Combine("deploy", "teams", "package.sh"), .. arguments], RepositoryRoot.Path, Timeout);

    private ExternalCommand.Result Validate(string zip, params string[] arguments) =>
        ExternalCommand.Run("node", ["validate.mjs", zip, .. arguments], tools.ToolsDirectory, Timeout);

    private static JsonObject ReadManifest(ZipArchive archive) =>
        JsonNode.Parse(Read(archive, "manifest.json"))!.AsObject();

    private static byte[] Read(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Write(ZipArchive archive, string name, byte[] bytes)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(bytes);
    }
}
