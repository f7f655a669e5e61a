using System.Security.Cryptography;
using System.Text;

namespace AllBot.Tests.Hardening;

/// <summary>The requests of issue 12's first finding: activities, without a token, for a conversation id never seen before.</summary>
internal static class UnauthenticatedRequests
{
    /// <summary>
    /// The <paramref name="i"/>th request: GET and POST in turn, the id at the 64-character cap (it reaches the token
    /// check) or an 8,000-character one (as in the attack), two of each in turn.
    /// </summary>
    public static HttpRequestMessage Next(int i)
    {
        var id = i % 4 < 2 ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) : Guid.NewGuid().ToString("N") + new string('a', 8000);
        var request = new HttpRequestMessage(i % 2 == 0 ? HttpMethod.Get : HttpMethod.Post, $"/v3/directline/conversations/{id}/activities");
        if (request.Method == HttpMethod.Post) request.Content = new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "application/json");
        return request;
    }
}
