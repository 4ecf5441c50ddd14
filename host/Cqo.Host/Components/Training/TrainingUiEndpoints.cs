using Cqo.Platform.Security;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>
/// <c>GET /training/courses/{id}/calendar.ics</c> for the signed-in UI (sign-in cookie; <c>/api</c> takes bearer
/// tokens only). Visible like the API: a draft only to its provider.
/// </summary>
internal static class TrainingUiEndpoints
{
    public static string CalendarPath(Guid courseId) => $"/training/courses/{courseId}/calendar.ics";

    public static void MapTrainingUiEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/training/courses/{id:guid}/calendar.ics", async (Guid id, CourseCalendar calendar, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await calendar.ForCourseAsync(id, ct)), CourseCalendar.ContentType, $"course-{id}.ics"))
            .RequirePermission(TrainingPermissions.Courses)
            .ExcludeFromDescription();
}
