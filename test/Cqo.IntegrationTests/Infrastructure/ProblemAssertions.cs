using System.Net;
using System.Text.Json;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>Reads a response as an RFC 9457 problem and checks its status, code and named fields.</summary>
internal static class ProblemAssertions
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("title").GetString().ShouldNotStartWith("Error:", customMessage: "a title is text, not a missing localization key");
        if (problem.TryGetProperty("detail", out var detail))
        {
            detail.GetString()!.ShouldNotContain("Error:", customMessage: "a detail is text, not a missing localization key");
        }
        if (code is not null)
        {
            problem.GetProperty("code").GetString().ShouldBe(code, body);
        }

        foreach (var field in fields)
        {
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors should name '{field}': {body}");
        }

        body.ShouldNotContain("   at ", customMessage: "a problem never carries a stack trace");
        return problem;
    }
}
