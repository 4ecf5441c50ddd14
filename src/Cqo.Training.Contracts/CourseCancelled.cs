using Cqo.SharedKernel.Events;

namespace Cqo.Training.Contracts;

/// <summary>
/// A provider cancelled a course before it started, with the reason its trainees are to be told.
/// Names the accounts of everyone who had applied, a seat or a place on the waitlist, and the
/// enterprises that sponsored them (staff enrolled without an account are told through them).
/// </summary>
public sealed record CourseCancelled(
    Guid CourseId, Guid ProviderId, string Title, string Reason, IReadOnlyList<Guid> TraineeUserIds, IReadOnlyList<Guid> SponsorIds) : IIntegrationEvent
{
    public static string EventName => "training.course-cancelled";
}
