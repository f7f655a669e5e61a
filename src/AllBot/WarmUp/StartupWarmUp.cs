using System.Diagnostics;
using System.Runtime;
using AllBot.Hosting;
using AllBot.Knowledge.Content;
using AllBot.Telemetry;
using Microsoft.Extensions.Options;

namespace AllBot.WarmUp;

/// <summary>
/// After start-up (once the knowledge base has loaded and the server listens), runs every <see cref="IWarmUpStep"/> in
/// rounds until three rounds in a row make the JIT compile almost nothing new, or <see cref="WarmUpOptions.MaxDuration"/>
/// has passed. Until then <c>/readyz</c> says not ready, so a load balancer sends the first patients to a warm process.
/// </summary>
public sealed class StartupWarmUp(
    IEnumerable<IWarmUpStep> steps,
    KnowledgeSource knowledge,
    BotMetrics metrics,
    IOptions<WarmUpOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StartupWarmUp> logger) : BackgroundService
{
    // Tiered compilation promotes a method after 30 calls and a quiet moment (100 ms by default): pause between rounds.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(150);
    // Settled: this many rounds in a row in which the JIT compiled fewer than SettledMethods methods. One quiet round
    // is not enough: on a busy machine the JIT's background work can fall behind the rounds for a moment.
    private const int SettledRounds = 3;
    private const int SettledMethods = 10;

    private volatile bool complete;

    /// <summary>True once the warm-up has finished (or is turned off).</summary>
    public bool IsComplete => complete;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.Enabled) await RunAsync(stoppingToken);
            // From here on the questions are people's: count them.
            metrics.Counting = true;
            complete = true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped first.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await knowledge.Loaded.WaitAsync(stoppingToken);
        await StartedAsync(stoppingToken);
        IReadOnlyList<string> questions;
        using (var lease = knowledge.Acquire()) questions = KnowledgeQuestions.Of(lease.Engine.Content, options.Value.Questions);

        var clock = Stopwatch.StartNew();
        var remaining = steps.ToList();
        var rounds = 0;
        var quietRounds = 0;
        var compiledBefore = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed < options.Value.MaxDuration && remaining.Count > 0)
        {
            foreach (var step in remaining.ToList())
            {
                try
                {
                    await step.RunAsync(questions, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Warming is an optimisation: a step that cannot run is left out, never a reason to stay unready.
                    logger.LogWarning("Warm-up step {Step} left out: {ExceptionType}", step.GetType().Name, e.GetType().FullName);
                    remaining.Remove(step);
                }
            }
            rounds++;
            await Task.Delay(Pause, stoppingToken);
            var compiled = JitInfo.GetCompiledMethodCount();
            quietRounds = compiled - compiledBefore < SettledMethods ? quietRounds + 1 : 0;
            if (quietRounds == SettledRounds) break;
            compiledBefore = compiled;
        }
        logger.LogInformation("Warmed up in {Milliseconds} ms: {Rounds} round(s) of {Questions} question(s); ready",
            clock.ElapsedMilliseconds, rounds, questions.Count);
    }

    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
