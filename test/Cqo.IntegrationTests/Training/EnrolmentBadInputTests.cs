using System.Net;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>Malformed bodies on the enrolment, attendance and exam endpoints are 400s naming the field, never a 500, and change nothing.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentBadInputTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Theory]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}","score":100.5}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}","score":-1}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}","score":78.55}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}","score":null}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}"}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"{enrolment}","score":"eighty"}]}""", "scores[0].score")]
    [InlineData("""{"scores":[{"enrolmentId":"00000000-0000-0000-0000-000000000000","score":80}]}""", "scores[0].enrolmentId")]
    [InlineData("""{"scores":[null]}""", "scores[0]")]
    [InlineData("""{"scores":[]}""", "scores")]
    [InlineData("""{"scores":null}""", "scores")]
    public async Task A_malformed_score_sheet_is_a_400_naming_the_field_and_records_nothing(string body, string field)
    {
        var (course, trainees) = await _api.ExaminingAsync([8]);

        var response = await _api.Provider(course.ProviderId).PutAsync(
            $"/api/training/courses/{course.Id}/scores", Content(body.Replace("{enrolment}", trainees[0].Id.ToString(), StringComparison.Ordinal)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, field);
        (await _api.GridAsync(course)).Rows.Single().Attempts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"marks":[{"enrolmentId":"{enrolment}","sessionId":"{session}","mark":"Asleep"}]}""", "marks[0].mark")]
    [InlineData("""{"marks":[{"enrolmentId":"{enrolment}","sessionId":"{session}","mark":7}]}""", "marks[0].mark")]
    [InlineData("""{"marks":[{"enrolmentId":"{enrolment}","sessionId":"{session}","mark":null}]}""", "marks[0].mark")]
    [InlineData("""{"marks":[{"enrolmentId":"{enrolment}","sessionId":"first","mark":"Present"}]}""", "marks[0].sessionId")]
    [InlineData("""{"marks":[null]}""", "marks[0]")]
    [InlineData("""{"marks":null}""", "marks")]
    public async Task A_malformed_attendance_grid_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var course = await _api.PublishedCourseAsync(Start);
        var trainee = await _api.AppliedAsync(course);
        course = await _api.AdvanceAsync(course, "start");

        var response = await _api.Provider(course.ProviderId).PutAsync($"/api/training/courses/{course.Id}/attendance", Content(body
            .Replace("{enrolment}", trainee.Id.ToString(), StringComparison.Ordinal)
            .Replace("{session}", course.Sessions[0].Id.ToString(), StringComparison.Ordinal)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, field);
        (await _api.GridAsync(course)).Rows.Single().Marks.ShouldBeEmpty();
    }

    public static TheoryData<string, string> StaffLists => new()
    {
        { """{"personIds":[]}""", "personIds" },
        { """{"personIds":null}""", "personIds" },
        { """{}""", "personIds" },
        { """{"personIds":["00000000-0000-0000-0000-000000000000"]}""", "personIds[0]" },
        { """{"personIds":["someone"]}""", "personIds[0]" },
        { $$"""{"personIds":[{{string.Join(',', Enumerable.Repeat("\"5e0c1d2a-0000-4000-8000-000000000001\"", 201))}}]}""", "personIds" },
    };

    [Theory]
    [MemberData(nameof(StaffLists))]
    public async Task A_malformed_staff_list_is_a_400_naming_the_field_and_enrols_nobody(string body, string field)
    {
        var course = await _api.PublishedCourseAsync(Start);

        var response = await _api.Sponsor(Guid.NewGuid()).PostAsync($"/api/training/courses/{course.Id}/enrolments/staff", Content(body));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, field);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("withdraw")]
    public async Task An_over_long_reason_is_a_400_naming_it_and_the_enrolment_is_unchanged(string step)
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();
        var applied = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));

        var response = await TrainingApi.EnrolmentStepAsync(_api.Sponsor(enterprise), applied.Enrolment, step, new string('因', TrainingLimits.CommentMaxLength + 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");
        (await TrainingApi.EnrolmentAsync(applied.Client, applied.Id)).Status.ShouldBe(EnrolmentStatus.Applied);
    }

    [Theory]
    [InlineData("""{"concurrencyStamp":"stamp"}""", "concurrencyStamp")]
    [InlineData("""{"concurrencyStamp":"{stamp}","personId":"someone"}""", "personId")]
    public async Task A_malformed_step_is_a_400_naming_the_field(string body, string field)
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();
        var applied = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));

        var response = await _api.Sponsor(enterprise).PostAsync(
            $"/api/training/enrolments/{applied.Id}/confirm", Content(body.Replace("{stamp}", applied.Enrolment.ConcurrencyStamp.ToString(), StringComparison.Ordinal)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, field);
    }

    [Theory]
    [InlineData("""{"code":"12345"}""")]
    [InlineData("""{"code":"abcdef"}""")]
    [InlineData("""{"code":null}""")]
    [InlineData("""{"code":123456}""")]
    public async Task A_malformed_check_in_code_is_a_400_naming_it(string body)
    {
        var course = await _api.PublishedCourseAsync(Start);
        var trainee = await _api.AppliedAsync(course);

        var response = await trainee.Client.PostAsync($"/api/training/sessions/{course.Sessions[0].Id}/check-in", Content(body));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "code");
    }

    [Fact]
    public async Task An_unknown_status_in_the_enrolment_list_query_is_a_400_naming_it()
    {
        var response = await _api.Officer().GetAsync("/api/training/enrolments?status=Sleeping");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "status");
    }

    private static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");
}
