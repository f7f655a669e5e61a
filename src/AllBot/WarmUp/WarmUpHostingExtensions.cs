namespace AllBot.WarmUp;

/// <summary>Registers the start-up warm-up and its steps (see <see cref="StartupWarmUp"/>).</summary>
public static class WarmUpHostingExtensions
{
    public static IHostApplicationBuilder AddWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmUpOptions>().BindConfiguration(WarmUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IWarmUpStep, AnswerWarmUp>();
        builder.Services.AddSingleton<IWarmUpStep, TurnWarmUp>();
        builder.Services.AddSingleton<IWarmUpStep, HttpWarmUp>();
        builder.Services.AddHttpClient(HttpWarmUp.ClientName);
        builder.Services.AddSingleton<StartupWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        return builder;
    }
}
