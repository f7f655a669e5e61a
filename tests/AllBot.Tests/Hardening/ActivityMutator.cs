using System.Text;
using System.Text.Json.Nodes;

namespace AllBot.Tests.Hardening;

/// <summary>One fuzzed request body: its bytes, its content type (null: none), and a short description for failures.</summary>
public sealed record FuzzBody(byte[] Bytes, string? ContentType, string Description)
{
    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        if (ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        else content.Headers.ContentType = null;
        return content;
    }
}

/// <summary>
/// Mutates well-formed activities into hostile ones, reproducibly from a seed: wrong types, missing fields, huge
/// arrays, deep nesting, control characters, query syntax, 100 KB strings, then (sometimes) damages the bytes:
/// truncated JSON, invalid UTF-8, odd content types. Service URLs are only ever loopback or unusable, so no fuzzed
/// reply can leave the machine.
/// </summary>
public sealed class ActivityMutator(int seed, IReadOnlyList<string> serviceUrls)
{
    /// <summary>The seed of every fuzz test unless ALLBOT_FUZZ_SEED says otherwise (to replay a failure).</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("ALLBOT_FUZZ_SEED"), out var seed) ? seed : 20_261_126;

    private static readonly string[] Fields =
    [
        "type", "id", "text", "channelId", "serviceUrl", "from", "recipient", "conversation", "entities", "attachments",
        "channelData", "value", "name", "deliveryMode", "timestamp", "localTimestamp", "membersAdded", "membersRemoved",
        "locale", "textFormat", "suggestedActions", "replyToId", "action", "code", "importance", "expiration",
        "valueType", "label", "speak", "inputHint", "textHighlights", "reactionsAdded", "relatesTo", "callerId",
    ];

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "installationUpdate", "invoke", "event", "typing", "messageReaction",
        "endOfConversation", "contactRelationUpdate", "deleteUserData", "messageUpdate", "messageDelete", "handoff",
        "trace", "suggestion", "command", "commandResult", "MESSAGE", "", " ", "somethingNew",
    ];

    private static readonly string[] Words =
    [
        "what is a lymphoblast?", "CAR-T", "title:leukemia", "leuk*", "a^100", "\"unclosed", "[1 TO 5]", "AND OR NOT",
        "<at>AllBot</at>", "<script>alert(1)</script>", "'; DROP TABLE x; --", "%00%ff", "\u202Eevil", "😀🩸🧬",
        "急性淋巴细胞白血病", "\uD800", "\0", "\r\n", "&nbsp;", "\u00A0", "I can't breathe", "{!lucene}", "/regex.*/",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "text/html",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/octet-stream", "*/*", "garbage", "",
    ];

    private readonly Random random = new(seed);

    public Random Random => random;

    /// <summary>A mutated copy of <paramref name="activity"/>, and (one time in four) damaged bytes or content type.</summary>
    public FuzzBody Mutate(JsonObject activity)
    {
        var copy = (JsonObject)activity.DeepClone();
        var steps = new List<string>();
        for (var i = random.Next(1, 5); i > 0; i--) steps.Add(MutateOnce(copy));
        var bytes = Encoding.UTF8.GetBytes(copy.ToJsonString());
        var contentType = "application/json";
        switch (random.Next(12))
        {
            case 0:
                var cut = random.Next(bytes.Length);
                bytes = bytes[..cut];
                steps.Add($"truncated at {cut}");
                break;
            case 1:
                bytes = InsertInvalidUtf8(bytes);
                steps.Add("invalid UTF-8");
                break;
            case 2:
                contentType = Pick(ContentTypes);
                steps.Add($"content type '{contentType}'");
                break;
            case 3:
                contentType = null!;
                steps.Add("no content type");
                break;
        }
        return new FuzzBody(bytes, contentType, string.Join("; ", steps));
    }

    /// <summary>Random bytes, an empty body or a JSON value that is not an object.</summary>
    public FuzzBody Garbage()
    {
        return random.Next(5) switch
        {
            0 => new FuzzBody(RandomBytes(random.Next(0, 4096)), "application/json", "random bytes"),
            1 => new FuzzBody([], Pick(ContentTypes), "empty body"),
            2 => new FuzzBody(Encoding.UTF8.GetBytes(RandomValue(0)?.ToJsonString() ?? "null"), "application/json", "a JSON value"),
            3 => new FuzzBody(Encoding.UTF8.GetBytes(new string('[', random.Next(50, 5000))), "application/json", "deep open arrays"),
            _ => new FuzzBody(Encoding.UTF8.GetBytes(RandomText(random.Next(0, 300))), "text/plain", "random text"),
        };
    }

    public string RandomText(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0x10000),
            };
        }
        return new string(chars);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string MutateOnce(JsonObject activity)
    {
        var field = Pick(Fields);
        switch (random.Next(8))
        {
            case 0:
                activity.Remove(field);
                return $"removed {field}";
            case 1:
                activity["type"] = Pick(Types);
                return "type " + activity["type"];
            case 2:
                activity["serviceUrl"] = Pick(serviceUrls);
                return "serviceUrl " + activity["serviceUrl"];
            case 3:
                activity["text"] = Text();
                return "text";
            case 4:
                activity[field] = HugeArray();
                return $"huge array in {field}";
            case 5:
                activity[field] = Nested(random.Next(10, 120));
                return $"deep nesting in {field}";
            default:
                activity[field == "serviceUrl" ? "value" : field] = RandomValue(0);
                return $"random value in {field}";
        }
    }

    private string Text() => random.Next(6) switch
    {
        0 => RandomText(random.Next(0, 400)),
        1 => string.Concat(Enumerable.Repeat(Pick(Words) + " ", random.Next(1, 40))),
        2 => new string(Pick(Words)[0], 100 * 1024),
        3 => string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => Pick(Words))),
        4 => "",
        _ => Pick(Words),
    };

    private JsonNode? RandomValue(int depth) => random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(4) switch { 0 => long.MaxValue, 1 => -1L, 2 => 0L, _ => random.NextInt64() }),
        3 => JsonValue.Create(random.Next(3) switch { 0 => 1e308, 1 => -0.5, _ => random.NextDouble() }),
        4 or 5 => JsonValue.Create(Text()),
        6 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomValue(depth + 1)).ToArray()),
        _ => RandomObject(depth + 1),
    };

    private JsonObject RandomObject(int depth)
    {
        var result = new JsonObject();
        for (var i = random.Next(0, 5); i > 0; i--) result[random.Next(3) == 0 ? RandomText(random.Next(1, 12)) : Pick(Fields)] = RandomValue(depth);
        return result;
    }

    private JsonArray HugeArray()
    {
        // Enough to be large, small enough to stay under the 256 KB limit most of the time.
        var count = random.Next(1_000, 20_000);
        var element = random.Next(3);
        return new JsonArray(Enumerable.Range(0, count).Select(i => element switch
        {
            0 => (JsonNode?)JsonValue.Create(i),
            1 => new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>" },
            _ => null,
        }).ToArray());
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++) node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        return node;
    }

    private byte[] InsertInvalidUtf8(byte[] bytes)
    {
        byte[][] invalid = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82]];
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. Pick(invalid), .. bytes[at..]];
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

/// <summary>Counts outcomes by status code, for the test output and the failure message.</summary>
public sealed class StatusTally
{
    private readonly SortedDictionary<int, int> counts = [];
    private readonly List<string> serverErrors = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> ServerErrors => serverErrors;

    public void Add(int status, string description)
    {
        lock (counts)
        {
            Total++;
            counts[status] = counts.GetValueOrDefault(status) + 1;
            if (status >= 500 && serverErrors.Count < 20) serverErrors.Add($"{status}: {description}");
        }
    }

    public override string ToString() => $"{Total} requests: " + string.Join(", ", counts.Select(c => $"{c.Key} x{c.Value}"));
}
