using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>
/// A course's seats change one transaction at a time. Each change opens a transaction whose first
/// statement writes the course row (PostgreSQL and SQL Server lock it; SQLite takes its write lock),
/// then reads the count afresh: fifty trainees after the last seat queue there, exactly one is
/// admitted, and a seat freed while someone joins the waitlist is never left empty.
/// </summary>
internal sealed class CourseSeats(TrainingDbContext db)
{
    /// <summary>Runs <paramref name="change"/> with the course's seats locked, saves, and commits.</summary>
    public async Task<T> ChangeAsync<T>(Guid courseId, Func<SeatLedger, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var course = Course(courseId);
        await course.ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken), cancellationToken);
        var count = await course.Select(c => new { c.SeatsTaken, c.Capacity }).FirstAsync(cancellationToken);
        var ledger = new SeatLedger(count.SeatsTaken, count.Capacity);
        var result = await change(ledger);
        if (ledger.Taken != count.SeatsTaken)
        {
            await course.ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, ledger.Taken), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException("training.already_enrolled", new ErrorMessage("Training:AlreadyEnrolled"));
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Gives a seat freed by <paramref name="leaving"/> to the first on the waitlist, or back to the
    /// course when nobody waits. Call inside <see cref="ChangeAsync"/>.
    /// </summary>
    public async Task<Enrolment?> ReleaseAsync(SeatLedger seats, Enrolment leaving, CancellationToken cancellationToken)
    {
        var next = await db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(e => e.CourseId == leaving.CourseId && e.Status == EnrolmentStatus.Waitlisted && e.Id != leaving.Id)
            .OrderBy(e => e.WaitlistedAt).ThenBy(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            seats.Release();
            return null;
        }

        next.AdmitFromWaitlist();
        return next;
    }

    private IQueryable<Course> Course(Guid courseId) =>
        db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).Where(c => c.Id == courseId);
}

/// <summary>The seat count of one locked course, as a change sees and moves it.</summary>
internal sealed class SeatLedger(int taken, int capacity)
{
    public int Taken { get; private set; } = taken;

    public int Capacity { get; } = capacity;

    /// <summary>Takes a seat if one is free.</summary>
    public bool TryTake()
    {
        if (Taken >= Capacity)
        {
            return false;
        }

        Taken++;
        return true;
    }

    public void Release() => Taken = Math.Max(0, Taken - 1);
}
