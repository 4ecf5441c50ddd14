using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Providers;
using Cqo.Training.Application.Trainers;
using Cqo.Training.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Training.Endpoints;

/// <summary><c>/api/training</c>: providers, trainers, courses and their sessions, each scoped to the caller (404 outside it).</summary>
internal static class TrainingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/training").WithTags("Training")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapProviders(api.MapGroup("/providers"));
        MapTrainers(api.MapGroup("/trainers"));
        MapCourses(api.MapGroup("/courses"));
        EnrolmentEndpoints.Map(api);
    }

    private static void MapProviders(RouteGroupBuilder providers)
    {
        providers.MapGet("", (string? search, string? status, [AsParameters] PageQuery page, ProviderQueries queries, CancellationToken ct) =>
                queries.ListAsync(search, EnumNames.ParseQuery<ProviderStatus>(status, nameof(status)), page.ToRequest(), ct))
            .RequirePermission(TrainingPermissions.Providers);
        providers.MapGet("/{id:guid}", (Guid id, ProviderQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(TrainingPermissions.Providers);

        var register = providers.MapGroup("").RequirePermission(TrainingPermissions.ProvidersRegister)
            .ProducesProblem(StatusCodes.Status409Conflict);
        register.MapPost("", async Task<Created<ProviderDto>> (SaveProviderRequest request, SaveProviderHandler handler, CancellationToken ct) =>
            {
                var provider = await handler.RegisterAsync(request, ct);
                return TypedResults.Created($"/api/training/providers/{provider.Id}", provider);
            })
            .Validate<SaveProviderRequest>();
        register.MapPut("/{id:guid}", (Guid id, SaveProviderRequest request, SaveProviderHandler handler, CancellationToken ct) =>
                handler.UpdateAsync(id, request, ct))
            .Validate<SaveProviderRequest>();
        providers.MapPost("/{id:guid}/review", (Guid id, ReviewProviderRequest request, SaveProviderHandler handler, CancellationToken ct) =>
                handler.ReviewAsync(id, request, ct))
            .RequirePermission(TrainingPermissions.ProvidersReview)
            .Validate<ReviewProviderRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapTrainers(RouteGroupBuilder trainers)
    {
        trainers.MapGet("", (Guid? providerId, string? search, bool? active, [AsParameters] PageQuery page, TrainerQueries queries, CancellationToken ct) =>
                queries.ListAsync(providerId, search, active, page.ToRequest(), ct))
            .RequirePermission(TrainingPermissions.Courses);
        trainers.MapGet("/{id:guid}", (Guid id, TrainerQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(TrainingPermissions.Courses);

        var manage = trainers.MapGroup("").RequirePermission(TrainingPermissions.TrainersManage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("", async Task<Created<TrainerDto>> (SaveTrainerRequest request, SaveTrainerHandler handler, CancellationToken ct) =>
            {
                var trainer = await handler.AddAsync(request, ct);
                return TypedResults.Created($"/api/training/trainers/{trainer.Id}", trainer);
            })
            .Validate<SaveTrainerRequest>();
        manage.MapPut("/{id:guid}", (Guid id, SaveTrainerRequest request, SaveTrainerHandler handler, CancellationToken ct) =>
                handler.UpdateAsync(id, request, ct))
            .Validate<SaveTrainerRequest>();
    }

    private static void MapCourses(RouteGroupBuilder courses)
    {
        courses.MapGet("", (
                string? search, Guid? providerId, string? type, string? tier, string? delivery, string? status,
                DateOnly? startFrom, DateOnly? startTo, DateOnly? openForEnrolmentOn,
                [AsParameters] PageQuery page, CourseQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new CourseFilter(
                        search, providerId, EnumNames.ParseQuery<CourseType>(type, nameof(type)), EnumNames.ParseQuery<CourseTier>(tier, nameof(tier)),
                        EnumNames.ParseQuery<CourseDelivery>(delivery, nameof(delivery)), EnumNames.ParseQuery<CourseStatus>(status, nameof(status)),
                        startFrom, startTo, openForEnrolmentOn),
                    page.ToRequest(), ct))
            .RequirePermission(TrainingPermissions.Courses);
        courses.MapGet("/{id:guid}", (Guid id, CourseQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(TrainingPermissions.Courses);
        courses.MapGet("/{id:guid}/calendar.ics", async (Guid id, CourseCalendar calendar, CancellationToken ct) =>
                TypedResults.Text(await calendar.ForCourseAsync(id, ct), CourseCalendar.ContentType))
            .RequirePermission(TrainingPermissions.Courses)
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        var manage = courses.MapGroup("").RequirePermission(TrainingPermissions.CoursesManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        manage.MapPost("", async Task<Created<CourseDto>> (SaveCourseRequest request, SaveCourseHandler handler, CancellationToken ct) =>
            {
                var course = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/training/courses/{course.Id}", course);
            })
            .Validate<SaveCourseRequest>();
        manage.MapPut("/{id:guid}", (Guid id, SaveCourseRequest request, SaveCourseHandler handler, CancellationToken ct) =>
                handler.UpdateAsync(id, request, ct))
            .Validate<SaveCourseRequest>();

        MapStep(manage, "publish", (steps, id, request, ct) => steps.PublishAsync(id, request, ct));
        MapStep(manage, "close-enrolment", (steps, id, request, ct) => steps.CloseEnrolmentAsync(id, request, ct));
        MapStep(manage, "start", (steps, id, request, ct) => steps.StartAsync(id, request, ct));
        MapStep(manage, "start-exams", (steps, id, request, ct) => steps.StartExamsAsync(id, request, ct));
        MapStep(manage, "complete", (steps, id, request, ct) => steps.CompleteAsync(id, request, ct));
        MapStep(manage, "archive", (steps, id, request, ct) => steps.ArchiveAsync(id, request, ct));
        MapStep(manage, "cancel", (steps, id, request, ct) => steps.CancelAsync(id, request, ct));

        manage.MapPost("/{id:guid}/sessions", (Guid id, SaveSessionRequest request, SessionScheduler scheduler, CancellationToken ct) =>
                scheduler.AddAsync(id, request, ct))
            .Validate<SaveSessionRequest>();
        manage.MapPut("/{id:guid}/sessions/{sessionId:guid}", (Guid id, Guid sessionId, SaveSessionRequest request, SessionScheduler scheduler, CancellationToken ct) =>
                scheduler.UpdateAsync(id, sessionId, request, ct))
            .Validate<SaveSessionRequest>();
        manage.MapDelete("/{id:guid}/sessions/{sessionId:guid}", (Guid id, Guid sessionId, Guid concurrencyStamp, SessionScheduler scheduler, CancellationToken ct) =>
            scheduler.RemoveAsync(id, sessionId, concurrencyStamp, ct));
    }

    private static void MapStep(RouteGroupBuilder courses, string step, Func<CourseSteps, Guid, CourseStepRequest, CancellationToken, Task<CourseDto>> run) =>
        courses.MapPost($"/{{id:guid}}/{step}", (Guid id, CourseStepRequest request, CourseSteps steps, CancellationToken ct) => run(steps, id, request, ct))
            .Validate<CourseStepRequest>();
}
