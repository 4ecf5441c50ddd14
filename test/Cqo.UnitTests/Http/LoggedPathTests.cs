using Cqo.Platform.Http;

namespace Cqo.UnitTests.Http;

public sealed class LoggedPathTests
{
    [Theory]
    [InlineData("/api/registry/people/310115198003141239", "/api/registry/people/***")]
    [InlineData("/api/registry/people/31011519850722234X/x", "/api/registry/people/***/x")]
    [InlineData("/api/people/E12345678", "/api/people/E***")]
    [InlineData("/api/registry/filings/019cf443-a5c0-7297-8929-ff741085d4e0/submit", "/api/registry/filings/019cf443-a5c0-7297-8929-ff741085d4e0/submit")]
    [InlineData("/api/oversight/annual/2025", "/api/oversight/annual/2025")]
    [InlineData("/api/reference/regulator-units/12345678-1234-1234-1234-123456789012", "/api/reference/regulator-units/12345678-1234-1234-1234-123456789012")]
    public void Masks_every_long_run_of_digits_outside_a_GUID_and_keeps_the_rest(string path, string logged) =>
        LoggedPath.Mask(path).ShouldBe(logged);
}
