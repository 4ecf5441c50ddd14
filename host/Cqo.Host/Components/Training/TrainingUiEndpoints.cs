using Cqo.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>
/// Downloads for the signed-in UI (sign-in cookie; <c>/api</c> takes bearer tokens only),
/// visible like the API: a course's calendar (a draft only to its provider), the trainee's own, and a course's attendance sheet for its teachers.
/// </summary>
internal static class TrainingUiEndpoints
{
    public const string MyCalendarPath = "/training/my-learning/calendar.ics";

    public static string CalendarPath(Guid courseId) => $"/training/courses/{courseId}/calendar.ics";

    public static string AttendanceCsvPath(Guid courseId) => $"/training/courses/{courseId}/attendance.csv";

    public static void MapTrainingUiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/training/courses/{id:guid}/calendar.ics", async (Guid id, CourseCalendar calendar, CancellationToken ct) =>
                Ics(await calendar.ForCourseAsync(id, ct), $"course-{id}.ics"))
            .RequirePermission(TrainingPermissions.Courses)
            .ExcludeFromDescription();
        endpoints.MapGet("/training/courses/{id:guid}/attendance.csv", async (Guid id, AttendanceCsv csv, CancellationToken ct) =>
            {
                var (content, fileName) = await csv.ExportAsync(id, ct);
                return TypedResults.File(content, "text/csv; charset=utf-8", fileName);
            })
            .RequirePermission(TrainingPermissions.CoursesTeach)
            .ExcludeFromDescription();
        endpoints.MapGet(MyCalendarPath, async (CourseCalendar calendar, CancellationToken ct) => Ics(await calendar.ForTraineeAsync(ct), "my-training.ics"))
            .RequirePermission(TrainingPermissions.EnrolmentsApply)
            .ExcludeFromDescription();
    }

    private static FileContentHttpResult Ics(string calendar, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(calendar), CourseCalendar.ContentType, fileName);
}
