using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Courses;

internal sealed class CourseDirectory(TrainingDbContext db) : ICourseDirectory
{
    public Task<CourseSummary?> FindAsync(Guid courseId, CancellationToken cancellationToken) =>
        (from course in db.Courses.AsNoTracking()
         join provider in db.Providers.AsNoTracking() on course.ProviderId equals provider.Id
         where course.Id == courseId
         select new CourseSummary(course.Id, course.Title, course.Type, course.TotalHours, course.EndDate, provider.Id, provider.Name, provider.DistrictCode))
        .SingleOrDefaultAsync(cancellationToken);
}
