using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>
/// Debian's Chromium (apt package <c>chromium</c>). Tests skip without it on a developer's machine, but with
/// CI=true they run and fail, so CI can never pass by skipping them.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => Installed || Required ? null : $"{ExecutablePath} is not installed (apt-get install chromium); CI=true makes this a failure.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // A launch (not a persistent context) gets a fresh temporary profile every time.
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
}

/// <summary>A fact that needs Chromium (see <see cref="Chromium"/>).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium (see <see cref="Chromium"/>).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = Chromium.SkipReason;
}
