using System.Threading.Channels;

namespace AllBot.Channels.DirectLine;

/// <summary>Activities after a watermark, as JSON, and the watermark to ask from next.</summary>
public sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark);

/// <summary>A stream just opened: what is kept after its watermark, then each new activity as a frame.</summary>
public sealed record OpenedStream(ActivityPage Backlog, ChannelReader<string> Frames);

/// <summary>
/// One conversation: its recent activities (as JSON, numbered from 1; the number is the watermark), the open
/// streams that receive new ones, when it was last used, whether its client ever used its token, and the budgets
/// that rate-limit it. Thread-safe.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object gate = new();
    private readonly Queue<(long Sequence, string Json)> activities = new();
    private readonly List<Channel<string>> streams = [];
    private readonly int maxActivities;
    private readonly int maxStreams;
    private long sequence;
    private long lastUsedTicks;
    private volatile bool opened;
    private bool started;
    private bool ended;

    public DirectLineConversation(string id, string userId, DirectLineOptions limits, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        maxActivities = limits.MaxActivitiesPerConversation;
        maxStreams = limits.MaxStreamsPerConversation;
        Requests = new RequestBudget(limits.RequestsPerMinutePerConversation);
        Messages = new RequestBudget(limits.MessagesPerMinutePerConversation);
        lastUsedTicks = now.UtcTicks;
    }

    public string Id { get; }

    /// <summary>The visitor's id, fixed when the conversation was created; posted activities are sent as this user.</summary>
    public string UserId { get; }

    /// <summary>Serialises the bot's turns in this conversation, so state is never updated by two turns at once.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>Requests with this conversation's token other than posted activities (start, polls, refresh, streams).</summary>
    public RequestBudget Requests { get; }

    /// <summary>Posted activities (each may run a bot turn).</summary>
    public RequestBudget Messages { get; }

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref lastUsedTicks), TimeSpan.Zero);

    /// <summary>True once the client has used its token here; a conversation only issued a token was never opened.</summary>
    public bool Opened => opened;

    public bool HasOpenStreams
    {
        get
        {
            lock (gate) return streams.Count > 0;
        }
    }

    public bool HasEnded
    {
        get
        {
            lock (gate) return ended;
        }
    }

    /// <summary>Marks the conversation used by its client now.</summary>
    public void Touch(DateTimeOffset now)
    {
        Interlocked.Exchange(ref lastUsedTicks, now.UtcTicks);
        opened = true;
    }

    /// <summary>True the first time only: the caller then runs the bot's welcome.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (started) return false;
            started = true;
            return true;
        }
    }

    /// <summary>Numbers the next activity, lets <paramref name="toJson"/> write it, keeps it and sends it to the streams.</summary>
    /// <returns>The activity's sequence number.</returns>
    public long Append(Func<long, string> toJson)
    {
        lock (gate)
        {
            var next = sequence + 1;
            var json = toJson(next);
            sequence = next;
            activities.Enqueue((next, json));
            while (activities.Count > maxActivities) activities.Dequeue();
            Publish(ActivitySetJson.Frame([json], next));
            return next;
        }
    }

    /// <summary>Sends an activity to the open streams only, without keeping it (typing indicators).</summary>
    public void Broadcast(string json)
    {
        lock (gate) Publish(ActivitySetJson.Frame([json], null));
    }

    /// <summary>Up to <paramref name="max"/> kept activities after <paramref name="watermark"/>.</summary>
    public ActivityPage Since(long watermark, int max)
    {
        lock (gate) return SinceLocked(watermark, max);
    }

    /// <summary>Opens a stream: everything kept after <paramref name="watermark"/>, then each new activity as a frame.</summary>
    /// <returns>The stream, or null when the conversation has ended or already has its most streams open.</returns>
    public OpenedStream? OpenStream(long watermark)
    {
        lock (gate)
        {
            if (ended || streams.Count >= maxStreams) return null;
            var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { SingleReader = true });
            streams.Add(channel);
            return new OpenedStream(SinceLocked(watermark, int.MaxValue), channel.Reader);
        }
    }

    public void CloseStream(ChannelReader<string> frames)
    {
        lock (gate) streams.RemoveAll(stream => stream.Reader == frames);
    }

    /// <summary>Ends the conversation: open streams close, and later stream requests are refused.</summary>
    public void End()
    {
        lock (gate)
        {
            ended = true;
            foreach (var stream in streams) stream.Writer.TryComplete();
            streams.Clear();
            activities.Clear();
        }
    }

    private ActivityPage SinceLocked(long watermark, int max)
    {
        var page = activities.Where(a => a.Sequence > watermark).Take(max).ToList();
        var last = page.Count > 0 ? page[^1].Sequence : sequence;
        return new ActivityPage(page.Select(a => a.Json).ToList(), last);
    }

    private void Publish(string frame)
    {
        // A stream that cannot keep up is closed rather than buffered without end; its client reconnects with its
        // watermark and receives what it missed from the kept activities.
        foreach (var stream in streams.Where(stream => !stream.Writer.TryWrite(frame)).ToList())
        {
            stream.Writer.TryComplete();
            streams.Remove(stream);
        }
    }
}
