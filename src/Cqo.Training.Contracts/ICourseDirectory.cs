namespace Cqo.Training.Contracts;

/// <summary>
/// Courses as other modules may know them (certification names the course and its provider on a
/// certificate). Scoped to the caller like every read.
/// </summary>
public interface ICourseDirectory
{
    /// <summary>The course and its provider, or null when the caller may not see it.</summary>
    Task<CourseSummary?> FindAsync(Guid courseId, CancellationToken cancellationToken);
}

/// <summary>A course's title, type and hours, and its provider's name and district.</summary>
public sealed record CourseSummary(
    Guid CourseId, string Title, CourseType Type, decimal TotalHours, DateOnly EndDate, Guid ProviderId, string ProviderName, string ProviderDistrictCode);
