using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace AllBot.Bot;

/// <summary>
/// Writes the body a turn returns (the buffered replies of <c>deliveryMode: expectReplies</c>, or an invoke result)
/// with the SDK's own JSON settings, which Bot Framework clients expect.
/// </summary>
public sealed class InvokeResponseResult(InvokeResponse response) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => response.Status;

    public Task ExecuteAsync(HttpContext httpContext) => HttpHelper.WriteResponseAsync(httpContext.Response, response);
}
