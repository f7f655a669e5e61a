using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AllBot.Channels.DirectLine;

/// <summary>Who a valid token belongs to.</summary>
public sealed record TokenClaims(string ConversationId, string UserId, DateTimeOffset Expires);

/// <summary>A freshly issued token and its lifetime in whole seconds.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);

/// <summary>
/// Issues and checks conversation tokens: <c>base64url(conversationId \n userId \n expiry)</c>, a dot, and an
/// HMAC-SHA256 of that payload. Nothing is stored, so a token cannot be guessed, altered or moved to another
/// conversation, and it stops working when it expires.
/// </summary>
public sealed class DirectLineTokenService
{
    private readonly byte[] key;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var configuredKey = options.Value.SigningKey;
        key = string.IsNullOrWhiteSpace(configuredKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configuredKey);
        if (key.Length < 32) throw new OptionsValidationException(DirectLineOptions.Section, typeof(DirectLineOptions), ["DirectLine:SigningKey must be at least 32 bytes."]);
        this.time = time;
        lifetime = options.Value.TokenLifetime;
    }

    /// <summary>Issues a token for <paramref name="conversationId"/> that expires after the configured lifetime.</summary>
    public IssuedToken Issue(string conversationId, string userId)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{conversationId}\n{userId}\n{expires}");
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    /// <summary>Returns the token's claims, or null when it is malformed, forged or expired.</summary>
    public TokenClaims? Check(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0) return null;
        if (!TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var signature)) return null;
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature)) return null;

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 3 || !long.TryParse(parts[2], out var unixSeconds)) return null;
        var expires = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        return expires <= time.GetUtcNow() ? null : new TokenClaims(parts[0], parts[1], expires);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done) return false;
        bytes = bytes[..written];
        return true;
    }
}
