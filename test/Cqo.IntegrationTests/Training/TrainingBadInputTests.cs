using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Training;

/// <summary>Malformed bodies on training's write endpoints are 400s naming the field, never a 500.</summary>
[Collection(HostCollection.Name)]
public sealed class TrainingBadInputTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    public static TheoryData<string, string> Bodies => new()
    {
        { "/api/training/courses", """{"title":"t","type":"AppointmentTraining","tier":"Junior","delivery":"OnSite","syllabusVersionCode":"v1","modules":null,"startDate":"2027-01-01","endDate":"2027-01-02","enrolmentOpens":"2026-12-01","enrolmentCloses":"2026-12-30","capacity":10}""" },
        { "/api/training/courses", """{"title":"t","type":"AppointmentTraining","tier":"Junior","delivery":"OnSite","syllabusVersionCode":"v1","modules":[null],"startDate":"2027-01-01","endDate":"2027-01-02","enrolmentOpens":"2026-12-01","enrolmentCloses":"2026-12-30","capacity":10}""" },
        { "/api/training/courses", """{"title":"t","type":"AppointmentTraining","tier":"Junior","delivery":"OnSite","syllabusVersionCode":"v1","modules":[{"moduleCode":null,"hours":3}],"startDate":"2027-01-01","endDate":"2027-01-02","enrolmentOpens":"2026-12-01","enrolmentCloses":"2026-12-30","capacity":10}""" },
        { "/api/training/courses", """{"title":null,"syllabusVersionCode":null,"modules":[],"capacity":99999999999}""" },
        { "/api/training/courses", """{}""" },
        { "/api/training/trainers", """{"name":null}""" },
        { "/api/reference/syllabus-versions", """{"code":null,"modules":null}""" },
        { "/api/reference/syllabus-versions", """{"code":"v7","titleZh":"t","titleEn":"t","effectiveFrom":"2027-01-01","requiredHours":3,"modules":[null,{"code":null}]}""" },
        { "/api/training/providers", """{"uscc":null,"name":null,"districtCode":null,"contactName":null,"contactPhone":null}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_body_is_a_400(string path, string body)
    {
        var provider = await _api.ApprovedProviderAsync();
        var caller = path.StartsWith("/api/reference", StringComparison.Ordinal)
            ? app.CreateClientAs(Guid.NewGuid(), Cqo.Reference.Contracts.ReferencePermissions.Manage)
            : _api.Provider(provider.Id);
        var response = await caller.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_session_with_a_malformed_time_or_for_an_unknown_course_is_refused_cleanly()
    {
        var provider = await _api.ApprovedProviderAsync();
        var client = _api.Provider(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(40));

        var badTime = await client.PostAsync($"/api/training/courses/{course.Id}/sessions", new StringContent(
            $$"""{"date":"{{course.StartDate:yyyy-MM-dd}}","startTime":"25:00","endTime":"12:00","moduleCode":"M01","trainerId":"{{Guid.NewGuid()}}","concurrencyStamp":"{{course.ConcurrencyStamp}}"}""",
            Encoding.UTF8, "application/json"));
        await badTime.ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var unknown = await client.PostAsJsonAsync($"/api/training/courses/{Guid.NewGuid()}/sessions", TrainingApi.Session(course, course.StartDate, "09:00", "12:00", "M01", Guid.NewGuid()), Json.Options);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        var noStamp = await client.DeleteAsync($"/api/training/courses/{course.Id}/sessions/{Guid.NewGuid()}");
        await noStamp.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
