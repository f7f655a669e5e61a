namespace AllBot.Hosting;

/// <summary>
/// What a folder holds, as names, sizes and times of its files: two equal fingerprints mean nothing was saved,
/// added or deleted in between. Reading a folder of a few dozen Markdown files this way costs well under a
/// millisecond.
/// </summary>
public static class FolderFingerprint
{
    public static string Of(string folder) => !Directory.Exists(folder) ? "" : string.Join('\n',
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new FileInfo(path))
            .Select(file => $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"));
}
