using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>The trainers' attendance grid: every mark of a save or none, and attendance counted in minutes.</summary>
[Collection(HostCollection.Name)]
public sealed class AttendanceGridTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task A_save_with_a_wrong_mark_names_each_wrong_one_and_stores_none_of_them()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 1);
        var (seated, waitlisted) = ((await _api.AppliedAsync(course)).Id, (await _api.AppliedAsync(course)).Id);
        var otherCourse = await _api.PublishedCourseAsync(Start);
        course = await _api.AdvanceAsync(course, "start");
        var sessions = course.Sessions;

        var refused = await _api.SaveMarksAsync(course,
            TrainingApi.Mark(seated, sessions[0].Id, AttendanceMark.Present),
            TrainingApi.Mark(waitlisted, sessions[0].Id, AttendanceMark.Present),
            TrainingApi.Mark(seated, otherCourse.Sessions[0].Id, AttendanceMark.Present),
            TrainingApi.Mark(Guid.NewGuid(), sessions[1].Id, AttendanceMark.Late));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "marks[1].enrolmentId", "marks[2].sessionId", "marks[3].enrolmentId");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["marks[1].enrolmentId", "marks[2].sessionId", "marks[3].enrolmentId"], ignoreOrder: true);
        var row = (await _api.GridAsync(course)).Rows.ShouldHaveSingleItem("only the seated trainee is on the grid");
        row.Marks.ShouldBeEmpty("the good mark was not stored either");
        row.Status.ShouldBe(EnrolmentStatus.Admitted);

        var saved = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.SaveMarksAsync(course, TrainingApi.Mark(seated, sessions[0].Id, AttendanceMark.Present)));
        saved.Rows.Single().ShouldSatisfyAllConditions(
            r => r.Marks[sessions[0].Id].ShouldBe(AttendanceMark.Present),
            r => r.Status.ShouldBe(EnrolmentStatus.Attending));
    }

    [Fact]
    public async Task Attendance_is_the_share_of_the_courses_minutes_attended_present_or_late()
    {
        // Continuing education may cover any modules: a three-hour session and a one-hour one.
        var course = await _api.PublishedCourseAsync(Start, 40,
            ("type", CourseType.ContinuingEducation), ("modules", new[] { new CourseModuleDto("M01", 3m), new CourseModuleDto("M02", 1m) }));
        var trainees = await _api.AppliedAsync(course, 3);
        course = await _api.AdvanceAsync(course, "start");
        var (long3h, short1h) = (course.Sessions[0].Id, course.Sessions[1].Id);

        var grid = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.SaveMarksAsync(course,
            TrainingApi.Mark(trainees[0].Id, long3h, AttendanceMark.Present),
            TrainingApi.Mark(trainees[0].Id, short1h, AttendanceMark.Absent),
            TrainingApi.Mark(trainees[1].Id, long3h, AttendanceMark.Excused),
            TrainingApi.Mark(trainees[1].Id, short1h, AttendanceMark.Late),
            TrainingApi.Mark(trainees[2].Id, long3h, AttendanceMark.Late),
            TrainingApi.Mark(trainees[2].Id, short1h, AttendanceMark.Present)));

        var percent = grid.Rows.ToDictionary(r => r.EnrolmentId, r => r.AttendancePercent);
        percent[trainees[0].Id].ShouldBe(75m, "180 of 240 minutes");
        percent[trainees[1].Id].ShouldBe(25m, "excused is not attended; late is");
        percent[trainees[2].Id].ShouldBe(100m);
        (await TrainingApi.EnrolmentAsync(trainees[0].Client, trainees[0].Id)).AttendancePercent.ShouldBe(75m, "the trainee sees the same share");
    }
}
