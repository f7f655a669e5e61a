using AllBot.Bot;
using Microsoft.Extensions.Configuration;

namespace AllBot.Tests.Bot;

public sealed class DefaultUrlTests
{
    [Fact]
    public void With_nothing_configured_the_host_listens_on_the_emulators_localhost_3978()
    {
        var configuration = new ConfigurationManager();

        BotHostingExtensions.UseDefaultUrlUnlessConfigured(configuration);

        Assert.Equal("http://localhost:3978", configuration["urls"]);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000")]
    public void A_configured_url_or_port_is_kept(string key, string value)
    {
        var configuration = new ConfigurationManager();
        configuration[key] = value;

        BotHostingExtensions.UseDefaultUrlUnlessConfigured(configuration);

        Assert.Equal(value, configuration[key]);
        if (key != "urls") Assert.Null(configuration["urls"]);
    }
}
