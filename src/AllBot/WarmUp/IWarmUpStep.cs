namespace AllBot.WarmUp;

/// <summary>One part of the app that <see cref="StartupWarmUp"/> exercises each round, with questions that no person typed.</summary>
public interface IWarmUpStep
{
    /// <summary>Runs the part once for each question.</summary>
    Task RunAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken);
}
