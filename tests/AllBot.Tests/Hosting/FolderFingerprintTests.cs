using AllBot.Hosting;

namespace AllBot.Tests.Hosting;

public sealed class FolderFingerprintTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("allbot-fingerprint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_fingerprint_changes_when_a_file_is_added_edited_or_deleted_and_not_otherwise()
    {
        var file = Path.Combine(folder, "a.md");
        File.WriteAllText(file, "one");
        var first = FolderFingerprint.Of(folder);
        Assert.Equal(first, FolderFingerprint.Of(folder));

        File.WriteAllText(file, "one and two");
        var edited = FolderFingerprint.Of(folder);
        Assert.NotEqual(first, edited);

        File.WriteAllText(Path.Combine(folder, "b.md"), "b");
        var added = FolderFingerprint.Of(folder);
        Assert.NotEqual(edited, added);

        File.Delete(file);
        Assert.NotEqual(added, FolderFingerprint.Of(folder));
    }

    [Fact]
    public void A_missing_folder_has_an_empty_fingerprint() =>
        Assert.Equal("", FolderFingerprint.Of(Path.Combine(folder, "missing")));
}
