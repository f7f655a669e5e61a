using AllBot.Insights;

namespace AllBot.Tests.Insights;

public sealed class FreeTextRedactorTests
{
    [Theory]
    [InlineData("email me at pat.smith+ward7@example.co.uk please", "email me at [email] please")]
    [InlineData("call 07700 900123 tonight", "call [phone] tonight")]
    [InlineData("or +44 (0)20 7946 0958", "or [phone]")]
    [InlineData("his hospital number is 4857773456", "his hospital number is [phone]")]
    [InlineData("ref 12345", "ref [number]")]
    public void Contact_details_and_long_numbers_are_replaced_by_markers(string text, string expected)
    {
        Assert.Equal(expected, FreeTextRedactor.Scrub(text));
    }

    [Theory]
    [InlineData("temperature 38.5 for 2 days")]
    [InlineData("is 1 in 1000 normal")]
    [InlineData("what is ALL?")]
    public void Ordinary_questions_keep_their_words_and_small_numbers(string text)
    {
        Assert.Equal(text, FreeTextRedactor.Scrub(text));
    }

    [Fact]
    public void The_redaction_framework_uses_it_for_free_text()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.RedactionServiceCollectionExtensions.AddRedaction(services,
            redaction => redaction.SetRedactor<FreeTextRedactor>(FreeTextRedactor.FreeText));
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var redactor = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Compliance.Redaction.IRedactorProvider>(provider)
            .GetRedactor(FreeTextRedactor.FreeText);

        Assert.Equal("write to [email]", redactor.Redact("write to a@b.org"));
    }
}
