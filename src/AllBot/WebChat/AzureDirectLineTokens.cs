using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AllBot.WebChat;

/// <summary>
/// Azure mode: swaps the Direct Line secret for a conversation token with Azure's
/// <c>POST /v3/directline/tokens/generate</c>, server side, so the secret never reaches the page.
/// </summary>
public sealed class AzureDirectLineTokens(HttpClient http, IOptions<WebChatOptions> options, ILogger<AzureDirectLineTokens> logger)
    : IChatSessions
{
    public async Task<Results<Ok<WebChatSession>, ProblemHttpResult>> StartAsync(HttpResponse response, CancellationToken cancellationToken) =>
        await GenerateAsync(cancellationToken) is { } session
            ? TypedResults.Ok(session)
            : TypedResults.Problem("The chat is not available right now. Please try again in a few minutes.", statusCode: StatusCodes.Status502BadGateway);

    /// <summary>Generates a token for a new visitor; null when Azure could not be reached or refused.</summary>
    public async Task<WebChatSession?> GenerateAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.Value.DirectLineEndpoint;
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "v3/directline/tokens/generate"))
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Azure Direct Line refused a token: {Status}", (int)response.StatusCode);
                return null;
            }
            var generated = await response.Content.ReadFromJsonAsync<GenerateResponse>(cancellationToken);
            if (generated?.Token is null || generated.ConversationId is null) return null;
            return new WebChatSession(generated.ConversationId, generated.Token, generated.ExpiresIn, userId,
                new Uri(endpoint, "v3/directline").ToString());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning("Azure Direct Line could not be reached: {Type}", exception.GetType().Name);
            return null;
        }
    }

    private sealed record GenerateRequest(GenerateUser User);

    private sealed record GenerateUser(string Id);

    private sealed record GenerateResponse(
        string? ConversationId,
        string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
