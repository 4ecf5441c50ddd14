using Cqo.SharedKernel.Events;

namespace Cqo.Training.Contracts;

/// <summary>
/// A trainee passed a course: its provider published a passing score. Published once per enrolment,
/// through the outbox, for certification to issue the certificate.
/// </summary>
public sealed record CoursePassed(
    Guid EnrolmentId,
    Guid CourseId,
    Guid ProviderId,
    CourseType CourseType,
    decimal CourseHours,
    Guid? TraineeUserId,
    Guid? PersonId,
    Guid? SponsorId,
    string TraineeName,
    decimal Score,
    DateOnly PassedOn) : IIntegrationEvent
{
    public static string EventName => "training.course-passed";
}
