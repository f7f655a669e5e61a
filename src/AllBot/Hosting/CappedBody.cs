using System.Buffers;

namespace AllBot.Hosting;

/// <summary>
/// Reads a request body into memory, but never more than a limit: a larger Content-Length is refused before anything
/// is read, and a chunked body (which has none) is counted as it arrives.
/// </summary>
public static class CappedBody
{
    /// <returns>The body, positioned at its start; null when it is longer than <paramref name="limit"/> bytes.</returns>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        var body = new MemoryStream((int)(request.ContentLength ?? 4096));
        // A pooled buffer: this runs on every message, and a fresh 16 KB array each time showed in the load profile.
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                {
                    await body.DisposeAsync();
                    return null;
                }
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        body.Position = 0;
        return body;
    }
}
