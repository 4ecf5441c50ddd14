using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cqo.Training.Application.Courses;

/// <summary>
/// The steps the calendar takes by itself: enrolment closes the day after its deadline, and a
/// course starts on its first day. Providers may take either step earlier by hand.
/// </summary>
internal sealed class AdvanceCourses(TrainingDbContext db, TimeProvider clock, ILogger<AdvanceCourses> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var due = await db.Courses
            .Where(c => (c.Status == CourseStatus.Published && (c.EnrolmentCloses < today || c.StartDate <= today))
                || (c.Status == CourseStatus.EnrolmentClosed && c.StartDate <= today))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var course = await db.Courses.FirstAsync(c => c.Id == id, cancellationToken);
            if (course.StartDate <= today)
            {
                course.Start();
            }
            else
            {
                course.CloseEnrolment();
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Course {CourseId} changed while the calendar advanced it; the next run takes it up again", id);
            }
        }

        return changed;
    }
}
