using AllBot.WarmUp;

namespace AllBot.Tests.WarmUp;

public sealed class HttpWarmUpTests
{
    /// <summary>What Kestrel reports it is bound to, and where the warm-up then posts.</summary>
    public static TheoryData<string, string> Bindings => new()
    {
        { "http://127.0.0.1:5000", "http://127.0.0.1:5000/" },
        { "http://localhost:3978", "http://127.0.0.1:3978/" },
        { "http://[::]:8080", "http://127.0.0.1:8080/" },
        { "http://0.0.0.0:80", "http://127.0.0.1/" },
        { "http://+:8080", "http://127.0.0.1:8080/" },
        { "http://*:8080", "http://127.0.0.1:8080/" },
    };

    [Theory]
    [MemberData(nameof(Bindings))]
    public void The_warm_up_posts_to_loopback_whatever_address_the_server_binds(string bound, string expected) =>
        Assert.Equal(expected, HttpWarmUp.LoopbackAddress([bound])?.ToString());

    [Fact]
    public void The_warm_up_never_posts_over_tls_or_to_an_address_that_may_be_another_host() =>
        Assert.Null(HttpWarmUp.LoopbackAddress(["https://localhost:5001", "http://10.1.2.3:80", "http://bot.example.org:80"]));
}
