using Cqo.Platform.Persistence;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Courses;

/// <summary>
/// The names of a visible course's trainers. Trainers are their provider's records, but whoever may
/// see a course may see who teaches it.
/// </summary>
internal sealed class CourseTrainerNames(TrainingDbContext db)
{
    public async Task<Dictionary<Guid, string>> ForAsync(CourseDto course, CancellationToken cancellationToken)
    {
        var ids = course.Sessions.Select(s => s.TrainerId).Distinct().ToList();
        return await db.Trainers.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(t => t.ProviderId == course.ProviderId && ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
    }
}
