using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Training.Application.Courses;

/// <summary>A session's day and Asia/Shanghai wall-clock times, module, trainer and place; the course's stamp.</summary>
internal sealed record SaveSessionRequest(
    DateOnly Date,
    TimeOnly StartTime,
    TimeOnly EndTime,
    string ModuleCode,
    Guid TrainerId,
    string? Venue,
    string? OnlineLink,
    Guid ConcurrencyStamp);

internal static class SaveSessionRequestExtensions
{
    public static SessionSlot ToSlot(this SaveSessionRequest request) => new(
        request.Date.AtShanghaiTime(request.StartTime), request.Date.AtShanghaiTime(request.EndTime),
        request.ModuleCode.Trim(), request.TrainerId, request.Venue.OrNull(), request.OnlineLink.OrNull());
}

internal sealed class SaveSessionValidator : AbstractValidator<SaveSessionRequest>
{
    public SaveSessionValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Date).InclusiveBetween(TrainingLimits.EarliestDate, TrainingLimits.LatestDate);
        RuleFor(x => x.StartTime).Must(WholeMinute).WithMessage(_ => texts["Training:WholeMinutes"]);
        RuleFor(x => x.EndTime).GreaterThan(x => x.StartTime).Must(WholeMinute).WithMessage(_ => texts["Training:WholeMinutes"]);
        RuleFor(x => x.ModuleCode).NotEmpty().MaximumLength(20);
        RuleFor(x => x.TrainerId).NotEmpty();
        RuleFor(x => x.Venue).MaximumLength(TrainingLimits.VenueMaxLength);
        RuleFor(x => x.OnlineLink).MaximumLength(TrainingLimits.LinkMaxLength)
            .Must(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            .When(x => !string.IsNullOrWhiteSpace(x.OnlineLink));
    }

    private static bool WholeMinute(TimeOnly time) => time.Second == 0 && time.Millisecond == 0 && time.Microsecond == 0;
}

/// <summary>
/// Adds, moves and removes a course's sessions. Each save also renews the provider's stamp, so two
/// bookings of one trainer or room made at the same moment cannot both pass the clash check: the
/// second gets 409 and, retried, sees the first.
/// </summary>
internal sealed class SessionScheduler(TrainingDbContext db, TrainingCaller caller, CourseChecks checks, CourseQueries queries)
{
    public async Task<CourseDto> AddAsync(Guid courseId, SaveSessionRequest request, CancellationToken cancellationToken)
    {
        var course = await LoadAsync(courseId, request.ConcurrencyStamp, cancellationToken);
        if (course.Sessions.Count >= TrainingLimits.MaxSessions)
        {
            throw new BusinessRuleException("training.too_many_sessions", new ErrorMessage("Training:TooManySessions", TrainingLimits.MaxSessions));
        }

        var id = Guid.CreateVersion7();
        var slot = request.ToSlot();
        await checks.EnsureSessionFitsAsync(course, id, slot, cancellationToken);
        course.AddSession(id, slot);
        return await SaveAsync(course, cancellationToken);
    }

    public async Task<CourseDto> UpdateAsync(Guid courseId, Guid sessionId, SaveSessionRequest request, CancellationToken cancellationToken)
    {
        var course = await LoadAsync(courseId, request.ConcurrencyStamp, cancellationToken);
        course.FindSession(sessionId);
        var slot = request.ToSlot();
        await checks.EnsureSessionFitsAsync(course, sessionId, slot, cancellationToken);
        course.RescheduleSession(sessionId, slot);
        return await SaveAsync(course, cancellationToken);
    }

    public async Task<CourseDto> RemoveAsync(Guid courseId, Guid sessionId, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var course = await LoadAsync(courseId, concurrencyStamp, cancellationToken);
        course.RemoveSession(sessionId);
        return await SaveAsync(course, cancellationToken);
    }

    /// <summary>
    /// Loads the course and reads its provider's stamp before any check reads other sessions, so a
    /// booking committed after that read makes this save fail however late it lands.
    /// </summary>
    private async Task<Course> LoadAsync(Guid courseId, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) ?? throw new NotFoundException("Course", courseId);
        caller.EnsureActsFor(course.ProviderId);
        db.ExpectConcurrencyStamp(course, concurrencyStamp);
        await db.Providers.SerializeChangesOfAsync(course.ProviderId, cancellationToken);
        return course;
    }

    private async Task<CourseDto> SaveAsync(Course course, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(course.Id, cancellationToken);
    }
}
