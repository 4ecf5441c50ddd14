using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>Filters of an enrolment list; <c>Mine</c> keeps the caller's own as a trainee.</summary>
internal sealed record EnrolmentFilter(
    Guid? CourseId = null, EnrolmentStatus? Status = null, string? Search = null, Guid? SponsorId = null, bool Mine = false);

/// <summary>
/// Enrolments as the scope filter shows them: a provider its courses' trainees, an enterprise its
/// sponsored staff, an officer their own, a district regulator its enterprises' staff.
/// </summary>
internal sealed class EnrolmentQueries(TrainingDbContext db, TrainingCaller caller)
{
    private static readonly SortMap<Enrolment> s_sort = new SortMap<Enrolment>("createdAt", e => e.Id)
        .Add("createdAt", e => e.CreatedAt)
        .Add("traineeName", e => e.TraineeName)
        .Add("status", e => e.Status);

    public async Task<EnrolmentDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetManyAsync([id], cancellationToken)).SingleOrDefault() ?? throw new NotFoundException("Enrolment", id);

    /// <summary>An enrolment just saved, as its reader sees it, without reading it or its course back.</summary>
    public async Task<EnrolmentDto> ToDtoAsync(Enrolment enrolment, EnrolledCourse course, CancellationToken cancellationToken)
    {
        var position = enrolment.Status == EnrolmentStatus.Waitlisted ? await WaitlistPositionAsync(enrolment, cancellationToken) : (int?)null;
        return enrolment.ToDto(course, caller.IsProviderOf(enrolment), position);
    }

    public async Task<IReadOnlyList<EnrolmentDto>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        return await ToDtosAsync(enrolments, cancellationToken);
    }

    public async Task<PagedResult<EnrolmentDto>> ListAsync(EnrolmentFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var found = await Filter(db.Enrolments.AsNoTracking(), filter).ToPageAsync(s_sort, page, cancellationToken);
        return new PagedResult<EnrolmentDto>(await ToDtosAsync(found.Items, cancellationToken), found.TotalCount);
    }

    /// <summary>What the enrolments show of their courses, by id; past the scope filter, as a trainee sees their course.</summary>
    private async Task<Dictionary<Guid, EnrolledCourse>> CoursesOfAsync(IEnumerable<Enrolment> enrolments, CancellationToken cancellationToken)
    {
        var courseIds = enrolments.Select(e => e.CourseId).Distinct().ToList();
        return await db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(EnrolledCourse.Of)
            .ToDictionaryAsync(c => c.CourseId, cancellationToken);
    }

    private async Task<IReadOnlyList<EnrolmentDto>> ToDtosAsync(IReadOnlyList<Enrolment> enrolments, CancellationToken cancellationToken)
    {
        var courses = await CoursesOfAsync(enrolments, cancellationToken);
        var result = new List<EnrolmentDto>(enrolments.Count);
        foreach (var enrolment in enrolments)
        {
            result.Add(await ToDtoAsync(enrolment, courses[enrolment.CourseId], cancellationToken));
        }

        return result;
    }

    /// <summary>1 for the next to be admitted (joining times are distinct: seat changes of a course are serialized).</summary>
    private async Task<int> WaitlistPositionAsync(Enrolment enrolment, CancellationToken cancellationToken) =>
        1 + await db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
            .CountAsync(e => e.CourseId == enrolment.CourseId && e.Status == EnrolmentStatus.Waitlisted && e.WaitlistedAt < enrolment.WaitlistedAt, cancellationToken);

    private IQueryable<Enrolment> Filter(IQueryable<Enrolment> enrolments, EnrolmentFilter filter)
    {
        if (filter.Mine)
        {
            var me = caller.UserId;
            enrolments = enrolments.Where(e => e.TraineeUserId == me);
        }

        if (filter.CourseId is { } course)
        {
            enrolments = enrolments.Where(e => e.CourseId == course);
        }

        if (filter.Status is { } status)
        {
            enrolments = enrolments.Where(e => e.Status == status);
        }

        if (filter.SponsorId is { } sponsor)
        {
            enrolments = enrolments.Where(e => e.SponsorId == sponsor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            enrolments = enrolments.Where(e => e.TraineeName.StartsWith(term));
        }

        return enrolments;
    }
}
