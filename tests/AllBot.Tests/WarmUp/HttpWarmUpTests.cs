using AllBot.WarmUp;

namespace AllBot.Tests.WarmUp;

public sealed class HttpWarmUpTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978", "http://127.0.0.1:3978/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:80", "http://127.0.0.1/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    public void The_warm_up_posts_to_loopback_whatever_address_the_server_binds(string bound, string expected) =>
        Assert.Equal(expected, HttpWarmUp.LoopbackAddress([bound])?.ToString());

    [Theory]
    [InlineData("https://localhost:5001")]
    [InlineData("http://10.1.2.3:80")]
    [InlineData("http://bot.example.org:80")]
    public void The_warm_up_never_posts_over_tls_or_to_an_address_that_may_be_another_host(string bound) =>
        Assert.Null(HttpWarmUp.LoopbackAddress([bound]));
}
