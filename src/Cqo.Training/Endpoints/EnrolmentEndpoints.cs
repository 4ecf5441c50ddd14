using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Application.Exams;
using Cqo.Training.Contracts;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Training.Endpoints;

/// <summary>
/// Enrolments, attendance and exams under <c>/api/training</c>. Who may take a step on an
/// enrolment (trainee, sponsor, provider) is decided by the handler; the permission only opens the door.
/// </summary>
internal static class EnrolmentEndpoints
{
    private const int FormOverhead = 16 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        MapEnrolments(api.MapGroup("/enrolments").ProducesProblem(StatusCodes.Status409Conflict));
        MapCourseEnrolments(api.MapGroup("/courses/{id:guid}").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity));
        api.MapPost("/sessions/{sessionId:guid}/check-in", async (Guid sessionId, CheckInRequest request, AttendanceBook book, CancellationToken ct) =>
                await book.CheckInAsync(sessionId, request, ct))
            .RequirePermission(TrainingPermissions.EnrolmentsApply)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Validate<CheckInRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapEnrolments(RouteGroupBuilder enrolments)
    {
        enrolments.MapGet("", (
                Guid? courseId, string? status, string? search, Guid? sponsorId, bool? mine,
                [AsParameters] PageQuery page, EnrolmentQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new EnrolmentFilter(courseId, EnumNames.ParseQuery<EnrolmentStatus>(status, nameof(status)), search, sponsorId, mine == true),
                    page.ToRequest(), ct))
            .RequirePermission(TrainingPermissions.Enrolments);
        enrolments.MapGet("/calendar.ics", async (CourseCalendar calendar, CancellationToken ct) =>
                TypedResults.Text(await calendar.ForTraineeAsync(ct), CourseCalendar.ContentType))
            .RequirePermission(TrainingPermissions.EnrolmentsApply)
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        enrolments.MapGet("/{id:guid}", (Guid id, EnrolmentQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(TrainingPermissions.Enrolments);

        MapStep(enrolments, "confirm", TrainingPermissions.EnrolmentsSponsor, (steps, id, request, ct) => steps.ConfirmAsync(id, request, ct));
        MapStep(enrolments, "reject", TrainingPermissions.EnrolmentsSponsor, (steps, id, request, ct) => steps.RejectAsync(id, request, ct));
        MapStep(enrolments, "withdraw", TrainingPermissions.Enrolments, (steps, id, request, ct) => steps.WithdrawAsync(id, request, ct));
        MapStep(enrolments, "no-show", TrainingPermissions.CoursesTeach, (steps, id, request, ct) => steps.MarkNoShowAsync(id, request, ct));
    }

    private static void MapCourseEnrolments(RouteGroupBuilder course)
    {
        course.MapPost("/enrolments", async Task<Created<EnrolmentDto>> (Guid id, EnrolHandler handler, CancellationToken ct) =>
            {
                var enrolment = await handler.ApplyAsync(id, ct);
                return TypedResults.Created($"/api/training/enrolments/{enrolment.Id}", enrolment);
            })
            .RequirePermission(TrainingPermissions.EnrolmentsApply);
        course.MapPost("/enrolments/staff", (Guid id, EnrolStaffRequest request, EnrolHandler handler, CancellationToken ct) =>
                handler.EnrolStaffAsync(id, request, ct))
            .RequirePermission(TrainingPermissions.EnrolmentsSponsor)
            .Validate<EnrolStaffRequest>();

        course.MapGet("/attendance", (Guid id, AttendanceBook book, CancellationToken ct) => book.GetGridAsync(id, ct))
            .RequirePermission(TrainingPermissions.CoursesTeach);
        course.MapPut("/attendance", (Guid id, SaveMarksRequest request, AttendanceBook book, CancellationToken ct) => book.SaveMarksAsync(id, request, ct))
            .RequirePermission(TrainingPermissions.CoursesTeach)
            .Validate<SaveMarksRequest>();
        course.MapGet("/attendance.csv", async (Guid id, AttendanceCsv csv, CancellationToken ct) =>
            {
                var (content, fileName) = await csv.ExportAsync(id, ct);
                return TypedResults.File(content, "text/csv; charset=utf-8", fileName);
            })
            .RequirePermission(TrainingPermissions.CoursesTeach);

        // Bearer tokens only on /api, so no cookie can carry a forged upload.
        course.MapPost("/attendance/import", async (Guid id, IFormFile? file, AttendanceCsv csv, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new FieldValidationException(nameof(file), new ErrorMessage("Error:FieldRequired", nameof(file)));
                }

                await using var content = file.OpenReadStream();
                return await csv.ImportAsync(id, content, ct);
            })
            .RequirePermission(TrainingPermissions.CoursesTeach)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(AttendanceCsv.MaxBytes + FormOverhead))
            .WithFormOptions(multipartBodyLengthLimit: AttendanceCsv.MaxBytes + FormOverhead);
        course.MapGet("/sessions/{sessionId:guid}/check-in-code", (Guid id, Guid sessionId, AttendanceBook book, CancellationToken ct) =>
                book.GetCheckInCodeAsync(id, sessionId, ct))
            .RequirePermission(TrainingPermissions.CoursesTeach);

        course.MapPut("/scores", (Guid id, RecordScoresRequest request, ExamResults exams, CancellationToken ct) => exams.RecordAsync(id, request, ct))
            .RequirePermission(TrainingPermissions.CoursesTeach)
            .Validate<RecordScoresRequest>();
        course.MapPost("/results/publish", (Guid id, ExamResults exams, CancellationToken ct) => exams.PublishAsync(id, ct))
            .RequirePermission(TrainingPermissions.CoursesManage);
    }

    private static void MapStep(
        RouteGroupBuilder enrolments, string step, string permission, Func<EnrolmentSteps, Guid, EnrolmentStepRequest, CancellationToken, Task<EnrolmentDto>> run) =>
        enrolments.MapPost($"/{{id:guid}}/{step}", (Guid id, EnrolmentStepRequest request, EnrolmentSteps steps, CancellationToken ct) => run(steps, id, request, ct))
            .RequirePermission(permission)
            .Validate<EnrolmentStepRequest>();
}
