using Cqo.Platform.Persistence;
using Cqo.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Infrastructure;

/// <summary>
/// Serializes the changes of one course that read before they write (seats, the cancellation's list
/// of trainees, scores against completion): inside a transaction, a no-op <c>UPDATE</c> of the course
/// row locks it (PostgreSQL and SQL Server) or takes SQLite's write lock until the commit (ADR 13).
/// </summary>
internal static class CourseRowLock
{
    /// <summary>The course row, past the scope filter: callers have checked who may act on the course.</summary>
    public static IQueryable<Course> CourseRow(this TrainingDbContext db, Guid courseId) =>
        db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).Where(c => c.Id == courseId);

    /// <summary>Locks the row of <paramref name="course"/> (as filtered) for the rest of the transaction; false when no row matched.</summary>
    public static async Task<bool> LockAsync(this IQueryable<Course> course, CancellationToken cancellationToken) =>
        await course.ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken), cancellationToken) == 1;
}
