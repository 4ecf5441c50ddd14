using System.Net;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Platform;

[Collection(HostCollection.Name)]
public sealed class RateLimitTests(CqoApp app)
{
    [Fact]
    public async Task Public_endpoints_answer_429_with_retry_after_once_an_address_spends_its_budget()
    {
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PublicPermitLimit", "2"));
        var client = strict.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await client.GetAsync("/api/reference/districts"));
        }

        responses.Take(2).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await responses[2].ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        responses[2].Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK, "health checks are not rate-limited");
    }
}
