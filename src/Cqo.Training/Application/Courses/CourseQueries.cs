using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Courses;

/// <summary>Filters of the course catalogue; <c>openForEnrolment</c> keeps published courses whose enrolment window includes <c>on</c>.</summary>
internal sealed record CourseFilter(
    string? Search = null,
    Guid? ProviderId = null,
    CourseType? Type = null,
    CourseTier? Tier = null,
    CourseDelivery? Delivery = null,
    CourseStatus? Status = null,
    DateOnly? StartFrom = null,
    DateOnly? StartTo = null,
    DateOnly? OpenForEnrolmentOn = null);

/// <summary>
/// The catalogue: every course past its draft is public to callers who may enrol; a draft only to
/// its provider and city-wide scopes (404 to others). Provider names are public with their courses.
/// </summary>
internal sealed class CourseQueries(TrainingDbContext db, TrainingCaller caller)
{
    private static readonly SortMap<Course> s_sort = new SortMap<Course>("startDate", c => c.Id)
        .Add("startDate", c => c.StartDate)
        .Add("title", c => c.Title)
        .Add("enrolmentCloses", c => c.EnrolmentCloses)
        .Add("createdAt", c => c.CreatedAt);

    /// <summary>
    /// A course as the caller may see it. Online meeting links are for the provider, city-wide scopes
    /// and the trainees seated on it: a published course is public, its meetings are not.
    /// </summary>
    public async Task<CourseDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await Visible().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Course", id);
        var providerName = await Providers().Where(p => p.Id == course.ProviderId).Select(p => p.Name).FirstAsync(cancellationToken);
        var dto = course.ToDto(providerName);
        return !dto.Sessions.Any(s => s.OnlineLink is not null) || await MayJoinMeetingsAsync(course, cancellationToken)
            ? dto
            : dto with { Sessions = [.. dto.Sessions.Select(s => s with { OnlineLink = null })] };
    }

    /// <summary>
    /// A course as its seated trainees see it, meeting links included, whoever asks: for a job acting
    /// for a trainee whose seat it checked (a reminder's e-mail has no caller to ask). None if no such course.
    /// </summary>
    public async Task<CourseDto?> FindAsSeatedTraineeAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return course?.ToDto(await Providers().Where(p => p.Id == course.ProviderId).Select(p => p.Name).FirstAsync(cancellationToken));
    }

    public Task<PagedResult<CourseListItemDto>> ListAsync(CourseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var providers = Providers();
        return Filter(Visible(), filter).ToPageAsync(s_sort, page, c => new CourseListItemDto(
            c.Id, c.ProviderId, providers.Where(p => p.Id == c.ProviderId).Select(p => p.Name).First(), c.Title, c.Type, c.Tier, c.Delivery,
            c.TotalHours, c.StartDate, c.EndDate, c.EnrolmentCloses, c.Capacity, c.SeatsTaken, c.Status), cancellationToken);
    }

    private async Task<bool> MayJoinMeetingsAsync(Course course, CancellationToken cancellationToken)
    {
        if (caller.Scope.SeesAll || caller.OwnProviderId == course.ProviderId)
        {
            return true;
        }

        var me = caller.UserId;
        return me is not null && await db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
            .AnyAsync(e => e.CourseId == course.Id && e.TraineeUserId == me && Enrolment.SeatedStatuses.Contains(e.Status), cancellationToken);
    }

    private IQueryable<Course> Visible()
    {
        var seesAll = caller.Scope.SeesAll;
        var own = caller.OwnProviderId;
        return db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(c => c.Status != CourseStatus.Draft || seesAll || c.ProviderId == own);
    }

    private IQueryable<Provider> Providers() => db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    private static IQueryable<Course> Filter(IQueryable<Course> courses, CourseFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            courses = courses.Where(c => c.Title.Contains(term));
        }

        if (filter.ProviderId is { } provider)
        {
            courses = courses.Where(c => c.ProviderId == provider);
        }

        if (filter.Type is { } type)
        {
            courses = courses.Where(c => c.Type == type);
        }

        if (filter.Tier is { } tier)
        {
            courses = courses.Where(c => c.Tier == tier);
        }

        if (filter.Delivery is { } delivery)
        {
            courses = courses.Where(c => c.Delivery == delivery);
        }

        if (filter.Status is { } status)
        {
            courses = courses.Where(c => c.Status == status);
        }

        if (filter.StartFrom is { } from)
        {
            courses = courses.Where(c => c.StartDate >= from);
        }

        if (filter.StartTo is { } to)
        {
            courses = courses.Where(c => c.StartDate <= to);
        }

        if (filter.OpenForEnrolmentOn is { } day)
        {
            courses = courses.Where(c => c.Status == CourseStatus.Published && c.EnrolmentOpens <= day && c.EnrolmentCloses >= day);
        }

        return courses;
    }
}
