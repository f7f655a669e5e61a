using Microsoft.Extensions.Options;

namespace AllBot.Bot;

/// <summary>
/// Refuses to start outside Development when no MicrosoftAppId is set, unless <c>Bot:AllowAnonymous=true</c> says
/// that is intended: an empty app id turns authentication off and anyone could talk to the bot.
/// </summary>
internal sealed class AnonymousAccessValidator(IHostEnvironment environment, IOptions<BotCredentials> credentials)
    : IValidateOptions<BotOptions>
{
    public const string Message =
        "MicrosoftAppId is empty, so Bot Framework authentication is off and anyone could post to /api/messages. " +
        "Set MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, or set " +
        "Bot:AllowAnonymous=true (environment variable Bot__AllowAnonymous=true) to accept anonymous traffic on purpose.";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var refused = credentials.Value.IsAnonymous && !options.AllowAnonymous && !environment.IsDevelopment();
        return refused ? ValidateOptionsResult.Fail(Message) : ValidateOptionsResult.Success;
    }
}
