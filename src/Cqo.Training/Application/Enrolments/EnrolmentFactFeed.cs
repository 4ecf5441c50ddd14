using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>
/// Enrolments as oversight copies them, with their course's type, dates and hours, read as the
/// system. A pass dates from the day its result was published: that is when the trainee passed for
/// everyone else (<see cref="CoursePassed.PassedOn"/>, the certificate, the credited hours), not the
/// day a score that could still be corrected was entered.
/// </summary>
internal sealed class EnrolmentFactFeed(TrainingDbContext db) : IFactFeed<EnrolmentFact>
{
    /// <summary>Attended enough to be examined: eligible, and every result of the exam.</summary>
    private static readonly EnrolmentStatus[] s_completed =
        [EnrolmentStatus.EligibleForExam, EnrolmentStatus.Passed, EnrolmentStatus.Failed, EnrolmentStatus.FailedFinal];

    public Task<IReadOnlyList<EnrolmentFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        FactFeedQueries.FindInChunksAsync(ids, chunk => ReadAsync(Rows(Enrolments().Where(e => chunk.Contains(e.Id))), cancellationToken));

    public async Task<IReadOnlyList<EnrolmentFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken) =>
        await ReadAsync(Rows(Enrolments().After(afterId)).OrderBy(r => r.Id).Take(take), cancellationToken);

    private IQueryable<Enrolment> Enrolments() => db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    private IQueryable<Row> Rows(IQueryable<Enrolment> enrolments) =>
        from e in enrolments
        join c in db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]) on e.CourseId equals c.Id
        select new Row
        {
            Id = e.Id,
            CourseId = e.CourseId,
            ProviderId = e.ProviderId,
            CourseType = c.Type,
            SponsorId = e.SponsorId,
            JurisdictionCode = e.JurisdictionCode,
            PersonId = e.PersonId,
            TraineeUserId = e.TraineeUserId,
            Status = e.Status,
            AppliedAt = e.CreatedAt,
            CourseStartsOn = c.StartDate,
            CourseEndsOn = c.EndDate,
            CourseHours = c.TotalHours,
            LastPublishedAt = e.Attempts.Where(a => a.PublishedAt != null).OrderByDescending(a => a.Number).Select(a => a.PublishedAt).FirstOrDefault(),
        };

    private static async Task<List<EnrolmentFact>> ReadAsync(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        [.. (await rows.ToListAsync(cancellationToken)).Select(r => r.ToFact())];

    /// <summary>The columns of a fact, and the time the last result was published; made with member initializers so that the page can be ordered by its id in SQL.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public Guid CourseId { get; init; }

        public Guid ProviderId { get; init; }

        public CourseType CourseType { get; init; }

        public Guid? SponsorId { get; init; }

        public string? JurisdictionCode { get; init; }

        public Guid? PersonId { get; init; }

        public Guid? TraineeUserId { get; init; }

        public EnrolmentStatus Status { get; init; }

        public DateTimeOffset AppliedAt { get; init; }

        public DateOnly CourseStartsOn { get; init; }

        public DateOnly CourseEndsOn { get; init; }

        public decimal CourseHours { get; init; }

        public DateTimeOffset? LastPublishedAt { get; init; }

        // A passed enrolment's last published result is its pass: attempts stop there.
        public EnrolmentFact ToFact() => new(
            Id, CourseId, ProviderId, CourseType, SponsorId, JurisdictionCode, PersonId, TraineeUserId, Status, s_completed.Contains(Status), AppliedAt,
            CourseStartsOn, CourseEndsOn, CourseHours, Status == EnrolmentStatus.Passed ? LastPublishedAt?.ToShanghaiDate() : null);
    }
}
