using System.Net;
using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Cqo.IntegrationTests.Platform;

[Collection(HostCollection.Name)]
public sealed class HostTests(CqoApp app)
{
    [Fact]
    public async Task Ready_checks_the_database_and_live_does_not()
    {
        var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        checks.GetProperty("database").GetString().ShouldBe("Healthy");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public void Runs_on_the_provider_the_suite_was_started_for()
    {
        using var scope = app.Services.CreateScope();
        var providerName = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.ProviderName;

        providerName.ShouldNotBeNull().ShouldContain(app.Database.Provider == DatabaseProvider.PostgreSql ? "Npgsql" : app.Database.Provider.ToString());
    }

    [Fact]
    public async Task Home_page_is_served_in_Chinese_first()
    {
        var home = await app.CreateClient().GetStringAsync("/");

        home.ShouldContain("企业首席质量官登记与培训平台");
        home.ShouldContain("lang=\"zh-CN\"");
    }

    [Fact]
    public async Task OpenApi_document_lists_the_module_endpoints_and_the_reference_page_is_served()
    {
        var client = app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");
        var reference = await client.GetAsync("/scalar");

        document.ShouldContain("/api/reference/regulator-units");
        reference.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/api/reference/districts");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.Contains("Referrer-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task Requests_are_logged_as_structured_events()
    {
        var marker = $"/api/reference/regulator-units/{Guid.NewGuid()}";

        await app.CreateClient().GetAsync(marker);

        // The request log is written as the response completes, which may be just after the client has it.
        LogEvent? request = null;
        for (var attempt = 0; attempt < 50 && request is null; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            request = app.Logs.Events.FirstOrDefault(e =>
                e.Properties.TryGetValue("RequestPath", out var logged) && logged.ToString().Contains(marker, StringComparison.Ordinal));
        }

        request.ShouldNotBeNull();
        request.MessageTemplate.Text.ShouldStartWith("HTTP {RequestMethod} {RequestPath}");
        request.Properties["StatusCode"].ToString().ShouldBe("404");
        request.Properties.ShouldContainKey("Elapsed");
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_not_an_empty_404()
    {
        var response = await app.CreateClient().GetAsync("/api/nothing-here");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Problem_titles_follow_the_callers_language_with_Chinese_by_default()
    {
        var chinese = await (await app.CreateClient().GetAsync("/api/reference/regulator-units?take=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var english = await (await app.CreateClient("en-GB").GetAsync("/api/reference/regulator-units?take=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        chinese.GetProperty("title").GetString().ShouldBe("请求数据未通过校验");
        chinese.GetProperty("errors").GetProperty("take")[0].GetString().ShouldBe("“take”必须在 1 到 1000 之间。");
        english.GetProperty("title").GetString().ShouldBe("The request did not pass validation");
        english.GetProperty("errors").GetProperty("take")[0].GetString().ShouldBe("'take' must be between 1 and 1000.");
    }

    [Fact]
    public async Task Job_dashboard_is_closed_to_anonymous_callers_and_to_users_without_the_permission()
    {
        var anonymous = await app.CreateClient().GetAsync("/jobs");
        var user = await app.CreateClientAs(Guid.NewGuid()).GetAsync("/jobs");
        var admin = await app.CreateClientAs(Guid.NewGuid(), PlatformPermissions.Jobs).GetAsync("/jobs");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        user.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
