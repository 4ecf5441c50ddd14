using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>
/// A course's seats change one transaction at a time, through the course row (ADR 13). Taking a
/// seat is one conditional <c>UPDATE</c> of the count, which locks the row when a seat was free;
/// when none was, the row is locked anyway and looked at again, so a seat freed meanwhile is taken,
/// and an applicant who joins the waitlist does so holding the lock. Freeing a seat locks the row
/// before it reads the waitlist. So fifty trainees after the last seat queue on the row, exactly one
/// is admitted, and a freed seat is never left empty while someone waits.
/// </summary>
internal sealed class CourseSeats(TrainingDbContext db)
{
    /// <summary>Runs <paramref name="change"/> in a transaction, saves, and commits.</summary>
    public Task<T> ChangeAsync<T>(Guid courseId, Func<SeatLedger, Task<T>> change, CancellationToken cancellationToken) =>
        RunAsync(db.CourseRow(courseId), change, cancellationToken);

    /// <summary>
    /// As <see cref="ChangeAsync"/> for new applications: the seat is taken, or the row locked, only
    /// while the course is still published, so one cancelled meanwhile takes nobody (409).
    /// </summary>
    public Task<T> ApplyAsync<T>(Guid courseId, Func<SeatLedger, Task<T>> change, CancellationToken cancellationToken) =>
        RunAsync(db.CourseRow(courseId).Where(c => c.Status == CourseStatus.Published), change, cancellationToken);

    private async Task<T> RunAsync<T>(IQueryable<Course> course, Func<SeatLedger, Task<T>> change, CancellationToken cancellationToken)
    {
        // The transaction is all or nothing already: a savepoint per save would only add round trips while the row is locked.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change(new SeatLedger(course, cancellationToken));
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
        await seats.LockAsync();
        var next = await db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(e => e.CourseId == leaving.CourseId && e.Status == EnrolmentStatus.Waitlisted && e.Id != leaving.Id)
            .OrderBy(e => e.WaitlistedAt).ThenBy(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            await seats.FreeAsync();
            return null;
        }

        next.AdmitFromWaitlist();
        return next;
    }
}

/// <summary>The seats of one course, as one transaction takes, locks and frees them.</summary>
internal sealed class SeatLedger(IQueryable<Course> course, CancellationToken cancellationToken)
{
    private bool _locked;

    /// <summary>Takes a seat if one is free; false means the waitlist (the row is then locked).</summary>
    public async Task<bool> TryTakeAsync()
    {
        if (await TakeIfFreeAsync())
        {
            return true;
        }

        if (_locked)
        {
            return false; // looked while holding the lock: full
        }

        await LockAsync();
        return await TakeIfFreeAsync();
    }

    /// <summary>Locks the course row for the rest of the transaction; a course no longer open for applications is a conflict.</summary>
    public async Task LockAsync()
    {
        if (!_locked)
        {
            _locked = await course.LockAsync(cancellationToken)
                ? true
                : throw new ConflictException("training.enrolment_closed", new ErrorMessage("Training:EnrolmentClosedMeanwhile"));
        }
    }

    public Task FreeAsync() =>
        course.Where(c => c.SeatsTaken > 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken - 1), cancellationToken);

    private async Task<bool> TakeIfFreeAsync()
    {
        var taken = await course.Where(c => c.SeatsTaken < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken + 1), cancellationToken) == 1;
        _locked |= taken;
        return taken;
    }
}
