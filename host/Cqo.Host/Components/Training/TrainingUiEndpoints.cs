using Cqo.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>
/// Calendar downloads for the signed-in UI (sign-in cookie; <c>/api</c> takes bearer tokens only),
/// visible like the API: a course's file (a draft only to its provider), and the trainee's own.
/// </summary>
internal static class TrainingUiEndpoints
{
    public const string MyCalendarPath = "/training/my-learning/calendar.ics";

    public static string CalendarPath(Guid courseId) => $"/training/courses/{courseId}/calendar.ics";

    public static void MapTrainingUiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/training/courses/{id:guid}/calendar.ics", async (Guid id, CourseCalendar calendar, CancellationToken ct) =>
                Ics(await calendar.ForCourseAsync(id, ct), $"course-{id}.ics"))
            .RequirePermission(TrainingPermissions.Courses)
            .ExcludeFromDescription();
        endpoints.MapGet(MyCalendarPath, async (CourseCalendar calendar, CancellationToken ct) => Ics(await calendar.ForTraineeAsync(ct), "my-training.ics"))
            .RequirePermission(TrainingPermissions.EnrolmentsApply)
            .ExcludeFromDescription();
    }

    private static FileContentHttpResult Ics(string calendar, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(calendar), CourseCalendar.ContentType, fileName);
}
