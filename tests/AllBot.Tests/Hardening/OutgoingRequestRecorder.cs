using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace AllBot.Tests.Hardening;

/// <summary>
/// Records the address of every HTTP request any HttpClient in this process sends over the network (through the
/// runtime's own diagnostics, so the SDK's clients are seen too, whoever created them). In-memory test-server
/// requests never touch the network and are not seen.
/// </summary>
public sealed class OutgoingRequestRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];

    public OutgoingRequestRecorder() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public ConcurrentQueue<Uri> Requests { get; } = new();

    public IReadOnlyList<Uri> NotLoopback => Requests.Where(uri => !IsLoopback(uri)).ToList();

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name != "HttpHandlerDiagnosticListener") return;
        lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != "System.Net.Http.HttpRequestOut.Start" && value.Key != "System.Net.Http.Request") return;
        var request = value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) as HttpRequestMessage;
        if (request?.RequestUri is { } uri) Requests.Enqueue(uri);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions) subscriptions.ForEach(subscription => subscription.Dispose());
    }
}
