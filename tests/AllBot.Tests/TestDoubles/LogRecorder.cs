using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// Keeps every log entry at every level: category, message, every structured value, exception text, and the state of
/// every scope opened, so a privacy test sees all that a log provider could write.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Entries.Enqueue($"Scope {category}: {state} {Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {Values(state)} {exception}");

        private static string Values<TState>(TState state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : "";
    }
}
