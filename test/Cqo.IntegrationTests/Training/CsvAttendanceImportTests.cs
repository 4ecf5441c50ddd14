using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>The attendance sheet exported, filled in offline and imported back: all of it or none.</summary>
[Collection(HostCollection.Name)]
public sealed class CsvAttendanceImportTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_filled_in_export_imports_every_mark_and_blank_cells_change_nothing()
    {
        var (course, trainees) = await StartedCourseAsync();
        var sheet = await ExportAsync(course);
        var lines = sheet.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3, "a header and two trainees");
        lines[0].ShouldStartWith("\uFEFF\"报名编号\",\"姓名\",\"证件号码\"");

        var filled = new StringBuilder(lines[0] + "\r\n");
        filled.Append(Row(trainees[0], ["出勤", "迟到", "Absent", "请假", "出勤", "出勤", "出勤", "出勤"]));
        filled.Append(Row(trainees[1], ["出勤", "", "", "", "", "", "", ""]));
        var grid = await TrainingApi.ReadAsync<AttendanceGridDto>(await ImportAsync(course, filled.ToString()));

        var first = grid.Rows.Single(r => r.EnrolmentId == trainees[0].Id);
        first.Marks[course.Sessions[2].Id].ShouldBe(AttendanceMark.Absent);
        first.AttendancePercent.ShouldBe(75m, "present or late in 6 of 8 equal sessions");
        grid.Rows.Single(r => r.EnrolmentId == trainees[1].Id).Marks.Count.ShouldBe(1);
        (await ExportAsync(course)).ShouldContain("\"迟到\"");
    }

    [Fact]
    public async Task A_sheet_with_a_wrong_cell_or_a_stranger_names_each_and_stores_nothing()
    {
        var (course, trainees) = await StartedCourseAsync();
        var header = (await ExportAsync(course)).Split("\r\n")[0];
        var sheet = header + "\r\n"
            + Row(trainees[0], ["出勤", "出勤", "出勤", "出勤", "出勤", "出勤", "出勤", "出勤"])
            + Row(trainees[1], ["到了", "出勤", "出勤", "出勤", "出勤", "出勤", "出勤", "出勤"])
            + $"\"{Guid.NewGuid()}\",\"陌生人\",\"\",\"出勤\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n";

        var problem = await (await ImportAsync(course, sheet)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "rows[3]");
        problem.GetProperty("errors").GetProperty("rows[3]")[0].GetString().ShouldNotBeNull().ShouldContain("到了");
        problem.GetProperty("errors").TryGetProperty("rows[4]", out _).ShouldBeTrue("the stranger's row");

        var grid = await _api.Provider(course.ProviderId).GetFromJsonAsync<AttendanceGridDto>($"/api/training/courses/{course.Id}/attendance", Json.Options);
        grid!.Rows.ShouldAllBe(r => r.Marks.Count == 0, "the good row was not stored either");
    }

    [Fact]
    public async Task A_sheet_for_other_sessions_is_refused_as_a_whole()
    {
        var (course, trainees) = await StartedCourseAsync();
        var sheet = "\"报名编号\",\"姓名\",\"证件号码\",\"2020-01-01 09:00-12:00 M01\"\r\n" + $"\"{trainees[0].Id}\",\"x\",\"\",\"出勤\"\r\n";

        await (await ImportAsync(course, sheet)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
    }

    [Fact]
    public async Task A_sheet_exported_after_the_results_imports_back_unchanged_and_changes_nothing()
    {
        var (course, trainees) = await _api.ExaminingAsync([8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[0].Id, 90m)));
        await _api.PublishResultsAsync(course);
        var sheet = await ExportAsync(course);

        var grid = await TrainingApi.ReadAsync<AttendanceGridDto>(await ImportAsync(course, sheet));

        grid.Rows.Single(r => r.EnrolmentId == trainees[0].Id).Status.ShouldBe(EnrolmentStatus.Passed);
        var edited = sheet.Replace("\"出勤\"\r\n", "\"缺勤\"\r\n", StringComparison.Ordinal);
        var problem = await (await ImportAsync(course, edited)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "rows[2]");
        problem.GetProperty("errors").GetProperty("rows[2]")[0].GetString().ShouldNotBeNull().ShouldContain("已通过");
    }

    private async Task<(CourseDto Course, EnrolmentDto[] Trainees)> StartedCourseAsync()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        var trainees = new EnrolmentDto[2];
        for (var i = 0; i < trainees.Length; i++)
        {
            trainees[i] = await TrainingApi.ReadAsync<EnrolmentDto>(await _api.Officer().PostAsync($"/api/training/courses/{course.Id}/enrolments", null), HttpStatusCode.Created);
        }

        return (await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "start")), trainees);
    }

    private async Task<string> ExportAsync(CourseDto course)
    {
        var response = await _api.Provider(course.ProviderId).GetAsync($"/api/training/courses/{course.Id}/attendance.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> ImportAsync(CourseDto course, string sheet)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(sheet)), "file", "考勤.csv" } };
        return _api.Provider(course.ProviderId).PostAsync($"/api/training/courses/{course.Id}/attendance/import", form);
    }

    private static string Row(EnrolmentDto trainee, string[] marks) =>
        string.Join(',', new[] { trainee.Id.ToString(), trainee.TraineeName, "" }.Concat(marks).Select(c => $"\"{c}\"")) + "\r\n";
}
